//! The import worker: reads files (Excel workbooks, and large CSV and JSON)
//! off the page's thread, so the page stays responsive and its own wasm stays
//! small. It posts "ready" once started, then answers each message
//! `{bytes: Uint8Array, format: "xlsx"|"csv"|"json", sheet?: string}`
//! with `{reply: exchange::ReadReply as JSON text, dataset?: its dataset
//! as JSON text}`, and `{write: dataset JSON,
//! readings: bool}` with an `.xlsx` workbook's bytes (or, as a string, why
//! Excel cannot hold the data), and `{compass_name,
//! compass: Uint8Array | null, from?, to?}` (a Forandringskompas file, or the
//! fictitious example) with `exchange::CompassReply` as JSON text: only
//! the summary leaves here, never citizen-level rows.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let data = e.data();
        let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok();
        // {write: dataset JSON, readings: bool} → the workbook's bytes.
        if let Some(json) = field("write").and_then(|w| w.as_string()) {
            let readings = field("readings").and_then(|r| r.as_bool()).unwrap_or(false);
            let written = barometer::io::json::parse_dataset(&json)
                .map_err(|_| "dataene kunne ikke læses igen".to_string())
                .and_then(|d| barometer::io::save(barometer::io::Format::Xlsx, &d, readings));
            let _ = match written {
                Ok(bytes) => reply_to.post_message(&js_sys::Uint8Array::from(bytes.as_slice())),
                Err(why) => reply_to.post_message(&why.into()),
            };
            return;
        }
        if let Some(name) = field("compass_name").and_then(|n| n.as_string()) {
            let bytes = field("compass").filter(|b| !b.is_null() && !b.is_undefined()).map(|b| js_sys::Uint8Array::new(&b).to_vec());
            let date = |k: &str| field(k).and_then(|d| d.as_string()).and_then(|d| barometer::compass::parse_date(&barometer::io::table::Cell::Text(d)));
            let period = barometer::compass::Period { from: date("from"), to: date("to") };
            let reply = barometer::exchange::compass(&name, bytes.as_deref(), period);
            let _ = reply_to.post_message(&serde_json::to_string(&reply).unwrap_or_default().into());
            return;
        }
        let bytes = field("bytes").map(|b| js_sys::Uint8Array::new(&b).to_vec()).unwrap_or_default();
        let sheet = field("sheet").and_then(|s| s.as_string());
        let format = field("format")
            .and_then(|f| f.as_string())
            .and_then(|f| barometer::io::Format::of(&format!("x.{f}")))
            .unwrap_or(barometer::io::Format::Xlsx);
        let started = js_sys::Date::now();
        let mut reply = barometer::exchange::read(format, &bytes, sheet.as_deref());
        // The dataset's JSON goes beside the reply, not inside it: escaped
        // in a string and unescaped again, 30 MB of it costs the page seconds.
        let dataset = reply.dataset.take();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"reply".into(), &serde_json::to_string(&reply).unwrap_or_default().into());
        if let Some(d) = dataset {
            let _ = js_sys::Reflect::set(&message, &"dataset".into(), &d.into());
        }
        // How long the reading took here, for the benchmark (scripts/bench-browser.mjs import).
        let _ = js_sys::Reflect::set(&message, &"ms".into(), &(js_sys::Date::now() - started).into());
        let _ = reply_to.post_message(&message);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before the wasm started would be lost: say when to send.
    let _ = scope.post_message(&"ready".into());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("import-worker runs in the browser (built by Trunk, see index.html).");
}
