//! The browser around the app: saved scenarios (localStorage), the URL
//! fragment, the clipboard, downloads. Everything else in the app is pure;
//! here each call can fail, and every failure becomes a Danish `Notice`.
//! On native targets (server-side rendering in tests) these do nothing.

use super::state::{Notice, NoticeKind};
use crate::io::share::{decode_saved, fingerprint, Saved, ShareError};
use crate::model::Dataset;

fn key(dataset: &Dataset) -> String {
    format!("barometer/saved/{}", fingerprint(dataset))
}

fn error(text: String) -> Notice {
    Notice { kind: NoticeKind::Error, text, download: None }
}

/// What was saved for this dataset, and any message about it. A saved blob
/// that cannot be read is kept aside (under another key) and offered for
/// download, never thrown away.
pub fn load_saved(dataset: &Dataset) -> (Option<Saved>, Vec<Notice>) {
    #[cfg(target_arch = "wasm32")]
    {
        let storage = match web_sys::window().map(|w| w.local_storage()) {
            Some(Ok(Some(s))) => s,
            _ => {
                return (None, vec![error(
                    "Browserens lager er ikke tilgængeligt (privat vindue?). Barometer virker, men scenarier gemmes ikke, når siden lukkes. Download dem som fil for at beholde dem.".into(),
                )])
            }
        };
        let key = key(dataset);
        let Ok(Some(text)) = storage.get_item(&key) else { return (None, vec![]) };
        match decode_saved(&text, dataset) {
            Ok((saved, dropped)) if dropped.is_empty() => (Some(saved), vec![]),
            Ok((saved, dropped)) => {
                // Keep the rest; the original stays downloadable (and set aside).
                let _ = storage.set_item(&format!("barometer/corrupt/{}", js_sys_now()), &text);
                let mut n = error(format!(
                    "Nogle gemte værdier lå uden for grænserne og er udeladt: {}. Resten af de gemte scenarier er bevaret; den oprindelige tekst kan downloades her.",
                    dropped.join("; ")
                ));
                n.download = Some(("barometer-gemte-scenarier.json".into(), text));
                (Some(saved), vec![n])
            }
            Err(e) => {
                let aside = format!("barometer/corrupt/{}", js_sys_now());
                let _ = storage.set_item(&aside, &text);
                let _ = storage.remove_item(&key);
                let mut n = error(format!(
                    "De gemte scenarier kunne ikke læses ({}). De er lagt til side og kan downloades her; Barometer starter uden dem.",
                    share_error(&e)
                ));
                n.download = Some(("barometer-gemte-scenarier.json".into(), text));
                (None, vec![n])
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (dataset, key, error, decode_saved);
        (None, vec![])
    }
}

/// Saves the scenarios (under their dataset's key); a full storage gives a message.
pub fn save(saved: &Saved) -> Result<(), Notice> {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) else {
            return Ok(()); // already said at start-up
        };
        let key = format!("barometer/saved/{}", saved.dataset.fingerprint);
        storage.set_item(&key, &crate::io::share::encode_saved(saved)).map_err(|_| {
            error("Browserens lager er fuldt, så de seneste ændringer er ikke gemt. Download scenariet som fil, eller slet gamle scenarier.".into())
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = saved;
        Ok(())
    }
}

#[cfg(target_arch = "wasm32")]
fn js_sys_now() -> String {
    format!("{}", web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.time_origin() + p.now()) as u64)
}

/// The URL fragment, if there is one.
pub fn fragment() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let hash = web_sys::window()?.location().hash().ok()?;
        (!hash.is_empty()).then_some(hash)
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Whether the page's test harness asked for the panic self-test: a global
/// (`window.__barometerSelvtest`) that only a test can set before the app
/// starts (Playwright's `addInitScript`). A link cannot: the page's CSP runs
/// no inline script, so `#selvtest-panik` in a link someone sends does nothing.
pub fn self_test_allowed() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Reflect::get(&js_sys::global(), &wasm_bindgen::JsValue::from_str("__barometerSelvtest"))
            .map(|v| v.is_truthy())
            .unwrap_or(false)
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Removes the fragment from the address bar (after it has been read).
pub fn clear_fragment() {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        if let (Ok(history), Ok(path)) = (w.history(), w.location().pathname()) {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
        }
    }
}

/// The page's address with `fragment` as its fragment.
pub fn link_with(fragment: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let base = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .map(|h| h.split('#').next().unwrap_or_default().to_string())
            .unwrap_or_default();
        format!("{base}#{fragment}")
    }
    #[cfg(not(target_arch = "wasm32"))]
    format!("#{fragment}")
}

/// Puts text on the clipboard (best effort: the link is also shown to copy by hand).
pub fn copy(text: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}

/// Offers `text` as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) {
    download_bytes(file_name, mime, text.as_bytes());
}

/// Offers `bytes` as a file download.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let blob = gloo::file::Blob::new_with_options(bytes, Some(mime));
        let url = gloo::file::ObjectUrl::from(blob);
        if let Ok(a) = document.create_element("a") {
            if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
                a.set_href(&url);
                a.set_download(file_name);
                a.click();
            }
        }
        // Revoking the URL at once can cancel the download in some browsers; it is tiny.
        std::mem::forget(url);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (file_name, mime, bytes);
}

/// A link, file or saved-blob problem in Danish.
pub fn share_error(e: &ShareError) -> String {
    match e {
        ShareError::NotALink => "det er ikke et Barometer-link".into(),
        ShareError::Damaged(why) => format!("indholdet er beskadiget eller afkortet ({why})"),
        ShareError::WrongFormat(found) if found == "no format" => "det er ikke en scenariefil (der står ikke, hvilket format den har)".into(),
        ShareError::WrongFormat(found) => format!("det er ikke en scenariefil (format: {found})"),
        ShareError::OtherDataset { title } => {
            format!("det hører til andre data (»{title}«) end dem, der er indlæst")
        }
        ShareError::TooLarge => "det er for stort".into(),
    }
}

/// Offers an SVG chart as a PNG `width` pixels wide (1920 for slides),
/// rendered by the browser from the SVG itself.
pub fn download_png(file_name: &str, svg: &str, width: u32) {
    #[cfg(target_arch = "wasm32")]
    {
        use base64::Engine;
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let Ok(img) = web_sys::HtmlImageElement::new() else { return };
        let (name, image) = (file_name.to_string(), img.clone());
        let onload = Closure::once_into_js(move || {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
            let Some(canvas) = document.create_element("canvas").ok().and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok()) else { return };
            let scale = f64::from(width) / f64::from(image.natural_width().max(1));
            let height = (f64::from(image.natural_height()) * scale).round();
            canvas.set_width(width);
            canvas.set_height(height as u32);
            let Some(ctx) = canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()) else { return };
            ctx.set_fill_style_str("#ffffff");
            ctx.fill_rect(0.0, 0.0, f64::from(width), height);
            let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, f64::from(width), height);
            let on_blob = Closure::once_into_js(move |blob: web_sys::Blob| {
                let url = gloo::file::ObjectUrl::from(gloo::file::Blob::from(blob));
                if let Some(a) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
                    a.set_href(&url);
                    a.set_download(&name);
                    a.click();
                }
                std::mem::forget(url);
            });
            let _ = canvas.to_blob(on_blob.unchecked_ref());
        });
        img.set_onload(Some(onload.unchecked_ref()));
        let encoded = base64::engine::general_purpose::STANDARD.encode(svg);
        img.set_src(&format!("data:image/svg+xml;base64,{encoded}"));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (file_name, svg, width);
}

/// Calls `on_change` with the saved scenarios whenever another window of
/// this app saves them (the `storage` event). Dropping the result stops it.
pub fn on_saved_elsewhere(dataset: std::rc::Rc<Dataset>, on_change: impl Fn(Saved) + 'static) -> Option<gloo::events::EventListener> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let window = web_sys::window()?;
        let key = key(&dataset);
        Some(gloo::events::EventListener::new(&window, "storage", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else { return };
            if e.key().as_deref() != Some(key.as_str()) {
                return;
            }
            if let Some((saved, _)) = e.new_value().and_then(|text| decode_saved(&text, &dataset).ok()) {
                on_change(saved);
            }
        }))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (dataset, on_change);
        None
    }
}

/// Asks for full screen (the browser may refuse; presenting works without).
pub fn enter_full_screen() {
    #[cfg(target_arch = "wasm32")]
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = el.request_fullscreen();
    }
}

pub fn leave_full_screen() {
    #[cfg(target_arch = "wasm32")]
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        if d.fullscreen_element().is_some() {
            d.exit_fullscreen();
        }
    }
}

/// Calls `on_leave` when the page leaves full screen (e.g. the browser took Esc).
pub fn on_full_screen_left(on_leave: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    #[cfg(target_arch = "wasm32")]
    {
        let document = web_sys::window()?.document()?;
        let doc = document.clone();
        Some(gloo::events::EventListener::new(&document, "fullscreenchange", move |_| {
            if doc.fullscreen_element().is_none() {
                on_leave();
            }
        }))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = on_leave;
        None
    }
}

/// Opens the browser's print dialog (where "save as PDF" is).
pub fn print() {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

const DATASET_KEY: &str = "barometer/dataset";

/// Remembers imported data so a reload opens on it (`None`: the built-in data).
pub fn save_dataset(dataset: Option<&Dataset>) -> Result<(), Notice> {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) else { return Ok(()) };
        let Some(d) = dataset else {
            let _ = storage.remove_item(DATASET_KEY);
            return Ok(());
        };
        // Compact: more fits in the browser's few megabytes than pretty-printed.
        let text = crate::io::json::to_compact_json(d);
        storage.set_item(DATASET_KEY, &text).map_err(|_| {
            // Never an older import in its place after a reload: that copy goes too.
            let _ = storage.remove_item(DATASET_KEY);
            Notice {
                kind: NoticeKind::Error,
                text: format!(
                    "De indlæste data ({} MB) er for store til browserens lager. De virker nu, men er væk efter en genindlæsning, \
                     hvor Barometer åbner med 2014-dataene. Download dem her for at beholde dem.",
                    crate::i18n::number(text.len() as f64 / 1_000_000.0, 1)
                ),
                download: Some(("barometer-data.json".into(), text)),
            }
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (dataset, DATASET_KEY);
        Ok(())
    }
}

/// Data imported in an earlier visit, if any (a damaged copy is kept aside and said).
pub fn load_dataset() -> (Option<Dataset>, Vec<Notice>) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) else { return (None, vec![]) };
        let Ok(Some(text)) = storage.get_item(DATASET_KEY) else { return (None, vec![]) };
        match crate::io::json::parse_dataset(&text) {
            Ok(d) => (Some(d), vec![]),
            Err(_) => {
                let _ = storage.set_item(&format!("barometer/corrupt/{}", js_sys_now()), &text);
                let _ = storage.remove_item(DATASET_KEY);
                let mut n = error("De senest indlæste data kunne ikke læses; de er lagt til side og kan downloades her. Barometer åbner med 2014-dataene.".into());
                n.download = Some(("barometer-gemte-data.json".into(), text));
                (None, vec![n])
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    (None, vec![])
}

const YEAR_DRAFT_KEY: &str = "barometer/year-draft";

/// Keeps the year table's typed text over a reload (`None`: forget it). A
/// browser that cannot keep it still has it for the visit: nothing is said.
pub fn save_year_draft(json: Option<&str>) {
    #[cfg(target_arch = "wasm32")]
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        let _ = match json {
            Some(text) => storage.set_item(YEAR_DRAFT_KEY, text),
            None => storage.remove_item(YEAR_DRAFT_KEY),
        };
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (json, YEAR_DRAFT_KEY);
}

/// The year table's text kept by `save_year_draft`, unchecked (`YearDraft::from_stored` checks it).
pub fn load_year_draft() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()?.local_storage().ok()??.get_item(YEAR_DRAFT_KEY).ok()?
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Calls `on_file` with each file dropped anywhere on the page.
pub fn on_drop(on_file: impl Fn(web_sys::File) + 'static) -> Vec<gloo::events::EventListener> {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo::events::{EventListener, EventListenerOptions};
        use wasm_bindgen::JsCast;
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return vec![] };
        let over = EventListener::new_with_options(&document, "dragover", EventListenerOptions::enable_prevent_default(), |e| e.prevent_default());
        let drop = EventListener::new_with_options(&document, "drop", EventListenerOptions::enable_prevent_default(), move |e| {
            e.prevent_default();
            let Some(e) = e.dyn_ref::<web_sys::DragEvent>() else { return };
            if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                on_file(file);
            }
        });
        vec![over, drop]
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = on_file;
        vec![]
    }
}

/// The app has rendered into `#app`: it replaces the first screen that
/// index.html carried (prerendered for the built-in data, or its frame while
/// the user's own data were coming) in one step, so the page never shows both.
pub fn take_over() {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        for id in ["first-screen", "boot-status"] {
            if let Some(el) = document.get_element_by_id(id) {
                el.remove();
            }
        }
        if let Some(app) = document.get_element_by_id("app") {
            let _ = app.remove_attribute("hidden");
        }
        if let Some(root) = document.document_element() {
            let classes = root.class_name();
            let kept: Vec<&str> = classes.split_whitespace().filter(|c| !matches!(*c, "starting" | "own-data" | "start-failed")).collect();
            root.set_class_name(&kept.join(" "));
        }
    }
}

/// Registers the service worker that keeps the app working offline.
/// Over plain http (an intranet address that is not localhost) browsers
/// have no service worker: the app then works as before, online only.
pub fn register_service_worker() {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let navigator = w.navigator();
        if js_sys::Reflect::get(&navigator, &"serviceWorker".into()).is_ok_and(|sw| !sw.is_undefined()) {
            let _ = navigator.service_worker().register("./sw.js");
        }
    }
}
