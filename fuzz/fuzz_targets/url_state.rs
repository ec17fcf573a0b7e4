#![no_main]
use libfuzzer_sys::fuzz_target;

/// The 2014 data, read once (reading it per input cost 99 % of the time).
fn the_2014_data() -> &'static barometer::model::Dataset {
    static DATA: std::sync::OnceLock<barometer::model::Dataset> = std::sync::OnceLock::new();
    DATA.get_or_init(|| barometer::data::pejlemaerker_2014().expect("the embedded data reads"))
}

fuzz_target!(|data: &[u8]| {
    let dataset = the_2014_data();
    let text = String::from_utf8_lossy(data);
    for input in [text.to_string(), format!("b1={text}")] {
        if let Ok((scenario, _)) = barometer::io::share::decode_link(&input, &dataset) {
            let applied = barometer::scenario::apply(&dataset, &scenario);
            let _ = barometer::method::evaluate(&applied, &scenario.options(&dataset));
            // What a link keeps is within the limits: it shares again, exactly, with nothing left out.
            let again = barometer::io::share::encode_link(&dataset, &scenario);
            assert_eq!(barometer::io::share::decode_link(&again, &dataset), Ok((scenario, vec![])));
        }
    }
    let _ = barometer::io::share::decode_shared(&text, &dataset);
    let _ = barometer::io::share::decode_saved(&text, &dataset);
});
