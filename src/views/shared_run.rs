//! The visitor's simulation, shared by the views that only read it (the analyst console
//! and the policy lab), so they need none of the simulator's state.
//!
//! The simulator saves the visitor's scenario in this browser, and a run is deterministic,
//! so these views load the saved scenario and run it again. [`outcome_for`] keeps the last
//! `(scenario, outcome)` pair in a thread-local memo and recomputes only when the scenario
//! differs, so switching between the console and the policy lab runs the simulation once.
//!
//! The simulator reads the same memo ([`cached`]) and fills it when it runs the whole town
//! on the page, so a view visited after another never runs the same scenario twice.
//!
//! It must not change the scenario or save anything: the simulator owns both.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::simulator::outcome::{self, Outcome};
use super::simulator::{saved, state, timing};
use crate::sim::Scenario;
use crate::text;

thread_local! {
    static LAST: RefCell<Option<(Scenario, Rc<Outcome>)>> = const { RefCell::new(None) };
}

/// The memo's outcome of `scenario` (the whole town's run), if it is the last one run.
pub fn cached(scenario: &Scenario) -> Option<Rc<Outcome>> {
    LAST.with_borrow(|last| {
        last.as_ref()
            .filter(|(s, _)| s == scenario)
            .map(|(_, o)| o.clone())
    })
}

/// The outcome of `scenario`: the memo's when the scenario is the last one asked for,
/// otherwise a fresh run (slow: call it deferred). An error is a message for the visitor.
pub fn outcome_for(scenario: &Scenario) -> Result<Rc<Outcome>, String> {
    if let Some(outcome) = cached(scenario) {
        return Ok(outcome);
    }
    let outcome = Rc::new(outcome::run(0, scenario, timing::now_millis)?);
    LAST.set(Some((scenario.clone(), outcome.clone())));
    Ok(outcome)
}

/// The scenario the visitor last used in the simulator (the default one if none was saved
/// or it cannot be read).
pub fn visitor_scenario() -> Scenario {
    saved::scenario(state::default_scenario())
}

/// A finished run, compared by pointer (outcomes are large; the same `Rc` is the same run).
#[derive(Clone, Debug)]
pub struct Run(pub Rc<Outcome>);

impl PartialEq for Run {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Run {
    type Target = Outcome;

    fn deref(&self) -> &Outcome {
        &self.0
    }
}

/// Whether the visitor's run is ready, for a view's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Loading {
    #[default]
    Running,
    Ready(Run),
    Failed(String),
}

impl Loading {
    /// A view's section while its run is not ready: its heading and intro, then a spinner or
    /// the error. `name` is the section's class and test id. Empty once the run is ready.
    pub fn waiting_section(&self, name: &'static str, intro: Html) -> Html {
        let status = match self {
            Loading::Ready(_) => return Html::default(),
            Loading::Running => html! {
                <p class="loading busy" role="status"><span class="spinner" aria-hidden="true"></span>{ text::RUNNING_SIMULATION }</p>
            },
            Loading::Failed(message) => {
                html! { <p class="error" role="alert">{ message.clone() }</p> }
            }
        };
        html! {
            <section class={name} aria-labelledby={format!("{name}-title")} data-testid={name} data-ready="false">
                { intro }
                { status }
            </section>
        }
    }

    /// The run, when ready.
    pub fn run(&self) -> Option<&Run> {
        match self {
            Loading::Ready(run) => Some(run),
            _ => None,
        }
    }
}

/// Runs the visitor's scenario after the current frame has painted and hands the result to
/// `done`; dropping the returned timer (an effect's cleanup) cancels it.
pub fn run_deferred(done: impl FnOnce(Result<Run, String>) + 'static) -> Timeout {
    Timeout::new(0, move || {
        done(outcome_for(&visitor_scenario()).map(Run));
    })
}
