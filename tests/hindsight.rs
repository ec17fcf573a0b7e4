//! Year after year: what a scenario assumed against what was then measured
//! (`scenario::hindsight`), and a link, file or saved work made before a new
//! year's statuses carried to the data with them (`io::share`), on the
//! fictitious 2015–2017 continuation of the 2014 data.

mod common;

use std::rc::Rc;

use barometer::app::state::{Action, NoticeKind, State};
use barometer::io::json::parse_dataset;
use barometer::io::share::{carry, decode_link, decode_saved, encode_link, encode_saved, open_link, Moved, ShareError};
use barometer::method::{evaluate, Options};
use barometer::model::{Dataset, Point};
use barometer::scenario::hindsight::hindsight;
use barometer::scenario::{apply, Assumption, Effect, Scenario};
use common::*;

const FICTIVE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/pejlemaerker-fiktiv-2015-2017.json");

fn fictive() -> Dataset {
    parse_dataset(&std::fs::read_to_string(FICTIVE).unwrap()).unwrap()
}

/// "What if we house 950 people in 2015?", asked on the 2014 data, with a
/// what-if about 2014 itself that is no forecast.
fn forecast_2015() -> Scenario {
    let mut s = Scenario::new_on(&the_2014_data(), "forventet 2015");
    s.subgoal_mut("1.A").status.insert(2015, 950.0);
    s.subgoal_mut("1.B").status.insert(2014, 500.0);
    s
}

/// The data as it was when only the years up to `year` were measured.
fn until(dataset: &Dataset, year: i32) -> Dataset {
    let mut d = dataset.clone();
    for leaf in d.guideposts.iter_mut().flat_map(|g| g.leaves_mut()) {
        leaf.measurements.retain(|m| m.year <= year);
    }
    d
}

fn guidepost_reading(dataset: &Dataset, scenario: &Scenario, id: &str, year: i32) -> (barometer::method::GuidepostState, Option<f64>) {
    let options = Options { as_of: Some(year), ..scenario.options(dataset) };
    let report = evaluate(&apply(dataset, scenario), &options);
    let g = report.guideposts.iter().find(|g| g.id == id).unwrap();
    (g.state, g.score)
}

#[test]
fn a_forecast_is_held_against_the_measurement_once_the_year_is_measured() {
    let s = forecast_2015();
    assert_eq!(s.measured_until, Some(2014));
    // On the data it was made on, nothing has been measured yet.
    assert!(hindsight(&the_2014_data(), &s).is_empty());

    let data = fictive();
    let h = hindsight(&data, &s);
    assert_eq!(h.assumed.len(), 1, "the 2014 what-if is no forecast: {:?}", h.assumed);
    let a = &h.assumed[0];
    assert_eq!((a.address.as_str(), a.year, a.assumed, a.measured), ("1.A", 2015, 950.0, 739.0));
    assert_eq!(barometer::i18n::assumed_measured(a.assumed, a.measured, a.unit), "antaget 950 · målt 739 (−211)");

    // Guidepost 1 as of 2015: as predicted when it was made (on the data
    // measured until 2014), and now, with 739 in place of 950 and 2015's
    // other measurements (1.D and 1.E first measured) in; the rest of the
    // scenario, the 2014 what-if, kept.
    assert_eq!(h.predicted.len(), 1);
    let p = &h.predicted[0];
    assert_eq!((p.guidepost.as_str(), p.year), ("1", 2015));
    assert_eq!((p.predicted.state, p.predicted.score), guidepost_reading(&until(&data, 2014), &s, "1", 2015));
    let mut now = s.clone();
    now.subgoals.get_mut("1.A").unwrap().status.clear();
    assert_eq!((p.now.state, p.now.score), guidepost_reading(&data, &now, "1", 2015));
    assert!(p.predicted.score.unwrap() > p.now.score.unwrap(), "950 housed reads better than 739");
}

#[test]
fn a_scenario_that_does_not_know_when_it_was_made_forecasts_nothing_until_carried_or_linked() {
    let mut s = forecast_2015();
    s.measured_until = None;
    assert!(hindsight(&fictive(), &s).is_empty(), "no what-if is taken for a forecast");
    // Carried from the 2014 data, it learns that 2014 was measured then.
    let mut state = State::new(Rc::new(the_2014_data())).apply(Action::Import(s.clone()));
    assert_eq!(state.scenarios.list[0].measured_until, None);
    let carried = carry(&state.saved(), &the_2014_data(), &fictive()).unwrap();
    assert_eq!(carried.scenarios[0].measured_until, Some(2014));
    // A link from before opens on the later data knowing it too.
    state = State::new(Rc::new(fictive())).apply(Action::Import(s));
    let moved = Moved { title: String::new(), made_on: Some(2014), now: Some(2017) };
    state = state.apply(Action::Moved { moved, what: "Linket".into() });
    assert_eq!(state.scenarios.list[0].measured_until, Some(2014));
    assert_eq!(state.scenarios.compare, vec![None, Some(0)]);
}

#[test]
fn a_proposals_assumed_effect_and_a_projection_are_forecasts_too() {
    let data = fictive();
    let mut s = Scenario::new_on(&the_2014_data(), "med forslag");
    let id = data.proposals.first().map(|p| p.id.clone()).unwrap_or_else(|| "X".into());
    s.proposals.insert(id, Assumption { on: true, effects: vec![Effect { subgoal: "1.A".into(), year: 2016, change: 50.0 }] });
    let h = hindsight(&data, &s);
    let a = h.assumed.iter().find(|a| a.address == "1.A").unwrap();
    // Made on the 2014 data: 2014's 828 + 50 for 2016, against the 880 measured.
    assert_eq!((a.year, a.assumed, a.measured), (2016, 878.0, 880.0));

    let projected = Scenario { project_to_target: true, ..Scenario::new_on(&the_2014_data(), "fremskrevet") };
    let h = hindsight(&data, &projected);
    assert!(!h.is_empty() && h.assumed.iter().all(|a| a.year == 2017 && a.assumed != a.measured), "{:?}", h.assumed);
    // The projection is the one made on the 2014 data, not one on the newer trend.
    let as_made = apply(&the_2014_data(), &projected);
    let a = h.assumed.iter().find(|a| a.address == "1.A").unwrap();
    let made = as_made.subgoal("1.A").unwrap().1.measurements.iter().find(|m| m.year == 2017).unwrap().value;
    assert_eq!(a.assumed, made);
}

#[test]
fn a_scenario_left_unchanged_or_leaving_a_subgoal_out_assumes_nothing() {
    let data = fictive();
    assert!(hindsight(&data, &Scenario::new_on(&the_2014_data(), "tom")).is_empty());
    let mut s = forecast_2015();
    s.subgoal_mut("1.A").included = Some(false);
    assert!(hindsight(&data, &s).is_empty());
}

#[test]
fn percentages_differ_in_percentage_points() {
    use barometer::model::Unit;
    assert_eq!(barometer::i18n::assumed_measured(95.9, 93.0, Some(Unit::Percent)), "antaget 95,9 % · målt 93 % (−2,9 procentpoint)");
    assert_eq!(barometer::i18n::assumed_measured(700.0, 739.0, None), "antaget 700 · målt 739 (+39)");
    assert_eq!(barometer::i18n::assumed_measured(739.0, 739.0, None), "antaget 739 · målt 739 (0)");
}

#[test]
fn a_link_made_before_the_new_year_opens_on_the_data_with_it_saying_so() {
    let (old, new) = (the_2014_data(), fictive());
    let s = forecast_2015();
    let opened = open_link(&encode_link(&old, &s), &new).unwrap();
    assert_eq!(opened.scenario, s, "the scenario opens as it was made");
    assert_eq!(opened.moved, Some(Moved { title: old.title.clone().unwrap(), made_on: Some(2014), now: Some(2017) }));
    // And the other way round: made on the later data, opened on the earlier.
    let back = open_link(&encode_link(&new, &s), &old).unwrap();
    assert_eq!((back.moved.as_ref().unwrap().made_on, back.moved.unwrap().now), (Some(2017), Some(2014)));
    // On the data it was made on, nothing has moved.
    assert_eq!(open_link(&encode_link(&old, &s), &old).unwrap().moved, None);
}

#[test]
fn a_link_for_other_data_is_still_refused() {
    let old = the_2014_data();
    let mut other = fictive();
    other.guideposts[0].leaves_mut().next().unwrap().baseline = Some(Point { year: 2013, value: 1.0 });
    assert!(matches!(decode_link(&encode_link(&old, &forecast_2015()), &other), Err(ShareError::OtherDataset { .. })));
    // A link from before links named their data's family must match exactly.
    let fragment = encode_link(&old, &forecast_2015());
    let payload = barometer::io::share::FRAGMENT_PREFIX;
    let json = {
        use base64::Engine;
        let packed = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&fragment[payload.len()..]).unwrap();
        let text = String::from_utf8(miniz_oxide::inflate::decompress_to_vec(&packed).unwrap()).unwrap();
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let d = v["dataset"].as_object_mut().unwrap();
        d.remove("family");
        d.remove("latest");
        v.to_string()
    };
    assert!(matches!(barometer::io::share::decode_shared(&json, &fictive()), Err(ShareError::OtherDataset { .. })));
    assert!(barometer::io::share::decode_shared(&json, &old).is_ok());
}

#[test]
fn saved_work_carries_to_the_next_stage_of_the_data_and_reads_back_there() {
    let (old, new) = (the_2014_data(), fictive());
    let mut state = State::new(Rc::new(old.clone()));
    state = state.apply(Action::Import(forecast_2015()));
    let carried = carry(&state.saved(), &old, &new).unwrap();
    assert_eq!(carried.scenarios, state.saved().scenarios);
    assert_eq!(carried.dataset.fingerprint, barometer::io::share::fingerprint(&new));
    assert_eq!(decode_saved(&encode_saved(&carried), &new).unwrap(), (carried.clone(), vec![]));
    // Saved on the earlier stage, read on the later: retagged, nothing dropped.
    let (read, dropped) = decode_saved(&encode_saved(&state.saved()), &new).unwrap();
    assert!(dropped.is_empty());
    assert_eq!(read.dataset.fingerprint, carried.dataset.fingerprint);
    let mut other = new.clone();
    other.guideposts.pop();
    assert_eq!(carry(&state.saved(), &old, &other), None);
}

#[test]
fn loading_the_new_year_keeps_the_scenarios_and_shows_their_forecasts_beside_base() {
    let (old, new) = (the_2014_data(), fictive());
    let state = State::new(Rc::new(old)).apply(Action::Import(forecast_2015())).apply(Action::NewScenario);
    assert_eq!(state.scenarios.list.len(), 2);
    let next = state.apply(Action::LoadDataset { dataset: Rc::new(new), saved: None, notices: vec![] });
    assert_eq!(next.scenarios.list, state.scenarios.list, "kept as they were made");
    assert_eq!(next.scenarios.compare, vec![None, Some(0)], "the measured forecast beside Base");
    let notice = next.notices.iter().find(|n| n.kind == NoticeKind::Info).unwrap();
    assert!(notice.text.contains("De 2 scenarier er ført med over") && notice.text.contains("»forventet 2015«"), "{}", notice.text);
    assert_eq!(next.saved().dataset.fingerprint, next.dataset_ref.fingerprint);
}

#[test]
fn an_old_link_on_new_data_says_the_data_has_moved_on() {
    let new = fictive();
    let opened = open_link(&encode_link(&the_2014_data(), &forecast_2015()), &new).unwrap();
    let state = State::new(Rc::new(new))
        .apply(Action::Import(opened.scenario))
        .apply(Action::Moved { moved: opened.moved.unwrap(), what: "Linket".into() });
    assert_eq!(state.scenarios.compare, vec![None, Some(0)]);
    let text = &state.notices.last().unwrap().text;
    assert!(text.starts_with("Linket er lavet på dataene, som de var med status til og med 2014; siden er der kommet status til og med 2017."), "{text}");
    assert!(text.contains("står det, det antog, over for det målte"), "{text}");
}

#[test]
fn replacing_the_data_is_undone_and_redone_with_the_scenarios_it_had() {
    let (old, new) = (Rc::new(the_2014_data()), Rc::new(fictive()));
    let before = State::new(old.clone()).apply(Action::Import(forecast_2015()));
    let loaded = before.apply(Action::LoadDataset { dataset: new.clone(), saved: None, notices: vec![] });
    let undone = loaded.apply(Action::Undo);
    assert!(Rc::ptr_eq(&undone.dataset, &old));
    assert_eq!(undone.dataset_ref, before.dataset_ref);
    assert_eq!(undone.scenarios, before.scenarios);
    let said = &undone.notices.last().unwrap().text;
    assert!(said.starts_with("Dataene er skiftet tilbage til »Socialudvalgets politiske pejlemærker 2014-2017 — status 2014« (status til og med 2014)."), "{said}");
    // The import before it is one more step back.
    assert!(undone.apply(Action::Undo).scenarios.list.is_empty());
    assert_eq!(undone.notices.len(), 1, "what was said about the data left behind is gone: {:?}", undone.notices);
    let redone = undone.apply(Action::Redo);
    assert_eq!(redone.notices.len(), 1);
    assert!(Rc::ptr_eq(&redone.dataset, &new));
    assert_eq!(redone.scenarios, loaded.scenarios);
    assert_eq!(redone.saved(), loaded.saved(), "saved under the new data's key again");
}

#[test]
fn escape_closes_the_import_preview_the_paste_dialog_and_the_year_table_and_f_does_not_present_behind_a_dialog() {
    use barometer::app::state::{Key, Pending};
    let state = State::new(Rc::new(the_2014_data()));
    let previewing = state.apply(Action::Stage(Some(Rc::new(Pending::default()))));
    assert_eq!(previewing.apply(Action::Key(Key::Present)).presenting, None, "no presentation behind the preview");
    let closed = previewing.apply(Action::Key(Key::Leave));
    assert!(closed.pending.is_none());
    assert_eq!(closed.dataset, state.dataset, "nothing changed");
    let pasting = state.apply(Action::Paste(true));
    assert!(!pasting.apply(Action::Key(Key::Leave)).pasting);
    let table = state.apply(Action::YearTable(true));
    assert!(!table.apply(Action::Key(Key::Leave)).year_table, "closed; what was typed is kept by the app");
    assert_eq!(table.apply(Action::Key(Key::Present)).presenting, None);
    assert_eq!(state.apply(Action::Key(Key::Present)).presenting, Some(0));
}
