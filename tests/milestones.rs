//! Goals tracked in words (`kind: "milestone"`): the 2007 action plan as
//! transcribed, parsing and its errors, counts, saving in every format, and
//! that they never enter a numeric reading.

mod common;

use barometer::io::json::{parse_dataset, to_json};
use barometer::io::{self, csv, xlsx, Format};
use barometer::method::{evaluate, GuidepostState, Options};
use barometer::model::{Dataset, Milestone, MilestoneStatus::*, SubgoalKind};
use common::*;

fn plan() -> Dataset {
    barometer::data::handlingsplan_2007().expect("the 2007 plan reads")
}

fn counts(d: &Dataset, g: &str) -> Vec<(barometer::model::MilestoneStatus, usize)> {
    Dataset::milestone_counts(d.guideposts.iter().find(|x| x.id == g).unwrap(), None).into_iter().filter(|(_, n)| *n > 0).collect()
}

#[test]
fn the_2007_plan_has_its_twelve_focus_areas_and_eighteen_goals_with_their_statuses() {
    let d = plan();
    assert_eq!(d.title.as_deref(), Some(barometer::data::HANDLINGSPLAN_2007_TITLE));
    assert_eq!(d.guideposts.len(), 12);
    assert_eq!(d.guideposts.iter().flat_map(|g| g.leaves()).filter(|l| l.is_milestone()).count(), 18);
    assert_eq!(counts(&d, "1"), [(Postponed, 2)]);
    assert_eq!(counts(&d, "3"), [(Met, 1)]);
    assert_eq!(counts(&d, "6"), [(InProgress, 2)]);
    assert_eq!(counts(&d, "11"), [(Met, 1), (NotMet, 1), (Dropped, 1)]);
    let mut all = std::collections::BTreeMap::new();
    for g in &d.guideposts {
        for (s, n) in Dataset::milestone_counts(g, None) {
            *all.entry(s).or_insert(0) += n;
        }
    }
    assert_eq!(all.into_iter().collect::<Vec<_>>(), [(Met, 4), (InProgress, 6), (Postponed, 4), (NotMet, 3), (Dropped, 1)]);
    let (_, b) = d.subgoal("11.B").unwrap();
    assert_eq!(b.milestone_at(None).unwrap(), &Milestone { year: 2007, status: Dropped, text: "Målet udgår, da Projektkontoret nedlægges med omorganiseringen af Socialforvaltningen.".into() });
    assert_eq!(b.milestone_at(Some(2006)), None, "no status before 2007");
}

#[test]
fn milestones_never_enter_a_reading() {
    let d = plan();
    let report = evaluate(&d, &Options::from_spec(&d.method));
    assert!(report.guideposts.iter().all(|g| g.state == GuidepostState::NoData && g.score.is_none()));
    // Beside numbers, a milestone changes nothing: guidepost 1 of 2014 with one added.
    let mut data = the_2014_data();
    let before = evaluate(&data, &Options::from_spec(&data.method)).guideposts[0].score;
    let mut goal = d.guideposts[2].subgoals[0].clone();
    goal.id = "Z".into();
    data.guideposts[0].subgoals.push(goal);
    for missing in [barometer::model::Missing::Exclude, barometer::model::Missing::Zero] {
        let o = Options { missing, ..Options::from_spec(&data.method) };
        let mut plain = the_2014_data();
        plain.method = data.method;
        assert_eq!(evaluate(&data, &o).guideposts[0].score, evaluate(&plain, &o).guideposts[0].score);
    }
    assert_eq!(evaluate(&data, &Options::from_spec(&data.method)).guideposts[0].score, before);
}

#[test]
fn the_plan_saves_and_reads_back_the_same_in_json_csv_and_excel() {
    let d = plan();
    let text = to_json(&d);
    assert!(text.contains("\"kind\": \"milestone\""));
    assert!(text.contains("\"status\": \"postponed\""));
    assert_eq!(parse_dataset(&text).unwrap(), d);
    let csv_bytes = io::save(Format::Csv, &d, false).unwrap();
    assert!(String::from_utf8_lossy(&csv_bytes).contains(";Udgår: Målet udgår, da Projektkontoret"));
    assert_eq!(csv::read(&csv_bytes).dataset.unwrap(), d);
    let book = io::save(Format::Xlsx, &d, false).unwrap();
    assert_eq!(xlsx::read(&book, None).dataset.unwrap(), d);
    // People write the words their own way.
    let typed = "pejlemærke;delmål;titel;status 2007;status 2008\n1. Hjemløse;A;Kontaktordning;nået;I gang: videreføres\n";
    let read = csv::read(typed.as_bytes()).dataset.unwrap();
    let (_, a) = read.subgoal("1.A").unwrap();
    assert_eq!(a.kind, SubgoalKind::Milestone);
    assert_eq!(a.milestones.iter().map(|m| (m.year, m.status, m.text.as_str())).collect::<Vec<_>>(), [(2007, Met, ""), (2008, InProgress, "videreføres")]);
}

#[test]
fn a_malformed_milestone_names_its_path() {
    let v = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v: serde_json::Value = serde_json::from_str(barometer::data::HANDLINGSPLAN_2007_JSON).unwrap();
        f(&mut v);
        parse_dataset(&v.to_string()).unwrap_err().iter().map(barometer::i18n::problem).collect::<Vec<_>>()
    };
    assert_eq!(
        v(&|v| v["guideposts"][0]["subgoals"][0]["measurements"][0]["status"] = "halvvejs".into()),
        ["guideposts[0].subgoals[0].measurements[0].status: »halvvejs« er ikke en af met, in_progress, postponed, not_met, dropped"]
    );
    assert_eq!(
        v(&|v| v["guideposts"][0]["subgoals"][0]["baseline"] = serde_json::json!({"year": 2006, "value": 1})),
        ["guideposts[0].subgoals[0].baseline: et milepælsmål har status i ord, ingen baseline, mål eller underdelmål"]
    );
    assert_eq!(
        v(&|v| { v["guideposts"][0]["subgoals"][0]["measurements"][0].as_object_mut().unwrap().remove("status"); }),
        ["guideposts[0].subgoals[0].measurements[0].status: feltet mangler"]
    );
    assert_eq!(
        v(&|v| v["guideposts"][0]["subgoals"][0]["kind"] = "words".into()),
        ["guideposts[0].subgoals[0].kind: »words« er ikke en af numeric, milestone", "guideposts[0].subgoals[0].measurements[0].value: feltet mangler"]
    );
}

#[test]
fn a_guidepost_is_read_in_words_only_when_it_has_sub_goals_and_all_are_milestones() {
    let plan: barometer::model::Dataset = parse_dataset(barometer::data::HANDLINGSPLAN_2007_JSON).unwrap();
    assert!(plan.guideposts.iter().any(|g| g.in_words_only()));
    let data = barometer::data::pejlemaerker_2014().unwrap();
    assert!(data.guideposts.iter().all(|g| !g.in_words_only()));
    assert!(!barometer::model::Guidepost::new("1", "uden delmål").in_words_only(), "no sub-goals: nothing to read in words either");
}
