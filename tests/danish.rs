//! Every message a user can meet is Danish: the problems of bad files (all
//! formats), JSON syntax errors, share links and saved work, and the command
//! line's errors and warnings. The test fails on English words, with text
//! quoted from the input (»…«) left out.

mod common;

use barometer::io::{self, Format};
use std::process::Command;

/// English words that have no place in a Danish message.
const ENGLISH: &[&str] = &[
    "the", "expected", "not", "missing", "found", "line", "column", "weighted", "lack", "lacks", "between",
    "such", "invalid", "error", "eof", "trailing", "key", "must", "value", "is", "of", "or", "and", "file",
    "text", "number", "year", "while", "parsing", "damaged", "directory", "such", "no",
];

#[track_caller]
fn assert_danish(message: &str) {
    // What the message quotes from the input is the user's own text.
    let mut own = String::new();
    let mut quoted = false;
    for c in message.chars() {
        match c {
            '»' => quoted = true,
            '«' => quoted = false,
            c if !quoted => own.push(c),
            _ => {}
        }
    }
    for word in own.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        assert!(!ENGLISH.contains(&word.to_lowercase().as_str()), "English »{word}« in: {message}");
    }
}

fn messages(format: Format, bytes: &[u8]) -> Vec<String> {
    let import = io::load(format, bytes, None);
    import.errors.iter().chain(&import.warnings).map(barometer::i18n::problem).collect()
}

#[test]
fn every_problem_of_a_bad_file_is_danish() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bad");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let format = Format::of(path.to_str().unwrap()).unwrap();
        for m in messages(format, &std::fs::read(&path).unwrap()) {
            assert_danish(&m);
            seen += 1;
        }
    }
    for json in ["", "{", "[1,]", "{\"a\" 1}", "{a: 1}", "{\"format\": 3}", "{\"format\":\"barometer-dataset/1\",\"guideposts\":[{\"id\":1}]}", "\"\u{1}\"", "nul", "{} x"] {
        let found = messages(Format::Json, json.as_bytes());
        assert!(!found.is_empty(), "{json:?} is refused");
        found.iter().for_each(|m| assert_danish(m));
    }
    // A warning the 2014 data gives (population weighting without populations).
    let found = messages(Format::Json, barometer::data::PEJLEMAERKER_2014_JSON.as_bytes());
    assert!(!found.is_empty());
    found.iter().for_each(|m| assert_danish(m));
    assert!(seen >= 9);
}

#[test]
fn share_links_files_and_saved_work_say_why_in_danish() {
    let data = common::the_2014_data();
    for link in ["b1=!!!", "b1=AAAAbroken", "#section-2", "b1=eJzLSM3JyQcABiwCFQ"] {
        let e = barometer::io::share::decode_link(link, &data).unwrap_err();
        assert_danish(&barometer::app::browser::share_error(&e));
    }
    for text in ["{", "ikke json", "{\"format\": \"barometer-scenario/1\"}", "{\"format\": 1}", "{}"] {
        if let Err(e) = barometer::io::share::decode_shared(text, &data) {
            assert_danish(&barometer::app::browser::share_error(&e));
        }
        if let Err(e) = barometer::io::share::decode_saved(text, &data) {
            assert_danish(&barometer::app::browser::share_error(&e));
        }
    }
}

#[test]
fn the_command_line_speaks_danish_in_errors_and_warnings() {
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_barometer")).args(args).output().unwrap();
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout)
    };
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data/pejlemaerker-2014.json");
    let bad = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bad/text-in-number.csv");
    let out = std::env::temp_dir().join(format!("barometer-danish-{}.csv", std::process::id()));
    for args in [
        vec!["status", "/findes/ikke.json"],
        vec!["status", bad],
        vec!["status", data, "--missing", "maybe"],
        vec!["status", data, "--as-of", "20000"],
        vec!["seek", data, "--subgoal", "9.Z", "--score", "2"],
        vec!["convert", data, "-o", out.to_str().unwrap()],
        vec!["frobnicate"],
    ] {
        // The paths are the user's own words.
        let said = args.iter().fold(run(&args), |said, a| said.replace(a, "»FIL«"));
        assert!(!said.trim().is_empty(), "{args:?} says something");
        for line in said.lines().filter(|l| l.starts_with("barometer:") || l.starts_with("advarsel")) {
            assert_danish(line);
        }
    }
}
