//! The allocation-free `readings` must say exactly what `evaluate` says:
//! same state, same score to the last bit, for every dataset and option.

use barometer::method::{evaluate, readings, Options};
use barometer::model::{
    Dataset, Grouping, Guidepost, Missing, Point, Subgoal, Target, TargetKind, Weighting,
};
use proptest::prelude::*;

fn assert_same(dataset: &Dataset, options: &Options) -> Result<(), TestCaseError> {
    let full = evaluate(dataset, options);
    let fast = readings(dataset, options);
    prop_assert_eq!(full.guideposts.len(), fast.len());
    for (g, r) in full.guideposts.iter().zip(&fast) {
        prop_assert_eq!(g.state, r.state, "guidepost {}", g.id);
        prop_assert_eq!(
            g.score.map(f64::to_bits),
            r.score.map(f64::to_bits),
            "guidepost {}: {:?} vs {:?}",
            g.id,
            g.score,
            r.score
        );
    }
    Ok(())
}

fn all_options() -> Vec<Options> {
    let mut all = Vec::new();
    for missing in [Missing::Exclude, Missing::Zero] {
        for grouping in [Grouping::Nested, Grouping::Flat] {
            for weighting in [Weighting::Equal, Weighting::Population] {
                for clamp in [true, false] {
                    for as_of in [None, Some(2013), Some(2014), Some(2017)] {
                        all.push(Options {
                            missing,
                            grouping,
                            weighting,
                            clamp,
                            as_of,
                        });
                    }
                }
            }
        }
    }
    all
}

#[test]
fn the_2014_data_reads_the_same_both_ways_under_every_option() {
    let data = barometer::data::pejlemaerker_2014().unwrap();
    for options in all_options() {
        assert_same(&data, &options).unwrap();
    }
}

fn value() -> impl Strategy<Value = f64> {
    prop_oneof![
        (-3i32..30).prop_map(|v| v as f64 * 10.0),
        -1e12f64..1e12,
        Just(0.0)
    ]
}

fn leaf() -> impl Strategy<Value = Subgoal> {
    (
        proptest::option::weighted(0.85, (2012i32..2016, value())),
        proptest::collection::vec((2012i32..2018, value()), 0..3),
        proptest::option::weighted(0.85, (2015i32..2019, value(), 0u8..6)),
        proptest::option::weighted(0.7, prop_oneof![Just(0.0), 0.5f64..1e5]),
    )
        .prop_map(|(baseline, measurements, target, population)| {
            let mut s = Subgoal::leaf("L", "leaf");
            s.baseline = baseline.map(|(year, value)| Point { year, value });
            s.measurements = measurements
                .into_iter()
                .map(|(year, value)| Point { year, value })
                .collect();
            s.target = target.map(|(year, value, k)| Target {
                year,
                // Now and then the target equals the baseline.
                value: if k == 5 {
                    s.baseline.map_or(value, |b| b.value)
                } else {
                    value
                },
                kind: if k == 4 {
                    TargetKind::Below
                } else {
                    TargetKind::Value
                },
            });
            s.population = population;
            s
        })
}

fn weighting() -> impl Strategy<Value = Option<Weighting>> {
    proptest::option::of(prop_oneof![
        Just(Weighting::Equal),
        Just(Weighting::Population)
    ])
}

fn subgoal() -> impl Strategy<Value = Subgoal> {
    prop_oneof![
        3 => leaf(),
        1 => (proptest::collection::vec(leaf(), 1..4), weighting(), proptest::option::weighted(0.3, 1.0f64..1e4)).prop_map(|(children, weighting, population)| {
            let mut g = Subgoal::leaf("G", "group");
            g.children = children;
            g.weighting = weighting;
            g.population = population;
            g
        }),
    ]
}

fn dataset() -> impl Strategy<Value = Dataset> {
    proptest::collection::vec(
        (proptest::collection::vec(subgoal(), 0..6), weighting()),
        1..4,
    )
    .prop_map(|guideposts| {
        let mut d = Dataset::new();
        for (i, (subgoals, weighting)) in guideposts.into_iter().enumerate() {
            d.guideposts.push(Guidepost {
                subgoals,
                weighting,
                ..Guidepost::new(&i.to_string(), "P")
            });
        }
        d
    })
}

fn options() -> impl Strategy<Value = Options> {
    (0..all_options().len()).prop_map(|i| all_options()[i])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn any_dataset_reads_the_same_both_ways(dataset in dataset(), options in options()) {
        assert_same(&dataset, &options)?;
    }
}
