//! The note that says what was wrong with the link the page opened with
//! ([`crate::text::link_problems`]), with its "Dismiss" button: the app's and the
//! presenter's, alike (`data-testid="link-problem"`).

use yew::prelude::*;

use crate::text;

/// `sentences` in an alert the visitor can dismiss; nothing when there are none.
pub fn link_problem_note(sentences: &[String], on_dismiss: Callback<MouseEvent>) -> Html {
    if sentences.is_empty() {
        return Html::default();
    }
    html! {
        <div class="note link-problem" role="alert" data-testid="link-problem">
            <p>{ sentences.join(" ") }</p>
            <button type="button" class="secondary" onclick={on_dismiss}>{ text::dismiss() }</button>
        </div>
    }
}
