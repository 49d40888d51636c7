//! The Take action view: what the campaign asks local governments and companies for, how to
//! reach it, and a letter to local officials written from the visitor's own results.
//!
//! The campaign text is `content/action.md` (rendered at build time); the letter comes from
//! [`crate::letter::letter`]. This view only shows them and offers copy and print: nothing
//! is sent anywhere.

use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use crate::components::citation::Cite;
use crate::content::ACTION_HTML;
use crate::letter::{LetterFacts, letter};
use crate::text;

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
            LetterStatus::Copied => text::LETTER_COPIED,
            LetterStatus::CopyFailed => text::LETTER_COPY_FAILED,
            LetterStatus::PrintFailed => text::LETTER_PRINT_FAILED,
        }
    }
}

/// The Take action view.
#[function_component(Action)]
pub fn action(props: &ActionProps) -> Html {
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
                Callback::from(move |_: MouseEvent| show_sample.set(true))
            };
            html! {
                <>
                    <p class="note">
                        { text::LETTER_RUN_FIRST }{ " " }
                        <a href={crate::views::View::Simulator.hash()}>{ text::LETTER_GO_TO_SIMULATOR }</a>
                    </p>
                    <button type="button" class="secondary" onclick={on_preview}>
                        { text::LETTER_PREVIEW_SAMPLE }
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
                        <p class="note">{ text::LETTER_SAMPLE_NOTE }</p>
                    }
                    <pre class="letter" id="letter">{ letter_text }</pre>
                    <p class="letter-sources">
                        { text::LETTER_SOURCES }
                        { " " }<Cite id="flock-evidence-policy" />
                        { " " }<Cite id="flock-testing-program" />
                        { " " }<Cite id="nh-rsa-261-75-b" />
                    </p>
                    <div class="letter-controls">
                        <button type="button" onclick={on_copy}>{ text::LETTER_COPY }</button>
                        <button type="button" class="secondary" onclick={on_print}>{ text::LETTER_PRINT }</button>
                    </div>
                </>
            }
        }
    };

    html! {
        <section class="content-page action" aria-labelledby="action-title">
            <h2 id="action-title">{ text::NAV_ACTION }</h2>
            // Trusted HTML rendered at build time from our own Markdown.
            <div class="prose action-campaign">{ Html::from_html_unchecked(ACTION_HTML.into()) }</div>
            <section class="letter-section" aria-labelledby="letter-title">
                <h3 id="letter-title">{ text::LETTER_TITLE }</h3>
                <p class="letter-intro">{ text::LETTER_INTRO }</p>
                { letter_section }
                <p class="letter-status" role="status">{ status.message() }</p>
            </section>
        </section>
    }
}

/// Writes `letter_text` to the clipboard and reports the outcome in `status`.
fn copy_to_clipboard(letter_text: &str, status: &UseStateHandle<LetterStatus>) {
    let navigator = gloo::utils::window().navigator();
    // `navigator.clipboard` is missing outside secure contexts (plain http on another host).
    let has_clipboard = web_sys::js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    if !has_clipboard {
        status.set(LetterStatus::CopyFailed);
        return;
    }
    let promise = navigator.clipboard().write_text(letter_text);
    let copied = status.clone();
    let failed = status.clone();
    let on_copied = Closure::once(move |_: JsValue| copied.set(LetterStatus::Copied));
    let on_failed = Closure::once(move |_: JsValue| failed.set(LetterStatus::CopyFailed));
    let _ = promise.then2(&on_copied, &on_failed);
    // The promise calls exactly one of them once, later; each is a few bytes.
    on_copied.forget();
    on_failed.forget();
}

/// The Take action view fed with the visitor's own results: when the simulator has saved a
/// scenario in this browser, it re-runs it (deterministic, memoised in
/// [`crate::views::shared_run`]) after the first paint and writes the letter from it.
#[function_component(TakeAction)]
pub fn take_action() -> Html {
    let facts = use_state(|| None::<LetterFacts>);
    {
        let facts = facts.clone();
        use_effect_with((), move |_| {
            let timer = has_saved_scenario().then(|| {
                gloo::timers::callback::Timeout::new(0, move || {
                    let scenario = crate::views::shared_run::visitor_scenario();
                    if let Ok(outcome) = crate::views::shared_run::outcome_for(&scenario) {
                        facts.set(Some(facts_of(&outcome)));
                    }
                })
            });
            move || drop(timer)
        });
    }
    html! { <Action facts={(*facts).clone()} /> }
}

/// Whether the visitor has used the simulator in this browser.
fn has_saved_scenario() -> bool {
    crate::views::simulator::saved::has_scenario()
}

/// The letter's numbers from a finished run: what the vendor logged about the visitor's car
/// and how close the analyst came, judged against the simulation's truth.
pub fn facts_of(outcome: &crate::views::simulator::outcome::Outcome) -> LetterFacts {
    use crate::analyst::{RouteModel, build_profile};
    use crate::views::simulator::dossier::FindingKind;

    let simulation = &outcome.simulation;
    let cameras: std::collections::BTreeSet<_> = outcome.rows.iter().map(|s| s.camera).collect();
    let error = |kind| {
        outcome
            .dossier
            .first(kind)
            .and_then(|finding| finding.error_meters)
    };
    let sensitive_places = simulation
        .vehicles
        .get(simulation.truth.commuter as usize)
        .map(|car| {
            let routes = RouteModel::new(&simulation.map);
            build_profile(&outcome.index, &routes, &simulation.map, car.plate)
                .places
                .iter()
                .filter(|place| place.sensitive)
                .map(|place| text::with_article(text::place_kind_name(place.kind)))
                .collect()
        })
        .unwrap_or_default();
    let unique_with_points = crate::views::simulator::outcome::uniqueness(&outcome.index)
        .ok()
        .and_then(|curve| curve.into_iter().find(|point| point.sightings == 4))
        .map(|point| (point.sightings, point.share_unique * 100.0));
    LetterFacts {
        days: simulation.scenario.days,
        cameras_that_saw_me: cameras.len() as u32,
        sightings: outcome.rows.len() as u32,
        home_error_meters: error(FindingKind::Home),
        work_error_meters: error(FindingKind::Work),
        sensitive_places,
        unique_with_points,
        town: simulation.map.name.clone(),
    }
}
