//! Small builders for the native tests.
#![allow(dead_code)]

use barometer::model::{Dataset, Guidepost, Point, Subgoal, Target, TargetKind};
use serde_json::Map;

/// A leaf with baseline `b` (2013), optional status `s` (2014) and target `t` (2017).
pub fn leaf(id: &str, b: Option<f64>, s: Option<f64>, t: Option<f64>) -> Subgoal {
    let mut l = Subgoal::leaf(id, &format!("delmål {id}"));
    l.baseline = b.map(|value| Point { year: 2013, value });
    l.measurements = s.map(|value| Point { year: 2014, value }).into_iter().collect();
    l.target = t.map(|value| Target { year: 2017, value, kind: TargetKind::Value });
    l
}

pub fn scored(id: &str, b: f64, s: f64, t: f64) -> Subgoal {
    leaf(id, Some(b), Some(s), Some(t))
}

/// A leaf whose score is exactly `score` (baseline 0, target 5, status = score).
pub fn scoring(id: &str, score: f64) -> Subgoal {
    scored(id, 0.0, score, 5.0)
}

pub fn no_status(id: &str) -> Subgoal {
    leaf(id, Some(0.0), None, Some(5.0))
}

pub fn group(id: &str, children: Vec<Subgoal>) -> Subgoal {
    let mut g = Subgoal::leaf(id, &format!("gruppe {id}"));
    g.children = children;
    g
}

pub fn with_population(mut s: Subgoal, p: f64) -> Subgoal {
    s.population = Some(p);
    s
}

pub fn guidepost(id: &str, subgoals: Vec<Subgoal>) -> Guidepost {
    Guidepost { subgoals, ..Guidepost::new(id, &format!("pejlemærke {id}")) }
}

pub fn dataset(guideposts: Vec<Guidepost>) -> Dataset {
    let mut d = Dataset::new();
    d.guideposts = guideposts;
    d
}

pub fn the_2014_data() -> Dataset {
    barometer::data::pejlemaerker_2014().expect("the embedded 2014 dataset reads")
}

pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[track_caller]
pub fn assert_close(actual: f64, expected: f64) {
    assert!(close(actual, expected), "expected {expected}, got {actual}");
}
