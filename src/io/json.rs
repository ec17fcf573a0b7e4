//! `barometer-dataset/1` JSON: read with every problem named by its JSON
//! path, written with serde.
//!
//! Reading goes through `serde_json::Value` and a small walker instead of
//! `#[derive(Deserialize)]`, because a derive stops at the first problem and
//! speaks serde's words ("invalid type: string, expected f64"); the walker
//! lists them all, in the format's own words, and keeps unknown fields.

use serde_json::Value;

mod schema;
mod unique;
mod walker;

use super::{Problem, ProblemKind};
use walker::Walker;
use crate::model::*;

/// Reads a dataset, or every problem in it.
pub fn parse_dataset(text: &str) -> Result<Dataset, Vec<Problem>> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![Problem {
            path: String::new(),
            kind: ProblemKind::Syntax {
                line: e.line(),
                column: e.column(),
                detail: syntax_detail(&e),
            },
        }]
    })?;
    let mut walker = Walker::default();
    let dataset = walker.dataset(&value);
    match dataset {
        Some(d) if walker.problems.is_empty() => Ok(d),
        _ => Err(walker.problems),
    }
}

/// The JSON reader's checks on a dataset built another way (a table, an
/// edit): what passes here reads back from its JSON. It walks the dataset's
/// serde value, so it costs no text written and parsed again.
pub fn check(dataset: &Dataset) -> Result<(), Vec<Problem>> {
    let value = serde_json::to_value(dataset).unwrap_or(Value::Null);
    let mut walker = Walker::default();
    walker.dataset(&value);
    if walker.problems.is_empty() { Ok(()) } else { Err(walker.problems) }
}

/// Writes a dataset as pretty-printed JSON.
pub fn to_json(dataset: &Dataset) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string_pretty(dataset).unwrap_or_default() + "\n"
}

/// Writes a dataset as JSON on one line: for the browser's storage and the
/// import worker's answer, where every byte counts and no one reads it.
pub fn to_compact_json(dataset: &Dataset) -> String {
    serde_json::to_string(dataset).unwrap_or_default()
}

fn syntax_detail(e: &serde_json::Error) -> String {
    // serde_json appends " at line L column C"; we give those separately.
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// No value in goal data is larger than this (`crate::limits`, shared by every way in).
pub const MAX_VALUE: f64 = crate::limits::MAX_VALUE;
/// The years a dataset may speak of (`crate::limits::YEARS`, as numbers).
pub const YEARS: std::ops::RangeInclusive<f64> = *crate::limits::YEARS.start() as f64..=*crate::limits::YEARS.end() as f64;
const MISSING: &[&str] = &["exclude", "zero"];
const GROUPING: &[&str] = &["nested", "flat"];
const WEIGHTING: &[&str] = &["equal", "population"];
const UNIT: &[&str] = &["count", "percent", "rate"];
const TARGET_KIND: &[&str] = &["value", "below", "above"];
const PUBLISHED_STATE: &[&str] = &["baseline_only", "no_data"];
const KIND: &[&str] = &["numeric", "milestone"];
