//! What the browser keeps between visits (localStorage): the saved
//! scenarios (by their data's fingerprint), imported data, and the year
//! table's typed text. A stored text that cannot be read is kept aside and
//! offered for download, never thrown away; a full storage is said.

use super::{error, Notice};
#[cfg(target_arch = "wasm32")]
use super::{share_error, NoticeKind};
use crate::io::share::{decode_saved, earlier_fingerprints, fingerprint, Saved};
use crate::model::Dataset;

fn key(dataset: &Dataset) -> String {
    format!("barometer/saved/{}", fingerprint(dataset))
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
        // Saved before a correction of the data's words: read from there, saved
        // at once under today's key, and the old key then dropped.
        let keys: Vec<String> = std::iter::once(key.clone())
            .chain(earlier_fingerprints(&fingerprint(dataset)).map(|f| format!("barometer/saved/{f}")))
            .collect();
        let mut found = keys.iter().filter_map(|k| storage.get_item(k).ok().flatten().map(|text| (k.clone(), text)));
        let Some((found_key, text)) = found.next() else { return (None, vec![]) };
        // An older key beside the one read: a tab of an older build kept
        // saving there. Its text is set aside for download, never dropped.
        let mut set_aside = Vec::new();
        for (older, older_text) in found {
            if storage.set_item(&format!("barometer/corrupt/{}-{}", js_sys_now(), set_aside.len()), &older_text).is_ok() {
                let _ = storage.remove_item(&older);
            }
            let mut n = error(
                "Der lå også scenarier gemt fra før en rettelse af dataenes tekst (fx fra en fane med en ældre udgave af Barometer). De er lagt til side og kan downloades her; Barometer har åbnet dem, der er gemt med dataenes nye tekst.".into(),
            );
            n.download = Some(("barometer-aeldre-gemte-scenarier.json".into(), older_text));
            set_aside.push(n);
        }
        if found_key != key {
            if let Ok((saved, _)) = decode_saved(&text, dataset) {
                if save(&saved).is_ok() {
                    let _ = storage.remove_item(&found_key);
                }
            }
        }
        let (saved, mut notices) = match decode_saved(&text, dataset) {
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
                let _ = storage.remove_item(&found_key);
                let mut n = error(format!(
                    "De gemte scenarier kunne ikke læses ({}). De er lagt til side og kan downloades her; Barometer starter uden dem.",
                    share_error(&e)
                ));
                n.download = Some(("barometer-gemte-scenarier.json".into(), text));
                (None, vec![n])
            }
        };
        notices.extend(set_aside);
        (saved, notices)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (dataset, key, error, decode_saved, earlier_fingerprints);
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

#[cfg(target_arch = "wasm32")]
fn js_sys_now() -> String {
    format!("{}", web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.time_origin() + p.now()) as u64)
}
