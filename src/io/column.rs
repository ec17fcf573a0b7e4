//! A column pasted from a spreadsheet into the year table: one value per
//! line (a line's first cell, if a block of cells was copied), Danish
//! numbers, an empty cell kept as "no status". Every value passes the
//! shared limits, so what fills the table can be saved and shared.

use crate::i18n::parse_number;
use crate::limits::Limit;

/// The first line of the column that is not a number within the limits.
#[derive(Debug, Clone, PartialEq)]
pub struct NotANumber {
    /// 0-based line of the pasted text.
    pub line: usize,
    pub text: String,
}

/// The values of a pasted column, top to bottom.
pub fn column(text: &str) -> Result<Vec<Option<f64>>, NotANumber> {
    let text = text.strip_suffix('\n').unwrap_or(text);
    let text = text.strip_suffix('\r').unwrap_or(text);
    text.split('\n')
        .enumerate()
        .map(|(line, row)| {
            let cell = row.trim_end_matches('\r').split('\t').next().unwrap_or("").trim();
            if cell.is_empty() || matches!(cell, "-" | "–") {
                return Ok(None);
            }
            parse_number(cell)
                .filter(|v| Limit::Value.allows(*v))
                .map(Some)
                .ok_or_else(|| NotANumber { line, text: cell.to_string() })
        })
        .collect()
}
