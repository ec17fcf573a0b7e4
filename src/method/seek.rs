//! Goal seek (METHOD.md): the status one sub-goal needs for its guidepost to
//! read a chosen value, every other input held.
//!
//! A guidepost's reading is a weighted mean, so once the sub-goal is scored
//! the reading is a straight line in that sub-goal's score σ. Two
//! evaluations (status = baseline, σ = 0; status = target, σ = 5) give the
//! line; solving it gives σ, and σ gives the status.

use super::{baseline_of, no_target, Options};
use crate::model::{Guidepost, Point, Subgoal};

/// The answer to "what status does this sub-goal need?".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Seek {
    /// The status value that gives the reading.
    Value(f64),
    Unreachable(Unreachable),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreachable {
    /// The sub-goal has no baseline or no numeric target, so it cannot be scored.
    NotScorable,
    /// The sub-goal does not move the reading (e.g. its weight is 0).
    NoEffect,
    /// It would need a sub-goal score outside [−5, +5] with clamp on.
    OutOfRange,
}

/// Why a seek could not be asked at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SeekError {
    UnknownSubgoal(String),
    /// Seek works on one measured sub-goal, not on a group.
    IsGroup(String),
}

/// Seeks the status of sub-goal `subgoal_id` (a leaf of `guidepost`) that
/// makes the guidepost read `reading`.
pub fn seek(
    guidepost: &Guidepost,
    subgoal_id: &str,
    reading: f64,
    options: &Options,
) -> Result<Seek, SeekError> {
    let leaf = guidepost
        .find_subgoal(subgoal_id)
        .ok_or_else(|| SeekError::UnknownSubgoal(subgoal_id.to_string()))?;
    if leaf.is_group() {
        return Err(SeekError::IsGroup(subgoal_id.to_string()));
    }
    let (Some(b), Some(t), None) = (
        baseline_of(leaf, options.as_of),
        leaf.target,
        no_target(leaf),
    ) else {
        return Ok(Seek::Unreachable(Unreachable::NotScorable));
    };
    let year = status_year(guidepost, leaf, options);
    let reading_with = |status: f64| {
        let mut trial = guidepost.clone();
        if let Some(l) = trial.find_subgoal_mut(subgoal_id) {
            l.measurements = vec![Point {
                year,
                value: status,
            }];
        }
        super::reading(&trial, options).score.unwrap_or(0.0)
    };
    let at_zero = reading_with(b.value);
    let slope = (reading_with(t.value) - at_zero) / 5.0;
    if slope.abs() < 1e-12 {
        return Ok(Seek::Unreachable(Unreachable::NoEffect));
    }
    let sigma = (reading - at_zero) / slope;
    if options.clamp && sigma.abs() > 5.0 + 1e-9 {
        return Ok(Seek::Unreachable(Unreachable::OutOfRange));
    }
    Ok(Seek::Value(b.value + sigma / 5.0 * (t.value - b.value)))
}

/// The year a sought status belongs to, so that it is the status the method
/// reads: the as-of year; else the sub-goal's latest measurement year; else
/// the guidepost's latest; else the year after the baseline; else the target year.
pub fn status_year(guidepost: &Guidepost, leaf: &Subgoal, options: &Options) -> i32 {
    let latest = |leaves: &mut dyn Iterator<Item = &Subgoal>| {
        leaves
            .flat_map(|l| l.measurements.iter().map(|m| m.year))
            .max()
    };
    options
        .as_of
        .or_else(|| latest(&mut std::iter::once(leaf)))
        .or_else(|| latest(&mut guidepost.leaves()))
        .or(leaf.baseline.map(|b| b.year + 1))
        .or(leaf.target.map(|t| t.year))
        .unwrap_or(0)
}
