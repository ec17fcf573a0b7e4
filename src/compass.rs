//! Forandringskompasset: the administration's change compass. Each citizen
//! is assessed on a compass (one per target group) of ten dimensions scored
//! 1–10 (10 best), by staff and sometimes by the citizen. This module reads
//! assessments and sums them up per compass and unit: where citizens move,
//! on which dimension.
//!
//! These are data about vulnerable people. Every figure for fewer than
//! `MIN_CITIZENS` citizens is withheld *here*, in the summary's types (a
//! withheld figure is `None`, never a number), so no chart, table, export or
//! print built from a summary can show one. In the app, files are read and
//! summed in the import worker: the page gets only the summary, never
//! citizen-level rows, and keeps nothing in storage or links.

mod read;

pub use read::{parse_date, read_cells, read_json};

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Below this many citizens a figure reads "for få borgere".
pub const MIN_CITIZENS: usize = 5;

/// The twelve compasses of the source, one per target group.
pub const COMPASSES: [&str; 12] = [
    "Udsatte børn og unge 0-5 år",
    "Udsatte børn og unge 6-12 år",
    "Udsatte børn og unge 13-18(23) år",
    "Børn med handicap",
    "Børn med særligt svære funktionsnedsættelser",
    "Borgere med handicap",
    "Borgere med særligt svære funktionsnedsættelser",
    "Borgere på krisecentre",
    "Borgere på herberger",
    "Borgere på plejetilbud",
    "Borgere med misbrug",
    "Borgere i socialpsykiatrien",
];

/// A calendar date (validated when read).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Who filled in the compass.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Assessor {
    Staff,
    /// A *borgerkompas*: the citizen's own.
    Citizen,
}

/// One filled-in compass.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    /// A pseudonymous key, never a name or CPR number.
    pub citizen: String,
    pub compass: String,
    /// The offer or centre (tilbud/center).
    pub unit: String,
    pub date: Date,
    pub by: Assessor,
    pub scores: [u8; 10],
}

/// Assessments and the names of each compass's ten dimensions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompassData {
    pub dimensions: BTreeMap<String, [String; 10]>,
    pub assessments: Vec<Assessment>,
}

/// The dates to look at (both ends included; `None`: open).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Period {
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl Period {
    pub fn contains(&self, d: Date) -> bool {
        self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t)
    }
}

/// One dimension of a group; every figure `None` when withheld.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimensionSummary {
    pub name: String,
    pub mean_first: Option<f64>,
    pub mean_latest: Option<f64>,
    /// Mean of latest − first.
    pub mean_change: Option<f64>,
    /// Shares (0–1) that improved, stayed, worsened.
    pub improved: Option<f64>,
    pub same: Option<f64>,
    pub worsened: Option<f64>,
}

/// A compass in one unit, or in all units (`unit` `None`: the units that
/// are shown on their own, so that no withheld unit can be worked out).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupSummary {
    pub compass: String,
    pub unit: Option<String>,
    /// Citizens with a first and a latest staff assessment in the period
    /// (`None`: fewer than `MIN_CITIZENS`, withheld).
    pub citizens: Option<usize>,
    /// Citizens with one assessment only (no change to measure); `None` when withheld.
    pub single: Option<usize>,
    pub dimensions: Vec<DimensionSummary>,
}

impl GroupSummary {
    pub fn withheld(&self) -> bool {
        self.citizens.is_none()
    }
}

/// Staff's latest assessment against the citizen's own, where both exist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffVsCitizen {
    pub compass: String,
    pub unit: Option<String>,
    /// Citizens with both (`None`: fewer than `MIN_CITIZENS`).
    pub pairs: Option<usize>,
    /// (dimension, staff mean, citizen mean); `None` when withheld.
    pub dimensions: Vec<(String, Option<f64>, Option<f64>)>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Summary {
    pub groups: Vec<GroupSummary>,
    pub staff_vs_citizen: Vec<StaffVsCitizen>,
}

/// A citizen's assessments in one compass and unit, in date order.
type Tracks<'a> = BTreeMap<(&'a str, &'a str, &'a str), Vec<&'a Assessment>>;

/// Per compass, per unit and for all units together: the change from each
/// citizen's first to latest staff assessment in the period, and staff
/// against citizen. A citizen is followed within one compass and unit.
pub fn summarise(data: &CompassData, period: Period) -> Summary {
    let mut tracks: Tracks = BTreeMap::new();
    for a in data.assessments.iter().filter(|a| period.contains(a.date)) {
        tracks.entry((a.compass.as_str(), a.unit.as_str(), a.citizen.as_str())).or_default().push(a);
    }
    for list in tracks.values_mut() {
        list.sort_by_key(|a| a.date);
    }
    let mut summary = Summary::default();
    let compasses: Vec<&str> = dedup(tracks.keys().map(|k| k.0));
    for compass in compasses {
        let names = dimension_names(data, compass);
        let units: Vec<&str> = dedup(tracks.keys().filter(|k| k.0 == compass).map(|k| k.1));
        let in_unit = |unit: &str| -> Vec<&Vec<&Assessment>> {
            tracks.iter().filter(|(k, _)| k.0 == compass && k.1 == unit).map(|(_, v)| v).collect()
        };
        let mut groups = Vec::new();
        let mut comparisons = Vec::new();
        let (mut all_groups, mut all_pairs): (Vec<&Vec<&Assessment>>, Vec<&Vec<&Assessment>>) = (Vec::new(), Vec::new());
        for unit in units {
            let here = in_unit(unit);
            let g = group(compass, Some(unit), &names, &here);
            let c = staff_vs_citizen(compass, Some(unit), &names, &here);
            // "All units" sums only units shown on their own: otherwise a
            // withheld unit could be worked out as all minus the others.
            if !g.withheld() {
                all_groups.extend(here.iter().copied());
            }
            if c.pairs.is_some() {
                all_pairs.extend(here.iter().copied());
            }
            groups.push(g);
            comparisons.push(c);
        }
        summary.groups.push(group(compass, None, &names, &all_groups));
        summary.groups.extend(groups);
        summary.staff_vs_citizen.push(staff_vs_citizen(compass, None, &names, &all_pairs));
        summary.staff_vs_citizen.extend(comparisons);
    }
    summary
}

fn dedup<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut v: Vec<&str> = items.collect();
    v.dedup();
    v.sort();
    v.dedup();
    v
}

/// A compass's dimension names: from the file, else "Dimension 1" … "Dimension 10".
pub fn dimension_names(data: &CompassData, compass: &str) -> [String; 10] {
    data.dimensions.get(compass).cloned().unwrap_or_else(|| std::array::from_fn(|i| format!("Dimension {}", i + 1)))
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

fn group(compass: &str, unit: Option<&str>, names: &[String; 10], tracks: &[&Vec<&Assessment>]) -> GroupSummary {
    let staff: Vec<Vec<&Assessment>> = tracks.iter().map(|t| t.iter().copied().filter(|a| a.by == Assessor::Staff).collect()).collect();
    let changes: Vec<(&Assessment, &Assessment)> =
        staff.iter().filter(|s| s.len() >= 2).map(|s| (s[0], s[s.len() - 1])).collect();
    let single = staff.iter().filter(|s| s.len() == 1).count();
    let shown = changes.len() >= MIN_CITIZENS;
    let n = changes.len() as f64;
    let dimensions = names
        .iter()
        .enumerate()
        .map(|(d, name)| {
            let delta = |(f, l): &(&Assessment, &Assessment)| f64::from(l.scores[d]) - f64::from(f.scores[d]);
            let share = |keep: fn(f64) -> bool| shown.then(|| changes.iter().map(delta).filter(|v| keep(*v)).count() as f64 / n);
            DimensionSummary {
                name: name.clone(),
                mean_first: mean(changes.iter().map(|(f, _)| f64::from(f.scores[d]))).filter(|_| shown),
                mean_latest: mean(changes.iter().map(|(_, l)| f64::from(l.scores[d]))).filter(|_| shown),
                mean_change: mean(changes.iter().map(delta)).filter(|_| shown),
                improved: share(|v| v > 0.0),
                same: share(|v| v == 0.0),
                worsened: share(|v| v < 0.0),
            }
        })
        .collect();
    GroupSummary {
        compass: compass.to_string(),
        unit: unit.map(str::to_string),
        citizens: shown.then_some(changes.len()),
        // Also a count of citizens: withheld with the rest.
        single: shown.then_some(single),
        dimensions,
    }
}

fn staff_vs_citizen(compass: &str, unit: Option<&str>, names: &[String; 10], tracks: &[&Vec<&Assessment>]) -> StaffVsCitizen {
    fn latest<'a>(t: &[&'a Assessment], by: Assessor) -> Option<&'a Assessment> {
        t.iter().rev().find(|a| a.by == by).copied()
    }
    let pairs: Vec<(&Assessment, &Assessment)> =
        tracks.iter().filter_map(|t| Some((latest(t, Assessor::Staff)?, latest(t, Assessor::Citizen)?))).collect();
    let shown = pairs.len() >= MIN_CITIZENS;
    StaffVsCitizen {
        compass: compass.to_string(),
        unit: unit.map(str::to_string),
        pairs: shown.then_some(pairs.len()),
        dimensions: names
            .iter()
            .enumerate()
            .map(|(d, name)| {
                let m = |citizen: bool| {
                    mean(pairs.iter().map(|(s, c)| f64::from(if citizen { c.scores[d] } else { s.scores[d] }))).filter(|_| shown)
                };
                (name.clone(), m(false), m(true))
            })
            .collect(),
    }
}

/// The summary as rows for CSV or Excel: withheld figures read "for få borgere".
pub fn summary_rows(summary: &Summary) -> Vec<Vec<String>> {
    let few = || "for få borgere".to_string();
    let num = |v: Option<f64>| v.map_or_else(few, |v| crate::i18n::number(v, 2));
    let pct = |v: Option<f64>| v.map_or_else(few, |v| format!("{} %", crate::i18n::number(v * 100.0, 0)));
    let mut rows = vec![["kompas", "tilbud", "borgere", "dimension", "gns. første", "gns. seneste", "gns. ændring", "fremgang", "uændret", "tilbagegang"]
        .map(str::to_string)
        .to_vec()];
    for g in &summary.groups {
        for d in &g.dimensions {
            rows.push(vec![
                g.compass.clone(),
                g.unit.clone().unwrap_or_else(|| "alle tilbud".into()),
                g.citizens.map_or_else(few, |n| n.to_string()),
                d.name.clone(),
                num(d.mean_first),
                num(d.mean_latest),
                num(d.mean_change),
                pct(d.improved),
                pct(d.same),
                pct(d.worsened),
            ]);
        }
    }
    rows
}
