//! "Cameras on my route" (`#/route`, in the tools module, opened from the link under the
//! simulator's dossier): the visitor sets how many extra minutes they would drive, and the
//! panel shows, for the commute each way of the visitor's run, the fastest route's cameras
//! and whose they are beside the route that passes the fewest within that budget, then what
//! the analyst still reconstructs when every commute takes it.
//!
//! The answer comes from the town-wide worker ([`Request::Commute`]; it re-runs the
//! analyst), through a desk of the panel's own, started on the first request. The view and
//! its words live in the tools module, so the first visit's download leaves them out; the
//! run is the visitor's ([`shared_run::visitor_scenario`]: the share link's or the saved
//! one). Holds only the panel's own state.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::typing::use_typing;
use crate::scenario::commute::{AnalystReach, CommuteExposure, MAX_BUDGET_MINUTES, RouteSummary};
use crate::scenario::worker_protocol::{Reply, Request};
use crate::sim::Scenario;
use crate::text;
use crate::text::tools as words;
use crate::views::View;
use crate::views::shared_run;
use crate::views::town_desk::DeskClient;

/// The view: the visitor's run's commute, and the way back to the simulator.
#[function_component(RouteView)]
pub fn route_view() -> Html {
    crate::language::use_language();
    let scenario = use_memo((), |_| shared_run::visitor_scenario());
    html! {
        <section class="content-page route-view" aria-labelledby="route-title" data-testid="route-view">
            <h2 id="route-title">{ text::route_title() }</h2>
            // A run on an imported town this page no longer holds has no route to check.
            if let Some(note) = shared_run::town_not_held(&scenario) {
                { note }
            } else {
                <RoutePanel scenario={Scenario::clone(&scenario)} />
            }
            <p><a href={View::Simulator.hash()} data-testid="route-back">{ words::route_back() }</a></p>
        </section>
    }
}

#[derive(Properties, Clone, PartialEq)]
pub struct RoutePanelProps {
    /// The run on screen.
    pub scenario: Scenario,
}

/// The panel's answer as it arrives.
#[derive(Clone, Debug, PartialEq)]
enum Answer {
    Idle,
    Working,
    Ready(Rc<CommuteExposure>),
    Failed(String),
}

fn summary_cell(route: &RouteSummary, fastest: Option<&RouteSummary>) -> Html {
    let extra = fastest.map(|f| route.minutes.saturating_sub(f.minutes));
    html! {
        <td>
            { words::route_summary(route.minutes, route.cameras, extra) }
            <br />
            <span class="hint">{ words::route_operators(&route.operators) }</span>
        </td>
    }
}

fn reach(avoiding: bool, reach: &AnalystReach) -> String {
    words::route_analyst(
        avoiding,
        reach.reads,
        reach.home_error_meters.map(|m| (m, reach.home_right)),
        reach.work_error_meters.map(|m| (m, reach.work_right)),
    )
}

/// The panel.
#[function_component(RoutePanel)]
pub fn route_panel(props: &RoutePanelProps) -> Html {
    crate::language::use_language();
    let budget = use_state(|| 5u32);
    let answer = use_state(|| Answer::Idle);
    let desk: Rc<std::cell::RefCell<Option<DeskClient>>> = use_mut_ref(|| None);

    // A new run makes the last answer stale.
    {
        let answer = answer.clone();
        use_effect_with(props.scenario.clone(), move |_| answer.set(Answer::Idle));
    }

    let check = {
        let (answer, desk, budget) = (answer.clone(), desk.clone(), budget.clone());
        let scenario = props.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            if *answer == Answer::Working {
                return;
            }
            answer.set(Answer::Working);
            let mut desk = desk.borrow_mut();
            let client = desk.get_or_insert_with(|| {
                let answer = answer.clone();
                DeskClient::new(
                    move |reply| {
                        if let Reply::Commute(result) = reply {
                            answer.set(
                                match result.and_then(|json| CommuteExposure::from_json(&json)) {
                                    Ok(exposure) => Answer::Ready(Rc::new(exposure)),
                                    Err(message) => Answer::Failed(words::route_failed(message)),
                                },
                            );
                        }
                    },
                    || (),
                )
            });
            client.ask(Request::Commute {
                scenario: scenario.clone(),
                budget_minutes: *budget,
            });
        })
    };
    // What is typed survives the answer's arrival; a number the field cannot take is said
    // beside it, and the check uses the last good budget (or the nearest allowed one).
    let budget_typing = use_typing();
    let budget_problem = use_state(|| None::<String>);
    let onchange = {
        let (budget, budget_problem, typing) = (
            budget.clone(),
            budget_problem.clone(),
            budget_typing.clone(),
        );
        Callback::from(move |event: Event| {
            typing.done();
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let used = match input.value().trim().parse::<u32>() {
                Ok(minutes) if minutes <= MAX_BUDGET_MINUTES => {
                    budget_problem.set(None);
                    budget.set(minutes);
                    return;
                }
                Ok(_) => MAX_BUDGET_MINUTES,
                Err(_) => *budget,
            };
            budget_problem.set(Some(words::route_budget_problem(MAX_BUDGET_MINUTES, used)));
            input.set_value(&used.to_string());
            budget.set(used);
        })
    };

    let result = match &*answer {
        Answer::Idle => Html::default(),
        Answer::Working => html! {
            <p class="loading busy"><span class="spinner" aria-hidden="true"></span>{ words::route_working() }</p>
        },
        Answer::Failed(message) => html! {
            <p class="error" data-testid="route-error">{ message.clone() }</p>
        },
        Answer::Ready(exposure) if exposure.legs.is_empty() => {
            html! { <p>{ words::route_no_commute() }</p> }
        }
        Answer::Ready(exposure) => {
            let (fastest, avoiding) = exposure.round_trip_cameras();
            let rows = exposure.legs.iter().map(|leg| {
                let direction = if leg.to_work {
                    words::route_to_work()
                } else {
                    words::route_to_home()
                };
                html! {
                    <tr>
                        <th scope="row">{ direction }</th>
                        { summary_cell(&leg.fastest, None) }
                        { summary_cell(&leg.avoiding, Some(&leg.fastest)) }
                    </tr>
                }
            });
            html! {
                <div data-testid="route-result" data-budget={exposure.budget_minutes.to_string()}
                    data-fastest-cameras={fastest.to_string()} data-avoiding-cameras={avoiding.to_string()}
                    data-extra-minutes={exposure.round_trip_extra_minutes().to_string()}
                    data-fastest-reads={exposure.as_driven.reads.to_string()}
                    data-avoiding-reads={exposure.avoiding.reads.to_string()}>
                    <table class="route-table">
                        <thead><tr>
                            <td></td>
                            <th scope="col">{ words::route_fastest() }</th>
                            <th scope="col">{ words::route_avoiding() }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                    <p data-testid="route-round-trip"><strong>{ words::route_round_trip(fastest, avoiding, exposure.round_trip_extra_minutes(), exposure.budget_minutes) }</strong></p>
                    <p data-testid="route-analyst-fastest">{ reach(false, &exposure.as_driven) }</p>
                    // The way round is worth its own sentence only when it passes fewer
                    // cameras: otherwise it is the fastest way's sentence again.
                    if avoiding < fastest {
                        <p data-testid="route-analyst-avoiding">{ reach(true, &exposure.avoiding) }</p>
                    }
                    <p class="hint">{ words::route_only_commute() }</p>
                </div>
            }
        }
    };
    let status = match &*answer {
        Answer::Ready(exposure) if !exposure.legs.is_empty() => {
            let (fastest, avoiding) = exposure.round_trip_cameras();
            words::route_round_trip(
                fastest,
                avoiding,
                exposure.round_trip_extra_minutes(),
                exposure.budget_minutes,
            )
        }
        Answer::Failed(message) => message.clone(),
        _ => String::new(),
    };
    html! {
        <div class="panel route-panel" data-testid="route-panel">
            <p>{ words::route_intro() }{ " " }{ crate::cite!("deflock-map") }</p>
            <div class="field">
                <label for="route-budget">{ words::route_budget_label() }</label>
                <div class="range-row">
                    <input id="route-budget" type="number" data-testid="route-budget" inputmode="numeric"
                        min="0" max={MAX_BUDGET_MINUTES.to_string()} step="1"
                        value={budget_typing.shown(budget.to_string())} oninput={budget_typing.on_input()}
                        aria-invalid={budget_problem.is_some().then_some("true")}
                        aria-describedby={budget_problem.is_some().then_some("route-budget-problem")} {onchange} />
                    <button type="button" class="secondary" data-testid="route-check"
                        aria-disabled={(*answer == Answer::Working).then_some("true")} onclick={check}>{ words::route_check() }</button>
                </div>
                if let Some(problem) = (*budget_problem).clone() {
                    <span class="error" id="route-budget-problem" role="alert" data-testid="route-budget-problem">{ problem }</span>
                }
            </div>
            <p class="visually-hidden" role="status" aria-live="polite">{ status }</p>
            { result }
        </div>
    }
}
