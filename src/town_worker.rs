//! The town-wide worker's glue: everything that needs the whole town's database (the
//! analyst's profile, the associates search, the uniqueness curve, the console's searches,
//! the policy lab, the letter's facts) runs in the worker's own wasm module
//! (`src/bin/plate-trail-worker.rs`), which the page's first download does not include.
//!
//! - In the worker, `static/worker.js` loads that module and calls [`answer`], which hands
//!   each JSON request to a [`TownDesk`] kept between requests.
//! - On the page, [`DeskWorker`] starts the worker and sends it requests; every reply comes
//!   back as [`DeskNews`]. Dropping it ends the worker and so cancels its work, unless the
//!   worker had answered everything ([`DeskWorker::keep_idle`]): then it stays up, idle,
//!   and the next [`DeskWorker::start`] takes it.
//! - Where no worker starts (an old browser, a blocked script), [`PageDesk`] loads the same
//!   module on the page (with `static/page-desk.js`) and answers there in slices of about
//!   [`SLICE_MILLIS`](crate::page_slices::SLICE_MILLIS) ([`answer_in_slices`], paced by [`crate::page_slices`]), so the page
//!   never freezes: slower to show, the same answers.
//!
//! The module's URLs are the page's start script's neighbours (`plate-trail-worker.js` and
//! its `_bg.wasm`), with the page's own wasm name as a version so a new release is never
//! answered by a cached old worker. A page that carries its files inside itself (the
//! single-file `plate-trail-offline.html`, whose `file://` page can fetch no sibling file)
//! names them instead in the start script's `data-worker-script`, `data-worker-js`,
//! `data-worker-wasm` and `data-page-desk` attributes (blob URLs), used as they are. Messages are JSON made by serde, so what the worker
//! computes is what the page would have computed. It must not do the work itself (that is
//! [`crate::scenario`]) nor touch any view's state.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::page_slices::{PageSlices, browser_turn, now_millis};
use crate::scenario::flat_town::{FlatTown, flatten};
use crate::scenario::town_import::PickedFile;
use crate::scenario::towns;
use crate::scenario::worker_protocol::{
    ImportOutcome, Reply, Request, TownDesk, reply_from_json, to_json,
};

/// The worker script, relative to the page (Trunk copies `static/worker.js` there).
const WORKER_SCRIPT: &str = "worker.js";
/// The worker module's glue and wasm, relative to the page (Trunk's worker output).
const MODULE_JS: &str = "plate-trail-worker.js";
const MODULE_WASM: &str = "plate-trail-worker_bg.wasm";
/// Hands the module's glue to the page where no worker starts.
const PAGE_DESK_SCRIPT: &str = "page-desk.js";

thread_local! {
    /// The worker's desk: it keeps the last whole-town run between requests.
    static DESK: RefCell<TownDesk> = RefCell::new(TownDesk::default());
    /// Whether the page's desk is answering a request (its pauses let others ask meanwhile).
    static DESK_BUSY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
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

/// The worker's side of an import: the visitor's files (`cameras_name` empty when there is
/// no camera file), parsed by the desk, which then holds the town. Returns the JSON
/// [`Reply::TownImported`]; progress goes to `tell`.
pub fn import(
    road_name: &str,
    road: &[u8],
    cameras_name: &str,
    cameras: &[u8],
    tell: &js_sys::Function,
) -> String {
    let road = PickedFile {
        name: road_name,
        bytes: road,
    };
    let cameras = (!cameras_name.is_empty()).then_some(PickedFile {
        name: cameras_name,
        bytes: cameras,
    });
    let started = now_millis();
    DESK.with_borrow_mut(|desk| {
        let mut imported = desk.import(road, cameras, |reply| {
            let _ = tell.call1(&JsValue::NULL, &JsValue::from(to_json(&reply)));
        });
        if let Ok(news) = &mut imported {
            news.import_millis = now_millis() - started;
        }
        to_json(&Reply::TownImported(ImportOutcome::new(imported)))
    })
}

/// The worker's side of [`Request::UseTown`]: the town's JSON comes beside the message as
/// a string of its own (a JSON request would escape every quote of megabytes of town on the
/// page). Returns the JSON [`Reply::TownHeld`].
pub fn use_town(town_json: String) -> String {
    DESK.with_borrow_mut(|desk| to_json(&desk.answer(Request::UseTown { town_json }, |_| ())))
}

/// The held town in flat arrays ([`crate::scenario::flat_town`]) for the page, as
/// `{numbers: Float64Array, roadEnds: Uint32Array, head: string}` (`null` when none is
/// held): the worker sends it, and the town's JSON, beside an import's answer, and moves the
/// arrays' buffers to the page.
pub fn held_flat_town() -> JsValue {
    let Some(town) = towns::held() else {
        return JsValue::NULL;
    };
    let flat = flatten(&town.map);
    let object = js_sys::Object::new();
    let numbers = js_sys::Float64Array::from(flat.numbers.as_slice());
    let road_ends = js_sys::Uint32Array::from(flat.road_ends.as_slice());
    for (key, value) in [
        ("numbers", JsValue::from(numbers)),
        ("roadEnds", JsValue::from(road_ends)),
        ("head", JsValue::from(flat.head)),
    ] {
        let _ = js_sys::Reflect::set(&object, &key.into(), &value);
    }
    object.into()
}

/// A town as it came beside an import's answer: its JSON and its flat arrays, still the
/// browser's values. Read on the page by the one view that imports
/// ([`take_arrived_town`]), so the first visit's page links no reader for them.
struct ArrivedTown {
    json: JsValue,
    flat: JsValue,
}

thread_local! {
    /// The town that came with the last import's answer, until Your own town takes it.
    static ARRIVED: RefCell<Option<ArrivedTown>> = const { RefCell::new(None) };
}

/// The town that came beside the last [`Reply::TownImported`]: its JSON and its flat
/// arrays, copied into this module's memory (no JSON read: see
/// [`crate::scenario::flat_town`]). `None` when none came or it is not what the worker sends.
pub fn take_arrived_town() -> Option<(String, FlatTown)> {
    let arrived = ARRIVED.take()?;
    let field = |name: &str| js_sys::Reflect::get(&arrived.flat, &name.into()).ok();
    let numbers = field("numbers")?.dyn_into::<js_sys::Float64Array>().ok()?;
    let road_ends = field("roadEnds")?.dyn_into::<js_sys::Uint32Array>().ok()?;
    let flat = FlatTown {
        numbers: numbers.to_vec(),
        road_ends: road_ends.to_vec(),
        head: field("head")?.as_string()?,
    };
    Some((arrived.json.as_string()?, flat))
}

/// A file the visitor picked, on its way to the worker: its name and its bytes, which the
/// page never copies (they are handed over to the worker).
pub struct FileForWorker {
    pub name: String,
    pub bytes: js_sys::Uint8Array,
}

/// The page's side where no worker starts: like [`answer`], but in slices of about
/// [`SLICE_MILLIS`](crate::page_slices::SLICE_MILLIS), between which the browser draws and handles input. Resolves to the
/// answer's JSON; requests are answered one at a time.
pub fn answer_in_slices(request: String, tell: js_sys::Function) -> js_sys::Promise {
    wasm_bindgen_futures::future_to_promise(async move {
        while DESK_BUSY.get() {
            browser_turn().await;
        }
        DESK_BUSY.set(true);
        // Out of its cell while it works, so no borrow is held across a pause.
        let mut desk = DESK.take();
        // The first breath always lets the browser in: the module has just loaded.
        let mut pace = PageSlices::new();
        let reply = desk
            .answer_json_paced(
                &request,
                |reply| {
                    let _ = tell.call1(&JsValue::NULL, &JsValue::from(reply));
                },
                &mut pace,
            )
            .await;
        DESK.set(desk);
        DESK_BUSY.set(false);
        Ok(JsValue::from(reply))
    })
}

/// What a [`DeskWorker`] hears: a reply, or that the worker cannot run.
#[derive(Debug, PartialEq)]
pub enum DeskNews {
    Reply(Box<Reply>),
    /// The worker could not run: answer on the page instead.
    Failed(String),
}

/// The worker's script and module URLs: the module's absolute and versioned by the page's
/// own wasm, or as the start script names them.
#[derive(Clone, Debug)]
struct ModuleUrls {
    /// The worker script ([`WORKER_SCRIPT`]).
    script: String,
    js: String,
    wasm: String,
    /// The fallback's hand-over script ([`PAGE_DESK_SCRIPT`]).
    page_desk: String,
}

impl ModuleUrls {
    /// From the start script's data attributes; `None` on a page without it (a test page).
    fn of_page() -> Option<ModuleUrls> {
        let document = web_sys::window()?.document()?;
        let tag = document.query_selector("script[data-app-wasm]").ok()??;
        let named = |name: &str, default: &str| {
            tag.get_attribute(name)
                .unwrap_or_else(|| default.to_owned())
        };
        let script = named("data-worker-script", WORKER_SCRIPT);
        let page_desk = named("data-page-desk", PAGE_DESK_SCRIPT);
        if let (Some(js), Some(wasm)) = (
            tag.get_attribute("data-worker-js"),
            tag.get_attribute("data-worker-wasm"),
        ) {
            return Some(ModuleUrls {
                script,
                js,
                wasm,
                page_desk,
            });
        }
        let version = tag.get_attribute("data-app-wasm")?;
        let version = version.rsplit('/').next().unwrap_or_default().to_owned();
        let base = document.base_uri().ok()??;
        let absolute = |relative: &str| -> Option<String> {
            let url = web_sys::Url::new_with_base(relative, &base).ok()?;
            url.search_params().set("v", &version);
            Some(url.href())
        };
        Some(ModuleUrls {
            script,
            js: absolute(MODULE_JS)?,
            wasm: absolute(MODULE_WASM)?,
            page_desk,
        })
    }
}

/// The page's handle on a town-wide worker, which answers [`Request`]s one after the other
/// and keeps the last whole-town run between them; dropping the handle ends the worker.
pub struct DeskWorker {
    worker: web_sys::Worker,
    urls: ModuleUrls,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
    /// Kept for the next [`DeskWorker::start`] when dropped ([`DeskWorker::keep_idle`]),
    /// rather than ended.
    keep: std::cell::Cell<bool>,
}

/// A worker with nothing left to answer, kept running for the next client.
struct IdleWorker {
    worker: web_sys::Worker,
    urls: ModuleUrls,
}

thread_local! {
    /// The one idle worker ([`DeskWorker::keep_idle`]): its wasm module compiled and its hot
    /// functions already optimised, and the last whole-town run in its desk.
    static IDLE: RefCell<Option<IdleWorker>> = const { RefCell::new(None) };
}

impl DeskWorker {
    /// Starts a worker, or takes the idle one ([`DeskWorker::keep_idle`]); `on_news` hears
    /// every reply. An error (the browser has no workers, the page has no start script)
    /// means: answer on the page.
    pub fn start(on_news: impl Fn(DeskNews) + 'static) -> Result<DeskWorker, String> {
        let (worker, urls) = match IDLE.take() {
            Some(idle) => (idle.worker, idle.urls),
            None => {
                let urls = ModuleUrls::of_page().ok_or("the page has no start script")?;
                let worker = web_sys::Worker::new(&urls.script).map_err(js_message)?;
                (worker, urls)
            }
        };
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
            urls,
            _on_message: on_message,
            _on_error: on_error,
            keep: std::cell::Cell::new(false),
        })
    }

    /// Ends the handle but keeps the worker running, idle, for the next
    /// [`DeskWorker::start`] (which replaces any other idle one). Only for a worker with no
    /// request, import or recall left unanswered: a later client would hear their replies.
    ///
    /// A new worker per run (issue 11) fetched, compiled and instantiated the module again,
    /// and V8 optimised its hot functions again on other threads (`wasm.TopTierCompilation`:
    /// about 600 ms of CPU per run, 2026-12-02), all competing with the page for the
    /// machine's cores while it drew the run.
    pub fn keep_idle(self) {
        self.keep.set(true);
    }

    /// Sends a request; its replies come to the `on_news` given at the start.
    /// A town to hold goes as its JSON string beside the message, not escaped inside it.
    pub fn send(&self, request: &Request) -> Result<(), String> {
        let (key, request) = match request {
            Request::UseTown { town_json } => ("useTown", town_json.clone()),
            _ => (
                "request",
                serde_json::to_string(request).map_err(|e| e.to_string())?,
            ),
        };
        let message = js_sys::Object::new();
        for (key, value) in [
            ("workerJs", self.urls.js.clone()),
            ("workerWasm", self.urls.wasm.clone()),
            (key, request),
        ] {
            js_sys::Reflect::set(&message, &key.into(), &value.into()).map_err(js_message)?;
        }
        self.worker.post_message(&message).map_err(js_message)
    }

    /// Asks the worker for the town with `digest` kept in this browser after its import;
    /// [`Reply::TownRecalled`] comes to `on_news`.
    pub fn send_recall(&self, digest: &str) -> Result<(), String> {
        let message = js_sys::Object::new();
        js_sys::Reflect::set(&message, &"recall".into(), &digest.into()).map_err(js_message)?;
        self.worker.post_message(&message).map_err(js_message)
    }

    /// Hands the visitor's files to the worker to import (their buffers move to the worker:
    /// no copy on the page); the progress and the answer come to `on_news`.
    pub fn send_import(
        &self,
        road: &FileForWorker,
        cameras: Option<&FileForWorker>,
    ) -> Result<(), String> {
        let message = js_sys::Object::new();
        let transfer = js_sys::Array::new();
        let set = |key: &str, value: JsValue| {
            js_sys::Reflect::set(&message, &key.into(), &value).map(|_| ())
        };
        set("workerJs", self.urls.js.clone().into()).map_err(js_message)?;
        set("workerWasm", self.urls.wasm.clone().into()).map_err(js_message)?;
        set("roadName", road.name.clone().into()).map_err(js_message)?;
        set("road", road.bytes.clone().into()).map_err(js_message)?;
        transfer.push(&road.bytes.buffer());
        if let Some(cameras) = cameras {
            set("camerasName", cameras.name.clone().into()).map_err(js_message)?;
            set("cameras", cameras.bytes.clone().into()).map_err(js_message)?;
            transfer.push(&cameras.bytes.buffer());
        }
        self.worker
            .post_message_with_transfer(&message, &transfer)
            .map_err(js_message)
    }
}

impl Drop for DeskWorker {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        if !self.keep.get() {
            self.worker.terminate();
            return;
        }
        let idle = IdleWorker {
            worker: self.worker.clone(),
            urls: self.urls.clone(),
        };
        if let Some(other) = IDLE.replace(Some(idle)) {
            other.worker.terminate();
        }
    }
}

/// A worker message: `{reply: json}` (with `town` and `flat` beside an import's answer: kept
/// for [`take_arrived_town`]) or `{error: message}`.
fn read_news(data: &JsValue) -> DeskNews {
    let field = |name: &str| {
        js_sys::Reflect::get(data, &name.into())
            .ok()
            .filter(|v| !v.is_undefined())
    };
    if let (Some(json), Some(flat)) = (field("town"), field("flat")) {
        ARRIVED.set(Some(ArrivedTown { json, flat }));
    }
    if let Some(json) = field("reply").and_then(|v| v.as_string()) {
        return DeskNews::Reply(Box::new(reply_from_json(&json)));
    }
    DeskNews::Failed(
        field("error")
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| "the worker sent an unknown message".to_owned()),
    )
}

thread_local! {
    /// The worker module loaded on the page (its `wasm_bindgen` object), once.
    static PAGE_MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// The worker's module on the page, for browsers where no worker starts: loaded once (two
/// same-origin scripts and the module's wasm), then it answers on the main thread.
pub struct PageDesk;

impl PageDesk {
    /// Answers `request` on the page: `tell` hears each reply on the way, the answer is
    /// returned. An error is a message for the visitor (the module could not load).
    pub async fn answer(
        request: &Request,
        tell: impl Fn(Reply) + 'static,
    ) -> Result<Reply, String> {
        let module = Self::module().await?;
        let answer = js_sys::Reflect::get(&module, &"town_desk_answer_in_slices".into())
            .map_err(js_message)?
            .dyn_into::<js_sys::Function>()
            .map_err(|_| "the worker's module has no desk".to_owned())?;
        let request = serde_json::to_string(request).map_err(|e| e.to_string())?;
        let on_step =
            Closure::<dyn Fn(String)>::new(move |json: String| tell(reply_from_json(&json)));
        let reply = answer
            .call2(&module, &request.into(), on_step.as_ref().unchecked_ref())
            .map_err(js_message)?;
        let reply = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(reply))
            .await
            .map_err(js_message)?;
        reply
            .as_string()
            .map(|json| reply_from_json(&json))
            .ok_or_else(|| "the worker's module gave no answer".to_owned())
    }

    async fn module() -> Result<JsValue, String> {
        if let Some(module) = PAGE_MODULE.with_borrow(Clone::clone) {
            return Ok(module);
        }
        let urls = ModuleUrls::of_page().ok_or("the page has no start script")?;
        load_script(&urls.js).await?;
        load_script(&urls.page_desk).await?;
        let window = web_sys::window().ok_or("no window")?;
        let module = js_sys::Reflect::get(&window, &"plateTrailDesk".into()).map_err(js_message)?;
        let init = module
            .clone()
            .dyn_into::<js_sys::Function>()
            .map_err(|_| "the worker's module did not load".to_owned())?;
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"module_or_path".into(), &urls.wasm.into())
            .map_err(js_message)?;
        let started = init.call1(&JsValue::NULL, &options).map_err(js_message)?;
        wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(started))
            .await
            .map_err(js_message)?;
        PAGE_MODULE.set(Some(module.clone()));
        Ok(module)
    }
}

/// Adds a same-origin classic script to the page and waits until it ran.
async fn load_script(src: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let script = document
        .create_element("script")
        .map_err(js_message)?
        .dyn_into::<web_sys::HtmlScriptElement>()
        .map_err(|_| "no script element".to_owned())?;
    script.set_src(src);
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
    });
    document
        .head()
        .ok_or("no head")?
        .append_child(&script)
        .map_err(js_message)?;
    wasm_bindgen_futures::JsFuture::from(loaded)
        .await
        .map(|_| ())
        .map_err(|_| format!("{src} could not load"))
}

fn js_message(error: JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            error
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "an error in the browser".to_owned())
}
