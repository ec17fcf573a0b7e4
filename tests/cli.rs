//! The `barometer` command line, run as a user would run it.

use std::process::Command;

use serde_json::Value;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/pejlemaerker-2014.json");

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn barometer(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_barometer")).args(args).output().expect("the binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

fn json(args: &[&str]) -> Value {
    let r = barometer(args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    serde_json::from_str(&r.stdout).expect("--json prints JSON")
}

#[test]
fn status_json_gives_guidepost_1_about_1_6_and_the_others_their_source_states() {
    let v = json(&["status", DATA, "--json"]);
    let gps = v["guideposts"].as_array().unwrap();
    assert_eq!(v.as_object().unwrap().keys().collect::<Vec<_>>(), ["guideposts"]);
    assert_eq!(gps[0].as_object().unwrap().keys().collect::<Vec<_>>(), ["id", "state", "score", "expected", "on_track", "subgoals"]);
    // On track (METHOD.md): guidepost 1 expects 0,83 and reads 1,60, so it is ahead;
    // a guidepost without a scored reading has neither field.
    assert!((gps[0]["expected"].as_f64().unwrap() - 0.83).abs() < 0.005, "{}", gps[0]["expected"]);
    assert_eq!(gps[0]["on_track"], true);
    assert_eq!(gps[1].as_object().unwrap().keys().collect::<Vec<_>>(), ["id", "state", "score", "subgoals"]);
    assert_eq!(gps[0]["id"], "1");
    assert_eq!(gps[0]["state"], "scored");
    let score = gps[0]["score"].as_f64().unwrap();
    assert_eq!((score * 10.0).round() / 10.0, 1.6);
    assert!((score - 1.596957).abs() < 1e-5, "unrounded: {score}");
    let states: Vec<(&str, &str, Value)> = gps
        .iter()
        .map(|g| (g["id"].as_str().unwrap(), g["state"].as_str().unwrap(), g["score"].clone()))
        .collect();
    assert_eq!(&states[1..4], &[("2", "baseline_only", 0.0.into()), ("3", "baseline_only", 0.0.into()), ("4", "baseline_only", 0.0.into())]);
    assert_eq!(states[5], ("6", "no_data", Value::Null));
    assert_eq!(&states[6..], &[("7", "baseline_only", 0.0.into()), ("8", "no_data", Value::Null), ("9", "baseline_only", 0.0.into())]);
    // Sub-goals say how they counted; groups carry their children.
    assert_eq!(gps[0]["subgoals"][3]["state"], "no_status");
    assert_eq!(gps[0]["subgoals"][5]["children"][1]["score"], 5.0);
}

#[test]
fn options_on_the_command_line_override_the_files_method() {
    let g1 = |extra: &[&str]| {
        let mut args = vec!["status", DATA, "--json"];
        args.extend_from_slice(extra);
        let s = json(&args)["guideposts"][0]["score"].as_f64().unwrap();
        (s * 10.0).round() / 10.0
    };
    assert_eq!(g1(&[]), 1.6);
    assert_eq!(g1(&["--missing", "exclude"]), 2.4);
    assert_eq!(g1(&["--grouping", "flat"]), 1.8);
    assert_eq!(g1(&["--missing", "exclude", "--grouping", "flat"]), 2.5);
    let g5 = json(&["status", DATA, "--json", "--no-clamp"])["guideposts"][4]["score"].as_f64().unwrap();
    assert!((g5 + 13.0 / 3.0).abs() < 1e-9);
    let as_of = json(&["status", DATA, "--json", "--as-of", "2013"]);
    assert_eq!(as_of["guideposts"][0]["state"], "baseline_only");
    let pop = json(&["status", DATA, "--json", "--weighting", "population"]);
    assert_eq!(pop["guideposts"][0]["score"], json(&["status", DATA, "--json"])["guideposts"][0]["score"]);
}

#[test]
fn status_without_json_is_a_danish_table() {
    let r = barometer(&["status", DATA]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("1. Flere udsatte københavnere har en bolig"));
    assert!(r.stdout.contains("Samlet pejlemærkestatus: 1,6  (offentliggjort: 1,6)"));
    assert!(r.stdout.contains("Samlet pejlemærkestatus: −1,0  (offentliggjort: 0,2)"));
    assert!(r.stdout.contains("1.000 (2017)"));
    assert!(r.stdout.contains("95,9 % (2013)"));
    assert!(r.stdout.contains("Samlet pejlemærkestatus: –"));
}

#[test]
fn seek_gives_the_status_needed_or_says_it_is_unreachable() {
    let v = json(&["seek", DATA, "--subgoal", "1.A", "--score", "2.0", "--json"]);
    assert_eq!(v["subgoal"], "1.A");
    assert!((v["value"].as_f64().unwrap() - 896.2).abs() < 0.05);
    let far = json(&["seek", DATA, "--subgoal", "1.A", "--score", "4.5", "--json"]);
    assert_eq!(far, serde_json::json!({"subgoal": "1.A", "reachable": false}));
    let text = barometer(&["seek", DATA, "--subgoal", "1.A", "--score", "2,0"]);
    assert_eq!(text.stdout, "1.A skal have status 896,19 for at pejlemærke 1 viser 2,0.\n");
    let no = barometer(&["seek", DATA, "--subgoal", "3.A", "--score", "1"]);
    assert!(no.stdout.contains("kan ikke alene"), "{}", no.stdout);
}

#[test]
fn bad_input_exits_2_with_one_line_naming_the_problem() {
    let dir = std::env::temp_dir().join(format!("barometer-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(DATA).unwrap()).unwrap();
    v["guideposts"][0]["subgoals"][5]["children"][1]["baseline"]["value"] = "102".into();
    std::fs::write(&bad, v.to_string()).unwrap();
    let bad = bad.to_str().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["status", bad], "guideposts[0].subgoals[5].children[1].baseline.value: forventede et tal"),
        (&["status", "/nonexistent/file.json"], "/nonexistent/file.json"),
        (&["status", DATA, "--missing", "maybe"], "--missing: »maybe« er ikke en af exclude, zero"),
        (&["status", DATA, "--as-of", "next"], "--as-of"),
        (&["status", DATA, "--frobnicate"], "ukendt valg --frobnicate"),
        (&["status"], "mangler en datafil"),
        (&["report", DATA], "ukendt kommando"),
        (&["seek", DATA, "--score", "2"], "seek kræver --subgoal"),
        (&["seek", DATA, "--subgoal", "1.A"], "seek kræver --score"),
        (&["seek", DATA, "--subgoal", "1.Q", "--score", "2"], "ukendt delmål »1.Q«"),
        (&["seek", DATA, "--subgoal", "1.F", "--score", "2"], "1.F er en gruppe"),
        (&["seek", DATA, "--subgoal", "1.A", "--score", "NaN"], "--score"),
    ];
    for (args, needle) in cases {
        let r = barometer(args);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(r.stdout.is_empty(), "{args:?}");
        assert_eq!(r.stderr.lines().count(), 1, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(needle), "{args:?}: {}", r.stderr);
    }
}
