//! The town itself, drawn once per town and zoom level: the town line, roads by class,
//! places with their symbols and cameras with their field-of-view wedges.
//!
//! Roads of one class are one SVG path, so a town of thousands of segments stays a handful
//! of DOM nodes. Colours come from CSS classes (the page's CSP forbids inline styles).
//!
//! Only the places' titles hold words: [`TownLayer`] (the town line, roads, cameras) does not
//! follow the language, and [`PlacesLayer`] keeps its shapes (memoised per town and zoom) and
//! rewrites just the titles, so a language switch does not redraw the town.

use std::fmt::Write;

use yew::prelude::*;

use super::projection::Projection;
use crate::scenario::Shared;
use crate::sim::{Camera, Place, PlaceKind, RoadClass, TownMap};
use crate::text;

#[derive(Properties, Clone, PartialEq)]
pub struct TownLayerProps {
    pub town: Shared<TownMap>,
    pub projection: Projection,
    /// Map meters per screen pixel at the current zoom, to keep symbols the same size.
    pub symbol_meters: f64,
}

/// CSS class suffix of a road class.
pub fn road_slug(class: RoadClass) -> &'static str {
    match class {
        RoadClass::Highway => "highway",
        RoadClass::Arterial => "arterial",
        RoadClass::Collector => "collector",
        RoadClass::Local => "local",
    }
}

/// The short glyph drawn inside a place's symbol (empty for homes, which are many).
pub fn place_glyph(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::Home | PlaceKind::FriendsHouse => "",
        PlaceKind::Hospital => "H",
        PlaceKind::School => "S",
        PlaceKind::Daycare => "D",
        PlaceKind::Factory => "F",
        PlaceKind::OfficePark => "O",
        PlaceKind::Store => "$",
        PlaceKind::Grocery => "G",
        PlaceKind::Gym => "Y",
        PlaceKind::Bar => "B",
        PlaceKind::Restaurant => "R",
        PlaceKind::Church => "\u{271d}",
        PlaceKind::Mosque => "\u{263e}",
        PlaceKind::Synagogue => "\u{2721}",
        PlaceKind::Temple => "T",
        PlaceKind::ReproductiveHealthClinic => "+",
        PlaceKind::ImmigrationLegalAid => "L",
        PlaceKind::UnionHall => "U",
        PlaceKind::Courthouse => "J",
        PlaceKind::TownHall => "C",
        PlaceKind::OutOfTown => "\u{2192}",
        PlaceKind::Park => "P",
        PlaceKind::Shelter => "S",
    }
}

/// CSS class of a place's symbol: sensitive places, homes and the rest look different in
/// shape as well as colour.
pub fn place_class(kind: PlaceKind) -> &'static str {
    if kind.is_sensitive() {
        "place place--sensitive"
    } else if matches!(kind, PlaceKind::Home | PlaceKind::FriendsHouse) {
        "place place--home"
    } else {
        "place place--other"
    }
}

/// The wedge a camera reads in, as an SVG path in map meters.
pub fn camera_wedge(camera: &Camera, projection: &Projection) -> String {
    let (x, y) = projection.to_meters(camera.position);
    let range = camera.range_meters.max(0.0);
    let half = camera.field_of_view_degrees.clamp(1.0, 359.0) / 2.0;
    // Compass bearings: 0 north (-y on screen), 90 east (+x).
    let point = |bearing: f64| {
        let b = bearing.to_radians();
        (x + range * b.sin(), y - range * b.cos())
    };
    let (x1, y1) = point(camera.heading_degrees - half);
    let (x2, y2) = point(camera.heading_degrees + half);
    let large = i32::from(half * 2.0 > 180.0);
    format!("M{x:.1} {y:.1}L{x1:.1} {y1:.1}A{range:.1} {range:.1} 0 {large} 1 {x2:.1} {y2:.1}Z")
}

fn roads_path(town: &TownMap, projection: &Projection, class: RoadClass) -> String {
    let mut d = String::new();
    for road in town.roads.iter().filter(|r| r.class == class) {
        let (Some(a), Some(b)) = (
            town.intersections.get(road.from as usize),
            town.intersections.get(road.to as usize),
        ) else {
            continue;
        };
        let (x1, y1) = projection.to_meters(a.position);
        let (x2, y2) = projection.to_meters(b.position);
        let _ = write!(d, "M{x1:.1} {y1:.1}L{x2:.1} {y2:.1}");
    }
    d
}

/// A place's symbol, without its title (the words).
fn place_shape(place: &Place, projection: &Projection, s: f64) -> Html {
    let (x, y) = projection.to_meters(place.position);
    let glyph = place_glyph(place.kind);
    let shape = if place.kind.is_sensitive() {
        // A diamond.
        let r = 9.0 * s;
        html! { <path d={format!("M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z", y - r, x + r, y + r, x - r)} /> }
    } else if glyph.is_empty() {
        let r = 4.0 * s;
        html! { <rect x={format!("{:.1}", x - r)} y={format!("{:.1}", y - r)} width={format!("{:.1}", 2.0 * r)} height={format!("{:.1}", 2.0 * r)} /> }
    } else {
        html! { <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r={format!("{:.1}", 8.0 * s)} /> }
    };
    let label = (!glyph.is_empty()).then(|| {
        html! {
            <text x={format!("{x:.1}")} y={format!("{:.1}", y + 4.0 * s)} font-size={format!("{:.1}", 11.0 * s)} text-anchor="middle">
                { glyph }
            </text>
        }
    });
    html! { <>{ shape }{ for label }</> }
}

/// The places, drawn in order (homes first, many and small, then the others on top), with
/// their titles in the language showing.
#[function_component(PlacesLayer)]
pub fn places_layer(props: &TownLayerProps) -> Html {
    crate::language::use_language();
    let shapes = use_memo(
        (props.town.clone(), props.projection, props.symbol_meters),
        |(town, projection, s)| {
            let mut order: Vec<usize> = (0..town.places.len()).collect();
            order.sort_by_key(|&i| {
                !matches!(
                    town.places[i].kind,
                    PlaceKind::Home | PlaceKind::FriendsHouse
                )
            });
            order
                .into_iter()
                .map(|i| (i, place_shape(&town.places[i], projection, *s)))
                .collect::<Vec<_>>()
        },
    );
    let places = shapes.iter().map(|(i, shape)| {
        let place = &props.town.places[*i];
        html! {
            <g class={place_class(place.kind)} data-testid={format!("place-{i}")} data-place-kind={format!("{:?}", place.kind)}>
                <title>{ text::place_label(&place.name, place.kind) }</title>
                { shape.clone() }
            </g>
        }
    });
    html! { <g class="places">{ for places }</g> }
}

fn camera_svg(index: usize, camera: &Camera, projection: &Projection, s: f64) -> Html {
    let (x, y) = projection.to_meters(camera.position);
    let r = 4.0 * s;
    html! {
        <g class="camera" data-testid={format!("camera-{index}")}>
            <title>{ format!("{}: {}", camera.label, camera.operator) }</title>
            <path class="camera-wedge" d={camera_wedge(camera, projection)} />
            <rect class="camera-body" x={format!("{:.1}", x - r)} y={format!("{:.1}", y - r)}
                width={format!("{:.1}", 2.0 * r)} height={format!("{:.1}", 2.0 * r)} />
        </g>
    }
}

/// The town's static drawing.
#[function_component(TownLayer)]
pub fn town_layer(props: &TownLayerProps) -> Html {
    let town = &props.town;
    let projection = &props.projection;
    let s = props.symbol_meters;
    let boundary = (!town.boundary.is_empty()).then(|| {
        let mut d = String::new();
        for (i, p) in town.boundary.iter().enumerate() {
            let (x, y) = projection.to_meters(*p);
            let _ = write!(d, "{}{x:.1} {y:.1}", if i == 0 { "M" } else { "L" });
        }
        d.push('Z');
        html! { <path class="town-line" d={d} stroke-dasharray={format!("{:.1} {:.1}", 8.0 * s, 5.0 * s)} /> }
    });
    // Draw small roads first so big ones sit on top.
    let roads = [
        RoadClass::Local,
        RoadClass::Collector,
        RoadClass::Arterial,
        RoadClass::Highway,
    ]
    .into_iter()
    .map(|class| {
        html! {
            <path class={format!("road road--{}", road_slug(class))} d={roads_path(town, projection, class)} />
        }
    });
    let cameras = town
        .cameras
        .iter()
        .enumerate()
        .map(|(i, c)| camera_svg(i, c, projection, s));
    html! {
        <g class="town">
            { for boundary }
            <g class="roads">{ for roads }</g>
            <PlacesLayer town={props.town.clone()} projection={*projection} symbol_meters={s} />
            <g class="cameras">{ for cameras }</g>
        </g>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{CameraOwner, CameraPlacement};

    mod camera_wedge {
        use super::*;

        #[test]
        fn a_north_facing_camera_opens_upwards() {
            let camera = Camera {
                label: "FL-01".into(),
                position: [0.0, 0.0],
                heading_degrees: 0.0,
                field_of_view_degrees: 90.0,
                range_meters: 100.0,
                operator: "Town police".into(),
                owner: CameraOwner::TownPolice,
                placement: CameraPlacement::Mapped,
                read_probability: 0.9,
            };
            let d = camera_wedge(&camera, &Projection::around([0.0, 0.0]));
            // Left edge at bearing -45: x = -70.7, y = -70.7 (north is up).
            assert!(
                d.contains("L-70.7 -70.7A100.0 100.0 0 0 1 70.7 -70.7Z"),
                "{d}"
            );
        }
    }
}
