//! Reading a file the user picked or dropped: size limit, format from the
//! name, and the import staged for the preview. Nothing changes until the
//! user confirms.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Callback;

use super::state::{Action, Notice, NoticeKind, Pending};
use crate::io::{self, Format};

/// Files above this are refused before reading.
pub const MAX_BYTES: f64 = 25.0 * 1024.0 * 1024.0;

fn refuse(text: String) -> Action {
    Action::Notify(Notice { kind: NoticeKind::Error, text, download: None })
}

/// Reads `file` and stages it (or says why not). `reader` keeps the read alive.
pub fn read_file(file: web_sys::File, reader: Rc<RefCell<Option<gloo::file::callbacks::FileReader>>>, send: Callback<Action>) {
    let file = gloo::file::File::from(file);
    let name = file.name();
    let Some(format) = Format::of(&name) else {
        return send.emit(refuse(format!("»{name}« kan ikke indlæses: brug en .json-, .csv- eller .xlsx-fil. Intet er ændret.")));
    };
    if file.size() as f64 > MAX_BYTES {
        return send.emit(refuse(format!(
            "»{name}« er {} MB; Barometer indlæser filer på højst {} MB. Intet er ændret.",
            crate::i18n::number(file.size() as f64 / 1048576.0, 1),
            crate::i18n::number(MAX_BYTES / 1048576.0, 0)
        )));
    }
    send.emit(Action::Reading(Some(format!("Indlæser »{name}« ({} MB) …", crate::i18n::number(file.size() as f64 / 1048576.0, 1)))));
    let (cb, name2) = (send.clone(), name.clone());
    *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_bytes(&file, move |bytes| match bytes {
        Ok(bytes) => read_in_worker(&name2, format, Rc::new(bytes), None, cb.clone()),
        Err(_) => cb.emit(refuse(format!("»{name2}« kunne ikke læses. Intet er ændret."))),
    }));
}

/// Hands a file to the import worker (its own wasm module, with calamine for
/// Excel) so the page stays responsive, and stages its answer. `sheet` picks
/// a workbook's sheet other than the first.
pub fn read_in_worker(name: &str, format: Format, bytes: Rc<Vec<u8>>, sheet: Option<String>, send: Callback<Action>) {
    #[cfg(target_arch = "wasm32")]
    {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"bytes".into(), &js_sys::Uint8Array::from(bytes.as_slice()));
        let _ = js_sys::Reflect::set(&message, &"format".into(), &format.ending().into());
        if let Some(s) = &sheet {
            let _ = js_sys::Reflect::set(&message, &"sheet".into(), &s.into());
        }
        let (cb, n) = (send.clone(), name.to_string());
        let refused = format!("»{name}« kunne ikke læses. Intet er ændret.");
        ask_worker(message.into(), send, refused, move |answer| {
            let field = |name: &str| js_sys::Reflect::get(&answer, &name.into()).ok().and_then(|v| v.as_string());
            let reply: crate::exchange::ReadReply = serde_json::from_str(&field("reply").unwrap_or_default()).unwrap_or_default();
            let dataset = field("dataset");
            // Reading the worker's dataset takes the page's thread for a moment
            // (seconds for 200,000 sub-goals): say so, and let that paint first.
            cb.emit(Action::Reading(Some(format!("Forbereder forhåndsvisningen af »{n}« …"))));
            let later = wasm_bindgen::closure::Closure::once_into_js(move || {
                // The worker's dataset is checked again here; its problems are shown, never dropped.
                let mut errors = reply.errors;
                let dataset = dataset.as_deref().and_then(|j| match crate::io::json::parse_dataset(j) {
                    Ok(d) => Some(d),
                    Err(problems) => {
                        errors.extend(problems.iter().map(crate::i18n::problem));
                        None
                    }
                });
                cb.emit(Action::Stage(Some(Rc::new(Pending {
                    name: n,
                    dataset,
                    errors,
                    warnings: reply.warnings,
                    sheets: reply.sheets,
                    sheet: reply.sheet,
                    bytes: Some(bytes),
                    read_as: reply.read_as,
                    table: format != Format::Json,
                }))));
            });
            // After the next paint: a frame, then a task.
            use wasm_bindgen::JsCast;
            let after_paint = wasm_bindgen::closure::Closure::once_into_js(move || {
                if let Some(w) = web_sys::window() {
                    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 0);
                }
            });
            if let Some(w) = web_sys::window() {
                let _ = w.request_animation_frame(after_paint.unchecked_ref());
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    stage(name, format, &bytes, &send);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = sheet;
}

/// Has the import worker write `dataset` as an `.xlsx` workbook and offers it as a download.
pub fn download_xlsx(file_name: &str, dataset: &crate::model::Dataset, readings: bool, send: Callback<Action>) {
    #[cfg(target_arch = "wasm32")]
    {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"write".into(), &crate::io::json::to_json(dataset).into());
        let _ = js_sys::Reflect::set(&message, &"readings".into(), &readings.into());
        let (name, cb) = (file_name.to_string(), send.clone());
        ask_worker(message.into(), send, "Excel-filen kunne ikke skrives.".into(), move |reply| {
            // A string is why Excel cannot hold the data; never a 0-byte file.
            if let Some(why) = reply.as_string() {
                return cb.emit(refuse(format!("Excel-filen kunne ikke skrives: {why}. Download CSV i stedet; den har ingen sådan grænse.")));
            }
            let bytes = js_sys::Uint8Array::new(&reply).to_vec();
            super::browser::download_bytes(&name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", &bytes);
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (file_name, dataset, readings);
        send.emit(refuse("Excel-filer skrives af import-workeren i browseren.".into()));
    }
}

/// Starts the import worker, sends `message` once it is ready, and passes
/// its one answer to `on_reply`; a worker that fails says `refused`.
#[cfg(target_arch = "wasm32")]
fn ask_worker(message: wasm_bindgen::JsValue, send: Callback<Action>, refused: String, on_reply: impl FnOnce(wasm_bindgen::JsValue) + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Ok(worker) = web_sys::Worker::new("./import-worker_loader.js") else {
        send.emit(Action::Reading(None));
        return send.emit(refuse(refused));
    };
    let w = worker.clone();
    let mut on_reply = Some(on_reply);
    // The worker first says "ready" (its wasm has started), then answers.
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let data = e.data();
        if data.as_string().as_deref() == Some("ready") {
            let _ = w.post_message(&message);
            return;
        }
        w.terminate();
        if let Some(f) = on_reply.take() {
            f(data);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives for one answer; its closure goes with it.
    on_message.forget();
    let w = worker.clone();
    let on_error = Closure::once_into_js(move |_: web_sys::ErrorEvent| {
        w.terminate();
        send.emit(Action::Reading(None));
        send.emit(refuse(refused));
    });
    worker.set_onerror(Some(on_error.unchecked_ref()));
}

/// A Forandringskompas file (`None`: the fictitious example) read and summed
/// up for `period` in the import worker: the page gets the summary only,
/// with every figure for fewer than five citizens already withheld.
pub fn compass_in_worker(name: &str, bytes: Option<&[u8]>, period: crate::compass::Period, send: Callback<Action>, on_reply: impl FnOnce(crate::exchange::CompassReply) + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"compass_name".into(), &name.into());
        let bytes = bytes.map_or(wasm_bindgen::JsValue::NULL, |b| js_sys::Uint8Array::from(b).into());
        let _ = js_sys::Reflect::set(&message, &"compass".into(), &bytes);
        for (key, date) in [("from", period.from), ("to", period.to)] {
            if let Some(d) = date {
                let _ = js_sys::Reflect::set(&message, &key.into(), &d.to_string().into());
            }
        }
        ask_worker(message.into(), send, format!("»{name}« kunne ikke læses. Intet er ændret."), move |reply| {
            on_reply(serde_json::from_str(&reply.as_string().unwrap_or_default()).unwrap_or_default())
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (name, bytes, period, send);
        on_reply(crate::exchange::CompassReply { summary: None, errors: vec!["Kompasdata læses kun i browseren.".into()] });
    }
}

/// Reads text pasted from a spreadsheet (tab-separated) and stages it.
pub fn read_paste(text: &str, send: &Callback<Action>) {
    stage("indsat fra regneark", Format::Csv, text.as_bytes(), send);
}

fn stage(name: &str, format: Format, bytes: &[u8], send: &Callback<Action>) {
    let import = io::load(format, bytes, None);
    send.emit(Action::Stage(Some(Rc::new(Pending {
        name: name.to_string(),
        dataset: import.dataset.filter(|_| import.errors.is_empty()),
        errors: import.errors.iter().map(crate::i18n::problem).collect(),
        warnings: import.warnings.iter().map(crate::i18n::problem).collect(),
        read_as: import.read_as,
        table: format != Format::Json,
        ..Pending::default()
    }))));
}
