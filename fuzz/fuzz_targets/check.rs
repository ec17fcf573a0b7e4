// Shared by the targets: a dataset that read must evaluate under every
// option with no panic, no NaN reading, and scores within [−5, 5] with clamp on.
use barometer::method::{evaluate, Options};
use barometer::model::{Dataset, Grouping, Missing, Weighting};

pub fn evaluates_sanely(d: &Dataset) {
    for missing in [Missing::Exclude, Missing::Zero] {
        for grouping in [Grouping::Nested, Grouping::Flat] {
            for weighting in [Weighting::Equal, Weighting::Population] {
                for clamp in [true, false] {
                    let o = Options { missing, grouping, weighting, clamp, as_of: None };
                    for g in evaluate(d, &o).guideposts {
                        if let Some(s) = g.score {
                            assert!(s.is_finite(), "reading {s} for {}", g.id);
                            if clamp {
                                assert!((-5.0..=5.0).contains(&s), "reading {s} outside [−5, 5]");
                            }
                        }
                    }
                }
            }
        }
    }
}
