//! Hand-made test worlds for the analyst: a 9 x 9 grid town with a dozen cameras, a car
//! driven along fastest paths, and a four-week month of a commuter's life with a companion,
//! a look-alike neighbour and background traffic. Test-only; the real worlds come from
//! [`crate::sim`].

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64;

use crate::analyst::routes::RouteModel;
use crate::analyst::{LocalFrame, SightingIndex};
use crate::sim::geometry::LocalPoint;
use crate::sim::*;

/// Side of the grid, in intersections.
pub const GRID: u32 = 9;
/// Block length in meters.
pub const BLOCK_METERS: f64 = 400.0;
const ORIGIN: LonLat = [-71.0, 42.0];

pub fn plate(text: &str) -> Plate {
    Plate::parse(text).unwrap()
}

/// The intersection at column `x`, row `y` (row 0 is the south edge).
pub fn node(x: u32, y: u32) -> u32 {
    y * GRID + x
}

fn frame() -> LocalFrame {
    LocalFrame::new(ORIGIN)
}

fn position(x: u32, y: u32) -> LonLat {
    frame().to_lon_lat(LocalPoint::new(
        x as f64 * BLOCK_METERS,
        y as f64 * BLOCK_METERS,
    ))
}

fn camera(label: &str, x: u32, y: u32, heading_degrees: f64) -> Camera {
    Camera {
        label: label.to_string(),
        position: position(x, y),
        heading_degrees,
        field_of_view_degrees: 60.0,
        range_meters: 30.0,
        operator: "Gridton Police Department".to_string(),
        owner: CameraOwner::TownPolice,
        placement: if x == 0 || y == 0 {
            CameraPlacement::TownLine
        } else {
            CameraPlacement::ArterialIntersection
        },
        read_probability: 1.0,
    }
}

fn place(kind: PlaceKind, name: &str, x: u32, y: u32) -> Place {
    Place {
        kind,
        name: name.to_string(),
        position: position(x, y),
        access: node(x, y),
    }
}

/// Places, by index: 0 home, 1 office, 2 church, 3 clinic, 4 grocery, 5 gym, 6 out of town,
/// 7 the neighbour's home, 8 a bar.
pub fn grid_town() -> TownMap {
    let mut intersections = Vec::new();
    for y in 0..GRID {
        for x in 0..GRID {
            intersections.push(Intersection {
                position: position(x, y),
            });
        }
    }
    let mut roads = Vec::new();
    for y in 0..GRID {
        for x in 0..GRID {
            let arterial_row = y % 4 == 0;
            let arterial_col = x % 4 == 0;
            let segment = |to: u32, arterial: bool| RoadSegment {
                from: node(x, y),
                to,
                class: if arterial {
                    RoadClass::Arterial
                } else {
                    RoadClass::Local
                },
                name: String::new(),
                speed_kmh: if arterial { 50.0 } else { 30.0 },
                length_meters: BLOCK_METERS,
                oneway: false,
            };
            if x + 1 < GRID {
                roads.push(segment(node(x + 1, y), arterial_row));
            }
            if y + 1 < GRID {
                roads.push(segment(node(x, y + 1), arterial_col));
            }
        }
    }
    let cameras = vec![
        camera("GT-00", 4, 4, 90.0),
        camera("GT-01", 4, 4, 270.0),
        camera("GT-02", 2, 2, 0.0),
        camera("GT-03", 6, 6, 180.0),
        camera("GT-04", 2, 6, 90.0),
        camera("GT-05", 6, 2, 270.0),
        camera("GT-06", 4, 1, 0.0),
        camera("GT-07", 4, 7, 180.0),
        camera("GT-08", 1, 4, 0.0),
        camera("GT-09", 7, 4, 180.0),
        camera("GT-10", 8, 5, 90.0),
        camera("GT-11", 4, 2, 180.0),
        camera("GT-12", 7, 6, 0.0),
        camera("GT-13", 6, 0, 90.0),
        camera("GT-14", 5, 0, 270.0),
    ];
    let places = vec![
        place(PlaceKind::Home, "12 Maple Street", 1, 1),
        place(PlaceKind::OfficePark, "Riverside Office Park", 7, 7),
        place(PlaceKind::Church, "St. Anne's Church", 7, 1),
        place(
            PlaceKind::ReproductiveHealthClinic,
            "Family Health Clinic",
            1,
            7,
        ),
        place(PlaceKind::Grocery, "Corner Grocery", 5, 5),
        place(PlaceKind::Gym, "Iron Gym", 3, 6),
        place(PlaceKind::OutOfTown, "Route 9 to the city", 8, 4),
        place(PlaceKind::Home, "3 Oak Street", 1, 2),
        place(PlaceKind::Bar, "The Anchor", 5, 3),
    ];
    let far = position(GRID - 1, GRID - 1);
    TownMap {
        name: "Gridton".to_string(),
        boundary: vec![
            ORIGIN,
            [far[0], ORIGIN[1]],
            far,
            [ORIGIN[0], far[1]],
            ORIGIN,
        ],
        intersections,
        roads,
        places,
        cameras,
        attribution: String::new(),
    }
}

fn vehicle(
    text: &str,
    make: &str,
    colour: Colour,
    body: BodyType,
    features: &[Feature],
) -> Vehicle {
    Vehicle {
        plate: plate(text),
        fingerprint: Fingerprint {
            make: make.to_string(),
            model: "Model".to_string(),
            colour,
            body,
            features: features.to_vec(),
        },
    }
}

/// The reads a car gets driving the fastest path between two intersections, leaving at
/// `depart_minute`. Returns the reads and the arrival minute.
pub fn drive(
    model: &RouteModel,
    map: &TownMap,
    vehicle: VehicleId,
    plate: Plate,
    from: u32,
    to: u32,
    depart_minute: u32,
) -> (Vec<Sighting>, u32) {
    let (total_seconds, steps) = model.path(from, to).unwrap();
    let mut reads: Vec<Sighting> = Vec::new();
    for (seconds, cameras) in steps {
        for camera in cameras {
            if reads.last().is_some_and(|s| s.camera == camera) {
                continue;
            }
            reads.push(Sighting {
                camera,
                minute: depart_minute + seconds / 60,
                plate,
                direction: TravelDirection::from_bearing_degrees(
                    map.cameras[camera as usize].heading_degrees,
                ),
                vehicle,
            });
        }
    }
    (reads, depart_minute + total_seconds.div_ceil(60))
}

/// Two cars, three reads each, for index tests.
pub fn two_cars_index() -> (SightingIndex, Vec<Vehicle>) {
    let vehicles = vec![
        vehicle(
            "AAA111",
            "Subaru",
            Colour::Silver,
            BodyType::Suv,
            &[Feature::RoofRack],
        ),
        vehicle("BBB222", "Ford", Colour::Red, BodyType::Pickup, &[]),
    ];
    let read = |camera, minute, v: u32| Sighting {
        camera,
        minute,
        plate: vehicles[v as usize].plate,
        direction: TravelDirection::North,
        vehicle: v,
    };
    let sightings = vec![
        read(1, 30, 0),
        read(0, 10, 0),
        read(2, 20, 0),
        read(0, 10, 1),
        read(1, 31, 1),
        read(2, 50, 1),
    ];
    (SightingIndex::new(sightings, &vehicles, 3), vehicles)
}

/// Four weeks (28 days from a Monday) of a commuter's life in Gridton.
///
/// Vehicle 0, the commuter (silver Subaru SUV with a roof rack), lives at place 0 and works at
/// place 1 on weekdays (leaves 07:50-08:10, back 16:50-17:10); gym (place 5) on Tuesday
/// evenings; church (place 2) on Sunday mornings; the clinic (place 3) on the second
/// Wednesday evening; the grocery (place 4) on Saturdays. Vehicle 1, the companion, follows
/// a minute behind on the commute and to church. Vehicle 2, the neighbour, lives at place 7
/// and commutes at similar hours to place 1 by itself. Vehicles 3.. are background traffic.
pub fn commuter_month(seed: u64) -> Simulation {
    let map = grid_town();
    let model = RouteModel::new(&map);
    let mut rng = Pcg64::seed_from_u64(seed);
    let mut vehicles = vec![
        vehicle(
            "4KTR217",
            "Subaru",
            Colour::Silver,
            BodyType::Suv,
            &[Feature::RoofRack],
        ),
        vehicle("7PLM440", "Honda", Colour::Blue, BodyType::Sedan, &[]),
        vehicle("2NBR905", "Toyota", Colour::Silver, BodyType::Suv, &[]),
    ];
    let background = 40u32;
    let colours = [
        Colour::White,
        Colour::Black,
        Colour::Grey,
        Colour::Red,
        Colour::Silver,
    ];
    for i in 0..background {
        let colour = colours[(i % colours.len() as u32) as usize];
        vehicles.push(vehicle(
            &format!("9BG{i:03}"),
            "Ford",
            colour,
            BodyType::Sedan,
            &[],
        ));
    }
    let home = map.places[0].access;
    let office = map.places[1].access;
    let plates: Vec<Plate> = vehicles.iter().map(|v| v.plate).collect();
    let mut sightings = Vec::new();
    let mut visits = Vec::new();
    let days = 28u32;
    let mut trip = |v: VehicleId, from: u32, to: u32, depart: u32| {
        let (reads, arrive) = drive(&model, &map, v, plates[v as usize], from, to, depart);
        sightings.extend(reads);
        arrive
    };
    // (place, leave home at minute of day, minutes there, companion follows)
    let errand = |weekday: Weekday, day: u32| match weekday {
        Weekday::Tuesday => Some((5u32, 19 * 60, 60, false)),
        Weekday::Wednesday if day == 9 => Some((3, 18 * 60 + 30, 50, false)),
        Weekday::Saturday => Some((4, 11 * 60, 40, false)),
        Weekday::Sunday => Some((2, 9 * 60 + 30, 90, true)),
        _ => None,
    };
    for day in 0..days {
        let start = day * MINUTES_PER_DAY;
        let weekday = Weekday::of_minute(start);
        if !weekday.is_weekend() {
            let leave = start + 470 + rng.random_range(0..20u32);
            let arrive = trip(0, home, office, leave);
            trip(1, home, office, leave + 1);
            let back = start + 1010 + rng.random_range(0..20u32);
            visits.push(Visit {
                place: 1,
                kind: PlaceKind::OfficePark,
                arrive_minute: arrive,
                depart_minute: back,
            });
            trip(0, office, home, back);
            trip(1, office, home, back + 1);
            let neighbour_home = map.places[7].access;
            trip(
                2,
                neighbour_home,
                office,
                start + 465 + rng.random_range(0..30u32),
            );
            trip(
                2,
                office,
                neighbour_home,
                start + 1000 + rng.random_range(0..30u32),
            );
        }
        if let Some((place, leave, minutes, follow)) = errand(weekday, day) {
            let to = map.places[place as usize].access;
            let arrive = trip(0, home, to, start + leave);
            if follow {
                trip(1, home, to, start + leave + 1);
            }
            visits.push(Visit {
                place,
                kind: map.places[place as usize].kind,
                arrive_minute: arrive,
                depart_minute: arrive + minutes,
            });
            trip(0, to, home, arrive + minutes);
            if follow {
                trip(1, to, home, arrive + minutes + 1);
            }
        }
        for v in 3..3 + background {
            let from = rng.random_range(0..GRID * GRID);
            let to = rng.random_range(0..GRID * GRID);
            if from == to {
                continue;
            }
            let depart = start + rng.random_range(6 * 60..22 * 60u32);
            let arrive = trip(v, from, to, depart);
            let back = arrive + rng.random_range(20..300u32);
            trip(v, to, from, back);
        }
    }
    sightings.sort_by_key(|s| (s.minute, s.camera, s.vehicle));
    visits.sort_by_key(|v| v.arrive_minute);
    let households = (0..vehicles.len())
        .map(|v| match v {
            0 | 1 => Household {
                home: map.places[0].position,
                work: Some(map.places[1].position),
            },
            2 => Household {
                home: map.places[7].position,
                work: Some(map.places[1].position),
            },
            _ => Household {
                home: map.intersections[0].position,
                work: None,
            },
        })
        .collect();
    Simulation {
        scenario: Scenario {
            seed,
            days,
            population: background,
            camera_count: 15,
            persona: None,
            commuter: None,
            town_file: None,
        },
        truth: Truth {
            commuter: 0,
            home: map.places[0].position,
            work: map.places[1].position,
            visits,
            companions: vec![1],
            households,
        },
        map,
        vehicles,
        sightings,
    }
}
