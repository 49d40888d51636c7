//! The FAQ view: plain-language answers, each citing its references.

use yew::prelude::*;

/// The FAQ view.
#[function_component(Faq)]
pub fn faq() -> Html {
    html! {
        <section aria-labelledby="faq-title">
            <h2 id="faq-title">{ crate::text::NAV_FAQ }</h2>
        </section>
    }
}
