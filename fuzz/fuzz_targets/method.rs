#![no_main]
//! The method on arbitrary datasets: the fuzzer's bytes become a dataset
//! directly (ids, groups, values, populations, weightings), not via a parser.
#[path = "check.rs"]
mod check;
use barometer::model::*;
use libfuzzer_sys::fuzz_target;

fn number(bytes: &mut impl Iterator<Item = u8>) -> f64 {
    let raw = i32::from_le_bytes([bytes.next().unwrap_or(0), bytes.next().unwrap_or(0), bytes.next().unwrap_or(0), 0]);
    f64::from(raw - (1 << 23)) / f64::from(bytes.next().unwrap_or(1).max(1))
}

fn leaf(id: String, b: &mut impl Iterator<Item = u8>) -> Subgoal {
    let flags = b.next().unwrap_or(0);
    let mut s = Subgoal::leaf(&id, "");
    if flags & 1 != 0 { s.baseline = Some(Point { year: 2013, value: number(b) }); }
    if flags & 2 != 0 { s.measurements.push(Point { year: 2014, value: number(b) }); }
    if flags & 4 != 0 {
        let kind = [TargetKind::Value, TargetKind::Below, TargetKind::Above][usize::from(flags >> 6) % 3];
        s.target = Some(Target { year: 2017, value: number(b), kind });
    }
    if flags & 8 != 0 { s.population = Some(number(b).abs()); }
    s
}

fuzz_target!(|data: &[u8]| {
    let mut b = data.iter().copied();
    let mut d = Dataset::new();
    for g in 0..usize::from(b.next().unwrap_or(0) % 4 + 1) {
        let mut gp = Guidepost::new(&g.to_string(), "");
        if b.next().unwrap_or(0) & 1 != 0 { gp.weighting = Some(Weighting::Population); }
        for i in 0..usize::from(b.next().unwrap_or(0) % 6) {
            let kind = b.next().unwrap_or(0);
            if kind & 1 != 0 {
                let mut group = Subgoal::leaf(&format!("G{i}"), "");
                if kind & 2 != 0 { group.weighting = Some(Weighting::Population); }
                group.children = (0..usize::from(kind >> 5)).map(|c| leaf(format!("G{i}_{c}"), &mut b)).collect();
                gp.subgoals.push(group);
            } else {
                gp.subgoals.push(leaf(format!("S{i}"), &mut b));
            }
        }
        d.guideposts.push(gp);
    }
    check::evaluates_sanely(&d);
    check::draws(&d);
});
