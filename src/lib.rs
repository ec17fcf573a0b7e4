//! Barometer: the Socialudvalget guidepost barometer as a library.
//!
//! The core (`model`, `method`, `io`, `i18n`, `charts`) is plain Rust with no
//! web dependency; `app` is the Yew front end and `cli` the command line.
//! See ARCHITECTURE.md.

pub mod app;
pub mod charts;
pub mod cli;
pub mod compass;
pub mod data;
pub mod exchange;
pub mod i18n;
pub mod io;
pub mod limits;
pub mod method;
pub mod model;
pub mod problem;
pub mod scenario;
