//! CSV as Danish and English spreadsheets write it: `;`, `,` or tab, in
//! UTF-8 (BOM or none), UTF-16 with a BOM or Windows-1252 (`io::text`),
//! quoted fields. Reading finds the encoding and the separator itself;
//! writing makes what Danish Excel opens directly (`;`, decimal comma, BOM).
//! A tab-separated paste from a spreadsheet reads the same way.
//!
//! Every text cell written is formula-safe (OWASP, CWE-1236): one that
//! begins with `=`, `+`, `-`, `@`, tab or CR — or with the `'` that marks
//! such a cell — gets a leading `'`, so a spreadsheet shows it as text and
//! never runs it. Reading takes exactly that `'` off again, so the text
//! round-trips; numbers are written as numbers (`-1,10`) and not touched.

use super::table::{self, Cell, Import};
use super::text::{self, Encoding};
use super::{Problem, ProblemKind};

/// Reads CSV (or tab-separated) bytes into a dataset, or every problem;
/// says which encoding and separator it read.
pub fn read(bytes: &[u8]) -> Import {
    match read_text(bytes) {
        Ok((rows, encoding, separator)) => Import {
            read_as: Some(format!("{}, adskilt med {}", encoding.name(), text::separator_name(separator))),
            ..table::read(&rows)
        },
        Err(p) => Import { errors: vec![p], ..Import::default() },
    }
}

/// The cells of a CSV file (see the module's doc for what it reads).
pub fn cells(bytes: &[u8]) -> Result<Vec<Vec<Cell>>, Problem> {
    read_text(bytes).map(|(rows, ..)| rows)
}

/// The cells, with the encoding and the separator found.
pub fn read_text(bytes: &[u8]) -> Result<(Vec<Vec<Cell>>, Encoding, u8), Problem> {
    let (text, encoding) = text::decode(bytes)?;
    let separator = separator(&text);
    rows(&text, separator).map(|rows| (rows, encoding, separator))
}

/// The separator the header line uses most: tab, `;` or `,`.
fn separator(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty() && !l.starts_with('#')).unwrap_or("");
    let count = |c: char| header.matches(c).count();
    [b'\t', b';', b','].into_iter().max_by_key(|s| count(*s as char)).filter(|s| count(*s as char) > 0).unwrap_or(b';')
}

fn rows(text: &str, separator: u8) -> Result<Vec<Vec<Cell>>, Problem> {
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| Problem {
            path: format!("række {}", e.position().map_or(i as u64 + 1, |p| p.line())),
            kind: ProblemKind::NotANumber(e.to_string()),
        })?;
        out.push(record.iter().map(|f| if f.trim().is_empty() { Cell::Empty } else { Cell::Text(unescape(f).to_string()) }).collect());
    }
    Ok(out)
}

/// Rows as CSV for Danish Excel: `;`, decimal comma, no thousands separator, UTF-8 BOM.
pub fn write(rows: &[Vec<Cell>]) -> String {
    let mut w = ::csv::WriterBuilder::new().delimiter(b';').flexible(true).from_writer(Vec::new());
    for row in rows {
        let fields: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Empty => String::new(),
                Cell::Text(t) => escape(t),
                Cell::Number(n) => table::decimal(*n),
            })
            .collect();
        // Writing to memory cannot fail.
        let _ = w.write_record(&fields);
    }
    let body = w.into_inner().map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
    format!("\u{feff}{body}")
}

/// Whether a text cell would start a formula (or starts with the escape mark).
fn needs_escape(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r', '\''])
}

/// A text cell made formula-safe: `=HYPERLINK(…)` is written `'=HYPERLINK(…)`.
pub fn escape(text: &str) -> String {
    if needs_escape(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// The text of a cell that `escape` wrote; any other cell as it is.
pub fn unescape(field: &str) -> &str {
    match field.strip_prefix('\'') {
        Some(rest) if needs_escape(rest) => rest,
        _ => field,
    }
}
