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

/// Reads goal data in any format (a workbook's sheet: the first when
/// `sheet` is `None`): what the worker does with a file, off the page's thread.
pub fn read(format: super::Format, bytes: &[u8], sheet: Option<&str>) -> ReadReply {
    #[cfg(feature = "xlsx")]
    let sheets = match format {
        super::Format::Xlsx => super::xlsx::sheets(bytes).unwrap_or_default(),
        _ => Vec::new(),
    };
    #[cfg(not(feature = "xlsx"))]
    let sheets: Vec<String> = Vec::new();
    let sheet = sheet.map(str::to_string).or_else(|| sheets.first().cloned());
    let import = super::load(format, bytes, sheet.as_deref());
    ReadReply {
        sheets,
        sheet,
        dataset: import.dataset.as_ref().filter(|_| import.errors.is_empty()).map(super::json::to_json),
        errors: import.errors.iter().map(crate::i18n::problem).collect(),
        warnings: import.warnings.iter().map(crate::i18n::problem).collect(),
    }
}
