//! Writing a dataset as table rows (`io::table`'s other half): `#` rows,
//! the header, one row per sub-goal, every number in full.

use std::collections::BTreeSet;

use super::{header_name, Cell, Col};
use crate::i18n;
use crate::method::{evaluate, Options};
use crate::model::*;

/// Every digit of a number, with a decimal comma and no thousands separator:
/// `1234,5`. What the tables write, so nothing is rounded on the way.
pub fn decimal(n: f64) -> String {
    let s = if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", n as i64) } else { format!("{n}") };
    s.replace('.', ",")
}

/// Options for writing a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WriteOptions {
    /// Add the computed readings as extra columns.
    pub readings: bool,
    /// Add an empty status column for the year after the last one, to fill in.
    pub next_year: bool,
}

/// The dataset as rows: `#` rows, the header, one row per sub-goal (groups
/// first, then their children).
pub fn write(d: &Dataset, options: WriteOptions) -> Vec<Vec<Cell>> {
    let mut years: BTreeSet<i32> = d.status_years();
    if options.next_year {
        if let Some(next) = years.last().map(|y| y + 1).filter(|y| crate::limits::year_ok(*y)) {
            years.insert(next);
        }
    }
    let text = |s: &str| if s.is_empty() { Cell::Empty } else { Cell::Text(s.to_string()) };
    let num = |v: Option<f64>| v.map_or(Cell::Empty, Cell::Number);
    let year = |y: Option<i32>| y.map_or(Cell::Empty, |y| Cell::Number(f64::from(y)));
    let mut rows = Vec::new();
    if let Some(t) = &d.title {
        rows.push(vec![text("#titel"), text(t)]);
    }
    if let Some(s) = &d.source {
        rows.push(vec![text("#kilde"), text(s)]);
    }
    if !d.method.is_empty() {
        rows.push(vec![text("#metode"), text(&method_text(&d.method))]);
    }
    for p in &d.proposals {
        let mut row = vec![text("#budgetforslag"), text(&p.id), text(&p.title), text(&p.guideposts.join(", "))];
        if let Some(note) = &p.note {
            row.push(text(note));
        }
        rows.push(row);
    }
    let mut header: Vec<Cell> = [Col::Guidepost, Col::Subgoal, Col::Group, Col::Title, Col::Unit, Col::BaselineYear, Col::Baseline]
        .iter()
        .map(|c| text(header_name(*c)))
        .collect();
    header.extend(years.iter().map(|y| Cell::Text(format!("status {y}"))));
    let rest = [
        Col::TargetYear, Col::Target, Col::Population, Col::Note, Col::Proposed, Col::ProposedRemoval, Col::Weighting,
        Col::GuidepostWeighting, Col::Published, Col::Initiatives, Col::TargetGroups, Col::GuidepostNote,
    ];
    header.extend(rest.iter().map(|c| text(header_name(*c))));
    if options.readings {
        header.extend(["score", "tilstand", "pejlemærkestatus"].map(text));
    }
    rows.push(header);
    let report = options.readings.then(|| evaluate(d, &Options::from_spec(&d.method)));

    for (gi, gp) in d.guideposts.iter().enumerate() {
        let gp_cell = if gp.title.is_empty() { gp.id.clone() } else { format!("{}. {}", gp.id, gp.title) };
        let mut first = true;
        let guidepost_cells = |first: &mut bool| -> Vec<Cell> {
            if !std::mem::take(first) {
                return vec![Cell::Empty; 5];
            }
            vec![
                gp.weighting.map_or(Cell::Empty, |w| text(weighting_text(w))),
                gp.published.map_or(Cell::Empty, |p| match p {
                    Published::Score(v) => Cell::Number(v),
                    Published::State(PublishedState::BaselineOnly) => text("kun baseline-målinger"),
                    Published::State(PublishedState::NoData) => text("ingen data"),
                }),
                text(&gp.initiatives.join(", ")),
                text(&gp.target_groups.join(" | ")),
                text(gp.note.as_deref().unwrap_or("")),
            ]
        };
        let readings = |id: &str| -> Vec<Cell> {
            let Some(r) = &report else { return vec![] };
            let g = &r.guideposts[gi];
            let s = g.subgoals.iter().chain(g.subgoals.iter().flat_map(|s| s.children.iter())).find(|s| s.id == id);
            vec![
                num(s.and_then(|s| s.score)),
                s.map_or(Cell::Empty, |s| text(i18n::subgoal_state(s.state))),
                text(&i18n::reading(g.state, g.score)),
            ]
        };
        let line = |sg: &Subgoal, group: &str, first: &mut bool| -> Vec<Cell> {
            let mut row = vec![text(&gp_cell), text(&sg.id), text(group), text(&sg.title), sg.unit.map_or(Cell::Empty, |u| text(unit_text(u))),
                year(sg.baseline.map(|b| b.year)), num(sg.baseline.map(|b| b.value))];
            row.extend(years.iter().map(|y| match sg.milestones.iter().find(|m| m.year == *y) {
                // A milestone's status in words: "Udskudt: På grund af …".
                Some(m) if m.text.is_empty() => text(i18n::milestone(m.status)),
                Some(m) => Cell::Text(format!("{}: {}", i18n::milestone(m.status), m.text)),
                None => num(sg.measurements.iter().find(|m| m.year == *y).map(|m| m.value)),
            }));
            row.push(year(sg.target.map(|t| t.year)));
            row.push(match sg.target {
                Some(t) if t.kind == TargetKind::Below => Cell::Text(format!("<{}", decimal(t.value))),
                Some(t) if t.kind == TargetKind::Above => Cell::Text(format!(">{}", decimal(t.value))),
                t => num(t.map(|t| t.value)),
            });
            row.push(num(sg.population));
            row.push(text(sg.note.as_deref().unwrap_or("")));
            row.push(if sg.proposed { text("ja") } else { Cell::Empty });
            row.push(if sg.proposed_removal { text("ja") } else { Cell::Empty });
            row.push(sg.weighting.map_or(Cell::Empty, |w| text(weighting_text(w))));
            row.extend(guidepost_cells(first));
            row.extend(readings(&sg.id));
            row
        };
        if gp.subgoals.is_empty() {
            let mut row = vec![text(&gp_cell)];
            row.extend(vec![Cell::Empty; 6 + years.len() + 7]);
            row.extend(guidepost_cells(&mut first));
            rows.push(row);
        }
        for sg in &gp.subgoals {
            rows.push(line(sg, "", &mut first));
            for c in &sg.children {
                rows.push(line(c, &sg.id, &mut first));
            }
        }
    }
    rows
}

/// The `#metode` row's text: `missing=zero, grouping=nested, …`.
fn method_text(m: &MethodSpec) -> String {
    let mut parts = Vec::new();
    if let Some(x) = m.missing {
        parts.push(format!("missing={}", if x == Missing::Zero { "zero" } else { "exclude" }));
    }
    if let Some(x) = m.grouping {
        parts.push(format!("grouping={}", if x == Grouping::Flat { "flat" } else { "nested" }));
    }
    if let Some(x) = m.weighting {
        parts.push(format!("weighting={}", if x == Weighting::Population { "population" } else { "equal" }));
    }
    if let Some(x) = m.clamp {
        parts.push(format!("clamp={x}"));
    }
    parts.join(", ")
}

fn unit_text(u: Unit) -> &'static str {
    match u {
        Unit::Count => "antal",
        Unit::Percent => "procent",
        Unit::Rate => "rate",
    }
}

fn weighting_text(w: Weighting) -> &'static str {
    match w {
        Weighting::Equal => "lige",
        Weighting::Population => "population",
    }
}

/// The example behind the blank template: one guidepost, one sub-goal.
pub fn template_dataset() -> Dataset {
    let mut d = Dataset::new();
    let mut sg = Subgoal::leaf("A", "1.000 udsatte københavnere får anvist en bolig i 2017");
    sg.unit = Some(Unit::Count);
    sg.baseline = Some(Point { year: 2013, value: 859.0 });
    sg.measurements = vec![Point { year: 2014, value: 828.0 }];
    sg.target = Some(Target { year: 2017, value: 1000.0, kind: TargetKind::Value });
    d.guideposts.push(Guidepost { subgoals: vec![sg], ..Guidepost::new("1", "Flere udsatte københavnere har en bolig") });
    d
}

/// A blank sheet: the header and one example row, with an empty column for
/// the next year's statuses, to start a new year.
pub fn template() -> Vec<Vec<Cell>> {
    write(&template_dataset(), WriteOptions { next_year: true, ..WriteOptions::default() })
}
