//! Beside each reading the app says whether it is the published figure and,
//! if not, why. In a scenario that moves a reading, the reason is the
//! scenario, not the method (a presented slide blamed the method before).

mod common;

use std::rc::Rc;

use barometer::app::state::{Action, State};
use barometer::app::view::View;
use common::*;

#[test]
fn on_the_data_guidepost_1_is_the_published_figure_and_5_says_why_not() {
    let state = State::new(Rc::new(the_2014_data()));
    let view = View::new(state.dataset.clone(), state.active());
    let one = view.published(0).unwrap();
    assert!(one.agrees && one.reason.is_none(), "{one:?}");
    let five = view.published(4).unwrap();
    assert!(!five.agrees, "{five:?}");
    assert!(five.reason.unwrap().contains("population"), "the method's reason: weights missing");
    // What to do about it is apart, for the screen one edits on (not a slide, not print).
    assert_eq!(five.remedy.as_deref(), Some("Indtast populationerne under »Ret 5.A1« for at regne som kilden."));
}

#[test]
fn in_a_scenario_that_moves_a_reading_the_scenario_is_the_reason() {
    let state = State::new(Rc::new(the_2014_data())).apply(Action::SetStatus { address: "1.A".into(), year: 2014, value: Some(950.0) });
    let view = View::new(state.dataset.clone(), state.active());
    let one = view.published(0).unwrap();
    assert!(!one.agrees, "{one:?}");
    assert_eq!(one.reason.as_deref(), Some("Scenariet ændrer aflæsningen; dataene alene giver 1,6, som offentliggjort."));
    assert_eq!(one.remedy, None);
    // A guidepost the scenario leaves alone keeps its own reason.
    let five = view.published(4).unwrap();
    assert!(five.reason.unwrap().contains("population"));
}
