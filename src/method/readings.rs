//! The readings alone, without their explanation: one state and score per
//! guidepost, computed in one pass that allocates nothing per sub-goal.
//!
//! `evaluate` builds a result tree that explains every reading (what the UI
//! shows when a guidepost is opened); the side-by-side comparison and large
//! datasets need only the numbers. Both paths share the leaf rule
//! (`leaf_score`) and the aggregate (`Mean`), and a property test holds them
//! equal bit for bit.

use super::{
    baseline_of, group_state, leaf_score, population_of, GuidepostState, Mean, Options,
    SubgoalState,
};
use crate::model::{Dataset, Grouping, Guidepost, Subgoal};

/// A guidepost's reading: what `GuidepostResult` says in `state` and `score`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub state: GuidepostState,
    /// The mean when scored, 0 when baseline-only, `None` when no data.
    pub score: Option<f64>,
}

/// Every guidepost's reading, in the dataset's order.
pub fn readings(dataset: &Dataset, options: &Options) -> Vec<Reading> {
    dataset
        .guideposts
        .iter()
        .map(|g| reading(g, options))
        .collect()
}

/// One guidepost's reading (METHOD.md, "Aggregating").
pub fn reading(guidepost: &Guidepost, options: &Options) -> Reading {
    let weighting = guidepost.weighting.unwrap_or(options.weighting);
    let mut mean = Mean::default();
    let mut any_baseline = false;
    for subgoal in &guidepost.subgoals {
        match (subgoal.is_group(), options.grouping) {
            (false, _) => {
                let l = leaf_score(subgoal, options);
                any_baseline |= l.state != SubgoalState::NoBaseline;
                mean.add(
                    l.state,
                    l.score(options),
                    subgoal.population,
                    options.missing,
                );
            }
            (true, Grouping::Flat) => {
                for child in &subgoal.children {
                    let l = leaf_score(child, options);
                    any_baseline |= l.state != SubgoalState::NoBaseline;
                    mean.add(l.state, l.score(options), child.population, options.missing);
                }
            }
            (true, Grouping::Nested) => {
                let (state, score, baseline) = group(subgoal, options);
                any_baseline |= baseline;
                mean.add(state, score, population_of(subgoal), options.missing);
            }
        }
    }
    if mean.any_scored {
        Reading {
            state: GuidepostState::Scored,
            score: mean.mean(weighting),
        }
    } else if any_baseline
        // Groups nest one level in any loaded dataset; this covers one built deeper in code.
        || guidepost.leaves().any(|l| baseline_of(l, options.as_of).is_some())
    {
        Reading {
            state: GuidepostState::BaselineOnly,
            score: Some(0.0),
        }
    } else {
        Reading {
            state: GuidepostState::NoData,
            score: None,
        }
    }
}

/// A group's state and score from its children, and whether any child has a baseline.
fn group(subgoal: &Subgoal, options: &Options) -> (SubgoalState, Option<f64>, bool) {
    let weighting = subgoal.weighting.unwrap_or(options.weighting);
    let mut mean = Mean::default();
    let (mut no_status, mut no_target, mut baseline) = (false, false, false);
    for child in &subgoal.children {
        let l = leaf_score(child, options);
        no_status |= l.state == SubgoalState::NoStatus;
        no_target |= l.state == SubgoalState::NoTarget;
        baseline |= l.state != SubgoalState::NoBaseline;
        mean.add(l.state, l.score(options), child.population, options.missing);
    }
    let state = group_state(mean.any_scored, no_status, no_target);
    (
        state,
        mean.mean(weighting).filter(|_| mean.any_scored),
        baseline,
    )
}
