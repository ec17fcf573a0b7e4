//! Sub-goal progress: one row per sub-goal, a bar on the score scale from
//! baseline (0) to target (+5) with the score filled in, a mark where the
//! straight path expects it by now, and the score in numbers. Groups come
//! with their children; sub-goals that do not count are grey, with why.

use super::palette::*;
use super::pen::{self, Align, Area, Drawn};
use crate::i18n;
use crate::method::projection::on_track;
use crate::method::{GuidepostResult, Options, Part, SubgoalResult};
use crate::model::{Guidepost, Subgoal};
use plotters::prelude::*;

pub const WIDTH: u32 = 960;
const ROW: i32 = 54;
const TOP: i32 = 92;
const BAR_LEFT: i32 = 420;
const BAR_RIGHT: i32 = 860;

#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub title: String,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: String,
    pub child: bool,
    pub group: bool,
    pub score: Option<f64>,
    pub counted: bool,
    /// Why it does not count, in words.
    pub reason: Option<String>,
    /// Where the straight path expects the score by now.
    pub expected: Option<f64>,
    /// Baseline → status → target, in Danish numbers.
    pub values: String,
}

impl Progress {
    /// The rows of a guidepost as the scenario (or the data) sees it.
    pub fn new(guidepost: &Guidepost, result: &GuidepostResult, options: &Options) -> Progress {
        let mut rows = Vec::new();
        for (sg, r) in guidepost.subgoals.iter().zip(&result.subgoals) {
            rows.push(row(sg, r, false, options));
            rows.extend(sg.children.iter().zip(&r.children).map(|(c, cr)| row(c, cr, true, options)));
        }
        Progress { title: format!("{}. {}", guidepost.id, guidepost.title), rows }
    }

    pub fn height(&self) -> u32 {
        (TOP + ROW * self.rows.len() as i32 + 16) as u32
    }

    /// The chart in words, row by row.
    pub fn describe(&self) -> String {
        let rows: Vec<String> = self
            .rows
            .iter()
            .map(|r| {
                let score = r.score.map(|s| format!("score {}", i18n::score(s))).unwrap_or_else(|| "ingen score".into());
                let part = r.reason.clone().unwrap_or_else(|| "tæller med".into());
                format!("{}: {score}, {part}. {}", r.label, r.values)
            })
            .collect();
        format!("Delmål under {}. {}", self.title, rows.join(" "))
    }
}

fn row(sg: &Subgoal, r: &SubgoalResult, child: bool, options: &Options) -> Row {
    let point = |p: Option<crate::model::Point>| p.map(|p| i18n::value(p.value, sg.unit)).unwrap_or("–".into());
    let values = if sg.is_group() {
        format!("gruppe af {} delmål", sg.children.len())
    } else {
        format!(
            "{} → {} → mål {}",
            point(sg.baseline),
            r.status.map(|s| format!("{} ({})", i18n::value(s.value, sg.unit), s.year)).unwrap_or("ingen status".into()),
            sg.target.map(|t| i18n::target(&t, sg.unit)).unwrap_or("–".into())
        )
    };
    let (counted, reason) = match r.part {
        Part::Counted { as_zero: false, .. } => (true, None),
        Part::Counted { as_zero: true, .. } => (true, Some("tæller som 0 (ingen status)".into())),
        Part::Left(reason) => (false, Some(format!("tæller ikke: {}", i18n::reason(&reason)))),
    };
    Row {
        label: format!("{}. {}", sg.id, sg.title),
        child,
        group: sg.is_group(),
        score: r.score,
        counted,
        reason,
        expected: on_track(sg, options).map(|t| 5.0 * t.expected),
        values,
    }
}

/// The x position of a score on the bar.
pub fn x(score: f64) -> i32 {
    BAR_LEFT + ((score.clamp(-5.0, 5.0) + 5.0) / 10.0 * f64::from(BAR_RIGHT - BAR_LEFT)).round() as i32
}

pub fn draw<DB: DrawingBackend>(area: &Area<DB>, p: &Progress) -> Drawn<DB> {
    pen::text(area, &pen::shorten(&p.title, 80), (12, 20), 20, &INK, Align::Left, true)?;
    pen::text(area, "Delmålenes score: 0 = baseline, +5 = mål. ▲ = hvor en lige vej fra baseline til mål ville være nu.", (12, 46), 14, &MUTED, Align::Left, false)?;
    let axis = TOP - 14;
    pen::text(area, "−5", (x(-5.0), axis), 14, &INK, Align::Center, false)?;
    pen::text(area, "0 baseline", (x(0.0), axis), 14, &INK, Align::Center, false)?;
    pen::text(area, "+5 mål", (x(5.0), axis), 14, &INK, Align::Center, true)?;
    for (i, r) in p.rows.iter().enumerate() {
        draw_row(area, r, TOP + ROW * i as i32)?;
    }
    Ok(())
}

fn draw_row<DB: DrawingBackend>(area: &Area<DB>, r: &Row, top: i32) -> Drawn<DB> {
    let ink = if r.counted { INK } else { MUTED };
    let indent = if r.child { 34 } else { 12 };
    pen::line(area, (12, top), (WIDTH as i32 - 12, top), &TRACK, 1)?;
    pen::text(area, &pen::shorten(&r.label, if r.child { 46 } else { 48 }), (indent, top + 16), 15, &ink, Align::Left, r.group)?;
    pen::text(area, &pen::shorten(&r.values, 56), (indent, top + 37), 13, &MUTED, Align::Left, false)?;

    let (bar_top, bar_bottom) = (top + 12, top + 30);
    pen::rect(area, (x(-5.0), bar_top), (x(5.0), bar_bottom), &TRACK)?;
    if let Some(s) = r.score {
        let colour = if !r.counted { MUTED } else if s < 0.0 { REGRESS } else { PROGRESS };
        pen::rect(area, (x(0.0).min(x(s)), bar_top), (x(0.0).max(x(s)), bar_bottom), &colour)?;
        pen::text(area, &i18n::score(s), (WIDTH as i32 - 12, top + 21), 18, &ink, Align::Right, true)?;
    } else {
        pen::text(area, "–", (WIDTH as i32 - 12, top + 21), 18, &ink, Align::Right, true)?;
    }
    pen::line(area, (x(0.0), bar_top - 4), (x(0.0), bar_bottom + 4), &INK, 2)?;
    pen::line(area, (x(5.0), bar_top - 4), (x(5.0), bar_bottom + 4), &INK, 2)?;
    if let Some(e) = r.expected {
        let ex = x(e);
        area.draw(&Polygon::new(vec![(ex, bar_bottom + 1), (ex - 6, bar_bottom + 11), (ex + 6, bar_bottom + 11)], INK.filled()))?;
    }
    if let Some(reason) = &r.reason {
        pen::text(area, &pen::shorten(reason, 62), (BAR_LEFT, top + 44), 12, &ink, Align::Left, false)?;
    }
    Ok(())
}

pub fn svg(p: &Progress) -> String {
    super::to_svg(WIDTH, p.height(), |area| draw(area, p))
}
