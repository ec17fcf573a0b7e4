//! Text in, goal data out (and back): the readers and writers of the file
//! formats. Reading never panics: it returns the value or every problem
//! found, each naming its place.

pub mod csv;
pub mod exchange;
pub mod json;
pub mod share;
pub mod table;
pub mod text;
#[cfg(feature = "xlsx")]
pub mod xlsx;

use std::fmt;

/// One thing wrong with an input, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: a JSON path such as `guideposts[0].subgoals[5].baseline.value`
    /// (empty for the document as a whole).
    pub path: String,
    pub kind: ProblemKind,
}

/// What is wrong. `Display` gives the English text (the CLI and logs);
/// `i18n::problem_da` the Danish one (the app).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The text is not JSON at all.
    Syntax { line: usize, column: usize, detail: String },
    /// A required field is absent.
    Missing,
    /// The field has the wrong JSON type; `expected` is e.g. "a number".
    Expected(&'static str),
    /// A string outside the allowed words.
    NotOneOf { found: String, allowed: &'static [&'static str] },
    /// `format` is not `barometer-dataset/1`.
    WrongFormat(String),
    /// An id used twice among siblings.
    DuplicateId(String),
    /// Two measurements in the same year.
    DuplicateYear(i32),
    /// A problem in a compass file, said in Danish.
    Compass(String),
    /// A milestone sub-goal with a baseline, target or children.
    MilestoneWithNumbers,
    /// A reference to a guidepost the dataset does not have.
    UnknownGuidepost(String),
    /// A group with a baseline, status or target of its own.
    GroupWithValues,
    /// Children inside children.
    TooDeep,
    /// A population below zero.
    Negative,
    /// There is nothing in the file.
    EmptyFile,
    /// The header is one column holding separators: the wrong separator.
    OneColumn,
    /// A required column is not in the header.
    MissingColumn(&'static str),
    /// A cell that should be a number.
    NotANumber(String),
    /// The `#metode` row has an unknown setting.
    BadMethod(String),
    /// A JSON file's bytes are not UTF-8.
    NotUtf8,
    /// The bytes are not valid text in the encoding their BOM names.
    NotText(&'static str),
    /// Not an Excel workbook (or a damaged one).
    NotXlsx(String),
    /// Warning: a status measured before the baseline.
    StatusBeforeBaseline { status: i32, baseline: i32 },
    /// Warning: a population-weighted aggregate whose items lack populations.
    NoPopulation,
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::Syntax { line, column, detail } => {
                write!(f, "not valid JSON at line {line}, column {column}: {detail}")
            }
            ProblemKind::Missing => write!(f, "required field is missing"),
            ProblemKind::Expected(what) => write!(f, "expected {what}"),
            ProblemKind::NotOneOf { found, allowed } => {
                write!(f, "\"{found}\" is not one of {}", allowed.join(", "))
            }
            ProblemKind::WrongFormat(found) => write!(
                f,
                "expected \"{}\", found \"{found}\"",
                crate::model::FORMAT
            ),
            ProblemKind::DuplicateId(id) => write!(f, "id \"{id}\" is used twice"),
            ProblemKind::DuplicateYear(y) => write!(f, "two measurements for {y}"),
            ProblemKind::Compass(detail) => write!(f, "{detail}"),
            ProblemKind::MilestoneWithNumbers => write!(f, "a milestone sub-goal has statuses in words, no baseline, target or children"),
            ProblemKind::UnknownGuidepost(id) => write!(f, "there is no guidepost \"{id}\""),
            ProblemKind::GroupWithValues => write!(
                f,
                "a group (a sub-goal with children) has no baseline, measurements or target of its own"
            ),
            ProblemKind::TooDeep => write!(f, "groups nest one level only"),
            ProblemKind::Negative => write!(f, "expected a number of 0 or more"),
            ProblemKind::EmptyFile => write!(f, "the file is empty"),
            ProblemKind::OneColumn => write!(f, "only one column: is the file separated by ; or ,?"),
            ProblemKind::MissingColumn(c) => write!(f, "the column \"{c}\" is missing"),
            ProblemKind::NotANumber(t) => write!(f, "\"{t}\" is not a number"),
            ProblemKind::BadMethod(t) => write!(f, "unknown method setting \"{t}\""),
            ProblemKind::NotUtf8 => write!(f, "the text is not UTF-8"),
            ProblemKind::NotText(encoding) => write!(f, "the text is not valid {encoding}"),
            ProblemKind::NotXlsx(why) => write!(f, "not an Excel workbook (.xlsx): {why}"),
            ProblemKind::StatusBeforeBaseline { status, baseline } => {
                write!(f, "a status from {status} is before the baseline year {baseline}")
            }
            ProblemKind::NoPopulation => write!(f, "weighted by population, but sub-goals lack a population"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.path, self.kind)
        }
    }
}

/// All problems of one input, one per line.
pub fn describe(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(Problem::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Warnings about data that reads but may not be what was meant: a status
/// before its baseline year, a population-weighted aggregate without
/// populations.
pub fn lint(d: &crate::model::Dataset) -> Vec<Problem> {
    use crate::model::{Subgoal, Weighting};
    let mut out = Vec::new();
    let default = d.method.weighting.unwrap_or_default();
    for gp in &d.guideposts {
        for leaf in gp.leaves() {
            if let Some(b) = leaf.baseline {
                for m in leaf.measurements.iter().filter(|m| m.year < b.year) {
                    out.push(Problem {
                        path: format!("{}.{}", gp.id, leaf.id),
                        kind: ProblemKind::StatusBeforeBaseline { status: m.year, baseline: b.year },
                    });
                }
            }
        }
        let lacks = |items: &[Subgoal]| items.len() > 1 && items.iter().any(|s| crate::method::population_of(s).is_none());
        if gp.weighting.unwrap_or(default) == Weighting::Population && lacks(&gp.subgoals) {
            out.push(Problem { path: gp.id.clone(), kind: ProblemKind::NoPopulation });
        }
        for g in gp.subgoals.iter().filter(|s| s.is_group()) {
            if g.weighting.unwrap_or(default) == Weighting::Population && lacks(&g.children) {
                out.push(Problem { path: format!("{}.{}", gp.id, g.id), kind: ProblemKind::NoPopulation });
            }
        }
    }
    out
}

/// The formats goal data comes in, told by the file name's ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    Xlsx,
}

impl Format {
    /// The format's usual file ending, which `of` reads back.
    pub fn ending(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }

    pub fn of(file_name: &str) -> Option<Format> {
        let lower = file_name.to_lowercase();
        let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        match ext {
            "json" => Some(Format::Json),
            "csv" | "tsv" | "txt" => Some(Format::Csv),
            "xlsx" => Some(Format::Xlsx),
            _ => None,
        }
    }
}

/// Reads goal data in any format into a dataset, with every problem.
/// (XLSX natively only: the browser reads it in its own module.)
pub fn load(format: Format, bytes: &[u8], sheet: Option<&str>) -> table::Import {
    match format {
        Format::Json => match std::str::from_utf8(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)) {
            Err(_) => table::Import { errors: vec![Problem { path: String::new(), kind: ProblemKind::NotUtf8 }], ..Default::default() },
            Ok(text) => match json::parse_dataset(text) {
                Ok(d) => table::Import { warnings: lint(&d), dataset: Some(d), ..Default::default() },
                Err(errors) => table::Import { errors, ..Default::default() },
            },
        },
        Format::Csv => csv::read(bytes),
        #[cfg(feature = "xlsx")]
        Format::Xlsx => xlsx::read(bytes, sheet),
        #[cfg(not(feature = "xlsx"))]
        Format::Xlsx => {
            let _ = sheet;
            table::Import { errors: vec![Problem { path: String::new(), kind: ProblemKind::NotXlsx("not in this module".into()) }], ..Default::default() }
        }
    }
}

/// Writes a dataset in a format (with the readings as extra columns, for the tables).
pub fn save(format: Format, dataset: &crate::model::Dataset, readings: bool) -> Result<Vec<u8>, String> {
    let rows = || table::write(dataset, table::WriteOptions { readings });
    match format {
        Format::Json => Ok(json::to_json(dataset).into_bytes()),
        Format::Csv => Ok(csv::write(&rows()).into_bytes()),
        #[cfg(feature = "xlsx")]
        Format::Xlsx => xlsx::write(&rows()),
        #[cfg(not(feature = "xlsx"))]
        Format::Xlsx => Err("XLSX is written by the import worker or the command line".into()),
    }
}
