//! On track, trend projection and goal seek (METHOD.md, "Beyond the reading").

mod common;

use barometer::method::projection::{on_track, trend};
use barometer::method::seek::{seek, Seek, SeekError, Unreachable};
use barometer::method::{evaluate_guidepost, Options};
use barometer::model::{Grouping, Missing, Point, TargetKind, Weighting};
use common::*;

#[test]
fn on_track_compares_progress_with_the_straight_path() {
    // 2013 → 2017: by 2014 a quarter of the way is expected.
    let ahead = scored("B", 538.0, 474.0, 458.0); // p = 0.8
    let t = on_track(&ahead, &Options::default()).unwrap();
    assert_eq!(t.year, 2014);
    assert_close(t.expected, 0.25);
    assert_close(t.progress, 0.8);
    assert!(t.on_track);
    let behind = scored("A", 859.0, 828.0, 1000.0);
    assert!(!on_track(&behind, &Options::default()).unwrap().on_track);
    // Exactly on the path counts as on track; the as-of year moves the expectation.
    let on_path = scored("X", 0.0, 1.0, 4.0);
    assert!(on_track(&on_path, &Options::default()).unwrap().on_track);
    let later = on_track(&on_path, &Options { as_of: Some(2015), ..Options::default() }).unwrap();
    assert_close(later.expected, 0.5);
    assert!(!later.on_track);
    assert!(on_track(&no_status("N"), &Options::default()).is_none());
}

#[test]
fn trend_is_a_least_squares_line_read_at_the_target_year() {
    let mut l = scored("A", 100.0, 110.0, 160.0);
    l.measurements.push(Point { year: 2015, value: 130.0 });
    // Points (2013,100) (2014,110) (2015,130): slope 15, mean (2014, 113.33).
    let t = trend(&l, &Options::default()).unwrap();
    assert_close(t.slope, 15.0);
    let value = 340.0 / 3.0 + 15.0 * 3.0;
    assert_close(t.value, value);
    assert_close(t.score, 5.0 * (value - 100.0) / 60.0);
    assert_eq!(t.points, 3);
    // Two points: the straight line through them; clamped like a status.
    let a = trend(&scored("A", 859.0, 828.0, 1000.0), &Options::default()).unwrap();
    assert_close(a.value, 859.0 - 31.0 * 4.0);
    assert_close(a.score, 5.0 * -124.0 / 141.0);
    let steep = trend(&scored("S", 0.0, 10.0, 10.0), &Options::default()).unwrap();
    assert_close(steep.score, 5.0);
    let free = trend(&scored("S", 0.0, 10.0, 10.0), &Options { clamp: false, ..Options::default() }).unwrap();
    assert_close(free.score, 20.0);
    // The as-of year hides later measurements; one point is no trend.
    assert!(trend(&l, &Options { as_of: Some(2013), ..Options::default() }).is_none());
    assert_eq!(trend(&l, &Options { as_of: Some(2014), ..Options::default() }).unwrap().points, 2);
    let mut below = scored("D", 2.6, 2.5, 2.6);
    below.target.as_mut().unwrap().kind = TargetKind::Below;
    assert!(trend(&below, &Options::default()).is_none());
}

#[test]
fn seek_1a_for_a_reading_of_2_gives_896_2() {
    let data = the_2014_data();
    let options = Options::from_spec(&data.method);
    let Seek::Value(v) = seek(&data.guideposts[0], "A", 2.0, &options).unwrap() else { panic!("reachable") };
    assert!((v - 896.2).abs() < 0.05, "{v}");
    // The reading with that status is exactly 2.
    let mut gp = data.guideposts[0].clone();
    gp.find_subgoal_mut("A").unwrap().measurements = vec![Point { year: 2014, value: v }];
    assert_close(evaluate_guidepost(&gp, &options).score.unwrap(), 2.0);
}

#[test]
fn seek_puts_the_reading_where_asked_under_every_option() {
    let data = the_2014_data();
    let gp = &data.guideposts[0];
    for missing in [Missing::Exclude, Missing::Zero] {
        for grouping in [Grouping::Nested, Grouping::Flat] {
            for weighting in [Weighting::Equal, Weighting::Population] {
                for clamp in [true, false] {
                    let o = Options { missing, grouping, weighting, clamp, as_of: None };
                    for (id, target_reading) in [("A", 2.0), ("D", 1.0), ("F1", 2.5), ("C", 0.0)] {
                        match seek(gp, id, target_reading, &o).unwrap() {
                            Seek::Value(v) => {
                                let mut trial = gp.clone();
                                trial.find_subgoal_mut(id).unwrap().measurements = vec![Point { year: 2014, value: v }];
                                assert_close(evaluate_guidepost(&trial, &o).score.unwrap(), target_reading);
                            }
                            Seek::Unreachable(why) => {
                                assert!(clamp, "without clamp every effective sub-goal can reach any reading: {id} {o:?}");
                                assert_eq!(why, Unreachable::OutOfRange);
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn seek_beyond_what_a_clamped_sub_goal_can_give_is_unreachable() {
    let gp = guidepost("1", vec![scoring("A", 0.0), scoring("B", 0.0)]);
    let o = Options::default();
    // A alone can add at most 5/2 to the reading.
    assert!(matches!(seek(&gp, "A", 2.5, &o).unwrap(), Seek::Value(v) if close(v, 5.0)));
    assert!(matches!(seek(&gp, "A", -2.5, &o).unwrap(), Seek::Value(v) if close(v, -5.0)));
    assert_eq!(seek(&gp, "A", 2.6, &o).unwrap(), Seek::Unreachable(Unreachable::OutOfRange));
    assert_eq!(seek(&gp, "A", -2.6, &o).unwrap(), Seek::Unreachable(Unreachable::OutOfRange));
    let free = Options { clamp: false, ..o };
    assert!(matches!(seek(&gp, "A", 4.0, &free).unwrap(), Seek::Value(v) if close(v, 8.0)));
}

#[test]
fn seek_says_why_it_cannot_answer() {
    let mut below = scored("C", 2.6, 2.5, 2.6);
    below.target.as_mut().unwrap().kind = TargetKind::Below;
    let mut gp = guidepost("1", vec![with_population(scoring("A", 1.0), 10.0), with_population(scoring("Z", 1.0), 0.0), below, leaf("N", None, None, Some(3.0)), group("F", vec![with_population(scoring("F1", 1.0), 5.0)])]);
    gp.weighting = Some(Weighting::Population);
    let o = Options::default();
    assert_eq!(seek(&gp, "C", 1.0, &o).unwrap(), Seek::Unreachable(Unreachable::NotScorable));
    assert_eq!(seek(&gp, "N", 1.0, &o).unwrap(), Seek::Unreachable(Unreachable::NotScorable));
    assert_eq!(seek(&gp, "Z", 2.0, &o).unwrap(), Seek::Unreachable(Unreachable::NoEffect));
    assert_eq!(seek(&gp, "F", 2.0, &o), Err(SeekError::IsGroup("F".into())));
    assert_eq!(seek(&gp, "Q", 2.0, &o), Err(SeekError::UnknownSubgoal("Q".into())));
    // A child of a group can be sought.
    assert!(matches!(seek(&gp, "F1", 1.0, &o).unwrap(), Seek::Value(_)));
}

#[test]
fn seek_respects_the_as_of_year() {
    let mut l = scored("A", 0.0, 1.0, 10.0);
    l.measurements.push(Point { year: 2016, value: 9.0 });
    let gp = guidepost("1", vec![l, scoring("B", 1.0)]);
    let o = Options { as_of: Some(2014), ..Options::default() };
    let Seek::Value(v) = seek(&gp, "A", 3.0, &o).unwrap() else { panic!() };
    assert_close(v, 10.0); // needs score 5, i.e. the target
}

#[test]
fn after_the_target_year_the_whole_way_is_expected() {
    let reached = scored("F2", 102.0, 100.0, 100.0);
    let t = on_track(&reached, &Options { as_of: Some(2018), ..Options::default() }).unwrap();
    assert_close(t.expected, 1.0);
    assert!(t.on_track);
}
