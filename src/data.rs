//! The datasets built into the app and the command line, so Barometer works
//! with no network and no file at hand.

use crate::io::{json, Problem};
use crate::model::Dataset;

/// "Status på Socialudvalgets pejlemærker, 2014", transcribed from the source.
pub const PEJLEMAERKER_2014_JSON: &str = include_str!("../data/pejlemaerker-2014.json");

/// The 2014 status, read. (A test proves it reads without problems.)
pub fn pejlemaerker_2014() -> Result<Dataset, Vec<Problem>> {
    json::parse_dataset(PEJLEMAERKER_2014_JSON)
}
