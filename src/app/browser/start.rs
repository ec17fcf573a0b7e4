//! The app's start in the page: taking over from the first screen that
//! index.html carries, and the service worker for offline use.

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
