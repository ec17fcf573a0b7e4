//! METHOD.md, "On track, for a guidepost": the expected reading on the
//! straight path from baseline to target, and ahead/behind, under every
//! option. The oracle is independent of the code's share arithmetic: the
//! expected reading is the reading of the same data with every status moved
//! onto the straight path at its own year (progress `e`, so score `5 · e`).

mod common;

use barometer::method::{evaluate, GuidepostState, Options};
use barometer::model::{Dataset, Grouping, Missing, Point, Subgoal, Target, TargetKind, Weighting};
use common::*;

fn all_options(as_of: &[Option<i32>]) -> Vec<Options> {
    let mut out = Vec::new();
    for &as_of in as_of {
        for missing in [Missing::Exclude, Missing::Zero] {
            for grouping in [Grouping::Nested, Grouping::Flat] {
                for weighting in [Weighting::Equal, Weighting::Population] {
                    for clamp in [true, false] {
                        out.push(Options { missing, grouping, weighting, clamp, as_of });
                    }
                }
            }
        }
    }
    out
}

/// The data with every status that counts (at `as_of`) moved onto the
/// straight path at its own year.
fn on_the_path(data: &Dataset, options: &Options) -> Dataset {
    fn leaf(l: &mut Subgoal, options: &Options) {
        let (Some(b), Some(t)) = (barometer::method::baseline_of(l, options.as_of), l.target) else { return };
        if t.kind != TargetKind::Value || t.value == b.value {
            return;
        }
        let Some(status) = barometer::method::status_of(l, options.as_of) else { return };
        let e = if t.year > b.year {
            (f64::from(status.year - b.year) / f64::from(t.year - b.year)).clamp(0.0, 1.0)
        } else {
            1.0
        };
        let value = b.value + e * (t.value - b.value);
        for m in l.measurements.iter_mut().filter(|m| m.year == status.year) {
            m.value = value;
        }
    }
    fn walk(s: &mut Subgoal, options: &Options) {
        if s.is_group() {
            s.children.iter_mut().for_each(|c| walk(c, options));
        } else {
            leaf(s, options);
        }
    }
    let mut out = data.clone();
    for g in &mut out.guideposts {
        g.subgoals.iter_mut().for_each(|s| walk(s, options));
    }
    out
}

#[track_caller]
fn check_against_oracle(data: &Dataset, options: &Options) {
    let report = evaluate(data, options);
    let oracle = evaluate(&on_the_path(data, options), options);
    for (r, o) in report.guideposts.iter().zip(&oracle.guideposts) {
        match r.state {
            GuidepostState::Scored => {
                let expected = r.expected.unwrap_or_else(|| panic!("{}: scored without expected ({options:?})", r.id));
                assert!((expected - o.score.unwrap()).abs() < 1e-9, "{}: expected {expected}, oracle {:?} ({options:?})", r.id, o.score);
                assert!((0.0..=5.0).contains(&expected), "{}: {expected}", r.id);
                assert_eq!(r.on_track(), Some(r.score.unwrap() >= expected));
            }
            _ => {
                assert_eq!(r.expected, None, "{}: not scored, so no expected", r.id);
                assert_eq!(r.on_track(), None);
            }
        }
    }
}

#[test]
fn in_the_2014_data_guidepost_1_expects_0_83_and_is_ahead() {
    let data = the_2014_data();
    let report = evaluate(&data, &Options::from_spec(&data.method));
    let g = &report.guideposts[0];
    assert_eq!(barometer::i18n::score(g.expected.unwrap()), "0,8");
    assert!((g.expected.unwrap() - 0.83).abs() < 0.005, "{:?}", g.expected);
    assert_eq!(barometer::i18n::score(g.score.unwrap()), "1,6");
    assert_eq!(g.on_track(), Some(true));
}

#[test]
fn the_2014_data_and_the_2007_plan_match_the_oracle_under_every_option() {
    let plan = barometer::data::handlingsplan_2007().expect("the 2007 plan reads");
    for options in all_options(&[None, Some(2013), Some(2014), Some(2016)]) {
        check_against_oracle(&the_2014_data(), &options);
        check_against_oracle(&plan, &options);
    }
}

fn at(year: i32, value: f64) -> Point {
    Point { year, value }
}

#[test]
fn a_sub_goal_expects_its_share_of_the_path_at_its_own_status_year_held_within_0_and_1() {
    // Baseline 2013, target 2017: a 2015 status expects 5 · 2/4 = 2,5 …
    let mut a = scored("A", 0.0, 1.0, 10.0);
    a.measurements = vec![at(2015, 1.0)];
    // … a status after the target year expects the whole way (5) …
    let mut b = scored("B", 0.0, 1.0, 10.0);
    b.measurements = vec![at(2019, 1.0)];
    // … and a target year not after the baseline year too.
    let mut c = scored("C", 0.0, 1.0, 10.0);
    c.target = Some(Target { year: 2013, value: 10.0, kind: TargetKind::Value });
    for (s, expects) in [(a, 2.5), (b, 5.0), (c, 5.0)] {
        let r = evaluate(&dataset(vec![guidepost("1", vec![s])]), &Options::default());
        assert_close(r.guideposts[0].expected.unwrap(), expects);
    }
}

#[test]
fn a_sub_goal_counted_as_zero_expects_zero_and_groups_and_weights_aggregate_like_the_reading() {
    // Nested, missing = zero, by population: group G (A scored, B no status)
    // and C scored. Each expects 5·(1/4) = 1,25 when scored at 2014.
    let g = group("G", vec![with_population(scored("A", 0.0, 1.0, 10.0), 1.0), with_population(no_status("B"), 3.0)]);
    let c = with_population(scored("C", 0.0, 9.0, 10.0), 4.0);
    let data = dataset(vec![guidepost("1", vec![g, c])]);
    let options = Options { missing: Missing::Zero, grouping: Grouping::Nested, weighting: Weighting::Population, clamp: true, as_of: None };
    let r = &evaluate(&data, &options).guideposts[0];
    // G expects (1·1,25 + 3·0)/4; G weighs 4 (its children's sum), C weighs 4.
    assert_close(r.expected.unwrap(), (1.25 / 4.0 + 1.25) / 2.0);
    for options in all_options(&[None, Some(2014)]) {
        check_against_oracle(&data, &options);
    }
}

#[test]
fn behind_when_the_reading_is_below_the_path_and_none_without_a_reading() {
    let data = dataset(vec![
        guidepost("1", vec![scored("A", 0.0, 0.5, 10.0)]),
        guidepost("2", vec![no_status("A")]),
        guidepost("3", vec![leaf("A", None, None, Some(1.0))]),
    ]);
    let r = evaluate(&data, &Options::default());
    assert_eq!(r.guideposts[0].on_track(), Some(false)); // 0,25 < 1,25
    assert_eq!(r.guideposts[1].state, GuidepostState::BaselineOnly);
    assert_eq!(r.guideposts[1].expected, None);
    assert_eq!(r.guideposts[2].expected, None);
}
