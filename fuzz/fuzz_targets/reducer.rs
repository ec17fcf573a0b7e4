#![no_main]
//! The app's one reducer fed edit actions (a whole year's statuses too) in
//! any order with any values
//! (NaN, 10^300, negative populations, years from 1890 to 2400), on the 2014
//! data: whatever it accepts stays within the shared limits, so the active
//! scenario shares and saves again exactly with nothing left out, and it
//! evaluates sanely.
#[path = "check.rs"]
mod check;
use std::rc::Rc;

use barometer::app::state::{Action, State};
use barometer::io::share;
use barometer::model::TargetKind;
use barometer::scenario::Effect;
use libfuzzer_sys::fuzz_target;

fn number(b: &mut impl Iterator<Item = u8>) -> f64 {
    let bytes: [u8; 8] = std::array::from_fn(|_| b.next().unwrap_or(0));
    match bytes[0] % 4 {
        // Mostly values a person types; sometimes any f64 at all.
        0 => f64::from_le_bytes(bytes),
        _ => f64::from(i32::from_le_bytes([bytes[1], bytes[2], bytes[3], bytes[4]])) / f64::from(bytes[5].max(1)),
    }
}

/// The 2014 data, read once.
fn the_2014_data() -> &'static barometer::model::Dataset {
    static DATA: std::sync::OnceLock<barometer::model::Dataset> = std::sync::OnceLock::new();
    DATA.get_or_init(|| barometer::data::pejlemaerker_2014().expect("the embedded data reads"))
}

fuzz_target!(|data: &[u8]| {
    let dataset = Rc::new(the_2014_data().clone());
    let addresses: Vec<String> = dataset.guideposts.iter().flat_map(|g| g.leaves().map(move |l| format!("{}.{}", g.id, l.id))).collect();
    let proposals: Vec<String> = dataset.proposals.iter().map(|p| p.id.clone()).collect();
    let mut state = State::new(dataset.clone());
    let mut b = data.iter().copied();
    while let Some(op) = b.next() {
        let address = addresses[usize::from(b.next().unwrap_or(0)) % addresses.len()].clone();
        let year = 1890 + i32::from(b.next().unwrap_or(0)) * 2;
        let value = number(&mut b);
        let on = value > 0.0;
        let action = match op % 19 {
            0 => Action::SetStatus { address, year, value: Some(value) },
            1 => Action::SetStatus { address, year, value: None },
            2 => Action::SetTarget { address, value: Some(value) },
            3 => Action::SetTargetYear { address, year: Some(year) },
            4 => Action::SetTargetKind { address, kind: Some([TargetKind::Value, TargetKind::Below, TargetKind::Above][year as usize % 3]) },
            5 => Action::SetPopulation { address, value: Some(value) },
            6 => Action::SetIncluded { address, included: on },
            7 => Action::ResetSubgoal(address),
            8 => Action::SetProjectToTarget(on),
            9 => Action::SetAsOf(Some(year)),
            10 => Action::NewScenario,
            11 => Action::DuplicateScenario,
            12 => Action::Undo,
            13 => Action::Redo,
            14 => Action::DeleteScenario,
            15 => Action::SetProposal { id: proposals[year as usize % proposals.len()].clone(), on },
            16 => Action::SetEffect {
                id: proposals[year as usize % proposals.len()].clone(),
                index: None,
                effect: Some(Effect { subgoal: address, year, change: value }),
            },
            17 => Action::SetYear { year, values: vec![(address, Some(value)), (addresses[usize::from(op) % addresses.len()].clone(), None)] },
            _ => Action::Switch(None),
        };
        state = state.apply(action);
    }
    let scenario = state.active();
    assert_eq!(share::keep_valid(scenario.clone()), (scenario.clone(), vec![]), "the reducer accepted a value the links refuse");
    let link = share::encode_link(&dataset, &scenario);
    assert_eq!(share::decode_link(&link, &dataset), Ok((scenario.clone(), vec![])), "a link of the active scenario reads back");
    let saved = state.saved();
    let (again, dropped) = share::decode_saved(&share::encode_saved(&saved), &dataset).expect("saved work reads back");
    assert!(dropped.is_empty(), "saving dropped {dropped:?}");
    assert_eq!(again, saved);
    let applied = barometer::scenario::apply(&dataset, &scenario);
    // (Drawing is the other targets' part: here it would leave time for a few hundred inputs only.)
    check::evaluates_sanely(&applied);
});
