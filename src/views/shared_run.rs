//! The visitor's simulation, shared by the views that only read it (the analyst console,
//! the policy lab and the letter), so they need none of the simulator's state.
//!
//! The simulator saves the visitor's scenario in this browser, and a run is deterministic,
//! so these views load the saved scenario and run its visitor's part ([`visitor_part`]:
//! the town, the car and its companions, tens of milliseconds) on the page, in slices of
//! about [`SLICE_MILLIS`](crate::page_slices::SLICE_MILLIS) ([`run_deferred`], paced by [`crate::page_slices`], cancelled when
//! the view that asked goes); the whole town's database stays in the town-wide worker
//! ([`crate::views::town_desk`]).
//!
//! It must not change the scenario or save anything: the simulator owns both.

use std::rc::Rc;

use yew::prelude::*;

use super::simulator::{saved, state};
use crate::page_slices::{PageSlices, SliceRun, now_millis, run_in_slices};
use crate::scenario::Shared;
use crate::scenario::run::{self, Run};
use crate::sim::{DetailedRun, Scenario};
use crate::text;

/// A finished run, compared by pointer (runs are large; the same `Rc` is the same run).
pub type SharedRun = Shared<Run>;

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
            Loading::Failed(message) => failure(message),
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

/// A failed run's message: when the run is on an imported town this page does not hold,
/// [`town_not_held`]'s note and its way back instead of the run's own words.
fn failure(message: &str) -> Html {
    town_not_held(&visitor_scenario())
        .unwrap_or_else(|| html! { <p class="error" role="alert">{ message.to_owned() }</p> })
}

/// When the visitor's run, `scenario` ([`visitor_scenario`]), is on an imported town this
/// page does not hold, what to say and the way back: the visitor's own run whose kept copy this browser lost (cleared, or no
/// longer readable) is told so, not blamed on a link as a received link's run is, and both
/// get the link to Your own town.
pub fn town_not_held(scenario: &Scenario) -> Option<Html> {
    let file = scenario
        .town_file
        .as_ref()
        .filter(|file| !crate::scenario::towns::holds(file))?;
    let message = if crate::browser_address::linked_scenario().is_some() {
        crate::scenario::towns::file_needed(file)
    } else {
        text::town_copy_lost(file.name.as_str())
    };
    Some(html! {
        <div class="error-box" role="alert" data-testid="town-not-held">
            <p class="error">{ message }</p>
            <p><a href={super::View::Import.hash()} data-testid="town-load">{ text::town_file_load() }</a></p>
        </div>
    })
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
        .and_then(|detailed| run::unanalysed(0, detailed, 0.0, now_millis))
        .map(Rc::new)
}

/// The visitor's run being made after the first paint; dropping it (an effect's cleanup)
/// cancels the slices that have not run yet.
pub struct DeferredRun {
    _work: SliceRun,
}

/// Runs the visitor's part of their scenario after the current frame has painted: the town
/// in a task or two of its own (its streets and places, then its cameras, once the slice is
/// used up), the car's drives in slices of about [`SLICE_MILLIS`](crate::page_slices::SLICE_MILLIS)
/// ([`run::simulate_commuter_whole_paced`]), then indexing its reads in a task of its own; hands
/// the result to `done`.
pub fn run_deferred(done: impl FnOnce(Result<Shared<Run>, String>) + 'static) -> DeferredRun {
    let work = async move {
        let mut pace = PageSlices::new();
        pace.pause().await;
        let scenario = visitor_scenario();
        let simulated = run::simulate_commuter_whole_paced(&scenario, &mut pace).await;
        pace.pause().await;
        done(indexed(simulated).map(Shared));
    };
    DeferredRun {
        _work: run_in_slices(work),
    }
}
