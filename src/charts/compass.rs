//! The Forandringskompas charts: a radar of ten axes with the mean first and
//! latest assessment, and bars of the mean change per dimension, sorted, with
//! the number of citizens behind them. Drawn from a `GroupSummary`, whose
//! withheld figures are `None`: a group of fewer than five citizens draws as
//! "for få borgere" and nothing else.

use std::f64::consts::PI;

use super::palette::*;
use super::pen::{self, Align, Area, Drawn};
use crate::compass::{GroupSummary, MIN_CITIZENS};
use crate::i18n;
use plotters::prelude::*;

pub const RADAR: (u32, u32) = (640, 560);
pub const BARS: (u32, u32) = (720, 420);
const CENTRE: (i32, i32) = (320, 300);
const RADIUS: f64 = 190.0;

fn title(g: &GroupSummary) -> String {
    format!("{} · {}", g.compass, g.unit.as_deref().unwrap_or("alle tilbud"))
}

fn withheld<DB: DrawingBackend>(area: &Area<DB>, (w, h): (u32, u32)) -> Drawn<DB> {
    let text = format!("For få borgere: tal vises først fra {MIN_CITIZENS} borgere.");
    pen::text(area, &text, (w as i32 / 2, h as i32 / 2), 20, &MUTED, Align::Center, true)
}

fn axis_point(axis: usize, value: f64) -> (i32, i32) {
    let angle = -PI / 2.0 + axis as f64 * 2.0 * PI / 10.0;
    let r = RADIUS * (value / 10.0);
    (CENTRE.0 + (r * angle.cos()).round() as i32, CENTRE.1 + (r * angle.sin()).round() as i32)
}

/// Mean first (dashed) and latest (solid) assessment on ten axes, 1–10.
pub fn radar(g: &GroupSummary) -> String {
    super::to_svg(RADAR.0, RADAR.1, |area| {
        pen::text(area, &pen::shorten(&title(g), 60), (12, 20), 18, &INK, Align::Left, true)?;
        let Some(n) = g.citizens else { return withheld(area, RADAR) };
        pen::text(area, &format!("Gennemsnit af {n} borgere: ● seneste vurdering   – – første vurdering"), (12, 46), 14, &MUTED, Align::Left, false)?;
        for ring in [2.0, 4.0, 6.0, 8.0, 10.0] {
            let pts: Vec<(i32, i32)> = (0..=10).map(|a| axis_point(a % 10, ring)).collect();
            area.draw(&PathElement::new(pts, TRACK.stroke_width(1)))?;
        }
        for (a, d) in g.dimensions.iter().enumerate() {
            pen::line(area, CENTRE, axis_point(a, 10.0), &TRACK, 1)?;
            let (x, y) = axis_point(a, 11.6);
            let align = if x < CENTRE.0 - 10 { Align::Right } else if x > CENTRE.0 + 10 { Align::Left } else { Align::Center };
            pen::text(area, &pen::shorten(&d.name, 22), (x, y), 14, &INK, align, false)?;
        }
        let polygon = |pick: fn(&crate::compass::DimensionSummary) -> Option<f64>| -> Vec<(i32, i32)> {
            (0..=10).map(|a| axis_point(a % 10, pick(&g.dimensions[a % 10]).unwrap_or(0.0))).collect()
        };
        let first = polygon(|d| d.mean_first);
        for w in first.windows(2) {
            pen::dashed(area, w[0], w[1], &MUTED, 2, 6.0)?;
        }
        area.draw(&PathElement::new(polygon(|d| d.mean_latest), PROGRESS.stroke_width(3)))?;
        for p in polygon(|d| d.mean_latest).iter().take(10) {
            area.draw(&Circle::new(*p, 4, PROGRESS.filled()))?;
        }
        Ok(())
    })
}

/// Mean change per dimension, largest first, each bar labelled with its figure.
pub fn bars(g: &GroupSummary) -> String {
    super::to_svg(BARS.0, BARS.1, |area| {
        pen::text(area, &pen::shorten(&title(g), 64), (12, 20), 18, &INK, Align::Left, true)?;
        let Some(n) = g.citizens else { return withheld(area, BARS) };
        pen::text(area, &format!("Gennemsnitlig ændring fra første til seneste vurdering, {n} borgere (skala 1–10)"), (12, 46), 14, &MUTED, Align::Left, false)?;
        let mut dims: Vec<(&str, f64)> = g.dimensions.iter().filter_map(|d| Some((d.name.as_str(), d.mean_change?))).collect();
        dims.sort_by(|a, b| b.1.total_cmp(&a.1));
        let span = dims.iter().map(|d| d.1.abs()).fold(1.0, f64::max);
        let (zero, half) = (430, 230.0);
        pen::line(area, (zero, 66), (zero, 66 + 34 * 10), &MUTED, 1)?;
        for (i, (name, v)) in dims.iter().enumerate() {
            let y = 82 + i as i32 * 34;
            pen::text(area, &pen::shorten(name, 26), (zero - 200, y), 15, &INK, Align::Right, false)?;
            let end = zero + (v / span * half).round() as i32;
            let colour = if *v >= 0.0 { PROGRESS } else { REGRESS };
            pen::rect(area, (zero.min(end), y - 11), (zero.max(end).max(zero.min(end) + 2), y + 11), &colour)?;
            let label = format!("{}{}", if *v > 0.0 { "+" } else { "" }, i18n::number(*v, 2));
            let (x, align) = if *v >= 0.0 { (end + 6, Align::Left) } else { (end - 6, Align::Right) };
            pen::text(area, &label, (x, y), 15, &INK, align, true)?;
        }
        Ok(())
    })
}

/// The charts in words, for screen readers.
pub fn describe(g: &GroupSummary) -> String {
    match g.citizens {
        None => format!("{}: for få borgere til at vise tal.", title(g)),
        Some(n) => {
            let parts: Vec<String> = g
                .dimensions
                .iter()
                .filter_map(|d| Some(format!("{} {}", d.name, i18n::number(d.mean_change?, 2))))
                .collect();
            format!("{}, {n} borgere. Gennemsnitlig ændring: {}.", title(g), parts.join(", "))
        }
    }
}
