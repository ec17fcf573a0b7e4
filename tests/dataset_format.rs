//! The `barometer-dataset/1` format: round trips, and malformed input that
//! gives every problem with its JSON path, never a panic.

mod common;

use barometer::io::json::{parse_dataset, to_json};
use barometer::problem::{Problem, ProblemKind};
use common::*;
use serde_json::{json, Value};

fn the_2014_value() -> Value {
    serde_json::from_str(barometer::data::PEJLEMAERKER_2014_JSON).unwrap()
}

/// Problems one per line, in the Danish the command line and the app show.
fn describe(problems: &[Problem]) -> String {
    problems.iter().map(barometer::i18n::problem).collect::<Vec<_>>().join("\n")
}

/// The problems of a JSON value, one per line, as the command line shows them.
fn problems(v: &Value) -> String {
    describe(&parse_dataset(&v.to_string()).expect_err("malformed data is refused"))
}

#[test]
fn the_2014_dataset_round_trips() {
    let data = the_2014_data();
    let saved = to_json(&data);
    assert_eq!(parse_dataset(&saved).unwrap(), data);
    // Saved numbers read like the source: whole numbers without a fraction.
    assert!(saved.contains("\"value\": 859\n"));
    assert!(saved.contains("\"value\": 95.9"));
    // And the saved file is the shipped file, field for field.
    let shipped = the_2014_value();
    assert_eq!(serde_json::from_str::<Value>(&saved).unwrap(), shipped);
}

#[test]
fn unknown_fields_are_kept_through_a_round_trip() {
    let mut v = the_2014_value();
    v["exported_by"] = json!("Excel");
    v["guideposts"][0]["colour"] = json!("blue");
    v["guideposts"][0]["subgoals"][5]["children"][0]["extra"] = json!({"a": [1, 2]});
    let data = parse_dataset(&v.to_string()).unwrap();
    let again: Value = serde_json::from_str(&to_json(&data)).unwrap();
    assert_eq!(again, v);
}

#[test]
fn a_text_where_a_number_belongs_names_its_json_path() {
    let mut v = the_2014_value();
    v["guideposts"][0]["subgoals"][5]["children"][1]["baseline"]["value"] = json!("102");
    assert_eq!(problems(&v), "guideposts[0].subgoals[5].children[1].baseline.value: forventede et tal");
}

#[test]
fn every_problem_is_listed_at_once() {
    let mut v = the_2014_value();
    v["method"]["missing"] = json!("sometimes");
    v["guideposts"][1]["id"] = json!(2);
    v["guideposts"][0]["subgoals"][0]["measurements"][0]["year"] = json!(2014.5);
    v["guideposts"][0]["subgoals"][1]["unit"] = json!("stk");
    v["guideposts"][4]["subgoals"][0]["children"][0]["population"] = json!(-3);
    assert_eq!(
        problems(&v),
        [
            "method.missing: »sometimes« er ikke en af exclude, zero",
            "guideposts[0].subgoals[0].measurements[0].year: forventede et helt årstal mellem 1900 og 2200, fx 2014",
            "guideposts[0].subgoals[1].unit: »stk« er ikke en af count, percent, rate",
            "guideposts[1].id: forventede en tekst",
            "guideposts[4].subgoals[0].children[0].population: forventede et tal på 0 eller mere",
        ]
        .join("\n")
    );
}

#[test]
fn each_malformed_shape_has_its_message() {
    let base = the_2014_value();
    let cases: Vec<(Box<dyn Fn(&mut Value)>, &str)> = vec![
        (Box::new(|v| { v.as_object_mut().unwrap().remove("format"); }), "format: feltet mangler"),
        (Box::new(|v| v["format"] = json!("barometer-dataset/2")), "format: forventede »barometer-dataset/1«, fandt »barometer-dataset/2«"),
        (Box::new(|v| v["guideposts"] = json!({})), "guideposts: forventede en liste"),
        (Box::new(|v| v["guideposts"][0] = json!("1")), "guideposts[0]: forventede et objekt"),
        (Box::new(|v| v["guideposts"][2]["id"] = json!("2")), "guideposts[2].id: id »2« bruges to gange"),
        (Box::new(|v| v["guideposts"][0]["subgoals"][1]["id"] = json!("A")), "guideposts[0].subgoals[1].id: id »A« bruges to gange"),
        (Box::new(|v| { v["guideposts"][0]["subgoals"][0].as_object_mut().unwrap().remove("id"); }), "guideposts[0].subgoals[0].id: feltet mangler"),
        (Box::new(|v| v["guideposts"][0]["subgoals"][0]["measurements"] = json!([{"year": 2014, "value": 1}, {"year": 2014, "value": 2}])), "guideposts[0].subgoals[0].measurements[1].year: to målinger for 2014"),
        (Box::new(|v| v["guideposts"][0]["subgoals"][5]["baseline"] = json!({"year": 2013, "value": 231})), "guideposts[0].subgoals[5].baseline: en gruppe (et delmål med underdelmål) har ingen egne værdier"),
        (Box::new(|v| v["guideposts"][0]["subgoals"][5]["children"][0]["children"] = json!([{"id": "x"}])), "guideposts[0].subgoals[5].children[0].children: grupper kan kun have ét niveau af underdelmål"),
        (Box::new(|v| v["guideposts"][0]["subgoals"][0]["target"]["kind"] = json!("under")), "guideposts[0].subgoals[0].target.kind: »under« er ikke en af value, below, above"),
        (Box::new(|v| { v["guideposts"][0]["subgoals"][0]["target"].as_object_mut().unwrap().remove("value"); }), "guideposts[0].subgoals[0].target.value: feltet mangler"),
        (Box::new(|v| v["guideposts"][0]["published"] = json!({"state": "unknown"})), "guideposts[0].published.state: »unknown« er ikke en af baseline_only, no_data"),
        (Box::new(|v| v["guideposts"][0]["published"] = json!({})), "guideposts[0].published: forventede {\"score\": n} eller {\"state\": \"baseline_only\" | \"no_data\"}"),
        (Box::new(|v| v["method"]["clamp"] = json!("yes")), "method.clamp: forventede true eller false"),
        (Box::new(|v| v["guideposts"][0]["initiatives"][1] = json!(201)), "guideposts[0].initiatives[1]: forventede en tekst"),
        (Box::new(|v| v["proposals"][3]["guideposts"][1] = json!("10")), "proposals[3].guideposts[1]: der er intet pejlemærke »10«"),
        (Box::new(|v| { v["proposals"][0].as_object_mut().unwrap().remove("title"); }), "proposals[0].title: feltet mangler"),
        (Box::new(|v| v["proposals"][1]["id"] = json!("Ø101")), "proposals[1].id: id »Ø101« bruges to gange"),
    ];
    for (mutate, expected) in cases {
        let mut v = base.clone();
        mutate(&mut v);
        assert_eq!(problems(&v), expected);
    }
}

#[test]
fn text_that_is_not_a_dataset_object_is_refused_with_a_reason() {
    let err = |text: &str| describe(&parse_dataset(text).unwrap_err());
    assert_eq!(err("[]"), "forventede et objekt");
    assert_eq!(err("null"), "forventede et objekt");
    assert!(err("").starts_with("ikke gyldig JSON i linje 1, kolonne 0"));
    assert!(err("{\"format\": ").starts_with("ikke gyldig JSON i linje 1"));
    let e = parse_dataset("{\n  \"format\": \"barometer-dataset/1\",\n  \"guideposts\": [,]\n}").unwrap_err();
    assert!(matches!(e[0].kind, ProblemKind::Syntax { line: 3, .. }), "{e:?}");
}

#[test]
fn the_smallest_dataset_reads_with_defaults() {
    let d = parse_dataset(r#"{"format": "barometer-dataset/1", "guideposts": []}"#).unwrap();
    assert!(d.guideposts.is_empty() && d.method.is_empty());
    let d = parse_dataset(r#"{"format":"barometer-dataset/1","guideposts":[{"id":"1","subgoals":[{"id":"A","population":null}]}]}"#).unwrap();
    assert_eq!(d.guideposts[0].subgoals[0].population, None);
    assert_eq!(d.guideposts[0].title, "");
}

/// Every prefix of the 2014 file and every single-byte change to it gives a
/// dataset or problems, never a panic.
#[test]
fn broken_files_never_panic() {
    let text = barometer::data::PEJLEMAERKER_2014_JSON;
    for end in (0..text.len()).step_by(5).filter(|&i| text.is_char_boundary(i)) {
        let _ = parse_dataset(&text[..end]);
    }
    let bytes = text.as_bytes();
    for (i, replacement) in (0..bytes.len()).step_by(7).zip([b'"', b'1', b'{', b']', b'-', b'x', b'.', b'n'].iter().cycle()) {
        let mut b = bytes.to_vec();
        b[i] = *replacement;
        if let Ok(s) = String::from_utf8(b) {
            if let Ok(d) = parse_dataset(&s) {
                let _ = barometer::method::evaluate(&d, &barometer::method::Options::default());
            }
        }
    }
}

#[test]
fn what_the_format_allows_is_read() {
    // No guideposts or sub-goals yet, a year written 2014.0, a group with empty value lists.
    let d = parse_dataset(r#"{"format":"barometer-dataset/1"}"#).unwrap();
    assert!(d.guideposts.is_empty());
    let d = parse_dataset(r#"{"format":"barometer-dataset/1","guideposts":[{"id":"1"},{"id":"2","subgoals":[
        {"id":"A","baseline":{"year":2013.0,"value":1}},
        {"id":"F","measurements":[],"children":[{"id":"F1"}]}]}]}"#).unwrap();
    assert_eq!(d.guideposts[1].subgoals[0].baseline.unwrap().year, 2013);
    assert_eq!(d.guideposts[0].subgoals.len(), 0);
}

#[test]
fn a_duplicate_id_is_named_by_its_own_place_and_years_stay_in_range() {
    let text = r#"{"format":"barometer-dataset/1","guideposts":[{"id":"1","subgoals":[{"title":"no id"},{"id":"A"},{"id":"A"}]}]}"#;
    assert_eq!(
        describe(&parse_dataset(text).unwrap_err()),
        "guideposts[0].subgoals[0].id: feltet mangler\nguideposts[0].subgoals[2].id: id »A« bruges to gange"
    );
    let far = r#"{"format":"barometer-dataset/1","guideposts":[{"id":"1","subgoals":[{"id":"A","baseline":{"year":2147483647,"value":1}}]}]}"#;
    assert_eq!(describe(&parse_dataset(far).unwrap_err()), "guideposts[0].subgoals[0].baseline.year: forventede et helt årstal mellem 1900 og 2200, fx 2014");
}
