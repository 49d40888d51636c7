//! The console's state: the shared run once loaded, the tool picked, every form's values,
//! the last search's result and the audit log, changed only through [`Action`]s by a pure
//! reducer.
//!
//! Loading the run and running a search are side effects (an effect's timer, a click
//! handler); they report back with actions. The reducer never searches or reads a clock.

use std::rc::Rc;

use yew::Reducible;

use super::audit::{AuditRow, row_for, town_agency};
use crate::scenario::console::{FormEdit, Forms, SearchResult, Tool};
use crate::scenario::worker_protocol::DatabaseSize;
pub use crate::views::shared_run::Loading;
use crate::views::shared_run::SharedRun;

/// Everything the console shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConsoleState {
    pub run: Loading,
    pub tool: Tool,
    pub forms: Forms,
    pub result: Option<Rc<SearchResult>>,
    pub audit: Vec<AuditRow>,
    /// The whole town's database, once the town-wide worker has it.
    pub database: Option<DatabaseSize>,
    /// A search is under way in the worker.
    pub searching: bool,
    /// The visitor's part of the run, drawn once the worker has the whole town and the
    /// forms' defaults for it.
    pub waiting: Option<SharedRun>,
}

/// Everything that changes the console.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The visitor's part of the run finished (from the load effect).
    Loaded(Result<SharedRun, String>),
    /// The town-wide worker holds the whole town: the database's size and the forms'
    /// defaults for it (from the prepare request).
    Prepared(Result<(DatabaseSize, Forms), String>),
    PickTool(Tool),
    Edit(FormEdit),
    /// The search button was pressed: the worker is searching.
    Searching,
    /// The database's size, with a search's answer.
    Database(DatabaseSize),
    /// A search finished (from the worker's reply): show it and log it.
    Searched(Rc<SearchResult>),
}

impl ConsoleState {
    /// A console with the visitor's part of a run, waiting for the worker.
    pub fn loaded(run: SharedRun) -> ConsoleState {
        ConsoleState {
            waiting: Some(run),
            ..ConsoleState::default()
        }
    }

    /// The run, when ready.
    pub fn outcome(&self) -> Option<&SharedRun> {
        self.run.run()
    }
}

impl Reducible for ConsoleState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Loaded(Ok(run)) => next.waiting = Some(run),
            Action::Loaded(Err(message)) => next.run = Loading::Failed(message),
            Action::Prepared(Ok((size, forms))) => {
                if let Some(run) = next.waiting.take() {
                    next.run = Loading::Ready(run);
                }
                next.database = Some(size);
                next.forms = forms;
            }
            Action::Prepared(Err(message)) => next.run = Loading::Failed(message),
            Action::PickTool(tool) if tool == self.tool => return self,
            Action::PickTool(tool) => next.tool = tool,
            Action::Edit(edit) => next.forms = self.forms.edited(edit),
            Action::Searching => next.searching = true,
            Action::Database(size) => next.database = Some(size),
            Action::Searched(result) => {
                next.searching = false;
                if let Some(run) = self.outcome()
                    && result.error.is_none()
                {
                    next.audit.push(row_for(
                        self.audit.len() as u32 + 1,
                        town_agency(&run.town),
                        self.forms.reason(),
                        self.forms.scope.networks(),
                        &result,
                    ));
                }
                next.result = Some(result);
            }
        }
        Rc::new(next)
    }
}
