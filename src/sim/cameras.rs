//! Where the cameras go: placed the way deployments actually are, by category (town-line
//! entries, arterial intersections, homeowners' associations' neighbourhood entrances and
//! retail lots, both private and sharing with police, school zones, a neighbouring town's
//! cameras, state-road cameras).
//!
//! Works on any [`TownMap`] with a town line; it only decides camera positions, headings and
//! operators. Which traffic a camera reads is [`super::capture`]'s job.

use rand::Rng;
use rand_pcg::Pcg32;

use super::geometry::{LocalFrame, LocalPoint, bearing_degrees, boundary_polygon};
use super::model::*;
use super::neighbourhoods::{NEIGHBOURING_TOWNS, neighbourhood_of};
use super::random::{Stream, generator};
use super::stable_sort::{sort, sort_by, sort_by_key};

/// Default number of cameras for a town of about 25,000 people on 25 km².
///
/// Basis (`../shared/docs/facts.md`): Cambridge, MA ran 16 Flock cameras (boston.com,
/// 2025-12-11, <https://www.boston.com/news/local-news/2025/12/11/cambridge-ends-contract-for-license-plate-cameras-after-breach-of-trust>);
/// EyesOffMA counted at least 359 Flock cameras in Massachusetts, where more than 40 police
/// departments contract with Flock (ACLU of Massachusetts): about 9 per department. Of the
/// default 20, 9 belong to the town police (that average); 8 are private cameras of
/// homeowners' associations and retail lots, which can feed police under an MOU
/// (<https://www.flocksafety.com/articles/what-happens-if-a-wanted-car-passes-by-a-flock-safety-camera>);
/// the other 3 are a neighbouring town's and the state police's, which a town's drivers
/// pass too.
pub const DEFAULT_CAMERA_COUNT: u32 = 20;

/// How far a camera reads plates, in meters.
pub const CAMERA_RANGE_METERS: f64 = 40.0;
/// A camera's field of view, in degrees.
pub const CAMERA_FIELD_OF_VIEW_DEGREES: f64 = 40.0;
/// How far before the point it watches a roadside camera stands, in meters.
const SETBACK_METERS: f64 = 30.0;
/// How far to the right of the travel lane a roadside camera's pole stands, in meters.
const CURBSIDE_OFFSET_METERS: f64 = 6.0;

/// The town police department's name.
pub fn town_police(map: &TownMap) -> String {
    format!("{} Police Department", map.name)
}

/// Share of each placement category in a network, in percent, in the order cameras are
/// filled: town-line entries, arterial intersections, neighbourhood entrances (homeowners'
/// associations), retail lots, the neighbouring town's cameras, school zones, state-road
/// cameras.
const CATEGORY_SHARES: [(CameraPlacement, u32); 7] = [
    (CameraPlacement::TownLine, 20),
    (CameraPlacement::ArterialIntersection, 20),
    (CameraPlacement::NeighbourhoodEntrance, 25),
    (CameraPlacement::RetailLot, 15),
    (CameraPlacement::NeighbouringTown, 10),
    (CameraPlacement::SchoolZone, 5),
    (CameraPlacement::StateRoad, 5),
];

/// Neighbourhood-entrance cameras stand at least this far apart while sites last, in meters,
/// so that several associations, not one, have them.
const ENTRANCE_SPACING_METERS: f64 = 900.0;

/// Places `count` cameras on `map` (fewer only if the map runs out of sensible sites).
pub fn place_cameras(map: &TownMap, seed: u64, count: u32) -> Vec<Camera> {
    let mut rng = generator(seed, Stream::Cameras, 0);
    let frame = LocalFrame::around(map.intersections.iter().map(|i| i.position));
    let mut pools: Vec<Vec<Camera>> = CATEGORY_SHARES
        .iter()
        .map(|&(placement, _)| candidate_sites(map, &frame, placement, &mut rng))
        .collect();
    let quotas = split_by_shares(count, &CATEGORY_SHARES.map(|(_, share)| share));
    let mut chosen: Vec<Camera> = Vec::new();
    let mut left_over = 0;
    for (pool, quota) in pools.iter_mut().zip(quotas) {
        let take = (quota as usize).min(pool.len());
        left_over += quota as usize - take;
        chosen.extend(pool.drain(..take));
    }
    // Categories that ran out of sites pass their cameras on, in order.
    for pool in pools.iter_mut() {
        let take = left_over.min(pool.len());
        left_over -= take;
        chosen.extend(pool.drain(..take));
    }
    for (index, camera) in chosen.iter_mut().enumerate() {
        camera.label = format!("FL-{:02}", index + 1);
    }
    chosen
}

/// Splits `total` by `shares` (largest remainder first, ties to the earlier category).
fn split_by_shares(total: u32, shares: &[u32]) -> Vec<u32> {
    let sum: u32 = shares.iter().sum();
    let mut parts: Vec<u32> = shares.iter().map(|s| total * s / sum).collect();
    let mut remainders: Vec<(u32, usize)> = shares
        .iter()
        .enumerate()
        .map(|(i, s)| (total * s % sum, i))
        .collect();
    sort_by(&mut remainders, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let missing = total - parts.iter().sum::<u32>();
    for &(_, i) in remainders.iter().take(missing as usize) {
        parts[i] += 1;
    }
    parts
}

struct Site {
    rank: (u32, u32, u32),
    camera: Camera,
}

/// A camera reading traffic driving from `from` to `to`, standing `setback_meters` before
/// `to` at the right curb.
#[allow(clippy::too_many_arguments)]
fn roadside_camera(
    frame: &LocalFrame,
    from: LocalPoint,
    to: LocalPoint,
    setback_meters: f64,
    operator: String,
    owner: CameraOwner,
    placement: CameraPlacement,
) -> Camera {
    let length = from.distance_meters(to).max(1.0);
    let (ux, uy) = (
        (to.x_meters - from.x_meters) / length,
        (to.y_meters - from.y_meters) / length,
    );
    let back = setback_meters.min(length / 2.0);
    let position = LocalPoint::new(
        to.x_meters - ux * back + uy * CURBSIDE_OFFSET_METERS,
        to.y_meters - uy * back - ux * CURBSIDE_OFFSET_METERS,
    );
    let read_probability = match owner {
        CameraOwner::TownPolice | CameraOwner::StatePolice => 0.95,
        CameraOwner::NeighbourPolice => 0.93,
        CameraOwner::PrivateBusiness => 0.90,
    };
    Camera {
        label: String::new(),
        position: frame.to_lon_lat(position),
        heading_degrees: bearing_degrees(from, to),
        field_of_view_degrees: CAMERA_FIELD_OF_VIEW_DEGREES,
        range_meters: CAMERA_RANGE_METERS,
        operator,
        owner,
        placement,
        read_probability,
    }
}

fn class_rank(class: RoadClass) -> u32 {
    match class {
        RoadClass::Highway => 0,
        RoadClass::Arterial => 1,
        RoadClass::Collector => 2,
        RoadClass::Local => 3,
    }
}

/// Every sensible site of one category, best first (ties broken by the generator).
fn candidate_sites(
    map: &TownMap,
    frame: &LocalFrame,
    placement: CameraPlacement,
    rng: &mut Pcg32,
) -> Vec<Camera> {
    let town_line = boundary_polygon(map, frame);
    let point = |id: IntersectionId| frame.to_local(map.intersections[id as usize].position);
    let inside = |p: LocalPoint| {
        use geo::Contains;
        map.boundary.len() >= 4 && town_line.contains(&p.to_geo())
    };
    let police = town_police(map);
    let mut sites: Vec<Site> = Vec::new();
    let mut push = |rank: (u32, u32), camera: Camera, rng: &mut Pcg32| {
        sites.push(Site {
            rank: (rank.0, rank.1, rng.random_range(0..u32::MAX)),
            camera,
        });
    };
    match placement {
        CameraPlacement::TownLine | CameraPlacement::NeighbouringTown => {
            for road in map.roads.iter().filter(|r| r.class != RoadClass::Highway) {
                let (a, b) = (point(road.from), point(road.to));
                let (inner, outer) = match (inside(a), inside(b)) {
                    (true, false) => (a, b),
                    (false, true) => (b, a),
                    _ => continue,
                };
                let camera = if placement == CameraPlacement::TownLine {
                    roadside_camera(
                        frame,
                        outer,
                        inner,
                        SETBACK_METERS * 2.0,
                        police.clone(),
                        CameraOwner::TownPolice,
                        placement,
                    )
                } else {
                    let town = neighbouring_town(frame, map, outer);
                    roadside_camera(
                        frame,
                        inner,
                        outer,
                        SETBACK_METERS,
                        format!("{town} Police Department"),
                        CameraOwner::NeighbourPolice,
                        placement,
                    )
                };
                push((0, class_rank(road.class)), camera, rng);
            }
        }
        CameraPlacement::ArterialIntersection => {
            let major =
                |r: &RoadSegment| matches!(r.class, RoadClass::Arterial | RoadClass::Collector);
            let mut roads_at: Vec<Vec<&RoadSegment>> = vec![Vec::new(); map.intersections.len()];
            for road in map.roads.iter().filter(|r| major(r)) {
                for end in [road.from, road.to] {
                    if let Some(list) = roads_at.get_mut(end as usize) {
                        list.push(road);
                    }
                }
            }
            for (node, approaches) in roads_at.iter().enumerate() {
                let node = node as IntersectionId;
                let mut names: Vec<&str> = approaches.iter().map(|r| r.name.as_str()).collect();
                sort(&mut names);
                names.dedup();
                if approaches.is_empty() || !inside(point(node)) {
                    continue;
                }
                // Where two major roads cross first, busiest first; then along them.
                let arterials = approaches
                    .iter()
                    .filter(|r| r.class == RoadClass::Arterial)
                    .count() as u32;
                let priority = if names.len() >= 2 {
                    4 - arterials.min(4)
                } else {
                    10
                };
                let mut order: Vec<usize> = (0..approaches.len()).collect();
                // A random first approach per intersection, the rest after every
                // intersection has one.
                let first = rng.random_range(0..order.len() as u32) as usize;
                order.rotate_left(first);
                for (round, &i) in order.iter().enumerate() {
                    let road = approaches[i];
                    let from = if road.to == node { road.from } else { road.to };
                    let camera = roadside_camera(
                        frame,
                        point(from),
                        point(node),
                        SETBACK_METERS,
                        police.clone(),
                        CameraOwner::TownPolice,
                        placement,
                    );
                    push((round as u32, priority), camera, rng);
                }
            }
        }
        CameraPlacement::RetailLot => {
            for place in &map.places {
                let rank = match place.kind {
                    PlaceKind::Grocery | PlaceKind::Store => 0,
                    PlaceKind::Gym => 1,
                    PlaceKind::Restaurant | PlaceKind::Bar => 2,
                    _ => continue,
                };
                let access = point(place.access);
                let lot = frame.to_local(place.position);
                let mut camera = roadside_camera(
                    frame,
                    access,
                    lot,
                    10.0,
                    place.name.clone(),
                    CameraOwner::PrivateBusiness,
                    placement,
                );
                camera.range_meters = CAMERA_RANGE_METERS.max(lot.distance_meters(access));
                push((rank, 0), camera, rng);
            }
        }
        CameraPlacement::SchoolZone => {
            for place in map
                .places
                .iter()
                .filter(|p| matches!(p.kind, PlaceKind::School | PlaceKind::Daycare))
            {
                for (round, road) in map
                    .roads
                    .iter()
                    .filter(|r| {
                        r.class != RoadClass::Highway
                            && (r.from == place.access || r.to == place.access)
                    })
                    .enumerate()
                {
                    let from = if road.to == place.access {
                        road.from
                    } else {
                        road.to
                    };
                    let camera = roadside_camera(
                        frame,
                        point(from),
                        point(place.access),
                        SETBACK_METERS,
                        police.clone(),
                        CameraOwner::TownPolice,
                        placement,
                    );
                    push((round as u32, class_rank(road.class)), camera, rng);
                }
            }
        }
        CameraPlacement::StateRoad => {
            for road in &map.roads {
                let on_ramp = road.name.contains("ramp");
                if road.class != RoadClass::Highway && !on_ramp {
                    continue;
                }
                let (a, b) = (point(road.from), point(road.to));
                let setback = a.distance_meters(b) / 2.0;
                for (round, (from, to)) in [(a, b), (b, a)].into_iter().enumerate() {
                    let camera = roadside_camera(
                        frame,
                        from,
                        to,
                        setback,
                        "Massachusetts State Police".into(),
                        CameraOwner::StatePolice,
                        placement,
                    );
                    push((round as u32, u32::from(on_ramp)), camera, rng);
                }
            }
        }
        CameraPlacement::NeighbourhoodEntrance => {
            let centre = frame.to_local(LocalFrame::around(map.boundary.iter().copied()).origin());
            let mut major = vec![false; map.intersections.len()];
            for road in map.roads.iter().filter(|r| r.class != RoadClass::Local) {
                for end in [road.from, road.to] {
                    if let Some(m) = major.get_mut(end as usize) {
                        *m = true;
                    }
                }
            }
            for road in map.roads.iter().filter(|r| r.class == RoadClass::Local) {
                let (entrance, inner) = match (major[road.from as usize], major[road.to as usize]) {
                    (true, false) => (road.from, road.to),
                    (false, true) => (road.to, road.from),
                    _ => continue,
                };
                let (a, b) = (point(entrance), point(inner));
                if !inside(a) || !inside(b) {
                    continue;
                }
                let area = neighbourhood_of(LocalPoint::new(
                    b.x_meters - centre.x_meters,
                    b.y_meters - centre.y_meters,
                ));
                if area.name == "Millbrook Centre" {
                    continue;
                }
                // Reads the cars turning in from the collector: who comes home, and when.
                let camera = roadside_camera(
                    frame,
                    a,
                    b,
                    a.distance_meters(b) / 2.0,
                    format!("{} Homeowners Association", area.name),
                    CameraOwner::PrivateBusiness,
                    placement,
                );
                push((0, 5 - area.density.min(5)), camera, rng);
            }
        }
        CameraPlacement::Mapped => {}
    }
    sort_by_key(&mut sites, |s| s.rank);
    let cameras: Vec<Camera> = sites.into_iter().map(|s| s.camera).collect();
    if placement == CameraPlacement::NeighbourhoodEntrance {
        spread_out(frame, cameras, ENTRANCE_SPACING_METERS)
    } else {
        cameras
    }
}

/// The same sites, reordered so that each is at least `spacing_meters` from every earlier
/// one while that is possible (best first within each pass).
fn spread_out(frame: &LocalFrame, sites: Vec<Camera>, spacing_meters: f64) -> Vec<Camera> {
    let mut first: Vec<Camera> = Vec::new();
    let mut rest = Vec::new();
    for camera in sites {
        let p = frame.to_local(camera.position);
        let clear = first
            .iter()
            .all(|c| frame.to_local(c.position).distance_meters(p) >= spacing_meters);
        if clear {
            first.push(camera);
        } else {
            rest.push(camera);
        }
    }
    first.extend(rest);
    first
}

/// The neighbouring town a point outside the town line belongs to, by which side it lies.
fn neighbouring_town(frame: &LocalFrame, map: &TownMap, outside: LocalPoint) -> &'static str {
    let centre = LocalFrame::around(map.boundary.iter().copied()).origin();
    let c = frame.to_local(centre);
    let (dx, dy) = (outside.x_meters - c.x_meters, outside.y_meters - c.y_meters);
    let [west, east, south, north] = NEIGHBOURING_TOWNS;
    if dx.abs() > dy.abs() {
        if dx < 0.0 { west } else { east }
    } else if dy < 0.0 {
        south
    } else {
        north
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::town::generate_town;

    mod placement {
        use super::*;

        #[test]
        fn places_the_default_network_by_category_with_every_kind_of_operator() {
            let map = generate_town(1, DEFAULT_CAMERA_COUNT);
            assert_eq!(map.cameras.len(), DEFAULT_CAMERA_COUNT as usize);
            let count =
                |p: CameraPlacement| map.cameras.iter().filter(|c| c.placement == p).count();
            assert_eq!(count(CameraPlacement::TownLine), 4);
            assert_eq!(count(CameraPlacement::ArterialIntersection), 4);
            assert_eq!(count(CameraPlacement::NeighbourhoodEntrance), 5);
            assert_eq!(count(CameraPlacement::RetailLot), 3);
            assert_eq!(count(CameraPlacement::NeighbouringTown), 2);
            assert_eq!(count(CameraPlacement::SchoolZone), 1);
            assert_eq!(count(CameraPlacement::StateRoad), 1);
            let town = map
                .cameras
                .iter()
                .filter(|c| c.owner == CameraOwner::TownPolice)
                .count();
            assert_eq!(town, 9);
            for owner in [
                CameraOwner::PrivateBusiness,
                CameraOwner::NeighbourPolice,
                CameraOwner::StatePolice,
            ] {
                assert!(map.cameras.iter().any(|c| c.owner == owner), "{owner:?}");
            }
            assert_eq!(map.cameras[0].label, "FL-01");
        }

        #[test]
        fn neighbourhood_entrances_are_private_spread_out_and_outside_the_centre() {
            let map = generate_town(3, DEFAULT_CAMERA_COUNT);
            let frame = LocalFrame::around(map.intersections.iter().map(|i| i.position));
            let entrances: Vec<&Camera> = map
                .cameras
                .iter()
                .filter(|c| c.placement == CameraPlacement::NeighbourhoodEntrance)
                .collect();
            assert!(!entrances.is_empty());
            for (i, camera) in entrances.iter().enumerate() {
                assert_eq!(camera.owner, CameraOwner::PrivateBusiness);
                assert!(camera.operator.ends_with("Homeowners Association"));
                assert!(!camera.operator.starts_with("Millbrook Centre"));
                let p = frame.to_local(camera.position);
                for other in &entrances[i + 1..] {
                    let d = frame.to_local(other.position).distance_meters(p);
                    assert!(d >= ENTRANCE_SPACING_METERS, "{d:.0} m apart");
                }
            }
        }

        #[test]
        fn places_any_count_up_to_the_maximum() {
            for count in [0, 1, 7, 60, crate::sim::error::MAX_CAMERAS] {
                assert_eq!(generate_town(2, count).cameras.len(), count as usize);
            }
        }

        #[test]
        fn splits_a_count_by_shares_exactly() {
            assert_eq!(
                split_by_shares(20, &[30, 20, 20, 10, 10, 10]),
                vec![6, 4, 4, 2, 2, 2]
            );
            assert_eq!(
                split_by_shares(20, &CATEGORY_SHARES.map(|(_, share)| share)),
                vec![4, 4, 5, 3, 2, 1, 1]
            );
            assert_eq!(
                split_by_shares(7, &[30, 20, 20, 10, 10, 10])
                    .iter()
                    .sum::<u32>(),
                7
            );
        }
    }
}
