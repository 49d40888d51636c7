//! What the visitor has typed into a field and not committed yet (no Enter, no leaving the
//! field): the simulator's text and number fields and its camera slider
//! ([`crate::views::simulator`]), the route view's budget ([`crate::views::route`]) and the
//! analyst console's number fields ([`crate::views::console`]).
//!
//! Yew puts a field's `value` back on every render when it differs from the page's (yew
//! 0.23 `dom_bundle/btag/attributes.rs`), so without this any render while the visitor types
//! (a run finishing, the town-wide worker's progress, an answer arriving) would replace their
//! typing with the old value; the browser then sees no change when they leave the field, and
//! the typing is lost. A slider dragged during such a render would jump back under the pointer.
//! It holds only that text, and calls no simulation.

use yew::prelude::*;

/// A field's uncommitted text (`None`: nothing typed since the last commit).
#[derive(Clone)]
pub struct Typing(UseStateHandle<Option<String>>);

impl Typing {
    /// The field's text: the typing while there is some, else the committed value.
    pub fn shown(&self, committed: String) -> String {
        (*self.0).clone().unwrap_or(committed)
    }

    /// Keeps each keystroke.
    pub fn on_input(&self) -> Callback<InputEvent> {
        let typing = self.0.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            typing.set(Some(input.value()));
        })
    }

    /// The typing was committed (or refused): the field shows the committed value again.
    pub fn done(&self) {
        self.0.set(None);
    }
}

/// A field's [`Typing`], kept by the component that draws the field.
#[hook]
pub fn use_typing() -> Typing {
    Typing(use_state(|| None))
}
