//! Excel `.xlsx`: read with calamine (numeric cells as numbers, a choice of
//! sheet when there are several) and written with rust_xlsxwriter, in the
//! same columns as CSV (`io::table`).

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use super::table::{self, Cell, Import};
use super::{Problem, ProblemKind};

/// The sheets of a workbook, by name.
pub fn sheets(bytes: &[u8]) -> Result<Vec<String>, Problem> {
    open(bytes).map(|x| x.sheet_names())
}

fn open(bytes: &[u8]) -> Result<Xlsx<Cursor<&[u8]>>, Problem> {
    if bytes.is_empty() {
        return Err(Problem { path: String::new(), kind: ProblemKind::EmptyFile });
    }
    Xlsx::new(Cursor::new(bytes)).map_err(|e| Problem { path: String::new(), kind: ProblemKind::NotXlsx(e.to_string()) })
}

/// Reads one sheet (the first when `sheet` is `None`) into a dataset.
pub fn read(bytes: &[u8], sheet: Option<&str>) -> Import {
    match cells(bytes, sheet) {
        Ok(rows) => table::read(&rows),
        Err(p) => Import { errors: vec![p], ..Import::default() },
    }
}

/// The cells of a workbook's sheet (the first when `sheet` is `None`).
pub fn cells(bytes: &[u8], sheet: Option<&str>) -> Result<Vec<Vec<Cell>>, Problem> {
    let mut book = open(bytes)?;
    let name = match sheet.map(str::to_string).or_else(|| book.sheet_names().first().cloned()) {
        Some(n) => n,
        None => return Err(Problem { path: String::new(), kind: ProblemKind::EmptyFile }),
    };
    let range = match book.worksheet_range(&name) {
        Ok(r) => r,
        Err(e) => return Err(Problem { path: format!("ark »{name}«"), kind: ProblemKind::NotXlsx(e.to_string()) }),
    };
    let rows: Vec<Vec<Cell>> = range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Empty => Cell::Empty,
                    Data::Float(f) => Cell::Number(*f),
                    Data::Int(i) => Cell::Number(*i as f64),
                    Data::Bool(b) => Cell::Text(if *b { "ja".into() } else { String::new() }),
                    Data::String(s) => Cell::Text(s.clone()),
                    Data::DateTime(d) => Cell::Number(d.as_f64()),
                    other => Cell::Text(other.to_string()),
                })
                .collect()
        })
        .collect();
    Ok(rows)
}

/// Why Excel cannot take a cell, in Danish, with its place.
fn cell_error(row: u32, col: u16, e: &rust_xlsxwriter::XlsxError) -> String {
    let why = match e {
        rust_xlsxwriter::XlsxError::MaxStringLengthExceeded => "teksten er længere end de 32.767 tegn, Excel tillader i en celle",
        rust_xlsxwriter::XlsxError::RowColumnLimitError => "der er flere rækker eller kolonner, end et Excel-ark kan have",
        _ => "Excel kan ikke gemme cellen",
    };
    format!("række {}, kolonne {}: {why}", row + 1, col + 1)
}

/// Rows as an `.xlsx` workbook with one sheet; or, in Danish, why Excel
/// cannot hold them (a text over 32.767 characters, too many rows).
pub fn write(rows: &[Vec<Cell>]) -> Result<Vec<u8>, String> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Pejlemærker").map_err(|_| "arket kunne ikke navngives".to_string())?;
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let header = rows.iter().position(|r| !matches!(r.first(), Some(Cell::Text(t)) if t.starts_with('#'))).unwrap_or(0);
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (Ok(r), Ok(c)) = (u32::try_from(r), u16::try_from(c)) else {
                return Err(format!("række {}: der er flere rækker eller kolonner, end et Excel-ark kan have", r + 1));
            };
            let done = match cell {
                Cell::Empty => continue,
                Cell::Number(n) => sheet.write_number(r, c, *n).map(|_| ()),
                Cell::Text(t) if r as usize == header => sheet.write_string_with_format(r, c, t, &bold).map(|_| ()),
                Cell::Text(t) => sheet.write_string(r, c, t).map(|_| ()),
            };
            done.map_err(|e| cell_error(r, c, &e))?;
        }
    }
    book.save_to_buffer().map_err(|_| "Excel-filen kunne ikke pakkes".to_string())
}
