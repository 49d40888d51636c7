//! The FAQ view: plain-language answers, each citing its references.
//!
//! The questions and answers come from `content/faq/*.md`, rendered at build time as
//! disclosure widgets (see `build.rs`) and fetched when the page opens
//! ([`crate::views::lazy_content`]).

use yew::prelude::*;

use crate::text;
use crate::views::lazy_content::use_lazy_content;

/// The FAQ view.
#[function_component(Faq)]
pub fn faq() -> Html {
    crate::language::use_language();
    let entries = use_lazy_content("faq");
    html! {
        <section class="content-page faq" aria-labelledby="faq-title" data-testid="faq" data-ready={entries.ready()}>
            <h2 id="faq-title">{ text::nav_faq() }</h2>
            <p class="lede">{ text::faq_intro() }</p>
            <p class="last-checked" data-testid="last-checked">{ text::last_checked() }</p>
            <div class="faq-entries">{ entries.body() }</div>
        </section>
    }
}
