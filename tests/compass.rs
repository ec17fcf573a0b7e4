//! Forandringskompasset: reading with errors named by row and column, the
//! aggregation on a hand-computed example, and that no figure for fewer than
//! five citizens leaves the summary in any output (table, CSV, charts, CLI).

use barometer::charts::compass as chart;
use barometer::compass::{read_cells, read_json, summarise, summary_rows, Assessor, Date, Period, COMPASSES};
use barometer::io::csv;

const HEADER: &str = "borger;kompas;tilbud;dato;udfyldt af;d1;d2;d3;d4;d5;d6;d7;d8;d9;d10\n";

fn read(text: &str) -> barometer::compass::CompassData {
    read_cells(&csv::cells(text.as_bytes()).unwrap()).unwrap()
}

/// Citizen `k` in `unit`: first all 5s, latest 5 + `delta` on d1 (others unchanged).
fn rows(unit: &str, deltas: &[i32]) -> String {
    deltas
        .iter()
        .enumerate()
        .map(|(k, d)| {
            format!(
                "{unit}-{k};Borgere med misbrug;{unit};2014-01-10;medarbejder;5;5;5;5;5;5;5;5;5;5\n\
                 {unit}-{k};Borgere med misbrug;{unit};2014-06-10;medarbejder;{};5;5;5;5;5;5;5;5;5\n",
                5 + d
            )
        })
        .collect()
}

#[test]
fn the_change_from_first_to_latest_is_averaged_per_dimension_and_one_assessment_has_no_change() {
    // Six citizens in A: d1 changes +2, +1, 0, 0, −1, +4; a seventh with one assessment only.
    let text = HEADER.to_string() + &rows("A", &[2, 1, 0, 0, -1, 4]) + "A-9;Borgere med misbrug;A;2014-03-01;;9;9;9;9;9;9;9;9;9;9\n";
    let s = summarise(&read(&text), Period::default());
    let a = s.groups.iter().find(|g| g.unit.as_deref() == Some("A")).unwrap();
    assert_eq!((a.citizens, a.single), (Some(6), Some(1)));
    let d1 = &a.dimensions[0];
    assert_eq!(d1.name, "d1");
    assert_eq!(d1.mean_first, Some(5.0));
    assert_eq!(d1.mean_latest, Some(5.0 + 6.0 / 6.0));
    assert_eq!(d1.mean_change, Some(1.0));
    assert_eq!((d1.improved, d1.same, d1.worsened), (Some(3.0 / 6.0), Some(2.0 / 6.0), Some(1.0 / 6.0)));
    assert_eq!(a.dimensions[1].mean_change, Some(0.0));
    assert_eq!(a.dimensions[1].same, Some(1.0));
    // The latest is the latest by date, whatever the row order; a period cuts assessments out.
    let june = Period { from: Some(Date { year: 2014, month: 2, day: 1 }), to: None };
    let s = summarise(&read(&text), june);
    let a = s.groups.iter().find(|g| g.unit.as_deref() == Some("A")).unwrap();
    assert_eq!(a.citizens, None, "no one has two assessments after February: withheld");
}

#[test]
fn staff_is_set_against_the_citizens_own_assessment() {
    let mut text = HEADER.to_string() + &rows("A", &[1, 1, 1, 1, 1]);
    for k in 0..5 {
        text += &format!("A-{k};Borgere med misbrug;A;2014-06-20;borger;8;5;5;5;5;5;5;5;5;5\n");
    }
    let d = read(&text);
    assert_eq!(d.assessments.iter().filter(|a| a.by == Assessor::Citizen).count(), 5);
    let s = summarise(&d, Period::default());
    let v = s.staff_vs_citizen.iter().find(|v| v.unit.as_deref() == Some("A")).unwrap();
    assert_eq!(v.pairs, Some(5));
    assert_eq!(v.dimensions[0], ("d1".into(), Some(6.0), Some(8.0)));
}

#[test]
fn fewer_than_five_citizens_show_no_figure_in_any_output() {
    // Unit A: 6 citizens; unit B: 3 (withheld). "All units" leaves B out, so B cannot be worked out.
    let text = HEADER.to_string() + &rows("A", &[1, 1, 1, 1, 1, 1]) + &rows("B", &[4, 4, 4]);
    let s = summarise(&read(&text), Period::default());
    let b = s.groups.iter().find(|g| g.unit.as_deref() == Some("B")).unwrap();
    assert!(b.withheld());
    assert_eq!((b.citizens, b.single), (None, None));
    assert!(b.dimensions.iter().all(|d| [d.mean_first, d.mean_latest, d.mean_change, d.improved, d.same, d.worsened].iter().all(Option::is_none)));
    let all = s.groups.iter().find(|g| g.unit.is_none()).unwrap();
    assert_eq!(all.citizens, Some(6), "the withheld unit is not in the total");
    assert_eq!(all.dimensions[0].mean_change, Some(1.0), "B's +4 would show in the total");
    // The CSV export.
    let rows = summary_rows(&s);
    let b_rows: Vec<&Vec<String>> = rows.iter().filter(|r| r[1] == "B").collect();
    assert_eq!(b_rows.len(), 10);
    assert!(b_rows.iter().all(|r| r[2] == "for få borgere" && r[4..].iter().all(|c| c == "for få borgere")), "{b_rows:?}");
    // The charts: the words, and no number of B's.
    for svg in [chart::radar(b), chart::bars(b)] {
        assert!(svg.contains("For få borgere"));
        assert!(!svg.contains("<circle") && !svg.contains("+4") && !svg.contains("9,0") && !svg.contains("borgere,"));
    }
    assert_eq!(chart::describe(b), "Borgere med misbrug · B: for få borgere til at vise tal.");
    // And the command line.
    let path = std::env::temp_dir().join("barometer-kompas-test.csv");
    std::fs::write(&path, &text).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_barometer")).args(["compass", path.to_str().unwrap()]).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let b_lines: Vec<&str> = stdout.lines().filter(|l| l.contains("| B |")).collect();
    assert_eq!(b_lines.len(), 10);
    assert!(b_lines.iter().all(|l| l.matches("for få borgere").count() == 7), "{b_lines:?}");
    assert!(stdout.lines().any(|l| l.contains("| A | 6 | d1 | 5,00 | 6,00 | 1,00 | 100 % | 0 % | 0 %")), "{stdout}");
}

#[test]
fn bad_rows_are_named_by_row_and_column_and_nothing_is_loaded() {
    let text = HEADER.to_string()
        + "K1;Borgere med misbrug;A;2014-01-10;;5;5;5;5;5;5;5;5;5;11\n"
        + "K2;Borgere på månen;A;2014-01-10;;5;5;5;5;5;5;5;5;5;5\n"
        + "K3;Borgere med misbrug;A;31.02.2014;;5;5;5;5;5;5;5;5;5;5\n"
        + "K4;Borgere med misbrug;A;1.3.2014;chef;5;5;5;5;5;5;5;0;5;5\n";
    let problems: Vec<String> = read_cells(&csv::cells(text.as_bytes()).unwrap()).unwrap_err().iter().map(barometer::i18n::problem).collect();
    assert_eq!(problems, [
        "række 2, kolonne \"d10\": »11« er ikke en score fra 1 til 10",
        "række 3, kolonne \"kompas\": »Borgere på månen« er ikke et kendt kompas",
        "række 4, kolonne \"dato\": »31.02.2014« er ikke en dato (skriv fx 2014-03-01 eller 1.3.2014)",
        "række 5, kolonne \"udfyldt af\": »chef« er hverken medarbejder eller borger",
        "række 5, kolonne \"d8\": »0« er ikke en score fra 1 til 10",
    ]);
}

#[test]
fn the_example_file_is_fictitious_and_reads_and_json_reads_too() {
    let text = barometer::data::KOMPAS_EKSEMPEL_CSV;
    assert!(text.starts_with("#fiktive data;"));
    let d = read(text);
    assert!(d.assessments.iter().all(|a| a.citizen.starts_with("FIKTIV-") && a.unit.contains("(fiktivt)")));
    assert!(d.assessments.iter().all(|a| COMPASSES.contains(&a.compass.as_str())));
    assert_eq!(d.dimensions["Borgere med handicap"][0], "Sundhed");
    let s = summarise(&d, Period::default());
    assert!(s.groups.iter().any(|g| g.withheld()), "the example shows suppression");
    assert!(s.groups.iter().any(|g| !g.withheld()));
    let json = r#"{"format": "barometer-compass/1", "dimensions": {"Borgere med misbrug": ["a","b","c","d","e","f","g","h","i","j"]},
        "assessments": [{"citizen": "X", "compass": "Borgere med misbrug", "unit": "A", "date": "2014-01-02", "by": "citizen", "scores": [1,2,3,4,5,6,7,8,9,10]}]}"#;
    let d = read_json(json).unwrap();
    assert_eq!(d.assessments[0].scores, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert_eq!(d.assessments[0].by, Assessor::Citizen);
    assert_eq!(d.dimensions["Borgere med misbrug"][9], "j");
}

#[test]
fn an_excel_sheet_reads_with_its_dates_whether_cells_or_passed_on_as_csv() {
    use barometer::io::table::Cell;
    let t = |s: &str| Cell::Text(s.into());
    let mut header = vec![t("borger"), t("kompas"), t("tilbud"), t("dato"), t("udfyldt af")];
    header.extend((1..=10).map(|i| Cell::Text(format!("d{i}"))));
    // 2014-03-01 is Excel's day 41699.
    let mut row = vec![t("K1"), t("Borgere med misbrug"), t("A"), Cell::Number(41699.0), Cell::Empty];
    row.extend((1..=10).map(|i| Cell::Number(f64::from(i))));
    let rows = vec![header, row];
    let d = read_cells(&rows).unwrap();
    assert_eq!(d.assessments[0].date, Date { year: 2014, month: 3, day: 1 });
    // The app's import worker hands the sheet over as CSV: the same.
    let via_csv = read(&csv::write(&rows));
    assert_eq!(via_csv, d);
    let book = barometer::io::xlsx::write(&rows).unwrap();
    let back = read_cells(&barometer::io::xlsx::cells(&book, None).unwrap()).unwrap();
    assert_eq!(back.assessments[0].scores, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
}

#[test]
fn a_json_problem_is_named_by_its_json_path() {
    let json = r#"{"format": "barometer-compass/1", "assessments": [
        {"citizen": "X", "compass": "Borgere med misbrug", "unit": "A", "date": "2014-01-02", "scores": [1,2,3,4,5,6,7,8,9,10]},
        {"citizen": "Y", "compass": "Borgere med misbrug", "unit": "A", "date": "2014-02-30", "scores": [1,2,3,4,5,6,7,8,9,12]}]}"#;
    let problems: Vec<String> = read_json(json).unwrap_err().iter().map(barometer::i18n::problem).collect();
    assert_eq!(problems, [
        "assessments[1].date: »2014-02-30« er ikke en dato (skriv fx 2014-03-01 eller 1.3.2014)",
        "assessments[1].scores[9]: »12« er ikke en score fra 1 til 10",
    ]);
}

#[test]
fn the_worker_reads_and_sums_a_file_and_sends_only_the_summary() {
    use barometer::exchange::{compass, CompassReply};
    let reply = compass("kompas-eksempel.csv", None, Period::default());
    assert!(reply.errors.is_empty());
    let summary = reply.summary.clone().unwrap();
    let example = read(barometer::data::KOMPAS_EKSEMPEL_CSV);
    assert_eq!(summary, summarise(&example, Period::default()));
    // What crosses to the page: the summary, with no citizen key in it.
    let text = serde_json::to_string(&reply).unwrap();
    assert!(!text.contains("FIKTIV-"));
    // Through JSON a mean may move in its last bit; what is shown does not.
    let back = serde_json::from_str::<CompassReply>(&text).unwrap();
    assert_eq!(summary_rows(&back.summary.unwrap()), summary_rows(&summary));
    let bad = compass("k.csv", Some(b"borger;kompas;tilbud;dato;a;b;c;d;e;f;g;h;i;j\nK;Borgere med misbrug;A;2014-01-01;1;2;3;4;5;6;7;8;9;0\n"), Period::default());
    assert_eq!(bad.summary, None);
    assert_eq!(bad.errors, ["række 2, kolonne \"j\": »0« er ikke en score fra 1 til 10"]);
}
