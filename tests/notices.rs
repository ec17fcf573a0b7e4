//! What the app says about a step lasts until the next step: notices about
//! earlier steps do not pile up over the screen (on a projector they covered
//! the readings), while an error stays until it is closed.

mod common;

use std::rc::Rc;

use barometer::app::state::{Action, Notice, NoticeKind, State};
use common::*;

fn state() -> State {
    State::new(Rc::new(the_2014_data()))
}

fn status(value: f64) -> Action {
    Action::SetStatus { address: "1.A".into(), year: 2014, value: Some(value) }
}

fn texts(s: &State, kind: NoticeKind) -> Vec<String> {
    s.notices.iter().filter(|n| n.kind == kind).map(|n| n.text.clone()).collect()
}

#[test]
fn what_was_said_about_a_step_goes_with_the_next_step() {
    // An edit of Base goes into a new scenario, and says so.
    let forked = state().apply(status(900.0));
    let said = texts(&forked, NoticeKind::Info);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains("Scenarie"), "{said:?}");

    // Moving the same slider on is the same step: the notice stays.
    let dragged = forked.apply(status(910.0)).apply(status(920.0));
    assert_eq!(texts(&dragged, NoticeKind::Info), said);

    // Another change is the next step.
    let next = dragged.apply(Action::SetTarget { address: "1.A".into(), value: Some(1100.0) });
    assert_eq!(texts(&next, NoticeKind::Info), Vec::<String>::new());
}

#[test]
fn an_error_stays_until_it_is_closed_and_a_step_that_changes_nothing_clears_nothing() {
    let error = Notice { kind: NoticeKind::Error, text: "Filen kunne ikke læses.".into(), download: None };
    let info = Notice { kind: NoticeKind::Info, text: "Data indlæst fra »x.json«.".into(), download: None };
    let s = state().apply(Action::Notify(error.clone())).apply(Action::Notify(info.clone()));

    // Opening a guidepost or a refused edit is no step of the scenarios.
    let looked = s.apply(Action::Toggle("3".into())).apply(status(1e13));
    assert!(looked.notices.contains(&info), "{:?}", looked.notices);

    let edited = looked.apply(status(950.0));
    assert!(edited.notices.contains(&error), "{:?}", edited.notices);
    assert!(!edited.notices.contains(&info), "{:?}", edited.notices);
    // The refused edit did not swallow the valid one's undo step.
    assert!(edited.apply(Action::Undo).saved().scenarios.is_empty(), "undo takes the edit back");
    let closed = edited.apply(Action::DismissNotice(edited.notices.iter().position(|n| *n == error).unwrap()));
    assert!(!closed.notices.contains(&error));
}
