//! The town itself, drawn once per town and zoom level: the town line, roads by class,
//! places with their symbols and cameras with their field-of-view wedges.
//!
//! Roads of one class are one SVG path, so a town of thousands of segments stays a handful
//! of DOM nodes. Colours come from CSS classes (the page's CSP forbids inline styles). The
//! drawing is SVG markup, parsed by the browser in one go (see [`TownLayer`]); everything
//! written into it from the town (names, labels) is escaped.
//!
//! Only the places' titles hold words: a language switch rewrites those titles in place and
//! leaves every shape as it is.

use std::fmt::Write;

use yew::prelude::*;

use super::projection::Projection;
use crate::content::push_escaped_html;
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

/// The roads of one class as one SVG path. A segment that starts where the one before it
/// ended (a street's segments follow each other) continues its line (`L` only), so a real
/// town's streets are one line each, not one line per segment: half the path data, and far
/// fewer line ends for the browser to draw (an imported town's map, about 15 000 segments,
/// was one 100 ms task of paint).
fn roads_path(town: &TownMap, projection: &Projection, class: RoadClass) -> String {
    let mut d = String::new();
    let mut line_end = None;
    for road in town.roads.iter().filter(|r| r.class == class) {
        let (Some(a), Some(b)) = (
            town.intersections.get(road.from as usize),
            town.intersections.get(road.to as usize),
        ) else {
            continue;
        };
        if line_end != Some(road.from) {
            let (x1, y1) = projection.to_meters(a.position);
            let _ = write!(d, "M{x1:.1} {y1:.1}");
        }
        let (x2, y2) = projection.to_meters(b.position);
        let _ = write!(d, "L{x2:.1} {y2:.1}");
        line_end = Some(road.to);
    }
    d
}

/// A place's symbol, without its title (the words), as SVG markup.
fn push_place_shape(out: &mut String, place: &Place, projection: &Projection, s: f64) {
    let (x, y) = projection.to_meters(place.position);
    let glyph = place_glyph(place.kind);
    if place.kind.is_sensitive() {
        // A diamond.
        let r = 9.0 * s;
        let _ = write!(
            out,
            "<path d=\"M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z\"></path>",
            y - r,
            x + r,
            y + r,
            x - r
        );
    } else if glyph.is_empty() {
        let r = 4.0 * s;
        let _ = write!(
            out,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"></rect>",
            x - r,
            y - r,
            2.0 * r,
            2.0 * r
        );
    } else {
        let _ = write!(
            out,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{:.1}\"></circle>",
            8.0 * s
        );
    }
    if !glyph.is_empty() {
        let _ = write!(
            out,
            "<text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"{:.1}\" text-anchor=\"middle\">{glyph}</text>",
            y + 4.0 * s,
            11.0 * s
        );
    }
}

/// The places as SVG markup, drawn in order (homes first, many and small, then the others
/// on top), with their titles in the language showing.
fn places_markup(town: &TownMap, projection: &Projection, s: f64) -> String {
    let mut order: Vec<usize> = (0..town.places.len()).collect();
    crate::sim::stable_sort::sort_by_key(&mut order, |&i| {
        !matches!(
            town.places[i].kind,
            PlaceKind::Home | PlaceKind::FriendsHouse
        )
    });
    let mut out = String::with_capacity(160 * town.places.len());
    for i in order {
        let place = &town.places[i];
        let _ = write!(
            out,
            "<g class=\"{}\" data-testid=\"place-{i}\" data-place-kind=\"{:?}\"><title>",
            place_class(place.kind),
            place.kind
        );
        push_escaped_html(&mut out, &text::place_label(&place.name, place.kind));
        out.push_str("</title>");
        push_place_shape(&mut out, place, projection, s);
        out.push_str("</g>");
    }
    out
}

/// The cameras as SVG markup: each one's wedge and body, titled with its label and operator.
fn cameras_markup(town: &TownMap, projection: &Projection, s: f64) -> String {
    let mut out = String::with_capacity(260 * town.cameras.len());
    for (index, camera) in town.cameras.iter().enumerate() {
        let (x, y) = projection.to_meters(camera.position);
        let r = 4.0 * s;
        let _ = write!(
            out,
            "<g class=\"camera\" data-testid=\"camera-{index}\"><title>"
        );
        push_escaped_html(&mut out, &format!("{}: {}", camera.label, camera.operator));
        let _ = write!(
            out,
            "</title><path class=\"camera-wedge\" d=\"{}\"></path><rect class=\"camera-body\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"></rect></g>",
            camera_wedge(camera, projection),
            x - r,
            y - r,
            2.0 * r,
            2.0 * r
        );
    }
    out
}

/// The town line and the roads as SVG markup (small roads first, so big ones sit on top).
fn ground_markup(town: &TownMap, projection: &Projection, s: f64) -> String {
    let mut out = String::new();
    if !town.boundary.is_empty() {
        out.push_str("<path class=\"town-line\" d=\"");
        for (i, p) in town.boundary.iter().enumerate() {
            let (x, y) = projection.to_meters(*p);
            let _ = write!(out, "{}{x:.1} {y:.1}", if i == 0 { "M" } else { "L" });
        }
        let _ = write!(
            out,
            "Z\" stroke-dasharray=\"{:.1} {:.1}\"></path>",
            8.0 * s,
            5.0 * s
        );
    }
    out.push_str("<g class=\"roads\">");
    for class in [
        RoadClass::Local,
        RoadClass::Collector,
        RoadClass::Arterial,
        RoadClass::Highway,
    ] {
        let _ = write!(
            out,
            "<path class=\"road road--{}\" d=\"{}\"></path>",
            road_slug(class),
            roads_path(town, projection, class)
        );
    }
    out.push_str("</g>");
    out
}

/// The town's static drawing: the town line and roads, the places, the cameras. Each part
/// is SVG markup made once per town and zoom and handed to the browser's parser as one
/// piece: building thousands of small elements one call at a time from wasm made the
/// console's first map one task of about 90 ms. A language switch only rewrites the places'
/// titles in place (no shape is drawn again, so the browser lays nothing out again).
#[function_component(TownLayer)]
pub fn town_layer(props: &TownLayerProps) -> Html {
    let language = crate::language::use_language();
    let key = (props.town.clone(), props.projection, props.symbol_meters);
    let ground = use_memo(key.clone(), |(town, projection, s)| {
        AttrValue::from(ground_markup(town, projection, *s))
    });
    let cameras = use_memo(key.clone(), |(town, projection, s)| {
        AttrValue::from(cameras_markup(town, projection, *s))
    });
    // Made in the language showing; a later switch is followed by the effect below.
    let places = use_memo(key, |(town, projection, s)| {
        AttrValue::from(places_markup(town, projection, *s))
    });
    let places_ref = use_node_ref();
    {
        let places_ref = places_ref.clone();
        let town = props.town.clone();
        use_effect_with((language, places.clone()), move |_| {
            retitle_places(&places_ref, &town);
        });
    }
    html! {
        <g class="town">
            { Html::from_html_unchecked((*ground).clone()) }
            <g class="places" ref={places_ref}>{ Html::from_html_unchecked((*places).clone()) }</g>
            <g class="cameras">{ Html::from_html_unchecked((*cameras).clone()) }</g>
        </g>
    }
}

/// Writes each drawn place's title in the language showing (a place's group is
/// `data-testid="place-<index>"`, its title its first child), where it differs.
fn retitle_places(places: &NodeRef, town: &TownMap) {
    let Some(group) = places.cast::<web_sys::Element>() else {
        return;
    };
    let children = group.children();
    for i in 0..children.length() {
        let Some(place) = children.item(i) else {
            continue;
        };
        let index = place
            .get_attribute("data-testid")
            .and_then(|id| id.strip_prefix("place-")?.parse::<usize>().ok());
        let (Some(index), Some(title)) = (index, place.first_element_child()) else {
            continue;
        };
        if let Some(data) = town.places.get(index) {
            let label = text::place_label(&data.name, data.kind);
            if title.text_content().as_deref() != Some(label.as_str()) {
                title.set_text_content(Some(&label));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{CameraOwner, CameraPlacement};

    mod markup {
        use super::*;

        fn town_with_a_place_named(name: &str) -> TownMap {
            TownMap {
                name: "Test".into(),
                boundary: Vec::new(),
                intersections: Vec::new(),
                roads: Vec::new(),
                places: vec![Place {
                    kind: PlaceKind::Bar,
                    name: name.into(),
                    position: [0.0, 0.0],
                    access: 0,
                }],
                cameras: Vec::new(),
                attribution: String::new(),
            }
        }

        #[test]
        fn a_name_from_an_imported_file_stays_text() {
            let town = town_with_a_place_named("<script>\"Tom & Jerry's\"</script>");
            let markup = places_markup(&town, &Projection::around([0.0, 0.0]), 1.0);
            assert!(!markup.contains("<script>"), "{markup}");
            assert!(
                markup.contains("&lt;script&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/script&gt;"),
                "{markup}"
            );
        }

        #[test]
        fn each_place_is_a_titled_group_with_its_test_id() {
            let town = town_with_a_place_named("Corner Bar");
            let markup = places_markup(&town, &Projection::around([0.0, 0.0]), 1.0);
            assert!(
                markup.starts_with("<g class=\"place place--other\" data-testid=\"place-0\" data-place-kind=\"Bar\"><title>"),
                "{markup}"
            );
            assert!(markup.contains("Corner Bar"), "{markup}");
            assert!(markup.ends_with("</text></g>"), "{markup}");
        }
    }

    mod roads {
        use super::*;
        use crate::sim::{Intersection, RoadSegment};

        fn segment(from: u32, to: u32) -> RoadSegment {
            RoadSegment {
                from,
                to,
                class: RoadClass::Local,
                name: String::new(),
                speed_kmh: 40.0,
                length_meters: 100.0,
                oneway: false,
            }
        }

        #[test]
        fn a_street_s_segments_are_one_line_and_a_gap_starts_another() {
            let town = TownMap {
                name: "Test".into(),
                boundary: Vec::new(),
                intersections: (0..4)
                    .map(|i| Intersection {
                        position: [0.001 * f64::from(i), 0.0],
                    })
                    .collect(),
                roads: vec![segment(0, 1), segment(1, 2), segment(0, 3)],
                places: Vec::new(),
                cameras: Vec::new(),
                attribution: String::new(),
            };
            let d = roads_path(&town, &Projection::around([0.0, 0.0]), RoadClass::Local);
            // 0-1-2 is one line; 0-3 starts again at 0.
            assert_eq!(d.matches('M').count(), 2, "{d}");
            assert_eq!(d.matches('L').count(), 3, "{d}");
        }
    }

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
