# Sourced by the scripts: cargo's tools and npm's wasm-opt first on PATH
# (Debian's or crates.io's wasm-opt reject current Rust wasm).
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
