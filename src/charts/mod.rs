//! Charts drawn with plotters on any backend: SVG strings for the app, the
//! command line and native tests alike. Drawing code never looks up the DOM
//! and never takes text from data without plotters escaping it.

pub mod scale_bar;

/// The palette, chosen to be told apart by colour-blind viewers (Okabe–Ito):
/// blue for progress, vermilion for regress. Colour is never the only cue.
pub mod palette {
    use plotters::style::RGBColor;

    pub const PROGRESS: RGBColor = RGBColor(0, 114, 178);
    pub const REGRESS: RGBColor = RGBColor(213, 94, 0);
    pub const TRACK: RGBColor = RGBColor(226, 230, 236);
    pub const INK: RGBColor = RGBColor(33, 37, 41);
    pub const MUTED: RGBColor = RGBColor(110, 117, 125);
}
