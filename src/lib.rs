//! Plate Trail: an in-browser explainer of what a license-plate-reader (ALPR) network
//! learns about one car.
//!
//! The crate has two halves that must stay apart:
//! - the pure core, [`sim`] (a town, its cameras, weeks of driving, the capture database)
//!   and [`analyst`] (what someone with database access can reconstruct). They never import
//!   `yew`, `web_sys`, `gloo` or `wasm_bindgen`, compile and test natively, and give
//!   byte-for-byte the same results in the browser;
//! - the user interface, [`app`] with its [`views`] and [`components`], which only reads
//!   the core's results and draws them.
//!
//! [`import`] (pure too) reads a real town from OpenStreetMap and camera files; only the
//! town-wide worker's binary links it.
//!
//! User-visible strings live in [`text`]; long text (FAQ, references) in `content/`.

// The docs are read with the private items (`make test` builds them so, and fails on a broken
// link): a public item's doc may name the private helper it rests on.
#![allow(rustdoc::private_intra_doc_links)]

pub mod analyst;
pub mod app;
pub mod browser_address;
pub mod browser_storage;
pub mod clipboard;
pub mod components;
pub mod content;
pub mod first_screen;
pub mod import;
pub mod language;
pub mod offline_copy;
pub(crate) mod page_slices;
pub mod panic_panel;
pub mod presenter_page;
pub mod scenario;
pub mod sim;
pub mod site_file;
pub mod text;
pub mod town_worker;
pub mod views;
