//! The simulator view: the story first (the headline of what the cameras gave away, the
//! button that plays the month, jumps to the dossier and to "your life"), the town map with
//! its "Move home" bar, playback, the dossier (what they guessed vs what is true), the
//! capture log, "your life" controls and the uniqueness chart. On a phone they stack in that
//! order; on a wide screen "your life" stands beside them.
//!
//! Owns the [`SimulatorState`] (one reducer) and every side effect around it: loading and
//! saving the scenario (a share link's run first, see [`crate::browser_address`]; the page's
//! address follows every change), running it ([`runner`]: the visitor's part deferred by a timer tick,
//! the town-wide part in a Web Worker), the playback timer, and the performance marks the
//! end-to-end test reads, and moving the focus (a jump, the map when a pin is to be placed).
//! The parts it draws live in `simulator/` and hold no state.

pub mod camera_control;
pub mod capture_log;
pub mod controls;
pub mod dossier;
pub mod map_text;
pub mod number_field;
pub mod playback;
pub mod runner;
pub mod saved;
pub mod state;
pub mod stop_editor;
pub mod story;
pub mod timing;
pub mod uniqueness;

use std::rc::Rc;

use gloo::timers::callback::{Interval, Timeout};
use yew::prelude::*;

use crate::browser_address;
use crate::components::focus::{focus_after_redraw, give_focus};
use crate::components::map::{Legend, Map, Marker, MarkerKind};
pub use crate::scenario::FindingKind;
use crate::scenario::{Run, Shared};
use crate::text;
use crate::views::drawing_steps::use_drawing_steps_per_result;
use capture_log::CaptureLog;
use controls::{ControlsDrawn, ScenarioControls};
use dossier::{Dossier, DossierPanel};
use map_text::MapText;
use playback::{FRAME_MILLIS, PlaybackBar, PlaybackCommand};
use runner::Runner;
use state::{Action, Pin, SimulatorState};
use story::Story;
use uniqueness::{TownWork, UniquenessChart};

/// The steps in which a town's first result is drawn (see [`Simulator`]), and the step
/// from which each part is drawn.
const DRAWING_STEPS: u8 = 7;
const UNDER_MAP_STEP: u8 = 1;
const DOSSIER_STEP: u8 = 2;
const LOG_STEP: u8 = 3;
const CHART_STEP: u8 = 4;
const CONTROLS_STEP: u8 = 5;
const STOPS_STEP: u8 = 6;

/// Whether the visitor asked their system for less motion.
fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// Whether the screen is wide enough for the map key to stand open (the two-column layout).
fn wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(min-width: 62rem)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Gives `element` the focus and scrolls it to the top of the screen.
fn reveal(element: web_sys::Element) {
    give_focus(&element);
    scroll_to(&element);
}

/// Scrolls `element` to the top of the screen, smoothly unless the visitor asked for less
/// motion.
fn scroll_to(element: &web_sys::Element) {
    let scroll = web_sys::ScrollIntoViewOptions::new();
    scroll.set_behavior(if prefers_reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    scroll.set_block(web_sys::ScrollLogicalPosition::Start);
    element.scroll_into_view_with_scroll_into_view_options(&scroll);
}

/// Dispatches `action` in a task of its own (issue 11). A click's own task ends with the
/// browser's style and layout for its hit testing; the action's redraw in that task too made
/// one task of both (Skip to the end: 25-33 ms of CPU, 40-170 ms on a loaded machine), while
/// apart the redraw and the next frame's style, layout and paint are about half each.
fn dispatch_apart(dispatcher: UseReducerDispatcher<SimulatorState>, action: Action) {
    // Boxed: one timer glue for every closure (see `drawing_steps`).
    let later: Box<dyn FnOnce()> = Box::new(move || dispatcher.dispatch(action));
    Timeout::new(0, later).forget();
}

/// The first element matching a CSS selector.
fn find(selector: &str) -> Option<web_sys::Element> {
    web_sys::window()?
        .document()?
        .query_selector(selector)
        .ok()
        .flatten()
}

/// "lon,lat" for a data attribute the end-to-end test reads.
fn lon_lat(p: crate::sim::LonLat) -> String {
    format!("{:.6},{:.6}", p[0], p[1])
}

/// The pins and guesses drawn over the town.
pub fn markers(state: &SimulatorState, outcome: &Run) -> Vec<Marker> {
    let truth = &outcome.simulation.truth;
    let (home, work) = match &state.scenario.commuter {
        Some(plan) => (plan.home, plan.work),
        None => (truth.home, truth.work),
    };
    let plan = state.scenario.commuter.as_ref().unwrap_or(&outcome.plan);
    let mut markers = vec![
        Marker {
            kind: MarkerKind::TrueHome,
            position: home,
            radius_meters: None,
            title: text::marker_true_home().into(),
        },
        Marker {
            kind: MarkerKind::TrueWork,
            position: work,
            radius_meters: None,
            title: text::marker_true_work().into(),
        },
    ];
    for stop in &plan.stops {
        markers.push(Marker {
            kind: MarkerKind::Stop,
            position: stop.position,
            radius_meters: None,
            title: text::stop_title(text::stop_purpose_name(stop.purpose)).into(),
        });
    }
    let minute = state.playback.minute;
    if state.drive_complete() {
        for finding in &outcome.dossier.findings {
            let Some((position, radius)) = finding.spot else {
                continue;
            };
            let (kind, what) = match finding.kind {
                FindingKind::Home => (MarkerKind::GuessedHome, text::legend_home_word()),
                FindingKind::Work => (MarkerKind::GuessedWork, text::legend_work_word()),
                _ => (MarkerKind::GuessedPlace, text::legend_place_word()),
            };
            markers.push(Marker {
                kind,
                position,
                radius_meters: Some(radius),
                title: text::marker_guess(what, finding.error_meters).into(),
            });
        }
    } else if (minute > 0 || state.playback.playing)
        && let Some(position) = outcome.car_position(minute)
    {
        markers.push(Marker {
            kind: MarkerKind::Car,
            position,
            radius_meters: None,
            title: text::marker_car().into(),
        });
    }
    markers
}

/// The bar under the map: "Move home" and "Move work", and after a move, Undo; while a pin
/// is being placed it stands over the map instead, with what to do and Cancel.
fn pick_bar(state: &SimulatorState, dispatch: &Callback<Action>) -> Html {
    let dispatch = |action: Action| dispatch.reform(move |_: MouseEvent| action.clone());
    // Cancel and Undo go away when pressed: the focus moves to the pin's own button.
    let and_back_to = |action: Action, pin: Pin| {
        let dispatch = dispatch(action);
        Callback::from(move |event: MouseEvent| {
            dispatch.emit(event);
            focus_after_redraw(vec![pin.button_selector().to_owned()]);
        })
    };
    match state.placing {
        Some(pin) => html! {
            <div class="pick-bar is-placing" role="group" aria-label={text::pick_bar_label()}
                data-testid="pick-bar" data-placing={pin.what()}>
                <p class="pick-instruction">
                    <span class="only-touch">{ text::placing_touch(pin.what()) }</span>
                    <span class="only-keys">{ text::placing_keys(pin.what()) }</span>
                </p>
                <button type="button" class="secondary primary-action" data-testid="cancel-move"
                    onclick={and_back_to(Action::CancelPlacing, pin)}>{ text::move_cancel() }</button>
            </div>
        },
        None => html! {
            <div class="pick-bar" role="group" aria-label={text::pick_bar_label()} data-testid="pick-bar">
                <button type="button" class="secondary primary-action" data-testid="move-home"
                    onclick={dispatch(Action::StartPlacing(Pin::Home))}>{ text::move_home() }</button>
                <button type="button" class="secondary primary-action" data-testid="move-work"
                    onclick={dispatch(Action::StartPlacing(Pin::Work))}>{ text::move_work() }</button>
                if let Some((pin, _)) = &state.undo {
                    <span class="pick-done">{ text::moved(pin.what()) }</span>
                    <button type="button" class="secondary primary-action" data-testid="undo-move"
                        onclick={and_back_to(Action::Undo, *pin)}>{ text::move_undo() }</button>
                }
            </div>
        },
    }
}

/// What the simulator takes from the view that shows it.
#[derive(Properties, PartialEq, Default)]
pub struct SimulatorProps {
    /// Draws "Your own town"'s file picker for the scenario on screen, given the callback
    /// that moves the run to another town: only the import view (`#/import`, the tools
    /// module) passes one, so the first visit's module links no picker. Without it, the
    /// simulator links to that view.
    #[prop_or_default]
    pub town_picker: Option<TownPicker>,
    /// The line over the map and the map's name for a real town, given its name and its
    /// data's attribution: the import view's words (the tools module's table, so the first
    /// visit's download carries neither; its simulator never shows a real town).
    #[prop_or_default]
    pub real_town_words: Option<RealTownWords>,
}

/// [`SimulatorProps::real_town_words`]: a town's name and attribution to the line over the
/// map and the map's name.
#[derive(Clone, Copy)]
pub struct RealTownWords(pub fn(&str, &str) -> (String, String));

impl PartialEq for RealTownWords {
    /// One view passes them, always the same words.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Draws "Your own town"'s picker for what [`PickerContext`] gives it.
pub type TownPicker = Callback<PickerContext, Html>;

/// What the simulator gives "Your own town"'s picker.
pub struct PickerContext {
    /// The scenario on screen.
    pub scenario: crate::sim::Scenario,
    /// Moves the run to another town (with what to announce).
    pub on_town: Callback<(crate::sim::Scenario, String)>,
    /// The page above the picker is settled: the current result and its dossier drawn
    /// whole, the town-wide search done.
    pub page_drawn: bool,
    /// The picker is bringing itself into view: the results' column is left out of the
    /// browser's scroll anchoring for [`RESULTS_UNANCHORED_MS`], so a card above the picker
    /// ending its drawing does not carry the view past it.
    pub on_arrival: Callback<()>,
}

/// How long after the picker's arrival the results' column is left out of the browser's
/// scroll anchoring, milliseconds: a card of that column ending its drawing (the town-wide
/// search's "still searching" line giving way to its cards) took a laptop's view 25 px past
/// the picker's heading after every check of its view had run (CI, 2026-12-04).
const RESULTS_UNANCHORED_MS: u32 = 10_000;

/// The simulator view.
#[function_component(Simulator)]
pub fn simulator(props: &SimulatorProps) -> Html {
    let language = crate::language::use_language();
    // A share link's run (in force until the visitor changes something), else the
    // scenario saved in this browser. A run on an imported town this page does not hold
    // (the first visit's module holds none; a link from another browser) starts in the
    // made-up town, saying how to get the real one back (a received link's run, by the
    // town's name the link carries); that stand-in is not saved over the visitor's scenario
    // until they change something (Your own town reopens it).
    let start = use_memo((), |()| {
        let linked = browser_address::linked_scenario();
        let from_link = linked.is_some();
        let (scenario, note) = match linked {
            Some(scenario) => (scenario, None),
            None => saved::load(state::default_scenario()),
        };
        match &scenario.town_file {
            Some(file) if !crate::scenario::towns::holds(file) => {
                let note = match file.name.as_str() {
                    _ if !from_link => text::town_file_not_here().to_owned(),
                    "" => text::town_file_not_here_link_unnamed().to_owned(),
                    name => text::town_file_not_here_link(name),
                };
                let made_up = crate::sim::Scenario {
                    town_file: None,
                    commuter: None,
                    ..scenario
                };
                (made_up, Some(note), true)
            }
            _ => (scenario, note.map(str::to_owned), false),
        }
    });
    let state = use_reducer(|| SimulatorState {
        own_run: saved::before_link(),
        ..SimulatorState::new(start.0.clone(), start.1.clone())
    });
    // The language each announcement was written in: after a switch of language the live
    // region is emptied rather than left speaking the other one (it said "New life chosen."
    // in a page now Spanish); the next news comes in the new language.
    let announced_in = use_memo(state.announcement.clone(), |_| language);

    // The address follows the run. In a task of its own, never cancelled (each change's is
    // written, in order): `history.replaceState` was 6 of the 15 ms of CPU of the task that
    // puts an imported town on screen and starts its run (profiled, issue 15).
    use_effect_with(state.scenario.clone(), move |scenario| {
        let scenario = scenario.clone();
        Timeout::new(0, move || browser_address::follow_scenario(&scenario)).forget();
    });
    // The visitor's own scenario is kept in this browser once its run worked: a run that
    // failed (a place off the map) is never saved over the one that did. A link's run (or
    // the stand-in for a town not held) is not kept until the visitor changes something.
    // After the address's task above (queued at the change, before the run's).
    // The first save of a link's run the visitor changed keeps their own scenario from
    // before, and the page offers it back ([`saved::keep_own_run`]).
    let stand_in = Rc::new(start.2.then(|| start.0.clone()));
    let from_link = use_mut_ref(browser_address::linked_scenario);
    let keep = {
        let dispatcher = state.dispatcher();
        move |scenario: &crate::sim::Scenario| {
            if browser_address::linked_scenario().is_some()
                || stand_in.as_ref().as_ref() == Some(scenario)
            {
                return;
            }
            let link_run = from_link.borrow_mut().take();
            if let Some(own) =
                link_run.and_then(|link_run| saved::keep_own_run(scenario, &link_run))
            {
                dispatcher.dispatch(Action::OwnRunKept(own));
            }
            saved::save(scenario);
        }
    };
    {
        let keep = keep.clone();
        let ran = state.is_current().then(|| state.scenario.clone());
        use_effect_with(ran, move |ran| {
            if let Some(scenario) = ran.clone() {
                Timeout::new(0, move || keep(&scenario)).forget();
            }
        });
    }
    // A change whose run has not come back yet is kept if the page goes away first (the tab
    // closed, or a phone's browser put away, within the second a run takes): the page is
    // hidden then, in every browser, before it goes.
    {
        let pending = (!state.is_current() && state.error.is_none() && state.outcome.is_some())
            .then(|| state.scenario.clone());
        use_effect_with(pending, move |pending| {
            let pending = pending.clone();
            let document = gloo::utils::document();
            let listener = pending.map(|scenario| {
                gloo::events::EventListener::new(&document, "visibilitychange", move |_| {
                    if gloo::utils::document().hidden() {
                        keep(&scenario);
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Run the scenario: the visitor's part after the change has painted, the town-wide
    // part in the worker (its progress in `town_work`); a newer change cancels both.
    let town_work = use_state(TownWork::default);
    {
        let dispatcher = state.dispatcher();
        let set_work = town_work.setter();
        use_effect_with(
            (state.generation, state.scenario.clone()),
            move |(generation, scenario)| {
                let runner = Runner::start(*generation, scenario.clone(), dispatcher, set_work);
                move || runner.cancel()
            },
        );
    }

    // Once a result is on screen: time to first map; once its dossier is, the change that
    // led to it.
    use_effect_with(
        state
            .outcome
            .as_ref()
            .map(|o| (o.generation, o.dossier.analysing)),
        |shown| {
            if let Some((_, analysing)) = *shown {
                timing::mark_once(timing::FIRST_MAP);
                timing::mark_once(timing::APP_FIRST_MAP);
                // In the next task: the map re-renders at its measured size first, so the
                // app takes over with the very drawing the prerender showed.
                Timeout::new(
                    0,
                    Box::new(crate::first_screen::hand_over) as Box<dyn FnOnce()>,
                )
                .forget();
                if !analysing {
                    timing::measure_since(timing::CHANGE_START, timing::PARAMETER_CHANGE);
                }
            }
        },
    );

    // A run that failed says so in place of the prerendered first screen.
    use_effect_with(state.error.is_some(), |&failed| {
        if failed {
            crate::first_screen::hand_over();
        }
    });

    // The playback clock.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.playback.playing, move |&playing| {
            let interval = playing
                .then(|| Interval::new(FRAME_MILLIS, move || dispatcher.dispatch(Action::Tick)));
            move || drop(interval)
        });
    }

    let on_edit = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: Action| {
            timing::mark(timing::CHANGE_START);
            dispatcher.dispatch(action);
        })
    };
    // A pin placed by a click or a tap: redrawn apart from the click's task.
    let on_pick = {
        let dispatcher = state.dispatcher();
        Callback::from(move |position| {
            timing::mark(timing::CHANGE_START);
            dispatch_apart(dispatcher.clone(), Action::PlacePin(position));
        })
    };
    // Placing a pin: its instruction and the map come into view, the map with the focus
    // (arrows and Enter work at once). A new stop's place picked (or its picking ended): back
    // to the stop's form, far under the map on a phone, from its heading down to "Add the
    // stop", the focus on the button that started picking.
    let placed_before = use_mut_ref(|| None);
    use_effect_with(state.placing, move |placing| {
        let before = placed_before.replace(*placing);
        if placing.is_some() {
            if let Some(map) = find("[data-testid='town-map']") {
                give_focus(&map);
            }
            if let Some(bar) = find("[data-testid='pick-bar']") {
                scroll_to(&bar);
            }
        } else if before == Some(Pin::Stop)
            && let Some(button) = find(Pin::Stop.button_selector())
        {
            give_focus(&button);
            if let Some(form) = find("#add-stop-title") {
                scroll_to(&form);
            }
        }
    });
    // The headline states the findings: time to the point, from navigation start.
    use_effect_with(
        state.outcome.as_ref().map(|o| !o.dossier.analysing),
        |ready| {
            if *ready == Some(true) {
                timing::mark_once(timing::HEADLINE);
            }
        },
    );
    let on_results = Callback::from(|()| {
        if let Some(heading) = find("#dossier-title") {
            reveal(heading);
        }
    });
    let on_life = Callback::from(|()| {
        if let Some(heading) = find("#controls-title") {
            reveal(heading);
        }
    });
    let wide = use_state(wide_screen);
    // The story's main button (play, pause, watch again).
    let main_button = use_node_ref();
    let on_command = {
        let dispatcher = state.dispatcher();
        let main_button = main_button.clone();
        Callback::from(move |command: PlaybackCommand| {
            // Skip to the end redraws the whole result: apart from its click. (Play with
            // reduced motion skips at once, in the click's task: the result is there on return.)
            if command == PlaybackCommand::SkipToEnd {
                // Skip to the end is disabled at the end, which would drop a keyboard's focus
                // to the page's start: it moves to the main button, now "Watch again", the
                // jump to the dossier next to it (the live region says the drive is over).
                if let Some(button) = main_button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
                dispatch_apart(dispatcher.clone(), Action::Playback(command));
                return;
            }
            let command = if command == PlaybackCommand::Play && prefers_reduced_motion() {
                PlaybackCommand::SkipToEnd
            } else {
                command
            };
            dispatcher.dispatch(Action::Playback(command));
        })
    };
    // Each result that follows a time without one (the first, a new town's) is drawn in
    // steps, each a task and a frame of its own (no task over 50 ms): the story and the map;
    // then what stands under the map (the move bar, playback, the status line, the key);
    // then the dossier; then the capture log; then the uniqueness chart and the map's text
    // alternative; then "your life"'s first fields (the persona to the hours); then its
    // regular stops; then the rest (days, cameras, seed). "Your life" then stays mounted while
    // another town is built. Later results of the same town redraw what is there in one go.
    // A failed run counts as a result: its controls are drawn whole.
    // What stands under the map has a step of its own since issue 11's 2026-12-02 round:
    // the first step's frame (style, layout and paint of the story, the map and those parts)
    // went from 16, 16, 23, 21 ms of CPU (median 18.5) to 8-15 (median 13.5, 10 runs), their
    // own frame 4-10; "your life" in two steps: its one step's render and frame were 10-17
    // and 19-22 ms of CPU, now 7-8 and 4-11 for the first fields, 10-14 and 15-17 for the
    // rest (BY_CPU=1 LONG_TASK_MS=8 traces of `#/simulator`, alternated runs at a load
    // average of 14-18 on 2 cores). With the release build, 7 alternated traces at a load
    // average of 6-11: the first step's frame 12-23 ms of CPU (median 17) before, 10-15
    // (median 11) after; the start's largest task (Playwright's script aside) 20-28 (median
    // 23) before, 16-26 (median 20) after, most often the app's mount (see
    // [`crate::app::mount`]). The journey e2e's `longest_task_ms=` stayed noise-bound (85,
    // 55, 276 before; 146, 77, 144 after), as did `time_to_first_map_ms=` (732, 513, 1126;
    // 881, 448, 673) and `mobile_first_map_ms=` (medians 849 and 952 of 5, overlapping).
    // Tried and dropped: the playback bar, status line and key moved from the first step to
    // the dossier's (BY_CPU traces, 3 alternated runs): the first step's task stayed about
    // 22 ms of CPU and the dossier step's frame grew to 27-28 ms, no gain. "Your life"'s
    // fields and the uniqueness chart with `content-visibility: auto` (the ones off screen
    // neither styled nor laid out): its step's frame was 31, 18, 18 ms of CPU against 15,
    // 14, 19 without (3 alternated runs), no gain (most of "your life" is form controls,
    // which Chrome's autofill lays out even when skipped, see `drawing_steps`).
    // "Your life"'s stops a step of their own and the dossier's cards and the capture log
    // skipped while far below the screen (a later 2026-12-02 round): numbers in
    // [`crate::views::drawing_steps`].
    let (drawn, controls_kept) = use_drawing_steps_per_result(
        state.outcome.is_some() || state.error.is_some(),
        DRAWING_STEPS,
    );
    // How many of the result's drawing steps stay on screen while another town arrives
    // (`None`: all that are drawn); see [`take_down_then`].
    let parts_kept = use_state(|| None::<u8>);
    // The take-down under way, shared by its steps: a newer town cancels an older one's.
    let take_down = use_mut_ref(TakeDown::default);
    take_down.borrow_mut().drawn = drawn;
    // The results' column left out of scroll anchoring ([`PickerContext::on_arrival`]).
    let results_unanchored = use_state(|| false);
    let town_picker = props.town_picker.as_ref().map(|picker| {
        let dispatcher = state.dispatcher();
        let parts_kept = parts_kept.setter();
        let take_down = take_down.clone();
        let on_town = Callback::from(move |(scenario, announcement)| {
            timing::mark(timing::CHANGE_START);
            let chain = TakeDownChain {
                shared: take_down.clone(),
                generation: take_down.borrow_mut().start(),
                parts_kept: parts_kept.clone(),
                dispatcher: dispatcher.clone(),
            };
            let from = take_down.borrow().parts_on_screen();
            take_down_then(chain, from, Action::UseTown(scenario, announcement));
        });
        // The page above the picker is settled once the result for this scenario and its
        // dossier are drawn whole, the town-wide search's cards (who travels with you)
        // included: on a phone the dossier stands above the picker.
        let settled = drawn >= DRAWING_STEPS
            && state.is_current()
            && state
                .outcome
                .as_ref()
                .is_some_and(|o| !o.dossier.analysing && !o.dossier.searching_town);
        let on_arrival = {
            let results_unanchored = results_unanchored.setter();
            Callback::from(move |()| {
                results_unanchored.set(true);
                let results_unanchored = results_unanchored.clone();
                Timeout::new(RESULTS_UNANCHORED_MS, move || results_unanchored.set(false)).forget();
            })
        };
        picker.emit(PickerContext {
            scenario: state.scenario.clone(),
            on_town,
            page_drawn: settled,
            on_arrival,
        })
    });
    let handlers = Handlers {
        dispatch: Callback::from({
            let dispatcher = state.dispatcher();
            move |action| dispatcher.dispatch(action)
        }),
        on_edit,
        on_pick,
        on_command,
        on_results,
        on_life,
        main_button,
        announcement_stale: *announced_in != language,
        town_picker,
        town_not_held: start.2,
        real_town_words: props.real_town_words,
        controls_kept,
        parts_kept: *parts_kept,
        results_unanchored: *results_unanchored,
    };
    screen(&state, &handlers, *wide, *town_work, None, drawn)
}

/// What the simulator's screen sends up: every action the screen can ask for
/// (`dispatch`), and the ones that go through the view's own handling.
#[derive(Clone, Default)]
pub struct Handlers {
    /// Any action, straight to the reducer.
    pub dispatch: Callback<Action>,
    /// A change to the run (timed as a parameter change).
    pub on_edit: Callback<Action>,
    /// A spot picked on the map while a pin is being placed.
    pub on_pick: Callback<crate::sim::LonLat>,
    pub on_command: Callback<PlaybackCommand>,
    /// Jump to the dossier.
    pub on_results: Callback<()>,
    /// Jump to "Your life".
    pub on_life: Callback<()>,
    /// The story's main button (play, pause, watch again), where Skip to the end leaves the
    /// focus.
    pub main_button: NodeRef,
    /// The announcement was written in another language than the one now shown: the live
    /// region is left empty rather than speaking it.
    pub announcement_stale: bool,
    /// "Your own town"'s picker (the import view's); `None` draws a link to that view.
    pub town_picker: Option<Html>,
    /// The visitor's run is on an imported town this page does not hold (the made-up town
    /// stands in): the link to Your own town then leaves the stand-in's address behind, so
    /// that view opens the visitor's saved run and its town.
    pub town_not_held: bool,
    /// [`SimulatorProps::real_town_words`].
    pub real_town_words: Option<RealTownWords>,
    /// "Your life"'s controls have been drawn once: they stay mounted (with their local
    /// state) while another town's result is drawn again in steps.
    pub controls_kept: bool,
    /// While another town arrives: how many of the result's drawing steps stay on screen
    /// ([`take_down_then`]); `None`: every step drawn.
    pub parts_kept: Option<u8>,
    /// The results' column is out of the browser's scroll anchoring
    /// ([`PickerContext::on_arrival`]).
    pub results_unanchored: bool,
}

/// The old town's screen being taken down ([`take_down_then`]), shared by the steps of
/// every take-down the view started.
#[derive(Default)]
struct TakeDown {
    /// The latest town picked: only its take-down goes on.
    generation: u64,
    /// How many of the result's drawing steps stay on screen (`None`: every step drawn).
    kept: Option<u8>,
    /// How many of the result's drawing steps were drawn at the view's last render (the
    /// callback that starts a take-down may be older: an import's, from the file's pick).
    drawn: u8,
}

impl TakeDown {
    /// The step a new take-down starts from: the parts on screen, those an older take-down
    /// still keeps or those of a result still being drawn, never more.
    fn parts_on_screen(&self) -> u8 {
        self.kept.unwrap_or(CHART_STEP).min(self.drawn)
    }

    /// A town was picked: the take-downs under way stop; the new one's number.
    fn start(&mut self) -> u64 {
        self.generation += 1;
        self.generation
    }
}

/// One take-down: what its steps set and, at its end, dispatch to.
struct TakeDownChain {
    shared: Rc<std::cell::RefCell<TakeDown>>,
    /// Its number in [`TakeDown::generation`]: a step of an older one does nothing.
    generation: u64,
    parts_kept: UseStateSetter<Option<u8>>,
    dispatcher: UseReducerDispatcher<SimulatorState>,
}

impl TakeDownChain {
    /// Whether a newer town was picked since this take-down started.
    fn cancelled(&self) -> bool {
        self.shared.borrow().generation != self.generation
    }

    fn keep(&self, kept: Option<u8>) {
        self.shared.borrow_mut().kept = kept;
        self.parts_kept.set(kept);
    }
}

/// Takes the result on screen down a drawing step a task, from `from` steps kept down to
/// none (the uniqueness chart and the map's text alternative, the capture log, the dossier,
/// then what stands under the map), and then dispatches `action` (another town, whose
/// screen replaces the story and the map) with every step shown again. "Your life" stays.
///
/// Issue 15: Yew detaching the old town's whole screen was 7-9 of the 10-11 ms of CPU of
/// the task that put an imported town on screen and started its run (PROFILE=1 traces); a
/// part a task spreads that work over tasks of a few milliseconds each.
///
/// A town picked while another's take-down runs (a second file imported, or the made-up
/// town chosen, within those few tasks) stops the older take-down, whose town then never
/// arrives, and goes on from the parts still kept, never drawing a removed one again: two
/// take-downs side by side had interleaved (the newer one put parts back) and both had
/// dispatched their towns (issue 15's known bug, tested in `tests/e2e/import.test.mjs`).
fn take_down_then(chain: TakeDownChain, from: u8, action: Action) {
    // Boxed: one timer glue for every closure (see `drawing_steps`).
    let later: Box<dyn FnOnce()> = Box::new(move || {
        if chain.cancelled() {
            return;
        }
        match from.checked_sub(1) {
            Some(kept) => {
                chain.keep(Some(kept));
                take_down_then(chain, kept, action);
            }
            None => {
                chain.keep(None);
                chain.dispatcher.dispatch(action);
            }
        }
    });
    Timeout::new(0, later).forget();
}

/// The simulator's screen for `state`, drawn from its arguments only (no browser calls),
/// so the build's prerender of the first screen (`examples/prerender.rs`) draws the very
/// markup the app then draws. `wide`: the two-column layout (the map key stands open);
/// `drawing_size`: the map's drawing as the browser will measure it (CSS pixels wide, and
/// height / width in thousandths), `None` until measured; `drawn`: how many of the first
/// result's drawing steps are done ([`DRAWING_STEPS`] once it is whole).
pub fn screen(
    state: &SimulatorState,
    handlers: &Handlers,
    wide: bool,
    town_work: TownWork,
    drawing_size: Option<(u32, u32)>,
    drawn: u8,
) -> Html {
    let on_view = handlers.dispatch.reform(Action::SetLogView);
    let results_class = classes!(
        "sim-main",
        handlers.results_unanchored.then_some("unanchored")
    );
    let dismiss_note = handlers
        .dispatch
        .reform(|_: MouseEvent| Action::DismissNote);
    let note = state.note.clone().map(|note| {
        html! {
            <div class="note" role="status" data-testid="saved-note">
                <p>{ note }</p>
                <button type="button" class="secondary" onclick={dismiss_note.clone()}>{ text::dismiss() }</button>
            </div>
        }
    });
    // The visitor's own run from before a link's, offered back until taken or let go; the
    // focus, on the button that goes with the note, goes to the view's heading.
    let own_run = state.own_run.is_some().then(|| {
        let answer = |action: fn() -> Action| {
            handlers.dispatch.reform(move |_: MouseEvent| {
                saved::forget_before_link();
                crate::components::focus::focus_after_redraw(vec!["#simulator-title".to_owned()]);
                action()
            })
        };
        html! {
            <div class="note" role="status" data-testid="own-run-note">
                <p>{ text::own_run_kept() }</p>
                <button type="button" data-testid="own-run-back"
                    onclick={answer(|| Action::BackToOwnRun)}>{ text::own_run_back() }</button>
                { " " }
                <button type="button" class="secondary"
                    onclick={answer(|| Action::KeepLinkRun)}>{ text::own_run_keep() }</button>
            </div>
        }
    });
    // A failed run always offers a way out: the default run (the controls stay usable too).
    let start_again = handlers.dispatch.reform(|_: MouseEvent| Action::StartAgain);
    let error = state.error.as_ref().map(|message| {
        html! {
            <div class="error-box">
                <p class="error" role="alert" data-testid="run-error">{ message.clone() }</p>
                if state.off_town.is_some() {
                    <button type="button" data-testid="move-into-town"
                        onclick={handlers.dispatch.reform(|_: MouseEvent| Action::MoveIntoTown)}>
                        { text::move_into_town() }</button>
                }
                <button type="button" class="secondary" data-testid="start-again"
                    onclick={start_again.clone()}>{ text::start_again() }</button>
            </div>
        }
    });

    // "Your life" learns a new town's places and plan in its own drawing steps, as they
    // were while it was built: its new lists are a step's work of their own (an imported
    // town's arrival styled and laid out some 600 elements in one task with them).
    let settled = drawn >= CONTROLS_STEP;
    // The result's parts on screen: fewer while another town arrives (see
    // [`take_down_then`]); "your life" follows `drawn` alone.
    let parts = handlers.parts_kept.map_or(drawn, |kept| drawn.min(kept));
    // "Your life" already drawn (kept while another town is built), or a failed run's, to be
    // put right at once: drawn whole without waiting for the steps.
    let controls_at_once = handlers.controls_kept || state.error.is_some();
    let outcome_for_life = state.outcome.as_ref().filter(|_| settled);
    let plan = state
        .scenario
        .commuter
        .clone()
        .or_else(|| outcome_for_life.map(|o| o.plan.clone()));

    let controls_drawn = if drawn >= DRAWING_STEPS || controls_at_once {
        ControlsDrawn::Whole
    } else if drawn >= STOPS_STEP {
        ControlsDrawn::Stops
    } else {
        ControlsDrawn::FirstFields
    };
    let controls = html! {
        <ScenarioControls
            scenario={state.scenario.clone()}
            {plan}
            town={outcome_for_life.map(|o| Shared(o.town.clone()))}
            stop_draft={state.stop_draft.clone()}
            on_edit={handlers.on_edit.clone()}
            drawn={controls_drawn} />
    };

    // The import view's picker, or (in the first visit's module) the link to that view.
    let town_picker = handlers.town_picker.clone().unwrap_or_else(|| {
        html! {
            <p class="panel import-link" data-testid="import-link">
                <a href={if handlers.town_not_held { "?#/import" } else { crate::views::View::Import.hash() }}
                    data-testid="import-open">{ text::import_open() }</a>
            </p>
        }
    });
    // "Your life" and the town picker stand at one place in the tree whether a run is on
    // screen or a new one (another town's) is being built, so a new run keeps them mounted
    // with their local state (a half-typed stop, what a file held). The controls wait for
    // the first result's last drawing step (or a failed run, to be put right at once).
    let side = html! {
        <div class="sim-side">
            if drawn >= CONTROLS_STEP || controls_at_once { { controls } }
            { town_picker }
        </div>
    };

    let announcement = html! {
        <p class="visually-hidden" aria-live="polite" data-testid="announcement">
            if !handlers.announcement_stale { { state.announcement.clone() } }
        </p>
    };
    // The same children, in the same places, as the screen with a result below: Yew matches
    // a list's unkeyed children by place, so a screen with other children there replaced
    // the whole section, "your life" and the town picker included, both when another town
    // was being built and when it arrived (an imported town's arrival styled and laid out
    // the whole page anew). The live region stays too, so the new town's announcement is read.
    let Some(outcome) = state.outcome.clone() else {
        return html! {
            <section class="simulator" aria-labelledby="simulator-title">
                <h2 id="simulator-title">{ text::simulator_title() }</h2>
                { for note }
                { for own_run.clone() }
                { for error.clone() }
                <div class="sim-layout">
                    <div class={results_class.clone()}>
                        if state.error.is_none() {
                            <p class="loading" role="status">{ text::building_town() }</p>
                        }
                    </div>
                    { side }
                </div>
                // Where the uniqueness chart goes.
                { Html::default() }
                { announcement }
            </section>
        };
    };

    let minute = state.playback.minute;
    let rows_so_far = outcome.rows_by(minute);
    let complete = state.drive_complete();
    let markers = markers(state, &outcome);
    let window = state.playback.speed.minutes_per_frame().max(30);
    let reading = if state.playback.playing || (minute > 0 && !complete) {
        outcome.cameras_reading(minute, window)
    } else {
        Vec::new()
    };
    let route = if complete {
        Vec::new()
    } else {
        outcome.route_at(minute)
    };
    let pick_label = state.placing.map_or(text::pick_home(), Pin::pick_label);
    let pick_bar = pick_bar(state, &handlers.dispatch);
    let dossier: Rc<Dossier> = outcome.dossier.clone();
    // Current: the run and its dossier are for the scenario shown.
    let stale = !state.is_current() || outcome.dossier.analysing || parts < DRAWING_STEPS;
    // The line over the map and the map's name: a real town's where this view has its words.
    let town = &outcome.town;
    let real_words = handlers
        .real_town_words
        .filter(|_| !town.attribution.is_empty())
        .map(|RealTownWords(words)| words(&town.name, &town.attribution));
    let fictional = real_words.is_none();
    let (town_line, town_label) = real_words.unwrap_or_else(|| {
        (
            text::fictional_town(&town.name),
            text::town_map_label(&town.name),
        )
    });
    let town_test_id = if fictional {
        "fictional-town"
    } else {
        "real-town"
    };

    html! {
        <section class="simulator" aria-labelledby="simulator-title"
            data-testid="simulator" data-generation={state.generation.to_string()}
            data-current={(!stale).to_string()} data-run-millis={format!("{:.1}", outcome.millis)}
            data-digest={outcome.simulation.digest().to_string()}
            data-town={outcome.town.name.clone()} data-cameras={outcome.town.cameras.len().to_string()}
            data-true-home={lon_lat(outcome.simulation.truth.home)}
            data-home-guess={outcome.dossier.first(FindingKind::Home).and_then(|f| f.spot).map(|(p, _)| lon_lat(p))}>
            <h2 id="simulator-title">{ text::simulator_title() }</h2>
            { for note }
            { for own_run }
            { for error }
            <div class="sim-layout">
                <div class={results_class.clone()}>
                    <Story reads={outcome.rows.len()} days={outcome.end_minute / crate::sim::MINUTES_PER_DAY}
                        {fictional}
                        dossier={dossier.clone()} playback={state.playback} end_minute={outcome.end_minute}
                        on_command={handlers.on_command.clone()} on_results={handlers.on_results.clone()}
                        on_life={handlers.on_life.clone()} main_button={handlers.main_button.clone()} />
                    <div class="sim-map">
                        <p class="fictional-town" data-testid={town_test_id}>{ town_line }</p>
                        if state.placing.is_some() { { pick_bar.clone() } }
                        <Map town={outcome.town.clone()}
                            label={town_label}
                            markers={markers.clone()}
                            reading_cameras={reading}
                            {route}
                            on_pick={state.placing.map(|_| handlers.on_pick.clone())}
                            on_cancel_pick={handlers.dispatch.reform(|()| Action::CancelPlacing)}
                            pick_label={pick_label} {drawing_size} measure_at_once=true />
                        if parts >= UNDER_MAP_STEP {
                            if state.placing.is_none() { { pick_bar } }
                            <PlaybackBar playback={state.playback} end_minute={outcome.end_minute} on_command={handlers.on_command.clone()} />
                            <p class="status-line" data-testid="status-line">
                                { text::status_line(rows_so_far, outcome.rows.len(), complete) }
                            </p>
                            <details class="legend-details" open={wide}>
                                <summary>{ text::legend_title() }</summary>
                                <Legend with_dossier={complete} />
                            </details>
                        }
                        if parts >= CHART_STEP {
                            <MapText town={outcome.town.clone()} markers={markers}
                                rows={outcome.rows.clone()} {rows_so_far} />
                        }
                    </div>
                    <div class="sim-results">
                        if parts >= DOSSIER_STEP {
                            <DossierPanel town={outcome.town.clone()} {dossier} row_count={rows_so_far} {complete} />
                            // Cameras on my route is the tools module's (`#/route`): its code and words
                            // stay out of the first visit's download, so here it is a link.
                            <section class="panel route-link" aria-labelledby="route-link-title" data-testid="route-link">
                                <h3 id="route-link-title">{ text::route_title() }</h3>
                                <p>{ text::route_teaser() }{ " " }<a href={crate::views::View::Route.hash()} data-testid="route-open">{ text::route_open() }</a></p>
                            </section>
                        }
                        if parts >= LOG_STEP {
                            <CaptureLog town={outcome.town.clone()} rows={outcome.rows.clone()} shown_until={rows_so_far}
                                fingerprint={outcome.fingerprint.clone()} view={state.log_view.clone()} {on_view} />
                        }
                    </div>
                </div>
                { side }
            </div>
            if parts >= CHART_STEP {
                <UniquenessChart uniqueness={state.uniqueness.clone()} work={town_work} />
            }
            { announcement }
        </section>
    }
}
