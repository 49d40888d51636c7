//! The simulator view: the town map, "your life" controls, playback, the capture log, the
//! dossier (what they guessed vs what is true) and the uniqueness chart.
//!
//! Owns the [`SimulatorState`] (one reducer) and every side effect around it: loading and
//! saving the scenario, running it ([`runner`]: the visitor's part deferred by a timer tick,
//! the town-wide part in a Web Worker), the playback timer, and the performance marks the
//! end-to-end test reads. The parts it draws live in `simulator/` and hold no state.

pub mod capture_log;
pub mod controls;
pub mod dossier;
pub mod map_text;
pub mod playback;
pub mod runner;
pub mod saved;
pub mod state;
pub mod stop_editor;
pub mod timing;
pub mod uniqueness;

use std::rc::Rc;

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::components::map::{Legend, Map, Marker, MarkerKind};
pub use crate::scenario::FindingKind;
use crate::scenario::Run;
use crate::text;
use capture_log::CaptureLog;
use controls::ScenarioControls;
use dossier::{Dossier, DossierPanel};
use map_text::MapText;
use playback::{FRAME_MILLIS, PlaybackBar, PlaybackCommand};
use runner::Runner;
use state::{Action, Pin, SimulatorState};
use uniqueness::{TownWork, UniquenessChart};

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
            title: text::MARKER_TRUE_HOME.into(),
        },
        Marker {
            kind: MarkerKind::TrueWork,
            position: work,
            radius_meters: None,
            title: text::MARKER_TRUE_WORK.into(),
        },
    ];
    for stop in &plan.stops {
        markers.push(Marker {
            kind: MarkerKind::Stop,
            position: stop.position,
            radius_meters: None,
            title: text::stop_title(stop.purpose.label()).into(),
        });
    }
    let minute = state.playback.minute;
    if state.drive_complete() {
        for finding in &outcome.dossier.findings {
            let Some((position, radius)) = finding.spot else {
                continue;
            };
            let (kind, what) = match finding.kind {
                FindingKind::Home => (MarkerKind::GuessedHome, text::LEGEND_HOME_WORD),
                FindingKind::Work => (MarkerKind::GuessedWork, text::LEGEND_WORK_WORD),
                _ => (MarkerKind::GuessedPlace, text::LEGEND_PLACE_WORD),
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
            title: text::MARKER_CAR.into(),
        });
    }
    markers
}

/// The simulator view.
#[function_component(Simulator)]
pub fn simulator() -> Html {
    let state = use_reducer(|| {
        let (scenario, note) = saved::load(state::default_scenario());
        SimulatorState::new(scenario, note)
    });

    // Keep the visitor's scenario in this browser.
    use_effect_with(state.scenario.clone(), |scenario| {
        saved::save(scenario);
    });

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
                if !analysing {
                    timing::measure_since(timing::CHANGE_START, timing::PARAMETER_CHANGE);
                }
            }
        },
    );

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
    let on_pin = {
        let dispatcher = state.dispatcher();
        Callback::from(move |pin: Pin| dispatcher.dispatch(Action::ChoosePin(pin)))
    };
    let on_pick = {
        let on_edit = on_edit.clone();
        Callback::from(move |position| on_edit.emit(Action::PlacePin(position)))
    };
    let on_command = {
        let dispatcher = state.dispatcher();
        Callback::from(move |command: PlaybackCommand| {
            let command = if command == PlaybackCommand::Play && prefers_reduced_motion() {
                PlaybackCommand::SkipToEnd
            } else {
                command
            };
            dispatcher.dispatch(Action::Playback(command));
        })
    };
    let on_log_view = {
        let dispatcher = state.dispatcher();
        Callback::from(move |view| dispatcher.dispatch(Action::SetLogView(view)))
    };
    let dismiss_note = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(Action::DismissNote))
    };

    let note = state.note.map(|note| {
        html! {
            <div class="note" role="status" data-testid="saved-note">
                <p>{ note }</p>
                <button type="button" class="secondary" onclick={dismiss_note}>{ text::DISMISS }</button>
            </div>
        }
    });
    let error = state.error.as_ref().map(|message| {
        html! { <p class="error" role="alert" data-testid="run-error">{ message.clone() }</p> }
    });

    let plan = state
        .scenario
        .commuter
        .clone()
        .or_else(|| state.outcome.as_ref().map(|o| o.plan.clone()));
    let controls = html! {
        <ScenarioControls
            scenario={state.scenario.clone()}
            {plan}
            town={state.outcome.as_ref().map(|o| o.town.clone())}
            pin={state.pin}
            stop_draft={state.stop_draft.clone()}
            on_edit={on_edit.clone()}
            {on_pin} />
    };

    let Some(outcome) = state.outcome.clone() else {
        return html! {
            <section class="simulator" aria-labelledby="simulator-title">
                <h2 id="simulator-title">{ text::SIMULATOR_TITLE }</h2>
                <p class="lead">{ text::SIMULATOR_INTRO }</p>
                { for note }
                { for error.clone() }
                if state.error.is_none() {
                    <p class="loading" role="status">{ text::BUILDING_TOWN }</p>
                }
                { controls }
            </section>
        };
    };

    let minute = state.playback.minute;
    let rows_so_far = outcome.rows_by(minute);
    let complete = state.drive_complete();
    let markers = markers(&state, &outcome);
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
    let pick_label = state.pin.pick_label();
    let dossier: Rc<Dossier> = outcome.dossier.clone();
    // Current: the run and its dossier are for the scenario shown.
    let stale = !state.is_current() || outcome.dossier.analysing;

    html! {
        <section class="simulator" aria-labelledby="simulator-title"
            data-testid="simulator" data-generation={state.generation.to_string()}
            data-current={(!stale).to_string()} data-run-millis={format!("{:.1}", outcome.millis)}
            data-true-home={lon_lat(outcome.simulation.truth.home)}
            data-home-guess={outcome.dossier.first(FindingKind::Home).and_then(|f| f.spot).map(|(p, _)| lon_lat(p))}>
            <h2 id="simulator-title">{ text::SIMULATOR_TITLE }</h2>
            <p class="lead">{ text::SIMULATOR_INTRO }</p>
            { for note }
            { for error }
            <div class="sim-top">
                <div class="sim-map">
                    <Map town={outcome.town.clone()}
                        label={text::town_map_label(&outcome.town.name)}
                        markers={markers.clone()}
                        reading_cameras={reading}
                        {route}
                        on_pick={Some(on_pick)}
                        pick_label={pick_label} />
                    <PlaybackBar playback={state.playback} end_minute={outcome.end_minute} {on_command} />
                    <p class="status-line" data-testid="status-line">
                        { text::status_line(rows_so_far, outcome.rows.len(), complete) }
                    </p>
                    <Legend with_dossier={complete} />
                    <MapText town={outcome.town.clone()} markers={markers}
                        rows={outcome.rows.clone()} {rows_so_far} />
                </div>
                <div class="sim-side">{ controls }</div>
            </div>
            <div class="sim-results">
                <CaptureLog town={outcome.town.clone()} rows={outcome.rows.clone()} shown_until={rows_so_far}
                    fingerprint={outcome.fingerprint.clone()} view={state.log_view.clone()} on_view={on_log_view} />
                <DossierPanel town={outcome.town.clone()} {dossier} row_count={rows_so_far} {complete} />
            </div>
            <UniquenessChart uniqueness={state.uniqueness.clone()} work={*town_work} />
            <p class="visually-hidden" aria-live="polite">{ state.announcement.clone() }</p>
        </section>
    }
}
