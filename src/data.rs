//! The datasets built into the app and the command line, so Barometer works
//! with no network and no file at hand.

use crate::io::json;
use crate::problem::Problem;
use crate::model::Dataset;

/// "Status på Socialudvalgets pejlemærker, 2014", transcribed from the source.
pub const PEJLEMAERKER_2014_JSON: &str = include_str!("../data/pejlemaerker-2014.json");

/// The 2014 status, read. (A test proves it reads without problems.)
pub fn pejlemaerker_2014() -> Result<Dataset, Vec<Problem>> {
    json::parse_dataset(PEJLEMAERKER_2014_JSON)
}

/// The international action plan 2007–2009, status for 2007: focus areas
/// whose goals are tracked in words (milestones), transcribed from the source.
pub const HANDLINGSPLAN_2007_JSON: &str = include_str!("../data/handlingsplan-2007.json");

/// Its title, by which the app knows it is showing it.
pub const HANDLINGSPLAN_2007_TITLE: &str = "Socialforvaltningens Internationale Handlingsplan 2007-2009 — status for 2007";

/// The 2007 plan, read. (A test proves it reads without problems.)
pub fn handlingsplan_2007() -> Result<Dataset, Vec<Problem>> {
    json::parse_dataset(HANDLINGSPLAN_2007_JSON)
}

/// A generated, clearly fictitious Forandringskompas file for demos
/// (`scripts/kompas-eksempel.py`): no real citizen is in it.
pub const KOMPAS_EKSEMPEL_CSV: &str = include_str!("../data/kompas-eksempel.csv");
