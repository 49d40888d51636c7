//! Presenter mode's state: the visitor's run (for the map), the story's numbers from the
//! town-wide worker, the deck being prepared or presented, and the law the before/after step
//! shows; changed only through [`Action`]s by a pure reducer.
//!
//! Loading the run, asking the worker, keys, full screen and the notes window are side
//! effects in `present.rs`; they report back with actions.

use std::rc::Rc;

use yew::Reducible;

use crate::analyst::policy::presets;
use crate::scenario::presentation::facts::StoryFacts;
use crate::scenario::presentation::law::Law;
use crate::scenario::presentation::opening::default_law;
use crate::scenario::presentation::{Command, Deck, Presentation, Step};
pub use crate::views::shared_run::Loading;
use crate::views::shared_run::SharedRun;

/// Everything presenter mode shows.
#[derive(Clone, Debug, PartialEq)]
pub struct PresentState {
    pub run: Loading,
    /// The story's numbers for the run and the chosen law, once the worker has them.
    pub facts: Option<Result<Rc<StoryFacts>, String>>,
    pub show: Presentation,
    /// False while the presenter prepares the deck; true while presenting.
    pub presenting: bool,
    /// The rules the before/after step shows: a preset, or the policy lab's set-up the link
    /// carries.
    pub law: Law,
    /// The browser refused the last try to open the notes window (a pop-up blocker).
    pub notes_blocked: bool,
}

impl PresentState {
    /// A presenter about to prepare `deck`, with `law` (see
    /// [`crate::scenario::presentation::opening`]) for the before/after step; or, with a
    /// `resumed` show (a reload mid-talk, [`crate::scenario::presentation::kept`]), back in
    /// that show at its step.
    pub fn new(deck: Deck, law: Law, resumed: Option<Presentation>) -> PresentState {
        PresentState {
            run: Loading::Running,
            facts: None,
            presenting: resumed.is_some(),
            show: resumed.unwrap_or_else(|| Presentation::new(deck)),
            law: if known(law) {
                law
            } else {
                Law::Preset(default_law())
            },
            notes_blocked: false,
        }
    }
}

/// Whether `law` is one the before/after step can show.
fn known(law: Law) -> bool {
    match law {
        Law::Preset(index) => index < presets().len(),
        Law::Lab => true,
    }
}

/// Everything that changes presenter mode.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The visitor's part of the run is ready (from the load effect).
    Loaded(Result<SharedRun, String>),
    /// The worker's numbers for the run and the law.
    Facts(Result<Rc<StoryFacts>, String>),
    /// A key, a clicker, a swipe, a button or the notes window.
    Command(Command),
    /// The notes window asked for a step.
    GoTo(usize),
    Hide(Step),
    Show(Step),
    Shift(Step, isize),
    /// Other rules for the before/after step.
    Law(Law),
    Start,
    /// Back to preparing (Esc).
    Stop,
    /// Whether the notes window opened when asked (false: the browser blocked it).
    NotesOpened(bool),
}

impl Reducible for PresentState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Loaded(Ok(run)) => next.run = Loading::Ready(run),
            Action::Loaded(Err(message)) => next.run = Loading::Failed(message),
            Action::Facts(facts) => next.facts = Some(facts),
            Action::Command(Command::Leave) => next.presenting = false,
            Action::Command(command) => {
                next.show.apply(command);
            }
            Action::GoTo(index) => next.show.go_to(index),
            Action::Hide(step) => {
                next.show.deck.hide(step);
                next.show = Presentation::new(next.show.deck);
            }
            Action::Show(step) => {
                next.show.deck.show(step);
                next.show = Presentation::new(next.show.deck);
            }
            Action::Shift(step, by) => {
                next.show.deck.shift(step, by);
                next.show = Presentation::new(next.show.deck);
            }
            Action::Law(law) if known(law) && law != next.law => {
                next.law = law;
                next.facts = None;
            }
            Action::Law(_) => return self,
            Action::Start => {
                next.show.go_to(0);
                next.presenting = true;
            }
            Action::Stop => next.presenting = false,
            Action::NotesOpened(opened) => next.notes_blocked = !opened,
        }
        Rc::new(next)
    }
}
