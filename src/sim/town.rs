//! The default town, Millbrook, Massachusetts (fictional), generated from a seed: a road
//! graph with classes, speeds and street names, a town line with its neighbours' edges, a
//! highway to the city, and the named places of a real life.
//!
//! The generator only fills a [`TownMap`]; routing and capture never depend on it, so an
//! OpenStreetMap import can feed them the same way. The street layout depends only on the
//! seed (not on the camera count or the population).

use rand::Rng;
use rand_pcg::Pcg32;

use super::cameras::place_cameras;
use super::geometry::{LocalFrame, LocalPoint};
use super::model::*;
use super::neighbourhoods::TOWN_HALF_WIDTH_METERS;
use super::random::{Stream, generator};

/// The town's name.
pub const TOWN_NAME: &str = "Millbrook";
/// The town centre in lon/lat degrees: between Concord and Lexington, Massachusetts, where a
/// town like this could sit.
pub const TOWN_CENTRE: LonLat = [-71.35, 42.45];

/// Every seed's town lies within these offsets from [`TOWN_CENTRE`], meters east and
/// north (west, south, east, north): the grid's +-3,250 m with its local corners jittered up
/// to 35 m, and Route 30, 200 m east of the grid, from 3,600 m south to 3,600 m north.
pub const EXTENT_METERS: [f64; 4] = [-3_285.0, -3_600.0, 3_450.0, 3_600.0];

/// Distance between parallel streets of the grid, in meters.
const BLOCK_METERS: f64 = 250.0;
/// Grid lines each way; the grid spans +-3,250 m, the town plus its neighbours' edges.
const GRID_LINES: i32 = 27;
/// The index of the grid line through the centre.
const CENTRE_LINE: i32 = 13;

/// Speed in km/h of a road class, from Massachusetts defaults: 25 mph thickly settled,
/// 30 mph collectors, 35 mph arterials, 65 mph highways.
pub fn default_speed_kmh(class: RoadClass) -> f64 {
    match class {
        RoadClass::Local => 40.0,
        RoadClass::Collector => 48.0,
        RoadClass::Arterial => 56.0,
        RoadClass::Highway => 105.0,
    }
}

/// Names of the east-west collectors (grid lines 1, 5, 9, 17, 21, 25) south to north.
const EAST_WEST_COLLECTORS: [&str; 6] = [
    "Pine Hill Road",
    "School Street",
    "Pleasant Street",
    "Union Avenue",
    "Prospect Street",
    "North Road",
];
/// Names of the north-south collectors, west to east.
const NORTH_SOUTH_COLLECTORS: [&str; 6] = [
    "Old County Road",
    "Bedford Street",
    "Mill Street",
    "Elm Street",
    "Lowell Road",
    "Depot Road",
];
const TREE_NAMES: [&str; 27] = [
    "Maple", "Oak", "Birch", "Cedar", "Chestnut", "Walnut", "Hawthorn", "Linden", "Spruce",
    "Willow", "Juniper", "Laurel", "Hemlock", "Ash", "Beech", "Poplar", "Sycamore", "Magnolia",
    "Alder", "Cherry", "Hickory", "Larch", "Locust", "Tamarack", "Dogwood", "Holly", "Sumac",
];
const FAMILY_NAMES: [&str; 27] = [
    "Adams", "Brewster", "Carver", "Dudley", "Emerson", "Fuller", "Gardner", "Hale", "Ingalls",
    "Jewett", "Kimball", "Lowell", "Mather", "Nash", "Otis", "Parker", "Quincy", "Revere",
    "Sewall", "Thayer", "Upham", "Vinal", "Winslow", "Alcott", "Bradford", "Coffin", "Dana",
];

/// Generates the default town from `seed`, with `camera_count` cameras placed the way real
/// deployments are (see [`place_cameras`]).
pub fn generate_town(seed: u64, camera_count: u32) -> TownMap {
    let mut map = generate_streets_and_places(seed);
    map.cameras = place_cameras(&map, seed, camera_count);
    map
}

/// The town without cameras.
pub fn generate_streets_and_places(seed: u64) -> TownMap {
    let mut rng = generator(seed, Stream::Town, 0);
    let frame = LocalFrame::new(TOWN_CENTRE);
    let mut builder = RoadBuilder {
        frame,
        intersections: Vec::new(),
        roads: Vec::new(),
    };
    lay_out_grid(&mut builder, &mut rng);
    lay_out_highway(&mut builder);
    let boundary = town_line(&frame, &mut rng);
    let mut map = TownMap {
        name: TOWN_NAME.to_string(),
        boundary,
        intersections: builder.intersections,
        roads: builder.roads,
        places: Vec::new(),
        cameras: Vec::new(),
        attribution: String::new(),
    };
    map.places = lay_out_places(&map, &frame, &mut rng);
    map
}

struct RoadBuilder {
    frame: LocalFrame,
    intersections: Vec<Intersection>,
    roads: Vec<RoadSegment>,
}

impl RoadBuilder {
    fn add_intersection(&mut self, point: LocalPoint) -> IntersectionId {
        self.intersections.push(Intersection {
            position: self.frame.to_lon_lat(point),
        });
        (self.intersections.len() - 1) as IntersectionId
    }

    fn add_road(&mut self, from: IntersectionId, to: IntersectionId, class: RoadClass, name: &str) {
        let a = self
            .frame
            .to_local(self.intersections[from as usize].position);
        let b = self
            .frame
            .to_local(self.intersections[to as usize].position);
        self.roads.push(RoadSegment {
            from,
            to,
            class,
            name: name.to_string(),
            speed_kmh: default_speed_kmh(class),
            length_meters: a.distance_meters(b),
            oneway: false,
        });
    }
}

fn grid_coordinate_meters(line: i32) -> f64 {
    (line - CENTRE_LINE) as f64 * BLOCK_METERS
}

/// Class and name of the street along grid line `line`; `east_west` for the rows.
fn grid_street(line: i32, east_west: bool) -> (RoadClass, String) {
    let offset = line - CENTRE_LINE;
    if offset == 0 {
        let name = if east_west {
            "Main Street"
        } else {
            "Great Road"
        };
        return (RoadClass::Arterial, name.to_string());
    }
    if offset % 4 == 0 {
        let slot = ((offset + 12) / 4) as usize;
        let slot = if offset > 0 { slot - 1 } else { slot };
        let names = if east_west {
            &EAST_WEST_COLLECTORS
        } else {
            &NORTH_SOUTH_COLLECTORS
        };
        return (RoadClass::Collector, names[slot].to_string());
    }
    let name = if east_west {
        format!("{} Street", TREE_NAMES[line as usize])
    } else {
        format!("{} Lane", FAMILY_NAMES[line as usize])
    };
    (RoadClass::Local, name)
}

/// A jittered grid of streets, with a few local blocks missing so it does not look like
/// graph paper, kept connected.
fn lay_out_grid(builder: &mut RoadBuilder, rng: &mut Pcg32) {
    let n = GRID_LINES;
    for row in 0..n {
        for column in 0..n {
            let on_major = |line: i32| (line - CENTRE_LINE) % 4 == 0;
            // Major roads stay straight; local corners wander a little.
            let jitter = if on_major(row) || on_major(column) {
                0.0
            } else {
                35.0
            };
            let x = grid_coordinate_meters(column) + rng.random_range(-1.0..=1.0) * jitter;
            let y = grid_coordinate_meters(row) + rng.random_range(-1.0..=1.0) * jitter;
            builder.add_intersection(LocalPoint::new(x, y));
        }
    }
    let node = |row: i32, column: i32| (row * n + column) as IntersectionId;
    // Candidate segments: (from, to, east_west, line).
    let mut segments = Vec::new();
    for row in 0..n {
        for column in 0..n - 1 {
            segments.push((node(row, column), node(row, column + 1), true, row));
        }
    }
    for column in 0..n {
        for row in 0..n - 1 {
            segments.push((node(row, column), node(row + 1, column), false, column));
        }
    }
    let mut degree = vec![0u32; (n * n) as usize];
    for &(a, b, _, _) in &segments {
        degree[a as usize] += 1;
        degree[b as usize] += 1;
    }
    let mut kept = vec![true; segments.len()];
    for (index, &(a, b, east_west, line)) in segments.iter().enumerate() {
        let (class, _) = grid_street(line, east_west);
        let removable =
            class == RoadClass::Local && degree[a as usize] > 2 && degree[b as usize] > 2;
        if removable && rng.random_bool(0.12) {
            kept[index] = false;
            degree[a as usize] -= 1;
            degree[b as usize] -= 1;
        }
    }
    reconnect(&segments, &mut kept, (n * n) as usize);
    for (index, &(a, b, east_west, line)) in segments.iter().enumerate() {
        if kept[index] {
            let (class, name) = grid_street(line, east_west);
            builder.add_road(a, b, class, &name);
        }
    }
}

/// Puts back removed segments until every intersection is reachable from intersection 0.
fn reconnect(segments: &[(u32, u32, bool, i32)], kept: &mut [bool], node_count: usize) {
    loop {
        let mut reached = vec![false; node_count];
        reached[0] = true;
        let mut changed = true;
        while changed {
            changed = false;
            for (index, &(a, b, _, _)) in segments.iter().enumerate() {
                if kept[index] && reached[a as usize] != reached[b as usize] {
                    reached[a as usize] = true;
                    reached[b as usize] = true;
                    changed = true;
                }
            }
        }
        let mut repaired = false;
        for (index, &(a, b, _, _)) in segments.iter().enumerate() {
            if !kept[index] && reached[a as usize] != reached[b as usize] {
                kept[index] = true;
                repaired = true;
            }
        }
        if !repaired {
            return;
        }
    }
}

/// Route 30 runs north-south just east of the grid, with interchanges at Main Street and
/// School Street; its south end leads to Boston, its north end to New Hampshire.
fn lay_out_highway(builder: &mut RoadBuilder) {
    let n = GRID_LINES;
    let highway_x = grid_coordinate_meters(n - 1) + 200.0;
    let stops_y = [-3_600.0, grid_coordinate_meters(5), 0.0, 3_600.0];
    let ids: Vec<IntersectionId> = stops_y
        .iter()
        .map(|&y| builder.add_intersection(LocalPoint::new(highway_x, y)))
        .collect();
    for pair in ids.windows(2) {
        builder.add_road(pair[0], pair[1], RoadClass::Highway, "Route 30");
    }
    // Ramps from the east end of School Street (row 5) and Main Street (row 13).
    let east_end = |row: i32| (row * n + (n - 1)) as IntersectionId;
    builder.add_road(east_end(5), ids[1], RoadClass::Arterial, "Route 30 ramp");
    builder.add_road(
        east_end(CENTRE_LINE),
        ids[2],
        RoadClass::Arterial,
        "Route 30 ramp",
    );
}

/// The town line: a roughly square ring about 5 x 5 km, with surveyed kinks.
fn town_line(frame: &LocalFrame, rng: &mut Pcg32) -> Vec<LonLat> {
    let h = TOWN_HALF_WIDTH_METERS;
    let mut ring = Vec::new();
    let corners = [(-h, -h), (h, -h), (h, h), (-h, h)];
    for side in 0..4 {
        let (x0, y0) = corners[side];
        let (x1, y1) = corners[(side + 1) % 4];
        for step in 0..5 {
            let t = step as f64 / 5.0;
            let wobble = if step == 0 {
                0.0
            } else {
                rng.random_range(-50.0..=50.0)
            };
            // Push the kink perpendicular to the side.
            let (nx, ny) = (y1 - y0, x0 - x1);
            let norm = (nx * nx + ny * ny).sqrt();
            ring.push(frame.to_lon_lat(LocalPoint::new(
                x0 + (x1 - x0) * t + nx / norm * wobble,
                y0 + (y1 - y0) * t + ny / norm * wobble,
            )));
        }
    }
    ring.push(ring[0]);
    ring
}

/// Intersections a car can leave from: those touching a road that is not a highway, in
/// ascending order.
///
/// Marked in a vector indexed by id, not gathered in a `BTreeSet`: an imported town's
/// 24 000 or so road ends took 6 ms of the page's task that starts its run in the browser
/// (profiled, issue 15), called again for each plan settled.
pub fn street_intersections(map: &TownMap) -> Vec<IntersectionId> {
    let streets = || map.roads.iter().filter(|r| r.class != RoadClass::Highway);
    let Some(largest) = streets().map(|r| r.from.max(r.to)).max() else {
        return Vec::new();
    };
    let mut touched = vec![false; largest as usize + 1];
    for road in streets() {
        touched[road.from as usize] = true;
        touched[road.to as usize] = true;
    }
    (0..=largest).filter(|&id| touched[id as usize]).collect()
}

/// The street intersection nearest to `point` (local meters), if the map has any.
pub fn nearest_street_intersection(
    map: &TownMap,
    frame: &LocalFrame,
    streets: &[IntersectionId],
    point: LocalPoint,
) -> Option<IntersectionId> {
    let mut best: Option<(f64, IntersectionId)> = None;
    for &id in streets {
        let d = frame
            .to_local(map.intersections[id as usize].position)
            .distance_meters(point);
        if best.is_none_or(|(best_d, _)| d < best_d) {
            best = Some((d, id));
        }
    }
    best.map(|(_, id)| id)
}

/// Where each kind of place stands, in local meters, with its name.
fn place_plan() -> Vec<(PlaceKind, &'static str, f64, f64)> {
    use PlaceKind::*;
    vec![
        (TownHall, "Millbrook Town Hall", 0.0, 120.0),
        (Courthouse, "Millbrook District Court", -250.0, -120.0),
        (Restaurant, "Main Street Diner", -500.0, 80.0),
        (Bar, "The Mill Tavern", 250.0, -80.0),
        (Church, "First Congregational Church", 120.0, 260.0),
        (Church, "St. Bridget's Catholic Church", -750.0, -500.0),
        (Synagogue, "Congregation Beth Shalom", 1_250.0, 1_000.0),
        (Mosque, "Islamic Center of Millbrook", -1_500.0, 250.0),
        (Temple, "Millbrook Hindu Temple", 1_750.0, -1_250.0),
        (Grocery, "Harvest Market", 1_000.0, -90.0),
        (Store, "Millbrook Hardware", 1_250.0, 90.0),
        (Gym, "Ironworks Fitness", 1_500.0, -90.0),
        (Store, "Brook Pharmacy", 1_750.0, 90.0),
        (Bar, "Rusty Anchor Pub", 2_000.0, -90.0),
        (Store, "Mill Plaza Home Center", 2_250.0, 90.0),
        (Grocery, "Crosby's Grocery", -1_000.0, 2_000.0),
        (Hospital, "Millbrook Regional Hospital", -1_250.0, -1_250.0),
        (
            ReproductiveHealthClinic,
            "Women's Health Center",
            -1_000.0,
            -1_500.0,
        ),
        (
            ImmigrationLegalAid,
            "Immigrant Legal Aid Clinic",
            -250.0,
            500.0,
        ),
        (UnionHall, "Carpenters Local 57 Union Hall", 750.0, -1_000.0),
        (School, "Millbrook High School", -750.0, 1_000.0),
        (School, "Center Elementary School", 500.0, 750.0),
        (Daycare, "Little Acorns Daycare", 250.0, 1_250.0),
        (Factory, "Brook Valley Precision", -2_000.0, -2_000.0),
        (OfficePark, "Route 30 Office Park", 2_250.0, -2_000.0),
        (Gym, "North Village Yoga & Fitness", 0.0, 2_000.0),
        (Restaurant, "Golden Lantern Restaurant", 750.0, 110.0),
        (
            FriendsHouse,
            "8 Orchard Street, North Village",
            500.0,
            1_750.0,
        ),
        (FriendsHouse, "41 Hollis Farm Road", -1_750.0, -750.0),
        (FriendsHouse, "27 Pearl Street, South End", 250.0, -1_750.0),
        (FriendsHouse, "12 Birch Lane, Wexford", -2_750.0, 750.0),
        (OutOfTown, "Wexford Mall", -3_000.0, -250.0),
        (OutOfTown, "Boston", 3_450.0, -3_600.0),
        (
            OutOfTown,
            "Pine Lake Cabins, New Hampshire",
            3_450.0,
            3_600.0,
        ),
    ]
}

fn lay_out_places(map: &TownMap, frame: &LocalFrame, rng: &mut Pcg32) -> Vec<Place> {
    let all_intersections: Vec<IntersectionId> = (0..map.intersections.len() as u32).collect();
    let streets = street_intersections(map);
    let mut places = Vec::new();
    for (kind, name, x, y) in place_plan() {
        let target = LocalPoint::new(x, y);
        let out_of_town_by_highway = kind == PlaceKind::OutOfTown && y.abs() > 3_500.0;
        let candidates: &[IntersectionId] = if out_of_town_by_highway {
            &all_intersections
        } else {
            &streets
        };
        let Some(access) = nearest_street_intersection(map, frame, candidates, target) else {
            continue;
        };
        let access_point = frame.to_local(map.intersections[access as usize].position);
        // The building stands back from the street, off the corner.
        let setback = rng.random_range(50.0..=90.0);
        let (dx, dy) = if out_of_town_by_highway {
            (60.0, 0.0)
        } else {
            match rng.random_range(0u32..4) {
                0 => (setback, setback * 0.4),
                1 => (-setback, setback * 0.4),
                2 => (setback * 0.4, setback),
                _ => (setback * 0.4, -setback),
            }
        };
        let position = frame.to_lon_lat(LocalPoint::new(
            access_point.x_meters + dx,
            access_point.y_meters + dy,
        ));
        places.push(Place {
            kind,
            name: name.to_string(),
            position,
            access,
        });
    }
    places
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::geometry::inside_town_line;

    mod street_intersections {
        use super::*;

        #[test]
        fn lists_each_end_of_a_non_highway_road_once_in_ascending_order() {
            let mut map = generate_town(1, 20);
            let expected: std::collections::BTreeSet<IntersectionId> = map
                .roads
                .iter()
                .filter(|r| r.class != RoadClass::Highway)
                .flat_map(|r| [r.from, r.to])
                .collect();
            let found = street_intersections(&map);
            assert_eq!(found, expected.into_iter().collect::<Vec<_>>());
            // An intersection reached only by highways is not a street's.
            let highway_only = map
                .roads
                .iter()
                .filter(|r| r.class == RoadClass::Highway)
                .flat_map(|r| [r.from, r.to])
                .find(|id| !found.contains(id));
            assert!(
                highway_only.is_some(),
                "the town has a highway-only junction"
            );
            map.roads.retain(|r| r.class == RoadClass::Highway);
            assert!(street_intersections(&map).is_empty());
        }
    }

    mod the_default_town {
        use super::*;

        #[test]
        fn is_the_same_for_the_same_seed_and_differs_for_another() {
            assert_eq!(generate_town(7, 20), generate_town(7, 20));
            assert_ne!(
                generate_town(7, 20).intersections,
                generate_town(8, 20).intersections
            );
        }

        #[test]
        fn keeps_its_streets_when_the_camera_count_changes() {
            let a = generate_town(3, 5);
            let b = generate_town(3, 40);
            assert_eq!(a.roads, b.roads);
            assert_eq!(a.places, b.places);
        }

        #[test]
        fn spans_about_five_kilometres_inside_its_town_line() {
            let map = generate_town(1, 20);
            let frame = LocalFrame::new(TOWN_CENTRE);
            let points: Vec<LocalPoint> = map.boundary.iter().map(|&p| frame.to_local(p)).collect();
            let width = points.iter().map(|p| p.x_meters).fold(f64::MIN, f64::max)
                - points.iter().map(|p| p.x_meters).fold(f64::MAX, f64::min);
            assert!((4_600.0..5_000.0).contains(&width), "{width}");
            assert!(inside_town_line(&map, &frame, TOWN_CENTRE));
            assert!(!inside_town_line(
                &map,
                &frame,
                frame.to_lon_lat(LocalPoint::new(3_000.0, 0.0))
            ));
        }

        #[test]
        fn has_every_road_class_and_every_kind_of_place() {
            let map = generate_town(1, 20);
            for class in [
                RoadClass::Highway,
                RoadClass::Arterial,
                RoadClass::Collector,
                RoadClass::Local,
            ] {
                assert!(map.roads.iter().any(|r| r.class == class), "{class:?}");
            }
            // Parks and shelters come only from an imported town's tags.
            let imported_only = [PlaceKind::Home, PlaceKind::Park, PlaceKind::Shelter];
            for kind in PlaceKind::ALL
                .into_iter()
                .filter(|k| !imported_only.contains(k))
            {
                assert!(map.places.iter().any(|p| p.kind == kind), "{kind:?}");
            }
            assert!(
                map.roads
                    .iter()
                    .all(|r| !r.name.is_empty() && r.length_meters > 0.0)
            );
        }
    }
}
