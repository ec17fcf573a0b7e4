//! The goal data: Rust types for the `barometer-dataset/1` format
//! (`shared/spec/DATASET.md`).
//!
//! These are plain values. Reading them from text is `io::json`'s job (it
//! names the JSON path of every problem); saving them is serde's
//! `Serialize`, so load → save → load gives the same `Dataset`. Fields the
//! format does not know are kept in `extra` and written back unchanged.

use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};

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

impl Subgoal {
    /// A group's score comes from its children; a leaf has values.
    pub fn is_group(&self) -> bool {
        !self.children.is_empty()
    }

    /// Every leaf at or below this sub-goal: itself, or its children.
    pub fn leaves(&self) -> Box<dyn Iterator<Item = &Subgoal> + '_> {
        if self.is_group() {
            Box::new(self.children.iter().flat_map(Subgoal::leaves))
        } else {
            Box::new(std::iter::once(self))
        }
    }

    /// The same leaves, for changing them (groups nest one level only).
    pub fn leaves_mut(&mut self) -> Vec<&mut Subgoal> {
        if self.is_group() {
            self.children.iter_mut().collect()
        } else {
            vec![self]
        }
    }

    /// A minimal leaf, for tests and builders.
    pub fn leaf(id: &str, title: &str) -> Subgoal {
        Subgoal {
            id: id.to_string(),
            title: title.to_string(),
            unit: None,
            baseline: None,
            measurements: Vec::new(),
            kind: SubgoalKind::Numeric,
            milestones: Vec::new(),
            target: None,
            population: None,
            weighting: None,
            proposed: false,
            proposed_removal: false,
            note: None,
            children: Vec::new(),
            extra: Map::new(),
        }
    }
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

impl Subgoal {
    pub fn is_milestone(&self) -> bool {
        self.kind == SubgoalKind::Milestone
    }

    /// A milestone sub-goal's latest status at or before `as_of` (`None`: the latest).
    pub fn milestone_at(&self, as_of: Option<i32>) -> Option<&Milestone> {
        self.milestones.iter().filter(|m| as_of.is_none_or(|y| m.year <= y)).max_by_key(|m| m.year)
    }
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

impl Dataset {
    /// Every year in which some sub-goal has a status (a measurement or a
    /// milestone's status), in order.
    pub fn status_years(&self) -> std::collections::BTreeSet<i32> {
        self.guideposts
            .iter()
            .flat_map(Guidepost::leaves)
            .flat_map(|l| l.measurements.iter().map(|m| m.year).chain(l.milestones.iter().map(|m| m.year)))
            .collect()
    }

    /// How many leaf sub-goals have a status in `year`, of how many: "31 af 47".
    pub fn measured_in(&self, year: i32) -> (usize, usize) {
        let leaves = || self.guideposts.iter().flat_map(Guidepost::leaves);
        let measured = leaves().filter(|l| l.measurements.iter().any(|m| m.year == year) || l.milestones.iter().any(|m| m.year == year)).count();
        (measured, leaves().count())
    }

    /// An empty dataset of the current format.
    pub fn new() -> Dataset {
        Dataset {
            format: FORMAT.to_string(),
            title: None,
            source: None,
            method: MethodSpec::default(),
            guideposts: Vec::new(),
            proposals: Vec::new(),
            extra: Map::new(),
        }
    }

    /// The proposals that support a guidepost, in the dataset's order.
    pub fn proposals_for<'a>(&'a self, guidepost: &'a str) -> impl Iterator<Item = &'a Proposal> + 'a {
        self.proposals.iter().filter(move |p| p.guideposts.iter().any(|g| g == guidepost))
    }

    /// Every milestone status at `as_of` (`None`: latest) with how many of the
    /// guidepost's milestone sub-goals have it; a milestone with no status yet is not counted.
    pub fn milestone_counts(guidepost: &Guidepost, as_of: Option<i32>) -> Vec<(MilestoneStatus, usize)> {
        let statuses: Vec<MilestoneStatus> = guidepost.leaves().filter_map(|l| l.milestone_at(as_of)).map(|m| m.status).collect();
        MilestoneStatus::ALL.iter().map(|s| (*s, statuses.iter().filter(|x| *x == s).count())).collect()
    }

    /// The sub-goal at an address such as `1.A` or `1.F1`.
    pub fn subgoal(&self, address: &str) -> Option<(&Guidepost, &Subgoal)> {
        let (gp_id, sg_id) = address.split_once('.')?;
        let gp = self.guideposts.iter().find(|g| g.id == gp_id)?;
        let sg = gp.find_subgoal(sg_id)?;
        Some((gp, sg))
    }
}

impl Default for Dataset {
    fn default() -> Self {
        Dataset::new()
    }
}

impl Guidepost {
    /// A guidepost with no sub-goals yet.
    pub fn new(id: &str, title: &str) -> Guidepost {
        Guidepost {
            id: id.to_string(),
            title: title.to_string(),
            target_groups: Vec::new(),
            published: None,
            weighting: None,
            initiatives: Vec::new(),
            note: None,
            subgoals: Vec::new(),
            extra: Map::new(),
        }
    }

    /// A sub-goal by id, at the top level or inside a group.
    pub fn find_subgoal(&self, id: &str) -> Option<&Subgoal> {
        find_in(&self.subgoals, id)
    }

    /// The same, for changing it.
    pub fn find_subgoal_mut(&mut self, id: &str) -> Option<&mut Subgoal> {
        let top = self.subgoals.iter().position(|s| s.id == id);
        match top {
            Some(i) => Some(&mut self.subgoals[i]),
            None => self
                .subgoals
                .iter_mut()
                .flat_map(|s| s.children.iter_mut())
                .find(|c| c.id == id),
        }
    }

    /// Every leaf sub-goal of the guidepost, groups opened.
    pub fn leaves(&self) -> impl Iterator<Item = &Subgoal> {
        self.subgoals.iter().flat_map(Subgoal::leaves)
    }

    /// Every leaf sub-goal of the guidepost, for changing them.
    pub fn leaves_mut(&mut self) -> impl Iterator<Item = &mut Subgoal> {
        self.subgoals.iter_mut().flat_map(Subgoal::leaves_mut)
    }

    /// Whether the guidepost is read in words only: it has sub-goals, and
    /// every one is a milestone (no reading on the −5…+5 scale).
    pub fn in_words_only(&self) -> bool {
        self.leaves().next().is_some() && self.leaves().all(Subgoal::is_milestone)
    }
}

fn find_in<'a>(subgoals: &'a [Subgoal], id: &str) -> Option<&'a Subgoal> {
    subgoals
        .iter()
        .find(|s| s.id == id)
        .or_else(|| subgoals.iter().find_map(|s| find_in(&s.children, id)))
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
