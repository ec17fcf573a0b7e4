//! The browser around the app: the URL fragment, the clipboard, downloads,
//! full screen, print and dropped files; what the browser keeps between
//! visits is in `storage`, the app's start in `start`. Everything else in
//! the app is pure; here each call can fail, and every failure becomes a
//! Danish `Notice`. On native targets (server-side rendering, tests) these do nothing.

mod start;
mod storage;

pub use start::{register_service_worker, take_over};
pub use storage::{load_dataset, load_saved, load_year_draft, on_saved_elsewhere, save, save_dataset, save_year_draft};

use super::state::{Notice, NoticeKind};
use crate::io::share::ShareError;

fn error(text: String) -> Notice {
    Notice { kind: NoticeKind::Error, text, download: None }
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
