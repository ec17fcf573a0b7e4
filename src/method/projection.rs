//! Beyond the reading (METHOD.md): is a sub-goal on track at the as-of
//! year, and where does its trend lead by the target year?

use super::{baseline_of, no_target, status_of, Options, Part, Reason, SubgoalResult, SubgoalState};
use crate::model::{Guidepost, Point, Subgoal};

/// A sub-goal's progress against the straight path from baseline to target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OnTrack {
    /// The year compared at: the as-of year, or the status's year.
    pub year: i32,
    /// The progress expected by then on a straight path.
    pub expected: f64,
    /// The progress made, `p`.
    pub progress: f64,
    pub on_track: bool,
}

/// Whether a leaf is on track: `p ≥ (y − baseline year) / (target year − baseline year)`,
/// the expectation held within 0 … 1 (after the target year the whole way is expected).
/// `None` when it cannot be scored or its target year equals its baseline year.
pub fn on_track(leaf: &Subgoal, options: &Options) -> Option<OnTrack> {
    let (b, t) = (baseline_of(leaf, options.as_of)?, leaf.target?);
    if no_target(leaf).is_some() || t.year == b.year {
        return None;
    }
    let status = status_of(leaf, options.as_of)?;
    let year = options.as_of.unwrap_or(status.year);
    let expected = (f64::from(year - b.year) / f64::from(t.year - b.year)).clamp(0.0, 1.0);
    let progress = (status.value - b.value) / (t.value - b.value);
    Some(OnTrack { year, expected, progress, on_track: progress >= expected })
}

/// The expected reading of a scored guidepost (METHOD.md, "On track, for a
/// guidepost"): every counted sub-goal expects `5 · e`, `e` the straight
/// path's progress at the year of the status it counts with, held within
/// 0 … 1 (1 when the target year is not after the baseline year); one that
/// counts as 0 for want of a status expects 0. These are aggregated with the
/// very shares the reading used (items, grouping, weights, fallback), read
/// from `subgoals`, the guidepost's evaluated sub-goals.
pub fn expected_reading(guidepost: &Guidepost, subgoals: &[SubgoalResult], options: &Options) -> f64 {
    guidepost
        .subgoals
        .iter()
        .zip(subgoals)
        .map(|(s, r)| match r.part {
            Part::Counted { share, .. } => share * expected_item(s, r, options),
            // Flattened groups: their children are the guidepost's items.
            Part::Left(Reason::Flattened) => s
                .children
                .iter()
                .zip(&r.children)
                .map(|(c, cr)| share_of(cr) * expected_item(c, cr, options))
                .sum(),
            Part::Left(_) => 0.0,
        })
        .sum()
}

fn share_of(r: &SubgoalResult) -> f64 {
    match r.part {
        Part::Counted { share, .. } => share,
        Part::Left(_) => 0.0,
    }
}

/// What one counted item expects: a leaf `5 · e`, a group (nested) the
/// aggregate of its children's expectations.
fn expected_item(subgoal: &Subgoal, result: &SubgoalResult, options: &Options) -> f64 {
    if subgoal.is_group() {
        return subgoal
            .children
            .iter()
            .zip(&result.children)
            .map(|(c, cr)| share_of(cr) * expected_item(c, cr, options))
            .sum();
    }
    if result.state != SubgoalState::Scored {
        return 0.0; // counted as 0 for want of a status: expects 0
    }
    let (Some(b), Some(t), Some(status)) = (baseline_of(subgoal, options.as_of), subgoal.target, result.status) else {
        return 0.0;
    };
    let e = if t.year > b.year {
        (f64::from(status.year - b.year) / f64::from(t.year - b.year)).clamp(0.0, 1.0)
    } else {
        1.0
    };
    5.0 * e
}

/// A least-squares line through the baseline and the measurements, read at the target year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trend {
    /// Change per year.
    pub slope: f64,
    pub target_year: i32,
    /// The line's value at the target year.
    pub value: f64,
    /// That value scored like a status (clamped when *clamp* is on).
    pub score: f64,
    /// How many points the line was fitted to.
    pub points: usize,
}

/// The trend projection of a leaf, using the measurements up to the as-of
/// year. `None` without a numeric target or with fewer than two distinct years.
pub fn trend(leaf: &Subgoal, options: &Options) -> Option<Trend> {
    let (b, t) = (baseline_of(leaf, options.as_of)?, leaf.target?);
    if no_target(leaf).is_some() {
        return None;
    }
    let mut points: Vec<Point> = vec![b];
    points.extend(
        leaf.measurements
            .iter()
            .filter(|m| options.as_of.is_none_or(|y| m.year <= y)),
    );
    let (slope, intercept) = least_squares(&points)?;
    let value = slope * f64::from(t.year) + intercept;
    let raw = 5.0 * (value - b.value) / (t.value - b.value);
    if !raw.is_finite() {
        return None;
    }
    let limit = if options.clamp { 5.0 } else { super::UNCLAMPED_LIMIT };
    let score = raw.clamp(-limit, limit);
    Some(Trend { slope, target_year: t.year, value, score, points: points.len() })
}

/// Slope and intercept of the least-squares line; `None` if all years are equal.
fn least_squares(points: &[Point]) -> Option<(f64, f64)> {
    let n = points.len() as f64;
    let mean_x = points.iter().map(|p| f64::from(p.year)).sum::<f64>() / n;
    let mean_y = points.iter().map(|p| p.value).sum::<f64>() / n;
    let sxx: f64 = points.iter().map(|p| (f64::from(p.year) - mean_x).powi(2)).sum();
    if sxx == 0.0 {
        return None;
    }
    let sxy: f64 = points
        .iter()
        .map(|p| (f64::from(p.year) - mean_x) * (p.value - mean_y))
        .sum();
    let slope = sxy / sxx;
    Some((slope, mean_y - slope * mean_x))
}
