//! This browser's localStorage as values: every read and write says whether it worked, and
//! none panics. Storage may be missing or blocked (third-party storage in an iframe, strict
//! privacy settings, an extension: `window.localStorage` then throws), full, or refused.
//!
//! Strings only: what they mean, and what the visitor is told, is the caller's
//! ([`crate::views::simulator::saved`]). Must not be called natively (it needs a browser).

use web_sys::Storage;

/// Why this browser would not keep or give back a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// This page has no localStorage: blocked or missing.
    Unavailable,
    /// localStorage refused this read or write (full, private mode).
    Refused,
}

/// The page's localStorage, if the browser lets it have one.
fn local() -> Result<Storage, StorageError> {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// The value stored under `key`; `None` when there is none.
pub fn get(key: &str) -> Result<Option<String>, StorageError> {
    local()?.get_item(key).map_err(|_| StorageError::Refused)
}

/// Stores `value` under `key`.
pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    local()?
        .set_item(key, value)
        .map_err(|_| StorageError::Refused)
}

/// Removes the value under `key`, if the browser lets the page have a storage.
pub fn remove(key: &str) {
    if let Ok(storage) = local() {
        let _ = storage.remove_item(key);
    }
}

/// This tab's sessionStorage value under `key`, if the browser lets the page have one.
pub fn session_get(key: &str) -> Option<String> {
    web_sys::window()?
        .session_storage()
        .ok()??
        .get_item(key)
        .ok()?
}

/// Keeps `value` under `key` in this tab's sessionStorage, if it can.
pub fn session_set(key: &str, value: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = storage.set_item(key, value);
    }
}
