//! The visitor's simulation, shared by the views that only read it (the analyst console,
//! the policy lab and the letter), so they need none of the simulator's state.
//!
//! The simulator saves the visitor's scenario in this browser, and a run is deterministic,
//! so these views load the saved scenario and run its visitor's part ([`visitor_part`]:
//! the town, the car and its companions, in milliseconds) on the page; the whole town's
//! database stays in the town-wide worker ([`crate::views::town_desk`]).
//!
//! It must not change the scenario or save anything: the simulator owns both.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::scenario::Shared;
use crate::scenario::run::{self, Run};

/// A finished run, compared by pointer (runs are large; the same `Rc` is the same run).
pub type SharedRun = Shared<Run>;
use super::simulator::{saved, state, timing};
use crate::sim::{DetailedRun, Scenario};
use crate::text;

/// The run of the share link the page opened while the visitor has changed nothing, else
/// the scenario the visitor last used in the simulator (the default one if none was saved
/// or it cannot be read).
pub fn visitor_scenario() -> Scenario {
    crate::browser_address::linked_scenario()
        .unwrap_or_else(|| saved::scenario(state::default_scenario()))
}

/// Whether the visitor's run is ready, for a view's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Loading {
    #[default]
    Running,
    Ready(Shared<Run>),
    Failed(String),
}

impl Loading {
    /// A view's section while its run is not ready: its heading and intro, then a spinner or
    /// the error. `name` is the section's class and test id. Empty once the run is ready.
    pub fn waiting_section(&self, name: &'static str, intro: Html) -> Html {
        let status = match self {
            Loading::Ready(_) => return Html::default(),
            Loading::Running => html! {
                <p class="loading busy" role="status"><span class="spinner" aria-hidden="true"></span>{ text::running_simulation() }</p>
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
    pub fn run(&self) -> Option<&Shared<Run>> {
        match self {
            Loading::Ready(run) => Some(run),
            _ => None,
        }
    }
}

/// The visitor's part of `scenario` (the town, the visitor's car and its companions, no
/// analysis): milliseconds, enough for a view to draw the town and fill its forms while the
/// whole town's database waits in the town-wide worker.
pub fn visitor_part(scenario: &Scenario) -> Result<Rc<Run>, String> {
    indexed(run::simulate_commuter(scenario))
}

/// The second step of [`visitor_part`]: the simulated car's reads indexed, ready to draw.
fn indexed(simulated: Result<DetailedRun, String>) -> Result<Rc<Run>, String> {
    simulated
        .and_then(|detailed| run::unanalysed(0, detailed, 0.0, timing::now_millis))
        .map(Rc::new)
}

/// The visitor's run being made after the first paint; dropping it (an effect's cleanup)
/// cancels the steps that have not run yet.
pub struct DeferredRun {
    _steps: Rc<RefCell<Vec<Timeout>>>,
}

/// Runs the visitor's part of their scenario after the current frame has painted, in three
/// tasks (the town, the car's drives, then indexing its reads), so none blocks the page
/// long, and hands the result to `done`.
pub fn run_deferred(done: impl FnOnce(Result<Shared<Run>, String>) + 'static) -> DeferredRun {
    let steps = Rc::new(RefCell::new(Vec::new()));
    let later = Rc::downgrade(&steps);
    steps.borrow_mut().push(Timeout::new(0, move || {
        let scenario = visitor_scenario();
        let town = run::commuter_town(&scenario);
        let Some(steps) = later.upgrade() else { return };
        let later = Rc::downgrade(&steps);
        steps.borrow_mut().push(Timeout::new(0, move || {
            let simulated = town.and_then(|town| run::simulate_commuter_in(&scenario, town));
            let Some(steps) = later.upgrade() else { return };
            steps.borrow_mut().push(Timeout::new(0, move || {
                done(indexed(simulated).map(Shared));
            }));
        }));
    }));
    DeferredRun { _steps: steps }
}
