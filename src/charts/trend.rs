//! The trend of one sub-goal: its measurements over the years, the straight
//! path from baseline to target, the least-squares trend carried to the
//! target year, and the scenario's values (hollow, another colour) where
//! they differ from the data.

use super::palette::*;
use super::pen::{self, Align, Area, Drawn};
use crate::i18n;
use crate::method::projection::trend;
use crate::method::Options;
use crate::model::{Point, Subgoal, Target, TargetKind, Unit};
use plotters::prelude::*;

pub const WIDTH: u32 = 960;
pub const HEIGHT: u32 = 460;
const LEFT: i32 = 100;
const RIGHT: i32 = 930;
const TOP: i32 = 80;
const BOTTOM: i32 = 390;

#[derive(Debug, Clone, PartialEq)]
pub struct TrendChart {
    pub title: String,
    pub unit: Option<Unit>,
    pub baseline: Option<Point>,
    pub target: Option<Target>,
    /// The measurements in the data.
    pub data: Vec<Point>,
    /// The scenario's measurements that differ from the data (changed or added).
    pub scenario: Vec<Point>,
    /// The trend line: its value at the first year and at the target year.
    pub trend: Option<(Point, Point)>,
}

impl TrendChart {
    /// `data` is the sub-goal as loaded, `seen` as the scenario sees it.
    pub fn new(address: &str, data: &Subgoal, seen: &Subgoal, options: &Options) -> TrendChart {
        let mut measured = data.measurements.clone();
        measured.sort_by_key(|m| m.year);
        let mut scenario: Vec<Point> = seen.measurements.iter().filter(|m| !measured.contains(m)).copied().collect();
        scenario.sort_by_key(|m| m.year);
        let trend = trend(seen, options).and_then(|t| {
            let first = seen.baseline?.year;
            let at = |year: i32| Point { year, value: t.value - t.slope * f64::from(t.target_year - year) };
            Some((at(first), at(t.target_year)))
        });
        TrendChart { title: format!("{address} {}", seen.title), unit: seen.unit, baseline: seen.baseline, target: seen.target, data: measured, scenario, trend }
    }

    fn points(&self) -> impl Iterator<Item = Point> + '_ {
        let target = self.target.map(|t| Point { year: t.year, value: t.value });
        self.baseline.into_iter().chain(self.data.iter().copied()).chain(self.scenario.iter().copied()).chain(target)
            .chain(self.trend.into_iter().flat_map(|(a, b)| [a, b]))
    }

    /// The chart in words.
    pub fn describe(&self) -> String {
        let v = |p: &Point| format!("{} i {}", i18n::value(p.value, self.unit), p.year);
        let mut parts = vec![self.title.clone()];
        if let Some(b) = &self.baseline { parts.push(format!("Baseline {}", v(b))); }
        if !self.data.is_empty() { parts.push(format!("Målt: {}", self.data.iter().map(v).collect::<Vec<_>>().join(", "))); }
        if !self.scenario.is_empty() { parts.push(format!("Scenariet: {}", self.scenario.iter().map(v).collect::<Vec<_>>().join(", "))); }
        if let Some(t) = &self.target { parts.push(format!("Mål {} i {}", i18n::target(t, self.unit), t.year)); }
        if let Some((_, end)) = &self.trend { parts.push(format!("Tendensen giver {}", v(end))); }
        parts.join(". ") + "."
    }
}

struct Scale {
    years: (f64, f64),
    values: (f64, f64),
}

impl Scale {
    fn x(&self, year: f64) -> i32 {
        LEFT + ((year - self.years.0) / (self.years.1 - self.years.0) * f64::from(RIGHT - LEFT)).round() as i32
    }
    fn y(&self, v: f64) -> i32 {
        BOTTOM - ((v - self.values.0) / (self.values.1 - self.values.0) * f64::from(BOTTOM - TOP)).round() as i32
    }
    fn at(&self, p: Point) -> (i32, i32) {
        (self.x(f64::from(p.year)), self.y(p.value))
    }
}

/// Round tick values covering `lo..hi`.
fn ticks(lo: f64, hi: f64) -> Vec<f64> {
    let raw = (hi - lo) / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(raw);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last).map(|i| i as f64 * step).collect()
}

pub fn draw<DB: DrawingBackend>(area: &Area<DB>, c: &TrendChart) -> Drawn<DB> {
    pen::text(area, &pen::shorten(&c.title, 84), (12, 20), 20, &INK, Align::Left, true)?;
    pen::text(area, "● målt   ○ scenariet   – – lige vej fra baseline til mål   ··· tendens   ★ mål", (12, 48), 14, &MUTED, Align::Left, false)?;
    let points: Vec<Point> = c.points().collect();
    if points.is_empty() {
        return pen::text(area, "Ingen tal at vise endnu.", (LEFT, (TOP + BOTTOM) / 2), 18, &MUTED, Align::Left, false);
    }
    let (y0, y1) = points.iter().fold((i32::MAX, i32::MIN), |(a, b), p| (a.min(p.year), b.max(p.year)));
    let (v0, v1) = points.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| (a.min(p.value), b.max(p.value)));
    let pad = if v1 > v0 { (v1 - v0) * 0.12 } else { v0.abs().max(1.0) * 0.1 };
    let s = Scale { years: (f64::from(y0) - 0.4, f64::from(y1) + 0.4), values: (v0 - pad, v1 + pad) };

    for t in ticks(s.values.0, s.values.1) {
        pen::line(area, (LEFT, s.y(t)), (RIGHT, s.y(t)), &TRACK, 1)?;
        pen::text(area, &i18n::value(t, c.unit), (LEFT - 8, s.y(t)), 14, &INK, Align::Right, false)?;
    }
    for year in y0..=y1 {
        pen::text(area, &year.to_string(), (s.x(f64::from(year)), BOTTOM + 20), 14, &INK, Align::Center, false)?;
    }
    pen::line(area, (LEFT, BOTTOM), (RIGHT, BOTTOM), &INK, 1)?;

    if let (Some(b), Some(t)) = (c.baseline, c.target) {
        if t.kind == TargetKind::Value {
            pen::dashed(area, s.at(b), s.at(Point { year: t.year, value: t.value }), &MUTED, 2, 8.0)?;
        }
    }
    if let Some((a, b)) = c.trend {
        pen::dashed(area, s.at(a), s.at(b), &SCENARIO, 3, 3.0)?;
    }
    if let Some(t) = c.target {
        let (x, y) = s.at(Point { year: t.year, value: t.value });
        pen::text(area, "★", (x, y), 26, &INK, Align::Center, false)?;
        pen::text(area, &format!("mål {}", i18n::target(&t, c.unit)), (x - 16, y - 20), 14, &INK, Align::Right, true)?;
    }
    let mut series: Vec<Point> = c.baseline.into_iter().chain(c.data.iter().copied()).collect();
    series.sort_by_key(|p| p.year);
    area.draw(&PathElement::new(series.iter().map(|p| s.at(*p)).collect::<Vec<_>>(), PROGRESS.stroke_width(3)))?;
    for p in &series {
        area.draw(&Circle::new(s.at(*p), 7, PROGRESS.filled()))?;
        pen::text(area, &i18n::value(p.value, c.unit), (s.at(*p).0, s.at(*p).1 - 18), 14, &INK, Align::Center, false)?;
    }
    for p in &c.scenario {
        area.draw(&Circle::new(s.at(*p), 8, SCENARIO.stroke_width(3)))?;
        pen::text(area, &format!("{} (scenarie)", i18n::value(p.value, c.unit)), (s.at(*p).0, s.at(*p).1 + 22), 14, &INK, Align::Center, true)?;
    }
    Ok(())
}

pub fn svg(c: &TrendChart) -> String {
    super::to_svg(WIDTH, HEIGHT, |area| draw(area, c))
}
