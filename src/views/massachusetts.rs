//! The "Massachusetts today" view (`#/massachusetts`, in the tools module): every ALPR
//! camera mapped in Massachusetts (the DeFlock export the app ships, with its attribution
//! and date) over the state's outline, the cameras by operator, a search by operator name
//! (the map and the tables follow, the result is announced), the note that the mapped count
//! is a floor, and a button that runs the simulator as dense as a real town.
//!
//! The data comes when the view opens ([`fetch_data`]: `data/massachusetts-alpr.json` and
//! `data/massachusetts-outline.json`), never in the first visit's download. The counting
//! and searching are [`crate::scenario::massachusetts`]; this file draws.

pub mod density_launcher;
pub mod state_map;

use std::rc::Rc;

use yew::prelude::*;

use crate::scenario::massachusetts::{CAMERA_FILE, CameraFile, OUTLINE_FILE, Outline};
use crate::text::tools as words;
use crate::views::lazy_content::fetch_data;
use density_launcher::DensityLauncher;
use state_map::StateMap;

/// Cameras listed in the search's camera table at most.
const CAMERA_ROWS: usize = 100;

/// The view's data as it arrives.
#[derive(Clone, PartialEq)]
enum Data {
    Loading,
    Ready(Rc<CameraFile>, Rc<Outline>),
    Failed(String),
}

async fn load() -> Data {
    let cameras = match fetch_data(CAMERA_FILE)
        .await
        .and_then(|j| CameraFile::from_json(&j))
    {
        Ok(file) => file,
        Err(reason) => return Data::Failed(words::ma_failed(&reason)),
    };
    // The outline is a backdrop: without it the cameras still show.
    let outline = fetch_data(OUTLINE_FILE)
        .await
        .and_then(|j| Outline::from_json(&j))
        .unwrap_or_default();
    Data::Ready(Rc::new(cameras), Rc::new(outline))
}

/// The view.
#[function_component(Massachusetts)]
pub fn massachusetts() -> Html {
    crate::language::use_language();
    let data = use_state(|| Data::Loading);
    {
        let data = data.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move { data.set(load().await) });
        });
    }
    let query = use_state(String::new);
    let oninput = {
        let query = query.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            query.set(input.value());
        })
    };
    let clear = {
        let query = query.clone();
        Callback::from(move |_: MouseEvent| query.set(String::new()))
    };

    let body = match &*data {
        Data::Loading => html! {
            <p class="loading busy" role="status"><span class="spinner" aria-hidden="true"></span>{ words::ma_loading() }</p>
        },
        Data::Failed(message) => html! {
            <p class="error" role="alert" data-testid="ma-error">{ message.clone() }</p>
        },
        Data::Ready(cameras, outline) => ready(cameras, outline, &query, oninput, clear),
    };
    html! {
        <section class="content-page massachusetts" aria-labelledby="ma-title"
            data-testid="massachusetts" data-ready={matches!(*data, Data::Ready(..)).to_string()}>
            <h2 id="ma-title">{ words::ma_title() }</h2>
            <p>{ words::ma_intro() }</p>
            { body }
        </section>
    }
}

fn ready(
    file: &Rc<CameraFile>,
    outline: &Rc<Outline>,
    query: &UseStateHandle<String>,
    oninput: Callback<InputEvent>,
    clear: Callback<MouseEvent>,
) -> Html {
    let searching = !query.trim().is_empty();
    let wanted = crate::scenario::massachusetts::normalised(query);
    let counts = file.by_operator();
    let shown: Vec<_> = counts
        .iter()
        .filter(|c| {
            !searching || crate::scenario::massachusetts::normalised(&c.operator).contains(&wanted)
        })
        .collect();
    let found = if searching {
        file.search(query)
    } else {
        Vec::new()
    };
    let matching: Rc<Vec<bool>> = Rc::new(if searching {
        file.cameras
            .iter()
            .map(|c| found.iter().any(|f| std::ptr::eq(*f, c)))
            .collect()
    } else {
        Vec::new()
    });
    let announcement = if searching {
        words::ma_search_result(shown.len(), query.trim(), found.len())
    } else {
        String::new()
    };
    let label = words::map_label(file.cameras.len(), searching.then_some(found.len()));
    let rows = shown.iter().map(|c| {
        let name = if c.operator.is_empty() { words::ma_no_operator() } else { c.operator.as_str() };
        let makers = if c.manufacturers.is_empty() {
            words::ma_not_tagged().to_owned()
        } else {
            c.manufacturers.join(", ")
        };
        html! {
            <tr><th scope="row">{ name }</th><td class="number">{ c.cameras }</td><td>{ makers }</td></tr>
        }
    });
    let camera_rows = found.iter().take(CAMERA_ROWS).map(|c| {
        let operator = file.operator(c);
        let maker = file.manufacturer(c);
        let facing = if c.4.is_empty() {
            words::ma_not_tagged().to_owned()
        } else {
            c.4.iter()
                .map(|d| format!("{d}\u{b0}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        html! {
            <tr>
                <td>{ if operator.is_empty() { words::ma_no_operator() } else { operator } }</td>
                <td>{ if maker.is_empty() { words::ma_not_tagged() } else { maker } }</td>
                <td>{ facing }</td>
                <td>{ format!("{:.5}, {:.5}", c.0, c.1) }</td>
            </tr>
        }
    });
    html! {
        <>
            <p class="ma-attribution" data-testid="ma-attribution">
                { words::ma_attribution(crate::text::long_date(&file.exported)) }{ " " }{ crate::cite!("osm-massachusetts-export") }
            </p>
            <p class="ma-totals" data-testid="ma-totals" data-cameras={file.cameras.len().to_string()}>
                { words::ma_totals(file.cameras.len(), file.with_operator(), counts.iter().filter(|c| !c.operator.is_empty()).count()) }
            </p>
            <p class="ma-floor" data-testid="ma-floor">
                { words::ma_floor_note() }{ " " }{ crate::cite!("deflock-map") }{ " " }
                { words::ma_floor_flock() }{ " " }{ crate::cite!("aclum-flock-location") }
            </p>
            <div class="field ma-search">
                <label for="ma-search">{ words::ma_search_label() }</label>
                <div class="range-row">
                    <input id="ma-search" type="search" data-testid="ma-search" autocomplete="off"
                        value={(**query).clone()} {oninput} aria-describedby="ma-search-hint" />
                    if searching {
                        <button type="button" class="secondary" onclick={clear}>{ words::ma_search_clear() }</button>
                    }
                </div>
                <span class="hint" id="ma-search-hint">{ words::ma_search_hint() }</span>
            </div>
            <p class="visually-hidden" role="status" aria-live="polite" data-testid="ma-announcement">{ announcement.clone() }</p>
            if searching {
                <p data-testid="ma-search-result" aria-hidden="true">{ announcement }</p>
            }
            <figure class="ma-map">
                <StateMap outline={outline.clone()} cameras={file.clone()} {matching} label={label} />
                <figcaption class="hint">{ words::ma_outline_credit() }</figcaption>
            </figure>
            <div class="table-scroll" tabindex="0" role="region" aria-label={words::ma_operators_caption()}>
                <table class="ma-table" data-testid="ma-operators">
                    <caption>{ words::ma_operators_caption() }</caption>
                    <thead><tr>
                        <th scope="col">{ words::ma_column_operator() }</th>
                        <th scope="col">{ words::ma_column_cameras() }</th>
                        <th scope="col">{ words::ma_column_makers() }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if searching && !found.is_empty() {
                <div class="table-scroll" tabindex="0" role="region" aria-label={words::ma_column_where()}>
                    <table class="ma-table" data-testid="ma-cameras">
                        <caption>{ words::cameras_caption(found.len().min(CAMERA_ROWS), found.len()) }</caption>
                        <thead><tr>
                            <th scope="col">{ words::ma_column_operator() }</th>
                            <th scope="col">{ words::ma_column_makers() }</th>
                            <th scope="col">{ words::ma_column_facing() }</th>
                            <th scope="col">{ words::ma_column_where() }</th>
                        </tr></thead>
                        <tbody>{ for camera_rows }</tbody>
                    </table>
                </div>
            }
            <DensityLauncher />
        </>
    }
}
