//! The state's map: the Massachusetts outline and a dot for every mapped camera, the
//! cameras of the operators searched for drawn larger and darker. A picture only (its
//! text alternative is the tables beside it, named in its label); holds no state.
//!
//! # Units
//! Positions are `[lon, lat]` degrees, drawn in an equirectangular projection at the
//! state's middle latitude, in SVG user units.

use yew::prelude::*;

use crate::components::map::projection::Projection;
use crate::scenario::massachusetts::{CameraFile, Outline};
use crate::sim::LonLat;

/// How many SVG units a meter is drawn as (the state is about 300 km across: 1,000 units).
const UNITS_PER_METER: f64 = 1.0 / 300.0;
/// Room round the outline, in SVG units.
const MARGIN: f64 = 10.0;

#[derive(Properties, Clone, PartialEq)]
pub struct StateMapProps {
    pub outline: std::rc::Rc<Outline>,
    pub cameras: std::rc::Rc<CameraFile>,
    /// For each camera (in the file's order), whether it matches the search; empty when
    /// nothing is searched for.
    pub matching: std::rc::Rc<Vec<bool>>,
    pub label: AttrValue,
}

/// The map of Massachusetts and its mapped cameras.
#[function_component(StateMap)]
pub fn state_map(props: &StateMapProps) -> Html {
    let points: Vec<LonLat> = props.outline.rings.iter().flatten().copied().collect();
    let projection = Projection::fitting(points.iter());
    let flat = |p: LonLat| {
        let (x, y) = projection.to_meters(p);
        (x * UNITS_PER_METER, y * UNITS_PER_METER)
    };
    let (mut min, mut max) = ((f64::MAX, f64::MAX), (f64::MIN, f64::MIN));
    for &p in &points {
        let (x, y) = flat(p);
        min = (min.0.min(x), min.1.min(y));
        max = (max.0.max(x), max.1.max(y));
    }
    if points.is_empty() {
        (min, max) = ((-500.0, -300.0), (500.0, 300.0));
    }
    let view_box = format!(
        "{:.0} {:.0} {:.0} {:.0}",
        min.0 - MARGIN,
        min.1 - MARGIN,
        max.0 - min.0 + 2.0 * MARGIN,
        max.1 - min.1 + 2.0 * MARGIN
    );
    let outline: String = props
        .outline
        .rings
        .iter()
        .map(|ring| {
            let mut d = String::new();
            for (i, &p) in ring.iter().enumerate() {
                let (x, y) = flat(p);
                d.push_str(&format!("{}{x:.1},{y:.1}", if i == 0 { "M" } else { "L" }));
            }
            d.push('Z');
            d
        })
        .collect();
    let searching = !props.matching.is_empty();
    let (mut quiet, mut found) = (String::new(), String::new());
    for (i, camera) in props.cameras.cameras.iter().enumerate() {
        let (x, y) = flat(camera.position());
        let hit = props.matching.get(i).copied().unwrap_or(false);
        // Each dot a tiny closed path, so the whole layer is two elements, not 1,221.
        let dot = |d: &mut String, r: f64| {
            d.push_str(&format!(
                "M{:.1},{y:.1}a{r},{r} 0 1,0 {:.1},0a{r},{r} 0 1,0 -{:.1},0",
                x - r,
                2.0 * r,
                2.0 * r
            ));
        };
        if hit {
            dot(&mut found, 4.5);
        } else {
            dot(&mut quiet, 2.5);
        }
    }
    html! {
        <svg class={classes!("state-map", searching.then_some("searching"))} viewBox={view_box}
            role="img" aria-label={props.label.clone()} data-testid="state-map"
            data-cameras={props.cameras.cameras.len().to_string()}
            data-matching={props.matching.iter().filter(|&&m| m).count().to_string()}>
            <path class="state-outline" d={outline} />
            <path class="state-cameras" d={quiet} />
            <path class="state-cameras found" d={found} />
        </svg>
    }
}
