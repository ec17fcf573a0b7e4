//! What a scenario assumed against what happened: once a year it assumed
//! values for has been measured, each assumed value beside the measurement
//! ("antaget 950 · målt 739 (−211)") and each affected guidepost's reading as
//! the scenario predicted it beside the reading with the measurements in
//! place. The scenario itself is never changed, so it still opens as made.

use std::collections::BTreeSet;

use super::{apply, Scenario};
use crate::method::readings::{reading, Reading};
use crate::model::{Dataset, Unit};

/// One value the scenario assumed for a year that now has a measurement.
#[derive(Debug, Clone, PartialEq)]
pub struct Assumed {
    /// `1.A`, `2.D1`.
    pub address: String,
    pub year: i32,
    /// The value the scenario reads for the year (its status, or a
    /// proposal's assumed effect on top of what it had).
    pub assumed: f64,
    pub measured: f64,
    pub unit: Option<Unit>,
}

/// A guidepost's reading as of a year: as the scenario predicted it, and
/// with the year's measurements in place of what the scenario assumed.
#[derive(Debug, Clone, PartialEq)]
pub struct Predicted {
    pub guidepost: String,
    pub year: i32,
    pub predicted: Reading,
    pub now: Reading,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Hindsight {
    pub assumed: Vec<Assumed>,
    pub predicted: Vec<Predicted>,
}

impl Hindsight {
    pub fn is_empty(&self) -> bool {
        self.assumed.is_empty()
    }

    /// The years the scenario assumed values for that are now measured.
    pub fn years(&self) -> BTreeSet<i32> {
        self.assumed.iter().map(|a| a.year).collect()
    }
}

/// The scenario's assumptions that the data has since measured: values for
/// years after the last one measured when it was made. A value
/// counts as assumed where the scenario sets the year's status, a proposal
/// it counts has an effect in that year, or its projection to the target
/// changes the year's measurement; sub-goals it leaves out assume nothing.
pub fn hindsight(dataset: &Dataset, scenario: &Scenario) -> Hindsight {
    let applied = apply(dataset, scenario);
    let mut now = applied.clone();
    let mut out = Hindsight::default();
    for (g, gp) in dataset.guideposts.iter().enumerate() {
        let Some(applied_gp) = applied.guideposts.iter().find(|a| a.id == gp.id) else { continue };
        for leaf in gp.leaves().filter(|l| !l.is_group()) {
            let address = format!("{}.{}", gp.id, leaf.id);
            let Some(scenario_leaf) = applied_gp.leaves().find(|l| l.id == leaf.id) else { continue };
            for m in leaf.measurements.iter().filter(|m| scenario.measured_until.is_none_or(|y| m.year > y)) {
                let Some(assumed) = scenario_leaf.measurements.iter().find(|a| a.year == m.year).map(|a| a.value) else { continue };
                if !touches(scenario, &address, m.year) && assumed == m.value {
                    continue;
                }
                out.assumed.push(Assumed { address: address.clone(), year: m.year, assumed, measured: m.value, unit: leaf.unit });
                // The reading now: the measurement back in place of the assumption.
                if let Some(now_leaf) = now.guideposts[g].leaves_mut().find(|l| l.id == leaf.id) {
                    now_leaf.measurements.retain(|p| p.year != m.year);
                    now_leaf.measurements.push(*m);
                }
            }
        }
    }
    let options = scenario.options(dataset);
    for year in out.years() {
        let as_of = crate::method::Options { as_of: Some(year), ..options };
        for (gp, now_gp) in applied.guideposts.iter().zip(&now.guideposts) {
            if out.assumed.iter().any(|a| a.year == year && a.address.split_once('.').is_some_and(|(g, _)| g == gp.id)) {
                out.predicted.push(Predicted { guidepost: gp.id.clone(), year, predicted: reading(gp, &as_of), now: reading(now_gp, &as_of) });
            }
        }
    }
    out
}

/// Whether the scenario itself sets a value for the sub-goal in the year.
fn touches(scenario: &Scenario, address: &str, year: i32) -> bool {
    scenario.subgoals.get(address).is_some_and(|o| o.status.contains_key(&year))
        || scenario.proposals.values().filter(|a| a.on).flat_map(|a| &a.effects).any(|e| e.subgoal == address && e.year == year)
}
