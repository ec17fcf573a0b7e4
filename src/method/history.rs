//! The barometer over time (METHOD.md, "Change since an earlier year"):
//! each guidepost's reading as of every year from the first to the last in
//! which any sub-goal has a status, the change since the year before, and
//! how much of that change comes from sub-goals measured for the first
//! time — which, under missing = zero, moves a reading with no progress
//! behind it, and must not be read as progress.

use super::readings::{reading, Reading};
use super::{status_of, GuidepostState, Options};
use crate::model::{Dataset, Guidepost, Subgoal};

/// Every guidepost's readings, year by year.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    pub years: Vec<i32>,
    pub guideposts: Vec<GuidepostHistory>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GuidepostHistory {
    pub id: String,
    /// One per year of `History::years`, in order.
    pub readings: Vec<YearReading>,
}

/// A guidepost read as of one year.
#[derive(Debug, Clone, PartialEq)]
pub struct YearReading {
    pub year: i32,
    pub state: GuidepostState,
    pub score: Option<f64>,
    /// `R(y) − R(y′)` against the previous listed year; `None` for the first
    /// year or where either reading is not scored (a baseline-only 0 is not a score).
    pub change: Option<f64>,
    /// The part of `change` from sub-goals first measured after `y′`:
    /// `R(y) − R*(y)`, with their statuses left out of `R*`.
    pub change_first_measured: Option<f64>,
    /// Those sub-goals, by address ("1.D"; a group's child by its own id, "2.C1").
    pub first_measured: Vec<String>,
    /// Leaf sub-goals with a status in exactly this year, of `leaves`.
    pub measured: usize,
    pub leaves: usize,
}

/// The years from the first to the last in which any sub-goal has a status
/// (a measurement or a milestone's status); empty when none has.
pub fn years(dataset: &Dataset) -> Vec<i32> {
    let all = dataset.status_years();
    match (all.first(), all.last()) {
        (Some(&first), Some(&last)) => (first..=last).collect(),
        _ => Vec::new(),
    }
}

/// Each guidepost's reading as of each of `years(dataset)` under `options`
/// (whose own `as_of` is replaced by each year in turn). It runs on every
/// change the screen shows, so it takes the method's fast path
/// (`readings::reading`, held equal to `evaluate` by tests/readings.rs).
pub fn history(dataset: &Dataset, options: &Options) -> History {
    let years = years(dataset);
    let as_of = |y: i32| Options { as_of: Some(y), ..*options };
    let scored = |r: &Reading| r.score.filter(|_| r.state == GuidepostState::Scored);
    let guideposts = dataset
        .guideposts
        .iter()
        .map(|gp| {
            let leaves: Vec<&Subgoal> = gp.leaves().collect();
            let by_year: Vec<Reading> = years.iter().map(|&y| reading(gp, &as_of(y))).collect();
            let readings = years
                .iter()
                .enumerate()
                .map(|(k, &year)| {
                    let r = &by_year[k];
                    let mut out = YearReading {
                        year,
                        state: r.state,
                        score: r.score,
                        change: None,
                        change_first_measured: None,
                        first_measured: Vec::new(),
                        measured: leaves.iter().filter(|l| l.measurements.iter().any(|m| m.year == year)).count(),
                        leaves: leaves.len(),
                    };
                    if k > 0 {
                        let first = first_measured(gp, years[k - 1], year);
                        if let (Some(now), Some(then)) = (scored(r), scored(&by_year[k - 1])) {
                            out.change = Some(now - then);
                            out.change_first_measured = if first.is_empty() {
                                Some(0.0)
                            } else {
                                reading(&without_statuses(gp, &first), &as_of(year)).score.map(|s| now - s)
                            };
                        }
                        out.first_measured = first.iter().map(|id| format!("{}.{id}", gp.id)).collect();
                    }
                    out
                })
                .collect();
            GuidepostHistory { id: gp.id.clone(), readings }
        })
        .collect();
    History { years, guideposts }
}

/// Ids of the leaves with no status at or before `before` and one by `year`.
fn first_measured(gp: &Guidepost, before: i32, year: i32) -> Vec<String> {
    gp.leaves()
        .filter(|l| !l.is_milestone() && status_of(l, Some(before)).is_none() && status_of(l, Some(year)).is_some())
        .map(|l| l.id.clone())
        .collect()
}

/// The guidepost with the statuses of these leaves left out.
fn without_statuses(gp: &Guidepost, ids: &[String]) -> Guidepost {
    let mut gp = gp.clone();
    for leaf in gp.leaves_mut().filter(|l| ids.contains(&l.id)) {
        leaf.measurements.clear();
    }
    gp
}
