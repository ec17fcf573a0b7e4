//! Text in, goal data out (and back): the readers and writers of the file
//! formats. Reading never panics: it returns the value or every problem
//! found, each naming its place.

pub mod column;
pub mod csv;
pub mod json;
pub mod share;
pub mod table;
pub mod text;
#[cfg(feature = "xlsx")]
pub mod xlsx;

pub use crate::problem::{Problem, ProblemKind};

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
    let rows = || table::write(dataset, table::WriteOptions { readings, ..Default::default() });
    match format {
        Format::Json => Ok(json::to_json(dataset).into_bytes()),
        Format::Csv => Ok(csv::write(&rows()).into_bytes()),
        #[cfg(feature = "xlsx")]
        Format::Xlsx => xlsx::write(&rows()),
        #[cfg(not(feature = "xlsx"))]
        Format::Xlsx => Err("XLSX is written by the import worker or the command line".into()),
    }
}
