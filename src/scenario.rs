//! Scenarios: "what if" as a name plus overrides on the loaded dataset.
//!
//! A scenario never changes the dataset: `apply` returns a changed copy, and
//! the method reads that copy like any other data. "Base" is the scenario
//! with no overrides.

pub mod hindsight;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::method::projection::trend;
use crate::method::Options;
use crate::model::{Dataset, Grouping, Missing, Point, Subgoal, Target, TargetKind, Weighting};

/// The name of the scenario with no overrides.
pub const BASE: &str = "Base";

/// A named set of overrides.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Scenario {
    pub name: String,
    /// Per sub-goal address (`1.A`, `1.F1`): what this scenario changes.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub subgoals: BTreeMap<String, SubgoalOverride>,
    /// Method options this scenario sets; the rest come from the dataset.
    #[serde(skip_serializing_if = "MethodOverride::is_empty")]
    pub method: MethodOverride,
    /// Project every sub-goal to its target year on its current trend.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub project_to_target: bool,
    /// Per budget proposal id: whether this scenario counts it, and the
    /// effects the user assumes it has.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub proposals: BTreeMap<String, Assumption>,
    /// The last year with statuses in the data when the scenario was made:
    /// what it sets for later years is a forecast, held against the
    /// measurements once they come (`hindsight`). `None` for scenarios made
    /// before this was kept: every year counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measured_until: Option<i32>,
}

/// A budget proposal as a scenario assumes it. The effects are the user's
/// assumptions, never data, and are labelled so wherever they show.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Assumption {
    /// Switched on: its effects apply.
    pub on: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub effects: Vec<Effect>,
}

/// An assumed effect: the proposal changes a sub-goal's value in a year by
/// `change` (in the sub-goal's unit), on top of what the year's status is
/// without it (its measurement or scenario value, else the latest before it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Effect {
    pub subgoal: String,
    pub year: i32,
    pub change: f64,
}

/// What a scenario changes about one sub-goal.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SubgoalOverride {
    /// Status per year: replaces that year's measurement or adds one.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub status: BTreeMap<i32, f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_year: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_kind: Option<TargetKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub population: Option<f64>,
    /// `Some(false)` leaves the sub-goal out of the scenario entirely.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub included: Option<bool>,
}

impl SubgoalOverride {
    pub fn is_empty(&self) -> bool {
        *self == SubgoalOverride::default()
    }
}

/// Method options a scenario sets (each `None` keeps the dataset's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct MethodOverride {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing: Option<Missing>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grouping: Option<Grouping>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weighting: Option<Weighting>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clamp: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<i32>,
}

impl MethodOverride {
    pub fn is_empty(&self) -> bool {
        *self == MethodOverride::default()
    }

    /// The overrides that make `dataset_options` into `options`.
    pub fn between(dataset_options: &Options, options: &Options) -> MethodOverride {
        fn differs<T: PartialEq>(a: T, b: T) -> Option<T> {
            (a != b).then_some(b)
        }
        MethodOverride {
            missing: differs(dataset_options.missing, options.missing),
            grouping: differs(dataset_options.grouping, options.grouping),
            weighting: differs(dataset_options.weighting, options.weighting),
            clamp: differs(dataset_options.clamp, options.clamp),
            as_of: options.as_of,
        }
    }
}

impl Scenario {
    pub fn named(name: &str) -> Scenario {
        Scenario { name: name.to_string(), ..Scenario::default() }
    }

    /// A new scenario on `dataset`, knowing which years it had measured.
    pub fn new_on(dataset: &Dataset, name: &str) -> Scenario {
        Scenario { measured_until: dataset.status_years().last().copied(), ..Scenario::named(name) }
    }

    /// No overrides at all: reads exactly like the data.
    pub fn is_base_like(&self) -> bool {
        self.subgoals.values().all(SubgoalOverride::is_empty)
            && self.method.is_empty()
            && !self.project_to_target
            && !self.proposals.values().any(|a| a.on && !a.effects.is_empty())
    }

    /// The options this scenario reads the dataset with.
    pub fn options(&self, dataset: &Dataset) -> Options {
        let mut o = Options::from_spec(&dataset.method);
        let m = &self.method;
        o.missing = m.missing.unwrap_or(o.missing);
        o.grouping = m.grouping.unwrap_or(o.grouping);
        o.weighting = m.weighting.unwrap_or(o.weighting);
        o.clamp = m.clamp.unwrap_or(o.clamp);
        o.as_of = m.as_of;
        o
    }

    /// The override of one sub-goal, created empty if needed.
    pub fn subgoal_mut(&mut self, address: &str) -> &mut SubgoalOverride {
        self.subgoals.entry(address.to_string()).or_default()
    }

    /// Drops overrides that change nothing.
    pub fn tidy(&mut self) {
        self.subgoals.retain(|_, o| !o.is_empty());
        self.proposals.retain(|_, a| a.on || !a.effects.is_empty());
    }

    /// The assumption about one proposal, created (off, no effects) if needed.
    pub fn assumption_mut(&mut self, proposal: &str) -> &mut Assumption {
        self.proposals.entry(proposal.to_string()).or_default()
    }
}

/// The dataset as this scenario sees it.
pub fn apply(dataset: &Dataset, scenario: &Scenario) -> Dataset {
    let mut out = dataset.clone();
    let latest_target_year = dataset
        .guideposts
        .iter()
        .flat_map(|g| g.leaves())
        .filter_map(|l| l.target.map(|t| t.year))
        .max();
    for gp in &mut out.guideposts {
        let gp_id = gp.id.clone();
        for sg in &mut gp.subgoals {
            apply_to(sg, &format!("{gp_id}.{}", sg.id), scenario, latest_target_year);
            for child in &mut sg.children {
                apply_to(child, &format!("{gp_id}.{}", child.id), scenario, latest_target_year);
            }
            sg.children.retain(|c| included(scenario, &format!("{gp_id}.{}", c.id)));
        }
        gp.subgoals.retain(|s| included(scenario, &format!("{gp_id}.{}", s.id)));
    }
    for assumption in scenario.proposals.values().filter(|a| a.on) {
        for effect in &assumption.effects {
            if let Some(leaf) = leaf_mut(&mut out, &effect.subgoal) {
                add_effect(leaf, effect);
            }
        }
    }
    if scenario.project_to_target {
        let options = scenario.options(dataset);
        for leaf in out.guideposts.iter_mut().flat_map(crate::model::Guidepost::leaves_mut) {
            project(leaf, &options);
        }
    }
    out
}

/// The leaf at an address (`1.A`, `1.F1`), if there is one.
fn leaf_mut<'a>(dataset: &'a mut Dataset, address: &str) -> Option<&'a mut Subgoal> {
    let (g, s) = address.split_once('.')?;
    let gp = dataset.guideposts.iter_mut().find(|gp| gp.id == g)?;
    let leaf = gp.leaves_mut().find(|l| l.id == s)?;
    (!leaf.is_group()).then_some(leaf)
}

/// Adds an assumed effect to the year's value: its measurement, else the
/// latest before it, else the baseline; a leaf with none of them is left alone.
fn add_effect(leaf: &mut Subgoal, effect: &Effect) {
    let before = crate::method::status_of(leaf, Some(effect.year))
        .or(leaf.baseline.filter(|b| b.year <= effect.year))
        .map(|p| p.value);
    let Some(value) = before else { return };
    leaf.measurements.retain(|m| m.year != effect.year);
    leaf.measurements.push(Point { year: effect.year, value: value + effect.change });
}

fn included(scenario: &Scenario, address: &str) -> bool {
    scenario.subgoals.get(address).and_then(|o| o.included).unwrap_or(true)
}

fn apply_to(sg: &mut Subgoal, address: &str, scenario: &Scenario, latest_target_year: Option<i32>) {
    let Some(o) = scenario.subgoals.get(address) else {
        return;
    };
    if sg.is_group() {
        if o.population.is_some() {
            sg.population = o.population;
        }
        return;
    }
    for (&year, &value) in &o.status {
        sg.measurements.retain(|m| m.year != year);
        sg.measurements.push(Point { year, value });
    }
    if o.target_value.is_some() || o.target_year.is_some() || o.target_kind.is_some() {
        let year = o
            .target_year
            .or(sg.target.map(|t| t.year))
            .or(latest_target_year)
            .or(sg.baseline.map(|b| b.year + 1))
            .unwrap_or(0);
        let base = sg.target.unwrap_or(Target { year, value: sg.baseline.map_or(0.0, |b| b.value), kind: TargetKind::Value });
        sg.target = Some(Target {
            year,
            value: o.target_value.unwrap_or(base.value),
            // Setting a value on a direction-only target makes it a numeric one.
            kind: o.target_kind.unwrap_or(if o.target_value.is_some() { TargetKind::Value } else { base.kind }),
        });
    }
    if o.population.is_some() {
        sg.population = o.population;
    }
}

/// Adds the trend's value at the target year as that year's status.
fn project(leaf: &mut Subgoal, options: &Options) {
    let Some(t) = trend(leaf, options) else { return };
    leaf.measurements.retain(|m| m.year != t.target_year);
    leaf.measurements.push(Point { year: t.target_year, value: t.value });
}
