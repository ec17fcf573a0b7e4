//! METHOD.md, "Settled interpretations": one test per point, named after it,
//! so the contract's newest part is as visible as its rules.

mod common;

use barometer::io::{self, json, Format};
use barometer::method::projection::on_track;
use barometer::method::{evaluate_guidepost, score_leaf, Options, SubgoalState, UNCLAMPED_LIMIT};
use barometer::model::{Point, Weighting};
use common::*;

#[test]
fn as_of_before_the_baseline_year_is_no_baseline_yet() {
    let mut late = scored("A", 100.0, 120.0, 200.0);
    late.baseline = Some(Point { year: 2015, value: 100.0 });
    late.measurements = vec![Point { year: 2016, value: 120.0 }];
    let r = score_leaf(&late, &Options { as_of: Some(2014), ..Options::default() });
    assert_eq!(r.state, SubgoalState::NoBaseline);
    assert_eq!(r.score, None);
    // From the baseline year on, it scores.
    let r = score_leaf(&late, &Options { as_of: Some(2016), ..Options::default() });
    assert_eq!(r.state, SubgoalState::Scored);
}

#[test]
fn on_track_after_the_target_year_expects_at_most_the_whole_way() {
    let mut s = scored("A", 0.0, 5.0, 10.0);
    s.measurements = vec![Point { year: 2019, value: 9.0 }];
    let t = on_track(&s, &Options::default()).expect("a scored sub-goal has an on-track reading");
    assert_eq!(t.year, 2019);
    assert_eq!(t.expected, 1.0, "2019 is after the 2017 target: the expectation is capped at 1");
    assert!(!t.on_track, "90 % of the way is not on track once the target year has passed");
}

#[test]
fn a_group_weighted_by_population_counts_with_its_childrens_sum_unless_it_has_its_own() {
    let children = || vec![with_population(scoring("A1", 5.0), 30.0), with_population(scoring("A2", 5.0), 10.0)];
    let mut gp = guidepost("1", vec![group("A", children()), with_population(scoring("B", -5.0), 40.0)]);
    gp.weighting = Some(Weighting::Population);
    let options = Options { weighting: Weighting::Population, ..Options::default() };
    // The group (score 5) weighs 30 + 10 = 40, as B (−5) does: the mean is 0.
    assert_close(evaluate_guidepost(&gp, &options).score.unwrap(), 0.0);
    // Its own population wins: 120 against 40 gives (5·120 − 5·40) / 160 = 2,5.
    gp.subgoals[0].population = Some(120.0);
    assert_close(evaluate_guidepost(&gp, &options).score.unwrap(), 2.5);
}

#[test]
fn a_single_counted_item_reports_no_population_fallback() {
    let mut gp = guidepost("1", vec![scoring("A", 2.0), no_status("B")]);
    gp.weighting = Some(Weighting::Population);
    let r = evaluate_guidepost(&gp, &Options { weighting: Weighting::Population, ..Options::default() });
    assert_close(r.score.unwrap(), 2.0);
    assert!(r.fallbacks().is_empty(), "one counted item: weights cannot matter");
    // Two counted items without populations do fall back, and say so.
    let gp = guidepost("1", vec![scoring("A", 2.0), scoring("B", 4.0)]);
    let r = evaluate_guidepost(&gp, &Options { weighting: Weighting::Population, ..Options::default() });
    assert_eq!(r.fallbacks().len(), 1);
}

#[test]
fn limits_on_input_are_errors_and_an_unclamped_score_is_capped() {
    let over = r#"{"format":"barometer-dataset/1","guideposts":[{"id":"1","subgoals":[{"id":"A","baseline":{"year":2013,"value":1e13}}]}]}"#;
    assert!(json::parse_dataset(over).is_err(), "a value beyond ±1e12 is an input error");
    let year = r#"{"format":"barometer-dataset/1","guideposts":[{"id":"1","subgoals":[{"id":"A","baseline":{"year":1899,"value":1}}]}]}"#;
    assert!(json::parse_dataset(year).is_err(), "a year before 1900 is an input error");
    let csv = "pejlemærke;delmål;titel;baseline år;baseline;status 2014;mål år;mål\n1;A;x;2013;1;2;2017;10000000000000\n";
    assert!(!io::load(Format::Csv, csv.as_bytes(), None).errors.is_empty(), "the same limit in a CSV");
    // Clamp off: a huge progress is capped at ±1e6, not infinite.
    let r = score_leaf(&scored("A", 0.0, 1e12, 1e-6), &Options { clamp: false, ..Options::default() });
    assert_eq!(r.score, Some(UNCLAMPED_LIMIT));
    assert_eq!(UNCLAMPED_LIMIT, 1e6);
    // Target and baseline equal to machine precision: a progress that is not
    // finite, so no usable target.
    let r = score_leaf(&scored("A", 0.0, 1e12, 5e-324), &Options { clamp: false, ..Options::default() });
    assert_eq!((r.state, r.score), (SubgoalState::NoTarget, None));
}

#[test]
fn duplicate_sub_goal_ids_are_an_error_in_every_format_naming_both_places() {
    let csv = "pejlemærke;delmål;gruppe;titel;baseline år;baseline;status 2014;mål år;mål\n1;A;;x;2013;1;2;2017;5\n1;F1;F;y;2013;1;2;2017;5\n1;A;F;z;2013;1;2;2017;5\n";
    let import = io::load(Format::Csv, csv.as_bytes(), None);
    let said: Vec<String> = import.errors.iter().map(barometer::i18n::problem).collect();
    assert!(said.iter().any(|e| e.contains("række 4") && e.contains("række 2")), "{said:?}");
    let text = r#"{"format":"barometer-dataset/1","guideposts":[{"id":"1","subgoals":[{"id":"A"},{"id":"F","children":[{"id":"A"}]}]}]}"#;
    let said: Vec<String> = json::parse_dataset(text).unwrap_err().iter().map(barometer::i18n::problem).collect();
    assert!(said.iter().any(|e| e.contains("subgoals[1].children[0].id") && e.contains("subgoals[0].id")), "{said:?}");
}
