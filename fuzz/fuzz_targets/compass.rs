#![no_main]
//! Compass files (CSV and JSON): never a panic; a summary never shows a
//! figure for fewer than five citizens and every mean stays within 1–10.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let read = match data.first() {
        Some(b'{') => barometer::compass::read_json(&String::from_utf8_lossy(data)),
        _ => barometer::io::csv::cells(data).map_err(|p| vec![p]).and_then(|rows| barometer::compass::read_cells(&rows)),
    };
    if let Ok(d) = read {
        let s = barometer::compass::summarise(&d, Default::default());
        for g in &s.groups {
            assert!(g.citizens.is_none_or(|n| n >= barometer::compass::MIN_CITIZENS));
            for dim in &g.dimensions {
                assert_eq!(dim.mean_first.is_some(), g.citizens.is_some());
                for m in [dim.mean_first, dim.mean_latest].into_iter().flatten() {
                    assert!((1.0..=10.0).contains(&m), "mean {m}");
                }
            }
            let _ = (barometer::charts::compass::radar(g), barometer::charts::compass::bars(g));
        }
        let _ = barometer::compass::summary_rows(&s);
    }
});
