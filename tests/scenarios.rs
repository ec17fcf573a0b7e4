//! Scenarios applied to the data, goal seek into a scenario, and the
//! share link / scenario file / saved blob round trips, bad input included.

mod common;

use barometer::i18n::parse_number;
use barometer::io::share::*;
use barometer::method::seek::{seek, status_year, Seek};
use barometer::method::{evaluate, GuidepostState, Options, SubgoalState};
use barometer::model::{Grouping, Missing, TargetKind, Weighting};
use barometer::i18n::scenario_changes as changes;
use barometer::scenario::{apply, MethodOverride, Scenario};
use common::*;

fn reading(scenario: &Scenario, id: &str) -> (GuidepostState, Option<f64>) {
    let data = the_2014_data();
    let report = evaluate(&apply(&data, scenario), &scenario.options(&data));
    let g = report.guideposts.iter().find(|g| g.id == id).unwrap();
    (g.state, g.score)
}

#[test]
fn base_reads_exactly_like_the_data() {
    let data = the_2014_data();
    let base = Scenario::named("Base");
    assert!(base.is_base_like());
    assert_eq!(apply(&data, &base), data);
    assert_eq!(base.options(&data), Options::from_spec(&data.method));
}

#[test]
fn housing_950_in_2014_reads_2_32_and_leaves_the_data_alone() {
    let data = the_2014_data();
    let mut s = Scenario::named("950 boliger");
    s.subgoal_mut("1.A").status.insert(2014, 950.0);
    let expected = (5.0 * 91.0 / 141.0 + 4.0 + 3.75 + 0.0 + 0.0 + (5.0 * 5.0 / 29.0 + 5.0) / 2.0) / 6.0;
    let (_, score) = reading(&s, "1");
    assert_close(score.unwrap(), expected);
    assert_eq!(barometer::i18n::score(score.unwrap()), "2,3");
    assert_eq!(data, the_2014_data());
    assert_eq!(changes(&data, &s), ["1.A status 2014: 950"]);
}

#[test]
fn a_status_for_a_new_year_becomes_the_latest_and_as_of_reads_the_old_one() {
    let mut s = Scenario::named("2015");
    s.subgoal_mut("1.A").status.insert(2015, 1000.0);
    let data = the_2014_data();
    let applied = apply(&data, &s);
    assert_eq!(applied.subgoal("1.A").unwrap().1.measurements.len(), 2);
    let with = reading(&s, "1").1.unwrap();
    s.method.as_of = Some(2014);
    assert_close(reading(&s, "1").1.unwrap(), reading(&Scenario::default(), "1").1.unwrap());
    assert!(with > reading(&s, "1").1.unwrap());
}

#[test]
fn target_value_year_and_kind_can_be_changed() {
    // 1.A target 1.100: (828 − 859) / (1100 − 859).
    let mut s = Scenario::named("mål");
    s.subgoal_mut("1.A").target_value = Some(1100.0);
    let data = the_2014_data();
    let r = evaluate(&apply(&data, &s), &s.options(&data));
    assert_close(r.guideposts[0].subgoals[0].score.unwrap(), 5.0 * -31.0 / 241.0);
    // A direction-only target given a value becomes numeric and scores once measured.
    let mut t = Scenario::named("3.A");
    t.subgoal_mut("3.A").target_value = Some(0.9);
    t.subgoal_mut("3.A").status.insert(2014, 1.0);
    let applied = apply(&data, &t);
    assert_eq!(applied.subgoal("3.A").unwrap().1.target.unwrap().kind, TargetKind::Value);
    // A scores 2,5; B has no status and counts as 0 (the dataset says missing = zero).
    let (state, score) = reading(&t, "3");
    assert_eq!(state, GuidepostState::Scored);
    assert_close(score.unwrap(), 1.25);
    // A target for a sub-goal without one takes the dataset's target year.
    let mut u = Scenario::named("6.B");
    u.subgoal_mut("6.B").target_value = Some(50.0);
    assert_eq!(apply(&data, &u).subgoal("6.B").unwrap().1.target.unwrap().year, 2017);
    let mut k = Scenario::named("kind");
    k.subgoal_mut("1.B").target_kind = Some(TargetKind::Below);
    k.subgoal_mut("1.C").target_year = Some(2020);
    let applied = apply(&data, &k);
    assert_eq!(applied.subgoal("1.B").unwrap().1.target.unwrap().kind, TargetKind::Below);
    assert_eq!(applied.subgoal("1.C").unwrap().1.target.unwrap().year, 2020);
    let r = evaluate(&applied, &k.options(&data));
    assert_eq!(r.guideposts[0].subgoals[1].state, SubgoalState::NoTarget);
}

#[test]
fn populations_and_inclusion_change_the_reading() {
    // Guidepost 5 weighted by population: A1 −5, A2 2, A3 0.
    let mut s = Scenario::named("pop");
    for (id, p) in [("5.A1", 100.0), ("5.A2", 300.0), ("5.A3", 100.0)] {
        s.subgoal_mut(id).population = Some(p);
    }
    assert_close(reading(&s, "5").1.unwrap(), (-5.0 * 100.0 + 2.0 * 300.0) / 500.0);
    let mut out = Scenario::named("uden A");
    out.subgoal_mut("1.A").included = Some(false);
    assert_close(reading(&out, "1").1.unwrap(), (4.0 + 3.75 + (5.0 * 5.0 / 29.0 + 5.0) / 2.0) / 5.0);
    let mut child = Scenario::named("uden F2");
    child.subgoal_mut("1.F2").included = Some(false);
    let data = the_2014_data();
    assert_eq!(apply(&data, &child).subgoal("1.F").unwrap().1.children.len(), 1);
}

#[test]
fn method_options_belong_to_the_scenario() {
    let data = the_2014_data();
    let mut s = Scenario::named("m");
    s.method = MethodOverride { missing: Some(Missing::Exclude), grouping: Some(Grouping::Flat), ..MethodOverride::default() };
    assert_eq!(barometer::i18n::score(reading(&s, "1").1.unwrap()), "2,5");
    let o = Options { weighting: Weighting::Population, clamp: false, as_of: Some(2014), ..Options::from_spec(&data.method) };
    let m = MethodOverride::between(&Options::from_spec(&data.method), &o);
    assert_eq!(m, MethodOverride { weighting: Some(Weighting::Population), clamp: Some(false), as_of: Some(2014), ..MethodOverride::default() });
    s.method = m;
    assert_eq!(s.options(&data), o);
}

#[test]
fn projecting_to_the_target_year_scores_every_trend() {
    let mut s = Scenario::named("2017");
    s.project_to_target = true;
    let data = the_2014_data();
    let applied = apply(&data, &s);
    let a = applied.subgoal("1.A").unwrap().1;
    let m2017 = a.measurements.iter().find(|m| m.year == 2017).unwrap();
    assert_close(m2017.value, 859.0 - 4.0 * 31.0);
    // Sub-goals without a status have no trend and stay as they are.
    assert_eq!(applied.subgoal("1.D").unwrap().1.measurements.len(), 0);
    let r = evaluate(&applied, &s.options(&data));
    assert_close(r.guideposts[0].subgoals[0].score.unwrap(), 5.0 * -124.0 / 141.0);
    assert!(changes(&data, &s).contains(&"alle delmål fremskrevet til målåret".to_string()));
}

#[test]
fn goal_seek_into_a_scenario_gives_the_reading_asked_for() {
    let data = the_2014_data();
    let mut s = Scenario::named("seek");
    let o = s.options(&data);
    let gp = &data.guideposts[0];
    for id in ["A", "D", "C", "F2"] {
        let Seek::Value(v) = seek(gp, id, 1.0, &o).unwrap() else { panic!("{id} reachable") };
        let year = status_year(gp, gp.find_subgoal(id).unwrap(), &o);
        assert_eq!(year, 2014);
        let mut trial = s.clone();
        trial.subgoal_mut(&format!("1.{id}")).status.insert(year, v);
        assert_close(reading(&trial, "1").1.unwrap(), 1.0);
    }
    s.subgoal_mut("1.A").status.insert(2014, 896.194_827_586_207_6);
    assert_close(reading(&s, "1").1.unwrap(), 2.0);
}

#[test]
fn danish_numbers_are_read_as_typed() {
    let cases = [
        ("1.000", Some(1000.0)), ("95,9", Some(95.9)), ("95,9 %", Some(95.9)), ("95,9%", Some(95.9)),
        ("−1,1", Some(-1.1)), ("-1,1", Some(-1.1)), ("1.234,5", Some(1234.5)), ("896.2", Some(896.2)),
        ("950", Some(950.0)), (" 1 000 ", Some(1000.0)), ("12.345.678", Some(12345678.0)),
        ("", None), ("abc", None), ("1,2,3", None), ("1.00,5", None), ("NaN", None), ("inf", None), ("1e400", None),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_number(text), expected, "{text:?}");
    }
}

#[test]
fn an_edit_field_shows_every_decimal_the_value_has_and_reads_it_back() {
    use barometer::i18n::{exact, plain};
    // "1.2345" was shown as 1,23 in the field while 1,2345 was calculated with.
    assert_eq!(exact(1.2345), "1,2345");
    assert_eq!(plain(1.2345), "1,23");
    for (v, shown) in [(1000.0, "1.000"), (95.9, "95,9"), (-0.125, "−0,125"), (1234567.654321, "1.234.567,654321"), (0.0, "0")] {
        assert_eq!(exact(v), shown);
    }
    for v in [1.2345, 95.9, 0.1 + 0.2, 1e-6, 12.5e6, -3.000001, 896.19, 2.0 / 3.0] {
        let back = parse_number(&exact(v)).expect("reads back");
        assert!((back - v).abs() <= 5e-7 * v.abs().max(1.0), "{v} → {} → {back}", exact(v));
    }
}

#[test]
fn a_comma_before_three_digits_is_read_the_danish_way_with_a_hint() {
    use barometer::i18n::comma_hint;
    assert_eq!(parse_number("1,500"), Some(1.5));
    assert_eq!(comma_hint("1,500").as_deref(), Some("Læses som 1,5 (komma er decimaltegn). Mente du 1.500?"));
    assert_eq!(comma_hint("−12,250 %").as_deref(), Some("Læses som −12,25 (komma er decimaltegn). Mente du −12.250?"));
    for plain in ["1.500", "95,9", "1,50", "1.234,567", "1234,500", "abc", "", "1,5000"] {
        assert_eq!(comma_hint(plain), None, "{plain:?}");
    }
}

#[test]
fn a_share_link_round_trips_and_stays_compact() {
    let data = the_2014_data();
    let mut s = Scenario::named("Æble & pære <b>");
    s.subgoal_mut("1.A").status.insert(2015, 950.0);
    s.subgoal_mut("3.A").target_value = Some(0.9);
    s.method.missing = Some(Missing::Exclude);
    s.project_to_target = true;
    let link = encode_link(&data, &s);
    assert!(link.starts_with("b1="));
    assert!(link.chars().all(|c| c.is_ascii_alphanumeric() || "=-_".contains(c)), "{link}");
    assert!(link.len() < 400, "{} characters", link.len());
    assert_eq!(decode_link(&link, &data).unwrap(), (s.clone(), vec![]));
    assert_eq!(decode_link(&format!("#{link}"), &data).unwrap(), (s, vec![]));
}

#[test]
fn a_bad_link_is_refused_with_a_reason() {
    let data = the_2014_data();
    let good = encode_link(&data, &Scenario::named("x"));
    assert_eq!(decode_link("", &data), Err(ShareError::NotALink));
    assert_eq!(decode_link("#section-2", &data), Err(ShareError::NotALink));
    assert!(matches!(decode_link("b1=!!!", &data), Err(ShareError::Damaged(_))));
    assert!(matches!(decode_link(&good[..good.len() - 6], &data), Err(ShareError::Damaged(_))));
    let not_json = format!("b1={}", base64_of(&miniz_oxide::deflate::compress_to_vec(b"hello", 6)));
    assert!(matches!(decode_link(&not_json, &data), Err(ShareError::Damaged(_))));
    let bomb = format!("b1={}", base64_of(&miniz_oxide::deflate::compress_to_vec(&vec![b' '; 3 << 20], 9)));
    assert_eq!(decode_link(&bomb, &data), Err(ShareError::TooLarge));
    let mut other = data.clone();
    other.title = Some("Andre data".into());
    other.guideposts.pop();
    let foreign = encode_link(&other, &Scenario::named("x"));
    assert_eq!(decode_link(&foreign, &data), Err(ShareError::OtherDataset { title: "Andre data".into() }));
}

fn base64_of(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

#[test]
fn a_scenario_file_round_trips_and_names_its_dataset() {
    let data = the_2014_data();
    let mut s = Scenario::named("Fil");
    s.subgoal_mut("1.B").status.insert(2014, 460.0);
    let text = encode_file(&data, &s);
    assert!(text.contains("\"format\": \"barometer-scenario/1\""));
    assert_eq!(decode_shared(&text, &data).unwrap(), (s, vec![]));
    assert!(matches!(decode_shared("{", &data), Err(ShareError::Damaged(_))));
    assert_eq!(decode_shared(barometer::data::PEJLEMAERKER_2014_JSON, &data), Err(ShareError::WrongFormat("barometer-dataset/1".into())));
    let broken = text.replace("460", "\"mange\"");
    assert!(matches!(decode_shared(&broken, &data), Err(ShareError::Damaged(_))));
}

#[test]
fn the_saved_blob_round_trips_and_corruption_is_detected() {
    let data = the_2014_data();
    let saved = Saved { format: SAVED_FORMAT.into(), dataset: DatasetRef::of(&data), scenarios: vec![Scenario::named("a"), Scenario::named("b")], active: Some(1), compare: vec![None, Some(0)] };
    let text = encode_saved(&saved);
    assert_eq!(decode_saved(&text, &data).unwrap(), (saved.clone(), vec![]));
    assert!(matches!(decode_saved("{not json", &data), Err(ShareError::Damaged(_))));
    // An index that points at no scenario: the scenarios are kept, the index is not.
    let out_of_range = text.replace("\"active\":1", "\"active\":7");
    let (kept, dropped) = decode_saved(&out_of_range, &data).unwrap();
    assert_eq!((kept.scenarios, kept.active), (saved.scenarios, None));
    assert_eq!(dropped, ["hvilket scenarie der var aktivt"]);
}

/// One value outside the limits (METHOD.md, "Limits on input") never costs
/// the rest: links, files and saved work keep every other value and name the
/// one they left out, and what they keep reads back exactly.
#[test]
fn a_value_outside_the_limits_is_left_out_and_named_and_the_rest_is_kept() {
    let data = the_2014_data();
    let mut s = Scenario::named("Budget");
    s.subgoal_mut("1.A").status.insert(2014, 950.0);
    s.subgoal_mut("1.B").status.insert(2014, 1e13);
    s.subgoal_mut("5.A1").population = Some(-40.0);
    s.subgoal_mut("1.C").target_year = Some(3000);
    s.assumption_mut("Ø201").on = true;
    s.assumption_mut("Ø201").effects.push(barometer::scenario::Effect { subgoal: "1.A".into(), year: 2015, change: 2e12 });
    let mut expected = Scenario::named("Budget");
    expected.subgoal_mut("1.A").status.insert(2014, 950.0);
    expected.assumption_mut("Ø201").on = true;
    let named = [
        "1.B status 2014: 10.000.000.000.000",
        "1.C målår: 3000",
        "5.A1 population: −40",
        "antaget effekt af Ø201 på 1.A 2015: 2.000.000.000.000",
    ];
    let (kept, dropped) = decode_link(&encode_link(&data, &s), &data).unwrap();
    assert_eq!(kept, expected);
    assert_eq!(dropped, named);
    assert_eq!(decode_link(&encode_link(&data, &kept), &data).unwrap(), (kept.clone(), vec![]));
    let (kept, dropped) = decode_shared(&encode_file(&data, &s), &data).unwrap();
    assert_eq!((&kept, dropped.len()), (&expected, 4));
    let saved = Saved { format: SAVED_FORMAT.into(), dataset: DatasetRef::of(&data), scenarios: vec![Scenario::named("a"), s], active: Some(1), compare: vec![] };
    let (kept, dropped) = decode_saved(&encode_saved(&saved), &data).unwrap();
    assert_eq!(kept.scenarios, [Scenario::named("a"), expected]);
    assert_eq!(kept.active, Some(1));
    assert_eq!(dropped[0], "»Budget«: 1.B status 2014: 10.000.000.000.000");
}
