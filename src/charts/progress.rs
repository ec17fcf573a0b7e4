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

/// Sizes of the chart: `NORMAL` for the page, `LARGE` for a projector.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Layout {
    pub width: u32,
    row: i32,
    top: i32,
    bar_left: i32,
    bar_right: i32,
    title: u32,
    label: u32,
    values: u32,
    score: u32,
    chars: usize,
}

pub const NORMAL: Layout = Layout { width: 960, row: 54, top: 92, bar_left: 420, bar_right: 860, title: 20, label: 15, values: 13, score: 18, chars: 48 };
/// Plotters writes font sizes ÷ 1.24 into SVG: 30 here is 24 px on a 1280 px chart.
pub const LARGE: Layout = Layout { width: 1280, row: 92, top: 140, bar_left: 660, bar_right: 1140, title: 34, label: 30, values: 24, score: 38, chars: 38 };

#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub title: String,
    pub rows: Vec<Row>,
    pub layout: Layout,
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
        for (sg, r) in guidepost.subgoals.iter().zip(&result.subgoals).filter(|(sg, _)| !sg.is_milestone()) {
            rows.push(row(sg, r, false, options));
            rows.extend(sg.children.iter().zip(&r.children).map(|(c, cr)| row(c, cr, true, options)));
        }
        Progress { title: format!("{}. {}", guidepost.id, guidepost.title), rows, layout: NORMAL }
    }

    /// The same chart in projector sizes.
    pub fn large(mut self) -> Progress {
        self.layout = LARGE;
        self
    }

    pub fn height(&self) -> u32 {
        (self.layout.top + self.layout.row * self.rows.len() as i32 + 16) as u32
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

impl Layout {
    /// The x position of a score on the bar.
    pub fn x(&self, score: f64) -> i32 {
        self.bar_left + ((score.clamp(-5.0, 5.0) + 5.0) / 10.0 * f64::from(self.bar_right - self.bar_left)).round() as i32
    }

    /// A length scaled from the normal layout's.
    fn k(&self, n: i32) -> i32 {
        n * self.row / NORMAL.row
    }
}

/// The x position of a score on the normal layout's bar.
pub fn x(score: f64) -> i32 {
    NORMAL.x(score)
}

pub fn draw<DB: DrawingBackend>(area: &Area<DB>, p: &Progress) -> Drawn<DB> {
    let l = &p.layout;
    pen::text(area, &pen::shorten(&p.title, 80), (12, l.k(20)), l.title, &INK, Align::Left, true)?;
    pen::text(area, "Delmålenes score: 0 = baseline, +5 = mål. ▲ = hvor en lige vej fra baseline til mål ville være nu.", (12, l.k(46)), l.values + 1, &MUTED, Align::Left, false)?;
    let axis = l.top - l.k(14);
    pen::text(area, "−5", (l.x(-5.0), axis), l.values + 1, &INK, Align::Center, false)?;
    pen::text(area, "0 baseline", (l.x(0.0), axis), l.values + 1, &INK, Align::Center, false)?;
    pen::text(area, "+5 mål", (l.x(5.0), axis), l.values + 1, &INK, Align::Center, true)?;
    for (i, r) in p.rows.iter().enumerate() {
        draw_row(area, l, r, l.top + l.row * i as i32)?;
    }
    Ok(())
}

fn draw_row<DB: DrawingBackend>(area: &Area<DB>, l: &Layout, r: &Row, top: i32) -> Drawn<DB> {
    let ink = if r.counted { INK } else { MUTED };
    let indent = if r.child { l.k(34) } else { 12 };
    let right = l.width as i32 - 12;
    pen::line(area, (12, top), (right, top), &TRACK, 1)?;
    pen::text(area, &pen::shorten(&r.label, l.chars - usize::from(r.child) * 2), (indent, top + l.k(16)), l.label, &ink, Align::Left, r.group)?;
    pen::text(area, &pen::shorten(&r.values, l.chars + 8), (indent, top + l.k(37)), l.values, &MUTED, Align::Left, false)?;

    let (bar_top, bar_bottom) = (top + l.k(12), top + l.k(30));
    pen::rect(area, (l.x(-5.0), bar_top), (l.x(5.0), bar_bottom), &TRACK)?;
    let score = match r.score {
        Some(s) => {
            let colour = if !r.counted { MUTED } else if s < 0.0 { REGRESS } else { PROGRESS };
            pen::rect(area, (l.x(0.0).min(l.x(s)), bar_top), (l.x(0.0).max(l.x(s)), bar_bottom), &colour)?;
            i18n::score(s)
        }
        None => "–".into(),
    };
    pen::text(area, &score, (right, top + l.k(21)), l.score, &ink, Align::Right, true)?;
    pen::line(area, (l.x(0.0), bar_top - 4), (l.x(0.0), bar_bottom + 4), &INK, 2)?;
    pen::line(area, (l.x(5.0), bar_top - 4), (l.x(5.0), bar_bottom + 4), &INK, 2)?;
    if let Some(e) = r.expected {
        let (ex, h) = (l.x(e), l.k(10));
        area.draw(&Polygon::new(vec![(ex, bar_bottom + 1), (ex - h * 6 / 10, bar_bottom + h + 1), (ex + h * 6 / 10, bar_bottom + h + 1)], INK.filled()))?;
    }
    if let Some(reason) = &r.reason {
        pen::text(area, &pen::shorten(reason, 62), (l.bar_left, top + l.k(44)), l.values - 1, &ink, Align::Left, false)?;
    }
    Ok(())
}

pub fn svg(p: &Progress) -> String {
    super::to_svg(p.layout.width, p.height(), |area| draw(area, p))
}
