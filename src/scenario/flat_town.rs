//! An imported town as the town-wide worker hands it to the page: every number in one flat
//! list and every road's ends, class, name and direction in another (typed arrays on the
//! way, moved between the threads, not copied), with the words (the town's name, road
//! names, places, cameras) in a small JSON head. Building the page's [`TownMap`] from it is a
//! copy per road: no multi-megabyte JSON to read on the page, whose longest task while an
//! import arrives must stay under the 50 ms the browser calls long. The numbers are the held
//! town's very bits (none goes through a JSON float), so the page drives exactly the roads the
//! worker holds, and [`super::towns::town_of_json`] reads the same town from its JSON.
//!
//! Pure: no UI crates. The glue ([`crate::town_worker`]) moves the arrays.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::sim::{
    Camera, CameraOwner, CameraPlacement, Intersection, IntersectionId, Place, PlaceKind,
    RoadClass, RoadSegment, TownMap,
};

/// Numbers per road in [`FlatTown::road_ends`]: from, to, class, name, one-way.
const ROAD_FIELDS: usize = 5;
/// Numbers per camera in [`FlatTown::numbers`]: lon, lat, heading, field of view, range and
/// read probability.
const CAMERA_NUMBERS: usize = 6;

/// A town in flat arrays (see the module doc).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FlatTown {
    /// In order: the town line's lon/lat degrees, each intersection's lon/lat degrees, each
    /// road's speed (km/h) and length (meters), each place's lon/lat degrees, and each
    /// camera's lon/lat degrees, heading (degrees), field of view (degrees), range (meters)
    /// and read probability.
    pub numbers: Vec<f64>,
    /// Per road: its two intersections, its class's and its name's index in the head's
    /// tables, and 1 when it is one-way (else 0).
    pub road_ends: Vec<u32>,
    /// The JSON of the town's words and counts.
    pub head: String,
}

/// The words of a flat town and how many of each thing its numbers hold.
#[derive(Serialize, Deserialize)]
struct FlatHead {
    name: String,
    attribution: String,
    boundary_points: usize,
    intersections: usize,
    classes: Vec<RoadClass>,
    road_names: Vec<String>,
    places: Vec<PlaceWords>,
    cameras: Vec<CameraWords>,
}

/// A place without its position.
#[derive(Serialize, Deserialize)]
struct PlaceWords {
    kind: PlaceKind,
    name: String,
    access: IntersectionId,
}

/// A camera without its numbers.
#[derive(Serialize, Deserialize)]
struct CameraWords {
    label: String,
    operator: String,
    owner: CameraOwner,
    placement: CameraPlacement,
}

/// `map` in flat arrays.
pub fn flatten(map: &TownMap) -> FlatTown {
    let mut numbers = Vec::with_capacity(
        2 * (map.boundary.len() + map.intersections.len() + map.roads.len() + map.places.len())
            + CAMERA_NUMBERS * map.cameras.len(),
    );
    numbers.extend(map.boundary.iter().flatten());
    numbers.extend(map.intersections.iter().flat_map(|i| i.position));
    numbers.extend(
        map.roads
            .iter()
            .flat_map(|r| [r.speed_kmh, r.length_meters]),
    );
    numbers.extend(map.places.iter().flat_map(|p| p.position));
    numbers.extend(map.cameras.iter().flat_map(|c| {
        [
            c.position[0],
            c.position[1],
            c.heading_degrees,
            c.field_of_view_degrees,
            c.range_meters,
            c.read_probability,
        ]
    }));
    let mut classes: Vec<RoadClass> = Vec::new();
    let mut road_names: Vec<String> = Vec::new();
    let mut name_index: HashMap<&str, u32> = HashMap::new();
    let mut road_ends = Vec::with_capacity(ROAD_FIELDS * map.roads.len());
    for road in &map.roads {
        let class = match classes.iter().position(|c| *c == road.class) {
            Some(i) => i,
            None => {
                classes.push(road.class);
                classes.len() - 1
            }
        };
        let name = *name_index.entry(road.name.as_str()).or_insert_with(|| {
            road_names.push(road.name.clone());
            (road_names.len() - 1) as u32
        });
        road_ends.extend([
            road.from,
            road.to,
            class as u32,
            name,
            u32::from(road.oneway),
        ]);
    }
    let head = FlatHead {
        name: map.name.clone(),
        attribution: map.attribution.clone(),
        boundary_points: map.boundary.len(),
        intersections: map.intersections.len(),
        classes,
        road_names,
        places: map
            .places
            .iter()
            .map(|p| PlaceWords {
                kind: p.kind,
                name: p.name.clone(),
                access: p.access,
            })
            .collect(),
        cameras: map
            .cameras
            .iter()
            .map(|c| CameraWords {
                label: c.label.clone(),
                operator: c.operator.clone(),
                owner: c.owner,
                placement: c.placement,
            })
            .collect(),
    };
    FlatTown {
        numbers,
        road_ends,
        // Plain data with string keys: writing it cannot fail.
        head: serde_json::to_string(&head).unwrap_or_default(),
    }
}

/// The town `flat` holds, or what is wrong with it (a list of the wrong length, an index out
/// of its table): never a panic, whatever the arrays hold.
pub fn unflatten(flat: &FlatTown) -> Result<TownMap, String> {
    let head: FlatHead = serde_json::from_str(&flat.head).map_err(|e| e.to_string())?;
    if !flat.road_ends.len().is_multiple_of(ROAD_FIELDS) {
        return Err(format!(
            "the town's road list has {} numbers, not a multiple of {ROAD_FIELDS}",
            flat.road_ends.len()
        ));
    }
    let roads = flat.road_ends.len() / ROAD_FIELDS;
    let expected = 2 * (head.boundary_points + head.intersections + roads + head.places.len())
        + CAMERA_NUMBERS * head.cameras.len();
    if flat.numbers.len() != expected {
        return Err(format!(
            "the town has {} numbers where {expected} were expected",
            flat.numbers.len()
        ));
    }
    let (boundary, rest) = flat.numbers.split_at(2 * head.boundary_points);
    let (intersections, rest) = rest.split_at(2 * head.intersections);
    let (road_numbers, rest) = rest.split_at(2 * roads);
    let (place_numbers, camera_numbers) = rest.split_at(2 * head.places.len());
    let lon_lat = |pair: &[f64]| [pair[0], pair[1]];
    let intersection = |id: u32| {
        ((id as usize) < head.intersections)
            .then_some(id)
            .ok_or_else(|| {
                format!("a road or place leads to intersection {id}, which is not there")
            })
    };
    let road_segments = flat
        .road_ends
        .chunks_exact(ROAD_FIELDS)
        .zip(road_numbers.chunks_exact(2))
        .map(|(ends, numbers)| {
            Ok(RoadSegment {
                from: intersection(ends[0])?,
                to: intersection(ends[1])?,
                class: *head
                    .classes
                    .get(ends[2] as usize)
                    .ok_or("a road's class is not in the town's list")?,
                name: head
                    .road_names
                    .get(ends[3] as usize)
                    .ok_or("a road's name is not in the town's list")?
                    .clone(),
                speed_kmh: numbers[0],
                length_meters: numbers[1],
                oneway: ends[4] != 0,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let places = head
        .places
        .into_iter()
        .zip(place_numbers.chunks_exact(2))
        .map(|(words, position)| {
            Ok(Place {
                kind: words.kind,
                name: words.name,
                position: lon_lat(position),
                access: intersection(words.access)?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let cameras = head
        .cameras
        .into_iter()
        .zip(camera_numbers.chunks_exact(CAMERA_NUMBERS))
        .map(|(words, n)| Camera {
            label: words.label,
            position: [n[0], n[1]],
            heading_degrees: n[2],
            field_of_view_degrees: n[3],
            range_meters: n[4],
            operator: words.operator,
            owner: words.owner,
            placement: words.placement,
            read_probability: n[5],
        })
        .collect();
    Ok(TownMap {
        name: head.name,
        boundary: boundary.chunks_exact(2).map(lon_lat).collect(),
        intersections: intersections
            .chunks_exact(2)
            .map(|p| Intersection {
                position: lon_lat(p),
            })
            .collect(),
        roads: road_segments,
        places,
        cameras,
        attribution: head.attribution,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{DEFAULT_CAMERA_COUNT, generate_town};

    fn town() -> TownMap {
        generate_town(7, DEFAULT_CAMERA_COUNT)
    }

    mod round_trip {
        use super::*;

        #[test]
        fn a_flattened_town_is_the_very_same_town() {
            let map = town();
            assert!(!map.places.is_empty() && !map.cameras.is_empty());
            assert_eq!(unflatten(&flatten(&map)).unwrap(), map);
        }

        #[test]
        fn road_names_are_written_once() {
            let map = town();
            let flat = flatten(&map);
            let names: std::collections::HashSet<&str> =
                map.roads.iter().map(|r| r.name.as_str()).collect();
            let head: FlatHead = serde_json::from_str(&flat.head).unwrap();
            assert_eq!(head.road_names.len(), names.len());
        }
    }

    mod broken_arrays {
        use super::*;

        #[test]
        fn a_missing_number_is_an_error_not_a_panic() {
            let mut flat = flatten(&town());
            flat.numbers.pop();
            assert!(unflatten(&flat).unwrap_err().contains("numbers"));
            let mut flat = flatten(&town());
            flat.road_ends.pop();
            assert!(unflatten(&flat).is_err());
        }

        #[test]
        fn a_road_to_nowhere_is_an_error_not_a_panic() {
            let mut flat = flatten(&town());
            flat.road_ends[0] = u32::MAX;
            assert!(unflatten(&flat).unwrap_err().contains("intersection"));
            let mut flat = flatten(&town());
            flat.road_ends[3] = u32::MAX;
            assert!(unflatten(&flat).is_err());
        }

        #[test]
        fn a_broken_head_is_an_error() {
            let flat = FlatTown {
                head: "{".to_owned(),
                ..flatten(&town())
            };
            assert!(unflatten(&flat).is_err());
        }
    }
}
