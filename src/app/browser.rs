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
            Ok(saved) => (Some(saved), vec![]),
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

/// Saves the scenarios; a full or missing storage gives a message.
pub fn save(dataset: &Dataset, saved: &Saved) -> Result<(), Notice> {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) else {
            return Ok(()); // already said at start-up
        };
        storage.set_item(&key(dataset), &crate::io::share::encode_saved(saved)).map_err(|_| {
            error("Browserens lager er fuldt, så de seneste ændringer er ikke gemt. Download scenariet som fil, eller slet gamle scenarier.".into())
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (dataset, saved);
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
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let blob = gloo::file::Blob::new_with_options(text, Some(mime));
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
    let _ = (file_name, mime, text);
}

/// A link, file or saved-blob problem in Danish.
pub fn share_error(e: &ShareError) -> String {
    match e {
        ShareError::NotALink => "det er ikke et Barometer-link".into(),
        ShareError::Damaged(why) => format!("indholdet er beskadiget eller afkortet: {why}"),
        ShareError::WrongFormat(found) => format!("det er ikke en scenariefil (format: {found})"),
        ShareError::OtherDataset { title } => {
            format!("det hører til andre data (»{title}«) end dem, der er indlæst")
        }
        ShareError::TooLarge => "det er for stort".into(),
    }
}
