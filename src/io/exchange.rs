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
}

/// Reads a workbook's sheet (the first when `sheet` is `None`).
#[cfg(feature = "xlsx")]
pub fn read_xlsx(bytes: &[u8], sheet: Option<&str>) -> ReadReply {
    let sheets = super::xlsx::sheets(bytes).unwrap_or_default();
    let sheet = sheet.map(str::to_string).or_else(|| sheets.first().cloned());
    let import = super::xlsx::read(bytes, sheet.as_deref());
    ReadReply {
        sheets,
        sheet,
        dataset: import.dataset.as_ref().filter(|_| import.errors.is_empty()).map(super::json::to_json),
        errors: import.errors.iter().map(crate::i18n::problem).collect(),
        warnings: import.warnings.iter().map(crate::i18n::problem).collect(),
    }
}
