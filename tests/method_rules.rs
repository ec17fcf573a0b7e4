//! Every rule of METHOD.md, each with a test that fails if the rule breaks.

mod common;

use barometer::method::{
    evaluate_guidepost, score_leaf, GuidepostState, NoTarget, Options, Part, Reason, SubgoalState,
};
use barometer::model::{Grouping, Missing, Point, TargetKind, Weighting};
use common::*;

fn opts(missing: Missing, grouping: Grouping) -> Options {
    Options { missing, grouping, ..Options::default() }
}

// ---- Scoring one sub-goal ----

#[test]
fn defaults_are_exclude_nested_equal_clamped_latest() {
    let o = Options::default();
    assert_eq!(
        (o.missing, o.grouping, o.weighting, o.clamp, o.as_of),
        (Missing::Exclude, Grouping::Nested, Weighting::Equal, true, None)
    );
}

#[test]
fn progress_is_status_minus_baseline_over_target_minus_baseline_times_five() {
    let r = score_leaf(&scored("A", 859.0, 828.0, 1000.0), &Options::default());
    assert_eq!(r.state, SubgoalState::Scored);
    assert_close(r.progress.unwrap(), -31.0 / 141.0);
    assert_close(r.score.unwrap(), 5.0 * -31.0 / 141.0);
}

#[test]
fn a_target_below_the_baseline_makes_a_fall_count_as_progress() {
    let r = score_leaf(&scored("B", 538.0, 474.0, 458.0), &Options::default());
    assert_close(r.score.unwrap(), 4.0);
    let worse = score_leaf(&scored("B", 538.0, 600.0, 458.0), &Options::default());
    assert!(worse.score.unwrap() < 0.0);
}

#[test]
fn clamp_limits_scores_to_plus_minus_five_and_can_be_turned_off() {
    let leaf = scored("A1", 14.0, 11.0, 15.0); // p = −3
    let on = score_leaf(&leaf, &Options::default());
    assert_close(on.score.unwrap(), -5.0);
    assert_close(on.raw_score.unwrap(), -15.0);
    let off = score_leaf(&leaf, &Options { clamp: false, ..Options::default() });
    assert_close(off.score.unwrap(), -15.0);
    let over = score_leaf(&scored("X", 0.0, 12.0, 10.0), &Options::default());
    assert_close(over.score.unwrap(), 5.0);
}

#[test]
fn no_baseline_is_no_baseline_and_never_counts() {
    for missing in [Missing::Exclude, Missing::Zero] {
        let gp = guidepost("1", vec![leaf("A", None, Some(3.0), Some(5.0)), scoring("B", 2.0)]);
        let r = evaluate_guidepost(&gp, &opts(missing, Grouping::Nested));
        assert_eq!(r.subgoals[0].state, SubgoalState::NoBaseline);
        assert_eq!(r.subgoals[0].part, Part::Left(Reason::NoBaseline));
        assert_close(r.score.unwrap(), 2.0);
    }
}

#[test]
fn no_target_direction_only_or_equal_to_baseline_is_no_target_and_never_counts() {
    let mut below = scored("B", 1.1, 1.0, 1.1);
    below.target.as_mut().unwrap().kind = TargetKind::Below;
    let mut above = scored("C", 1.1, 1.2, 2.0);
    above.target.as_mut().unwrap().kind = TargetKind::Above;
    let cases = [
        (leaf("A", Some(1.0), Some(2.0), None), NoTarget::Missing),
        (below, NoTarget::DirectionOnly),
        (above, NoTarget::DirectionOnly),
        (scored("D", 7.0, 8.0, 7.0), NoTarget::EqualsBaseline),
    ];
    for (leaf, why) in cases {
        for missing in [Missing::Exclude, Missing::Zero] {
            let gp = guidepost("1", vec![leaf.clone(), scoring("Z", 1.0)]);
            let r = evaluate_guidepost(&gp, &opts(missing, Grouping::Nested));
            assert_eq!(r.subgoals[0].state, SubgoalState::NoTarget, "{}", leaf.id);
            assert_eq!(r.subgoals[0].no_target, Some(why));
            assert_eq!(r.subgoals[0].part, Part::Left(Reason::NoTarget(why)));
            assert_close(r.score.unwrap(), 1.0);
        }
    }
}

#[test]
fn no_status_is_left_out_with_exclude_and_counts_zero_with_zero() {
    let gp = guidepost("1", vec![scoring("A", 4.0), no_status("B")]);
    let ex = evaluate_guidepost(&gp, &opts(Missing::Exclude, Grouping::Nested));
    assert_eq!(ex.subgoals[1].state, SubgoalState::NoStatus);
    assert_eq!(ex.subgoals[1].part, Part::Left(Reason::NoStatus));
    assert_close(ex.score.unwrap(), 4.0);
    let zero = evaluate_guidepost(&gp, &opts(Missing::Zero, Grouping::Nested));
    assert_close(zero.score.unwrap(), 2.0);
    assert_eq!(zero.subgoals[1].part, Part::Counted { share: 0.5, as_zero: true });
}

#[test]
fn status_is_the_latest_measurement_at_or_before_the_as_of_year() {
    let mut l = scored("A", 0.0, 1.0, 10.0);
    l.measurements = vec![
        Point { year: 2016, value: 8.0 },
        Point { year: 2014, value: 2.0 },
        Point { year: 2015, value: 4.0 },
    ];
    let latest = score_leaf(&l, &Options::default());
    assert_eq!(latest.status, Some(Point { year: 2016, value: 8.0 }));
    assert_close(latest.score.unwrap(), 4.0);
    let as_of = |y| score_leaf(&l, &Options { as_of: Some(y), ..Options::default() });
    assert_close(as_of(2015).score.unwrap(), 2.0);
    assert_close(as_of(2014).score.unwrap(), 1.0);
    assert_eq!(as_of(2013).state, SubgoalState::NoStatus);
}

// ---- Aggregating ----

#[test]
fn nested_a_group_is_one_item_scored_by_its_children() {
    let gp = guidepost("1", vec![scoring("A", 4.0), group("F", vec![scoring("F1", 1.0), scoring("F2", 5.0)])]);
    let r = evaluate_guidepost(&gp, &opts(Missing::Exclude, Grouping::Nested));
    assert_close(r.subgoals[1].score.unwrap(), 3.0);
    assert_close(r.score.unwrap(), 3.5);
    assert_eq!(r.subgoals[1].children[0].part, Part::Counted { share: 0.5, as_zero: false });
}

#[test]
fn flat_lifts_children_into_the_guidepost() {
    let gp = guidepost("1", vec![scoring("A", 4.0), group("F", vec![scoring("F1", 1.0), scoring("F2", 5.0)])]);
    let r = evaluate_guidepost(&gp, &opts(Missing::Exclude, Grouping::Flat));
    assert_close(r.score.unwrap(), 10.0 / 3.0);
    assert_eq!(r.subgoals[1].part, Part::Left(Reason::Flattened));
    let third = 1.0 / 3.0;
    for child in &r.subgoals[1].children {
        assert!(matches!(child.part, Part::Counted { share, .. } if close(share, third)));
    }
}

#[test]
fn a_group_with_no_scored_child_but_one_without_status_is_no_status() {
    let gp = guidepost("1", vec![scoring("A", 4.0), group("C", vec![no_status("C1"), leaf("C2", None, None, None)])]);
    let ex = evaluate_guidepost(&gp, &opts(Missing::Exclude, Grouping::Nested));
    assert_eq!(ex.subgoals[1].state, SubgoalState::NoStatus);
    assert_close(ex.score.unwrap(), 4.0);
    let zero = evaluate_guidepost(&gp, &opts(Missing::Zero, Grouping::Nested));
    assert_close(zero.score.unwrap(), 2.0);
}

#[test]
fn with_zero_a_group_mixes_scored_children_and_zeros() {
    let gp = guidepost("1", vec![group("F", vec![scoring("F1", 3.0), no_status("F2")])]);
    let zero = evaluate_guidepost(&gp, &opts(Missing::Zero, Grouping::Nested));
    assert_close(zero.score.unwrap(), 1.5);
    let ex = evaluate_guidepost(&gp, &opts(Missing::Exclude, Grouping::Nested));
    assert_close(ex.score.unwrap(), 3.0);
}

#[test]
fn population_weighting_is_a_mean_weighted_by_population() {
    let mut gp = guidepost("5", vec![with_population(scoring("A", 4.0), 300.0), with_population(scoring("B", -2.0), 100.0)]);
    let pop = Options { weighting: Weighting::Population, ..Options::default() };
    let r = evaluate_guidepost(&gp, &pop);
    assert_close(r.score.unwrap(), (4.0 * 300.0 - 2.0 * 100.0) / 400.0);
    assert_eq!(r.fallback, None);
    assert_eq!(r.subgoals[0].part, Part::Counted { share: 0.75, as_zero: false });
    gp.weighting = Some(Weighting::Equal);
    assert_close(evaluate_guidepost(&gp, &pop).score.unwrap(), 1.0);
}

#[test]
fn population_weighting_falls_back_to_equal_and_says_which_items_lack_one() {
    let gp = guidepost("5", vec![with_population(scoring("A", 4.0), 300.0), scoring("B", -2.0), leaf("C", None, None, None)]);
    let r = evaluate_guidepost(&gp, &Options { weighting: Weighting::Population, ..Options::default() });
    assert_close(r.score.unwrap(), 1.0);
    let f = r.fallback.clone().expect("a fallback warning");
    assert_eq!(f.lacking, vec!["B".to_string()]);
    assert_eq!(r.fallbacks().len(), 1);
}

#[test]
fn a_population_on_an_uncounted_item_does_not_matter() {
    let gp = guidepost("5", vec![with_population(scoring("A", 4.0), 3.0), with_population(scoring("B", 1.0), 1.0), no_status("C")]);
    let r = evaluate_guidepost(&gp, &Options { weighting: Weighting::Population, ..Options::default() });
    assert_eq!(r.fallback, None);
    assert_close(r.score.unwrap(), 13.0 / 4.0);
}

#[test]
fn a_weighting_on_a_guidepost_or_group_overrides_the_default_for_that_aggregate_only() {
    let mut f = group("F", vec![with_population(scoring("F1", 4.0), 3.0), with_population(scoring("F2", 0.0), 1.0)]);
    f.weighting = Some(Weighting::Population);
    let gp = guidepost("1", vec![with_population(scoring("A", 1.0), 1000.0), f]);
    let r = evaluate_guidepost(&gp, &Options::default());
    assert_close(r.subgoals[1].score.unwrap(), 3.0); // the group: weighted
    assert_close(r.score.unwrap(), 2.0); // the guidepost: equal (the default)
    assert_eq!(r.weighting, Weighting::Equal);
}

#[test]
fn a_group_without_its_own_population_weighs_the_sum_of_its_childrens() {
    let f = group("F", vec![with_population(scoring("F1", 2.0), 30.0), with_population(scoring("F2", 2.0), 10.0)]);
    let gp = guidepost("1", vec![with_population(scoring("A", 0.0), 40.0), f]);
    let r = evaluate_guidepost(&gp, &Options { weighting: Weighting::Population, ..Options::default() });
    assert_close(r.score.unwrap(), 1.0);
}

#[test]
fn a_guidepost_with_a_scored_item_is_scored_with_the_mean() {
    let gp = guidepost("1", vec![scoring("A", 1.0), scoring("B", 2.0)]);
    let r = evaluate_guidepost(&gp, &Options::default());
    assert_eq!(r.state, GuidepostState::Scored);
    assert_close(r.score.unwrap(), 1.5);
}

#[test]
fn a_guidepost_with_only_baselines_is_baseline_only_and_reads_zero() {
    let mut below = scored("B", 1.1, 1.0, 1.1);
    below.target.as_mut().unwrap().kind = TargetKind::Below;
    for missing in [Missing::Exclude, Missing::Zero] {
        for grouping in [Grouping::Nested, Grouping::Flat] {
            let gp = guidepost("2", vec![no_status("A"), below.clone(), group("C", vec![no_status("C1")])]);
            let r = evaluate_guidepost(&gp, &opts(missing, grouping));
            assert_eq!(r.state, GuidepostState::BaselineOnly);
            assert_eq!(r.score, Some(0.0));
        }
    }
    // A baseline inside a group counts as "some baseline below it".
    let gp = guidepost("4", vec![leaf("A", None, None, Some(3.0)), group("B", vec![leaf("B1", Some(2.0), None, None)])]);
    assert_eq!(evaluate_guidepost(&gp, &Options::default()).state, GuidepostState::BaselineOnly);
}

#[test]
fn a_guidepost_without_any_baseline_is_no_data() {
    let gp = guidepost("6", vec![leaf("A", None, None, Some(44.0)), leaf("B", None, Some(3.0), None), group("C", vec![leaf("C1", None, None, None)])]);
    for missing in [Missing::Exclude, Missing::Zero] {
        let r = evaluate_guidepost(&gp, &opts(missing, Grouping::Nested));
        assert_eq!(r.state, GuidepostState::NoData);
        assert_eq!(r.score, None);
    }
    assert_eq!(evaluate_guidepost(&guidepost("0", vec![]), &Options::default()).state, GuidepostState::NoData);
}

#[test]
fn shares_of_counted_items_sum_to_one() {
    let gp = guidepost("1", vec![scoring("A", 1.0), no_status("B"), group("F", vec![scoring("F1", 2.0), no_status("F2")])]);
    for missing in [Missing::Exclude, Missing::Zero] {
        for grouping in [Grouping::Nested, Grouping::Flat] {
            let r = evaluate_guidepost(&gp, &opts(missing, grouping));
            let mut items: Vec<_> = r.subgoals.iter().collect();
            if grouping == Grouping::Flat {
                items = r.subgoals.iter().flat_map(|s| if s.children.is_empty() { vec![s] } else { s.children.iter().collect() }).collect();
            }
            let total: f64 = items.iter().filter_map(|s| match s.part { Part::Counted { share, .. } => Some(share), _ => None }).sum();
            assert_close(total, 1.0);
        }
    }
}

#[test]
fn a_single_counted_item_needs_no_population_and_gives_no_warning() {
    let gp = guidepost("5", vec![group("A", vec![with_population(scoring("A1", 2.0), 1.0), with_population(scoring("A2", 4.0), 3.0)]), no_status("B")]);
    let r = evaluate_guidepost(&gp, &Options { weighting: Weighting::Population, ..Options::default() });
    assert_eq!(r.fallback, None);
    assert_close(r.score.unwrap(), 3.5);
}

#[test]
fn population_weighting_works_under_flat_grouping_and_a_groups_own_weighting_is_then_unused() {
    let mut f = group("F", vec![with_population(scoring("F1", 4.0), 3.0), with_population(scoring("F2", 0.0), 1.0)]);
    f.weighting = Some(Weighting::Equal);
    let mut gp = guidepost("1", vec![with_population(scoring("A", 2.0), 4.0), f]);
    gp.weighting = Some(Weighting::Population);
    let r = evaluate_guidepost(&gp, &opts(Missing::Exclude, Grouping::Flat));
    assert_close(r.score.unwrap(), (2.0 * 4.0 + 4.0 * 3.0) / 8.0);
    assert_eq!(r.fallback, None);
    // A group's population fallback is not reported under flat: its aggregate is not used.
    let mut g = group("G", vec![scoring("G1", 1.0), scoring("G2", 3.0)]);
    g.weighting = Some(Weighting::Population);
    let gp = guidepost("1", vec![g]);
    assert_eq!(evaluate_guidepost(&gp, &opts(Missing::Exclude, Grouping::Nested)).fallbacks().len(), 1);
    assert!(evaluate_guidepost(&gp, &opts(Missing::Exclude, Grouping::Flat)).fallbacks().is_empty());
}

#[test]
fn a_guideposts_weighting_applies_to_its_own_aggregate_and_not_to_its_groups() {
    let f = group("F", vec![with_population(scoring("F1", 4.0), 3.0), with_population(scoring("F2", 0.0), 1.0)]);
    let mut gp = guidepost("1", vec![with_population(scoring("A", 1.0), 3.0), with_population(f, 1.0)]);
    gp.weighting = Some(Weighting::Population);
    let r = evaluate_guidepost(&gp, &Options::default());
    assert_close(r.subgoals[1].score.unwrap(), 2.0); // the group: equal (the default)
    assert_close(r.score.unwrap(), (1.0 * 3.0 + 2.0 * 1.0) / 4.0); // the guidepost: by population
}

#[test]
fn a_group_with_children_without_status_and_without_target_is_no_status() {
    let mut below = scored("C2", 1.0, 1.0, 1.0);
    below.target.as_mut().unwrap().kind = TargetKind::Below;
    let gp = guidepost("2", vec![group("C", vec![below.clone(), no_status("C1")]), scoring("A", 2.0)]);
    let r = evaluate_guidepost(&gp, &opts(Missing::Zero, Grouping::Nested));
    assert_eq!(r.subgoals[0].state, SubgoalState::NoStatus);
    assert_close(r.score.unwrap(), 1.0);
    // Only direction-only children: the group has no target, and says why.
    let gp = guidepost("3", vec![group("C", vec![below])]);
    let r = evaluate_guidepost(&gp, &Options::default());
    assert_eq!(r.subgoals[0].state, SubgoalState::NoTarget);
    assert_eq!(r.subgoals[0].no_target, Some(NoTarget::DirectionOnly));
}

#[test]
fn populations_that_sum_to_zero_fall_back_to_equal_weights_and_say_so() {
    let gp = guidepost("5", vec![with_population(scoring("A", 4.0), 0.0), with_population(scoring("B", 2.0), 0.0)]);
    let r = evaluate_guidepost(&gp, &Options { weighting: Weighting::Population, ..Options::default() });
    assert_close(r.score.unwrap(), 3.0);
    assert_eq!(r.fallback.as_ref().unwrap().lacking, Vec::<String>::new());
    assert_eq!(barometer::i18n::lacking(&[]), "populationerne summer til 0");
}

#[test]
fn before_its_baseline_year_a_sub_goal_has_no_baseline() {
    let mut l = scored("C", 49.0, 60.0, 90.0);
    l.baseline.as_mut().unwrap().year = 2014;
    l.measurements[0].year = 2015;
    let gp = guidepost("9", vec![l]);
    let at = |y| evaluate_guidepost(&gp, &Options { as_of: Some(y), ..Options::default() });
    assert_eq!(at(2013).state, GuidepostState::NoData);
    assert_eq!(at(2013).subgoals[0].state, SubgoalState::NoBaseline);
    assert_eq!(at(2014).state, GuidepostState::BaselineOnly);
    assert_eq!(at(2015).state, GuidepostState::Scored);
}

#[test]
fn every_reason_a_sub_goal_does_not_count_is_said_in_danish() {
    use barometer::i18n::reason;
    assert_eq!(reason(&Reason::NoBaseline), "ingen baseline");
    assert_eq!(reason(&Reason::NoTarget(NoTarget::Missing)), "intet talmål — sæt et i et scenarie for at score det");
    assert_eq!(reason(&Reason::NoTarget(NoTarget::DirectionOnly)), "målet angiver kun en retning — sæt et talmål i et scenarie for at score det");
    assert_eq!(reason(&Reason::NoTarget(NoTarget::EqualsBaseline)), "målet er lig med baseline — sæt et andet mål i et scenarie for at score det");
    assert_eq!(reason(&Reason::NoStatus), "ingen status endnu, og manglende status udelades");
    assert_eq!(reason(&Reason::Flattened), "underdelmålene tæller hver for sig (flad gruppering)");
}

#[test]
fn absurd_numbers_never_give_a_reading_that_is_not_a_number() {
    // A target a hair from its baseline: progress would be infinite.
    let hair = scored("A", 1.0, 1e12, 1.0 + 1e-300);
    let r = score_leaf(&hair, &Options::default());
    assert_eq!((r.state, r.no_target), (SubgoalState::NoTarget, Some(NoTarget::EqualsBaseline)));
    // Unclamped, scores stop at ±1.000.000 so a mean stays finite.
    let huge = guidepost("1", vec![scored("A", 0.0, 1e12, 1.0), scored("B", 0.0, -1e12, 1.0)]);
    let r = evaluate_guidepost(&huge, &Options { clamp: false, ..Options::default() });
    assert_close(r.subgoals[0].score.unwrap(), barometer::method::UNCLAMPED_LIMIT);
    assert_close(r.score.unwrap(), 0.0);
}

proptest::proptest! {
    /// Found by the method fuzzer: a population-weighted mean of −5s came out
    /// as −5,000000000000001. A mean stays within its items.
    #[test]
    fn a_weighted_mean_stays_within_its_items(pops in proptest::collection::vec(0.001f64..1e6, 2..8), score in -5.0f64..=5.0) {
        let items = pops.iter().enumerate().map(|(i, p)| with_population(scoring(&format!("S{i}"), score), *p)).collect();
        let gp = guidepost("1", items);
        let r = evaluate_guidepost(&gp, &Options { weighting: Weighting::Population, ..Options::default() });
        let item = r.subgoals[0].score.unwrap();
        proptest::prop_assert_eq!(r.score.unwrap(), item);
        proptest::prop_assert!((-5.0..=5.0).contains(&r.score.unwrap()));
        let _ = score;
    }
}
