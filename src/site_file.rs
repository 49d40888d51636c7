//! The site's own files beside the page (a language's strings, a long page, a data file),
//! addressed with the build's version: Trunk hashes the app's wasm file name per build, and
//! `?v=` with that name keeps a new build from reading an old build's file from the HTTP
//! cache (the service worker serves the `?v=` its own build's pages use). Needs a browser.

/// `path`, relative to the page, with the build's version as `?v=`.
pub fn versioned(path: &str) -> String {
    let version = gloo::utils::document()
        .query_selector("script[data-app-wasm]")
        .ok()
        .flatten()
        .and_then(|tag| tag.get_attribute("data-app-wasm"))
        .map(|wasm| wasm.rsplit('/').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    format!("{path}?v={version}")
}
