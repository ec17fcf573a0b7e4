//! Small drawing helpers shared by the charts: text with an anchor, lines,
//! boxes. Generic over the backend, like the charts.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub type Area<DB> = DrawingArea<DB, Shift>;
pub type Drawn<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Horizontal anchor of a text.
#[derive(Clone, Copy)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// Text at `(x, y)` (vertically centred there).
pub fn text<DB: DrawingBackend>(
    area: &Area<DB>,
    s: &str,
    (x, y): (i32, i32),
    size: u32,
    colour: &RGBColor,
    align: Align,
    bold: bool,
) -> Drawn<DB> {
    let h = match align {
        Align::Left => HPos::Left,
        Align::Center => HPos::Center,
        Align::Right => HPos::Right,
    };
    let font = if bold {
        ("sans-serif", size).into_font().style(FontStyle::Bold)
    } else {
        ("sans-serif", size).into_font()
    };
    let style = font.color(colour).pos(Pos::new(h, VPos::Center));
    area.draw(&Text::new(s.to_string(), (x, y), style))
}

pub fn line<DB: DrawingBackend>(area: &Area<DB>, from: (i32, i32), to: (i32, i32), colour: &RGBColor, width: u32) -> Drawn<DB> {
    area.draw(&PathElement::new(vec![from, to], colour.stroke_width(width)))
}

/// A dashed line (drawn as short segments, which every backend can).
pub fn dashed<DB: DrawingBackend>(area: &Area<DB>, from: (i32, i32), to: (i32, i32), colour: &RGBColor, width: u32, dash: f64) -> Drawn<DB> {
    let (dx, dy) = (f64::from(to.0 - from.0), f64::from(to.1 - from.1));
    let length = (dx * dx + dy * dy).sqrt();
    let steps = (length / dash).floor() as i32;
    for i in (0..steps).step_by(2) {
        let a = f64::from(i) / f64::from(steps.max(1));
        let b = f64::from(i + 1) / f64::from(steps.max(1));
        let p = |t: f64| (from.0 + (dx * t) as i32, from.1 + (dy * t) as i32);
        line(area, p(a), p(b), colour, width)?;
    }
    Ok(())
}

pub fn rect<DB: DrawingBackend>(area: &Area<DB>, from: (i32, i32), to: (i32, i32), colour: &RGBColor) -> Drawn<DB> {
    area.draw(&Rectangle::new([from, to], colour.filled()))
}

/// Shortens `s` to `max` characters with an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        s.chars().take(max.saturating_sub(1)).collect::<String>().trim_end().to_string() + "…"
    }
}

/// Splits `s` into at most `lines` lines of at most `width` characters, on spaces.
pub fn wrap(s: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in s.split_whitespace() {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
            out.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        out.push(current);
    }
    if out.len() > lines {
        let rest = out[lines - 1..].join(" ");
        out.truncate(lines - 1);
        out.push(shorten(&rest, width));
    }
    out
}
