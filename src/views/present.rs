//! Presenter mode: the run told as a story of about ten steps for a room, clicked through
//! with a keyboard or a presentation clicker, in a projector palette, with a speaker-notes
//! window (`present.html#/notes`) that follows it.
//!
//! It is a page of its own, `present.html`, with its own module
//! (`src/bin/plate-trail-present.rs`), so none of it enters the first visit's download: the
//! app's `#/present` is [`PresentLauncher`], which opens that page with the same link.
//!
//! Owns one [`PresentState`] reducer. Side effects live here: the deferred run of the
//! visitor's part of their scenario (the map), the story's numbers from the town-wide worker
//! ([`crate::scenario::presentation::facts`]), keys and swipes, full screen, the notes
//! window's channel, and keeping the deck and the law in the page's link and the talk in the
//! tab's sessionStorage ([`crate::presenter_page`], [`crate::scenario::presentation::kept`]:
//! the app drops the presenter's parameters from the address, and a reload mid-talk returns
//! to the step on screen). The step model is the pure [`crate::scenario::presentation`]; the parts it draws
//! live in `present/`.

pub mod notes;
pub mod prepare;
pub mod stage;
pub mod state;

use std::rc::Rc;

use web_sys::BroadcastChannel;
use yew::prelude::*;

use crate::browser_address;
use crate::presenter_page;
use crate::scenario::presentation::facts::StoryFacts;
use crate::scenario::presentation::kept::{KeptTalk, Showing};
use crate::scenario::presentation::law::{Law, LinkedLab};
use crate::scenario::presentation::opening::{self, PresenterLink};
use crate::scenario::presentation::{Command, Effect, NotesMessage, Presentation, Step};
use crate::scenario::worker_protocol::{Reply, Request};
use crate::text;
use crate::text::present as words;
use crate::views::shared_run;
use crate::views::town_desk::DeskClient;
use notes::Notes;
use prepare::{Prepare, Preview};
use stage::Stage;
use state::{Action, Loading, PresentState};

/// Pixels a finger must travel sideways for a swipe to change step.
const SWIPE_PIXELS: i32 = 60;

/// The presenter page, relative to the app's page.
const PRESENT_PAGE: &str = "present.html";
/// The notes window's hash on the presenter page.
const NOTES_HASH: &str = "#/notes";

/// The presenter page's address for this page's link (same parameters).
fn present_page_href() -> String {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    format!("{PRESENT_PAGE}{search}")
}

/// The app's `#/present`: opens the presenter page with the same link, replacing this
/// history entry (Back returns to where the visitor was), and offers the link in case the
/// browser does not follow.
#[function_component(PresentLauncher)]
pub fn present_launcher() -> Html {
    crate::language::use_language();
    let href = present_page_href();
    use_effect_with(href.clone(), |href| {
        let _ = gloo::utils::window().location().replace(href);
    });
    html! {
        <section class="content-page" aria-labelledby="present-title" data-testid="present-launcher">
            <h2 id="present-title">{ words::present_title() }</h2>
            <p><a href={href}>{ words::present_open() }</a></p>
        </section>
    }
}

/// Presenter mode, or its notes window: the presenter page's root.
///
/// Like the app's root, it owns the language showing ([`crate::language::use_language_switch`]):
/// the picker on the preparation screen switches it, and the choice is remembered for both
/// pages.
#[function_component(Present)]
pub fn present() -> Html {
    let switch = crate::language::use_language_switch();
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let body = if hash.starts_with(NOTES_HASH) {
        html! { <Notes /> }
    } else {
        html! { <Presenter /> }
    };
    html! {
        <ContextProvider<crate::language::Shown> context={switch.shown}>
            <ContextProvider<crate::language::Chooser> context={crate::language::Chooser(switch.on_choose)}>
                if let Some(problem) = switch.problem {
                    <p class="error" role="alert" data-testid="language-problem">{ problem }</p>
                }
                <main id="main" class="present-page">{ body }</main>
            </ContextProvider<crate::language::Chooser>>
        </ContextProvider<crate::language::Shown>>
    }
}

fn toggle_full_screen() {
    let document = gloo::utils::document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}

fn leave_full_screen() {
    let document = gloo::utils::document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    }
}

/// The notes window's features: a window of its own (without them a browser opens a tab in
/// the show's own window, so a full-screen show on the projector would turn into the notes),
/// smaller than a projector's screen so it never hides the show before the presenter drags
/// it to the laptop's.
const NOTES_WINDOW_FEATURES: &str = "popup,width=720,height=560";

/// Opens the notes window; false when the browser refused (a pop-up blocker).
fn open_notes() -> bool {
    let window = gloo::utils::window();
    let href = window.location().href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    matches!(
        window.open_with_url_and_target_and_features(
            &format!("{base}{NOTES_HASH}"),
            "plate-trail-notes",
            NOTES_WINDOW_FEATURES,
        ),
        Ok(Some(_))
    )
}

/// Carries out a command from a key, a clicker, a swipe, a button or the notes window.
fn carry_out(command: Command, dispatcher: &UseReducerDispatcher<PresentState>) {
    match command.effect() {
        Some(Effect::ToggleFullScreen) => toggle_full_screen(),
        Some(Effect::OpenNotes) => dispatcher.dispatch(Action::NotesOpened(open_notes())),
        Some(Effect::Leave) => {
            leave_full_screen();
            dispatcher.dispatch(Action::Stop);
            // The show's stage goes away: the focus returns to the button that started it.
            crate::components::focus::focus_after_redraw(vec![
                "[data-testid=present-start]".to_owned(),
            ]);
        }
        None => dispatcher.dispatch(Action::Command(command)),
    }
}

/// What was wrong with the page's link, as the app says it
/// ([`crate::components::link_problem`]): the run's part ([`browser_address::problems`]: the
/// presenter's own saved run, or the default, is shown), then the deck's and the law's (with
/// the law the page opened with instead); nothing when the link was good.
fn link_problems(
    opened: &PresenterLink,
    lab: &LinkedLab,
    saved_run: bool,
    on_dismiss: Callback<MouseEvent>,
) -> Html {
    let law = words::law_name(opened.law, lab);
    let sentences: Vec<String> = text::link_problems(&browser_address::problems(), saved_run)
        .into_iter()
        .chain(
            opened
                .problems
                .iter()
                .map(|problem| words::presenter_link_problem(problem, &law)),
        )
        .collect();
    crate::components::link_problem::link_problem_note(&sentences, on_dismiss)
}

/// The presenter: prepare, then present.
#[function_component(Presenter)]
fn presenter() -> Html {
    crate::language::use_language();
    let chooser = use_context::<crate::language::Chooser>();
    // The policy lab's set-up the link carries (its preset and the levers moved by hand).
    let lab = use_memo((), |_| presenter_page::linked_lab());
    // What the tab kept of the talk: the deck and the law when the link lost them on a trip
    // to the app, and the step on screen before a reload.
    let kept = use_memo((), |_| presenter_page::kept_talk());
    // What the link opened with, read once: the page's own parameters are rewritten as the
    // presenter prepares, and a bad one must still be said.
    let opened = use_memo((), {
        let lab = lab.clone();
        let kept = kept.clone();
        move |_| {
            let (deck, law) = KeptTalk::parameters(
                presenter_page::link_parameter(presenter_page::DECK_PARAMETER),
                presenter_page::link_parameter(presenter_page::LAW_PARAMETER),
                kept.as_ref().as_ref(),
            );
            opening::read(deck.as_deref(), law.as_deref(), &lab)
        }
    });
    let resumed: Option<Presentation> = kept
        .as_ref()
        .as_ref()
        .and_then(|talk| talk.resume(&opened.deck, &presenter_page::page_query()));
    let starting = (opened.deck.clone(), opened.law);
    let state = use_reducer(move || PresentState::new(starting.0, starting.1, resumed));
    // What was wrong with the link (the run's part, as the app says it, and the deck's and
    // the law's), until dismissed.
    let link_problems_shown = use_state(|| true);
    // Whether a bad link left the presenter's own saved run on screen, as the page opened.
    let saved_run = use_memo((), |_| crate::views::simulator::saved::has_scenario());
    // When the first step was shown (a reload mid-talk keeps counting from it).
    let started = use_mut_ref(|| {
        kept.as_ref()
            .as_ref()
            .filter(|_| state.presenting)
            .and_then(|talk| talk.showing.as_ref())
            .and_then(|showing| showing.started_epoch_millis)
    });
    let stage_ref = use_node_ref();
    let touch_start = use_mut_ref(|| None::<i32>);

    // The visitor's part of their scenario, for the map.
    {
        let dispatcher = state.dispatcher();
        let wanted = matches!(state.run, Loading::Running);
        use_effect_with(wanted, move |&wanted| {
            let timer = wanted.then(|| {
                shared_run::run_deferred(move |result| dispatcher.dispatch(Action::Loaded(result)))
            });
            move || drop(timer)
        });
    }

    // The story's numbers come from the town-wide worker.
    let desk = use_memo((), {
        let dispatcher = state.dispatcher();
        move |_| {
            DeskClient::new(
                move |reply| {
                    if let Reply::Story(facts) = reply {
                        let facts = facts.and_then(|json| StoryFacts::from_json(&json));
                        dispatcher.dispatch(Action::Facts(facts.map(Rc::new)));
                    }
                },
                || (),
            )
        }
    });
    {
        let desk = desk.clone();
        let lab = lab.clone();
        let scenario = state.run.run().map(|run| run.simulation.scenario.clone());
        use_effect_with((scenario, state.law), move |(scenario, law)| {
            if let Some(scenario) = scenario {
                desk.ask(Request::Story {
                    scenario: scenario.clone(),
                    law: law.policy(&lab, scenario.seed),
                });
            }
        });
    }

    // The deck and the law live in the link, and with the step on screen in the tab.
    {
        let lab = lab.clone();
        let started = started.clone();
        let showing = state.presenting.then(|| Showing {
            step: state.show.current(),
            projector: state.show.projector,
            started_epoch_millis: *started.borrow(),
            address: String::new(),
        });
        use_effect_with(
            (state.show.deck.clone(), state.law, showing),
            move |(deck, law, showing)| {
                let law = opening::law_parameter(*law, &lab);
                presenter_page::keep_in_link(deck, law.clone());
                // The timer's start is set as the show starts, after this render; the address
                // is the one just written.
                let showing = showing.clone().map(|showing| Showing {
                    started_epoch_millis: *started.borrow(),
                    address: presenter_page::page_query(),
                    ..showing
                });
                presenter_page::keep_in_tab(deck, law, showing);
            },
        );
    }

    // Keys and clickers, while presenting.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.presenting, move |&presenting| {
            let listener = presenting.then(|| {
                notes::command_keys(move |command| {
                    carry_out(command, &dispatcher);
                    true
                })
            });
            move || drop(listener)
        });
    }

    let law_name = words::law_name(state.law, &lab);
    let sentence = |step: Step| -> Option<String> {
        let Some(Ok(facts)) = &state.facts else {
            return None;
        };
        Some(words::step_sentence(step, facts, &law_name))
    };
    let note = |step: Step| -> Option<String> {
        let Some(Ok(facts)) = &state.facts else {
            return None;
        };
        words::step_note(step, facts)
    };
    let showing = NotesMessage::Showing {
        index: state.show.index(),
        count: state.show.position().1,
        step: state.show.current(),
        next: state.show.next(),
        // The numbers to quote: the sentence and its note.
        sentence: match &state.facts {
            Some(Ok(facts)) => {
                words::step_sentence_and_note(state.show.current(), facts, &law_name)
            }
            _ => String::new(),
        },
        started_epoch_millis: *started.borrow(),
    };

    // The notes window: tell it each step; carry out what it asks.
    let channel = use_memo((), |_| BroadcastChannel::new(notes::CHANNEL).ok());
    let latest = use_mut_ref(|| showing.clone());
    *latest.borrow_mut() = showing.clone();
    {
        let channel = channel.clone();
        let dispatcher = state.dispatcher();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let listener = (*channel).as_ref().map(|channel| {
                let answer = channel.clone();
                notes::listen(
                    channel,
                    Callback::from(move |message| match message {
                        NotesMessage::Hello => notes::post(&answer, &latest.borrow()),
                        NotesMessage::Command(command) => carry_out(command, &dispatcher),
                        NotesMessage::Showing { .. } => {}
                    }),
                )
            });
            move || drop(listener)
        });
    }
    {
        let channel = channel.clone();
        use_effect_with(showing.clone(), move |showing| {
            if let Some(channel) = channel.as_ref() {
                notes::post(channel, showing);
            }
        });
    }

    // The show takes the focus at its start, and again whenever its control that held it is
    // gone or disabled (Next at the last step), so keys keep working. A step's sentence is
    // read once, by its live region: the focus moved to the stage at every step, and a
    // screen reader read the sentence twice, for the focus and for the live region.
    {
        let stage_ref = stage_ref.clone();
        // The stage is drawn once the numbers are ready (after a reload mid-talk, later than
        // the show's start).
        let drawn = matches!(state.facts, Some(Ok(_))) && state.run.run().is_some();
        use_effect_with(
            (state.presenting, state.show.index(), drawn),
            move |(presenting, _, _)| {
                let Some(stage) = stage_ref.cast::<web_sys::HtmlElement>() else {
                    return;
                };
                let held_in_show = gloo::utils::document()
                    .active_element()
                    .filter(|focused| !focused.matches(":disabled").unwrap_or(true))
                    .zip(stage.parent_element())
                    .is_some_and(|(focused, show)| show.contains(Some(&focused)));
                if *presenting && !held_in_show {
                    let _ = stage.focus();
                }
            },
        );
    }

    let command = |command: Command| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| carry_out(command, &dispatcher))
    };

    if !state.presenting {
        let on_start = {
            let dispatcher = state.dispatcher();
            let started = started.clone();
            Callback::from(move |()| {
                *started.borrow_mut() = Some(js_sys::Date::now() as u64);
                dispatcher.dispatch(Action::Start);
            })
        };
        let status = match (&state.run, &state.facts) {
            (Loading::Failed(message), _) | (_, Some(Err(message))) => {
                html! { <p class="error" role="alert">{ message.clone() }</p> }
            }
            (_, Some(Ok(_))) => Html::default(),
            _ => html! {
                <p class="loading busy" role="status"><span class="spinner" aria-hidden="true"></span>{ words::present_loading() }</p>
            },
        };
        let dispatcher = state.dispatcher();
        let on = move |make: fn(Step) -> Action| {
            let dispatcher = dispatcher.clone();
            Callback::from(move |step| dispatcher.dispatch(make(step)))
        };
        let on_shift = {
            let dispatcher = state.dispatcher();
            Callback::from(move |(step, by)| dispatcher.dispatch(Action::Shift(step, by)))
        };
        let on_law = {
            let dispatcher = state.dispatcher();
            Callback::from(move |law| dispatcher.dispatch(Action::Law(law)))
        };
        let dismiss_link_problems = {
            let shown = link_problems_shown.clone();
            Callback::from(move |_: MouseEvent| shown.set(false))
        };
        let previews: Vec<Preview> = match &state.facts {
            Some(Ok(facts)) => state
                .show
                .deck
                .steps()
                .iter()
                .copied()
                .chain(state.show.deck.hidden())
                .map(|step| Preview {
                    step,
                    sentence: words::step_sentence(step, facts, &law_name).into(),
                    note: words::step_note(step, facts).map(AttrValue::from),
                    shows_nothing: facts.shows_nothing(step),
                })
                .collect(),
            _ => Vec::new(),
        };
        return html! {
            <div class="present" data-testid="present" data-ready={matches!(state.facts, Some(Ok(_))).to_string()}>
                <h1>{ text::app_name() }{ ": " }{ words::present_title() }</h1>
                <p><a href={presenter_page::app_link()} data-testid="back-to-app">{ words::present_back_to_app() }</a></p>
                if let Some(chooser) = chooser {
                    <crate::language::LanguagePicker on_choose={chooser.0} />
                }
                if *link_problems_shown {
                    { link_problems(&opened, &lab, *saved_run, dismiss_link_problems) }
                }
                { status }
                <Prepare deck={state.show.deck.clone()} law={state.law}
                    lab_law={lab.moves_levers().then(|| AttrValue::from(words::law_name(Law::Lab, &lab)))}
                    lab_note={words::lab_note(&lab, state.law).map(AttrValue::from)}
                    on_hide={on(Action::Hide)} on_show={on(Action::Show)} {on_shift} {on_law} {on_start}
                    ready={matches!(state.facts, Some(Ok(_))) && state.run.run().is_some()} {previews} />
            </div>
        };
    }

    let (Some(run), Some(Ok(facts))) = (state.run.run().cloned(), state.facts.clone()) else {
        return html! { <p class="loading" role="status">{ words::present_loading() }</p> };
    };
    let step = state.show.current();
    let (at, of) = state.show.position();

    // A swipe on a tablet: left for the next step, right for the previous one.
    let ontouchstart = {
        let touch_start = touch_start.clone();
        Callback::from(move |event: TouchEvent| {
            *touch_start.borrow_mut() = event.touches().get(0).map(|t| t.client_x());
        })
    };
    let ontouchend = {
        let dispatcher = state.dispatcher();
        Callback::from(move |event: TouchEvent| {
            let (Some(start), Some(end)) = (
                touch_start.borrow_mut().take(),
                event.changed_touches().get(0).map(|t| t.client_x()),
            ) else {
                return;
            };
            if end - start <= -SWIPE_PIXELS {
                dispatcher.dispatch(Action::Command(Command::Next));
            } else if end - start >= SWIPE_PIXELS {
                dispatcher.dispatch(Action::Command(Command::Back));
            }
        })
    };
    let sentence = sentence(step).unwrap_or_default();
    let note = note(step).map(AttrValue::from);
    html! {
        <div class={classes!("present-show", state.show.projector.then_some("projector"), state.show.blank.then_some("blanked"))}
            data-testid="present-show" data-step={step.slug()} data-index={at.to_string()}
            {ontouchstart} {ontouchend}>
            <div class="present-frame" ref={stage_ref} tabindex="-1" role="region"
                aria-roledescription={words::present_role()} aria-label={words::step_position(at, of)}>
                <p class="present-position" aria-hidden="true" hidden={state.show.blank}>{ words::step_position(at, of) }{ " \u{b7} " }{ words::step_title(step) }</p>
                <div class="present-body" hidden={state.show.blank}>
                    <Stage {step} run={run.clone()} facts={Rc::clone(&facts)} sentence={sentence} {note}
                        audience_link={presenter_page::audience_link(&run.simulation.scenario)} />
                </div>
                if state.show.blank {
                    <p class="visually-hidden" role="status">{ words::present_blanked() }</p>
                }
            </div>
            <div class="present-controls">
                if state.notes_blocked {
                    <p class="present-notes-blocked" role="alert" data-testid="notes-blocked">{ words::present_notes_blocked() }</p>
                }
                <button type="button" class="secondary" onclick={command(Command::Back)}
                    disabled={at == 1} data-testid="present-back">{ words::present_back() }</button>
                <button type="button" class="secondary" onclick={command(Command::Next)}
                    disabled={at == of} data-testid="present-next">{ words::present_next() }</button>
                <button type="button" class="secondary" onclick={command(Command::Notes)}
                    data-testid="present-notes-button">{ words::present_notes() }</button>
                <button type="button" class="secondary" onclick={command(Command::Leave)}
                    data-testid="present-leave">{ words::present_leave() }</button>
            </div>
        </div>
    }
}
