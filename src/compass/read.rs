//! Reading compass assessments from a table (CSV, Excel) or JSON. Every
//! problem is named by its row and column, as in the goal-data import:
//! scores outside 1–10, compasses that are not known, dates that do not parse.
//!
//! Table layout: optional `#dimensioner;KOMPAS;navn 1;…;navn 10` rows, then a
//! header `borger;kompas;tilbud;dato;udfyldt af;<ten dimension names>` (the
//! names apply to every compass without a `#dimensioner` row), then one row
//! per assessment. `udfyldt af` is `medarbejder` (default) or `borger`.
//!
//! JSON: `{"format": "barometer-compass/1", "dimensions": {KOMPAS: [10 names]},
//! "assessments": [{"citizen", "compass", "unit", "date": "2014-03-01",
//! "by": "staff"|"citizen", "scores": [10 numbers]}]}`.

use serde_json::Value;

use super::{Assessment, Assessor, CompassData, Date, COMPASSES};
use crate::io::table::Cell;
use crate::problem::{Problem, ProblemKind};

fn problem(path: String, detail: impl Into<String>) -> Problem {
    Problem { path, kind: ProblemKind::Compass(detail.into()) }
}

/// Assessments from a sheet's cells.
pub fn read_cells(rows: &[Vec<Cell>]) -> Result<CompassData, Vec<Problem>> {
    let mut data = CompassData::default();
    let mut errors = Vec::new();
    let mut header: Option<(usize, Vec<String>)> = None;
    for (i, row) in rows.iter().enumerate() {
        let first = row.first().map(Cell::text).unwrap_or_default();
        if let Some(key) = first.strip_prefix('#') {
            if key.trim().eq_ignore_ascii_case("dimensioner") {
                let names: Vec<String> = row.iter().skip(2).map(Cell::text).filter(|s| !s.is_empty()).collect();
                let compass = row.get(1).map(Cell::text).unwrap_or_default();
                match <[String; 10]>::try_from(names) {
                    Ok(names) if !compass.is_empty() => {
                        data.dimensions.insert(compass, names);
                    }
                    _ => errors.push(problem(format!("række {}", i + 1), "#dimensioner skal have et kompas og ti navne")),
                }
            }
        } else if row.iter().any(|c| !c.is_empty()) {
            header = Some((i, row.iter().map(Cell::text).collect()));
            break;
        }
    }
    let Some((h, names)) = header else {
        return Err(vec![Problem { path: String::new(), kind: ProblemKind::EmptyFile }]);
    };
    let lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    let find = |words: &[&str]| lower.iter().position(|n| words.contains(&n.as_str()));
    let citizen = find(&["borger", "citizen", "borgernøgle"]);
    let compass = find(&["kompas", "compass"]);
    let unit = find(&["tilbud", "center", "enhed", "unit"]);
    let date = find(&["dato", "date"]);
    let by = find(&["udfyldt af", "by", "vurderet af"]);
    for (col, name) in [(citizen, "borger"), (compass, "kompas"), (unit, "tilbud"), (date, "dato")] {
        if col.is_none() {
            errors.push(Problem { path: format!("række {}", h + 1), kind: ProblemKind::MissingColumn(name) });
        }
    }
    let fixed = [citizen, compass, unit, date, by];
    let dims: Vec<usize> = (0..names.len()).filter(|i| !fixed.contains(&Some(*i)) && !names[*i].is_empty()).collect();
    if dims.len() != 10 {
        errors.push(problem(format!("række {}", h + 1), format!("der skal være ti dimensioner efter de faste kolonner, ikke {}", dims.len())));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let header_names: [String; 10] = std::array::from_fn(|i| names[dims[i]].clone());
    let (citizen, compass, unit, date) = (citizen.unwrap_or(0), compass.unwrap_or(0), unit.unwrap_or(0), date.unwrap_or(0));
    for (i, row) in rows.iter().enumerate().skip(h + 1) {
        if row.iter().all(Cell::is_empty) {
            continue;
        }
        let at = |col: usize| format!("række {}, kolonne \"{}\"", i + 1, names[col]);
        let cell = |col: usize| row.get(col).cloned().unwrap_or(Cell::Empty);
        let text = |col: usize| cell(col).text();
        let mut ok = true;
        let key = text(citizen);
        if key.is_empty() {
            errors.push(problem(at(citizen), "mangler borgerens nøgle"));
            ok = false;
        }
        let name = known_compass(&data, &text(compass));
        if name.is_none() {
            errors.push(problem(at(compass), format!("»{}« er ikke et kendt kompas", text(compass))));
            ok = false;
        }
        let when = parse_date(&cell(date));
        if when.is_none() {
            errors.push(problem(at(date), format!("»{}« er ikke en dato (skriv fx 2014-03-01 eller 1.3.2014)", text(date))));
            ok = false;
        }
        let who = match by.map(|b| text(b).to_lowercase()).as_deref() {
            None | Some("") | Some("medarbejder") | Some("staff") | Some("m") => Some(Assessor::Staff),
            Some("borger") | Some("citizen") | Some("b") => Some(Assessor::Citizen),
            Some(other) => {
                errors.push(problem(at(by.unwrap_or(0)), format!("»{other}« er hverken medarbejder eller borger")));
                None
            }
        };
        let mut scores = [0u8; 10];
        for (d, &col) in dims.iter().enumerate() {
            match score(&cell(col)) {
                Some(s) => scores[d] = s,
                None => {
                    errors.push(problem(at(col), format!("»{}« er ikke en score fra 1 til 10", text(col))));
                    ok = false;
                }
            }
        }
        if let (true, Some(name), Some(when), Some(who)) = (ok, name, when, who) {
            data.assessments.push(Assessment { citizen: key, compass: name, unit: text(unit), date: when, by: who, scores });
        }
    }
    for a in &data.assessments {
        data.dimensions.entry(a.compass.clone()).or_insert_with(|| header_names.clone());
    }
    if errors.is_empty() {
        Ok(data)
    } else {
        Err(errors)
    }
}

/// The compass's own spelling, if it is one of the twelve or named in a `#dimensioner` row.
fn known_compass(data: &CompassData, name: &str) -> Option<String> {
    let name = name.trim();
    COMPASSES
        .iter()
        .map(|c| c.to_string())
        .chain(data.dimensions.keys().cloned())
        .find(|c| c.eq_ignore_ascii_case(name) || c.to_lowercase() == name.to_lowercase())
}

fn score(cell: &Cell) -> Option<u8> {
    let v = match cell {
        Cell::Number(n) => *n,
        other => crate::i18n::parse_number(&other.text())?,
    };
    (v.fract() == 0.0 && (1.0..=10.0).contains(&v)).then_some(v as u8)
}

/// `2014-03-01`, `1.3.2014`, `01-03-2014`, `1/3/2014`, or an Excel date number.
pub fn parse_date(cell: &Cell) -> Option<Date> {
    if let Cell::Number(serial) = cell {
        return from_excel(*serial);
    }
    let t = cell.text();
    // An Excel date that went through CSV as its serial number.
    if let Some(serial) = t.trim().parse::<u32>().ok().filter(|n| *n > 366) {
        return from_excel(f64::from(serial));
    }
    let parts: Vec<&str> = t.trim().split(['-', '.', '/']).collect();
    let [a, b, c] = parts.as_slice() else { return None };
    let n = |s: &str| s.trim().parse::<u32>().ok();
    let (year, month, day) = if a.len() == 4 { (n(a)?, n(b)?, n(c)?) } else { (n(c)?, n(b)?, n(a)?) };
    date(year as i32, month, day)
}

fn date(year: i32, month: u32, day: u32) -> Option<Date> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1900..=2200).contains(&year) && (1..=days).contains(&day)).then_some(Date { year, month, day })
}

/// An Excel serial date (days since 1899-12-30).
fn from_excel(serial: f64) -> Option<Date> {
    if !(1.0..=150_000.0).contains(&serial) {
        return None;
    }
    // Civil-from-days (Howard Hinnant), from 1970-01-01 = serial 25569.
    let z = serial.floor() as i64 - 25569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    date(year, month, day)
}

/// Assessments from `barometer-compass/1` JSON.
pub fn read_json(text: &str) -> Result<CompassData, Vec<Problem>> {
    let v: Value = serde_json::from_str(text).map_err(|e| {
        vec![Problem { path: String::new(), kind: ProblemKind::Syntax { line: e.line(), column: e.column(), detail: e.to_string() } }]
    })?;
    if v.get("format").and_then(Value::as_str) != Some("barometer-compass/1") {
        return Err(vec![problem("format".into(), "forventede »barometer-compass/1«")]);
    }
    // The JSON becomes the table form, so both are checked by one reader.
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let text = |s: &str| Cell::Text(s.to_string());
    if let Some(dims) = v.get("dimensions").and_then(Value::as_object) {
        for (compass, names) in dims {
            let mut row = vec![text("#dimensioner"), text(compass)];
            row.extend(names.as_array().into_iter().flatten().map(|n| text(n.as_str().unwrap_or(""))));
            rows.push(row);
        }
    }
    let mut header: Vec<Cell> = ["borger", "kompas", "tilbud", "dato", "udfyldt af"].map(text).to_vec();
    header.extend((1..=10).map(|i| Cell::Text(format!("dimension {i}"))));
    rows.push(header);
    let field = |a: &Value, k: &str| match a.get(k) {
        Some(Value::String(s)) => text(s),
        Some(Value::Number(n)) => Cell::Number(n.as_f64().unwrap_or(f64::NAN)),
        _ => Cell::Empty,
    };
    let first = rows.len() + 1; // the table row number of assessments[0]
    for a in v.get("assessments").and_then(Value::as_array).into_iter().flatten() {
        let mut row = vec![field(a, "citizen"), field(a, "compass"), field(a, "unit"), field(a, "date"), field(a, "by")];
        let scores = a.get("scores").and_then(Value::as_array).cloned().unwrap_or_default();
        row.extend((0..10).map(|i| scores.get(i).and_then(Value::as_f64).map_or(Cell::Empty, Cell::Number)));
        rows.push(row);
    }
    // Problems are named as in the JSON: `assessments[3].scores[9]`, not a table row.
    read_cells(&rows).map_err(|problems| problems.into_iter().map(|p| Problem { path: json_path(&p.path, first), ..p }).collect())
}

fn json_path(table: &str, first: usize) -> String {
    let Some(rest) = table.strip_prefix("række ") else { return table.to_string() };
    let (row, column) = rest.split_once(", kolonne ").unwrap_or((rest, ""));
    let Some(k) = row.parse::<usize>().ok().and_then(|r| r.checked_sub(first)) else { return table.to_string() };
    let field = match column.trim_matches('"') {
        "" => String::new(),
        "borger" => ".citizen".into(),
        "kompas" => ".compass".into(),
        "tilbud" => ".unit".into(),
        "dato" => ".date".into(),
        "udfyldt af" => ".by".into(),
        other => other.strip_prefix("dimension ").and_then(|i| i.parse::<usize>().ok()).map_or(String::new(), |i| format!(".scores[{}]", i - 1)),
    };
    format!("assessments[{k}]{field}")
}
