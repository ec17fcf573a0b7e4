//! The 2014 dataset against what the source publishes (METHOD.md's table),
//! under every combination of options.

mod common;

use barometer::method::{evaluate, GuidepostState, Options, Part};
use barometer::model::{Grouping, Missing, Published, PublishedState, Unit, Weighting};
use common::*;

fn all_options() -> Vec<Options> {
    let mut out = Vec::new();
    for missing in [Missing::Exclude, Missing::Zero] {
        for grouping in [Grouping::Nested, Grouping::Flat] {
            for weighting in [Weighting::Equal, Weighting::Population] {
                for clamp in [true, false] {
                    out.push(Options { missing, grouping, weighting, clamp, as_of: None });
                }
            }
        }
    }
    out
}

fn reading(options: &Options, id: &str) -> (GuidepostState, Option<f64>) {
    let report = evaluate(&the_2014_data(), options);
    let g = report.guideposts.iter().find(|g| g.id == id).unwrap();
    (g.state, g.score)
}

#[test]
fn the_dataset_method_reproduces_the_published_1_6() {
    let data = the_2014_data();
    let options = Options::from_spec(&data.method);
    let (state, score) = reading(&options, "1");
    assert_eq!(state, GuidepostState::Scored);
    let expected = (5.0 * -31.0 / 141.0 + 4.0 + 3.75 + 0.0 + 0.0 + (5.0 * 5.0 / 29.0 + 5.0) / 2.0) / 6.0;
    assert_close(score.unwrap(), expected);
    assert_eq!(barometer::i18n::score(score.unwrap()), "1,6");
    assert_eq!(data.guideposts[0].published, Some(Published::Score(1.6)));
}

#[test]
fn guidepost_1_reads_2_4_1_6_2_5_1_8_across_missing_and_grouping() {
    let cases = [
        (Missing::Exclude, Grouping::Nested, "2,4"),
        (Missing::Zero, Grouping::Nested, "1,6"),
        (Missing::Exclude, Grouping::Flat, "2,5"),
        (Missing::Zero, Grouping::Flat, "1,8"),
    ];
    for (missing, grouping, expected) in cases {
        for weighting in [Weighting::Equal, Weighting::Population] {
            for clamp in [true, false] {
                let o = Options { missing, grouping, weighting, clamp, as_of: None };
                let (_, score) = reading(&o, "1");
                assert_eq!(barometer::i18n::score(score.unwrap()), expected, "{o:?}");
            }
        }
    }
}

#[test]
fn guideposts_2_3_4_7_9_are_baseline_only_and_6_8_no_data_under_any_option() {
    for o in all_options() {
        for id in ["2", "3", "4", "7", "9"] {
            assert_eq!(reading(&o, id), (GuidepostState::BaselineOnly, Some(0.0)), "{id} {o:?}");
        }
        for id in ["6", "8"] {
            assert_eq!(reading(&o, id), (GuidepostState::NoData, None), "{id} {o:?}");
        }
    }
}

#[test]
fn the_published_states_match_the_computed_ones() {
    let data = the_2014_data();
    let report = evaluate(&data, &Options::from_spec(&data.method));
    for (gp, r) in data.guideposts.iter().zip(&report.guideposts) {
        match gp.published.expect("every 2014 guidepost has a published figure") {
            Published::State(PublishedState::BaselineOnly) => assert_eq!(r.state, GuidepostState::BaselineOnly, "{}", gp.id),
            Published::State(PublishedState::NoData) => assert_eq!(r.state, GuidepostState::NoData, "{}", gp.id),
            Published::Score(_) => assert_eq!(r.state, GuidepostState::Scored, "{}", gp.id),
        }
    }
}

#[test]
fn guidepost_5_reads_minus_1_with_equal_weights_and_says_populations_are_missing() {
    let data = the_2014_data();
    assert_eq!(data.guideposts[4].published, Some(Published::Score(0.2)));
    for o in all_options().into_iter().filter(|o| o.clamp) {
        let report = evaluate(&data, &o);
        let g5 = &report.guideposts[4];
        assert_close(g5.score.unwrap(), -1.0);
        let fallbacks = g5.fallbacks();
        assert!(!fallbacks.is_empty(), "guidepost 5 is population-weighted without populations: {o:?}");
        assert!(fallbacks.iter().any(|(_, f)| f.lacking.contains(&"A1".to_string())));
    }
    // Unclamped, A1 scores −15: (−15 + 2 + 0) / 3.
    let o = Options { clamp: false, ..Options::default() };
    assert_close(evaluate(&data, &o).guideposts[4].score.unwrap(), -13.0 / 3.0);
}

#[test]
fn every_sub_goal_score_of_guidepost_1() {
    let data = the_2014_data();
    let report = evaluate(&data, &Options::from_spec(&data.method));
    let g1 = &report.guideposts[0];
    let scores: Vec<String> = g1.subgoals.iter().map(|s| s.score.map(barometer::i18n::score).unwrap_or("-".into())).collect();
    assert_eq!(scores, ["−1,1", "4,0", "3,8", "-", "-", "2,9"]);
    let f = &g1.subgoals[5];
    assert_close(f.children[0].score.unwrap(), 5.0 * 5.0 / 29.0);
    assert_close(f.children[1].score.unwrap(), 5.0);
    assert!(matches!(g1.subgoals[3].part, Part::Counted { as_zero: true, .. }));
}

/// The transcription, checked value by value against the source's table.
#[test]
fn the_transcribed_numbers_match_the_source() {
    let data = the_2014_data();
    assert_eq!(data.guideposts.len(), 9);
    let row = |addr: &str| {
        let (_, s) = data.subgoal(addr).unwrap_or_else(|| panic!("{addr} exists"));
        (s.baseline.map(|b| (b.year, b.value)), s.measurements.first().map(|m| (m.year, m.value)), s.target.map(|t| (t.year, t.value, t.kind)))
    };
    use barometer::model::TargetKind::*;
    let expect = [
        ("1.A", Some((2013, 859.0)), Some((2014, 828.0)), Some((2017, 1000.0, Value))),
        ("1.B", Some((2013, 538.0)), Some((2014, 474.0)), Some((2017, 458.0, Value))),
        ("1.C", Some((2013, 95.9)), Some((2014, 97.1)), Some((2017, 97.5, Value))),
        ("1.D", Some((2013, 1581.0)), None, Some((2017, 1255.0, Value))),
        ("1.E", Some((2013, 225.0)), None, Some((2017, 190.0, Value))),
        ("1.F1", Some((2013, 129.0)), Some((2014, 124.0)), Some((2017, 100.0, Value))),
        ("1.F2", Some((2013, 102.0)), Some((2014, 100.0)), Some((2017, 100.0, Value))),
        ("2.A", None, None, None),
        ("2.B", None, None, None),
        ("2.C1", Some((2013, 74.0)), None, Some((2017, 80.0, Value))),
        ("2.C2", Some((2013, 58.0)), None, Some((2017, 60.0, Value))),
        ("2.D1", Some((2013, 73.0)), None, Some((2017, 80.0, Value))),
        ("2.D2", Some((2013, 52.0)), None, Some((2017, 60.0, Value))),
        ("2.E", Some((2013, 10.9)), None, Some((2017, 6.1, Value))),
        ("3.A", Some((2013, 1.1)), None, Some((2017, 1.1, Below))),
        ("3.B", Some((2013, 8.6)), None, Some((2017, 7.5, Value))),
        ("3.C", Some((2013, 2.6)), None, Some((2017, 2.6, Below))),
        ("4.A", Some((2014, 5657.0)), None, Some((2017, 5757.0, Value))),
        ("4.B1", None, None, None),
        ("4.B2", None, None, None),
        ("5.A1", Some((2013, 14.0)), Some((2014, 11.0)), Some((2017, 15.0, Value))),
        ("5.A2", Some((2013, 5.0)), Some((2014, 7.0)), Some((2017, 10.0, Value))),
        ("5.A3", Some((2013, 6.0)), Some((2014, 6.0)), Some((2017, 7.0, Value))),
        ("6.A", None, None, Some((2017, 44.0, Value))),
        ("6.B", None, None, None),
        ("6.C", None, None, None),
        ("6.D", None, None, None),
        ("6.E", None, None, None),
        ("6.F", None, None, None),
        ("7.A", Some((2013, 10598.0)), None, Some((2017, 10598.0, Below))),
        ("7.B", Some((2013, 1743.0)), None, Some((2017, 1743.0, Below))),
        ("8.A", None, None, None),
        ("8.B", None, None, None),
        ("9.A", None, None, Some((2017, 80.0, Value))),
        ("9.B", None, None, Some((2017, 80.0, Value))),
        ("9.C", Some((2014, 49.0)), None, Some((2017, 90.0, Value))),
    ];
    for (addr, b, s, t) in expect {
        assert_eq!(row(addr), (b, s, t), "{addr}");
    }
    let leaves: usize = data.guideposts.iter().map(|g| g.leaves().count()).sum();
    assert_eq!(leaves, expect.len(), "every leaf is checked above");
    // Groups as in the source, and the flags and units that change how numbers read.
    let groups: Vec<String> = data.guideposts.iter().flat_map(|g| g.subgoals.iter().filter(|s| s.is_group()).map(move |s| format!("{}.{}", g.id, s.id))).collect();
    assert_eq!(groups, ["1.F", "2.C", "2.D", "4.B", "5.A"]);
    assert!(data.subgoal("2.A").unwrap().1.proposed_removal && data.subgoal("2.B").unwrap().1.proposed_removal);
    assert_eq!(data.subgoal("1.C").unwrap().1.unit, Some(Unit::Percent));
    assert_eq!(data.subgoal("1.A").unwrap().1.unit, Some(Unit::Count));
    assert_eq!(data.guideposts[4].weighting, Some(Weighting::Population));
    assert_eq!(data.guideposts[0].initiatives, ["Ø304", "Ø201", "Ø202"]);
}
