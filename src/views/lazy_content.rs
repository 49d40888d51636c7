//! Long text fetched when its page opens (the FAQ, the references, About, Take action's campaign): the first
//! visit's download leaves it out. `scripts/build_content.sh` puts the pages, rendered from
//! `content/` at build time, beside the app as `content/NAME.html`; the request carries the
//! app's version, so a new build never shows an old page.
//!
//! A translated page sits in the language's folder, `content/<code>/NAME.html` (and its inline
//! copy in `plate-trail-content-<code>-NAME`): [`page_path`] and [`inline_copy_id`] say where.
//!
//! A page that carries the text inline (the single-file offline copy, opened from `file://`
//! where nothing can be fetched) holds it in `<template id="plate-trail-content-NAME">`,
//! which is read first. Data files (`data/*.json`) come the same way: [`fetch_data`].

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::site_file::versioned;
use crate::text;

/// A page of long text, as it arrives.
#[derive(Clone, Debug, PartialEq)]
pub enum LazyContent {
    Loading,
    /// Trusted HTML rendered at build time from our own Markdown.
    Ready(AttrValue),
    /// Why it could not be read, for the visitor.
    Failed(String),
}

impl LazyContent {
    /// The page's body: the text, or a status line while it loads or when it failed.
    pub fn body(&self) -> Html {
        match self {
            LazyContent::Loading => html! {
                <p class="loading busy" role="status"><span class="spinner" aria-hidden="true"></span>{ text::content_loading() }</p>
            },
            LazyContent::Ready(html) => Html::from_html_unchecked(html.clone()),
            LazyContent::Failed(message) => {
                html! { <p class="error" role="alert">{ message.clone() }</p> }
            }
        }
    }

    /// "true" once the text is shown, for `data-ready`.
    pub fn ready(&self) -> &'static str {
        if matches!(self, LazyContent::Ready(_)) {
            "true"
        } else {
            "false"
        }
    }
}

/// The page's inline copy of `name` in `language`, if it carries one.
fn inline_copy(name: &str, language: &str) -> Option<String> {
    let template = gloo::utils::document().get_element_by_id(&inline_copy_id(name, language))?;
    Some(template.inner_html())
}

/// The page `name` in `language` ([`page_path`]), versioned by the app's wasm file name
/// (Trunk hashes it per build).
fn address(name: &str, language: &str) -> String {
    versioned(&page_path(name, language))
}

/// A data file of the site (`data/NAME.json`), fetched when a tools module view needs it: the page's
/// inline copy (`<script type="application/json" id="plate-trail-data-NAME">` in the
/// single offline file) when it has one, else the same-origin file. An error is a short
/// reason for the visitor.
pub async fn fetch_data(path: &str) -> Result<String, String> {
    let name = path
        .rsplit('/')
        .next()
        .unwrap_or(path)
        .trim_end_matches(".json");
    if let Some(inline) =
        gloo::utils::document().get_element_by_id(&format!("plate-trail-data-{name}"))
    {
        return inline.text_content().ok_or_else(|| path.to_owned());
    }
    let failed = |_| text::tools::ma_data_failed(path);
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(&versioned(path)))
        .await
        .map_err(failed)?
        .dyn_into::<web_sys::Response>()
        .map_err(failed)?;
    if !response.ok() {
        return Err(text::tools::ma_data_failed(path));
    }
    let body = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    body.as_string()
        .ok_or_else(|| text::tools::ma_data_failed(path))
}

/// Where the page `name` (`faq`, `about`, `action`) is in a language, relative to the app:
/// `content/NAME.html` in English, `content/<code>/NAME.html` in a translation, and the
/// English page for a language `content/` has no translation for.
pub fn page_path(name: &str, language: &str) -> String {
    match translated(language) {
        Some(code) => format!("content/{code}/{name}.html"),
        None => format!("content/{name}.html"),
    }
}

/// The id of the `<template>` holding the page `name` in a language, in a copy that carries
/// the text inline (`scripts/offline_file.mjs`): `plate-trail-content-NAME` in English,
/// `plate-trail-content-<code>-NAME` in a translation.
pub fn inline_copy_id(name: &str, language: &str) -> String {
    match translated(language) {
        Some(code) => format!("plate-trail-content-{code}-{name}"),
        None => format!("plate-trail-content-{name}"),
    }
}

/// The language's code if `content/` is translated into it. Reads only the list of codes, so
/// none of the translated text is linked into the page.
fn translated(language: &str) -> Option<&'static str> {
    crate::content::TRANSLATED_LANGUAGES
        .iter()
        .copied()
        .find(|code| *code == language)
}

async fn fetch(name: &str, language: &str) -> Result<String, String> {
    let failed = |_| text::content_failed(name);
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(&address(name, language)))
        .await
        .map_err(failed)?
        .dyn_into::<web_sys::Response>()
        .map_err(failed)?;
    if !response.ok() {
        return Err(text::content_failed(name));
    }
    let body = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    body.as_string().ok_or_else(|| text::content_failed(name))
}

/// The long text `name` (`faq`, `about`, `action`) in the language showing, fetched once
/// the page is drawn, and again when the visitor picks another language.
#[hook]
pub fn use_lazy_content(name: &'static str) -> LazyContent {
    let language = crate::language::use_language();
    let content = use_state(|| match inline_copy(name, language) {
        Some(html) => LazyContent::Ready(html.into()),
        None => LazyContent::Loading,
    });
    {
        let content = content.clone();
        use_effect_with(language, move |&language| {
            match inline_copy(name, language) {
                Some(html) => content.set(LazyContent::Ready(html.into())),
                None => {
                    content.set(LazyContent::Loading);
                    wasm_bindgen_futures::spawn_local(async move {
                        content.set(match fetch(name, language).await {
                            Ok(html) => LazyContent::Ready(html.into()),
                            Err(message) => LazyContent::Failed(message),
                        });
                    });
                }
            }
        });
    }
    (*content).clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    mod page_path {
        use super::*;

        #[test]
        fn english_pages_stay_where_they_were() {
            assert_eq!(page_path("faq", "en"), "content/faq.html");
            assert_eq!(inline_copy_id("about", "en"), "plate-trail-content-about");
        }

        #[test]
        fn a_translation_is_in_its_language_folder() {
            assert_eq!(page_path("faq", "es"), "content/es/faq.html");
            assert_eq!(page_path("about", "pt-BR"), "content/pt-BR/about.html");
            assert_eq!(
                inline_copy_id("action", "pt-BR"),
                "plate-trail-content-pt-BR-action"
            );
        }

        #[test]
        fn a_language_without_translated_content_reads_english() {
            assert_eq!(page_path("faq", "fr"), "content/faq.html");
            assert_eq!(page_path("faq", "../x"), "content/faq.html");
            assert_eq!(inline_copy_id("faq", "de"), "plate-trail-content-faq");
        }

        #[test]
        fn every_translated_page_the_build_writes_has_a_path() {
            let codes: Vec<_> = crate::content::TRANSLATIONS
                .iter()
                .map(|t| t.code)
                .collect();
            assert_eq!(crate::content::TRANSLATED_LANGUAGES, codes.as_slice());
            let out = std::path::Path::new(env!("OUT_DIR")).join("lazy");
            for translation in crate::content::TRANSLATIONS {
                for name in ["faq", "references", "about", "action"] {
                    let path = page_path(name, translation.code);
                    let built = out.join(path.trim_start_matches("content/"));
                    assert!(built.is_file(), "build.rs writes {}", built.display());
                }
            }
        }
    }
}
