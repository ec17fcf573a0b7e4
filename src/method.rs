//! The barometer method (`shared/spec/METHOD.md`): how goal data becomes one
//! reading per guidepost on the scale −5 … +5.
//!
//! Everything here is a pure function of a dataset and `Options`. Results
//! explain themselves: each sub-goal carries its state, score, whether it
//! counted and with what weight, and each aggregate the warnings the UI must
//! show. On-track and trend projection live in `method::projection`, goal
//! seek in `method::seek`; the weighted mean in `method::aggregate`; the
//! readings alone, without allocating, in `method::readings`.

mod aggregate;
pub mod history;
pub mod projection;
pub mod readings;
pub mod seek;

pub use readings::{reading, readings, Reading};

use aggregate::aggregate;
pub(crate) use aggregate::{group_state, Mean};

use crate::model::{
    Dataset, Grouping, Guidepost, MethodSpec, Missing, Point, Subgoal, TargetKind, Weighting,
};

/// The method options (METHOD.md) plus the as-of year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Options {
    pub missing: Missing,
    pub grouping: Grouping,
    /// The default weighting; a guidepost's or group's own `weighting` wins.
    pub weighting: Weighting,
    pub clamp: bool,
    /// Use the latest measurement at or before this year; `None`: the latest there is.
    pub as_of: Option<i32>,
}

impl Default for Options {
    fn default() -> Self {
        Options::from_spec(&MethodSpec::default())
    }
}

impl Options {
    /// The options a dataset asks for, defaults where it is silent.
    pub fn from_spec(spec: &MethodSpec) -> Options {
        Options {
            missing: spec.missing.unwrap_or_default(),
            grouping: spec.grouping.unwrap_or_default(),
            weighting: spec.weighting.unwrap_or_default(),
            clamp: spec.clamp.unwrap_or(true),
            as_of: None,
        }
    }
}

/// The state of a sub-goal (leaf or group).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubgoalState {
    Scored,
    /// No baseline: never counts.
    NoBaseline,
    /// No numeric target (missing, direction-only, or equal to the baseline): never counts.
    NoTarget,
    /// A baseline and target but no status (yet): see *missing*.
    NoStatus,
}

impl SubgoalState {
    pub fn code(self) -> &'static str {
        match self {
            SubgoalState::Scored => "scored",
            SubgoalState::NoBaseline => "no_baseline",
            SubgoalState::NoTarget => "no_target",
            SubgoalState::NoStatus => "no_status",
        }
    }
}

/// Why a sub-goal has no numeric target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoTarget {
    Missing,
    /// `<1,1%`: a direction, not a value.
    DirectionOnly,
    /// Target equals baseline: no distance to measure progress on.
    EqualsBaseline,
}

/// The state of a guidepost's reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuidepostState {
    Scored,
    /// Nothing scored but some baseline: reads 0, "0 (kun baseline-målinger)".
    BaselineOnly,
    /// Not even a baseline: reads "–".
    NoData,
}

impl GuidepostState {
    pub fn code(self) -> &'static str {
        match self {
            GuidepostState::Scored => "scored",
            GuidepostState::BaselineOnly => "baseline_only",
            GuidepostState::NoData => "no_data",
        }
    }
}

/// How an item took part in the aggregate it belongs to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Part {
    /// Counted with this share of the aggregate (shares sum to 1).
    Counted { share: f64, as_zero: bool },
    /// Not counted, and why.
    Left(Reason),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    NoBaseline,
    NoTarget(NoTarget),
    /// No status and *missing* is `exclude`.
    NoStatus,
    /// A group under *flat* grouping: its children count instead.
    Flattened,
}

/// One sub-goal's result.
#[derive(Debug, Clone, PartialEq)]
pub struct SubgoalResult {
    pub id: String,
    pub state: SubgoalState,
    /// The score (clamped when *clamp* is on); `Some` only when scored.
    pub score: Option<f64>,
    /// `5·p` before clamping (leaves only).
    pub raw_score: Option<f64>,
    /// `p = (s − b) / (t − b)` (leaves only).
    pub progress: Option<f64>,
    /// The measurement used as status (leaves only).
    pub status: Option<Point>,
    pub no_target: Option<NoTarget>,
    /// Its part in the parent aggregate (the guidepost, or its group when nested).
    pub part: Part,
    /// A group's children; empty for a leaf.
    pub children: Vec<SubgoalResult>,
    /// Set when a group's population weighting fell back to equal weights.
    pub fallback: Option<Fallback>,
}

/// A population-weighted aggregate that fell back to equal weights, and the
/// counted items that lacked a population.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fallback {
    pub lacking: Vec<String>,
}

/// One guidepost's reading and everything behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct GuidepostResult {
    pub id: String,
    pub state: GuidepostState,
    /// The reading: the mean when scored, 0 when baseline-only, `None` when no data.
    pub score: Option<f64>,
    /// The weighting this guidepost's own aggregate asked for.
    pub weighting: Weighting,
    pub fallback: Option<Fallback>,
    /// The sub-goals in the data's shape, each with its part.
    pub subgoals: Vec<SubgoalResult>,
    /// The expected reading on the straight path (METHOD.md, "On track, for
    /// a guidepost"); `Some` only when scored. Ahead when `score ≥ expected`.
    pub expected: Option<f64>,
}

impl GuidepostResult {
    /// Ahead of (`true`) or behind the straight path; `None` unless scored.
    pub fn on_track(&self) -> Option<bool> {
        Some(self.score? >= self.expected?)
    }

    /// Every population fallback in this guidepost: (where, which items lacked one).
    pub fn fallbacks(&self) -> Vec<(String, &Fallback)> {
        let own = self.fallback.iter().map(|f| (self.id.clone(), f));
        let groups = self.subgoals.iter().filter_map(|s| {
            s.fallback
                .as_ref()
                .map(|f| (format!("{}.{}", self.id, s.id), f))
        });
        own.chain(groups).collect()
    }
}

/// The readings of a whole dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub options: Options,
    pub guideposts: Vec<GuidepostResult>,
}

/// Scores every guidepost of a dataset.
pub fn evaluate(dataset: &Dataset, options: &Options) -> Report {
    Report {
        options: *options,
        guideposts: dataset
            .guideposts
            .iter()
            .map(|g| evaluate_guidepost(g, options))
            .collect(),
    }
}

/// The status of a leaf: its latest measurement at or before the as-of year.
pub fn status_of(subgoal: &Subgoal, as_of: Option<i32>) -> Option<Point> {
    subgoal
        .measurements
        .iter()
        .filter(|m| as_of.is_none_or(|y| m.year <= y))
        .max_by_key(|m| m.year)
        .copied()
}

/// The baseline of a leaf as known at the as-of year: a baseline set after
/// it (4.A's and 9.C's are from 2014) did not exist yet.
pub fn baseline_of(subgoal: &Subgoal, as_of: Option<i32>) -> Option<Point> {
    subgoal
        .baseline
        .filter(|b| as_of.is_none_or(|y| b.year <= y))
}

/// Why a leaf has no numeric target, if it has none.
pub fn no_target(subgoal: &Subgoal) -> Option<NoTarget> {
    match (&subgoal.target, &subgoal.baseline) {
        (None, _) => Some(NoTarget::Missing),
        (Some(t), _) if t.kind != TargetKind::Value => Some(NoTarget::DirectionOnly),
        (Some(t), Some(b)) if t.value == b.value => Some(NoTarget::EqualsBaseline),
        _ => None,
    }
}

/// A leaf's scoring without its explanation: shared by `score_leaf` and
/// the allocation-free `readings`, so both follow the one rule.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LeafScore {
    pub state: SubgoalState,
    pub no_target: Option<NoTarget>,
    pub status: Option<Point>,
    /// `p = (s − b) / (t − b)`, when scored.
    pub progress: Option<f64>,
}

impl LeafScore {
    /// The score (clamped when *clamp* is on), when scored.
    pub fn score(&self, options: &Options) -> Option<f64> {
        self.progress.map(|p| clamp(5.0 * p, options.clamp))
    }
}

/// METHOD.md, "Scoring one sub-goal".
pub(crate) fn leaf_score(leaf: &Subgoal, options: &Options) -> LeafScore {
    let mut r = LeafScore {
        state: SubgoalState::NoBaseline,
        no_target: None,
        status: status_of(leaf, options.as_of),
        progress: None,
    };
    let Some(baseline) = baseline_of(leaf, options.as_of) else {
        return r;
    };
    if let Some(why) = no_target(leaf) {
        r.state = SubgoalState::NoTarget;
        r.no_target = Some(why);
        return r;
    }
    let target = leaf.target.map(|t| t.value).unwrap_or(baseline.value);
    let Some(status) = r.status else {
        r.state = SubgoalState::NoStatus;
        return r;
    };
    let p = (status.value - baseline.value) / (target - baseline.value);
    if !p.is_finite() {
        // Only absurd numbers get here (a target a hair from its baseline):
        // no distance to measure progress on.
        r.state = SubgoalState::NoTarget;
        r.no_target = Some(NoTarget::EqualsBaseline);
        return r;
    }
    r.state = SubgoalState::Scored;
    r.progress = Some(p);
    r
}

/// Scores one leaf with its explanation. Its `part` is left for the
/// aggregate to fill in.
pub fn score_leaf(leaf: &Subgoal, options: &Options) -> SubgoalResult {
    let l = leaf_score(leaf, options);
    SubgoalResult {
        id: leaf.id.clone(),
        state: l.state,
        score: l.score(options),
        raw_score: l.progress.map(|p| 5.0 * p),
        progress: l.progress,
        status: l.status,
        no_target: l.no_target,
        part: Part::Left(Reason::NoBaseline),
        children: Vec::new(),
        fallback: None,
    }
}

/// Unclamped scores stop at ±1.000.000, so sums and means stay finite.
pub const UNCLAMPED_LIMIT: f64 = 1e6;

fn clamp(score: f64, on: bool) -> f64 {
    if on {
        score.clamp(-5.0, 5.0)
    } else {
        score.clamp(-UNCLAMPED_LIMIT, UNCLAMPED_LIMIT)
    }
}

/// Scores one guidepost (METHOD.md, "Aggregating").
pub fn evaluate_guidepost(guidepost: &Guidepost, options: &Options) -> GuidepostResult {
    let mut subgoals: Vec<SubgoalResult> = guidepost
        .subgoals
        .iter()
        .map(|s| evaluate_subgoal(s, options))
        .collect();
    let weighting = guidepost.weighting.unwrap_or(options.weighting);

    // The items of the guidepost's own aggregate, with their populations.
    let aggregate = match options.grouping {
        Grouping::Nested => {
            let populations: Vec<Option<f64>> =
                guidepost.subgoals.iter().map(population_of).collect();
            let mut items: Vec<&mut SubgoalResult> = subgoals.iter_mut().collect();
            aggregate(&mut items, &populations, options.missing, weighting)
        }
        Grouping::Flat => {
            let populations: Vec<Option<f64>> = guidepost.leaves().map(|l| l.population).collect();
            let mut items: Vec<&mut SubgoalResult> = Vec::new();
            for s in subgoals.iter_mut() {
                if s.children.is_empty() {
                    items.push(s);
                } else {
                    // The group's own aggregate is not used, so neither is its weighting.
                    s.part = Part::Left(Reason::Flattened);
                    s.fallback = None;
                    items.extend(s.children.iter_mut());
                }
            }
            aggregate(&mut items, &populations, options.missing, weighting)
        }
    };

    let (state, score) = if aggregate.any_scored {
        (GuidepostState::Scored, aggregate.mean)
    } else if guidepost
        .leaves()
        .any(|l| baseline_of(l, options.as_of).is_some())
    {
        (GuidepostState::BaselineOnly, Some(0.0))
    } else {
        (GuidepostState::NoData, None)
    };
    let expected = (state == GuidepostState::Scored)
        .then(|| projection::expected_reading(guidepost, &subgoals, options));
    GuidepostResult {
        id: guidepost.id.clone(),
        state,
        score,
        weighting,
        fallback: aggregate.fallback,
        subgoals,
        expected,
    }
}

/// A leaf's score, or a group's from its children (the group's own
/// aggregate is computed under either grouping, so the UI can show it).
fn evaluate_subgoal(subgoal: &Subgoal, options: &Options) -> SubgoalResult {
    if !subgoal.is_group() {
        return score_leaf(subgoal, options);
    }
    let mut children: Vec<SubgoalResult> = subgoal
        .children
        .iter()
        .map(|c| score_leaf(c, options))
        .collect();
    let populations: Vec<Option<f64>> = subgoal.children.iter().map(|c| c.population).collect();
    let weighting = subgoal.weighting.unwrap_or(options.weighting);
    let agg = {
        let mut items: Vec<&mut SubgoalResult> = children.iter_mut().collect();
        aggregate(&mut items, &populations, options.missing, weighting)
    };
    let has = |state| children.iter().any(|c| c.state == state);
    let state = group_state(
        agg.any_scored,
        has(SubgoalState::NoStatus),
        has(SubgoalState::NoTarget),
    );
    SubgoalResult {
        id: subgoal.id.clone(),
        state,
        score: agg.mean.filter(|_| agg.any_scored),
        raw_score: None,
        progress: None,
        status: None,
        no_target: children
            .iter()
            .find_map(|c| c.no_target)
            .filter(|_| state == SubgoalState::NoTarget),
        part: Part::Left(Reason::NoBaseline),
        children,
        fallback: agg.fallback,
    }
}

/// A sub-goal's population: its own, or for a group without one the sum of
/// its children's when every child has one.
pub fn population_of(subgoal: &Subgoal) -> Option<f64> {
    subgoal.population.or_else(|| {
        if subgoal.is_group() {
            subgoal.children.iter().map(|c| c.population).sum()
        } else {
            None
        }
    })
}
