//! One set of limits for every way in (`barometer::limits`): what the app's
//! reducer accepts from an edit field can always be saved, shared and read
//! back exactly; what it refuses (outside the limits) changes nothing.

mod common;

use std::rc::Rc;

use barometer::app::state::{Action, State};
use barometer::io::share::{decode_link, decode_saved, encode_link, encode_saved};
use barometer::scenario::Effect;
use common::*;
use proptest::prelude::*;

fn state() -> State {
    State::new(Rc::new(the_2014_data()))
}

#[test]
fn an_edit_outside_the_limits_changes_nothing_not_even_a_new_scenario() {
    let s = state();
    for action in [
        Action::SetStatus { address: "1.A".into(), year: 2014, value: Some(1e13) },
        Action::SetStatus { address: "1.A".into(), year: 2_000_000, value: Some(950.0) },
        Action::SetTarget { address: "1.A".into(), value: Some(-2e12) },
        Action::SetTargetYear { address: "1.A".into(), year: Some(1800) },
        Action::SetPopulation { address: "5.A1".into(), value: Some(-40.0) },
        Action::SetAsOf(Some(-2147483648)),
        Action::SetEffect { id: "Ø201".into(), index: None, effect: Some(Effect { subgoal: "1.A".into(), year: 2015, change: f64::INFINITY }) },
    ] {
        let after = s.apply(action.clone());
        assert_eq!(after.saved(), s.saved(), "{action:?} was refused");
    }
    // Within the limits, the edit lands (in a new scenario, as Base cannot change).
    let after = s.apply(Action::SetPopulation { address: "5.A1".into(), value: Some(0.0) });
    assert_eq!(after.saved().scenarios.len(), 1);
}

fn value() -> impl Strategy<Value = f64> {
    prop_oneof![
        -2e12f64..2e12,
        -1e3f64..1e4,
        Just(1e12), Just(-1e12), Just(0.0), Just(f64::MAX), Just(f64::NAN), Just(f64::NEG_INFINITY),
    ]
}

fn edit() -> impl Strategy<Value = Action> {
    let address = prop::sample::select(vec!["1.A", "1.B", "1.F1", "5.A1", "3.A", "9.C"]);
    let year = prop_oneof![2013i32..2018, Just(1899), Just(2201), Just(i32::MIN)];
    prop_oneof![
        (address.clone(), year.clone(), prop::option::of(value())).prop_map(|(a, year, value)| Action::SetStatus { address: a.into(), year, value }),
        (address.clone(), prop::option::of(value())).prop_map(|(a, value)| Action::SetTarget { address: a.into(), value }),
        (address.clone(), prop::option::of(year.clone())).prop_map(|(a, year)| Action::SetTargetYear { address: a.into(), year }),
        (address.clone(), prop::option::of(value())).prop_map(|(a, value)| Action::SetPopulation { address: a.into(), value }),
        prop::option::of(year.clone()).prop_map(Action::SetAsOf),
        (address, year, value()).prop_map(|(a, year, change)| Action::SetEffect { id: "Ø201".into(), index: None, effect: Some(Effect { subgoal: a.into(), year, change }) }),
        Just(Action::NewScenario),
        Just(Action::Undo),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Whatever a run of edits leaves, storage and every scenario's link
    /// read back exactly, with nothing left out.
    #[test]
    fn what_the_app_accepts_round_trips_through_storage_and_links(edits in prop::collection::vec(edit(), 1..25)) {
        let data = the_2014_data();
        let mut s = State::new(Rc::new(data.clone()));
        for e in edits {
            s = s.apply(e);
        }
        let saved = s.saved();
        prop_assert_eq!(decode_saved(&encode_saved(&saved), &data).unwrap(), (saved.clone(), vec![]));
        for scenario in &saved.scenarios {
            prop_assert_eq!(decode_link(&encode_link(&data, scenario), &data).unwrap(), (scenario.clone(), vec![]));
        }
    }
}

/// A column pasted into the year table: Danish numbers, blanks kept, the
/// first bad line named; values outside the shared limits are refused too.
#[test]
fn a_pasted_column_reads_danish_numbers_and_names_the_first_bad_line() {
    use barometer::io::column::{column, NotANumber};
    assert_eq!(column("950\n1.000\n\n95,9\r\n"), Ok(vec![Some(950.0), Some(1000.0), None, Some(95.9)]));
    assert_eq!(column("739\t(note)\n–\n"), Ok(vec![Some(739.0), None]), "a block's first cell; a dash is no status");
    assert_eq!(column("1\nabc\n3"), Err(NotANumber { line: 1, text: "abc".into() }));
    assert_eq!(column("1\n10000000000000"), Err(NotANumber { line: 1, text: "10000000000000".into() }));
}
