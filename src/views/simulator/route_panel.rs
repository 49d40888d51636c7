//! "Cameras on my route", beside the dossier: the visitor sets how many extra minutes
//! they would drive, and the panel shows, for the commute each way, the fastest route's
//! cameras and whose they are beside the route that passes the fewest within that budget,
//! then what the analyst still reconstructs when every commute takes it.
//!
//! The answer comes from the town-wide worker ([`Request::Commute`]; it re-runs the
//! analyst), through a desk of the panel's own, started on the first request, so it never
//! waits behind the whole town's run. Holds only the panel's own state.

use std::rc::Rc;

use yew::prelude::*;

use crate::scenario::commute::{AnalystReach, CommuteExposure, MAX_BUDGET_MINUTES, RouteSummary};
use crate::scenario::worker_protocol::{Reply, Request};
use crate::sim::Scenario;
use crate::text;
use crate::views::town_desk::DeskClient;

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
            { text::route_summary(route.minutes, route.cameras, extra) }
            <br />
            <span class="hint">{ text::route_operators(&route.operators) }</span>
        </td>
    }
}

fn reach(avoiding: bool, reach: &AnalystReach) -> String {
    text::route_analyst(
        avoiding,
        reach.reads,
        reach.home_error_meters.map(|m| (m, reach.home_right)),
        reach.work_error_meters.map(|m| (m, reach.work_right)),
    )
}

/// The panel.
#[function_component(RoutePanel)]
pub fn route_panel(props: &RoutePanelProps) -> Html {
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
            answer.set(Answer::Working);
            let mut desk = desk.borrow_mut();
            let client = desk.get_or_insert_with(|| {
                let answer = answer.clone();
                DeskClient::new(
                    move |reply| {
                        if let Reply::Commute(result) = reply {
                            answer.set(match result {
                                Ok(exposure) => Answer::Ready(Rc::new(exposure)),
                                Err(message) => Answer::Failed(text::route_failed(&message)),
                            });
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
    let onchange = {
        let budget = budget.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Ok(minutes) = input.value().trim().parse::<u32>() {
                budget.set(minutes.min(MAX_BUDGET_MINUTES));
            }
        })
    };

    let result = match &*answer {
        Answer::Idle => Html::default(),
        Answer::Working => html! {
            <p class="loading busy"><span class="spinner" aria-hidden="true"></span>{ text::ROUTE_WORKING }</p>
        },
        Answer::Failed(message) => html! {
            <p class="error" data-testid="route-error">{ message.clone() }</p>
        },
        Answer::Ready(exposure) if exposure.legs.is_empty() => {
            html! { <p>{ text::ROUTE_NO_COMMUTE }</p> }
        }
        Answer::Ready(exposure) => {
            let (fastest, avoiding) = exposure.round_trip_cameras();
            let rows = exposure.legs.iter().map(|leg| {
                let direction = if leg.to_work {
                    text::ROUTE_TO_WORK
                } else {
                    text::ROUTE_TO_HOME
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
                            <th scope="col">{ text::ROUTE_FASTEST }</th>
                            <th scope="col">{ text::ROUTE_AVOIDING }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                    <p data-testid="route-round-trip"><strong>{ text::route_round_trip(fastest, avoiding, exposure.round_trip_extra_minutes(), exposure.budget_minutes) }</strong></p>
                    <p data-testid="route-analyst-fastest">{ reach(false, &exposure.as_driven) }</p>
                    <p data-testid="route-analyst-avoiding">{ reach(true, &exposure.avoiding) }</p>
                    <p class="hint">{ text::ROUTE_ONLY_COMMUTE }</p>
                </div>
            }
        }
    };
    let status = match &*answer {
        Answer::Ready(exposure) if !exposure.legs.is_empty() => {
            let (fastest, avoiding) = exposure.round_trip_cameras();
            text::route_round_trip(
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
        <section class="panel route-panel" aria-labelledby="route-title" data-testid="route-panel">
            <h3 id="route-title">{ text::ROUTE_TITLE }</h3>
            <p>{ text::ROUTE_INTRO }{ " " }<crate::components::citation::Cite id="deflock-map" /></p>
            <div class="field">
                <label for="route-budget">{ text::ROUTE_BUDGET_LABEL }</label>
                <div class="range-row">
                    <input id="route-budget" type="number" data-testid="route-budget" inputmode="numeric"
                        min="0" max={MAX_BUDGET_MINUTES.to_string()} step="1"
                        value={budget.to_string()} {onchange} />
                    <button type="button" class="secondary" data-testid="route-check"
                        disabled={*answer == Answer::Working} onclick={check}>{ text::ROUTE_CHECK }</button>
                </div>
            </div>
            <p class="visually-hidden" role="status" aria-live="polite">{ status }</p>
            { result }
        </section>
    }
}
