//! An edit typed or dragged in one field is one undo step, until the field
//! is left; a typed text that stops being a number takes its step back, so
//! "9x0" never leaves the 9 it passed through as a status (a helper trying
//! the app saw 1.A saved as 9, reading 0,9, over a reload).

mod common;

use std::rc::Rc;

use barometer::app::state::{Action, State};
use common::*;

fn state() -> State {
    State::new(Rc::new(the_2014_data()))
}

fn status(value: f64) -> Action {
    Action::SetStatus { address: "1.A".into(), year: 2014, value: Some(value) }
}

fn one_a(s: &State) -> Option<f64> {
    let active = s.active();
    active.subgoals.get("1.A").and_then(|o| o.status.get(&2014).copied())
}

#[test]
fn two_entries_in_the_same_field_are_two_undo_steps() {
    let s = state().apply(status(9.0)).apply(status(95.0)).apply(status(950.0)).apply(Action::EndEdit);
    let s = s.apply(status(9.0)).apply(status(900.0));
    assert_eq!(one_a(&s), Some(900.0));
    let back = s.apply(Action::Undo);
    assert_eq!(one_a(&back), Some(950.0), "the first entry, not Base");
    assert_eq!(back.apply(Action::Undo).saved().scenarios.len(), 0, "then Base, before the fork");
}

#[test]
fn a_text_that_stops_being_a_number_takes_its_typing_back() {
    // "9x0" on Base: the 9 forked a scenario; the x takes both back.
    let s = state().apply(status(9.0)).apply(Action::Revert(Box::new(status(0.0))));
    assert_eq!(s.saved().scenarios.len(), 0, "Base again, no scenario left from a typo");
    assert!(s.undo.is_empty() && s.redo.is_empty());
    assert!(s.notices.is_empty(), "nor its notice: {:?}", s.notices);

    // In a scenario, after an earlier entry: back to that entry.
    let s = state().apply(status(950.0)).apply(Action::EndEdit).apply(status(9.0)).apply(Action::Revert(Box::new(status(0.0))));
    assert_eq!(one_a(&s), Some(950.0));
    assert_eq!(s.apply(Action::Undo).saved().scenarios.len(), 0, "one step left: the 950");
}

#[test]
fn a_revert_for_another_field_or_after_the_field_was_left_changes_nothing() {
    let s = state().apply(status(950.0));
    let target = Action::SetTarget { address: "1.A".into(), value: None };
    assert_eq!(s.apply(Action::Revert(Box::new(target))).saved(), s.saved());
    let left = s.apply(Action::EndEdit);
    assert_eq!(left.apply(Action::Revert(Box::new(status(0.0)))).saved(), left.saved());
}
