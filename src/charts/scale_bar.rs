//! The simple −5 … +5 bar beside each reading on the first screen: a track,
//! a fill from 0 (baseline) to the reading, a tick at every whole score and
//! a hollow mark at the published figure. Numbers and words stay outside the
//! picture, in the page, where they are large and read by screen readers.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::palette;

/// What one bar shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScaleBar {
    /// The reading; `None` draws the empty track.
    pub reading: Option<f64>,
    /// The figure the source published, if any.
    pub published: Option<f64>,
}

/// Draws the bar to fill `area`.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    bar: &ScaleBar,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let pad = h / 4;
    let x = |score: f64| pad + ((score.clamp(-5.0, 5.0) + 5.0) / 10.0 * f64::from(w - 2 * pad)) as i32;
    let (top, bottom) = (h / 4, h - h / 4);

    area.draw(&Rectangle::new([(x(-5.0), top), (x(5.0), bottom)], palette::TRACK.filled()))?;
    if let Some(r) = bar.reading {
        let colour = if r < 0.0 { palette::REGRESS } else { palette::PROGRESS };
        area.draw(&Rectangle::new([(x(0.0), top), (x(r), bottom)], colour.filled()))?;
    }
    for tick in -5..=5 {
        let tx = x(f64::from(tick));
        let (y0, y1) = if tick == 0 { (0, h) } else { (bottom - h / 8, bottom) };
        let width = if tick == 0 { 3 } else { 1 };
        area.draw(&PathElement::new(vec![(tx, y0), (tx, y1)], palette::INK.stroke_width(width)))?;
    }
    if let Some(p) = bar.published {
        let px = x(p);
        let mark = vec![(px, top - 1), (px - pad / 2 - 2, 0), (px + pad / 2 + 2, 0)];
        area.draw(&Polygon::new(mark, palette::INK.filled()))?;
    }
    Ok(())
}

/// The bar as an SVG document of `width` × `height` pixels.
pub fn to_svg(bar: &ScaleBar, width: u32, height: u32) -> String {
    super::to_svg(width, height, |area| draw(area, bar))
}
