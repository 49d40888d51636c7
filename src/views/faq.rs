//! The FAQ view: plain-language answers, each citing its references.
//!
//! The questions and answers come from `content/faq/*.md`, rendered to HTML at build time
//! (see `build.rs`); this view only lays them out as disclosure widgets.

use yew::prelude::*;

use crate::content::FAQ;
use crate::text;

/// The FAQ view.
#[function_component(Faq)]
pub fn faq() -> Html {
    let entries = FAQ.iter().map(|entry| {
        html! {
            <details class="faq-item" id={format!("faq-{}", entry.slug)}>
                <summary>{ entry.question }</summary>
                // Trusted HTML rendered at build time from our own Markdown.
                <div class="prose">{ Html::from_html_unchecked(entry.answer_html.into()) }</div>
            </details>
        }
    });
    html! {
        <section class="content-page faq" aria-labelledby="faq-title">
            <h2 id="faq-title">{ text::NAV_FAQ }</h2>
            <p class="lede">{ text::FAQ_INTRO }</p>
            <p class="last-checked" data-testid="last-checked">{ text::last_checked() }</p>
            { for entries }
        </section>
    }
}
