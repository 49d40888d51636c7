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
//!
//! # Cost (issue 11, an imported town of ~12 000 road segments)
//! Writing the markup is the part that counts: with `write!("{:.1}")` Rust's float
//! formatting was the largest item of the task that draws the new town (profiled). The
//! browser's own work for the roads is small: the imported map's SVG replayed into the page
//! cost 11-20 ms of main-thread CPU with its roads and 6-12 ms without (style, layout, paint;
//! raster runs off the main thread). Road widths in meters instead of
//! `vector-effect: non-scaling-stroke`, and `shape-rendering: optimizeSpeed` or `crispEdges`,
//! measured within that noise, so the CSS keeps screen-pixel widths.
//!
//! Drawn with the rest of the newly mounted simulator, the roads made the town's arrival one
//! render task of 28-54 ms CPU (markup written and parsed, and 10-13 ms of layout forced in
//! it, mostly the roads' path); a class a task after it ([`ROADS_IN_STEPS_FROM`]), they are
//! tasks of 3-7 ms and the arrival's render 15-32 ms (perf18, 3 alternated runs of
//! `BY_CPU=1 LONG_TASK_MS=10 IMPORT=... trace_long_tasks.mjs '#/import'`). What was left
//! was the browser's style and layout of the whole simulator, 36-45 ms CPU in one task (787
//! elements styled): Yew replaced the simulator's whole section, "your life" included, when
//! the town was built and again when it arrived, since the screen without a result had
//! other children in its places. With the same children in both, and the new town's screen
//! drawn again in steps (see `views::simulator`), the arrival styles some 360 elements in
//! 12-18 ms of CPU (issue 15, 3 alternated runs each).

use std::cell::RefCell;
use std::fmt::Write;

use yew::prelude::*;

use super::projection::Projection;
use crate::content::push_escaped_html;
use crate::scenario::Shared;
use crate::sim::{Camera, Place, PlaceKind, RoadClass, TownMap};
use crate::text;
use crate::views::drawing_steps::use_items_in_steps;

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

/// A map position `(x, y)` in meters as whole decimeters, the precision the roads are drawn
/// at (a third of a pixel at the closest zoom of a town 8 km across). Ties to even: wasm
/// has that rounding as one instruction, `round` is a library call.
fn decimeters((x, y): (f64, f64)) -> (i64, i64) {
    (
        (x * 10.0).round_ties_even() as i64,
        (y * 10.0).round_ties_even() as i64,
    )
}

/// Writes a length in decimeters as an SVG number of meters: `-12.3`, `40` (no `.0`). By
/// hand, not with `write!("{:.1}")`: an imported town's roads are some 60 000 numbers, and
/// Rust's float formatting took about 30 ms of the task that draws them in the browser.
fn push_meters(out: &mut String, decimeters: i64) {
    if decimeters < 0 {
        out.push('-');
    }
    let magnitude = decimeters.unsigned_abs();
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    let mut whole = magnitude / 10;
    loop {
        start -= 1;
        digits[start] = b'0' + (whole % 10) as u8;
        whole /= 10;
        if whole == 0 {
            break;
        }
    }
    for &digit in &digits[start..] {
        out.push(char::from(digit));
    }
    let tenths = (magnitude % 10) as u8;
    if tenths != 0 {
        out.push('.');
        out.push(char::from(b'0' + tenths));
    }
}

/// Writes a pair of SVG path numbers, separated by a space unless the second one's minus
/// sign separates them.
fn push_pair(out: &mut String, (x, y): (i64, i64)) {
    push_meters(out, x);
    if y >= 0 {
        out.push(' ');
    }
    push_meters(out, y);
}

/// The roads of one class as one SVG path. A segment that starts where the one before it
/// ended (a street's segments follow each other) continues its line, so a real town's
/// streets are one line each, not one line per segment: half the path data, and far fewer
/// line ends for the browser to draw (an imported town's map, about 15 000 segments, was
/// one 100 ms task of paint). A line is an absolute `M` and then relative steps (`l`, its
/// letter written once: SVG repeats it for the pairs that follow), in whole decimeters
/// taken from the rounded positions, so the steps never drift: about a quarter less path
/// data than absolute `L`s, for the same points.
fn push_roads_path(d: &mut String, town: &TownMap, projection: &Projection, class: RoadClass) {
    let mut line_end = None;
    let mut pen = (0, 0);
    for road in town.roads.iter().filter(|r| r.class == class) {
        let (Some(a), Some(b)) = (
            town.intersections.get(road.from as usize),
            town.intersections.get(road.to as usize),
        ) else {
            continue;
        };
        if line_end != Some(road.from) {
            pen = decimeters(projection.to_meters(a.position));
            d.push('M');
            push_pair(d, pen);
            d.push('l');
        } else {
            d.push(' ');
        }
        let next = decimeters(projection.to_meters(b.position));
        push_pair(d, (next.0 - pen.0, next.1 - pen.1));
        pen = next;
        line_end = Some(road.to);
    }
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

/// The town line as SVG markup (its dashes keep their screen size, so it follows the zoom).
fn town_line_markup(town: &TownMap, projection: &Projection, s: f64) -> String {
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
    out
}

/// The road classes in the order they are drawn: small roads first, so big ones sit on top.
const ROAD_CLASSES: [RoadClass; 4] = [
    RoadClass::Local,
    RoadClass::Collector,
    RoadClass::Arterial,
    RoadClass::Highway,
];

/// Road segments from which a town's roads are drawn after the rest of the town, one class
/// a task (see [`TownLayer`]): an imported town's 12 000 or so. The made-up town's 1 400 are
/// drawn with the rest of the map.
const ROADS_IN_STEPS_FROM: usize = 5_000;

/// The roads of one class as SVG markup. Their strokes keep their screen width by CSS
/// (`vector-effect`), so the markup is the same at every zoom.
fn road_class_markup(town: &TownMap, projection: &Projection, class: RoadClass) -> String {
    // About 13 bytes a segment for a real town's streets.
    let segments = town.roads.iter().filter(|r| r.class == class).count();
    let mut out = String::with_capacity(16 * segments + 60);
    let _ = write!(out, "<path class=\"road road--{}\" d=\"", road_slug(class));
    push_roads_path(&mut out, town, projection, class);
    out.push_str("\"></path>");
    out
}

/// The town's static drawing: the town line and roads, the places, the cameras. Each part
/// is SVG markup made once per town and zoom (the roads once per town) and handed to the
/// browser's parser as one piece: building thousands of small elements one call at a time
/// from wasm made the console's first map one task of about 90 ms. A language switch only
/// rewrites the places' titles in place (no shape is drawn again, so the browser lays
/// nothing out again).
///
/// A large town's roads ([`ROADS_IN_STEPS_FROM`] segments and more) come after the rest of
/// the town, a class in each following task (a zero-delay timer): an imported town's
/// arrival drew its whole map in the simulator's first render, one task of 37-55 ms of CPU
/// (57-141 ms wall) with the roads' markup written, parsed and laid out in it.
#[function_component(TownLayer)]
pub fn town_layer(props: &TownLayerProps) -> Html {
    let language = crate::language::use_language();
    let key = (props.town.clone(), props.projection, props.symbol_meters);
    let town_line = use_memo(key.clone(), |(town, projection, s)| {
        AttrValue::from(town_line_markup(town, projection, *s))
    });
    // The same at every zoom: zooming in or out neither writes nor parses the roads again.
    // Each class's markup is written when its step comes.
    let roads_key = (props.town.clone(), props.projection);
    let first = if props.town.roads.len() >= ROADS_IN_STEPS_FROM {
        0
    } else {
        ROAD_CLASSES.len()
    };
    let classes_drawn = use_items_in_steps(roads_key.clone(), ROAD_CLASSES.len(), first, 1);
    let roads = use_memo(roads_key, |_| {
        RefCell::new([const { None::<AttrValue> }; ROAD_CLASSES.len()])
    });
    // A place for every class, drawn or not yet (an empty node): Yew matches unkeyed
    // children from the last one back, so a class added at the end had every class before
    // it parsed and drawn again, each step (issue 15).
    let road_paths: Vec<Html> = ROAD_CLASSES
        .iter()
        .enumerate()
        .map(|(i, &class)| {
            if i >= classes_drawn {
                return Html::default();
            }
            let markup = roads.borrow_mut()[i]
                .get_or_insert_with(|| {
                    AttrValue::from(road_class_markup(&props.town, &props.projection, class))
                })
                .clone();
            Html::from_html_unchecked(markup)
        })
        .collect();
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
            { Html::from_html_unchecked((*town_line).clone()) }
            <g class="roads">{ for road_paths }</g>
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
    use crate::sim::{CameraOwner, CameraPlacement, LonLat};

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

        fn town_of(positions: Vec<LonLat>, roads: Vec<RoadSegment>) -> TownMap {
            TownMap {
                name: "Test".into(),
                boundary: Vec::new(),
                intersections: positions
                    .into_iter()
                    .map(|position| Intersection { position })
                    .collect(),
                roads,
                places: Vec::new(),
                cameras: Vec::new(),
                attribution: String::new(),
            }
        }

        fn path(town: &TownMap, projection: &Projection) -> String {
            let mut d = String::new();
            push_roads_path(&mut d, town, projection, RoadClass::Local);
            d
        }

        /// The points a browser draws for a path of `M x y` and relative `l` steps (the
        /// letter once, a minus sign separating numbers too), in meters, one list per line.
        fn lines_drawn(d: &str) -> Vec<Vec<(f64, f64)>> {
            let mut lines = Vec::new();
            for line in d.split('M').filter(|l| !l.is_empty()) {
                let (start, steps) = line.split_once('l').expect("a line has steps");
                let numbers = |text: &str| -> Vec<f64> {
                    text.replace('-', " -")
                        .split_whitespace()
                        .map(|n| n.parse().expect("a number"))
                        .collect()
                };
                let start = numbers(start);
                let mut pen = (start[0], start[1]);
                let mut points = vec![pen];
                for step in numbers(steps).chunks_exact(2) {
                    pen = (pen.0 + step[0], pen.1 + step[1]);
                    points.push(pen);
                }
                lines.push(points);
            }
            lines
        }

        fn assert_near(drawn: (f64, f64), meters: (f64, f64)) {
            assert!(
                (drawn.0 - meters.0).abs() <= 0.05 + 1e-9
                    && (drawn.1 - meters.1).abs() <= 0.05 + 1e-9,
                "drawn {drawn:?}, at {meters:?}"
            );
        }

        #[test]
        fn a_street_s_segments_are_one_line_and_a_gap_starts_another() {
            let positions: Vec<LonLat> = (0..4).map(|i| [0.001 * f64::from(i), 0.0]).collect();
            let town = town_of(
                positions.clone(),
                vec![segment(0, 1), segment(1, 2), segment(0, 3)],
            );
            let projection = Projection::around([0.0, 0.0]);
            let lines = lines_drawn(&path(&town, &projection));
            // 0-1-2 is one line; 0-3 starts again at 0.
            let expected = [vec![0, 1, 2], vec![0, 3]];
            assert_eq!(lines.len(), expected.len());
            for (line, intersections) in lines.iter().zip(&expected) {
                assert_eq!(line.len(), intersections.len());
                for (&drawn, &i) in line.iter().zip(intersections) {
                    assert_near(drawn, projection.to_meters(positions[i]));
                }
            }
        }

        #[test]
        fn a_long_street_ends_where_it_ends_to_the_decimeter() {
            // 2,000 irregular steps west and south: relative steps from rounded points
            // never add up their rounding.
            let positions: Vec<LonLat> = (0..2001)
                .map(|i| {
                    let i = f64::from(i);
                    [-71.1 - 0.000_137_3 * i, 42.4 - 0.000_091_7 * i]
                })
                .collect();
            let roads = (0..2000).map(|i| segment(i, i + 1)).collect();
            let town = town_of(positions.clone(), roads);
            let projection = Projection::around([-71.1, 42.4]);
            let lines = lines_drawn(&path(&town, &projection));
            assert_eq!(lines.len(), 1);
            assert_eq!(lines[0].len(), 2001);
            for (drawn, position) in lines[0].iter().zip(&positions) {
                assert_near(*drawn, projection.to_meters(*position));
            }
        }

        #[test]
        fn writes_meters_to_the_decimeter_without_a_needless_point() {
            let written = |decimeters| {
                let mut out = String::new();
                push_meters(&mut out, decimeters);
                out
            };
            assert_eq!(written(0), "0");
            assert_eq!(written(5), "0.5");
            assert_eq!(written(-5), "-0.5");
            assert_eq!(written(123), "12.3");
            assert_eq!(written(-120), "-12");
            assert_eq!(written(-26_622), "-2662.2");
            assert_eq!(written(i64::MIN), "-922337203685477580.8");
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
