//! `barometer compass FILE`: the Forandringskompas summary per compass, unit
//! and dimension, figures for fewer than five citizens withheld.

use super::{CliError, Output};
use crate::compass::{self, summarise, summary_rows, Period};
use crate::io::table::Cell;

pub(super) fn run(file: &str, bytes: &[u8], out: Option<&str>) -> Result<Output, CliError> {
    let data = match crate::io::Format::of(file) {
        Some(crate::io::Format::Json) => compass::read_json(&String::from_utf8_lossy(bytes)),
        #[cfg(feature = "xlsx")]
        Some(crate::io::Format::Xlsx) => crate::io::xlsx::cells(bytes, None).map_err(|p| vec![p]).and_then(|rows| compass::read_cells(&rows)),
        _ => crate::io::csv::cells(bytes).map_err(|p| vec![p]).and_then(|rows| compass::read_cells(&rows)),
    }
    .map_err(|problems| {
        let list: Vec<String> = problems.iter().map(crate::i18n::problem).collect();
        CliError(format!("{file}: {}", list.join("; ")))
    })?;
    let rows = summary_rows(&summarise(&data, Period::default()));
    match out {
        Some(path) => {
            let cells: Vec<Vec<Cell>> = rows.iter().map(|r| r.iter().map(|s| Cell::Text(s.clone())).collect()).collect();
            Ok(Output { stdout: String::new(), file: Some((path.to_string(), crate::io::csv::write(&cells).into_bytes())) })
        }
        None => Ok(Output { stdout: rows.iter().map(|r| r.join(" | ") + "\n").collect(), file: None }),
    }
}
