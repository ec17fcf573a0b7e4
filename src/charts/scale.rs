//! The compact barometer of the overview: one bar from −5 to +5 per
//! guidepost, small enough for nine to stand in a column. It marks 0
//! (baseline) and +5 (goal), fills from 0 to the reading, ticks the expected
//! reading of the straight path, and in a scenario rings the data's reading.
//! A guidepost that has no reading has no fill and no marker: a dashed,
//! empty track, so "not measured" never looks like "measured at 0".

use super::palette::*;
use super::pen::{self, Area, Drawn};
use crate::method::GuidepostState;
use plotters::prelude::*;

pub const WIDTH: u32 = 200;
pub const HEIGHT: u32 = 28;
/// The track's left and right ends and its vertical band, in pixels.
const LEFT: i32 = 6;
const RIGHT: i32 = WIDTH as i32 - 6;
const TOP: i32 = 8;
const BOTTOM: i32 = 20;

/// What one compact bar shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ScaleBar {
    pub state: GuidepostState,
    /// The reading when scored.
    pub reading: Option<f64>,
    /// The expected reading on the straight path (on track), when scored.
    pub expected: Option<f64>,
    /// The data's reading, when a scenario shows another one.
    pub base: Option<f64>,
}

/// The x of a score on the track.
pub fn x_of(score: f64) -> i32 {
    let t = (score.clamp(-5.0, 5.0) + 5.0) / 10.0;
    LEFT + (t * f64::from(RIGHT - LEFT)).round() as i32
}

pub fn draw<DB: DrawingBackend>(area: &Area<DB>, b: &ScaleBar) -> Drawn<DB> {
    let zero = x_of(0.0);
    let scored = b.state == GuidepostState::Scored;
    if scored {
        pen::rect(area, (LEFT, TOP), (RIGHT, BOTTOM), &TRACK)?;
    } else {
        // No reading: an empty, dashed outline.
        for y in [TOP, BOTTOM] {
            pen::dashed(area, (LEFT, y), (RIGHT, y), &MUTED, 1, 4.0)?;
        }
    }
    if let (true, Some(r)) = (scored, b.reading) {
        let x = x_of(r);
        let colour = if r < 0.0 { REGRESS } else { PROGRESS };
        if x != zero {
            pen::rect(area, (zero.min(x), TOP), (zero.max(x), BOTTOM), &colour)?;
        }
    }
    // 0 (baseline) and +5 (goal) always marked.
    pen::line(area, (zero, TOP - 5), (zero, BOTTOM + 5), &INK, 2)?;
    pen::line(area, (RIGHT, TOP - 3), (RIGHT, BOTTOM + 3), &INK, 2)?;
    pen::line(area, (LEFT, TOP - 3), (LEFT, BOTTOM + 3), &MUTED, 1)?;
    if let (true, Some(e)) = (scored, b.expected) {
        // The straight path's expectation: a dark triangle under the track.
        let x = x_of(e);
        area.draw(&Polygon::new(vec![(x, BOTTOM + 1), (x - 5, HEIGHT as i32 - 1), (x + 5, HEIGHT as i32 - 1)], INK.filled()))?;
    }
    if let Some(base) = b.base {
        // The data's reading in a scenario: a ring on the track.
        area.draw(&Circle::new((x_of(base), (TOP + BOTTOM) / 2), 5, INK.stroke_width(2)))?;
    }
    if let (true, Some(r)) = (scored, b.reading) {
        // The reading itself: a bold mark across the track.
        let x = x_of(r);
        area.draw(&Rectangle::new([(x - 2, TOP - 6), (x + 2, BOTTOM + 2)], INK.filled()))?;
    }
    Ok(())
}

/// The bar as an SVG document.
pub fn svg(b: &ScaleBar) -> String {
    super::to_svg(WIDTH, HEIGHT, |area| draw(area, b))
}
