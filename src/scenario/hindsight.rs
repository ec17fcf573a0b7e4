//! What a scenario assumed against what happened: once a year it forecast
//! has been measured, each assumed value beside the measurement ("antaget
//! 950 · målt 739 (−211)") and each affected guidepost's reading as the
//! scenario predicted it beside the reading with the measurements in place.
//! The forecast is the scenario as it was made: applied to the data cut back
//! to the years measured then, so a proposal's effect or a projection is on
//! top of what was known, not of the new measurement. The scenario itself is
//! never changed, so it still opens as made.

use std::collections::BTreeSet;

use super::{apply, Scenario};
use crate::method::readings::{reading, Reading};
use crate::method::Options;
use crate::model::{Dataset, Guidepost, Unit};

/// One value the scenario assumed for a year that now has a measurement.
#[derive(Debug, Clone, PartialEq)]
pub struct Assumed {
    /// `1.A`, `2.D1`.
    pub address: String,
    pub year: i32,
    /// The value the scenario read for the year when it was made (its
    /// status, a proposal's assumed effect, or its projection).
    pub assumed: f64,
    pub measured: f64,
    pub unit: Option<Unit>,
}

/// A guidepost's reading as of a year: as the scenario predicted it when it
/// was made, and now, with the year's measurements in place.
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

    /// The years the scenario forecast that are now measured.
    pub fn years(&self) -> BTreeSet<i32> {
        self.assumed.iter().map(|a| a.year).collect()
    }
}

/// The scenario's forecasts that the data has since measured: the values it
/// had for years after the last one measured when it was made, wherever
/// those years now have a measurement. A scenario that does not know when
/// it was made (`measured_until` unset) forecasts nothing.
pub fn hindsight(dataset: &Dataset, scenario: &Scenario) -> Hindsight {
    let Some(made) = scenario.measured_until else { return Hindsight::default() };
    // Nothing measured since it was made: the usual case, and cheap.
    if dataset.status_years().last().is_none_or(|&last| last <= made) {
        return Hindsight::default();
    }
    let mut then = dataset.clone();
    for leaf in then.guideposts.iter_mut().flat_map(Guidepost::leaves_mut) {
        leaf.measurements.retain(|m| m.year <= made);
    }
    let forecast = apply(&then, scenario);
    // The forecast with every measurement since in place of what it had.
    let mut now = forecast.clone();
    let mut out = Hindsight::default();
    for (g, gp) in dataset.guideposts.iter().enumerate() {
        for leaf in gp.leaves().filter(|l| !l.is_group()) {
            let Some(forecast_leaf) = forecast.guideposts[g].leaves().find(|l| l.id == leaf.id) else { continue };
            let since: Vec<_> = leaf.measurements.iter().filter(|m| m.year > made).copied().collect();
            for m in &since {
                if let Some(assumed) = forecast_leaf.measurements.iter().find(|a| a.year == m.year) {
                    let address = format!("{}.{}", gp.id, leaf.id);
                    out.assumed.push(Assumed { address, year: m.year, assumed: assumed.value, measured: m.value, unit: leaf.unit });
                }
            }
            if let Some(now_leaf) = now.guideposts[g].leaves_mut().find(|l| l.id == leaf.id) {
                now_leaf.measurements.retain(|p| p.year <= made);
                now_leaf.measurements.extend(since);
            }
        }
    }
    let options = scenario.options(dataset);
    for year in out.years() {
        let as_of = Options { as_of: Some(year), ..options };
        for (gp, now_gp) in forecast.guideposts.iter().zip(&now.guideposts) {
            let touched = out.assumed.iter().any(|a| a.year == year && a.address.split_once('.').is_some_and(|(g, _)| g == gp.id));
            if touched {
                out.predicted.push(Predicted { guidepost: gp.id.clone(), year, predicted: reading(gp, &as_of), now: reading(now_gp, &as_of) });
            }
        }
    }
    out
}
