//! The barometer over time: a guidepost's reading as of each status year on
//! −5 … +5, as a sparkline beside the overview's reading and larger in the
//! guidepost's detail. A year in which sub-goals were measured for the first
//! time is a hollow ring, not a dot: part of that move is no progress.
//! Years without a scored reading leave a gap in the line.

use super::palette::*;
use super::pen::{self, Area, Drawn};
use crate::i18n;
use crate::method::history::GuidepostHistory;
use crate::method::GuidepostState;
use plotters::prelude::*;

/// One point of the line: the year, the reading when scored, and whether
/// sub-goals were first measured that year.
#[derive(Debug, Clone, PartialEq)]
pub struct Over {
    pub points: Vec<(i32, Option<f64>, bool)>,
    /// The year the screen shows (emphasised).
    pub shown: Option<i32>,
    /// Draw the −5 / 0 / +5 labels and the years (the detail's size).
    pub labelled: bool,
    /// Each year's reading in words, as the tables write it ("1,6", "0 (kun
    /// baseline-målinger)", "–"): the line's text alternative.
    pub words: Vec<String>,
}

impl Over {
    pub fn new(h: &GuidepostHistory, shown: Option<i32>, labelled: bool) -> Over {
        let points = h
            .readings
            .iter()
            .map(|r| (r.year, r.score.filter(|_| r.state == GuidepostState::Scored), !r.first_measured.is_empty()))
            .collect();
        let words = h.readings.iter().map(|r| i18n::reading(r.state, r.score)).collect();
        Over { points, shown, labelled, words }
    }

    /// The line in words, for screen readers: "2014: 1,6; 2015: 0,4 (første målinger); …".
    pub fn describe(&self) -> String {
        let years: Vec<String> = self
            .points
            .iter()
            .enumerate()
            .map(|(k, (y, s, first))| {
                let v = self.words.get(k).cloned().unwrap_or_else(|| s.map_or("–".to_string(), i18n::score));
                format!("{y}: {v}{}", if *first { " (første målinger)" } else { "" })
            })
            .collect();
        format!("Over tid: {}.", years.join("; "))
    }
}

pub const SPARK: (u32, u32) = (84, 30);
pub const LARGE: (u32, u32) = (560, 190);

pub fn draw<DB: DrawingBackend>(area: &Area<DB>, o: &Over, (width, height): (u32, u32)) -> Drawn<DB> {
    // Room for the shown year's ring (radius + 3 + its stroke) at every edge.
    let (left, right) = if o.labelled { (34, width as i32 - 24) } else { (8, width as i32 - 8) };
    let (top, bottom) = if o.labelled { (12, height as i32 - 28) } else { (8, height as i32 - 8) };
    let n = o.points.len().max(2) as i32 - 1;
    let x = |k: usize| left + (right - left) * k as i32 / n;
    let y = |s: f64| top + ((5.0 - s.clamp(-5.0, 5.0)) / 10.0 * f64::from(bottom - top)).round() as i32;
    // 0 (baseline) always; ±5 at the detail's size.
    pen::line(area, (left, y(0.0)), (right, y(0.0)), &MUTED, 1)?;
    if o.labelled {
        for (v, label) in [(5.0, "+5"), (0.0, "0"), (-5.0, "−5")] {
            pen::dashed(area, (left, y(v)), (right, y(v)), &TRACK, 1, 4.0)?;
            pen::text(area, label, (left - 6, y(v)), 15, &MUTED, pen::Align::Right, false)?;
        }
        for (k, (year, ..)) in o.points.iter().enumerate() {
            pen::text(area, &year.to_string(), (x(k), bottom + 15), 15, &INK, pen::Align::Center, false)?;
        }
    }
    // The line, broken where a year has no score.
    let mut run: Vec<(i32, i32)> = Vec::new();
    for (k, (_, s, _)) in o.points.iter().enumerate() {
        match s {
            Some(s) => run.push((x(k), y(*s))),
            None => {
                area.draw(&PathElement::new(std::mem::take(&mut run), PROGRESS.stroke_width(2)))?;
            }
        }
    }
    area.draw(&PathElement::new(run, PROGRESS.stroke_width(2)))?;
    let r = if o.labelled { 6 } else { 3 };
    for (k, (year, s, first)) in o.points.iter().enumerate() {
        let Some(s) = s else { continue };
        let at = (x(k), y(*s));
        let colour = if *s < 0.0 { REGRESS } else { PROGRESS };
        if *first {
            area.draw(&Circle::new(at, r, colour.stroke_width(2)))?;
            area.draw(&Circle::new(at, r - 2, PAPER.filled()))?;
        } else {
            area.draw(&Circle::new(at, r, colour.filled()))?;
        }
        if o.shown == Some(*year) {
            area.draw(&Circle::new(at, r + 3, INK.stroke_width(2)))?;
        }
    }
    Ok(())
}

/// The sparkline (the overview) or the labelled chart (the detail) as SVG.
pub fn svg(o: &Over) -> String {
    let size = if o.labelled { LARGE } else { SPARK };
    super::to_svg(size.0, size.1, |area| draw(area, o, size))
}

/// One panel of the nine: the guidepost's label above its labelled line.
pub const PANEL: (u32, u32) = (210, 140);
const PANEL_TITLE: u32 = 24;

/// "Barometeret over tid": every guidepost's line in a grid of small
/// multiples on the same −5 … +5 scale, three to a row, each under its label
/// ("1. Flere borgere i egen bolig", shortened to fit).
pub fn all_svg(panels: &[(String, Over)]) -> String {
    let columns = panels.len().clamp(1, 3) as u32;
    let rows = (panels.len() as u32).div_ceil(3).max(1);
    super::to_svg(PANEL.0 * columns, PANEL.1 * rows, |root| {
        for (k, (label, over)) in panels.iter().enumerate() {
            let (col, row) = ((k as u32 % 3) as i32, (k as u32 / 3) as i32);
            let panel = root.clone().shrink((col * PANEL.0 as i32, row * PANEL.1 as i32), PANEL);
            pen::text(&panel, &shorten(label, 24), (6, (PANEL_TITLE / 2) as i32), 15, &INK, pen::Align::Left, true)?;
            let chart = panel.shrink((0, PANEL_TITLE), (PANEL.0, PANEL.1 - PANEL_TITLE));
            draw(&chart, over, (PANEL.0, PANEL.1 - PANEL_TITLE))?;
        }
        Ok(())
    })
}

/// At most `max` characters, with "…" where it was cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        text.chars().take(max - 1).collect::<String>().trim_end().to_string() + "…"
    }
}
