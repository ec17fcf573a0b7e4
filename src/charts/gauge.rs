//! The barometer gauge of one guidepost: a half dial from −5 to +5 with
//! coloured bands, the needle at the reading, 0 marked "baseline" and +5
//! "mål", the published figure as a second mark, and the state in words
//! when there is no reading.

use std::f64::consts::PI;

use super::palette::*;
use super::pen::{self, Align, Area, Drawn};
use crate::i18n;
use crate::method::{GuidepostResult, GuidepostState};
use crate::model::{Guidepost, Published};
use plotters::prelude::*;

pub const WIDTH: u32 = 480;
pub const HEIGHT: u32 = 392;
/// The dial's centre and radii, in pixels.
pub const CENTRE: (i32, i32) = (240, 276);
const OUTER: f64 = 170.0;
const INNER: f64 = 118.0;
pub const NEEDLE: f64 = 150.0;

/// What one gauge shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Gauge {
    pub title: String,
    pub state: GuidepostState,
    /// The reading (scored or baseline-only); `None` for no data.
    pub reading: Option<f64>,
    pub published: Option<f64>,
}

impl Gauge {
    pub fn new(guidepost: &Guidepost, result: &GuidepostResult) -> Gauge {
        Gauge {
            title: format!("{}. {}", guidepost.id, guidepost.title),
            state: result.state,
            reading: result.score,
            published: match guidepost.published {
                Some(Published::Score(v)) => Some(v),
                _ => None,
            },
        }
    }

    /// The gauge in words: its text alternative.
    pub fn describe(&self) -> String {
        let reading = i18n::reading(self.state, self.reading);
        let meaning = match (self.state, self.reading) {
            (GuidepostState::Scored, Some(v)) if v >= 5.0 => "målet er nået".to_string(),
            (GuidepostState::Scored, Some(v)) if v > 0.0 => format!("{} % af vejen fra baseline til mål", i18n::number(v * 20.0, 0)),
            (GuidepostState::Scored, Some(v)) if v < 0.0 => "længere fra målet end ved baseline".to_string(),
            (GuidepostState::Scored, _) => "samme sted som baseline".to_string(),
            (GuidepostState::BaselineOnly, _) => "der er endnu kun målt baseline".to_string(),
            (GuidepostState::NoData, _) => "der er ingen data".to_string(),
        };
        let published = self.published.map(|p| format!(" Offentliggjort: {}.", i18n::score(p))).unwrap_or_default();
        format!("{}: aflæsning {reading} på skalaen fra −5 til +5 ({meaning}).{published}", self.title)
    }
}

/// The angle of a score on the dial: π at −5 (left), 0 at +5 (right).
pub fn angle(score: f64) -> f64 {
    PI * (1.0 - (score.clamp(-5.0, 5.0) + 5.0) / 10.0)
}

/// The point at `radius` from the centre in the direction of `score`.
pub fn point(score: f64, radius: f64) -> (i32, i32) {
    let a = angle(score);
    (CENTRE.0 + (radius * a.cos()).round() as i32, CENTRE.1 - (radius * a.sin()).round() as i32)
}

fn band<DB: DrawingBackend>(area: &Area<DB>, from: f64, to: f64, colour: &RGBColor) -> Drawn<DB> {
    let steps = 24;
    let at = |i: i32, r: f64| point(from + (to - from) * f64::from(i) / f64::from(steps), r);
    let mut points: Vec<(i32, i32)> = (0..=steps).map(|i| at(i, OUTER)).collect();
    points.extend((0..=steps).rev().map(|i| at(i, INNER)));
    area.draw(&Polygon::new(points, colour.filled()))
}

pub fn draw<DB: DrawingBackend>(area: &Area<DB>, g: &Gauge) -> Drawn<DB> {
    for (i, line) in pen::wrap(&g.title, 46, 2).iter().enumerate() {
        pen::text(area, line, (CENTRE.0, 20 + 24 * i as i32), 20, &INK, Align::Center, true)?;
    }
    band(area, -5.0, -2.5, &REGRESS)?;
    band(area, -2.5, 0.0, &REGRESS_LIGHT)?;
    band(area, 0.0, 2.5, &PROGRESS_LIGHT)?;
    band(area, 2.5, 5.0, &PROGRESS)?;
    for tick in -5..=5 {
        let s = f64::from(tick);
        let (outer, width) = if tick == 0 { (OUTER + 14.0, 3) } else { (OUTER + 7.0, 1) };
        pen::line(area, point(s, INNER), point(s, outer), &INK, width)?;
    }
    let below = CENTRE.1 + 22;
    pen::text(area, "−5", (point(-5.0, (OUTER + INNER) / 2.0).0, below), 18, &INK, Align::Center, false)?;
    pen::text(area, "+5 mål", (point(5.0, (OUTER + INNER) / 2.0).0, below), 18, &INK, Align::Center, true)?;
    let top = point(0.0, OUTER + 26.0);
    pen::text(area, "0 baseline", top, 16, &INK, Align::Center, false)?;

    if let Some(p) = g.published {
        let tip = point(p, OUTER + 1.0);
        let a = angle(p);
        let side = |d: f64| point_at(a + d, OUTER + 20.0);
        area.draw(&Polygon::new(vec![tip, side(0.06), side(-0.06)], INK.filled()))?;
        pen::text(area, &format!("▼ offentliggjort: {}", i18n::score(p)), (WIDTH as i32 - 10, HEIGHT as i32 - 14), 16, &INK, Align::Right, false)?;
    }

    let (needle_colour, words) = match g.state {
        GuidepostState::Scored => (INK, None),
        GuidepostState::BaselineOnly => (MUTED, Some("kun baseline-målinger")),
        GuidepostState::NoData => (MUTED, Some("ingen data")),
    };
    // Only a measured reading has a needle: "not measured yet" must not look like "measured at 0".
    if let (GuidepostState::Scored, Some(r)) = (g.state, g.reading) {
        area.draw(&PathElement::new(vec![CENTRE, point(r, NEEDLE)], needle_colour.stroke_width(5)))?;
        area.draw(&Circle::new(CENTRE, 9, needle_colour.filled()))?;
    }
    let number = match (g.state, g.reading) {
        (GuidepostState::Scored, Some(v)) => i18n::score(v),
        (GuidepostState::BaselineOnly, _) => "0".into(),
        _ => "–".into(),
    };
    pen::text(area, &number, (CENTRE.0, CENTRE.1 + 44), 40, &needle_colour, Align::Center, true)?;
    if let Some(w) = words {
        pen::text(area, w, (CENTRE.0, CENTRE.1 + 76), 17, &MUTED, Align::Center, false)?;
    }
    Ok(())
}

fn point_at(a: f64, radius: f64) -> (i32, i32) {
    (CENTRE.0 + (radius * a.cos()).round() as i32, CENTRE.1 - (radius * a.sin()).round() as i32)
}

/// The gauge as an SVG document.
pub fn svg(g: &Gauge) -> String {
    super::to_svg(WIDTH, HEIGHT, |area| draw(area, g))
}
