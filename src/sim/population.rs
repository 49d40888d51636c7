//! The town's cars: plates and fingerprints for every vehicle, and the background population's
//! ordinary lives (homes spread by neighbourhood, jobs with shifts, errands, worship).
//!
//! Each vehicle draws from its own generator stream, so adding vehicles never changes the
//! ones before, the commuter, or the town. Must not know about the commuter's plan.

use std::collections::BTreeSet;

use rand::Rng;
use rand_pcg::Pcg32;

use super::drive::{DECISECONDS_PER_DAY, DECISECONDS_PER_MINUTE, Drive, Endpoint, Traffic};
use super::geometry::{LocalFrame, LocalPoint};
use super::model::*;
use super::neighbourhoods::neighbourhood_of;
use super::truth::Household;

/// Letters on Massachusetts plates (I, O and Q are not issued).
const PLATE_LETTERS: &[u8] = b"ABCDEFGHJKLMNPRSTUVWXYZ";

/// A new Massachusetts-style plate, digit-letters-digits (e.g. `4KTR217`), not in `taken`.
pub fn new_plate(rng: &mut Pcg32, taken: &mut BTreeSet<Plate>) -> Plate {
    loop {
        let mut bytes = [0u8; 7];
        bytes[0] = b'1' + rng.random_range(0..9u32) as u8;
        for slot in &mut bytes[1..4] {
            *slot = PLATE_LETTERS[rng.random_range(0..PLATE_LETTERS.len() as u32) as usize];
        }
        for slot in &mut bytes[4..7] {
            *slot = b'0' + rng.random_range(0..10u32) as u8;
        }
        let plate = Plate(bytes);
        if taken.insert(plate) {
            return plate;
        }
    }
}

/// Make, model, body and how common it is (relative weight).
const MODELS: [(&str, &str, BodyType, u32); 20] = [
    ("Toyota", "RAV4", BodyType::Suv, 9),
    ("Honda", "CR-V", BodyType::Suv, 8),
    ("Toyota", "Camry", BodyType::Sedan, 6),
    ("Honda", "Civic", BodyType::Sedan, 6),
    ("Subaru", "Outback", BodyType::Suv, 7),
    ("Subaru", "Forester", BodyType::Suv, 5),
    ("Subaru", "Crosstrek", BodyType::Hatchback, 4),
    ("Ford", "F-150", BodyType::Pickup, 6),
    ("Chevrolet", "Silverado", BodyType::Pickup, 3),
    ("Nissan", "Rogue", BodyType::Suv, 5),
    ("Hyundai", "Elantra", BodyType::Sedan, 4),
    ("Jeep", "Grand Cherokee", BodyType::Suv, 4),
    ("Tesla", "Model 3", BodyType::Sedan, 3),
    ("Tesla", "Model Y", BodyType::Suv, 3),
    ("Honda", "Odyssey", BodyType::Minivan, 3),
    ("Toyota", "Sienna", BodyType::Minivan, 2),
    ("Ford", "Transit", BodyType::Van, 2),
    ("Volkswagen", "Golf", BodyType::Hatchback, 2),
    ("Mazda", "MX-5 Miata", BodyType::Coupe, 1),
    ("Kia", "Soul", BodyType::Hatchback, 2),
];

const COLOURS: [(Colour, u32); 9] = [
    (Colour::White, 25),
    (Colour::Black, 20),
    (Colour::Grey, 18),
    (Colour::Silver, 15),
    (Colour::Blue, 9),
    (Colour::Red, 8),
    (Colour::Green, 2),
    (Colour::Brown, 2),
    (Colour::Yellow, 1),
];

/// Picks an index by relative weights.
pub fn weighted_index(rng: &mut Pcg32, weights: impl Iterator<Item = u32> + Clone) -> usize {
    let total: u32 = weights.clone().sum();
    if total == 0 {
        return 0;
    }
    let mut draw = rng.random_range(0..total);
    for (index, weight) in weights.enumerate() {
        if draw < weight {
            return index;
        }
        draw -= weight;
    }
    0
}

/// A random car as a camera's AI would describe it.
pub fn new_fingerprint(rng: &mut Pcg32) -> Fingerprint {
    let (make, model, body, _) = MODELS[weighted_index(rng, MODELS.iter().map(|m| m.3))];
    let colour = COLOURS[weighted_index(rng, COLOURS.iter().map(|c| c.1))].0;
    let mut features = Vec::new();
    let roof_rack_chance = if make == "Subaru" { 0.45 } else { 0.12 };
    for (feature, chance) in [
        (Feature::RoofRack, roof_rack_chance),
        (Feature::BumperSticker, 0.12),
        (Feature::Dent, 0.08),
        (Feature::TemporaryTag, 0.02),
    ] {
        if rng.random_bool(chance) {
            features.push(feature);
        }
    }
    Fingerprint {
        make: make.to_string(),
        model: model.to_string(),
        colour,
        body,
        features,
    }
}

/// A job: where, when and which days.
#[derive(Clone, Debug, PartialEq)]
struct Job {
    place: PlaceId,
    start_minute_of_day: u32,
    shift_minutes: u32,
    workdays: [bool; 7],
}

/// One background household's car and life.
#[derive(Clone, Debug, PartialEq)]
pub struct Resident {
    pub household: Household,
    home: Endpoint,
    job: Option<Job>,
    errands: Vec<PlaceId>,
    worship: Option<(PlaceId, Weekday, u32)>,
}

impl Resident {
    #[allow(clippy::too_many_arguments)]
    /// A household living at `home` (lon/lat degrees, leaving from `home_node`) with a job at
    /// `work` from `start_minute_of_day` for `shift_minutes` on `workdays`, and errands.
    pub fn with_job(
        home: LonLat,
        home_node: IntersectionId,
        map: &TownMap,
        work: PlaceId,
        start_minute_of_day: u32,
        shift_minutes: u32,
        workdays: &[Weekday],
        errands: Vec<PlaceId>,
    ) -> Resident {
        let mut days = [false; 7];
        for day in workdays {
            days[day.index()] = true;
        }
        Resident {
            household: Household {
                home,
                work: map.places.get(work as usize).map(|p| p.position),
            },
            home: Endpoint {
                node: home_node,
                place: None,
            },
            job: Some(Job {
                place: work,
                start_minute_of_day,
                shift_minutes,
                workdays: days,
            }),
            errands,
            worship: None,
        }
    }
}

/// What the background population draws homes and destinations from; built once per map.
pub struct Township {
    frame: LocalFrame,
    /// Street intersections where people live, with weights by neighbourhood density.
    home_sites: Vec<(IntersectionId, u32)>,
    workplaces: Vec<(PlaceId, u32)>,
    errand_places: Vec<(PlaceId, u32)>,
    worship_places: Vec<PlaceId>,
}

impl Township {
    pub fn new(map: &TownMap, frame: LocalFrame, streets: &[IntersectionId]) -> Township {
        let home_sites = streets
            .iter()
            .map(|&id| {
                let point = frame.to_local(map.intersections[id as usize].position);
                (id, neighbourhood_of(point).density)
            })
            .collect();
        let mut workplaces = Vec::new();
        let mut errand_places = Vec::new();
        let mut worship_places = Vec::new();
        for (id, place) in map.places.iter().enumerate() {
            let id = id as PlaceId;
            let job_weight = match place.kind {
                PlaceKind::OutOfTown if place.name.starts_with("Boston") => 60,
                PlaceKind::Hospital => 25,
                PlaceKind::Factory | PlaceKind::OfficePark => 20,
                PlaceKind::School => 10,
                PlaceKind::Store | PlaceKind::Grocery | PlaceKind::OutOfTown => 6,
                PlaceKind::TownHall
                | PlaceKind::Courthouse
                | PlaceKind::Restaurant
                | PlaceKind::Daycare => 4,
                _ => 0,
            };
            if job_weight > 0 {
                workplaces.push((id, job_weight));
            }
            let errand_weight = match place.kind {
                PlaceKind::Grocery => 10,
                PlaceKind::Store => 6,
                PlaceKind::Gym | PlaceKind::Restaurant | PlaceKind::Bar => 3,
                PlaceKind::OutOfTown if !place.name.starts_with("Boston") => 2,
                PlaceKind::FriendsHouse | PlaceKind::TownHall | PlaceKind::Park => 1,
                _ => 0,
            };
            if errand_weight > 0 {
                errand_places.push((id, errand_weight));
            }
            if place.kind.is_worship() {
                worship_places.push(id);
            }
        }
        Township {
            frame,
            home_sites,
            workplaces,
            errand_places,
            worship_places,
        }
    }

    /// A household drawn from `rng`: a home by neighbourhood density, maybe a job, errands.
    pub fn new_resident(&self, map: &TownMap, rng: &mut Pcg32) -> Option<Resident> {
        let (node, _) = *self
            .home_sites
            .get(weighted_index(rng, self.home_sites.iter().map(|s| s.1)))?;
        let corner = self
            .frame
            .to_local(map.intersections[node as usize].position);
        let home_point = LocalPoint::new(
            corner.x_meters + rng.random_range(-60.0..=60.0),
            corner.y_meters + rng.random_range(-60.0..=60.0),
        );
        let home = self.frame.to_lon_lat(home_point);
        let job = if rng.random_bool(0.75) && !self.workplaces.is_empty() {
            let place = self.workplaces[weighted_index(rng, self.workplaces.iter().map(|w| w.1))].0;
            let kind = map.places[place as usize].kind;
            let (start_minute_of_day, shift_minutes) =
                if kind == PlaceKind::Hospital && rng.random_bool(0.3) {
                    (19 * 60, 12 * 60)
                } else if matches!(
                    kind,
                    PlaceKind::Store | PlaceKind::Grocery | PlaceKind::Restaurant
                ) {
                    (
                        rng.random_range(7 * 60..14 * 60),
                        rng.random_range(300..540),
                    )
                } else {
                    (
                        rng.random_range(6 * 60 + 30..9 * 60 + 30),
                        rng.random_range(480..560),
                    )
                };
            let mut workdays = [true, true, true, true, true, false, false];
            if rng.random_bool(0.2) {
                // Shift work: two random days off.
                workdays = [true; 7];
                for _ in 0..2 {
                    workdays[rng.random_range(0..7u32) as usize] = false;
                }
            }
            Some(Job {
                place,
                start_minute_of_day,
                shift_minutes,
                workdays,
            })
        } else {
            None
        };
        let errands = (0..rng.random_range(2..5u32))
            .filter_map(|_| {
                let i = weighted_index(rng, self.errand_places.iter().map(|e| e.1));
                self.errand_places.get(i).map(|e| e.0)
            })
            .collect();
        let worship = if !self.worship_places.is_empty() && rng.random_bool(0.35) {
            let place =
                self.worship_places[rng.random_range(0..self.worship_places.len() as u32) as usize];
            // The times congregations publish (references `church-answers-service-times`,
            // `wikipedia-friday-prayer`, `chabad-central-shabbat`); temples keep the Sunday
            // schedule, an assumption without a source (the About page says so).
            let (day, minute) = match map.places[place as usize].kind {
                PlaceKind::Mosque => (Weekday::Friday, 12 * 60 + 30),
                PlaceKind::Synagogue => (Weekday::Saturday, 9 * 60 + 30),
                _ => (Weekday::Sunday, rng.random_range(8 * 60 + 30..10 * 60 + 30)),
            };
            Some((place, day, minute))
        } else {
            None
        };
        let home_node = node;
        Some(Resident {
            household: Household {
                home,
                work: job.as_ref().map(|j| map.places[j.place as usize].position),
            },
            home: Endpoint {
                node: home_node,
                place: None,
            },
            job,
            errands,
            worship,
        })
    }
}

fn minutes_to_deciseconds(minutes: u32) -> u32 {
    minutes * DECISECONDS_PER_MINUTE
}

/// One resident's drives over `days` days, in time order, never overlapping.
pub fn resident_drives(
    resident: &Resident,
    map: &TownMap,
    traffic: &mut Traffic,
    days: u32,
    rng: &mut Pcg32,
) -> Vec<Drive> {
    let mut drives = Vec::new();
    let mut free_from = 0u32;
    let place_end = |place: PlaceId| Endpoint {
        node: map.places[place as usize].access,
        place: Some(place),
    };
    // Goes out to `place` around `leave` for about `stay_minutes` and back home.
    let outing = |traffic: &mut Traffic,
                  drives: &mut Vec<Drive>,
                  free_from: &mut u32,
                  place: PlaceId,
                  leave: u32,
                  stay_minutes: u32,
                  latest_leave: u32| {
        let depart = leave.max(*free_from);
        if depart > latest_leave {
            return;
        }
        let there = place_end(place);
        let (Some(out), Some(back)) = (
            traffic.route(resident.home, there),
            traffic.route(there, resident.home),
        ) else {
            return;
        };
        let outbound = Drive {
            depart_deciseconds: depart,
            from: resident.home,
            to: there,
            route: out,
        };
        let arrive = traffic.arrival_deciseconds(&outbound);
        let inbound = Drive {
            depart_deciseconds: arrive + minutes_to_deciseconds(stay_minutes),
            from: there,
            to: resident.home,
            route: back,
        };
        *free_from = traffic.arrival_deciseconds(&inbound) + DECISECONDS_PER_MINUTE;
        drives.push(outbound);
        drives.push(inbound);
    };
    for day in 0..days {
        let midnight = day * DECISECONDS_PER_DAY;
        let weekday = Weekday::ALL[(day % 7) as usize];
        let at = |minute_of_day: u32| midnight + minutes_to_deciseconds(minute_of_day);
        let mut worked = false;
        if let Some(job) = &resident.job
            && job.workdays[weekday.index()]
            && !rng.random_bool(0.03)
        {
            let there = place_end(job.place);
            if let Some(route) = traffic.route(resident.home, there) {
                let travel = traffic.duration_deciseconds(resident.home, route, there);
                let early = minutes_to_deciseconds(rng.random_range(0..12u32));
                let leave = at(job.start_minute_of_day).saturating_sub(travel + early);
                let stay = job.shift_minutes + rng.random_range(0..20u32);
                outing(
                    traffic,
                    &mut drives,
                    &mut free_from,
                    job.place,
                    leave,
                    stay,
                    at(job.start_minute_of_day + 60),
                );
                worked = true;
            }
        }
        if let Some((place, day_of_worship, minute)) = resident.worship
            && day_of_worship == weekday
            && rng.random_bool(0.8)
        {
            let leave =
                at(minute).saturating_sub(minutes_to_deciseconds(rng.random_range(8..20u32)));
            outing(
                traffic,
                &mut drives,
                &mut free_from,
                place,
                leave,
                rng.random_range(60..100u32),
                at(minute + 30),
            );
        }
        if resident.errands.is_empty() {
            continue;
        }
        let mut errand =
            |traffic: &mut Traffic, rng: &mut Pcg32, from_minute: u32, to_minute: u32| {
                let place =
                    resident.errands[rng.random_range(0..resident.errands.len() as u32) as usize];
                let leave = at(rng.random_range(from_minute..to_minute));
                outing(
                    traffic,
                    &mut drives,
                    &mut free_from,
                    place,
                    leave,
                    rng.random_range(20..90u32),
                    at(22 * 60),
                );
            };
        if !worked && rng.random_bool(0.55) {
            errand(traffic, rng, 9 * 60, 15 * 60);
        }
        if rng.random_bool(if worked { 0.3 } else { 0.25 }) {
            errand(traffic, rng, 17 * 60, 20 * 60);
        }
    }
    drives
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::capture::CoverageTable;
    use crate::sim::routing::RoadGraph;
    use crate::sim::town::{TOWN_CENTRE, generate_town, street_intersections};

    mod background_lives {
        use super::*;

        #[test]
        fn never_drive_two_trips_at_once_and_sleep_at_home_most_nights() {
            let map = generate_town(4, 20);
            let graph = RoadGraph::new(&map);
            let coverage = CoverageTable::new(&map, &graph);
            let mut traffic = Traffic::new(&graph, &coverage, &map);
            let township = Township::new(
                &map,
                LocalFrame::new(TOWN_CENTRE),
                &street_intersections(&map),
            );
            let (mut nights, mut nights_home) = (0, 0);
            for index in 0..200 {
                let mut rng =
                    crate::sim::random::generator(4, crate::sim::random::Stream::Vehicle, index);
                let resident = township.new_resident(&map, &mut rng).expect("a home");
                let drives = resident_drives(&resident, &map, &mut traffic, 28, &mut rng);
                assert!(
                    crate::sim::drives_never_overlap(&traffic, &drives),
                    "resident {index}"
                );
                for day in 0..28 {
                    // Away at 3:00 when the last drive before it left home.
                    let three_am = day * DECISECONDS_PER_DAY + 3 * 60 * DECISECONDS_PER_MINUTE;
                    let last = drives
                        .iter()
                        .rev()
                        .find(|d| d.depart_deciseconds <= three_am);
                    nights += 1;
                    if last.is_none_or(|d| d.to == resident.home) {
                        nights_home += 1;
                    }
                }
            }
            assert!(
                nights_home * 100 >= nights * 90,
                "{nights_home} of {nights} nights at home"
            );
        }

        #[test]
        fn get_distinct_plates_in_massachusetts_style() {
            let mut rng = crate::sim::random::generator(1, crate::sim::random::Stream::Vehicle, 0);
            let mut taken = BTreeSet::new();
            for _ in 0..5_000 {
                let plate = new_plate(&mut rng, &mut taken);
                let text = plate.as_str();
                assert_eq!(text.len(), 7);
                assert!(
                    text.as_bytes()[0].is_ascii_digit()
                        && text[1..4].bytes().all(|b| b.is_ascii_uppercase())
                );
            }
            assert_eq!(taken.len(), 5_000);
        }
    }
}
