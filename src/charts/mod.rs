//! Charts drawn with plotters on any backend: SVG strings for the app, the
//! command line and native tests alike. Each chart is one module with
//! `draw(area, &data)` and `svg(&data)`; its data is a plain struct built
//! from the method's results, so the app and `barometer chart` draw the very
//! same picture.
//!
//! Drawing never looks up the DOM and never measures text (positions are
//! computed here), so the SVG is the same natively and in the browser. Text
//! from data goes through plotters' SVG backend, which escapes it.

pub mod compare;
pub mod compass;
pub mod gauge;
pub mod history;
pub mod pen;
pub mod progress;
pub mod scale;
pub mod trend;

/// The palette, chosen to be told apart by colour-blind viewers (Okabe–Ito):
/// blue for progress, vermilion for regress. Colour is never the only cue.
pub mod palette {
    use plotters::style::RGBColor;

    pub const PROGRESS: RGBColor = RGBColor(0, 114, 178);
    pub const PROGRESS_LIGHT: RGBColor = RGBColor(160, 201, 228);
    pub const REGRESS: RGBColor = RGBColor(213, 94, 0);
    pub const REGRESS_LIGHT: RGBColor = RGBColor(240, 190, 150);
    pub const TRACK: RGBColor = RGBColor(226, 230, 236);
    pub const INK: RGBColor = RGBColor(33, 37, 41);
    pub const MUTED: RGBColor = RGBColor(95, 102, 110);
    pub const SCENARIO: RGBColor = RGBColor(204, 121, 167);
    pub const PAPER: RGBColor = RGBColor(255, 255, 255);
    /// One colour per compared scenario (Okabe–Ito order).
    pub const SERIES: [RGBColor; 4] = [
        RGBColor(0, 114, 178),
        RGBColor(230, 159, 0),
        RGBColor(0, 158, 115),
        RGBColor(204, 121, 167),
    ];
}

/// Draws into an SVG document of `width` × `height` pixels.
pub fn to_svg<F>(width: u32, height: u32, draw: F) -> String
where
    F: FnOnce(
        &plotters::drawing::DrawingArea<plotters::backend::SVGBackend, plotters::coord::Shift>,
    ) -> Result<(), plotters::drawing::DrawingAreaErrorKind<std::io::Error>>,
{
    use plotters::prelude::*;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        // Drawing into a string cannot fail; an error would only leave the picture short.
        let _ = root.fill(&palette::PAPER);
        let _ = draw(&root);
        let _ = root.present();
    }
    merge_lines(&svg)
}

/// Joins runs of plotters' one-line `<polyline>`s of the same opaque stroke
/// into one `<path>` of sub-paths. The picture is the same (no joins between
/// sub-paths, no overlap blending at full opacity), but a dashed line is one
/// element instead of dozens: a redrawn chart costs the browser far less to
/// parse, lay out and paint on every slider move.
pub fn merge_lines(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut run: Option<(&str, String)> = None; // (stroke attributes, path data)
    for line in svg.lines() {
        match opaque_polyline(line) {
            Some((style, points)) => {
                let d = match &mut run {
                    Some((s, d)) if *s == style => d,
                    _ => {
                        flush(&mut out, run.take());
                        &mut run.insert((style, String::new())).1
                    }
                };
                for (i, point) in points.split_whitespace().enumerate() {
                    d.push(if i == 0 { 'M' } else { 'L' });
                    d.push_str(&point.replace(',', " "));
                }
            }
            None => {
                flush(&mut out, run.take());
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    flush(&mut out, run);
    out
}

/// `(stroke attributes, points)` of `<polyline fill="none" opacity="1" … points="…"/>`.
fn opaque_polyline(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("<polyline fill=\"none\" opacity=\"1\" ")?;
    let (style, points) = rest.split_once(" points=\"")?;
    let points = points.strip_suffix("\"/>")?;
    points.bytes().all(|b| b.is_ascii_digit() || b" ,-.".contains(&b)).then_some((style, points))
}

fn flush(out: &mut String, run: Option<(&str, String)>) {
    if let Some((style, d)) = run {
        out.push_str(&format!("<path fill=\"none\" opacity=\"1\" {style} d=\"{d}\"/>\n"));
    }
}
