//! The speaker notes window (`present.html#/notes`, opened with `S`): the step on the main
//! screen, its talking points from `content/present/` (`content/<code>/present/` in the
//! language showing), the numbers to quote, the next step and a timer. It follows the main window and drives it (its keys and buttons) over a
//! same-origin `BroadcastChannel`; it runs no simulation of its own.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, KeyboardEvent, MessageEvent};
use yew::prelude::*;

use crate::content::{present_notes_in, reference_hash};
use crate::scenario::presentation::{Command, Focused, NotesMessage, command_for_key_on};
use crate::text::present as words;

/// The channel both windows talk on.
pub const CHANNEL: &str = "plate-trail-present";

/// Posts `message` on `channel` (a closed channel drops it: the other window is gone).
pub fn post(channel: &BroadcastChannel, message: &NotesMessage) {
    let _ = channel.post_message(&message.to_json().into());
}

/// Listens on `channel` for messages from the other window.
pub fn listen(channel: &BroadcastChannel, on_message: Callback<NotesMessage>) -> EventListener {
    EventListener::new(channel, "message", move |event| {
        let message = event
            .dyn_ref::<MessageEvent>()
            .and_then(|event| event.data().as_string())
            .and_then(|json| NotesMessage::from_json(&json));
        if let Some(message) = message {
            on_message.emit(message);
        }
    })
}

/// What the key's target is to the show's keys: a key the focused control takes itself
/// (Enter on a button, an arrow in a select) is left to it. The stage's map is still and
/// takes no focus, so it never holds a key back.
fn focused_of(event: &KeyboardEvent) -> Focused {
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return Focused::Page;
    };
    match target.tag_name().as_str() {
        "BUTTON" | "A" | "SUMMARY" => Focused::Button,
        "INPUT" | "SELECT" | "TEXTAREA" => Focused::Field,
        _ => Focused::Page,
    }
}

/// Listens for the presenter's keys on the document (both windows): a key that names a
/// command, with no modifier held and not taken by the focused control ([`focused_of`]),
/// goes to `carry`, which says whether it took it; a taken key does nothing else (Space
/// does not scroll, Page Down does not page).
pub fn command_keys(carry: impl Fn(Command) -> bool + 'static) -> EventListener {
    EventListener::new_with_options(
        &gloo::utils::document(),
        "keydown",
        EventListenerOptions::enable_prevent_default(),
        move |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            if event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            if let Some(command) = command_for_key_on(&event.key(), focused_of(event))
                && carry(command)
            {
                event.prevent_default();
            }
        },
    )
}

/// The app's page beside the presenter's (`present.html`), in `language`.
fn app_page(language: &str) -> String {
    if language == "en" {
        "./".to_owned()
    } else {
        format!("./?lang={language}")
    }
}

/// The talking points' HTML with its citations opening the source on the app's references
/// page (`app`, [`app_page`]) in a tab of its own. Written for the app's pages, a citation
/// links `#/references/<id>`, which on the presenter's page showed nothing and took the
/// notes window away from the talk.
fn citations_to_app(notes_html: &str, app: &str) -> String {
    let written = format!("<a href=\"{}", reference_hash(""));
    let to_app = format!(
        "<a target=\"_blank\" rel=\"noopener\" href=\"{app}{}",
        reference_hash("")
    );
    notes_html.replace(&written, &to_app)
}

/// "4:05".
fn minutes_seconds(millis: f64) -> String {
    let seconds = (millis / 1000.0).max(0.0) as u64;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// The notes window.
#[function_component(Notes)]
pub fn notes() -> Html {
    let language = crate::language::use_language();
    let showing = use_state(|| None::<NotesMessage>);
    let now = use_state(js_sys::Date::now);
    let channel = use_memo((), |_| BroadcastChannel::new(CHANNEL).ok());

    // Follow the main window; ask where it is on opening.
    {
        let showing = showing.clone();
        let channel = channel.clone();
        use_effect_with((), move |_| {
            let listener = (*channel).as_ref().map(|channel| {
                let listener = listen(
                    channel,
                    Callback::from(move |message| {
                        if matches!(message, NotesMessage::Showing { .. }) {
                            showing.set(Some(message));
                        }
                    }),
                );
                post(channel, &NotesMessage::Hello);
                listener
            });
            move || drop(listener)
        });
    }

    // The timer.
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            let ticker = Interval::new(1_000, move || now.set(js_sys::Date::now()));
            move || drop(ticker)
        });
    }

    // Keys here drive the main window.
    let send = {
        let channel = channel.clone();
        Callback::from(move |command: Command| {
            if let Some(channel) = channel.as_ref() {
                post(channel, &NotesMessage::Command(command));
            }
        })
    };
    {
        let send = send.clone();
        use_effect_with((), move |_| {
            let listener = command_keys(move |command| {
                let moves = matches!(
                    command,
                    Command::Next | Command::Back | Command::First | Command::Last | Command::Blank
                );
                if moves {
                    send.emit(command);
                }
                moves
            });
            move || drop(listener)
        });
    }

    let body = match &*showing {
        Some(NotesMessage::Showing {
            index,
            count,
            step,
            next,
            sentence,
            started_epoch_millis,
        }) => {
            let points = present_notes_in(step.slug(), language).map_or(Html::default(), |notes| {
                // Trusted HTML rendered at build time from our own Markdown.
                let html = citations_to_app(notes.answer_html, &app_page(language));
                Html::from_html_unchecked(html.into())
            });
            let elapsed = started_epoch_millis.map_or_else(
                || minutes_seconds(0.0),
                |started| minutes_seconds(*now - started as f64),
            );
            html! {
                <>
                    <p class="notes-position" data-testid="notes-position" data-step={step.slug()}>
                        { words::step_position(index + 1, *count) }{ " \u{b7} " }{ words::step_title(*step) }
                    </p>
                    <p class="notes-timer"><span>{ words::notes_timer() }</span>{ " " }
                        <strong data-testid="notes-timer">{ elapsed }</strong></p>
                    <h3>{ words::notes_numbers() }</h3>
                    <p class="notes-sentence" data-testid="notes-sentence">{ sentence.clone() }</p>
                    <div class="prose notes-points">{ points }</div>
                    <p class="notes-next" data-testid="notes-next">{
                        match next {
                            Some(next) => format!("{} {}", words::notes_next(), words::step_title(*next)),
                            None => words::notes_last().to_owned(),
                        }
                    }</p>
                </>
            }
        }
        _ => html! { <p class="loading" role="status">{ words::notes_waiting() }</p> },
    };
    let button = |command: Command, label: &'static str| {
        let send = send.clone();
        html! { <button type="button" class="secondary" onclick={move |_| send.emit(command)}>{ label }</button> }
    };
    html! {
        <section class="present-notes" aria-labelledby="notes-title" data-testid="present-notes">
            // The notes window is a page of its own: its title is its h1.
            <h1 id="notes-title">{ words::notes_title() }</h1>
            <div aria-live="polite">{ body }</div>
            <div class="notes-buttons">
                { button(Command::Back, words::present_back()) }
                { button(Command::Next, words::present_next()) }
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::present_notes;

    mod citations_to_app {
        use super::*;

        #[test]
        fn open_the_source_on_the_apps_references_page_in_a_tab_of_its_own() {
            let notes = present_notes("town").expect("the first step's notes");
            assert!(
                notes
                    .answer_html
                    .contains("href=\"#/references/deflock-map\"")
            );
            let html = citations_to_app(notes.answer_html, &app_page("es"));
            assert!(
                html.contains(
                    "<a target=\"_blank\" rel=\"noopener\" href=\"./?lang=es#/references/deflock-map\""
                ),
                "{html}"
            );
            assert!(!html.contains("href=\"#/"), "{html}");
            assert_eq!(app_page("en"), "./");
        }
    }
}
