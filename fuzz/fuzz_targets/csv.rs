#![no_main]
#[path = "check.rs"]
mod check;
use libfuzzer_sys::fuzz_target;

// CSV and paste (the same reader) through to the screen: what reads
// evaluates sanely and every chart the app draws for it draws.
fuzz_target!(|data: &[u8]| {
    let import = barometer::io::load(barometer::io::Format::Csv, data, None);
    if let Some(d) = import.dataset.filter(|_| import.errors.is_empty()) {
        check::evaluates_sanely(&d);
        check::draws(&d);
    }
});
