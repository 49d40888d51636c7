//! "Your own town": the visitor picks or drops a road map (and a camera file), or a scenario
//! file saved earlier; the files are read in this browser (`File` to bytes, handed to the
//! town-wide worker, never uploaded), the worker parses them with a progress bar, and the
//! simulator runs on the real town. A file the worker refuses gets a `role=alert` message
//! naming the file, what is wrong and what to try, and the current town stays. With a real
//! town on the map it offers the scenario file (the town, its cameras and the visitor's
//! life) as a download, and the way back to the made-up town. The visitor's last pick wins:
//! going back to the made-up town, or picking another file, ends an import still running.
//!
//! Drawing and events only: parsing is the worker's ([`crate::scenario::town_import`]),
//! holding the town [`crate::scenario::towns`]'. The browser's file API is reached through
//! `js_sys` (a picked `File` is read with its own `arrayBuffer()`), so the page's bindings
//! stay as they are.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::import::error::{MAX_CAMERA_FILE_BYTES, MAX_OSM_TEXT_BYTES};
use crate::scenario::flat_town::{self, FlatTown};
use crate::scenario::town_import::TownNews;
use crate::scenario::towns::{self, HeldTown};
use crate::scenario::worker_protocol::Reply;
use crate::sim::Scenario;
use crate::text;
use crate::town_worker::{FileForWorker, take_arrived_town};
use crate::views::town_desk::DeskClient;

#[derive(Properties, Clone, PartialEq)]
pub struct TownPickerProps {
    /// Where the import stands, kept by the view around the simulator: the simulator draws
    /// its controls again for each new run (a new town is one), so the picker is mounted
    /// afresh, and what the import found must still be on screen after it.
    pub kept: Rc<RefCell<Import>>,
    /// The scenario on screen (its town, and the life a scenario file saves).
    pub scenario: Scenario,
    /// A new scenario in another town, with what to announce.
    pub on_town: Callback<(Scenario, String)>,
    /// True until the picker has been shown on arrival: the view the simulator's "your own
    /// town" link opens looks like the simulator, with the picker far below its top (7,000
    /// px on a phone), so on a page that opens on the made-up town the picker scrolls itself
    /// into view and takes the focus once the page above it is settled.
    pub arriving: Rc<Cell<bool>>,
    /// The page above the picker is settled: the simulator's current result and its
    /// dossier are drawn whole, the town-wide search's cards included.
    pub page_drawn: bool,
    /// Called as the picker brings itself into view
    /// ([`crate::views::simulator::PickerContext::on_arrival`]).
    pub on_arrival: Callback<()>,
}

/// When after the arrival's scroll the view is checked again, milliseconds: the browser's
/// scroll anchoring moved it 25 px after a quarter second on a quiet laptop, and 9 px later
/// than that on a loaded one (CI, 2026-12-04).
const ANCHORING_CHECKS_MS: [u32; 4] = [250, 750, 1_500, 3_000];
/// The most a check corrects, CSS pixels: anchoring moves the view by a card's change of
/// height; a visitor who scrolled on has moved it further, and is left where they went.
const ANCHORING_DRIFT_PX: f64 = 300.0;
/// The highest the heading may sit on arrival without a second scroll, CSS pixels (its
/// `scroll-margin-top` puts it at 16).
const ARRIVAL_TOP_PX: f64 = 40.0;

/// Where an import stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Import {
    #[default]
    Idle,
    /// The worker has read this share, 0 to 100.
    Reading(u32),
    /// The page is reading the town the worker sent.
    Drawing,
    /// The town is on the map; what was found, and the worker's milliseconds.
    Done(String, f64),
    /// A file was refused; the message says which, why and what to try.
    Failed(String),
}

/// Where the import stands on screen, written through to the view's kept copy.
#[derive(Clone)]
struct ImportStatus {
    shown: UseStateHandle<Import>,
    kept: Rc<RefCell<Import>>,
}

impl ImportStatus {
    fn set(&self, import: Import) {
        *self.kept.borrow_mut() = import.clone();
        self.shown.set(import);
    }

    // Read from the kept copy, which outlives the picker's redrawing (the view's screen is
    // drawn again for each run, and the import's replies come to the picker that started it).

    /// The visitor went back to the made-up town since the import began.
    fn is_idle(&self) -> bool {
        matches!(*self.kept.borrow(), Import::Idle)
    }

    /// A newer file is being read.
    fn is_reading(&self) -> bool {
        matches!(*self.kept.borrow(), Import::Reading(_))
    }

    /// The worker's town is still the one to draw.
    fn is_drawing(&self) -> bool {
        matches!(*self.kept.borrow(), Import::Drawing)
    }
}

impl std::ops::Deref for ImportStatus {
    type Target = Import;

    fn deref(&self) -> &Import {
        &self.shown
    }
}

/// Camera files are told from road maps by their names; the worker checks their content.
fn is_camera_file(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    [".kml", ".geojson", ".csv"]
        .iter()
        .any(|end| name.ends_with(end))
}

/// The `File`s of a `FileList` (an input's or a drop's).
fn files_in(list: &JsValue) -> Vec<JsValue> {
    let count = js_sys::Reflect::get(list, &"length".into())
        .ok()
        .and_then(|n| n.as_f64())
        .unwrap_or(0.0) as u32;
    (0..count)
        .filter_map(|i| js_sys::Reflect::get_u32(list, i).ok())
        .collect()
}

fn file_name(file: &JsValue) -> String {
    js_sys::Reflect::get(file, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

fn file_size(file: &JsValue) -> usize {
    js_sys::Reflect::get(file, &"size".into())
        .ok()
        .and_then(|n| n.as_f64())
        .unwrap_or(0.0) as usize
}

/// Reads a picked file's bytes (the browser reads it off the page's thread).
async fn read_file(file: &JsValue) -> Result<FileForWorker, String> {
    let name = file_name(file);
    let read = js_sys::Reflect::get(file, &"arrayBuffer".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(file).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or_else(|| {
            text::tools::import_problem_plain(name.as_str(), text::tools::import_unreadable())
        })?;
    let buffer = wasm_bindgen_futures::JsFuture::from(read)
        .await
        .map_err(|_| {
            text::tools::import_problem_plain(name.as_str(), text::tools::import_unreadable())
        })?;
    Ok(FileForWorker {
        name,
        bytes: js_sys::Uint8Array::new(&buffer),
    })
}

/// The road map and the camera file among the picked files, or what is wrong with them.
/// Files too large for any format are refused here, before they are read.
fn sort_files(files: &[JsValue]) -> Result<(JsValue, Option<JsValue>), String> {
    let name_of = |f: &JsValue| file_name(f);
    for file in files {
        let limit = if is_camera_file(&name_of(file)) {
            MAX_CAMERA_FILE_BYTES
        } else {
            MAX_OSM_TEXT_BYTES
        };
        let size = file_size(file);
        if size > limit {
            let what = text::tools::import_too_large(size, limit);
            return Err(text::tools::import_problem(name_of(file), what));
        }
    }
    let (cameras, roads): (Vec<&JsValue>, Vec<&JsValue>) =
        files.iter().partition(|f| is_camera_file(&name_of(f)));
    match (roads.as_slice(), cameras.as_slice()) {
        ([road], []) => Ok(((*road).clone(), None)),
        ([road], [camera]) => Ok(((*road).clone(), Some((*camera).clone()))),
        ([], [camera]) => Err(text::tools::import_problem_plain(
            name_of(camera),
            text::tools::import_cameras_alone(),
        )),
        _ => Err(text::tools::import_problem_plain(
            files.iter().map(name_of).collect::<Vec<_>>().join(", "),
            text::tools::import_too_many_files(),
        )),
    }
}

/// Offers `contents` as a download named `file_name` (a same-page `blob:` link).
fn download(file_name: &str, contents: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let document = window.document().ok_or(JsValue::NULL)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let blob_type =
        js_sys::Reflect::get(&window, &"Blob".into())?.dyn_into::<js_sys::Function>()?;
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"type".into(), &"application/json".into())?;
    let blob = js_sys::Reflect::construct(&blob_type, &js_sys::Array::of2(&parts, &options))?;
    let url_type = js_sys::Reflect::get(&window, &"URL".into())?;
    let create = js_sys::Reflect::get(&url_type, &"createObjectURL".into())?
        .dyn_into::<js_sys::Function>()?;
    let url = create
        .call1(&url_type, &blob)?
        .as_string()
        .unwrap_or_default();
    let link = document.create_element("a")?;
    link.set_attribute("href", &url)?;
    link.set_attribute("download", file_name)?;
    link.dyn_ref::<web_sys::HtmlElement>()
        .ok_or(JsValue::NULL)?
        .click();
    // The download has its bytes once the click was handled.
    Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// The town picker.
#[function_component(TownPicker)]
pub fn town_picker(props: &TownPickerProps) -> Html {
    let import = ImportStatus {
        shown: use_state(|| props.kept.borrow().clone()),
        kept: props.kept.clone(),
    };
    let dragging = use_state(|| false);
    let heading = use_node_ref();
    {
        let arriving = props.arriving.clone();
        let on_made_up_town = props.scenario.town_file.is_none();
        let heading = heading.clone();
        let on_arrival = props.on_arrival.clone();
        use_effect_with(props.page_drawn, move |&page_drawn| {
            if page_drawn && arriving.replace(false) && on_made_up_town {
                // In a task of its own, once the components above have drawn the same
                // change. At once, not smoothly: a smooth scroll draws the dossier's cards on
                // its way (each skipped while off screen, `content-visibility`), whose true
                // heights then moved the picker 2,000 px from where the scroll ended.
                //
                // Then once more, if the view moved off it: the dossier's cards that come on
                // screen with the scroll draw at their true heights, and the browser keeps
                // one of them in place (scroll anchoring), which took a laptop's view 25 px
                // past the heading.
                Timeout::new(0, move || {
                    let Some(heading) = heading.cast::<web_sys::HtmlElement>() else {
                        return;
                    };
                    // A visitor who already moved the focus (Tab from the page's start) is
                    // left where they went; the link that brought them here does not count.
                    let moved_on = gloo::utils::document()
                        .active_element()
                        .is_some_and(|active| {
                            let arrival_link = active.tag_name() == "A"
                                && active
                                    .get_attribute("href")
                                    .is_some_and(|href| href.contains("#/import"));
                            !matches!(active.tag_name().as_str(), "BODY" | "MAIN") && !arrival_link
                        });
                    if moved_on {
                        return;
                    }
                    on_arrival.emit(());
                    heading.scroll_into_view();
                    let _ = heading.focus();
                    for delay in ANCHORING_CHECKS_MS {
                        let heading = heading.clone();
                        Timeout::new(delay, move || {
                            // Only while the visitor has not moved on: the heading keeps the
                            // focus, and the view drifted no more than anchoring moves it.
                            let focused = gloo::utils::document()
                                .active_element()
                                .is_some_and(|active| active == *heading);
                            let top = heading.get_bounding_client_rect().top();
                            if focused
                                && !(0.0..=ARRIVAL_TOP_PX).contains(&top)
                                && top.abs() < ANCHORING_DRIFT_PX
                            {
                                heading.scroll_into_view();
                            }
                        })
                        .forget();
                    }
                })
                .forget();
            }
        });
    }
    // The import's worker, kept until its answer came.
    let client = use_mut_ref(|| None::<DeskClient>);
    let scenario = use_mut_ref(|| props.scenario.clone());
    *scenario.borrow_mut() = props.scenario.clone();

    let on_files = {
        let import = import.clone();
        let client = client.clone();
        let on_town = props.on_town.clone();
        let scenario = scenario.clone();
        Rc::new(move |list: JsValue| {
            let files = files_in(&list);
            if files.is_empty() {
                return;
            }
            let (road, cameras) = match sort_files(&files) {
                Ok(sorted) => sorted,
                Err(message) => return import.set(Import::Failed(message)),
            };
            // The last pick wins: an import still running ends here.
            drop(client.borrow_mut().take());
            import.set(Import::Reading(0));
            let import = import.clone();
            let client = client.clone();
            let on_town = on_town.clone();
            let scenario = scenario.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let road = match read_file(&road).await {
                    Ok(road) => road,
                    Err(message) => return import.set(Import::Failed(message)),
                };
                let cameras = match cameras {
                    Some(file) => match read_file(&file).await {
                        Ok(cameras) => Some(cameras),
                        Err(message) => return import.set(Import::Failed(message)),
                    },
                    None => None,
                };
                let desk = start_import(import, client.clone(), on_town, scenario, &road.name);
                desk.import(&road, cameras.as_ref());
                client.replace(Some(desk));
            });
        })
    };

    let on_change = {
        let on_files = on_files.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            if let Ok(list) = js_sys::Reflect::get(&input, &"files".into()) {
                on_files(list);
            }
            // The same file picked again is a new pick.
            input.set_value("");
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            let list = js_sys::Reflect::get(&event, &"dataTransfer".into())
                .and_then(|transfer| js_sys::Reflect::get(&transfer, &"files".into()));
            if let Ok(list) = list {
                on_files(list);
            }
        })
    };

    let held = props.scenario.town_file.as_ref().and_then(towns::held_for);
    let on_save = {
        let scenario = props.scenario.clone();
        let held = held.clone();
        let import = import.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(town) = &held else { return };
            let saved = towns::scenario_file(&scenario, town)
                .map_err(|e| text::tools::scenario_file_problem(town.file.name.as_str(), e))
                .and_then(|file| {
                    let name = format!("{}.plate-trail.json", town.file.name);
                    download(&name, &file).map_err(|_| {
                        text::tools::scenario_file_problem(
                            name.as_str(),
                            text::tools::scenario_file_download_refused(),
                        )
                    })
                });
            if let Err(message) = saved {
                import.set(Import::Failed(message));
            }
        })
    };
    // The visitor's last pick wins: an import still running is ended, and a town it already
    // sent is not put on the map ([`start_import`] looks before drawing it).
    let on_made_up = {
        let on_town = props.on_town.clone();
        let scenario = props.scenario.clone();
        let import = import.clone();
        let client = client.clone();
        Callback::from(move |_: MouseEvent| {
            drop(client.borrow_mut().take());
            import.set(Import::Idle);
            on_town.emit((
                Scenario {
                    town_file: None,
                    commuter: None,
                    ..scenario.clone()
                },
                text::tools::made_up_town_chosen().to_owned(),
            ));
        })
    };

    let status = match &*import {
        Import::Idle => html! {},
        Import::Reading(percent) => html! {
            <div class="town-progress" role="status" data-testid="import-progress">
                <label for="town-import-progress">{ text::tools::import_progress(*percent) }</label>
                <progress id="town-import-progress" max="100" value={percent.to_string()}></progress>
            </div>
        },
        Import::Drawing => html! {
            <p class="town-progress" role="status" data-testid="import-progress">{ text::tools::town_drawing() }</p>
        },
        Import::Done(summary, millis) => html! {
            <p class="town-summary" role="status" data-testid="import-summary"
                data-import-millis={format!("{millis:.1}")}>{ summary.clone() }</p>
        },
        Import::Failed(message) => html! {
            <p class="error" role="alert" data-testid="import-error">{ message.clone() }</p>
        },
    };
    let busy = matches!(*import, Import::Reading(_) | Import::Drawing);

    html! {
        <section class="town-picker" aria-labelledby="town-picker-title" data-testid="town-picker">
            <h3 id="town-picker-title" ref={heading} tabindex="-1">{ text::tools::town_picker_title() }</h3>
            <p>{ text::tools::town_picker_intro() }</p>
            <div class={classes!("drop-zone", dragging.then_some("is-dragging"))}
                ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}
                data-testid="town-drop">
                <label class="file-button secondary">
                    { text::tools::town_pick_files() }
                    <input type="file" multiple={true} class="visually-hidden" disabled={busy}
                        accept=".osm,.xml,.json,.pbf,.kml,.geojson,.csv"
                        data-testid="town-files" onchange={on_change} />
                </label>
                <span class="drop-hint">{ text::tools::town_drop_hint() }</span>
            </div>
            { status }
            if held.is_some() {
                <div class="town-actions">
                    <button type="button" class="secondary" data-testid="save-scenario-file"
                        onclick={on_save}>{ text::tools::save_scenario_file() }</button>
                    <button type="button" class="secondary" data-testid="made-up-town"
                        onclick={on_made_up}>{ text::tools::town_back_to_made_up() }</button>
                    <p class="hint">{ text::tools::save_scenario_file_hint() }</p>
                </div>
            }
        </section>
    }
}

/// A worker for one import, whose replies move the progress bar and, at the end, put the
/// town on the map (or say what is wrong).
fn start_import(
    import: ImportStatus,
    client: Rc<RefCell<Option<DeskClient>>>,
    on_town: Callback<(Scenario, String)>,
    scenario: Rc<RefCell<Scenario>>,
    road_name: &str,
) -> DeskClient {
    // The worker failed (an error, not an answer): say so, never leave the bar at 100%.
    let on_failure = {
        let import = import.clone();
        let message =
            text::tools::import_problem_plain(road_name, text::tools::import_unreadable());
        move || import.set(Import::Failed(message.clone()))
    };
    DeskClient::new(
        move |reply| match reply {
            // Ended by "Back to the made-up town" (a newer file ends this client at its pick):
            // a reply already on its way is not the visitor's any more. A refusal that follows
            // the worker's own failure still replaces that message with the better one.
            Reply::ImportProgress(_) | Reply::TownImported(_) if import.is_idle() => {}
            Reply::ImportProgress(percent) => import.set(Import::Reading(percent)),
            Reply::TownImported(answer) => {
                let answer = answer.open();
                match &answer {
                    Ok(_) => import.set(Import::Drawing),
                    Err(problem) => import.set(Import::Failed(problem.message())),
                }
                let (client, import, on_town) = (client.clone(), import.clone(), on_town.clone());
                let scenario = scenario.borrow().clone();
                // Tasks of their own, after "Drawing" painted (none of these timers is the
                // worker's to cancel): the town copied in from the browser's values, the town
                // read and the new run started, and last the worker ended. In one task these
                // were 31-54 ms of CPU (profiled: the copies about a third, ending the worker
                // 4-12 ms), over the 50 ms the browser calls long (issue 11).
                // The worker is taken at once, so a new import started meanwhile keeps its own,
                // and the town is drawn only if the visitor picked nothing else meanwhile.
                Timeout::new(0, move || {
                    // A newer file's import holds the client now.
                    if import.is_reading() {
                        return;
                    }
                    let ended = client.borrow_mut().take();
                    let arrived = take_arrived_town();
                    Timeout::new(0, move || {
                        if let Ok(news) = answer
                            && import.is_drawing()
                        {
                            town_arrived(news, arrived, &scenario, &import, &on_town);
                        }
                        Timeout::new(0, move || drop(ended)).forget();
                    })
                    .forget();
                })
                .forget();
            }
            _ => {}
        },
        on_failure,
    )
}

/// The worker's town (`arrived`: its JSON and its flat arrays, sent beside the answer), held
/// on the page and put on the map with the scenario file's life or the persona's life matched
/// to the town's places. The town is built from the flat arrays, not read from its JSON, so
/// this task stays short ([`flat_town`]).
fn town_arrived(
    news: TownNews,
    arrived: Option<(String, FlatTown)>,
    scenario: &Scenario,
    import: &ImportStatus,
    on_town: &Callback<(Scenario, String)>,
) {
    let failed = |what: &str| {
        let message = text::tools::import_problem_plain(news.file.name.as_str(), what);
        import.set(Import::Failed(message));
    };
    let Some((json, flat)) = arrived else {
        return failed(text::tools::import_unreadable());
    };
    let map = match flat_town::unflatten(&flat) {
        Ok(map) => map,
        Err(e) => return failed(&e),
    };
    let town = HeldTown {
        file: news.file.clone(),
        map: Rc::new(map),
        json: json.into(),
    };
    let file = town.file.clone();
    towns::hold(town);
    let next = match news.scenario {
        Some(saved) => Scenario {
            town_file: Some(file),
            ..saved
        },
        None => Scenario {
            town_file: Some(file),
            commuter: None,
            ..scenario.clone()
        },
    };
    let millis = news.import_millis;
    import.set(Import::Done(
        text::tools::town_imported(
            &news.file.name,
            news.places,
            news.road_km,
            (
                news.cameras_read,
                news.cameras_snapped,
                news.cameras_unmatched,
            ),
        ),
        millis,
    ));
    on_town.emit((next, text::tools::town_chosen().to_owned()));
}
