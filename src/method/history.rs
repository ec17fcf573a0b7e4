//! The barometer over time (METHOD.md, "Change since an earlier year"):
//! each guidepost's reading as of every year from the first to the last in
//! which any sub-goal has a status, the change since the year before, and
//! how much of that change comes from sub-goals measured for the first
//! time — which, under missing = zero, moves a reading with no progress
//! behind it, and must not be read as progress.

use super::{evaluate, evaluate_guidepost, status_of, GuidepostState, Options};
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
    /// Those sub-goals (ids within the guidepost, children by their own id).
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
/// (whose own `as_of` is replaced by each year in turn).
pub fn history(dataset: &Dataset, options: &Options) -> History {
    let years = years(dataset);
    let as_of = |y: i32| Options { as_of: Some(y), ..*options };
    let reports: Vec<_> = years.iter().map(|&y| evaluate(dataset, &as_of(y))).collect();
    let guideposts = dataset
        .guideposts
        .iter()
        .enumerate()
        .map(|(i, gp)| {
            let readings = years
                .iter()
                .enumerate()
                .map(|(k, &year)| {
                    let r = &reports[k].guideposts[i];
                    let leaves: Vec<&Subgoal> = gp.leaves().collect();
                    let measured = leaves.iter().filter(|l| l.measurements.iter().any(|m| m.year == year)).count();
                    let mut reading = YearReading {
                        year,
                        state: r.state,
                        score: r.score,
                        change: None,
                        change_first_measured: None,
                        first_measured: Vec::new(),
                        measured,
                        leaves: leaves.len(),
                    };
                    if k > 0 {
                        let before = years[k - 1];
                        reading.first_measured = first_measured(gp, before, year);
                        let then = &reports[k - 1].guideposts[i];
                        let scored = |state| state == GuidepostState::Scored;
                        if let (Some(now), Some(then)) = (r.score.filter(|_| scored(r.state)), then.score.filter(|_| scored(then.state))) {
                            reading.change = Some(now - then);
                            reading.change_first_measured = if reading.first_measured.is_empty() {
                                Some(0.0)
                            } else {
                                let without = without_statuses(gp, &reading.first_measured);
                                evaluate_guidepost(&without, &as_of(year)).score.map(|s| now - s)
                            };
                        }
                    }
                    reading
                })
                .collect();
            GuidepostHistory { id: gp.id.clone(), readings }
        })
        .collect();
    History { years, guideposts }
}

/// Leaves with no status at or before `before` and one by `year`.
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
