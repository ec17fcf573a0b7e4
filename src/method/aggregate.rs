//! Aggregating (METHOD.md): the weighted mean of a group's or guidepost's
//! items under *missing* and *weighting*, with each item's part in it and the
//! population fallback. `Mean` is the one running sum both `evaluate` and the
//! allocation-free `readings` use.

use super::{Fallback, NoTarget, Part, Reason, SubgoalResult, SubgoalState};
use crate::model::{Missing, Weighting};

pub(super) struct Aggregate {
    pub any_scored: bool,
    /// The weighted mean of the counted items (`None` when none counted).
    pub mean: Option<f64>,
    pub fallback: Option<Fallback>,
}

/// The group state of items none of which scored (METHOD.md: a group takes
/// the "best" state among its children).
pub(crate) fn group_state(
    any_scored: bool,
    has_no_status: bool,
    has_no_target: bool,
) -> SubgoalState {
    if any_scored {
        SubgoalState::Scored
    } else if has_no_status {
        SubgoalState::NoStatus
    } else if has_no_target {
        SubgoalState::NoTarget
    } else {
        SubgoalState::NoBaseline
    }
}

/// The running sums of one aggregate, kept for both weightings at once so
/// that one pass over the items decides the weighting at the end. The sums
/// run in item order, so `mean` is bit for bit what a two-pass mean gives.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mean {
    pub counted: usize,
    pub any_scored: bool,
    /// Σ score over counted items (equal weights).
    sum: f64,
    /// Σ population · score, and Σ population, over counted items.
    weighted_sum: f64,
    population: f64,
    /// Counted items without a population.
    pub lacking: usize,
    lo: f64,
    hi: f64,
}

impl Default for Mean {
    fn default() -> Self {
        Mean {
            counted: 0,
            any_scored: false,
            sum: 0.0,
            weighted_sum: 0.0,
            population: 0.0,
            lacking: 0,
            lo: f64::INFINITY,
            hi: f64::NEG_INFINITY,
        }
    }
}

impl Mean {
    /// Whether an item in `state` counts under *missing*.
    pub fn counts(state: SubgoalState, missing: Missing) -> bool {
        state == SubgoalState::Scored
            || (state == SubgoalState::NoStatus && missing == Missing::Zero)
    }

    /// Adds an item; returns whether it counted.
    pub fn add(
        &mut self,
        state: SubgoalState,
        score: Option<f64>,
        population: Option<f64>,
        missing: Missing,
    ) -> bool {
        if !Mean::counts(state, missing) {
            return false;
        }
        let v = score.unwrap_or(0.0);
        self.counted += 1;
        self.any_scored |= state == SubgoalState::Scored;
        self.sum += v;
        match population {
            Some(p) => {
                self.weighted_sum += p * v;
                self.population += p;
            }
            None => self.lacking += 1,
        }
        self.lo = self.lo.min(v);
        self.hi = self.hi.max(v);
        true
    }

    /// Whether the aggregate is weighted by population: asked for, more than
    /// one counted item (with one, every weighting gives the same mean), and
    /// every counted item has a population, summing above 0.
    pub fn by_population(&self, weighting: Weighting) -> bool {
        weighting == Weighting::Population
            && self.counted > 1
            && self.lacking == 0
            && self.population > 0.0
    }

    /// Population weighting was asked for and could not be used.
    pub fn fell_back(&self, weighting: Weighting) -> bool {
        weighting == Weighting::Population && self.counted > 1 && !self.by_population(weighting)
    }

    /// The weight total the shares divide by.
    fn total(&self, weighting: Weighting) -> f64 {
        if self.by_population(weighting) {
            self.population
        } else {
            self.counted as f64
        }
    }

    /// The weighted mean, `None` when nothing counted. A weighted mean lies
    /// within its items; rounding must not take it outside (e.g.
    /// −5,000000000000001 from scores of −5).
    pub fn mean(&self, weighting: Weighting) -> Option<f64> {
        let sum = if self.by_population(weighting) {
            self.weighted_sum
        } else {
            self.sum
        };
        (self.counted > 0).then(|| (sum / self.total(weighting)).clamp(self.lo, self.hi))
    }
}

/// The mean of `items` under *missing* and *weighting*; sets each item's `part`.
pub(super) fn aggregate(
    items: &mut [&mut SubgoalResult],
    populations: &[Option<f64>],
    missing: Missing,
    weighting: Weighting,
) -> Aggregate {
    let mut mean = Mean::default();
    for (item, &population) in items.iter().zip(populations) {
        mean.add(item.state, item.score, population, missing);
    }
    let by_population = mean.by_population(weighting);
    let total = mean.total(weighting);
    let fallback = mean.fell_back(weighting).then(|| Fallback {
        lacking: items
            .iter()
            .zip(populations)
            .filter(|(item, p)| Mean::counts(item.state, missing) && p.is_none())
            .map(|(item, _)| item.id.clone())
            .collect(),
    });
    for (item, &population) in items.iter_mut().zip(populations) {
        item.part = if Mean::counts(item.state, missing) {
            let w = if by_population {
                population.unwrap_or(0.0)
            } else {
                1.0
            };
            Part::Counted {
                share: w / total,
                as_zero: item.state != SubgoalState::Scored,
            }
        } else {
            Part::Left(match item.state {
                SubgoalState::NoBaseline => Reason::NoBaseline,
                SubgoalState::NoTarget => {
                    Reason::NoTarget(item.no_target.unwrap_or(NoTarget::Missing))
                }
                _ => Reason::NoStatus,
            })
        };
    }
    Aggregate {
        any_scored: mean.any_scored,
        mean: mean.mean(weighting),
        fallback,
    }
}
