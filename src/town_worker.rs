//! The town-wide worker: the slow parts of a run in a Web Worker, so the page never freezes
//! for them: first the analyst's profile of the visitor's reads
//! ([`crate::scenario::town_wide::visitor_findings`]), then the population-wide part (every car in town, the
//! whole database's index, the associates search, the uniqueness curve; see
//! [`crate::scenario::town_wide::town_wide`]).
//!
//! The worker is `static/worker.js`, a few lines of JS that load this same wasm module
//! (the page sends its URLs, read from the start script's data attributes, with the
//! request) and call [`answer`] through the binary's `town_wide_work` export. In the worker
//! the binary's `main` sees no page ([`on_a_page`]) and mounts nothing. The page's side is
//! [`TownWideWorker`]: it starts the worker, sends the scenario, passes on progress and the
//! result, and ends the worker when dropped (an effect's cleanup). Messages are JSON made by
//! serde, so what the worker computes is what the page would have computed.
//!
//! It must not do the work itself (that is [`crate::scenario`]) nor touch any view's state.

use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use std::cell::RefCell;

use crate::scenario::town_wide::{TownWide, VisitorFindings};
use crate::scenario::worker_protocol::{Reply, Request, TownDesk, reply_from_json};
use crate::sim::Scenario;

/// The worker script, relative to the page (Trunk copies `static/worker.js` there).
const WORKER_SCRIPT: &str = "worker.js";

thread_local! {
    /// The worker's desk: it keeps the last whole-town run between requests.
    static DESK: RefCell<TownDesk> = RefCell::new(TownDesk::default());
}

/// True where the module runs in a page with a document (not in the town-wide worker).
pub fn on_a_page() -> bool {
    web_sys::window().and_then(|w| w.document()).is_some()
}

/// The worker's side, for a JSON [`Request`]: calls `tell` with each JSON [`Reply`] on the
/// way (progress, the visitor's findings) and returns the answer as JSON.
pub fn answer(request: &str, tell: &js_sys::Function) -> String {
    DESK.with_borrow_mut(|desk| {
        desk.answer_json(request, |reply| {
            let _ = tell.call1(&JsValue::NULL, &JsValue::from(reply));
        })
    })
}

/// What the worker tells the page about a run's town-wide part.
#[derive(Debug, PartialEq)]
pub enum WorkerNews {
    /// The analyst's findings on the visitor's own reads.
    Visitor(Result<VisitorFindings, String>),
    /// This many steps of the work are done.
    Progress(u32),
    /// The work finished (an error is a message for the visitor).
    Done(Result<TownWide, String>),
    /// The worker could not run (no module workers, a blocked script, a failed load): do the
    /// work on the page instead.
    Failed(String),
}

/// What a [`DeskWorker`] hears: a reply, or that the worker cannot run.
#[derive(Debug, PartialEq)]
pub enum DeskNews {
    Reply(Box<Reply>),
    /// The worker could not run: do the work on the page instead.
    Failed(String),
}

/// The page's handle on a town-wide worker, which answers [`Request`]s one after the other
/// and keeps the last whole-town run between them; dropping the handle ends the worker
/// (and so cancels what it was doing).
pub struct DeskWorker {
    worker: web_sys::Worker,
    app: (String, String),
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl DeskWorker {
    /// Starts a worker; `on_news` hears every reply. An error (the browser has no module
    /// workers, the page has no start script) means: do the work on the page.
    pub fn start(on_news: impl Fn(DeskNews) + 'static) -> Result<DeskWorker, String> {
        let app = app_urls().ok_or("the page has no start script")?;
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let worker =
            web_sys::Worker::new_with_options(WORKER_SCRIPT, &options).map_err(js_message)?;
        let on_news = Rc::new(on_news);
        let news = on_news.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| news(read_news(&event.data())),
        );
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            on_news(DeskNews::Failed(
                "the worker script could not run".to_owned(),
            ));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(DeskWorker {
            worker,
            app,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Sends a request; its replies come to the `on_news` given at the start.
    pub fn send(&self, request: &Request) -> Result<(), String> {
        let request = serde_json::to_string(request).map_err(|e| e.to_string())?;
        let message = js_sys::Object::new();
        for (key, value) in [
            ("appJs", self.app.0.clone()),
            ("appWasm", self.app.1.clone()),
            ("request", request),
        ] {
            js_sys::Reflect::set(&message, &key.into(), &value.into()).map_err(js_message)?;
        }
        self.worker.post_message(&message).map_err(js_message)
    }
}

impl Drop for DeskWorker {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// The page's handle on the town-wide part of one run; dropping it ends the worker.
pub struct TownWideWorker {
    _worker: DeskWorker,
}

impl TownWideWorker {
    /// Starts a worker on `scenario`'s town-wide part; `on_news` hears its progress and
    /// result. An error means: do the work on the page.
    pub fn start(
        scenario: &Scenario,
        on_news: impl Fn(WorkerNews) + 'static,
    ) -> Result<TownWideWorker, String> {
        let worker = DeskWorker::start(move |news| {
            on_news(match news {
                DeskNews::Reply(reply) => match *reply {
                    Reply::Visitor(findings) => WorkerNews::Visitor(findings),
                    Reply::Progress(done) => WorkerNews::Progress(done),
                    Reply::TownWide(result) => WorkerNews::Done(result),
                    _ => WorkerNews::Failed("the worker answered another question".to_owned()),
                },
                DeskNews::Failed(why) => WorkerNews::Failed(why),
            })
        })?;
        worker.send(&Request::TownWide {
            scenario: scenario.clone(),
        })?;
        Ok(TownWideWorker { _worker: worker })
    }
}

/// A worker message: `{reply: json}` or `{error: message}`.
fn read_news(data: &JsValue) -> DeskNews {
    let field = |name: &str| {
        js_sys::Reflect::get(data, &name.into())
            .ok()
            .filter(|v| !v.is_undefined())
    };
    if let Some(json) = field("reply").and_then(|v| v.as_string()) {
        return DeskNews::Reply(Box::new(reply_from_json(&json)));
    }
    DeskNews::Failed(
        field("error")
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| "the worker sent an unknown message".to_owned()),
    )
}

/// The app's JS and wasm URLs, absolute, from the start script's data attributes.
fn app_urls() -> Option<(String, String)> {
    let document = web_sys::window()?.document()?;
    let tag = document.query_selector("script[data-app-js]").ok()??;
    let base = document.base_uri().ok()??;
    let absolute = |attribute: &str| {
        let relative = tag.get_attribute(attribute)?;
        Some(web_sys::Url::new_with_base(&relative, &base).ok()?.href())
    };
    Some((absolute("data-app-js")?, absolute("data-app-wasm")?))
}

fn js_message(error: JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            error
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{error:?}"))
}
