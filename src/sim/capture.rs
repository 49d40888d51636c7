//! Which cameras see a trip, when, and whether they read the plate right.
//!
//! Coverage is precomputed once per directed road segment (and per place's driveway): a
//! camera reads traffic on a segment that passes within its `range_meters` while travelling
//! within `field_of_view_degrees / 2` of its heading. Capture along a route is then a table
//! lookup. Each pass is read with the camera's `read_probability`; a few reads get one plate
//! character wrong, as real readers do. Works on any [`TownMap`].

use rand::Rng;

use super::geometry::{
    LocalFrame, LocalPoint, bearing_degrees, bearing_difference_degrees, distance_to_segment,
};
use super::model::*;
use super::routing::{DirectedSegment, RoadGraph, Route};
use super::stable_sort::sort_by;

/// Time to drive between a place's door and its street intersection, in deciseconds.
pub const DRIVEWAY_DECISECONDS: u32 = 300;
/// Chance that a read gets one plate character wrong (0.2%).
pub const MISREAD_PROBABILITY: f64 = 0.002;

/// A camera a trip drives past, `offset_deciseconds` after the trip starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CameraPass {
    pub offset_deciseconds: u32,
    pub camera: CameraId,
    pub direction: TravelDirection,
}

/// Where along a stretch of road a camera reads it.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Coverage {
    camera: CameraId,
    /// 0 at the start of the stretch, 1 at its end.
    fraction: f64,
    direction: TravelDirection,
}

/// If `camera` reads traffic driving straight from `from` to `to` (local meters), the
/// fraction of the way at which it does.
pub fn reads_traffic(
    camera: &Camera,
    frame: &LocalFrame,
    from: LocalPoint,
    to: LocalPoint,
) -> Option<f64> {
    if from == to {
        return None;
    }
    let travel = bearing_degrees(from, to);
    if bearing_difference_degrees(travel, camera.heading_degrees)
        > camera.field_of_view_degrees / 2.0
    {
        return None;
    }
    let (distance_meters, fraction) =
        distance_to_segment(frame.to_local(camera.position), from, to);
    (distance_meters <= camera.range_meters).then_some(fraction)
}

fn coverage_of(
    map: &TownMap,
    frame: &LocalFrame,
    cameras: &[LocalPoint],
    from: LocalPoint,
    to: LocalPoint,
) -> Vec<Coverage> {
    let reach = from.distance_meters(to);
    let direction = TravelDirection::from_bearing_degrees(bearing_degrees(from, to));
    let mut seen = Vec::new();
    for (id, camera) in map.cameras.iter().enumerate() {
        // Cheap rejection before the exact test.
        let near = cameras[id]
            .distance_meters(from)
            .min(cameras[id].distance_meters(to));
        if near > reach + camera.range_meters {
            continue;
        }
        if let Some(fraction) = reads_traffic(camera, frame, from, to) {
            seen.push(Coverage {
                camera: id as CameraId,
                fraction,
                direction,
            });
        }
    }
    sort_by(&mut seen, |a, b| {
        a.fraction
            .total_cmp(&b.fraction)
            .then(a.camera.cmp(&b.camera))
    });
    seen
}

/// For every directed segment and every place's driveway, the cameras that read it.
pub struct CoverageTable {
    by_leg: Vec<Vec<Coverage>>,
    leaving_place: Vec<Vec<CameraPass>>,
    reaching_place: Vec<Vec<CameraPass>>,
}

impl CoverageTable {
    pub fn new(map: &TownMap, graph: &RoadGraph) -> CoverageTable {
        let frame = LocalFrame::around(map.intersections.iter().map(|i| i.position));
        let cameras: Vec<LocalPoint> = map
            .cameras
            .iter()
            .map(|c| frame.to_local(c.position))
            .collect();
        let point = |id: IntersectionId| frame.to_local(map.intersections[id as usize].position);
        let mut by_leg = vec![Vec::new(); map.roads.len() * 2];
        for segment in 0..map.roads.len() as u32 {
            for forward in [true, false] {
                let leg = DirectedSegment { segment, forward };
                let (from, to) = graph.ends(leg);
                if from == to || map.cameras.is_empty() {
                    continue;
                }
                by_leg[leg.index()] = coverage_of(map, &frame, &cameras, point(from), point(to));
            }
        }
        let driveway = |from: LocalPoint, to: LocalPoint| -> Vec<CameraPass> {
            coverage_of(map, &frame, &cameras, from, to)
                .into_iter()
                .map(|c| CameraPass {
                    offset_deciseconds: (c.fraction * DRIVEWAY_DECISECONDS as f64) as u32,
                    camera: c.camera,
                    direction: c.direction,
                })
                .collect()
        };
        let mut leaving_place = Vec::new();
        let mut reaching_place = Vec::new();
        for place in &map.places {
            let (door, street) = (frame.to_local(place.position), point(place.access));
            leaving_place.push(driveway(door, street));
            reaching_place.push(driveway(street, door));
        }
        CoverageTable {
            by_leg,
            leaving_place,
            reaching_place,
        }
    }

    /// The cameras a route drives past, in order, timed from the route's start. A camera
    /// that watches two consecutive segments (a straight run through an intersection) reads
    /// the car once.
    pub fn passes_along(&self, graph: &RoadGraph, route: &Route) -> Vec<CameraPass> {
        let mut passes: Vec<CameraPass> = Vec::new();
        let mut last_leg_of: Vec<(CameraId, usize)> = Vec::new();
        let mut elapsed = 0u32;
        for (index, &leg) in route.legs.iter().enumerate() {
            let cost = graph.cost_deciseconds(leg);
            for c in &self.by_leg[leg.index()] {
                let recent = last_leg_of
                    .iter()
                    .any(|&(camera, at)| camera == c.camera && at + 1 >= index);
                last_leg_of.retain(|&(camera, _)| camera != c.camera);
                last_leg_of.push((c.camera, index));
                if recent {
                    continue;
                }
                passes.push(CameraPass {
                    offset_deciseconds: elapsed + (c.fraction * cost as f64) as u32,
                    camera: c.camera,
                    direction: c.direction,
                });
            }
            elapsed += cost;
        }
        passes
    }

    /// The cameras that read traffic on `leg`, in the order they do.
    pub fn cameras_on(&self, leg: DirectedSegment) -> impl Iterator<Item = CameraId> + '_ {
        self.by_leg
            .get(leg.index())
            .into_iter()
            .flatten()
            .map(|c| c.camera)
    }

    /// Cameras read leaving `place` by its driveway, timed from leaving the door.
    pub fn leaving(&self, place: PlaceId) -> &[CameraPass] {
        self.leaving_place
            .get(place as usize)
            .map_or(&[], Vec::as_slice)
    }

    /// Cameras read turning into `place`'s driveway, timed from the street.
    pub fn reaching(&self, place: PlaceId) -> &[CameraPass] {
        self.reaching_place
            .get(place as usize)
            .map_or(&[], Vec::as_slice)
    }
}

/// Characters a reader confuses, both ways.
const CONFUSABLE: [(u8, u8); 6] = [
    (b'0', b'O'),
    (b'8', b'B'),
    (b'1', b'I'),
    (b'5', b'S'),
    (b'2', b'Z'),
    (b'6', b'G'),
];

/// One camera's attempt at reading `plate`: `None` when it misses, else the plate as read
/// (now and then with one character wrong).
pub fn read_plate(rng: &mut impl Rng, read_probability: f64, plate: Plate) -> Option<Plate> {
    if !rng.random_bool(read_probability.clamp(0.0, 1.0)) {
        return None;
    }
    if !rng.random_bool(MISREAD_PROBABILITY) {
        return Some(plate);
    }
    let length = plate.as_str().len() as u32;
    if length == 0 {
        return Some(plate);
    }
    let mut bytes = plate.0;
    let at = rng.random_range(0..length) as usize;
    let original = bytes[at];
    bytes[at] = CONFUSABLE
        .iter()
        .find_map(|&(a, b)| {
            if a == original {
                Some(b)
            } else if b == original {
                Some(a)
            } else {
                None
            }
        })
        .unwrap_or(if original.is_ascii_digit() {
            b'0' + (original - b'0' + 1) % 10
        } else {
            b'A' + (original - b'A' + 1) % 26
        });
    Some(Plate(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::random::{Stream, generator};

    fn camera_facing_east_at_origin(frame: &LocalFrame) -> Camera {
        Camera {
            label: "FL-01".into(),
            position: frame.to_lon_lat(LocalPoint::new(0.0, -6.0)),
            heading_degrees: 90.0,
            field_of_view_degrees: 40.0,
            range_meters: 40.0,
            operator: "Test Police Department".into(),
            owner: CameraOwner::TownPolice,
            placement: CameraPlacement::ArterialIntersection,
            read_probability: 0.9,
        }
    }

    mod camera_coverage {
        use super::*;

        #[test]
        fn reads_traffic_travelling_in_its_direction_past_it() {
            let frame = LocalFrame::new([-71.35, 42.45]);
            let camera = camera_facing_east_at_origin(&frame);
            let fraction = reads_traffic(
                &camera,
                &frame,
                LocalPoint::new(-100.0, 0.0),
                LocalPoint::new(100.0, 0.0),
            );
            assert!((fraction.expect("read") - 0.5).abs() < 1e-6);
        }

        #[test]
        fn does_not_read_traffic_driving_the_other_way() {
            let frame = LocalFrame::new([-71.35, 42.45]);
            let camera = camera_facing_east_at_origin(&frame);
            assert_eq!(
                reads_traffic(
                    &camera,
                    &frame,
                    LocalPoint::new(100.0, 0.0),
                    LocalPoint::new(-100.0, 0.0)
                ),
                None
            );
        }

        #[test]
        fn reads_within_half_its_field_of_view_but_not_beyond() {
            let frame = LocalFrame::new([-71.35, 42.45]);
            let camera = camera_facing_east_at_origin(&frame);
            // A road heading 90 +- 15 degrees (inside 20) and 90 + 30 (outside).
            let towards = |bearing: f64| {
                let r = bearing.to_radians();
                (
                    LocalPoint::new(-50.0 * libm::sin(r), -50.0 * libm::cos(r)),
                    LocalPoint::new(50.0 * libm::sin(r), 50.0 * libm::cos(r)),
                )
            };
            for (bearing, read) in [
                (75.0, true),
                (105.0, true),
                (120.0, false),
                (60.0, false),
                (0.0, false),
            ] {
                let (from, to) = towards(bearing);
                assert_eq!(
                    reads_traffic(&camera, &frame, from, to).is_some(),
                    read,
                    "bearing {bearing}"
                );
            }
        }

        #[test]
        fn does_not_read_traffic_beyond_its_range() {
            let frame = LocalFrame::new([-71.35, 42.45]);
            let camera = camera_facing_east_at_origin(&frame);
            assert_eq!(
                reads_traffic(
                    &camera,
                    &frame,
                    LocalPoint::new(-100.0, 50.0),
                    LocalPoint::new(100.0, 50.0)
                ),
                None
            );
        }

        #[test]
        fn reads_a_car_once_on_a_straight_run_through_an_intersection() {
            let map = crate::sim::town::generate_town(1, 20);
            let graph = RoadGraph::new(&map);
            let table = CoverageTable::new(&map, &graph);
            for leg_index in 0..map.roads.len() as u32 * 2 {
                let leg = DirectedSegment {
                    segment: leg_index / 2,
                    forward: leg_index % 2 == 0,
                };
                let (_, end) = graph.ends(leg);
                let Some(next) = map.roads.iter().enumerate().find_map(|(i, r)| {
                    (r.from == end
                        && r.name == map.roads[leg.segment as usize].name
                        && i as u32 != leg.segment)
                        .then_some(DirectedSegment {
                            segment: i as u32,
                            forward: true,
                        })
                }) else {
                    continue;
                };
                let route = Route {
                    legs: vec![leg, next],
                    duration_deciseconds: 0,
                };
                let passes = table.passes_along(&graph, &route);
                let mut cameras: Vec<CameraId> = passes.iter().map(|p| p.camera).collect();
                cameras.dedup();
                assert_eq!(cameras.len(), passes.len());
            }
        }
    }

    mod capture_probability {
        use super::*;

        #[test]
        fn reads_plates_at_the_cameras_rate_within_one_percent_over_20000_passes() {
            let mut rng = generator(42, Stream::Capture, 0);
            let plate = Plate::parse("4KTR217").expect("a plate");
            let passes = 20_000;
            let reads = (0..passes)
                .filter(|_| read_plate(&mut rng, 0.9, plate).is_some())
                .count();
            let rate = reads as f64 / passes as f64;
            assert!((rate - 0.9).abs() < 0.01, "read rate {rate}");
        }

        #[test]
        fn misreads_a_few_reads_by_exactly_one_character() {
            let mut rng = generator(43, Stream::Capture, 0);
            let plate = Plate::parse("4KTR217").expect("a plate");
            let reads: Vec<Plate> = (0..50_000)
                .filter_map(|_| read_plate(&mut rng, 1.0, plate))
                .collect();
            let wrong: Vec<&Plate> = reads.iter().filter(|&&p| p != plate).collect();
            let rate = wrong.len() as f64 / reads.len() as f64;
            assert!((0.001..0.003).contains(&rate), "misread rate {rate}");
            for w in wrong {
                let differing =
                    w.0.iter()
                        .zip(plate.0.iter())
                        .filter(|(a, b)| a != b)
                        .count();
                assert_eq!(differing, 1, "{w}");
            }
        }

        #[test]
        fn never_reads_with_a_dead_camera_and_always_with_a_perfect_one() {
            let mut rng = generator(44, Stream::Capture, 0);
            let plate = Plate::parse("1ABC234").expect("a plate");
            assert!((0..1000).all(|_| read_plate(&mut rng, 0.0, plate).is_none()));
            assert!((0..1000).all(|_| read_plate(&mut rng, 1.0, plate).is_some()));
        }
    }
}
