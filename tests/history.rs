//! The barometer over time (METHOD.md, "Change since an earlier year"), on
//! the fictitious 2015–2017 continuation of the 2014 data
//! (data/pejlemaerker-fiktiv-2015-2017.json, written by
//! scripts/fiktiv-2015-2017.py): readings per year equal `status --as-of`,
//! and each change and its first-measured part equal the definition,
//! computed here independently.

mod common;

use std::process::Command;

use barometer::io::json::parse_dataset;
use barometer::method::history::{history, years};
use barometer::method::{evaluate, GuidepostState, Options};
use barometer::model::{Dataset, Grouping, Missing, Point, Weighting};
use common::*;
use serde_json::Value;

const FICTIVE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/pejlemaerker-fiktiv-2015-2017.json");

fn fictive() -> Dataset {
    parse_dataset(&std::fs::read_to_string(FICTIVE).unwrap()).unwrap()
}

fn every_option() -> Vec<Options> {
    let mut out = Vec::new();
    for missing in [Missing::Exclude, Missing::Zero] {
        for grouping in [Grouping::Nested, Grouping::Flat] {
            for weighting in [Weighting::Equal, Weighting::Population] {
                out.push(Options { missing, grouping, weighting, clamp: true, as_of: None });
            }
        }
    }
    out
}

fn barometer(args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_barometer")).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_str(&String::from_utf8(out.stdout).unwrap()).unwrap()
}

#[test]
fn the_years_run_from_the_first_to_the_last_status() {
    assert_eq!(years(&the_2014_data()), [2014]);
    assert_eq!(years(&fictive()), [2014, 2015, 2016, 2017]);
    assert_eq!(years(&dataset(vec![])), Vec::<i32>::new());
    // A year between with no status at all is still a year of the barometer.
    let mut s = scored("A", 0.0, 1.0, 5.0);
    s.measurements.push(Point { year: 2016, value: 3.0 });
    assert_eq!(years(&dataset(vec![guidepost("1", vec![s])])), [2014, 2015, 2016]);
}

#[test]
fn each_years_reading_is_the_reading_as_of_that_year_for_every_option() {
    let data = fictive();
    for options in every_option() {
        let h = history(&data, &options);
        for (k, &year) in h.years.iter().enumerate() {
            let report = evaluate(&data, &Options { as_of: Some(year), ..options });
            for (g, r) in h.guideposts.iter().zip(&report.guideposts) {
                assert_eq!((g.readings[k].state, g.readings[k].score), (r.state, r.score), "{} as of {year}, {options:?}", g.id);
            }
        }
    }
}

/// R(y) − R*(y) by the definition: the dataset with the statuses of the
/// sub-goals first measured after `before` (none at or before it, one by
/// `year`) left out, read as of `year`.
fn first_measured_part(data: &Dataset, options: &Options, gp: usize, before: i32, year: i32) -> Option<f64> {
    let mut without = data.clone();
    let first = |m: &[Point]| !m.iter().any(|p| p.year <= before) && m.iter().any(|p| p.year <= year);
    for s in &mut without.guideposts[gp].subgoals {
        if first(&s.measurements) {
            s.measurements.clear();
        }
        for c in &mut s.children {
            if first(&c.measurements) {
                c.measurements.clear();
            }
        }
    }
    let at = Options { as_of: Some(year), ..*options };
    let now = &evaluate(data, &at).guideposts[gp];
    let star = &evaluate(&without, &at).guideposts[gp];
    Some(now.score? - star.score?)
}

#[test]
fn each_change_and_its_first_measured_part_follow_the_definition_for_every_option() {
    let data = fictive();
    let mut with_first = 0;
    for options in every_option() {
        let h = history(&data, &options);
        for (i, g) in h.guideposts.iter().enumerate() {
            assert_eq!((g.readings[0].change, g.readings[0].change_first_measured), (None, None), "the first year has no change");
            for k in 1..h.years.len() {
                let (r, prev) = (&g.readings[k], &g.readings[k - 1]);
                let scored = r.state == GuidepostState::Scored && prev.state == GuidepostState::Scored;
                if !scored {
                    assert_eq!((r.change, r.change_first_measured), (None, None), "{} {}", g.id, r.year);
                    continue;
                }
                assert_close(r.change.unwrap(), r.score.unwrap() - prev.score.unwrap());
                let expected = first_measured_part(&data, &options, i, h.years[k - 1], r.year).unwrap();
                assert_close(r.change_first_measured.unwrap(), expected);
                with_first += usize::from(!r.first_measured.is_empty());
            }
        }
    }
    assert!(with_first > 8, "the fictitious data has first measurements in scored years ({with_first})");
}

#[test]
fn a_sub_goal_first_measured_inside_a_group_moves_the_reading_with_no_progress_behind_it() {
    // A scores 2 both years; G's child G1 is measured first in 2015 (score 4), G2 never.
    let mut a = scoring("A", 2.0);
    a.measurements.push(Point { year: 2015, value: 2.0 });
    let mut g1 = no_status("G1");
    g1.measurements.push(Point { year: 2015, value: 4.0 });
    let data = dataset(vec![guidepost("1", vec![a, group("G", vec![g1, no_status("G2")])])]);
    // Missing = zero: 2014 (2 + 0) / 2 = 1; 2015 (2 + (4 + 0) / 2) / 2 = 2. All of +1 is G1's first measurement.
    let zero = Options { missing: Missing::Zero, ..Options::default() };
    let r = &history(&data, &zero).guideposts[0].readings[1];
    assert_eq!(r.first_measured, ["1.G1"]);
    assert_close(r.change.unwrap(), 1.0);
    assert_close(r.change_first_measured.unwrap(), 1.0);
    assert_eq!((r.measured, r.leaves), (2, 3));
    // Exclude: 2014 reads 2 (G counts nothing), 2015 (2 + 4) / 2 = 3: again all of it.
    let r = &history(&data, &Options::default()).guideposts[0].readings[1];
    assert_close(r.change.unwrap(), 1.0);
    assert_close(r.change_first_measured.unwrap(), 1.0);
    // In words, as the overview and the CLI say it.
    assert_eq!(
        barometer::i18n::change_since(1.0, 2014, r.change_first_measured, &["1.G1".into()]),
        "+1,0 siden 2014, heraf +1,0 fordi 1.G1 er målt første gang"
    );
}

#[test]
fn the_command_line_prints_the_history_as_json_and_in_danish() {
    let v = barometer(&["history", FICTIVE, "--json"]);
    assert_eq!(v["years"], serde_json::json!([2014, 2015, 2016, 2017]));
    let one = &v["guideposts"][0];
    assert_eq!(one["id"], "1");
    let keys: Vec<&str> = one["readings"][0].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["year", "state", "score", "change", "change_first_measured"]);
    assert_eq!(one["readings"][0]["change"], Value::Null);
    // state and score exactly as `status --as-of YEAR --json` gives them.
    for (k, year) in [2014, 2015, 2016, 2017].into_iter().enumerate() {
        let status = barometer(&["status", FICTIVE, "--as-of", &year.to_string(), "--json"]);
        for (g, s) in v["guideposts"].as_array().unwrap().iter().zip(status["guideposts"].as_array().unwrap()) {
            assert_eq!(g["readings"][k]["state"], s["state"], "{} {year}", g["id"]);
            assert_eq!(g["readings"][k]["score"], s["score"], "{} {year}", g["id"]);
        }
    }
    let text = Command::new(env!("CARGO_BIN_EXE_barometer")).args(["history", FICTIVE]).output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("2015: 0,4"), "{text}");
    assert!(text.contains("−1,2 siden 2014, heraf +0,5 fordi 1.D og 1.E er målt første gang"), "{text}");
    let single = Command::new(env!("CARGO_BIN_EXE_barometer")).args(["history", concat!(env!("CARGO_MANIFEST_DIR"), "/data/pejlemaerker-2014.json")]).output().unwrap();
    assert!(String::from_utf8(single.stdout).unwrap().contains("Kun ét år med status (2014): der er ingen udvikling at vise endnu."));
}

#[test]
fn the_fictitious_data_says_it_is_invented_and_is_the_2014_data_up_to_2014() {
    let data = fictive();
    assert!(data.title.as_deref().unwrap().starts_with("FIKTIVE DATA"));
    assert!(data.source.as_deref().unwrap().contains("OPFUNDET"));
    let as_2014 = Options { as_of: Some(2014), ..Options::from_spec(&data.method) };
    let real = the_2014_data();
    let (a, b) = (evaluate(&data, &as_2014), evaluate(&real, &Options { as_of: Some(2014), ..Options::from_spec(&real.method) }));
    for (x, y) in a.guideposts.iter().zip(&b.guideposts) {
        assert_eq!((x.state, x.score), (y.state, y.score), "{} as of 2014", x.id);
    }
}
