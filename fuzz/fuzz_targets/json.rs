#![no_main]
#[path = "check.rs"]
mod check;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let import = barometer::io::load(barometer::io::Format::Json, data, None);
    if let Some(d) = import.dataset {
        check::evaluates_sanely(&d);
        check::draws(&d);
        // What reads, saves and reads again to the same data.
        assert_eq!(barometer::io::json::parse_dataset(&barometer::io::json::to_json(&d)).ok(), Some(d));
    }
});
