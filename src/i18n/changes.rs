//! A scenario's changes to the data and the method, in words: the lines of
//! the side-by-side table, the scenario bar and the print.

use super::{grouping, missing, plain, target_kind, value, weighting};
use crate::model::Dataset;
use crate::scenario::Scenario;

/// The inputs a scenario changes, in words, for the side-by-side table.
pub fn scenario_changes(dataset: &Dataset, scenario: &Scenario) -> Vec<String> {
    let mut out = Vec::new();
    for (address, o) in &scenario.subgoals {
        let unit = dataset.subgoal(address).and_then(|(_, s)| s.unit);
        for (year, v) in &o.status {
            out.push(format!("{address} status {year}: {}", value(*v, unit)));
        }
        if let Some(v) = o.target_value {
            out.push(format!("{address} mål: {}", value(v, unit)));
        }
        if let Some(y) = o.target_year {
            out.push(format!("{address} målår: {y}"));
        }
        if let Some(k) = o.target_kind {
            out.push(format!("{address} måltype: {}", target_kind(k)));
        }
        if let Some(p) = o.population {
            out.push(format!("{address} population: {}", plain(p)));
        }
        if o.included == Some(false) {
            out.push(format!("{address} udeladt"));
        }
    }
    let m = &scenario.method;
    if let Some(x) = m.missing {
        out.push(format!("metode: {}", missing(x).to_lowercase()));
    }
    if let Some(x) = m.grouping {
        out.push(format!("metode: {}", grouping(x).to_lowercase()));
    }
    if let Some(x) = m.weighting {
        out.push(format!("metode: {}", weighting(x).to_lowercase()));
    }
    if let Some(x) = m.clamp {
        out.push(if x { "metode: begrænset til −5 … +5".into() } else { "metode: ubegrænset".into() });
    }
    if let Some(y) = m.as_of {
        out.push(format!("status til og med {y}"));
    }
    if scenario.project_to_target {
        out.push("alle delmål fremskrevet til målåret".into());
    }
    for (id, a) in scenario.proposals.iter().filter(|(_, a)| a.on) {
        if a.effects.is_empty() {
            out.push(format!("budgetforslag {id} med (ingen antaget effekt)"));
        }
        for e in &a.effects {
            let unit = dataset.subgoal(&e.subgoal).and_then(|(_, s)| s.unit);
            let sign = if e.change >= 0.0 { "+" } else { "" };
            out.push(format!("budgetforslag {id} med: antaget effekt {} {} {sign}{}", e.subgoal, e.year, value(e.change, unit)));
        }
    }
    out
}
