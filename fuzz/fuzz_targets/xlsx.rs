#![no_main]
#[path = "check.rs"]
mod check;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(d) = barometer::io::load(barometer::io::Format::Xlsx, data, None).dataset {
        check::evaluates_sanely(&d);
        check::draws(&d);
    }
});
