//! The analyst console: the vendor's search tools (Lookup, attribute search, Multi-Geo,
//! Convoy, Stakeout, hot list) run on the visitor's simulated database, with results on the
//! town map and in a list, and every search written to an audit log.
//!
//! Owns one [`ConsoleState`] reducer. Side effects live here: the deferred run of the
//! visitor's part of their saved scenario (through [`crate::views::shared_run`], so it needs
//! none of the simulator's state: the town and the forms' defaults) and the searches, which
//! run in the town-wide worker over the whole town's database
//! ([`crate::views::town_desk`]). The parts it draws live in `console/` and hold no state;
//! the searches themselves are the pure [`crate::scenario::console::run_search`].

pub mod audit;
pub mod forms;
pub mod picker;
pub mod results;
pub mod state;

use std::rc::Rc;

use yew::prelude::*;

use crate::components::map::{Legend, Map, Marker, MarkerKind};
use crate::page_slices::now_millis;
use crate::scenario::console::{FormEdit, SearchError, SearchResult, Tool, searchable_places};
use crate::scenario::worker_protocol::{Reply, Request};
use crate::text;
use crate::views::drawing_steps::use_drawing_steps;
use crate::views::shared_run::{self, SharedRun};
use crate::views::town_desk::DeskClient;
use audit::AuditLog;
use forms::ToolForm;
use picker::ToolPicker;
use results::Results;
use state::{Action, ConsoleState, Loading};

/// The steps in which the console is drawn once its run is in (see [`use_drawing_steps`]).
const DRAWING_STEPS: u8 = 3;

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    /// A run to show at once (tests); without it the console runs the visitor's saved
    /// scenario, deferred so the page paints first.
    #[prop_or_default]
    pub run: Option<SharedRun>,
}

/// The analyst console view.
#[function_component(Console)]
pub fn console(props: &ConsoleProps) -> Html {
    crate::language::use_language();
    let state = use_reducer({
        let run = props.run.clone();
        move || run.map_or_else(ConsoleState::default, ConsoleState::loaded)
    });

    // Run the visitor's part of their scenario after the first paint.
    {
        let dispatcher = state.dispatcher();
        let wanted = matches!(state.run, Loading::Running) && state.waiting.is_none();
        use_effect_with(wanted, move |&wanted| {
            let timer = wanted.then(|| {
                shared_run::run_deferred(move |result| dispatcher.dispatch(Action::Loaded(result)))
            });
            move || drop(timer)
        });
    }

    // The whole town's database lives in the town-wide worker: it answers the searches.
    let started = use_mut_ref(|| 0.0_f64);
    let desk = use_memo((), {
        let dispatcher = state.dispatcher();
        let started = started.clone();
        move |_| {
            DeskClient::new(
                move |reply| match reply {
                    Reply::Prepared(prepared) => dispatcher.dispatch(Action::Prepared(
                        prepared.open().map(|p| (p.database, p.into_forms())),
                    )),
                    Reply::Searched(answer) => {
                        let result = match answer.open() {
                            Ok(searched) => {
                                dispatcher.dispatch(Action::Database(searched.database));
                                SearchResult {
                                    millis: now_millis() - *started.borrow(),
                                    ..searched.result
                                }
                            }
                            Err(message) => SearchResult {
                                error: Some(SearchError::Desk(message)),
                                ..SearchResult::default()
                            },
                        };
                        dispatcher.dispatch(Action::Searched(Rc::new(result)));
                    }
                    _ => {}
                },
                || (),
            )
        }
    });

    // Once the visitor's part is in, have the worker simulate the whole town and fill the
    // forms' defaults from it.
    {
        let desk = desk.clone();
        let scenario = state
            .waiting
            .as_ref()
            .map(|run| run.simulation.scenario.clone());
        use_effect_with(scenario, move |scenario| {
            if let Some(scenario) = scenario {
                desk.ask(Request::Prepare {
                    scenario: scenario.clone(),
                });
            }
        });
    }

    let places = use_memo(
        state.outcome().cloned(),
        |run: &Option<SharedRun>| -> Vec<(crate::sim::PlaceId, String)> {
            run.as_ref().map_or_else(Vec::new, |r| searchable_places(r))
        },
    );

    let intro = html! {
        <>
            <h2 id="console-title">{ text::tools::console_title() }</h2>
            <p class="lead">
                { text::tools::console_intro() }{ crate::cite!("haveibeenflocked-search-types") }{ crate::cite!("flock-data-privacy") }
            </p>
        </>
    };

    // Drawn in four tasks (each under 50 ms on a quiet machine; at once it was one of
    // about 190 ms): the tool picker first, then the form, then the map, then the results
    // and the audit log.
    let drawn = use_drawing_steps(state.run.run().is_some(), DRAWING_STEPS);
    let Some(run) = state.run.run().cloned() else {
        return state.run.waiting_section("console", intro);
    };

    let on_pick = {
        let dispatcher = state.dispatcher();
        Callback::from(move |tool: Tool| dispatcher.dispatch(Action::PickTool(tool)))
    };
    let on_edit = {
        let dispatcher = state.dispatcher();
        Callback::from(move |edit: FormEdit| dispatcher.dispatch(Action::Edit(edit)))
    };
    let on_search = {
        let dispatcher = state.dispatcher();
        let scenario = run.simulation.scenario.clone();
        let forms = state.forms.clone();
        let tool = state.tool;
        let desk = desk.clone();
        Callback::from(move |()| {
            *started.borrow_mut() = now_millis();
            dispatcher.dispatch(Action::Searching);
            desk.ask(Request::Search {
                scenario: scenario.clone(),
                forms: forms.as_sent(),
                tool,
            });
        })
    };

    let (markers, lit) = match &state.result {
        Some(result) => (
            result
                .areas
                .iter()
                .map(|&(position, radius)| Marker {
                    kind: MarkerKind::GuessedPlace,
                    position,
                    radius_meters: Some(radius),
                    title: text::tools::searched_area().into(),
                })
                .collect::<Vec<_>>(),
            result.cameras.clone(),
        ),
        None => (Vec::new(), Vec::new()),
    };

    html! {
        <section class="console" aria-labelledby="console-title" data-testid="console"
            data-ready={(drawn >= DRAWING_STEPS).to_string()}
            data-plate={run.commuter_plate().as_str().to_owned()} data-town={run.town.name.clone()}>
            { intro }
            <p class="panel-note" data-testid="console-database">{
                match state.database {
                    Some(size) => text::tools::console_database(size.reads, size.plates, run.simulation.scenario.days),
                    None => text::tools::console_database_loading().to_owned(),
                }
            }</p>
            <ToolPicker tool={state.tool} {on_pick} />
            <div class="console-top">
                <div class="console-form">
                    if drawn >= 1 {
                        <ToolForm tool={state.tool} forms={state.forms.clone()} places={places.clone()}
                            days={run.simulation.scenario.days} {on_edit} {on_search} />
                    }
                </div>
                <div class="console-map">
                    if drawn >= 2 {
                        <Map town={run.town.clone()} label={text::tools::console_map_label()}
                            {markers} reading_cameras={lit} />
                        <p class="panel-note">{ text::tools::console_map_note() }</p>
                        <Legend with_dossier={true} />
                    }
                </div>
            </div>
            <div class="console-bottom">
                if drawn >= DRAWING_STEPS {
                    <Results result={state.result.clone()} />
                    <AuditLog rows={state.audit.clone()} />
                }
            </div>
        </section>
    }
}
