//! The map as text, for anyone who cannot see it: your pins and the guesses, the town's
//! places, its cameras, and which cameras read your plate so far; each pin and camera says
//! where it is by the town's nearest named place ("250 m north-east of Oak Street School"). The capture log below
//! it lists every sighting.
//!
//! The places and the cameras are components of their own, redrawn only when the town (or
//! the reads so far) change: a new guess on the map, or the dossier's arrival, redraws the
//! few pins, not the town's hundreds of lines (issue 11: no task over 50 ms).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::map::{Marker, whereabouts};
use crate::scenario::Shared;
use crate::sim::{PlaceKind, Sighting, TownMap, TravelDirection};
use crate::text;

#[derive(Properties, Clone, PartialEq)]
pub struct MapTextProps {
    pub town: Shared<TownMap>,
    pub markers: Vec<Marker>,
    /// Sightings of the plate so far.
    pub rows: Shared<Vec<Sighting>>,
    pub rows_so_far: usize,
}

/// The text alternative of the map.
#[function_component(MapText)]
pub fn map_text(props: &MapTextProps) -> Html {
    crate::language::use_language();
    // Keyed as the map's markers are, so the car's line coming at the end (or the guesses')
    // leaves the lines before it in place.
    let pins = props
        .markers
        .iter()
        .zip(Marker::keys(&props.markers))
        .map(|(m, key)| {
            let line = text::map_text_pin(m.title.as_str(), whereabouts(&props.town, m.position));
            html! { <li {key}>{ line }</li> }
        });
    let reads = use_memo(
        (props.town.clone(), props.rows.clone(), props.rows_so_far),
        |(town, rows, rows_so_far)| {
            let mut reads = vec![0usize; town.cameras.len()];
            for s in &rows[..(*rows_so_far).min(rows.len())] {
                if let Some(n) = reads.get_mut(usize::from(s.camera)) {
                    *n += 1;
                }
            }
            reads
        },
    );
    html! {
        <details class="map-text" data-testid="map-text">
            <summary>{ text::map_text_title() }</summary>
            <h3>{ text::map_text_pins() }</h3>
            <ul>{ for pins }</ul>
            <PlacesText town={props.town.clone()} />
            <CamerasText town={props.town.clone()} {reads} />
        </details>
    }
}

#[derive(Properties, Clone, PartialEq)]
struct PlacesTextProps {
    town: Shared<TownMap>,
}

/// The town's places (homes counted, the others listed).
#[function_component(PlacesText)]
fn places_text(props: &PlacesTextProps) -> Html {
    crate::language::use_language();
    let town = &props.town;
    let homes = town
        .places
        .iter()
        .filter(|p| matches!(p.kind, PlaceKind::Home))
        .count();
    let places = town
        .places
        .iter()
        .filter(|p| !matches!(p.kind, PlaceKind::Home))
        .map(|p| {
            let sensitive = if p.kind.is_sensitive() {
                text::sensitive_suffix()
            } else {
                ""
            };
            html! { <li>{ text::place_label(&p.name, p.kind) }{ sensitive }</li> }
        });
    html! {
        <>
            <h3>{ text::map_text_places(homes) }</h3>
            <ul class="columns">{ for places }</ul>
        </>
    }
}

#[derive(Properties, Clone, PartialEq)]
struct CamerasTextProps {
    town: Shared<TownMap>,
    /// How many times each camera (by index) read the plate so far.
    reads: Rc<Vec<usize>>,
}

/// The town's cameras, each with its reads of the plate so far.
#[function_component(CamerasText)]
fn cameras_text(props: &CamerasTextProps) -> Html {
    let language = crate::language::use_language();
    let town = &props.town;
    // Where each camera is, once per town and language: the reads change with every
    // sighting of the drive, the places do not (each is a search of the town's places).
    let locations = use_memo((town.clone(), language), |(town, _)| {
        town.cameras
            .iter()
            .map(|camera| whereabouts(town, camera.position))
            .collect::<Vec<String>>()
    });
    let cameras = town
        .cameras
        .iter()
        .zip(props.reads.iter())
        .zip(locations.iter())
        .map(|((c, n), location)| {
            let facing =
                text::direction_name(TravelDirection::from_bearing_degrees(c.heading_degrees));
            html! {
                <li>{ text::camera_line(&c.label, &c.operator, location.as_str(), facing, *n) }</li>
            }
        });
    html! {
        <>
            <h3>{ text::map_text_cameras(town.cameras.len()) }</h3>
            <ul class="columns">{ for cameras }</ul>
        </>
    }
}
