//! The About view: what Plate Trail is, how it models, and its licence.

use yew::prelude::*;

/// The About view.
#[function_component(About)]
pub fn about() -> Html {
    html! {
        <section aria-labelledby="about-title">
            <h2 id="about-title">{ crate::text::NAV_ABOUT }</h2>
        </section>
    }
}
