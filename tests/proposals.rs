//! Budget proposals: in the 2014 data with the guideposts they support, and
//! in scenarios as the user's assumptions, applied and removed exactly.

mod common;

use barometer::io::json::{parse_dataset, to_json};
use barometer::method::evaluate;
use barometer::i18n::scenario_changes as changes;
use barometer::scenario::{apply, Assumption, Effect, Scenario};
use common::*;

fn with_effect(id: &str, on: bool, effects: Vec<(&str, i32, f64)>) -> Scenario {
    let mut s = Scenario::named("Med forslag");
    s.proposals.insert(
        id.to_string(),
        Assumption { on, effects: effects.into_iter().map(|(a, y, c)| Effect { subgoal: a.into(), year: y, change: c }).collect() },
    );
    s
}

fn reading(data: &barometer::model::Dataset, s: &Scenario, g: usize) -> Option<f64> {
    evaluate(&apply(data, s), &s.options(data)).guideposts[g].score
}

#[test]
fn the_2014_data_lists_every_proposal_of_the_source_with_its_guideposts() {
    let data = the_2014_data();
    let ids: Vec<&str> = data.proposals.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["Ø101", "Ø102", "Ø103", "Ø201", "Ø202", "Ø301", "Ø302", "Ø303", "Ø304", "Ø305", "Ø306", "Ø401", "Ø402", "Ø601", "SI04"]);
    let supports = |g: &str| data.proposals_for(g).map(|p| p.id.clone()).collect::<Vec<String>>();
    assert_eq!(supports("1"), ["Ø201", "Ø202", "Ø304"]);
    assert_eq!(supports("6"), ["Ø101", "Ø301", "Ø302", "Ø303", "Ø304", "Ø305", "Ø306"]);
    assert_eq!(supports("9"), ["Ø103", "Ø401", "SI04"]);
    // Each guidepost's own list of initiatives (the source's order) names the same ones.
    for gp in &data.guideposts {
        let mut listed = gp.initiatives.clone();
        listed.sort();
        let mut found = supports(&gp.id);
        found.sort();
        assert_eq!(listed, found, "guidepost {}", gp.id);
    }
    assert_eq!(data.proposals[3].title, "Fleksibel bostøtte til borgere med psykiske lidelser");
}

#[test]
fn proposals_survive_saving_and_a_proposal_naming_no_guidepost_is_an_error_with_its_path() {
    let data = the_2014_data();
    assert_eq!(parse_dataset(&to_json(&data)).unwrap(), data);
    let text = to_json(&data).replace("\"Ø102\",\n      \"title\": \"Tidlig og familieorienteret indsats overfor unge førstegangskriminelle\",\n      \"guideposts\": [\n        \"3\"", "\"Ø102\",\n      \"title\": \"Tidlig og familieorienteret indsats overfor unge førstegangskriminelle\",\n      \"guideposts\": [\n        \"33\"");
    assert_ne!(text, to_json(&data), "the test edits the file");
    let problems = parse_dataset(&text).unwrap_err();
    let text: Vec<String> = problems.iter().map(barometer::i18n::problem).collect();
    assert_eq!(text, ["proposals[1].guideposts[0]: der er intet pejlemærke »33«"]);
}

#[test]
fn an_effect_adds_to_the_years_value_and_switching_off_removes_it_exactly() {
    let data = the_2014_data();
    let base = reading(&data, &Scenario::named("x"), 0).unwrap();
    // Ø201 assumed to house 122 more in 2015: 1.A 2015 = 828 + 122 = 950.
    let on = with_effect("Ø201", true, vec![("1.A", 2015, 122.0)]);
    let applied = apply(&data, &on);
    let (_, a) = applied.subgoal("1.A").unwrap();
    assert!(a.measurements.iter().any(|m| m.year == 2015 && m.value == 950.0));
    // 1.A from (828 − 859)/141·5 to (950 − 859)/141·5, over 6 counted items.
    let expected = base + ((950.0 - 859.0) - (828.0 - 859.0)) / 141.0 * 5.0 / 6.0;
    assert_close(reading(&data, &on, 0).unwrap(), expected);
    // Off: exactly the data again, and nothing listed as a change.
    let off = with_effect("Ø201", false, vec![("1.A", 2015, 122.0)]);
    assert_eq!(apply(&data, &off), data);
    assert!(changes(&data, &off).is_empty());
    assert!(off.is_base_like());
    assert_eq!(changes(&data, &on), ["budgetforslag Ø201 med: antaget effekt 1.A 2015 +122"]);
}

#[test]
fn effects_add_up_on_a_year_already_measured_or_set_and_skip_what_cannot_be_read() {
    let data = the_2014_data();
    let mut s = with_effect("Ø201", true, vec![("1.A", 2014, 10.0), ("1.A", 2014, 5.0), ("1.ZZ", 2015, 1.0), ("1.F", 2015, 1.0)]);
    s.proposals.insert("Ø304".into(), Assumption { on: true, effects: vec![Effect { subgoal: "1.A".into(), year: 2014, change: -3.0 }] });
    let applied = apply(&data, &s);
    let (_, a) = applied.subgoal("1.A").unwrap();
    assert_eq!(a.measurements.iter().filter(|m| m.year == 2014).map(|m| m.value).collect::<Vec<_>>(), [828.0 + 10.0 + 5.0 - 3.0]);
    // On top of a scenario's own value for the year.
    let mut set = s.clone();
    set.subgoal_mut("1.A").status.insert(2014, 900.0);
    let (_, a) = apply(&data, &set).subgoal("1.A").map(|(g, s)| (g.clone(), s.clone())).unwrap();
    assert!(a.measurements.iter().any(|m| m.year == 2014 && m.value == 912.0));
    // An unknown sub-goal and a group are left alone: only 1.A changed.
    let mut expected = data.clone();
    expected.guideposts[0].subgoals[0].measurements[0].value = 840.0;
    assert_eq!(applied, expected);
}

#[test]
fn a_scenario_with_assumptions_survives_a_share_link() {
    let data = the_2014_data();
    let s = with_effect("Ø201", true, vec![("1.A", 2015, 122.0)]);
    let link = barometer::io::share::encode_link(&data, &s);
    let back = barometer::io::share::decode_link(&link, &data).unwrap();
    assert_eq!(back, (s, vec![]));
}
