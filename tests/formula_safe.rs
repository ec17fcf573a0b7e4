//! Formula-safe CSV (OWASP, CWE-1236): no text cell the project writes can
//! start a formula when a colleague opens the file in Excel, and reading the
//! file back through the project gives every text exactly as it was.

mod common;

use barometer::io::table::Cell;
use barometer::io::{self, csv, Format};
use barometer::model::*;
use common::*;
use proptest::prelude::*;

const HOSTILE: [&str; 10] = [
    "=HYPERLINK(\"http://example.invalid\";\"klik\")",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+2",
    "-2+3",
    "\tfane",
    "\rvognretur",
    "'=allerede markeret",
    "'almindeligt citat'",
    "''",
    "=",
];

/// Every field of the written CSV, unquoted.
fn fields(text: &str) -> Vec<String> {
    let mut r = ::csv::ReaderBuilder::new().delimiter(b';').has_headers(false).flexible(true).from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    r.records().flat_map(|rec| rec.unwrap().iter().map(str::to_string).collect::<Vec<_>>()).collect()
}

fn hostile_dataset(text: &str) -> Dataset {
    let mut sg = scored("A", 10.0, 12.0, 20.0);
    sg.title = text.to_string();
    sg.note = Some(text.to_string());
    let mut d = Dataset::new();
    d.title = Some(text.to_string());
    d.guideposts.push(Guidepost { subgoals: vec![sg], initiatives: vec!["Ø1".into()], ..Guidepost::new("1", text) });
    d.proposals.push(Proposal { id: "Ø1".into(), title: text.to_string(), guideposts: vec!["1".into()], note: Some(text.to_string()) });
    d
}

#[test]
fn hostile_texts_are_written_as_text_and_read_back_exactly() {
    for text in HOSTILE {
        let data = hostile_dataset(text);
        let bytes = io::save(Format::Csv, &data, false).unwrap();
        let written = String::from_utf8(bytes.clone()).unwrap();
        for field in fields(&written) {
            assert!(!field.starts_with(['=', '+', '-', '@', '\t', '\r']), "{text:?} was written as the formula-like cell {field:?}");
        }
        let import = csv::read(&bytes);
        assert!(import.errors.is_empty(), "{text:?}: {:?}", import.errors);
        let back = import.dataset.unwrap();
        // The table reader trims the whitespace around a title, as it always has.
        let text = text.trim();
        assert_eq!(back.guideposts[0].subgoals[0].title, text);
        assert_eq!(back.guideposts[0].subgoals[0].note.as_deref(), Some(text));
        assert_eq!(back.proposals[0].title, text, "proposal name");
        assert_eq!(back.proposals[0].note.as_deref(), Some(text), "proposal note");
    }
}

#[test]
fn numbers_stay_numbers() {
    let text = csv::write(&[vec![Cell::Number(-1.1), Cell::Text("-1,10".into()), Cell::Text("almindelig".into())]]);
    assert_eq!(text, "\u{feff}-1,1;'-1,10;almindelig\n");
}

#[test]
fn a_foreign_leading_quote_is_kept() {
    // A cell the project did not escape keeps its quote.
    assert_eq!(csv::unescape("'almindeligt citat'"), "'almindeligt citat'");
    assert_eq!(csv::unescape("'=A1"), "=A1");
    assert_eq!(csv::escape("=A1"), "'=A1");
    assert_eq!(csv::escape("A1"), "A1");
}

proptest! {
    #[test]
    fn any_cell_text_round_trips(text in "['=+@\\-\t\r]{0,3}[A-Za-zæøå0-9 ;\"'=+@-]{0,12}") {
        // Four more cells, so the header line shows `;` as the separator more often than any tab in the text.
        let mut row = vec![Cell::Text(text.clone())];
        row.extend((0..4).map(|i| Cell::Text(format!("c{i}"))));
        let written = csv::write(&[row]);
        let rows = csv::cells(written.as_bytes()).unwrap();
        let back = match rows.first().and_then(|r| r.first()) {
            Some(Cell::Text(t)) => t.clone(),
            _ => String::new(),
        };
        // Blank cells read as empty, as they always have (a leading tab or CR is escaped, so kept).
        if text.trim().is_empty() && !text.starts_with(['\t', '\r']) {
            prop_assert_eq!(back, String::new());
        } else {
            prop_assert_eq!(back, text);
        }
    }
}
