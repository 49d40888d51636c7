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

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::scenario::town_wide::{self, TownWide, VisitorFindings};
use crate::sim::Scenario;

/// The worker script, relative to the page (Trunk copies `static/worker.js` there).
const WORKER_SCRIPT: &str = "worker.js";

/// What the page asks the worker.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Request {
    scenario: Scenario,
}

/// True where the module runs in a page with a document (not in the town-wide worker).
pub fn on_a_page() -> bool {
    web_sys::window().and_then(|w| w.document()).is_some()
}

/// The worker's side, for a JSON `Request`: calls `visitor` with the
/// `Result<VisitorFindings, String>` as JSON, then runs the town-wide work, calling
/// `progress` with the number of steps done as each step starts, and returns the
/// `Result<TownWide, String>` as JSON.
pub fn answer(request: &str, visitor: &js_sys::Function, progress: &js_sys::Function) -> String {
    let scenario = match serde_json::from_str::<Request>(request) {
        Ok(request) => request.scenario,
        Err(e) => return json(&Err::<(), _>(e.to_string())),
    };
    let findings = town_wide::visitor_findings(&scenario);
    let _ = visitor.call1(&JsValue::NULL, &JsValue::from(json(&findings)));
    json(&town_wide::town_wide(&scenario, |step| {
        let _ = progress.call1(&JsValue::NULL, &JsValue::from(step.done_before()));
    }))
}

fn json<T: Serialize>(result: &Result<T, String>) -> String {
    serde_json::to_string(result)
        .unwrap_or_else(|e| serde_json::to_string(&Err::<(), _>(e.to_string())).unwrap_or_default())
}

/// What the worker tells the page.
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

/// The page's handle on a running town-wide worker; dropping it ends the worker.
pub struct TownWideWorker {
    worker: web_sys::Worker,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl TownWideWorker {
    /// Starts a worker on `scenario`; `on_news` hears its progress and result. An error
    /// (the browser has no module workers, the page has no start script) means: do the work
    /// on the page.
    pub fn start(
        scenario: &Scenario,
        on_news: impl Fn(WorkerNews) + 'static,
    ) -> Result<TownWideWorker, String> {
        let (app_js, app_wasm) = app_urls().ok_or("the page has no start script")?;
        let request = serde_json::to_string(&Request {
            scenario: scenario.clone(),
        })
        .map_err(|e| e.to_string())?;
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
            on_news(WorkerNews::Failed(
                "the worker script could not run".to_owned(),
            ));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let message = js_sys::Object::new();
        for (key, value) in [
            ("appJs", app_js),
            ("appWasm", app_wasm),
            ("request", request),
        ] {
            js_sys::Reflect::set(&message, &key.into(), &value.into()).map_err(js_message)?;
        }
        worker.post_message(&message).map_err(js_message)?;
        Ok(TownWideWorker {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    }
}

impl Drop for TownWideWorker {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// A worker message: `{visitor: json}`, `{progress: n}`, `{result: json}` or
/// `{error: message}`.
fn read_news(data: &JsValue) -> WorkerNews {
    let field = |name: &str| {
        js_sys::Reflect::get(data, &name.into())
            .ok()
            .filter(|v| !v.is_undefined())
    };
    if let Some(json) = field("visitor").and_then(|v| v.as_string()) {
        return WorkerNews::Visitor(
            serde_json::from_str(&json).unwrap_or_else(|e| Err(e.to_string())),
        );
    }
    if let Some(done) = field("progress").and_then(|v| v.as_f64()) {
        return WorkerNews::Progress(done as u32);
    }
    if let Some(json) = field("result").and_then(|v| v.as_string()) {
        return WorkerNews::Done(
            serde_json::from_str(&json).unwrap_or_else(|e| Err(e.to_string())),
        );
    }
    WorkerNews::Failed(
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
