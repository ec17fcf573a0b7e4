//! Edits to the user's scenarios: the reducer's largest arm, kept apart.
//! An edit while Base is active goes into a new scenario; a run of edits to
//! one value is one undo step (`edit_key`).

use super::{Action, Notice, NoticeKind, State};
use crate::limits::{year_ok, Limit};
use crate::scenario::{MethodOverride, Scenario, BASE};

/// Whether an edit's numbers are within `crate::limits`, the limits links,
/// files and saved work are read with: an edit outside them is refused
/// (the field says why), so the scenario can always be saved and shared.
pub(super) fn within_limits(action: &Action) -> bool {
    match action {
        Action::SetStatus { year, value, .. } => year_ok(*year) && value.is_none_or(|v| Limit::Value.allows(v)),
        Action::SetYear { year, values } => year_ok(*year) && values.iter().all(|(_, v)| v.is_none_or(|v| Limit::Value.allows(v))),
        Action::SetTarget { value: Some(v), .. } => Limit::Value.allows(*v),
        Action::SetTargetYear { year: Some(y), .. } | Action::SetAsOf(Some(y)) => year_ok(*y),
        Action::SetPopulation { value: Some(p), .. } => Limit::Population.allows(*p),
        Action::SetEffect { effect: Some(e), .. } => year_ok(e.year) && Limit::Value.allows(e.change),
        _ => true,
    }
}

impl State {
    /// An edit to the active scenario (a new one when Base is active), or to the list.
    pub(super) fn edit(&mut self, action: Action) {
        if !within_limits(&action) {
            return;
        }
        let list = &mut self.scenarios.list;
        match action {
            Action::NewScenario => {
                list.push(Scenario::new_on(&self.dataset, &unique_name(list, "Scenarie")));
                self.scenarios.active = Some(list.len() - 1);
                return;
            }
            Action::DuplicateScenario => {
                let mut copy = self.active();
                copy.name = unique_name(&self.scenarios.list, &format!("{} (kopi)", copy.name));
                self.scenarios.list.push(copy);
                self.scenarios.active = Some(self.scenarios.list.len() - 1);
                return;
            }
            Action::Import(mut s) => {
                if let Some(i) = list.iter().position(|x| *x == s) {
                    self.scenarios.active = Some(i);
                } else {
                    s.name = unique_name(list, if s.name.trim().is_empty() { "Delt scenarie" } else { &s.name });
                    list.push(s);
                    self.scenarios.active = Some(list.len() - 1);
                }
                return;
            }
            Action::CompareWithout(id) => {
                let Some(i) = self.scenarios.active.filter(|i| *i < list.len()) else { return };
                let mut copy = list[i].clone();
                copy.assumption_mut(&id).on = false;
                copy.tidy();
                copy.name = unique_name(list, &format!("{} uden {id}", list[i].name));
                list.push(copy);
                self.scenarios.compare = vec![Some(i), Some(list.len() - 1)];
                return;
            }
            Action::DeleteScenario => {
                if let Some(i) = self.scenarios.active {
                    list.remove(i);
                    self.scenarios.active = None;
                    self.scenarios.compare = self
                        .scenarios
                        .compare
                        .iter()
                        .filter(|c| **c != Some(i))
                        .map(|c| c.map(|j| if j > i { j - 1 } else { j }))
                        .collect();
                }
                return;
            }
            _ => {}
        }
        let dataset_options = self.dataset_options();
        let index = match self.scenarios.active {
            Some(i) => i,
            None => {
                if matches!(action, Action::ResetMethod | Action::ResetScenario | Action::RenameScenario(_)) {
                    return; // nothing to reset or rename on Base
                }
                let name = unique_name(&self.scenarios.list, "Scenarie");
                self.scenarios.list.push(Scenario::new_on(&self.dataset, &name));
                self.scenarios.active = Some(self.scenarios.list.len() - 1);
                self.notices.push(Notice {
                    kind: NoticeKind::Info,
                    text: forked_notice(&name),
                    download: None,
                });
                self.scenarios.list.len() - 1
            }
        };
        let s = &mut self.scenarios.list[index];
        let mut options = s.options(&self.dataset);
        match action {
            Action::SetMissing(m) => options.missing = m,
            Action::SetGrouping(g) => options.grouping = g,
            Action::SetWeighting(w) => options.weighting = w,
            Action::SetClamp(c) => options.clamp = c,
            Action::SetAsOf(y) => options.as_of = y,
            Action::ResetMethod => options = dataset_options,
            Action::SetStatus { address, year, value } => {
                let o = s.subgoal_mut(&address);
                match value {
                    Some(v) => o.status.insert(year, v),
                    None => o.status.remove(&year),
                };
            }
            Action::SetYear { year, values } => {
                for (address, value) in values {
                    let o = s.subgoal_mut(&address);
                    match value {
                        Some(v) => o.status.insert(year, v),
                        None => o.status.remove(&year),
                    };
                }
            }
            Action::SetTarget { address, value } => s.subgoal_mut(&address).target_value = value,
            Action::SetTargetYear { address, year } => s.subgoal_mut(&address).target_year = year,
            Action::SetTargetKind { address, kind } => s.subgoal_mut(&address).target_kind = kind,
            Action::SetPopulation { address, value } => s.subgoal_mut(&address).population = value,
            Action::SetIncluded { address, included } => {
                s.subgoal_mut(&address).included = (!included).then_some(false)
            }
            Action::ResetSubgoal(address) => {
                s.subgoals.remove(&address);
            }
            Action::SetProjectToTarget(on) => s.project_to_target = on,
            Action::SetProposal { id, on } => s.assumption_mut(&id).on = on,
            Action::SetEffect { id, index, effect } => {
                let effects = &mut s.assumption_mut(&id).effects;
                match (index, effect) {
                    (None, Some(e)) => effects.push(e),
                    (Some(i), Some(e)) if i < effects.len() => effects[i] = e,
                    (Some(i), None) if i < effects.len() => {
                        effects.remove(i);
                    }
                    _ => {}
                }
            }
            Action::ResetScenario => {
                *s = Scenario { name: s.name.clone(), measured_until: s.measured_until, ..Scenario::default() };
                options = dataset_options;
            }
            Action::RenameScenario(name) => {
                let name = name.trim().to_string();
                if !name.is_empty() && name != BASE {
                    s.name = name;
                }
            }
            _ => {}
        }
        s.method = MethodOverride::between(&dataset_options, &options);
        s.tidy();
    }
}

/// What an edit changes, so that a run of edits to one value is one undo step.
pub(super) fn edit_key(action: &Action) -> Option<String> {
    match action {
        Action::SetStatus { address, year, .. } => Some(format!("status {address} {year}")),
        Action::SetTarget { address, .. } => Some(format!("target {address}")),
        Action::SetTargetYear { address, .. } => Some(format!("target year {address}")),
        Action::SetPopulation { address, .. } => Some(format!("population {address}")),
        Action::SetEffect { id, index: Some(i), effect: Some(_) } => Some(format!("effect {id} {i}")),
        Action::RenameScenario(_) => Some("rename".into()),
        Action::Switch(_) | Action::ToggleCompare(_) => Some("view".into()),
        _ => None,
    }
}

/// Switching and choosing what to compare are not edits.
pub(super) fn is_undoable(key: &Option<String>) -> bool {
    key.as_deref() != Some("view")
}

fn unique_name(list: &[Scenario], stem: &str) -> String {
    let taken = |n: &str| n == BASE || list.iter().any(|s| s.name == n);
    if stem != "Scenarie" && !taken(stem) {
        return stem.to_string();
    }
    (1..).map(|i| format!("{stem} {i}")).find(|n| !taken(n)).unwrap_or_default()
}


const FORKED: &str = "Base kan ikke ændres, så ændringen er lagt i et nyt scenarie: ";

/// The notice that an edit of Base went into a new scenario (undo takes it back with the scenario).
pub fn forked_notice(name: &str) -> String {
    format!("{FORKED}»{name}«.")
}

pub fn is_forked_notice(text: &str) -> bool {
    text.starts_with(FORKED)
}
