//! The browser app's entry point: Trunk builds this for wasm32.

fn main() {
    #[cfg(target_arch = "wasm32")]
    barometer::app::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("barometer-web is the browser app: run scripts/serve (see README.md).");
}
