//! The town map: roads by class, places with symbols, cameras with their field of view, the
//! town line, and markers (home, work, guesses, the car) drawn in SVG from lon/lat.
//!
//! Pan and zoom by mouse wheel and drag, touch (drag, pinch), the buttons beside it and the
//! keyboard (arrows pan, `+`/`-` zoom, `0` shows the whole town). When the parent passes
//! `on_pick`, a click or tap, or Enter at the crosshair, picks a spot. Shared by the
//! simulator and the analyst console. Touch screens are told about touch, keyboards about
//! keys (CSS `pointer: coarse` chooses). In the compact app made for an iframe (`?embed`)
//! the wheel scrolls the host page past the map, which zooms with its buttons, keys and
//! fingers: a lesson page's reader is not caught by the map.
//!
//! Sized for the screen it is on: it measures its drawing (the CSS makes it square on narrow
//! screens), fits the town line and the cameras to it, and keeps symbols the same size on
//! screen whatever the map's width, so a phone's map stays legible.
//!
//! It draws only what it is given: no requests (no tiles), no randomness, no simulation.
//! The SVG itself is hidden from assistive technology; the parent shows the same content as
//! lists (see the simulator's map text).
//!
//! Tried (issue 11, 2026-12-02): fewer elements (one path for all the cameras' static parts,
//! places merged) was measured first and not built: the default run's drawing is 265
//! elements and its style and layout 2.5 ms, at most a millisecond to gain, against the
//! places' and cameras' tooltips (numbers in `crate::views::drawing_steps`).

mod legend;
pub mod projection;
mod town_layer;
pub mod viewport;

use yew::prelude::*;

use crate::scenario::Shared;
use crate::sim::{CameraId, LonLat, TownMap};
use crate::text;

pub use legend::{Legend, Symbol, key_markup};
use projection::Projection;
use town_layer::TownLayer;
use viewport::{Viewport, ViewportAction};

/// Screen pixels a pointer may move and still count as a click, not a drag.
const CLICK_SLOP_PIXELS: f64 = 6.0;
/// Assumed drawing width in pixels until the drawing is measured.
const NOMINAL_WIDTH_PIXELS: f64 = 800.0;
/// Room left around the whole-town view when [`MapProps::symbol_room`] asks for it, CSS
/// pixels: a reading camera's ring (14 symbol units, a symbol unit up to 1.19 pixels) and its
/// stroke.
const SYMBOL_ROOM_PIXELS: f64 = 20.0;

/// What a marker on the map stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MarkerKind {
    TrueHome,
    TrueWork,
    GuessedHome,
    GuessedWork,
    /// A regular stop the visitor set (school, gym...).
    Stop,
    /// A place the analyst flagged (a guessed regular or sensitive place).
    GuessedPlace,
    /// The car during playback.
    Car,
}

impl MarkerKind {
    /// Stable name used in CSS classes and `data-testid`s (`marker-true-home`).
    pub fn slug(self) -> &'static str {
        match self {
            MarkerKind::TrueHome => "true-home",
            MarkerKind::TrueWork => "true-work",
            MarkerKind::GuessedHome => "guessed-home",
            MarkerKind::GuessedWork => "guessed-work",
            MarkerKind::Stop => "stop",
            MarkerKind::GuessedPlace => "guessed-place",
            MarkerKind::Car => "car",
        }
    }

    fn is_guess(self) -> bool {
        matches!(
            self,
            MarkerKind::GuessedHome | MarkerKind::GuessedWork | MarkerKind::GuessedPlace
        )
    }
}

/// Something drawn over the town.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub kind: MarkerKind,
    /// Lon/lat degrees.
    pub position: LonLat,
    /// Uncertainty drawn as a circle around a guess, meters.
    pub radius_meters: Option<f64>,
    /// Tooltip text.
    pub title: AttrValue,
}

impl Marker {
    /// A key for each of `markers` ([`super::keys_by_kind`]): a pin that comes or goes (the
    /// car at the end of the list while the drive plays, the guesses after it) leaves the
    /// others' elements in place.
    pub fn keys(markers: &[Marker]) -> impl Iterator<Item = String> + '_ {
        super::keys_by_kind(markers, |marker| marker.kind.slug())
    }
}

/// The map's properties. The town is compared by pointer: a new `Rc` is a new town.
#[derive(Properties, Clone, PartialEq)]
pub struct MapProps {
    pub town: Shared<TownMap>,
    /// The map's accessible name.
    pub label: AttrValue,
    #[prop_or_default]
    pub markers: Vec<Marker>,
    /// Cameras that just read the car (drawn flashing).
    #[prop_or_default]
    pub reading_cameras: Vec<CameraId>,
    /// A route to draw (the car's current drive), lon/lat degrees.
    #[prop_or_default]
    pub route: Vec<LonLat>,
    /// Called with the lon/lat picked by click, tap or Enter; no picking when `None`.
    #[prop_or_default]
    pub on_pick: Option<Callback<LonLat>>,
    /// Called when Escape asks to stop picking (only while `on_pick` is set).
    #[prop_or_default]
    pub on_cancel_pick: Option<Callback<()>>,
    /// The pick button's text, e.g. "Set home at the crosshair".
    #[prop_or_default]
    pub pick_label: AttrValue,
    /// The drawing's size before it is measured: CSS pixels wide, and height / width in
    /// thousandths. Only the build's prerender of the first screen knows it in advance;
    /// `None` draws for a nominal size until the browser measures the drawing.
    #[prop_or_default]
    pub drawing_size: Option<(u32, u32)>,
    /// Measure the drawing in the task that first draws it (the simulator's map, whose first
    /// paint on a phone is timed). Otherwise the first measure, and the redraw at the
    /// measured size, wait for a task of their own, so they do not lengthen the parent's
    /// first draw past the 50 ms the browser calls long. (Tried, perf16: a simulator's map
    /// mounted again for an imported town's run drew at the size the page's first map
    /// measured and measured in a task of its own; the arrival's render task still held
    /// 11-26 ms of layout, 39-55 ms of CPU against 37-48 before, so something else forces it
    /// there, and the change was not kept. perf18: that layout was mostly the new town's
    /// roads, laid out in a microtask after the render; with a large town's roads drawn in
    /// later tasks (see `town_layer`) the arrival's render holds 0-8 ms of it.)
    #[prop_or_default]
    pub measure_at_once: bool,
    /// Circles the whole-town view must also show whole (lon/lat degrees, radius meters):
    /// the presenter's guesses with their error circles, which may reach past the town line.
    #[prop_or_default]
    pub fit_circles: Vec<(LonLat, f64)>,
    /// Leave a symbol's room around the whole-town view, so a camera on the town's edge and
    /// its ring stay whole (the presenter's map, which its audience cannot pan).
    #[prop_or_default]
    pub symbol_room: bool,
}

/// Where a drag or pinch started.
#[derive(Default)]
struct Gesture {
    /// Pointers down: id and last client position in CSS pixels.
    pointers: Vec<(i32, f64, f64)>,
    /// Pixels travelled since the first pointer went down.
    travel_pixels: f64,
}

fn town_projection(town: &TownMap) -> Projection {
    if town.boundary.is_empty() {
        Projection::fitting(town.intersections.iter().map(|i| &i.position))
    } else {
        Projection::fitting(town.boundary.iter())
    }
}

/// The whole town in a drawing of `aspect` (height / width): its town line and every
/// camera; the roads when it has no town line; and each of `circles` (lon/lat degrees,
/// radius meters), with `room` (a share of the drawing's width) around it all. Roads running
/// on out of town are cut at the edge (zooming out shows them).
fn fitted_view(
    town: &TownMap,
    projection: &Projection,
    aspect: f64,
    circles: &[(LonLat, f64)],
    room: f64,
) -> Viewport {
    let mut points: Vec<(f64, f64)> = if town.boundary.is_empty() {
        town.intersections
            .iter()
            .map(|i| projection.to_meters(i.position))
            .collect()
    } else {
        town.boundary
            .iter()
            .chain(town.cameras.iter().map(|c| &c.position))
            .map(|p| projection.to_meters(*p))
            .collect()
    };
    for &(centre, radius) in circles {
        let (x, y) = projection.to_meters(centre);
        points.extend([(x - radius, y - radius), (x + radius, y + radius)]);
    }
    Viewport::fitting_with_room(points, aspect, room)
}

/// The drawing's size on screen, CSS pixels (width, height), if it is laid out.
fn drawing_size(element: &NodeRef) -> Option<(f64, f64)> {
    let rect = element
        .cast::<web_sys::Element>()?
        .get_bounding_client_rect();
    (rect.width() > 0.0 && rect.height() > 0.0).then(|| (rect.width(), rect.height()))
}

/// Share (0..1) of the element's width and height under a client position.
fn share_in(element: &NodeRef, client_x: f64, client_y: f64) -> Option<(f64, f64)> {
    let element = element.cast::<web_sys::Element>()?;
    let rect = element.get_bounding_client_rect();
    if rect.width() <= 0.0 || rect.height() <= 0.0 {
        return None;
    }
    Some((
        (client_x - rect.left()) / rect.width(),
        (client_y - rect.top()) / rect.height(),
    ))
}

fn element_width_pixels(element: &NodeRef) -> f64 {
    drawing_size(element).map_or(NOMINAL_WIDTH_PIXELS, |(width, _)| width)
}

/// Where the point `centre` (map meters) is, by the town's nearest named place.
fn crosshair_words(town: &TownMap, projection: &Projection, centre: (f64, f64)) -> Option<String> {
    let point = projection.to_lon_lat(centre.0, centre.1);
    let (place, east, north) = nearest_named_place(town, projection, point)?;
    Some(text::map_crosshair(place, east, north))
}

/// Where `point` is, by the town's nearest named place: "250 m north-east of Oak Street
/// School", for the map's text alternative; by its latitude and longitude in a town with no
/// named place.
pub fn whereabouts(town: &TownMap, point: LonLat) -> String {
    let projection = Projection::around(point);
    match nearest_named_place(town, &projection, point) {
        Some((place, east, north)) => text::whereabouts(place, east, north),
        None => text::map_whereabouts_coordinates(
            text::ftl::Arg::fixed(point[1], 4),
            text::ftl::Arg::fixed(point[0], 4),
        ),
    }
}

/// The town's named place nearest `point`, with the point's offset from it (meters east
/// and north).
fn nearest_named_place<'a>(
    town: &'a TownMap,
    projection: &Projection,
    point: LonLat,
) -> Option<(&'a str, f64, f64)> {
    town.places
        .iter()
        .filter(|place| !place.name.is_empty())
        .map(|place| {
            let (east, north) = projection.offset(place.position, point);
            (place.name.as_str(), east, north)
        })
        .min_by(|a, b| (a.1 * a.1 + a.2 * a.2).total_cmp(&(b.1 * b.1 + b.2 * b.2)))
}

/// The town map.
#[function_component(Map)]
pub fn map(props: &MapProps) -> Html {
    crate::language::use_language();
    let projection = use_memo(props.town.clone(), |town| town_projection(&town.0));
    let svg_ref = use_node_ref();
    // The drawing's width in CSS pixels and its aspect in thousandths, once measured.
    let size = use_state_eq(|| props.drawing_size);
    {
        let svg_ref = svg_ref.clone();
        let size = size.clone();
        let at_once = props.measure_at_once;
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some((width, height)) = drawing_size(&svg_ref) {
                    size.set(Some((
                        width.round() as u32,
                        (height / width * 1000.0).round() as u32,
                    )));
                }
            };
            let first = if at_once {
                measure();
                None
            } else {
                let measure = measure.clone();
                Some(gloo::timers::callback::Timeout::new(0, measure))
            };
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "resize", move |_| measure())
            });
            move || drop((first, listener))
        });
    }
    let (width_pixels, aspect) = match *size {
        Some((width, thousandths)) => (f64::from(width), f64::from(thousandths) / 1000.0),
        None => (NOMINAL_WIDTH_PIXELS, viewport::ASPECT),
    };
    let room = if props.symbol_room {
        SYMBOL_ROOM_PIXELS / width_pixels
    } else {
        0.0
    };
    let viewport = {
        let town = props.town.clone();
        let projection = *projection;
        let circles = props.fit_circles.clone();
        use_reducer(move || fitted_view(&town, &projection, aspect, &circles, room))
    };
    // A new town, a drawing of another shape, or other circles to show: all of the town.
    {
        let viewport = viewport.clone();
        let projection = *projection;
        use_effect_with(
            (
                props.town.clone(),
                size.map(|(_, a)| a),
                props.fit_circles.clone(),
            ),
            move |(town, _, circles)| {
                let fitted = fitted_view(&town.0, &projection, aspect, circles, room);
                if fitted.fitted != viewport.fitted || fitted.aspect != viewport.aspect {
                    viewport.dispatch(ViewportAction::Fit(fitted));
                }
            },
        );
    }
    let gesture = use_mut_ref(Gesture::default);

    let pick_at_share = {
        let viewport = viewport.clone();
        let projection = *projection;
        let on_pick = props.on_pick.clone();
        move |share_x: f64, share_y: f64| {
            if let Some(on_pick) = &on_pick {
                let (x, y) = viewport.meters_at(share_x, share_y);
                on_pick.emit(projection.to_lon_lat(x, y));
            }
        }
    };

    let onkeydown = {
        let viewport = viewport.clone();
        let pick_at_share = pick_at_share.clone();
        let on_cancel = props
            .on_pick
            .is_some()
            .then(|| props.on_cancel_pick.clone())
            .flatten();
        Callback::from(move |event: KeyboardEvent| {
            let step = if event.shift_key() { 0.025 } else { 0.1 };
            let action = match event.key().as_str() {
                "ArrowLeft" => Some(ViewportAction::PanByShare { x: -step, y: 0.0 }),
                "ArrowRight" => Some(ViewportAction::PanByShare { x: step, y: 0.0 }),
                "ArrowUp" => Some(ViewportAction::PanByShare { x: 0.0, y: -step }),
                "ArrowDown" => Some(ViewportAction::PanByShare { x: 0.0, y: step }),
                "+" | "=" => Some(ViewportAction::Zoom {
                    factor: 1.5,
                    anchor: None,
                }),
                "-" | "_" => Some(ViewportAction::Zoom {
                    factor: 1.0 / 1.5,
                    anchor: None,
                }),
                "0" | "Home" => Some(ViewportAction::Reset),
                "Escape" | "Esc" => {
                    let Some(on_cancel) = &on_cancel else { return };
                    on_cancel.emit(());
                    None
                }
                "Enter" | " " => {
                    event.prevent_default();
                    pick_at_share(0.5, 0.5);
                    None
                }
                _ => return,
            };
            event.prevent_default();
            if let Some(action) = action {
                viewport.dispatch(action);
            }
        })
    };

    let onwheel = {
        let viewport = viewport.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |event: WheelEvent| {
            // Asked here, in the browser: the build's prerender draws the map natively.
            if crate::browser_address::embedded() {
                return;
            }
            event.prevent_default();
            let factor = if event.delta_y() < 0.0 { 1.25 } else { 0.8 };
            let anchor = share_in(&svg_ref, event.client_x().into(), event.client_y().into())
                .map(|(sx, sy)| viewport.meters_at(sx, sy));
            viewport.dispatch(ViewportAction::Zoom { factor, anchor });
        })
    };

    let onpointerdown = {
        let gesture = gesture.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |event: PointerEvent| {
            if let Some(svg) = svg_ref.cast::<web_sys::Element>() {
                let _ = svg.set_pointer_capture(event.pointer_id());
            }
            let mut g = gesture.borrow_mut();
            if g.pointers.is_empty() {
                g.travel_pixels = 0.0;
            }
            g.pointers.retain(|(id, _, _)| *id != event.pointer_id());
            g.pointers.push((
                event.pointer_id(),
                event.client_x().into(),
                event.client_y().into(),
            ));
        })
    };

    let onpointermove = {
        let gesture = gesture.clone();
        let viewport = viewport.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |event: PointerEvent| {
            let mut g = gesture.borrow_mut();
            let id = event.pointer_id();
            let Some(index) = g.pointers.iter().position(|(p, _, _)| *p == id) else {
                return;
            };
            let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
            let (_, old_x, old_y) = g.pointers[index];
            let meters_per_pixel = viewport.width_meters / element_width_pixels(&svg_ref);
            match g.pointers.len() {
                1 => {
                    g.travel_pixels += (x - old_x).hypot(y - old_y);
                    if g.travel_pixels > CLICK_SLOP_PIXELS {
                        viewport.dispatch(ViewportAction::PanByMeters {
                            x: -(x - old_x) * meters_per_pixel,
                            y: -(y - old_y) * meters_per_pixel,
                        });
                    }
                }
                2 => {
                    let (_, ox, oy) = g.pointers[1 - index];
                    let before = (old_x - ox).hypot(old_y - oy);
                    let after = (x - ox).hypot(y - oy);
                    g.travel_pixels += CLICK_SLOP_PIXELS + 1.0;
                    if before > 1.0 && after > 1.0 {
                        let anchor = share_in(&svg_ref, (x + ox) / 2.0, (y + oy) / 2.0)
                            .map(|(sx, sy)| viewport.meters_at(sx, sy));
                        viewport.dispatch(ViewportAction::Zoom {
                            factor: after / before,
                            anchor,
                        });
                    }
                }
                _ => {}
            }
            g.pointers[index] = (id, x, y);
        })
    };

    let end_pointer = {
        let gesture = gesture.clone();
        let svg_ref = svg_ref.clone();
        let pick_at_share = pick_at_share.clone();
        move |event: PointerEvent, may_pick: bool| {
            let mut g = gesture.borrow_mut();
            let was_single = g.pointers.len() == 1;
            g.pointers.retain(|(id, _, _)| *id != event.pointer_id());
            if may_pick && was_single && g.travel_pixels <= CLICK_SLOP_PIXELS {
                drop(g);
                if let Some((sx, sy)) =
                    share_in(&svg_ref, event.client_x().into(), event.client_y().into())
                {
                    pick_at_share(sx, sy);
                }
            }
        }
    };
    let onpointerup = {
        let end_pointer = end_pointer.clone();
        Callback::from(move |event: PointerEvent| end_pointer(event, true))
    };
    let onpointercancel = Callback::from(move |event: PointerEvent| end_pointer(event, false));
    // A tap's mouse events and click come after its pointerup, to whatever is then under the
    // finger: after a pick that took the page back to a form, they pressed a label or a day's
    // box there. The map picks on pointerup and needs none of them.
    let ontouchend = Callback::from(|event: TouchEvent| event.prevent_default());

    let button = |label: &'static str, glyph: &'static str, action: ViewportAction| {
        let viewport = viewport.clone();
        let onclick = Callback::from(move |_| viewport.dispatch(action));
        html! {
            <button type="button" class="map-button secondary" aria-label={label} title={label} {onclick}>
                { glyph }
            </button>
        }
    };

    let meters_per_pixel = viewport.width_meters / width_pixels;
    // Symbols keep their screen size whatever the map's width and zoom (never smaller);
    // round the scale in steps so panning never redraws the town.
    let symbol_meters = (meters_per_pixel.log2() * 4.0).ceil() / 4.0;
    let symbol_meters = symbol_meters.exp2();

    let reading = props.reading_cameras.iter().filter_map(|&id| {
        let camera = props.town.cameras.get(usize::from(id))?;
        let (x, y) = projection.to_meters(camera.position);
        Some(html! {
            <circle class="camera-flash" cx={format!("{x:.1}")} cy={format!("{y:.1}")}
                r={format!("{:.1}", 14.0 * symbol_meters)} />
        })
    });

    let route = (props.route.len() > 1).then(|| {
        let mut d = String::new();
        for (i, p) in props.route.iter().enumerate() {
            let (x, y) = projection.to_meters(*p);
            d.push_str(&format!("{}{x:.1} {y:.1}", if i == 0 { "M" } else { "L" }));
        }
        html! { <path class="route" d={d} /> }
    });
    let markers = props
        .markers
        .iter()
        .zip(Marker::keys(&props.markers))
        .map(|(marker, key)| marker_svg(marker, key, &projection, symbol_meters));

    let crosshair = props.on_pick.is_some().then(|| {
        let (x, y) = (viewport.centre_x_meters, viewport.centre_y_meters);
        let arm = 12.0 * symbol_meters;
        html! {
            <path class="crosshair" data-testid="map-crosshair" d={format!(
                "M{:.1} {y:.1}H{:.1}M{x:.1} {:.1}V{:.1}",
                x - arm, x + arm, y - arm, y + arm
            )} />
        }
    });

    // While a pin is placed, where the crosshair is, in words: what a screen reader says as
    // the arrows move the map (the drawing itself is hidden from it).
    let crosshair_words = props
        .on_pick
        .is_some()
        .then(|| {
            crosshair_words(
                &props.town,
                &projection,
                (viewport.centre_x_meters, viewport.centre_y_meters),
            )
        })
        .flatten()
        .unwrap_or_default();

    let pick_button = props.on_pick.as_ref().map(|_| {
        let pick_at_share = pick_at_share.clone();
        let onclick = Callback::from(move |_| pick_at_share(0.5, 0.5));
        html! {
            <button type="button" class="map-pick" data-testid="map-pick" {onclick}>
                { props.pick_label.clone() }
            </button>
        }
    });

    // Yew matches an element's unkeyed children from the last one back, and a `{ for .. }`
    // or an `Option` adds as many children as it holds: a crosshair coming at the end shifted
    // every child before it, so a click on "Move home" replaced the town's whole drawing and
    // the markers (issue 11). Each optional child is therefore one node, empty when absent.
    html! {
        <div class="map">
            <div class={classes!("map-frame", props.on_pick.is_some().then_some("is-picking"))}
                role="application"
                tabindex="0"
                aria-label={props.label.clone()}
                aria-describedby="map-keys"
                data-testid="town-map"
                data-magnification={format!("{:.2}", viewport.magnification())}
                {onkeydown}>
                <svg ref={svg_ref}
                    class="map-svg"
                    viewBox={viewport.view_box()}
                    aria-hidden="true"
                    focusable="false"
                    {onwheel} {onpointerdown} {onpointermove} {onpointerup} {onpointercancel} {ontouchend}>
                    <TownLayer town={props.town.clone()} projection={*projection} {symbol_meters} />
                    { route.unwrap_or_default() }
                    <g class="camera-flashes">{ for reading }</g>
                    <g class="markers">{ for markers }</g>
                    { crosshair.unwrap_or_default() }
                </svg>
            </div>
            <p class="visually-hidden" aria-live="polite" data-testid="crosshair-words">{ crosshair_words }</p>
            <p id="map-keys" class="map-keys">
                <span class="only-touch">
                    { if props.on_pick.is_some() { text::map_touch_pick() } else { text::map_touch() } }
                </span>
                <span class="only-keys">
                    { if props.on_pick.is_some() { text::map_keyboard_pick() } else { text::map_keyboard() } }
                </span>
            </p>
            <div class="map-controls" role="group" aria-label={text::map_controls()}>
                { button(text::map_zoom_in(), "+", ViewportAction::Zoom { factor: 1.5, anchor: None }) }
                { button(text::map_zoom_out(), "\u{2212}", ViewportAction::Zoom { factor: 1.0 / 1.5, anchor: None }) }
                { button(text::map_pan_west(), "\u{2190}", ViewportAction::PanByShare { x: -0.1, y: 0.0 }) }
                { button(text::map_pan_north(), "\u{2191}", ViewportAction::PanByShare { x: 0.0, y: -0.1 }) }
                { button(text::map_pan_south(), "\u{2193}", ViewportAction::PanByShare { x: 0.0, y: 0.1 }) }
                { button(text::map_pan_east(), "\u{2192}", ViewportAction::PanByShare { x: 0.1, y: 0.0 }) }
                { button(text::map_reset(), "\u{2302}", ViewportAction::Reset) }
                { pick_button.unwrap_or_default() }
            </div>
            if !props.town.attribution.is_empty() {
                <p class="map-attribution">{ props.town.attribution.clone() }</p>
            }
        </div>
    }
}

/// One marker, keyed `key` ([`Marker::keys`]): a symbol, and for guesses a dashed circle of
/// their uncertainty.
fn marker_svg(marker: &Marker, key: String, projection: &Projection, symbol_meters: f64) -> Html {
    let (x, y) = projection.to_meters(marker.position);
    let s = 10.0 * symbol_meters;
    let slug = marker.kind.slug();
    let class = classes!(
        "marker",
        format!("marker--{slug}"),
        marker.kind.is_guess().then_some("marker--guess")
    );
    let shape = match marker.kind {
        // A house: a square with a roof.
        MarkerKind::TrueHome | MarkerKind::GuessedHome => format!(
            "M{:.1} {:.1}L{x:.1} {:.1}L{:.1} {:.1}V{:.1}H{:.1}Z",
            x - s,
            y - s * 0.2,
            y - s * 1.2,
            x + s,
            y - s * 0.2,
            y + s,
            x - s
        ),
        // A briefcase: a wide box.
        MarkerKind::TrueWork | MarkerKind::GuessedWork => format!(
            "M{:.1} {:.1}H{:.1}V{:.1}H{:.1}Z",
            x - s * 1.1,
            y - s * 0.8,
            x + s * 1.1,
            y + s * 0.8,
            x - s * 1.1
        ),
        // A triangle pointing down, like a pin.
        MarkerKind::Stop | MarkerKind::GuessedPlace => format!(
            "M{:.1} {:.1}H{:.1}L{x:.1} {:.1}Z",
            x - s,
            y - s,
            x + s,
            y + s
        ),
        // A rounded car body.
        MarkerKind::Car => format!(
            "M{:.1} {y:.1}a{s:.1} {s:.1} 0 1 0 {:.1} 0a{s:.1} {s:.1} 0 1 0 {:.1} 0Z",
            x - s,
            2.0 * s,
            -2.0 * s
        ),
    };
    // One node whether or not there is a circle (an empty one without), so the symbol keeps
    // its place among the group's children.
    let radius = marker.radius_meters.map_or_else(Html::default, |r| {
        html! { <circle class="marker-radius" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r={format!("{r:.1}")} /> }
    });
    html! {
        <g {key} class={class} data-testid={format!("marker-{slug}")}>
            <title>{ marker.title.clone() }</title>
            { radius }
            <path d={shape} />
        </g>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Place, PlaceKind};

    fn town_with(places: Vec<(&str, LonLat)>) -> TownMap {
        TownMap {
            name: "Test".into(),
            boundary: Vec::new(),
            intersections: Vec::new(),
            roads: Vec::new(),
            places: places
                .into_iter()
                .map(|(name, position)| Place {
                    kind: PlaceKind::School,
                    name: name.into(),
                    position,
                    access: 0,
                })
                .collect(),
            cameras: Vec::new(),
            attribution: String::new(),
        }
    }

    #[test]
    fn a_point_is_placed_by_the_nearest_named_place_and_its_compass_point() {
        let school = [-71.3, 42.45];
        let town = town_with(vec![
            ("Oak School", school),
            ("", [-71.299, 42.45]),
            ("Far Mill", [-71.2, 42.5]),
        ]);
        let east = Projection::around(school).to_lon_lat(300.0, 0.0);
        // The unnamed place (the visitor's own home) nearer still is not a landmark.
        assert_eq!(whereabouts(&town, east), "300\u{a0}m east of Oak School");
        let south_west = Projection::around(school).to_lon_lat(-400.0, 400.0);
        assert_eq!(
            whereabouts(&town, south_west),
            "570\u{a0}m south-west of Oak School"
        );
        assert_eq!(whereabouts(&town, school), "at Oak School");
        let crosshair = Projection::around(school);
        assert_eq!(
            crosshair_words(&town, &crosshair, (0.0, -300.0)).as_deref(),
            Some("Crosshair 300\u{a0}m north of Oak School.")
        );
    }

    #[test]
    fn a_town_with_no_named_place_gives_the_coordinates() {
        let town = town_with(vec![("", [-71.3, 42.45])]);
        assert_eq!(
            whereabouts(&town, [-71.30001, 42.45004]),
            "at latitude 42.4500, longitude -71.3000"
        );
    }
}
