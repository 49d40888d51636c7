//! The camera count: a slider over [`CAMERA_COUNT`], what the count means per km² of the
//! town, and real Massachusetts networks beside it, each with a button that makes the town
//! as dense, so a visitor can see how many cameras it takes before the analyst knows their
//! street.
//!
//! Sends [`Action::SetCameraCount`] up when the slider is let go (or moved by a key); holds
//! only where the slider is while it is dragged (shown beside it, and kept across a render
//! in the middle of the drag), and calls no simulation. The
//! densities come from [`crate::scenario::camera_density`].

use yew::prelude::*;

use super::state::Action;
use crate::components::typing::use_typing;
use crate::scenario::Shared;
use crate::scenario::camera_density::{
    MASSACHUSETTS_NETWORKS, cameras_for_density, town_area_square_km,
};
use crate::scenario::limits::CAMERA_COUNT;
use crate::sim::TownMap;
use crate::text;

#[derive(Properties, Clone, PartialEq)]
pub struct CameraControlProps {
    /// Cameras the scenario asks for.
    pub camera_count: u32,
    /// The town last run (`None` before the first run).
    pub town: Option<Shared<TownMap>>,
    pub on_edit: Callback<Action>,
}

/// The camera control.
#[function_component(CameraControl)]
pub fn camera_control(props: &CameraControlProps) -> Html {
    crate::language::use_language();
    let dragging = use_typing();
    // A town read from map data has the cameras its files map; the count only places the
    // made-up town's (a slider there moved nothing, and its sentence quoted 20 cameras on
    // a town of 48). After the hooks: they run in the same order on every render.
    if let Some(town) = props
        .town
        .as_deref()
        .filter(|town| !town.attribution.is_empty())
    {
        return mapped_cameras(town);
    }
    let count = props.camera_count;
    let shown = dragging.shown(count.to_string());
    let onchange = {
        let on_edit = props.on_edit.clone();
        let dragging = dragging.clone();
        Callback::from(move |event: Event| {
            dragging.done();
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Ok(count) = input.value().trim().parse::<u32>() {
                on_edit.emit(Action::SetCameraCount(count));
            }
        })
    };
    let area = props
        .town
        .as_deref()
        .and_then(|town| town_area_square_km(town).map(|area| (town.name.clone(), area)));
    let density = area.as_ref().map(|(name, area)| {
        html! { <p class="hint" id="camera-density" data-testid="camera-density">{ text::town_density(name, count, *area) }</p> }
    });
    let examples = area.as_ref().map(|(_, area)| {
        let items = MASSACHUSETTS_NETWORKS.iter().map(|network| {
            let wanted = cameras_for_density(network, *area, &CAMERA_COUNT);
            let on_edit = props.on_edit.clone();
            let onclick = Callback::from(move |_| on_edit.emit(Action::SetCameraCount(wanted)));
            html! {
                <li>
                    <span>{ text::real_density(network.town, network.cameras, network.area_square_km) }</span>
                    <button type="button" class="secondary" disabled={wanted == count} {onclick}>
                        { text::as_dense_as(network.town, wanted) }
                    </button>
                </li>
            }
        });
        html! {
            <>
                <p class="hint">{ text::real_densities() }{ " " }{ crate::cite!("osm-massachusetts-export") }</p>
                <ul class="densities">{ for items }</ul>
            </>
        }
    });
    html! {
        <div class="field camera-control" data-testid="camera-control">
            <label for="camera-count">{ text::cameras_label() }</label>
            <div class="range-row">
                <input id="camera-count" type="range" data-testid="camera-count"
                    min={CAMERA_COUNT.start().to_string()} max={CAMERA_COUNT.end().to_string()} step="1"
                    value={shown.clone()} aria-valuetext={shown.clone()} oninput={dragging.on_input()}
                    aria-describedby={area.is_some().then_some("camera-density")} {onchange} />
                <output for="camera-count" class="range-value" data-testid="camera-count-shown">{ shown }</output>
            </div>
            { for density }
            { for examples }
            <span class="hint">{ text::cameras_hint() }</span>
        </div>
    }
}

/// An imported town's cameras: how many its files map, and per km² of it.
fn mapped_cameras(town: &TownMap) -> Html {
    let count = town.cameras.len() as u32;
    let density = town_area_square_km(town).map(|area| {
        html! { <p class="hint" data-testid="camera-density">{ text::town_density(&town.name, count, area) }</p> }
    });
    html! {
        <div class="field camera-control" data-testid="camera-control" data-mapped={count.to_string()}>
            <p class="field-label">{ text::cameras_label() }{ ": " }<strong data-testid="camera-count-shown">{ count }</strong></p>
            { for density }
            <span class="hint">{ text::cameras_mapped_hint() }</span>
        </div>
    }
}
