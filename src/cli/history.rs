//! `barometer history`: each guidepost's reading as of every status year,
//! with the change since the year before and how much of it comes from
//! sub-goals measured for the first time (METHOD.md).

use serde_json::{json, Value};

use crate::i18n;
use crate::method::history::{history, History};
use crate::method::Options;
use crate::model::Dataset;

/// `{"years": […], "guideposts": [{"id", "readings": [{"year", "state",
/// "score", "change", "change_first_measured"}]}]}`, `state` and `score` as
/// `status --as-of YEAR --json` gives them.
pub fn json(dataset: &Dataset, options: &Options) -> Value {
    let h = history(dataset, options);
    let guideposts: Vec<Value> = h
        .guideposts
        .iter()
        .map(|g| {
            let readings: Vec<Value> = g
                .readings
                .iter()
                .map(|r| {
                    json!({
                        "year": r.year,
                        "state": r.state.code(),
                        "score": r.score,
                        "change": r.change,
                        "change_first_measured": r.change_first_measured,
                    })
                })
                .collect();
            json!({ "id": g.id, "readings": readings })
        })
        .collect();
    json!({ "years": h.years, "guideposts": guideposts })
}

/// The same as text: a block per guidepost, a line per year.
pub fn text(dataset: &Dataset, options: &Options) -> String {
    let h: History = history(dataset, options);
    let mut out = String::new();
    if let Some(title) = &dataset.title {
        out += &format!("{title}\n");
    }
    match h.years.as_slice() {
        [] => return out + "Ingen delmål har en status endnu: der er ingen år at vise.\n",
        [only] => out += &format!("Kun ét år med status ({only}): der er ingen udvikling at vise endnu.\n"),
        [first, .., last] => out += &format!("Barometeret over tid, {first}–{last} (status til og med hvert år)\n"),
    }
    for (gp, g) in dataset.guideposts.iter().zip(&h.guideposts) {
        out += &format!("\n{}. {}\n", gp.id, gp.title);
        for (k, r) in g.readings.iter().enumerate() {
            let change = match (r.change, k) {
                (Some(c), k) if k > 0 => format!("  {}", i18n::change_since(c, h.years[k - 1], r.change_first_measured, &r.first_measured)),
                _ => String::new(),
            };
            out += &format!(
                "   {}: {:<26}{:<8}{change}\n",
                r.year,
                i18n::reading(r.state, r.score),
                format!("{}/{} målt", r.measured, r.leaves),
            );
        }
    }
    out
}
