//! What the page and the import worker say to each other: the worker reads
//! an Excel workbook (the page does not carry calamine) and answers with the
//! dataset as JSON, the sheets there are, and every problem in Danish.

use serde::{Deserialize, Serialize};

/// The worker's answer to "read these bytes".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ReadReply {
    /// Every sheet of the workbook, for the sheet chooser.
    pub sheets: Vec<String>,
    /// The sheet that was read.
    pub sheet: Option<String>,
    /// The dataset as `barometer-dataset/1` JSON, when nothing blocks it.
    pub dataset: Option<String>,
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
    /// How a text file was read: its encoding and separator.
    #[serde(default)]
    pub read_as: Option<String>,
}

/// Reads goal data in any format (a workbook's sheet: the first when
/// `sheet` is `None`): what the worker does with a file, off the page's thread.
pub fn read(format: crate::io::Format, bytes: &[u8], sheet: Option<&str>) -> ReadReply {
    #[cfg(feature = "xlsx")]
    let sheets = match format {
        crate::io::Format::Xlsx => crate::io::xlsx::sheets(bytes).unwrap_or_default(),
        _ => Vec::new(),
    };
    #[cfg(not(feature = "xlsx"))]
    let sheets: Vec<String> = Vec::new();
    let sheet = sheet.map(str::to_string).or_else(|| sheets.first().cloned());
    let import = crate::io::load(format, bytes, sheet.as_deref());
    ReadReply {
        sheets,
        sheet,
        dataset: import.dataset.as_ref().filter(|_| import.errors.is_empty()).map(crate::io::json::to_compact_json),
        errors: import.errors.iter().map(crate::i18n::problem).collect(),
        warnings: import.warnings.iter().map(crate::i18n::problem).collect(),
        read_as: import.read_as,
    }
}

/// The worker's answer to "sum up this compass file": the summary (every
/// figure for fewer than five citizens already withheld), or the problems.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CompassReply {
    pub summary: Option<crate::compass::Summary>,
    pub errors: Vec<String>,
}

/// Reads a compass file (`None`: the built-in fictitious example) by its
/// name's ending, and sums it up for the period.
pub fn compass(name: &str, bytes: Option<&[u8]>, period: crate::compass::Period) -> CompassReply {
    use crate::compass::{read_cells, read_json, summarise};
    let bytes = bytes.unwrap_or(crate::data::KOMPAS_EKSEMPEL_CSV.as_bytes());
    let lower = name.to_lowercase();
    let read = if lower.ends_with(".json") {
        read_json(&String::from_utf8_lossy(bytes))
    } else if lower.ends_with(".xlsx") {
        #[cfg(feature = "xlsx")]
        let cells = crate::io::xlsx::cells(bytes, None);
        #[cfg(not(feature = "xlsx"))]
        let cells: Result<Vec<Vec<crate::io::table::Cell>>, crate::problem::Problem> =
            Err(crate::problem::Problem { path: String::new(), kind: crate::problem::ProblemKind::NotXlsx("not in this module".into()) });
        cells.map_err(|p| vec![p]).and_then(|rows| read_cells(&rows))
    } else {
        crate::io::csv::cells(bytes).map_err(|p| vec![p]).and_then(|rows| read_cells(&rows))
    };
    match read {
        Ok(data) => CompassReply { summary: Some(summarise(&data, period)), errors: Vec::new() },
        Err(problems) => CompassReply { summary: None, errors: problems.iter().map(crate::i18n::problem).collect() },
    }
}
