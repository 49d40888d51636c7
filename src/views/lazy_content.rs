//! Long text fetched when its page opens (the FAQ, About, Take action's campaign): the first
//! visit's download leaves it out. `scripts/build_content.sh` puts the pages, rendered from
//! `content/` at build time, beside the app as `content/NAME.html`; the request carries the
//! app's version, so a new build never shows an old page.
//!
//! A page that carries the text inline (the single-file offline copy, opened from `file://`
//! where nothing can be fetched) holds it in `<template id="plate-trail-content-NAME">`,
//! which is read first. Data files (`data/*.json`) come the same way: [`fetch_data`].

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

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
                <p class="loading busy" role="status"><span class="spinner" aria-hidden="true"></span>{ text::CONTENT_LOADING }</p>
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

/// The page's inline copy of `name`, if it carries one.
fn inline_copy(name: &str) -> Option<String> {
    let template =
        gloo::utils::document().get_element_by_id(&format!("plate-trail-content-{name}"))?;
    Some(template.inner_html())
}

/// `content/NAME.html`, versioned by the app's wasm file name (Trunk hashes it per build).
fn address(name: &str) -> String {
    versioned(&format!("content/{name}.html"))
}

/// A file of the site beside the page, versioned by the app's wasm file name.
fn versioned(path: &str) -> String {
    let version = gloo::utils::document()
        .query_selector("script[data-app-wasm]")
        .ok()
        .flatten()
        .and_then(|tag| tag.get_attribute("data-app-wasm"))
        .map(|wasm| wasm.rsplit('/').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    format!("{path}?v={version}")
}

/// A data file of the site (`data/NAME.json`), fetched when a view needs it: the page's
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
    let failed = |_| text::data_failed(path);
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(&versioned(path)))
        .await
        .map_err(failed)?
        .dyn_into::<web_sys::Response>()
        .map_err(failed)?;
    if !response.ok() {
        return Err(text::data_failed(path));
    }
    let body = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    body.as_string().ok_or_else(|| text::data_failed(path))
}

async fn fetch(name: &str) -> Result<String, String> {
    let failed = |_| text::content_failed(name);
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(&address(name)))
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

/// The long text `name` (`faq`, `about`, `action`), fetched once the page is drawn.
#[hook]
pub fn use_lazy_content(name: &'static str) -> LazyContent {
    let content = use_state(|| match inline_copy(name) {
        Some(html) => LazyContent::Ready(html.into()),
        None => LazyContent::Loading,
    });
    {
        let content = content.clone();
        let wanted = matches!(*content, LazyContent::Loading);
        use_effect_with(wanted, move |&wanted| {
            if wanted {
                wasm_bindgen_futures::spawn_local(async move {
                    content.set(match fetch(name).await {
                        Ok(html) => LazyContent::Ready(html.into()),
                        Err(message) => LazyContent::Failed(message),
                    });
                });
            }
        });
    }
    (*content).clone()
}
