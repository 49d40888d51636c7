//! The page's way to ask the town desk ([`crate::scenario::worker_protocol`]): a run's
//! town-wide part, the console's searches, the policy lab's before and after and the
//! letter's facts all need the whole town's database, which lives in the town-wide worker,
//! never on the page.
//!
//! [`DeskClient`] starts a worker ([`DeskWorker`]), or takes the one a finished client left
//! idle, and sends it requests; every reply goes to the callback it was made with. Where no
//! worker can start, or the worker fails, the page loads the worker's module itself
//! ([`PageDesk`]) and answers there, in slices of about
//! [`SLICE_MILLIS`](crate::page_slices::SLICE_MILLIS) between which the browser draws and
//! handles input (the client says once that the work is on the page, so a view can tell the
//! visitor it takes longer). Dropping the client ends a worker still working, and so cancels
//! its work; a worker that has answered every request is kept idle for the next client
//! instead ([`DeskWorker::keep_idle`]), so a run after a change does not compile and
//! optimise the module again.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;

use crate::scenario::town_import::ImportProblem;
use crate::scenario::towns;
use crate::scenario::worker_protocol::{Answer, ImportOutcome, Reply, Request};
use crate::sim::TownFile;
use crate::town_worker::{DeskNews, DeskWorker, FileForWorker, PageDesk};

/// A desk that answers on this page, supplied by a host that has one at hand: see
/// [`answer_here_with`].
type HostDesk = Box<dyn FnMut(Request, &mut dyn FnMut(Reply)) -> Reply>;

thread_local! {
    static HOST_DESK: RefCell<Option<HostDesk>> = RefCell::new(None);
}

/// For a page that has no worker module to load (the browser tests mount views on a bare
/// page): requests that cannot go to a worker are answered by `desk`, on this page.
pub fn answer_here_with(desk: impl FnMut(Request, &mut dyn FnMut(Reply)) -> Reply + 'static) {
    HOST_DESK.set(Some(Box::new(desk)));
}

/// Sends requests to the town-wide worker, or answers them on the page.
pub struct DeskClient {
    inner: Rc<Inner>,
}

struct Inner {
    on_reply: Box<dyn Fn(Reply)>,
    on_page: Box<dyn Fn()>,
    worker: RefCell<Option<DeskWorker>>,
    /// Requests sent to the worker and not yet answered, asked again on the page if the
    /// worker fails.
    pending: RefCell<Vec<Request>>,
    timers: RefCell<Vec<Timeout>>,
    /// The imported town handed to the worker (or the page's desk) already.
    town_sent: RefCell<Option<TownFile>>,
    /// Whether the worker was handed work that [`Inner::pending`] does not count (an import,
    /// a recall): then it is ended with the client, never kept idle for the next.
    unsettled: Cell<bool>,
}

impl Drop for Inner {
    /// A worker with every request answered stays up for the next client
    /// ([`DeskWorker::keep_idle`]); one still working is ended, which cancels its work.
    fn drop(&mut self) {
        let settled = self.pending.get_mut().is_empty() && !self.unsettled.get();
        if let Some(worker) = self.worker.get_mut().take()
            && settled
        {
            worker.keep_idle();
        }
    }
}

impl DeskClient {
    /// A client whose replies go to `on_reply`; `on_page` hears once that the answers will
    /// come from the page itself.
    pub fn new(on_reply: impl Fn(Reply) + 'static, on_page: impl Fn() + 'static) -> DeskClient {
        let inner = Rc::new(Inner {
            on_reply: Box::new(on_reply),
            on_page: Box::new(on_page),
            worker: RefCell::new(None),
            pending: RefCell::new(Vec::new()),
            timers: RefCell::new(Vec::new()),
            town_sent: RefCell::new(None),
            unsettled: Cell::new(false),
        });
        let weak = Rc::downgrade(&inner);
        let worker = DeskWorker::start(move |news| {
            if let Some(inner) = weak.upgrade() {
                heard(&inner, news);
            }
        });
        match worker {
            Ok(worker) => {
                inner.worker.replace(Some(worker));
            }
            Err(_) => (inner.on_page)(),
        }
        DeskClient { inner }
    }

    /// True when the work happens in a worker, off the page.
    pub fn in_worker(&self) -> bool {
        self.inner.worker.borrow().is_some()
    }

    /// Asks a question; the answer comes to the client's callback. A question on an imported
    /// town hands the desk that town first (it lives on in this page, not in the worker).
    pub fn ask(&self, request: Request) {
        let needs = request.scenario().and_then(|s| s.town_file.clone());
        if let Some(file) = needs
            && self.inner.town_sent.borrow().as_ref() != Some(&file)
            && let Some(town_json) = towns::held_json(&file)
        {
            self.inner.town_sent.replace(Some(file));
            self.ask(Request::UseTown { town_json });
        }
        let sent = self
            .inner
            .worker
            .borrow()
            .as_ref()
            .map(|worker| worker.send(&request));
        match sent {
            Some(Ok(())) => self.inner.pending.borrow_mut().push(request),
            Some(Err(_)) => {
                self.inner.worker.replace(None);
                (self.inner.on_page)();
                on_page(&self.inner, request);
            }
            None => on_page(&self.inner, request),
        }
    }
}

impl DeskClient {
    /// Hands the visitor's files to the worker to import; [`Reply::ImportProgress`] and then
    /// [`Reply::TownImported`] come to the client's callback. Only a worker imports (the
    /// parsers are not on the page): without one the answer is a problem to show.
    pub fn import(&self, road: &FileForWorker, cameras: Option<&FileForWorker>) {
        let sent = self
            .inner
            .worker
            .borrow()
            .as_ref()
            .map(|worker| worker.send_import(road, cameras));
        if sent.is_some_and(|sent| sent.is_ok()) {
            self.inner.unsettled.set(true);
            // The worker now holds the new town, not the one it was handed.
            self.inner.town_sent.replace(None);
            return;
        }
        let problem = ImportProblem::needs_worker(&road.name);
        let weak = Rc::downgrade(&self.inner);
        let timer = Timeout::new(0, move || {
            if let Some(inner) = weak.upgrade() {
                (inner.on_reply)(Reply::TownImported(ImportOutcome::new(Err(problem))));
            }
        });
        self.inner.timers.borrow_mut().push(timer);
    }
}

/// Has the town `file` names held on this page before `then` runs: a page that opens on a run
/// in an imported town (a reload, or the move to the console's module) asks the worker for
/// the copy this browser kept after the import. `then` runs once, whatever the answer (a town
/// not found is said by the views, as before), and at the latest after [`RECALL_WAIT_MS`].
pub fn recall_town(file: Option<TownFile>, then: impl FnOnce() + 'static) {
    let Some(file) = file.filter(|file| !towns::holds(file)) else {
        return then();
    };
    let then: Rc<RefCell<Option<Then>>> = Rc::new(RefCell::new(Some(Box::new(then))));
    let client: Rc<RefCell<Option<DeskClient>>> = Rc::default();
    // Runs `then` in a task of its own, where dropping the client cancels nothing of ours.
    let finish = {
        let (then, client) = (then.clone(), client.clone());
        move || {
            let (then, client) = (then.clone(), client.clone());
            Timeout::new(0, move || {
                drop(client.borrow_mut().take());
                if let Some(then) = then.borrow_mut().take() {
                    then();
                }
            })
            .forget();
        }
    };
    let on_reply = {
        let (finish, file) = (finish.clone(), file.clone());
        move |reply| {
            if let Reply::TownRecalled(json) = reply {
                if let Some(town) = json.ok().and_then(|json| towns::town_of_json(&json).ok())
                    && town.file.digest == file.digest
                {
                    towns::hold(town);
                }
                finish();
            }
        }
    };
    let desk = DeskClient::new(on_reply, finish.clone());
    desk.inner.unsettled.set(true);
    let sent = desk
        .inner
        .worker
        .borrow()
        .as_ref()
        .is_some_and(|worker| worker.send_recall(&file.digest).is_ok());
    client.replace(Some(desk));
    if !sent {
        return finish();
    }
    Timeout::new(RECALL_WAIT_MS, finish).forget();
}

/// What runs once the town is back (or known to be missing).
type Then = Box<dyn FnOnce()>;

/// The longest a page waits for the kept town before it draws without it.
pub const RECALL_WAIT_MS: u32 = 15_000;

/// A worker's news: an answer (which settles the oldest pending request) or a failure
/// (which moves every pending request to the page).
fn heard(inner: &Rc<Inner>, news: DeskNews) {
    match news {
        DeskNews::Reply(reply) => {
            // An import is not a pending request: its progress and answer settle nothing.
            let answers = !matches!(
                *reply,
                Reply::Visitor(_)
                    | Reply::Progress(_)
                    | Reply::ImportProgress(_)
                    | Reply::TownImported(_)
                    | Reply::TownRecalled(_)
            );
            if answers && !inner.pending.borrow().is_empty() {
                inner.pending.borrow_mut().remove(0);
            }
            (inner.on_reply)(*reply);
        }
        DeskNews::Failed(_) => {
            // Not from inside the worker's own handler: end it after this event.
            let weak = Rc::downgrade(inner);
            let end: Box<dyn FnOnce()> = Box::new(move || {
                let Some(inner) = weak.upgrade() else { return };
                inner.worker.replace(None);
                (inner.on_page)();
                let pending = std::mem::take(&mut *inner.pending.borrow_mut());
                for request in pending {
                    on_page(&inner, request);
                }
            });
            let timer = Timeout::new(0, end);
            inner.timers.borrow_mut().push(timer);
        }
    }
}

/// Answers `request` on the page, after the current frame has painted.
fn on_page(inner: &Rc<Inner>, request: Request) {
    let weak: Weak<Inner> = Rc::downgrade(inner);
    let answer: Box<dyn FnOnce()> = Box::new(move || {
        let hosted = HOST_DESK.with_borrow_mut(|desk| {
            desk.as_mut().map(|desk| {
                let weak = weak.clone();
                desk(request.clone(), &mut move |step| {
                    if let Some(inner) = weak.upgrade() {
                        (inner.on_reply)(step);
                    }
                })
            })
        });
        if let Some(reply) = hosted {
            if let Some(inner) = weak.upgrade() {
                (inner.on_reply)(reply);
            }
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let step = {
                let weak = weak.clone();
                move |reply: Reply| {
                    if let Some(inner) = weak.upgrade() {
                        (inner.on_reply)(reply);
                    }
                }
            };
            let reply = PageDesk::answer(&request, step)
                .await
                .unwrap_or_else(|message| failed(&request, message));
            if let Some(inner) = weak.upgrade() {
                (inner.on_reply)(reply);
            }
        });
    });
    let timer = Timeout::new(0, answer);
    inner.timers.borrow_mut().push(timer);
}

/// The reply a request gets when the worker's module cannot load at all.
fn failed(request: &Request, message: String) -> Reply {
    match request {
        Request::TownWide { .. } => Reply::TownWide(Err(message)),
        Request::Search { .. } => Reply::Searched(Answer::failed(message)),
        Request::ComparePolicy { .. } => Reply::Compared(Answer::failed(message)),
        Request::Letter { .. } => Reply::Letter(Answer::failed(message)),
        Request::Prepare { .. } => Reply::Prepared(Answer::failed(message)),
        Request::Story { .. } => Reply::Story(Err(message)),
        Request::UseTown { .. } => Reply::TownHeld(Err(message)),
        Request::Commute { .. } => Reply::Commute(Err(message)),
    }
}
