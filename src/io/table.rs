//! Goal data as a table, one row per sub-goal (DATASET.md, "CSV"): the
//! common ground of CSV, a spreadsheet paste and XLSX. Each of those turns
//! its bytes into `Cell` rows; this module turns rows into a dataset (with
//! every problem named by row and column) and a dataset into rows.
//!
//! Columns beyond DATASET.md's (note, proposals, published figure, budget
//! proposals, …) and `#`-rows before the header (title, source, method)
//! carry the rest of the format, so JSON → CSV → JSON gives the same data.

use super::{Problem, ProblemKind};
use crate::model::*;

/// One cell: spreadsheets give numbers, CSV gives text.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
}

impl Cell {
    pub(crate) fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.trim().to_string(),
            Cell::Number(n) => decimal(*n),
        }
    }
    pub(crate) fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            Cell::Number(_) => false,
        }
    }

    /// No value: empty, or `-` as the source writes it.
    fn is_no_value(&self) -> bool {
        self.is_empty() || matches!(self, Cell::Text(s) if matches!(s.trim(), "-" | "–"))
    }
}

/// What a read gives: the dataset if nothing blocks it, and every problem.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Import {
    pub dataset: Option<Dataset>,
    /// Block the import.
    pub errors: Vec<Problem>,
    /// Shown, but do not block.
    pub warnings: Vec<Problem>,
    /// How a text file was read, for the preview: "Windows-1252, adskilt med semikolon".
    pub read_as: Option<String>,
}

/// The columns, with their Danish and English headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Col {
    Guidepost,
    Subgoal,
    Group,
    Title,
    Unit,
    BaselineYear,
    Baseline,
    TargetYear,
    Target,
    Population,
    Note,
    Proposed,
    ProposedRemoval,
    Weighting,
    GuidepostWeighting,
    Published,
    Initiatives,
    TargetGroups,
    GuidepostNote,
}

const COLUMNS: &[(Col, &str, &str)] = &[
    (Col::Guidepost, "pejlemærke", "guidepost"),
    (Col::Subgoal, "delmål", "subgoal"),
    (Col::Group, "gruppe", "group"),
    (Col::Title, "titel", "title"),
    (Col::Unit, "enhed", "unit"),
    (Col::BaselineYear, "baseline år", "baseline year"),
    (Col::Baseline, "baseline", "baseline"),
    (Col::TargetYear, "mål år", "target year"),
    (Col::Target, "mål", "target"),
    (Col::Population, "population", "population"),
    (Col::Note, "note", "note"),
    (Col::Proposed, "foreslået", "proposed"),
    (Col::ProposedRemoval, "foreslået udgået", "proposed removal"),
    (Col::Weighting, "vægtning", "weighting"),
    (Col::GuidepostWeighting, "pejlemærke vægtning", "guidepost weighting"),
    (Col::Published, "offentliggjort", "published"),
    (Col::Initiatives, "budgetforslag", "initiatives"),
    (Col::TargetGroups, "målgrupper", "target groups"),
    (Col::GuidepostNote, "pejlemærke note", "guidepost note"),
];

fn header_name(col: Col) -> &'static str {
    COLUMNS.iter().find(|c| c.0 == col).map(|c| c.1).unwrap_or("")
}

/// A header cell, normalised: lower case, single spaces, no `_` or `(` `)`.
fn normalise(h: &str) -> String {
    h.trim_start_matches('\u{feff}')
        .to_lowercase()
        .replace(['_', '(', ')', ':'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where each column is.
struct Layout {
    cols: Vec<(Col, usize)>,
    status: Vec<(i32, usize)>,
    names: Vec<String>,
}

impl Layout {
    fn at(&self, col: Col) -> Option<usize> {
        self.cols.iter().find(|c| c.0 == col).map(|c| c.1)
    }
}

fn place(row: usize, column: &str) -> String {
    format!("række {row}, kolonne \"{column}\"")
}

/// Reads table rows (the header row after any `#` rows) into a dataset.
pub fn read(rows: &[Vec<Cell>]) -> Import {
    let mut r = Reader::default();
    r.read(rows);
    let mut dataset = r.dataset.take().filter(|_| r.errors.is_empty());
    if let Some(d) = &dataset {
        // One set of rules for every way in: what a table gives must pass the
        // JSON reader's checks too, or it could be saved and then not read
        // back. The table's own checks above name rows; this is the net.
        if let Err(problems) = super::json::check(d) {
            r.errors.extend(problems);
            dataset = None;
        } else {
            r.warnings.extend(super::lint(d));
        }
    }
    Import { dataset, errors: r.errors, warnings: r.warnings, read_as: None }
}

/// "1. Flere udsatte …" → ("1", "Flere udsatte …"); "1" → ("1", "").
fn split_guidepost(cell: &str) -> (String, String) {
    let t = cell.trim();
    let end = t.find(|c: char| c == '.' || c.is_whitespace()).unwrap_or(t.len());
    let id = t[..end].to_string();
    let title = t[end..].trim_start_matches('.').trim().to_string();
    (id, title)
}

fn split_list(t: &str, sep: char) -> Vec<String> {
    t.split(sep).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

fn yes(t: &str) -> bool {
    matches!(normalise(t).as_str(), "ja" | "yes" | "true" | "x" | "1")
}

mod carry;
mod read;
mod write;

pub use carry::lost;

use read::Reader;
pub use write::{decimal, template, template_dataset, write, WriteOptions};

/// A status cell in words, `Udskudt: På grund af …` (or the format's own
/// `postponed`): a milestone sub-goal's status that year.
fn milestone(cell: &Cell, year: i32) -> Option<Milestone> {
    let Cell::Text(t) = cell else { return None };
    let (word, text) = t.split_once(':').unwrap_or((t, ""));
    let status = match normalise(word).as_str() {
        "målet er nået" | "nået" | "met" => MilestoneStatus::Met,
        "i gang" | "in_progress" => MilestoneStatus::InProgress,
        "udskudt" | "skubbet" | "postponed" => MilestoneStatus::Postponed,
        "ikke opfyldt" | "er ikke opfyldt" | "not_met" => MilestoneStatus::NotMet,
        "udgår" | "dropped" => MilestoneStatus::Dropped,
        _ => return None,
    };
    Some(Milestone { year, status, text: text.trim().to_string() })
}
