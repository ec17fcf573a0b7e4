//! A build step (scripts/post_build.py runs it after every Trunk build): the
//! app's first screen for the built-in 2014 data, rendered natively by the
//! same Yew components the browser runs, so `index.html` carries the nine
//! readings and the page shows them before the wasm has arrived.
//!
//! `prerender` prints the HTML; `prerender --fingerprint` prints the
//! built-in data's fingerprint, then those it had before a correction of its
//! words (space-separated), with which the page's start-up script (boot.js)
//! tells whether the browser holds work of its own on those data.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use barometer::app::App;
    if std::env::args().nth(1).as_deref() == Some("--fingerprint") {
        match barometer::data::pejlemaerker_2014() {
            Ok(d) => {
                let now = barometer::io::share::fingerprint(&d);
                let earlier: Vec<&str> = barometer::io::share::earlier_fingerprints(&now).collect();
                println!("{}", std::iter::once(now.as_str()).chain(earlier).collect::<Vec<_>>().join(" "))
            }
            Err(_) => std::process::exit(1),
        }
        return;
    }
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a current-thread runtime");
    // Plain HTML: the app takes over by replacing it, not by hydrating it.
    let html = runtime.block_on(yew::LocalServerRenderer::<App>::new().hydratable(false).render());
    print!("{html}");
}
