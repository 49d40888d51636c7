//! The simulator view: the town map, your life, playback, the capture log and the dossier.

use yew::prelude::*;

/// The simulator view.
#[function_component(Simulator)]
pub fn simulator() -> Html {
    html! {
        <section aria-labelledby="simulator-title">
            <h2 id="simulator-title">{ crate::text::NAV_SIMULATOR }</h2>
            <p>{ crate::text::TAGLINE }</p>
        </section>
    }
}
