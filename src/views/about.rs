//! The About view: what Plate Trail is, how its model works and what it assumes, privacy,
//! and the licence and data attribution.
//!
//! The text is `content/about.md`, rendered to HTML at build time (see `build.rs`) and
//! fetched when the page opens ([`crate::views::lazy_content`]).

use yew::prelude::*;

use crate::text;
use crate::views::lazy_content::use_lazy_content;

/// The About view.
#[function_component(About)]
pub fn about() -> Html {
    crate::language::use_language();
    let body = use_lazy_content("about");
    html! {
        <section class="content-page about" aria-labelledby="about-title">
            <h2 id="about-title">{ text::nav_about() }</h2>
            <div class="prose" data-testid="about-text" data-ready={body.ready()}>{ body.body() }</div>
        </section>
    }
}
