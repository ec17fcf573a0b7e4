#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(dataset) = barometer::data::pejlemaerker_2014() else { return };
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
