//! The Take action view: what the campaign asks local governments and companies for, how to
//! reach it, and a letter to local officials written from the visitor's own results.
//!
//! The campaign text is `content/action.md` (rendered at build time); the letter comes from
//! [`crate::text::letter::letter`]. This view only shows them and offers copy and print: nothing
//! is sent anywhere.

use yew::prelude::*;

use crate::components::focus::focus_after_redraw;
use crate::scenario::letter::LetterFacts;
use crate::scenario::worker_protocol::{Reply, Request};
use crate::text;
use crate::text::letter::letter;
use crate::views::town_desk::DeskClient;

/// Props of [`Action`].
#[derive(Properties, PartialEq)]
pub struct ActionProps {
    /// The visitor's simulation results; `None` until the simulator has run.
    #[prop_or_default]
    pub facts: Option<LetterFacts>,
}

/// What the last copy or print attempt did, announced to screen readers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LetterStatus {
    Idle,
    Copied,
    CopyFailed,
    PrintFailed,
}

impl LetterStatus {
    fn message(self) -> &'static str {
        match self {
            LetterStatus::Idle => "",
            LetterStatus::Copied => text::tools::letter_copied(),
            LetterStatus::CopyFailed => text::tools::letter_copy_failed(),
            LetterStatus::PrintFailed => text::tools::letter_print_failed(),
        }
    }
}

/// The Take action view.
#[function_component(Action)]
pub fn action(props: &ActionProps) -> Html {
    crate::language::use_language();
    let campaign = crate::views::lazy_content::use_lazy_content("action");
    let show_sample = use_state(|| false);
    let status = use_state(|| LetterStatus::Idle);

    let (facts, is_sample) = match &props.facts {
        Some(facts) => (Some(facts.clone()), false),
        None if *show_sample => (Some(LetterFacts::sample()), true),
        None => (None, false),
    };
    let letter_text = facts.as_ref().map(letter);

    let letter_section = match letter_text {
        None => {
            let on_preview = {
                let show_sample = show_sample.clone();
                // The button goes away with the sample: the focus moves to the sample's note.
                Callback::from(move |_: MouseEvent| {
                    show_sample.set(true);
                    focus_after_redraw(vec![
                        "#letter-sample-note".to_owned(),
                        "#letter".to_owned(),
                    ]);
                })
            };
            html! {
                <>
                    <p class="note">
                        { text::tools::letter_run_first() }{ " " }
                        <a href={crate::views::View::Simulator.hash()}>{ text::tools::letter_go_to_simulator() }</a>
                    </p>
                    <button type="button" class="secondary" onclick={on_preview}>
                        { text::tools::letter_preview_sample() }
                    </button>
                </>
            }
        }
        Some(letter_text) => {
            let on_copy = {
                let status = status.clone();
                let letter_text = letter_text.clone();
                Callback::from(move |_: MouseEvent| copy_to_clipboard(&letter_text, &status))
            };
            let on_print = {
                let status = status.clone();
                Callback::from(move |_: MouseEvent| {
                    if gloo::utils::window().print().is_err() {
                        status.set(LetterStatus::PrintFailed);
                    }
                })
            };
            html! {
                <>
                    if is_sample {
                        <p class="note" id="letter-sample-note">{ text::tools::letter_sample_note() }</p>
                    }
                    <pre class="letter" id="letter">{ letter_text }</pre>
                    <p class="letter-sources">
                        { text::tools::letter_sources() }
                        { " " }{ crate::cite!("flock-evidence-policy") }
                        { " " }{ crate::cite!("flock-testing-program") }
                        { " " }{ crate::cite!("arkansas-federal-searches") }
                        { " " }{ crate::cite!("nh-rsa-261-75-b") }
                    </p>
                    <div class="letter-controls">
                        <button type="button" onclick={on_copy}>{ text::tools::letter_copy() }</button>
                        <button type="button" class="secondary" onclick={on_print}>{ text::tools::letter_print() }</button>
                    </div>
                </>
            }
        }
    };

    html! {
        <section class="content-page action" aria-labelledby="action-title">
            <h2 id="action-title">{ text::nav_action() }</h2>
            <div class="prose action-campaign" data-ready={campaign.ready()}>{ campaign.body() }</div>
            <section class="letter-section" aria-labelledby="letter-title">
                <h3 id="letter-title">{ text::tools::letter_title() }</h3>
                <p class="letter-intro">{ text::tools::letter_intro() }</p>
                { letter_section }
                <p class="letter-status" role="status">{ status.message() }</p>
            </section>
        </section>
    }
}

/// Writes `letter_text` to the clipboard and reports the outcome in `status`.
fn copy_to_clipboard(letter_text: &str, status: &UseStateHandle<LetterStatus>) {
    let status = status.clone();
    crate::clipboard::copy(letter_text, move |copied| {
        status.set(if copied {
            LetterStatus::Copied
        } else {
            LetterStatus::CopyFailed
        });
    });
}

/// The Take action view fed with the visitor's own results: when the simulator has saved a
/// scenario in this browser, the town-wide worker re-runs it (deterministic) and sends the
/// letter's facts; the page only writes the letter.
#[function_component(TakeAction)]
pub fn take_action() -> Html {
    crate::language::use_language();
    let facts = use_state(|| None::<LetterFacts>);
    let desk = use_memo((), {
        let facts = facts.clone();
        move |_| {
            DeskClient::new(
                move |reply| {
                    if let Reply::Letter(answer) = reply
                        && let Ok(found) = answer.open()
                    {
                        facts.set(Some(found));
                    }
                },
                || (),
            )
        }
    });
    use_effect_with((), move |_| {
        if has_saved_scenario() {
            desk.ask(Request::Letter {
                scenario: crate::views::shared_run::visitor_scenario(),
            });
        }
    });
    html! { <Action facts={(*facts).clone()} /> }
}

/// Whether the visitor has used the simulator in this browser.
fn has_saved_scenario() -> bool {
    crate::browser_address::linked_scenario().is_some()
        || crate::views::simulator::saved::has_scenario()
}
