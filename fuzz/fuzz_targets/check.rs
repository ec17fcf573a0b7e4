#![allow(dead_code)] // each target uses the checks it needs
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

/// The path from a file to the screen: the view the app computes (readings,
/// on-track, slides) and every chart it draws — each guidepost's gauge,
/// scale bar and sub-goal bars, each sub-goal's trend chart (projection
/// included) — draw with no panic and a bounded size.
pub fn draws(d: &Dataset) {
    use barometer::charts::{gauge, progress, scale, trend};
    let view = barometer::app::view::View::new(std::rc::Rc::new(d.clone()), barometer::scenario::Scenario::named("fuzz"));
    let _ = view.slides();
    for (i, (gp, r)) in view.dataset.guideposts.iter().zip(&view.report.guideposts).enumerate() {
        let g = gauge::svg(&gauge::Gauge::new(gp, r));
        let bar = scale::svg(&scale::ScaleBar { state: r.state, reading: r.score, expected: view.expected(i), base: None });
        let bars = progress::svg(&progress::Progress::new(gp, r, &view.options));
        for svg in [g, bar] {
            assert!(svg.len() < 100_000, "a gauge or bar of {} bytes", svg.len());
        }
        assert!(bars.len() < 200_000 + 2_000 * gp.leaves().count(), "sub-goal bars of {} bytes", bars.len());
        for leaf in gp.leaves() {
            let chart = trend::TrendChart::new(&format!("{}.{}", gp.id, leaf.id), leaf, leaf, &view.options);
            let svg = trend::svg(&chart);
            assert!(svg.len() < 200_000, "a trend chart of {} bytes for {}.{}", svg.len(), gp.id, leaf.id);
            let _ = barometer::method::projection::on_track(leaf, &view.options);
        }
    }
}
