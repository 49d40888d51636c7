//! The policy view: "who can see it" (the agencies that can query the car's reads under each
//! sharing setting) and the policy lab (retention, hit-only storage, sharing limits, fewer
//! cameras, and presets from real laws), with the dossier and the audience before and after.
//!
//! Owns one [`PolicyState`] reducer. Side effects live here: the deferred run of the
//! visitor's part of their saved scenario (through [`crate::views::shared_run`]: the town
//! and who can see it) and the re-analysis after each lever change, which runs in the
//! town-wide worker over the whole town's database ([`crate::views::town_desk`]). The parts it draws live in `policy/`.

pub mod access;
pub mod comparison;
pub mod lab;
pub mod state;

use std::collections::VecDeque;
use std::rc::Rc;

use yew::prelude::*;

use crate::analyst::policy::Policy as LabPolicy;
use crate::scenario::policy_lab::Comparison;
use crate::scenario::worker_protocol::{Reply, Request};
use crate::sim::TownMap;
use crate::text;
use crate::views::drawing_steps::use_drawing_steps;
use crate::views::shared_run::{self, Loading, SharedRun};
use crate::views::town_desk::DeskClient;
use access::WhoCanSeeIt;
use comparison::ComparisonTable;
use lab::LabControls;
use state::{Action, Lab, LabEdit, PolicyState};

/// The steps in which the view is drawn once its run is in (see [`use_drawing_steps`]).
const DRAWING_STEPS: u8 = 2;

#[derive(Properties, PartialEq)]
pub struct PolicyProps {
    /// A run to show at once (tests); without it the view runs the visitor's saved
    /// scenario, deferred so the page paints first.
    #[prop_or_default]
    pub run: Option<SharedRun>,
}

/// The policy view.
#[function_component(Policy)]
pub fn policy(props: &PolicyProps) -> Html {
    crate::language::use_language();
    // The preset a share link names.
    let state = use_reducer({
        let run = props.run.clone();
        move || {
            let index = crate::browser_address::policy();
            let lab = Lab::with_levers(index, &crate::browser_address::policy_levers());
            PolicyState {
                lab,
                ..run.map_or_else(PolicyState::default, PolicyState::ready)
            }
        }
    });
    // The address follows the levers: the preset they started from and those moved since.
    use_effect_with((state.lab.from, state.lab.levers()), |(from, levers)| {
        crate::browser_address::follow_policy(*from, levers.clone());
    });

    // Run the visitor's part of their scenario after the first paint.
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

    // The town-wide worker re-runs the analyst under the levers, over the whole town's
    // database; replies come in the order asked.
    let asked = use_mut_ref(VecDeque::<(u64, LabPolicy, Rc<TownMap>)>::new);
    let desk = use_memo((), {
        let dispatcher = state.dispatcher();
        let asked = asked.clone();
        move |_| {
            DeskClient::new(
                move |reply| {
                    let Reply::Compared(verdict) = reply else {
                        return;
                    };
                    let Some((generation, policy, town)) = asked.borrow_mut().pop_front() else {
                        return;
                    };
                    match verdict.open() {
                        Ok(verdict) => dispatcher.dispatch(Action::Compared {
                            generation,
                            comparison: Rc::new(Comparison::new(verdict, &town, &policy)),
                        }),
                        Err(message) => dispatcher.dispatch(Action::Loaded(Err(message))),
                    }
                },
                || (),
            )
        }
    });
    {
        let run = state.run.run().cloned();
        let lab = state.lab.clone();
        use_effect_with(
            (state.generation, run.is_some()),
            move |&(generation, _)| {
                if let Some(run) = run {
                    let policy = lab.policy(run.simulation.scenario.seed);
                    asked
                        .borrow_mut()
                        .push_back((generation, policy.clone(), run.town.clone()));
                    desk.ask(Request::ComparePolicy {
                        scenario: run.simulation.scenario.clone(),
                        policy,
                    });
                }
            },
        );
    }

    let intro = html! {
        <>
            <h2 id="policy-title">{ text::tools::policy_title() }</h2>
            <p class="lead">
                { text::tools::policy_intro() }{ crate::cite!("flock-evidence-policy") }{ crate::cite!("flock-ice-sharing") }
            </p>
        </>
    };
    // Drawn in three tasks: who can see it, then the lab's levers, then before/after (at
    // once, one task of about 60 ms on a loaded machine).
    let drawn = use_drawing_steps(state.run.run().is_some(), DRAWING_STEPS);
    let Some(run) = state.run.run().cloned() else {
        return state.run.waiting_section("policy", intro);
    };

    let on_edit = {
        let dispatcher = state.dispatcher();
        Callback::from(move |edit: LabEdit| dispatcher.dispatch(Action::Edit(edit)))
    };
    let computing = state.computing();
    let comparison = match state.comparison.clone() {
        Some(comparison) => html! { <ComparisonTable {comparison} stale={computing} /> },
        None => html! {
            <p class="loading busy" role="status"><span class="spinner" aria-hidden="true"></span>{ text::tools::comparing() }</p>
        },
    };

    html! {
        <section class="policy" aria-labelledby="policy-title" data-testid="policy"
            data-ready={(drawn >= DRAWING_STEPS).to_string()}
            data-computing={computing.to_string()} data-generation={state.generation.to_string()}
            data-town={run.town.name.clone()}>
            { intro }
            <WhoCanSeeIt town={run.town.clone()} current={state.lab.sharing} />
            if drawn >= 1 {
                <section class="policy-lab" aria-labelledby="lab-title">
                    <h3 id="lab-title" class="section-title">{ text::tools::lab_title() }</h3>
                    <p>{ text::tools::lab_intro() }{ crate::cite!("flock-evidence-policy") }{ crate::cite!("wyden-ftc-2025") }</p>
                    <div class="lab-grid">
                        <LabControls lab={state.lab.clone()} {on_edit} />
                        <div class="lab-result">
                            if drawn >= DRAWING_STEPS {
                                if computing && state.comparison.is_some() {
                                    <p class="busy" role="status"><span class="spinner" aria-hidden="true"></span>{ text::tools::comparing() }</p>
                                }
                                { comparison }
                            }
                        </div>
                    </div>
                </section>
            }
        </section>
    }
}
