//! Scenario comparison: the readings of up to four scenarios per guidepost,
//! side by side as bars on the −5 … +5 scale, each with its number (the
//! colour only repeats what the legend and the numbers say).

use super::palette::*;
use super::pen::{self, Align, Area, Drawn};
use crate::i18n;
use crate::method::{GuidepostState, Report};
use crate::model::Dataset;
use plotters::prelude::*;

pub const WIDTH: u32 = 960;
const TOP: i32 = 96;
const GROUP: i32 = 30;
const LEFT: i32 = 330;
const RIGHT: i32 = 820;

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The scenarios' names, in column order.
    pub scenarios: Vec<String>,
    /// Per guidepost: its label and each scenario's (state, reading).
    pub guideposts: Vec<(String, Vec<(GuidepostState, Option<f64>)>)>,
}

impl Comparison {
    pub fn new(dataset: &Dataset, columns: &[(String, Report)]) -> Comparison {
        let guideposts = dataset
            .guideposts
            .iter()
            .enumerate()
            .map(|(i, gp)| {
                let readings = columns.iter().map(|(_, r)| (r.guideposts[i].state, r.guideposts[i].score)).collect();
                (format!("{}. {}", gp.id, gp.title), readings)
            })
            .collect();
        Comparison { scenarios: columns.iter().map(|(n, _)| n.clone()).take(4).collect(), guideposts }
    }

    pub fn height(&self) -> u32 {
        let per = GROUP * self.scenarios.len().max(1) as i32 + 18;
        (TOP + per * self.guideposts.len() as i32 + 10) as u32
    }
}

fn x(score: f64) -> i32 {
    LEFT + ((score.clamp(-5.0, 5.0) + 5.0) / 10.0 * f64::from(RIGHT - LEFT)).round() as i32
}

pub fn draw<DB: DrawingBackend>(area: &Area<DB>, c: &Comparison) -> Drawn<DB> {
    pen::text(area, "Scenarier side om side", (12, 20), 20, &INK, Align::Left, true)?;
    for (i, name) in c.scenarios.iter().enumerate() {
        let lx = 12 + 236 * i as i32;
        pen::rect(area, (lx, 42), (lx + 16, 58), &SERIES[i % 4])?;
        pen::text(area, &pen::shorten(name, 24), (lx + 22, 50), 15, &INK, Align::Left, false)?;
    }
    pen::text(area, "−5", (x(-5.0), TOP - 14), 14, &INK, Align::Center, false)?;
    pen::text(area, "0 baseline", (x(0.0), TOP - 14), 14, &INK, Align::Center, false)?;
    pen::text(area, "+5 mål", (x(5.0), TOP - 14), 14, &INK, Align::Center, true)?;
    let per = GROUP * c.scenarios.len().max(1) as i32 + 18;
    for (g, (label, readings)) in c.guideposts.iter().enumerate() {
        let top = TOP + per * g as i32;
        pen::line(area, (12, top), (WIDTH as i32 - 12, top), &TRACK, 1)?;
        for (i, line) in pen::wrap(label, 38, 2).iter().enumerate() {
            pen::text(area, line, (12, top + 16 + 18 * i as i32), 15, &INK, Align::Left, i == 0)?;
        }
        pen::line(area, (x(0.0), top + 4), (x(0.0), top + per - 4), &INK, 2)?;
        for (i, (state, reading)) in readings.iter().enumerate() {
            let y = top + 9 + GROUP * i as i32;
            pen::rect(area, (x(-5.0), y + 4), (x(5.0), y + GROUP - 6), &TRACK)?;
            let text = match (state, reading) {
                (GuidepostState::Scored, Some(v)) => {
                    pen::rect(area, (x(0.0).min(x(*v)), y + 4), (x(0.0).max(x(*v)), y + GROUP - 6), &SERIES[i % 4])?;
                    i18n::score(*v)
                }
                (GuidepostState::BaselineOnly, _) => "0 (kun baseline)".into(),
                _ => "–".into(),
            };
            pen::text(area, &text, (RIGHT + 12, y + GROUP / 2 - 1), 15, &INK, Align::Left, true)?;
        }
    }
    Ok(())
}

pub fn svg(c: &Comparison) -> String {
    super::to_svg(WIDTH, c.height(), |area| draw(area, c))
}
