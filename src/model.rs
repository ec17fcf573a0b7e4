//! The goal data: Rust types for the `barometer-dataset/1` format
//! (`shared/spec/DATASET.md`).
//!
//! These are plain values. Reading them from text is `io::json`'s job (it
//! names the JSON path of every problem); saving them is serde's
//! `Serialize`, so load → save → load gives the same `Dataset`. Fields the
//! format does not know are kept in `extra` and written back unchanged.

use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};

mod queries;

/// The value of the `format` field.
pub const FORMAT: &str = "barometer-dataset/1";

/// One file of goal data: the guideposts, their sub-goals and how to read them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dataset {
    pub format: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "MethodSpec::is_empty")]
    pub method: MethodSpec,
    pub guideposts: Vec<Guidepost>,
    /// Budget proposals (budgetforslag) and the guideposts they support.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub proposals: Vec<Proposal>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A budget proposal, e.g. `Ø201` "Fleksibel bostøtte …". Its effect on the
/// sub-goals is never data: a scenario may assume one (`scenario::Assumption`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Proposal {
    pub id: String,
    pub title: String,
    /// The ids of the guideposts it supports.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub guideposts: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The method options a dataset asks for; each one may be left to the default.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct MethodSpec {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing: Option<Missing>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grouping: Option<Grouping>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weighting: Option<Weighting>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clamp: Option<bool>,
}

impl MethodSpec {
    pub fn is_empty(&self) -> bool {
        *self == MethodSpec::default()
    }
}

/// How a sub-goal without a status counts (METHOD.md, *missing*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Missing {
    /// Left out of the mean (the source's footnote 1).
    #[default]
    Exclude,
    /// Counted as score 0.
    Zero,
}

/// Whether a group is one item of its guidepost or its children are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grouping {
    #[default]
    Nested,
    Flat,
}

/// How the items of an aggregate are weighted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weighting {
    #[default]
    Equal,
    Population,
}

/// A political guidepost (pejlemærke) with its sub-goals.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Guidepost {
    pub id: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Published>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weighting: Option<Weighting>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub initiatives: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub subgoals: Vec<Subgoal>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The figure the source prints for a guidepost.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Published {
    /// `{"score": 1.6}`
    Score(#[serde(serialize_with = "number")] f64),
    /// `{"state": "baseline_only"}` or `{"state": "no_data"}`
    State(PublishedState),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PublishedState {
    BaselineOnly,
    NoData,
}

/// A sub-goal (delmål). With `children` it is a group and has no values of its own.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Subgoal {
    pub id: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Point>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub measurements: Vec<Point>,
    /// `milestone`: a goal tracked in words, not numbers (see `milestones`).
    #[serde(skip_serializing_if = "SubgoalKind::is_numeric")]
    pub kind: SubgoalKind,
    /// A milestone sub-goal's status per year; in the file, its `measurements`.
    /// Never part of a numeric reading.
    #[serde(rename = "measurements", skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "opt_number")]
    pub population: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weighting: Option<Weighting>,
    #[serde(skip_serializing_if = "is_false")]
    pub proposed: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub proposed_removal: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Subgoal>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What a sub-goal measures: numbers (the barometer's) or milestones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SubgoalKind {
    #[default]
    Numeric,
    Milestone,
}

impl SubgoalKind {
    pub fn is_numeric(&self) -> bool {
        *self == SubgoalKind::Numeric
    }
}

/// A milestone sub-goal's status in a year, with the source's words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Milestone {
    pub year: i32,
    pub status: MilestoneStatus,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
}

/// How far a qualitative goal has come ("Målet er nået", "skubbet et år", …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneStatus {
    Met,
    InProgress,
    Postponed,
    NotMet,
    Dropped,
}

impl MilestoneStatus {
    pub const ALL: [MilestoneStatus; 5] = [
        MilestoneStatus::Met,
        MilestoneStatus::InProgress,
        MilestoneStatus::Postponed,
        MilestoneStatus::NotMet,
        MilestoneStatus::Dropped,
    ];
    pub const WORDS: &'static [&'static str] = &["met", "in_progress", "postponed", "not_met", "dropped"];
}

/// A value measured (or set) in a year: a baseline or a status.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Point {
    pub year: i32,
    #[serde(serialize_with = "number")]
    pub value: f64,
}

/// What counts as goal reached (+5).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Target {
    pub year: i32,
    #[serde(serialize_with = "number")]
    pub value: f64,
    #[serde(skip_serializing_if = "TargetKind::is_value")]
    pub kind: TargetKind,
}

/// A numeric target, or only a direction (`<1,1%`), which cannot be scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    #[default]
    Value,
    Below,
    Above,
}

impl TargetKind {
    fn is_value(&self) -> bool {
        *self == TargetKind::Value
    }
}

/// What a sub-goal's numbers are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A number of people, cases, …
    Count,
    /// 95.9 means 95,9 %.
    Percent,
    /// Any other number.
    Rate,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Whole numbers are written without a fraction (`859`, not `859.0`), so a
/// saved file reads like the source.
fn number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

fn opt_number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => number(v, s),
        None => s.serialize_none(),
    }
}
