//! What the single offline file ([`crate::offline_copy`]) shows in place of presenter mode,
//! a page of its own (`present.html`) that the file does not carry: a `file://` page can
//! open no page beside it, and `present.html` opened by double-click cannot load its
//! scripts. Says where presenter mode runs instead. Draws no state.

use yew::prelude::*;

use crate::text;

/// The `#/present` view in the single offline file: a note, not the launcher.
pub fn presenter_mode() -> Html {
    html! {
        <section class="content-page" aria-labelledby="present-title" data-testid="present-offline">
            <h2 id="present-title">{ text::present::present_title() }</h2>
            <p class="note">
                { text::present_offline() }{ " " }
                { text::offline_open_elsewhere(crate::offline_copy::served_address("present.html")) }
            </p>
        </section>
    }
}
