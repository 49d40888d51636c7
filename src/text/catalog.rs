//! The chosen language's messages: English is compiled in (`locales/en/*.ftl`, through
//! `build.rs`); another language's file (`lang/<code>.json`, written by the build from
//! `locales/<code>/*.ftl`) is fetched by the app when it is chosen and handed to
//! [`install`]. The typed message functions of [`crate::text`] read from here.
//!
//! No UI crates and no fetching here (the app does that, `crate::language`); a language
//! installed once stays for the page's life, so its strings are `&'static`.

use std::cell::{Cell, RefCell};

use super::ftl::{self, Arg, Locale};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// One language's patterns, by message number ("" where it has none: shown in English).
struct Catalog {
    locale: &'static Locale,
    messages: &'static [&'static str],
}

thread_local! {
    static CURRENT: Cell<Option<&'static Catalog>> = const { Cell::new(None) };
    static INSTALLED: RefCell<Vec<&'static Catalog>> = const { RefCell::new(Vec::new()) };
}

/// English, the reference language.
pub fn english() -> &'static Locale {
    &LOCALES[0]
}

/// The language of a BCP 47 tag the app offers (`es`, `pt-BR`, `en-XA`), matched without
/// regard to case; `None` for others.
pub fn locale(code: &str) -> Option<&'static Locale> {
    LOCALES.iter().find(|l| l.code.eq_ignore_ascii_case(code))
}

/// The languages the picker offers (not the pseudo-locale).
pub fn offered() -> impl Iterator<Item = &'static Locale> {
    LOCALES.iter().filter(|l| !l.pseudo)
}

/// The language of the text now shown.
pub fn current() -> &'static Locale {
    CURRENT.with(|c| c.get()).map_or(english(), |c| c.locale)
}

/// Whether `code`'s messages are here (English always is).
pub fn is_installed(code: &str) -> bool {
    code == english().code || INSTALLED.with(|i| i.borrow().iter().any(|c| c.locale.code == code))
}

/// Shows `code`'s text from now on, if it is English or installed; `false` otherwise.
pub fn choose(code: &str) -> bool {
    if code == english().code {
        CURRENT.with(|c| c.set(None));
        return true;
    }
    let found = INSTALLED.with(|i| i.borrow().iter().copied().find(|c| c.locale.code == code));
    if let Some(catalog) = found {
        CURRENT.with(|c| c.set(Some(catalog)));
    }
    found.is_some()
}

/// Reads a language file (`{"lang": "es", "messages": [...]}`) and keeps its messages for the
/// page's life; `Err` says what was wrong (the app then stays in the language it had).
pub fn install(file: &str) -> Result<&'static Locale, String> {
    #[derive(serde::Deserialize)]
    struct File {
        lang: String,
        messages: Vec<String>,
    }
    let file: File = serde_json::from_str(file).map_err(|e| e.to_string())?;
    let locale = locale(&file.lang).ok_or_else(|| format!("unknown language {}", file.lang))?;
    if file.messages.len() != ENGLISH.len() {
        return Err(format!(
            "{} messages where this version has {}",
            file.messages.len(),
            ENGLISH.len()
        ));
    }
    if !is_installed(locale.code) {
        let messages: Vec<&'static str> = file
            .messages
            .into_iter()
            .map(|m| &*Box::leak(m.into_boxed_str()))
            .collect();
        let catalog: &'static Catalog = Box::leak(Box::new(Catalog {
            locale,
            messages: Box::leak(messages.into_boxed_slice()),
        }));
        INSTALLED.with(|i| i.borrow_mut().push(catalog));
    }
    Ok(locale)
}

/// Message `number`'s pattern in the current language (English where it has none).
fn pattern(number: usize) -> &'static str {
    CURRENT
        .with(|c| c.get())
        .and_then(|c| c.messages.get(number).copied())
        .filter(|m| !m.is_empty())
        .unwrap_or(ENGLISH[number])
}

/// A message without variables.
pub fn message(number: usize) -> &'static str {
    pattern(number)
}

/// A message with its arguments, numbers written the current language's way.
pub fn format(number: usize, args: &[(&str, Arg)]) -> String {
    ftl::format(pattern(number), args, current())
}

/// A whole number the current language's way: "1,234", "1.234".
pub fn whole_number(n: usize) -> String {
    ftl::number(n as f64, 0, current())
}

/// A time of day the current language's way.
pub fn clock(minute_of_day: u32) -> String {
    ftl::clock(minute_of_day, current())
}
