//! The About view: what Plate Trail is, how its model works and what it assumes, privacy,
//! and the licence and data attribution.
//!
//! The text is `content/about.md`, rendered to HTML at build time (see `build.rs`).

use yew::prelude::*;

use crate::content::ABOUT_HTML;
use crate::text;

/// The About view.
#[function_component(About)]
pub fn about() -> Html {
    html! {
        <section class="content-page about" aria-labelledby="about-title">
            <h2 id="about-title">{ text::NAV_ABOUT }</h2>
            // Trusted HTML rendered at build time from our own Markdown.
            <div class="prose">{ Html::from_html_unchecked(ABOUT_HTML.into()) }</div>
        </section>
    }
}
