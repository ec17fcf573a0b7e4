//! What the screen shows for the active scenario, computed once per change:
//! the data as the scenario sees it, its readings, and Base's readings to
//! compare with.

use std::rc::Rc;

use crate::method::{evaluate, Options, Report, SubgoalResult};
use crate::model::{Dataset, Subgoal};
use crate::scenario::{apply, Scenario, SubgoalOverride};

#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub dataset: Rc<Dataset>,
    pub scenario: Scenario,
    pub options: Options,
    /// The dataset with the scenario applied.
    pub applied: Rc<Dataset>,
    pub report: Rc<Report>,
    /// The readings without any scenario (Base).
    pub base: Rc<Report>,
}

impl View {
    pub fn new(dataset: Rc<Dataset>, scenario: Scenario) -> View {
        let options = scenario.options(&dataset);
        let applied = apply(&dataset, &scenario);
        let report = evaluate(&applied, &options);
        let base = if scenario.is_base_like() {
            report.clone()
        } else {
            evaluate(&dataset, &Options::from_spec(&dataset.method))
        };
        View { dataset, scenario, options, applied: Rc::new(applied), report: Rc::new(report), base: Rc::new(base) }
    }

    /// The scenario's version of a sub-goal (absent when the scenario leaves it out).
    pub fn applied_subgoal(&self, guidepost: usize, id: &str) -> Option<&Subgoal> {
        self.applied.guideposts.get(guidepost)?.find_subgoal(id)
    }

    /// A sub-goal's result in the scenario.
    pub fn result(&self, guidepost: usize, id: &str) -> Option<&SubgoalResult> {
        let g = self.report.guideposts.get(guidepost)?;
        g.subgoals
            .iter()
            .find(|s| s.id == id)
            .or_else(|| g.subgoals.iter().flat_map(|s| s.children.iter()).find(|c| c.id == id))
    }

    /// The proposals switched on whose assumed effects touch a sub-goal's year.
    pub fn assumed(&self, address: &str, year: i32) -> Vec<&str> {
        self.scenario
            .proposals
            .iter()
            .filter(|(_, a)| a.on && a.effects.iter().any(|e| e.subgoal == address && e.year == year))
            .map(|(id, _)| id.as_str())
            .collect()
    }

    /// What the scenario changes about a sub-goal.
    pub fn overrides(&self, address: &str) -> Option<&SubgoalOverride> {
        self.scenario.subgoals.get(address)
    }
}
