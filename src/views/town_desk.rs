//! The page's way to ask the town desk ([`crate::scenario::worker_protocol`]): the console's
//! searches, the policy lab's before and after and the letter's facts all need the whole
//! town's database, which lives in the town-wide worker, never on the page.
//!
//! [`DeskClient`] starts a worker and sends it requests; every reply goes to the callback it
//! was made with. Where no worker can start, or the worker fails, the page answers the same
//! requests itself with its own desk, deferred so the page paints first (one long task: the
//! page says so). Dropping the client ends the worker and so cancels its work.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;

use crate::scenario::worker_protocol::{Reply, Request, TownDesk};
use crate::town_worker::{DeskNews, DeskWorker};

thread_local! {
    /// The page's own desk, for browsers where no worker starts.
    static PAGE_DESK: RefCell<TownDesk> = RefCell::new(TownDesk::default());
}

/// Sends requests to the town-wide worker, or answers them on the page.
pub struct DeskClient {
    inner: Rc<Inner>,
}

struct Inner {
    on_reply: Box<dyn Fn(Reply)>,
    worker: RefCell<Option<DeskWorker>>,
    /// The last request, asked again on the page if the worker fails.
    last: RefCell<Option<Request>>,
    timers: RefCell<Vec<Timeout>>,
}

impl DeskClient {
    /// A client whose replies go to `on_reply`.
    pub fn new(on_reply: impl Fn(Reply) + 'static) -> DeskClient {
        let inner = Rc::new(Inner {
            on_reply: Box::new(on_reply),
            worker: RefCell::new(None),
            last: RefCell::new(None),
            timers: RefCell::new(Vec::new()),
        });
        let weak = Rc::downgrade(&inner);
        let worker = DeskWorker::start(move |news| {
            let Some(inner) = weak.upgrade() else {
                return;
            };
            match news {
                DeskNews::Reply(reply) => (inner.on_reply)(*reply),
                DeskNews::Failed(_) => {
                    // Not from inside the worker's own handler: end it after this event.
                    let weak = Rc::downgrade(&inner);
                    let timer = Timeout::new(0, move || {
                        if let Some(inner) = weak.upgrade() {
                            inner.worker.replace(None);
                            let last = inner.last.borrow().clone();
                            if let Some(request) = last {
                                on_page(&inner, request);
                            }
                        }
                    });
                    inner.timers.borrow_mut().push(timer);
                }
            }
        })
        .ok();
        inner.worker.replace(worker);
        DeskClient { inner }
    }

    /// True when the work happens in a worker, off the page.
    pub fn in_worker(&self) -> bool {
        self.inner.worker.borrow().is_some()
    }

    /// Asks a question; the answer comes to the client's callback.
    pub fn ask(&self, request: Request) {
        self.inner.last.replace(Some(request.clone()));
        let sent = self
            .inner
            .worker
            .borrow()
            .as_ref()
            .map(|worker| worker.send(&request));
        match sent {
            Some(Ok(())) => {}
            Some(Err(_)) => {
                self.inner.worker.replace(None);
                on_page(&self.inner, request);
            }
            None => on_page(&self.inner, request),
        }
    }
}

/// Answers `request` on the page, after the current frame has painted.
fn on_page(inner: &Rc<Inner>, request: Request) {
    let weak = Rc::downgrade(inner);
    let timer = Timeout::new(0, move || {
        let Some(inner) = weak.upgrade() else {
            return;
        };
        let reply =
            PAGE_DESK.with_borrow_mut(|desk| desk.answer(request, |step| (inner.on_reply)(step)));
        (inner.on_reply)(reply);
    });
    inner.timers.borrow_mut().push(timer);
}
