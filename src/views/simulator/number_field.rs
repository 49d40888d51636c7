//! A number field of "your life" (days to simulate, seed, hours at work): what the visitor
//! is typing ([`Typing`]) and the message beside the field, both read by the field's rule
//! ([`crate::scenario::number_entry`]) when they commit (Enter, or leaving the field) and as
//! they type. So any valid entry clears the message, even one equal to what the field shows
//! after a refused one: the browser sends no change for it, and the message stayed.
//!
//! Holds only the typing and the message; sends [`Action`]s up and calls no simulation.

use yew::prelude::*;

use super::state::Action;
use crate::components::typing::{Typing, use_typing};
use crate::scenario::number_entry::Entry;

/// A field's typing and message.
#[derive(Clone)]
pub struct NumberField {
    pub typing: Typing,
    /// What the field did with the last entry it could not take as typed.
    pub problem: UseStateHandle<Option<String>>,
}

/// How a field reads its text: `read(typed, kept)`, `kept` the run's value now.
type Read<T> = fn(&str, T) -> Entry<T>;

impl NumberField {
    /// The field's `oninput`: keeps the typing, and clears the message once the text is a
    /// valid entry.
    pub fn on_input<T: Copy + 'static>(&self, read: Read<T>, kept: T) -> Callback<InputEvent> {
        let keep = self.typing.on_input();
        let problem = self.problem.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if problem.is_some() && read(&input.value(), kept).problem.is_none() {
                problem.set(None);
            }
            keep.emit(event);
        })
    }

    /// The field's `onchange`: sends `make(value)` for the value the run takes, and says
    /// beside the field (which then shows that value, `show`n) why it is not the one typed.
    pub fn on_change<T: Copy + 'static>(
        &self,
        read: Read<T>,
        kept: T,
        show: fn(T) -> String,
        on_edit: &Callback<Action>,
        make: fn(T) -> Action,
    ) -> Callback<Event> {
        let field = self.clone();
        let on_edit = on_edit.clone();
        Callback::from(move |event: Event| {
            field.typing.done();
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let entry = read(&input.value(), kept);
            if entry.problem.is_some() {
                input.set_value(&show(entry.used.unwrap_or(kept)));
            }
            field.problem.set(entry.problem);
            if let Some(used) = entry.used {
                on_edit.emit(make(used));
            }
        })
    }
}

/// A [`NumberField`], kept by the component that draws the field.
#[hook]
pub fn use_number_field() -> NumberField {
    NumberField {
        typing: use_typing(),
        problem: use_state(|| None),
    }
}
