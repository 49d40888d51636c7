//! The simulation core: a town, its camera network, weeks of driving, and the capture
//! database a camera vendor would hold.
//!
//! Pure Rust: no UI crates, no clocks, no OS randomness. Deterministic from
//! [`Scenario::seed`]: the same scenario gives identical output natively and in wasm
//! (compare [`Simulation::digest`]).
//!
//! Entry points: [`simulate`] (the default town) and [`simulate_on_map`] (any [`TownMap`],
//! e.g. an OpenStreetMap import); [`generate_town`] draws the map without simulating;
//! [`report`] builds the JSON the `simulate` example prints. Data types: [`model`]; what
//! really happened, which only the simulation knows: [`truth`].
//!
//! How a run goes: the town ([`town`]) and its cameras ([`cameras`]) come from the seed;
//! the commuter's plan ([`schedule`]) and the background population ([`population`]) become
//! drives over fastest routes ([`routing`]); each drive passes cameras whose coverage is
//! precomputed per road segment, and each pass is read or missed ([`capture`]).

pub mod cameras;
pub mod capture;
pub mod digest;
pub mod drive;
pub mod error;
pub mod exposure;
pub mod geometry;
pub mod model;
pub mod neighbourhoods;
pub mod pace;
pub mod plan_area;
pub mod population;
pub mod random;
pub mod report;
pub mod routing;
pub mod schedule;
pub mod stable_sort;
pub mod town;
pub mod truth;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

pub use cameras::DEFAULT_CAMERA_COUNT;
pub use error::{MAX_CAMERAS, MAX_DAYS, MAX_POPULATION, SimError};
pub use model::*;
pub use plan_area::PlanArea;
pub use schedule::{CommuterPlan, Persona, RegularStop, StopDays, StopPurpose};
pub use town::generate_town;
pub use truth::{Household, Trip, Truth, Visit};

use capture::CoverageTable;
use drive::{DECISECONDS_PER_MINUTE, Drive, Endpoint, Traffic};
use geometry::{LocalFrame, LocalPoint};
use population::{Resident, Township, new_fingerprint, new_plate, resident_drives};
use random::{Stream, generator};
use routing::RoadGraph;
use schedule::{SettledPlan, companion_drives, plan_commuter};

/// Everything the visitor (or a share link) chooses; serialisable so it can be saved,
/// shared and replayed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Seed of every random choice.
    pub seed: u64,
    /// Simulated days, starting on a Monday (1 to [`MAX_DAYS`]).
    pub days: u32,
    /// Vehicles in the background population, besides the commuter and companions (up to
    /// [`MAX_POPULATION`]).
    pub population: u32,
    /// Cameras in the network (up to [`MAX_CAMERAS`]).
    pub camera_count: u32,
    /// The ready-made life the visitor chose, lived in this scenario's town and seed
    /// whenever [`Scenario::commuter`] is `None`, so the order of the settings never matters;
    /// `None` takes the seed's default ([`Persona::for_seed`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persona: Option<Persona>,
    /// The commuter's life as the visitor edited it; it rules whatever the seed, the
    /// cameras and [`Scenario::persona`]. `None` lives the persona's life.
    pub commuter: Option<CommuterPlan>,
    /// The real town the run drives in, imported from a file the visitor picked; `None` is
    /// the town generated from the seed. A scenario names the file, it cannot carry it: the
    /// town itself travels in a scenario file.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present_town_file"
    )]
    pub town_file: Option<TownFile>,
}

/// Names an imported town: the file it came from and a digest of the town itself, so a run
/// is never driven on another town of the same name. Written as one string, the digest, `-`
/// and the name (a string's decoder is one the page has anyway; a struct's is not).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct TownFile {
    /// The town's name, from its file or its boundary relation.
    pub name: String,
    /// 16 hex digits of FNV-1a over the town's JSON.
    pub digest: String,
}

/// Reads [`Scenario::town_file`], which is written only when there is one (never as `null`):
/// a plain string, so the page links no decoder of an optional value for it.
fn present_town_file<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<TownFile>, D::Error> {
    let text = String::deserialize(deserializer)?;
    TownFile::try_from(text)
        .map(Some)
        .map_err(serde::de::Error::custom)
}

impl From<TownFile> for String {
    fn from(file: TownFile) -> String {
        format!("{}-{}", file.digest, file.name)
    }
}

impl TryFrom<String> for TownFile {
    type Error = &'static str;

    fn try_from(text: String) -> Result<TownFile, Self::Error> {
        let (digest, name) = text
            .split_once('-')
            .ok_or("a town is written as its digest, `-` and its name")?;
        Ok(TownFile {
            name: name.to_owned(),
            digest: digest.to_owned(),
        })
    }
}

impl Default for Scenario {
    /// A month (the default retention of Flock's database is 30 days), a town's worth of
    /// cars, and [`DEFAULT_CAMERA_COUNT`] cameras.
    fn default() -> Scenario {
        Scenario {
            seed: 1,
            days: 30,
            population: 10_000,
            camera_count: DEFAULT_CAMERA_COUNT,
            persona: None,
            commuter: None,
            town_file: None,
        }
    }
}

/// The result of a run: the map, the vehicles, the vendor's database and the truth.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Simulation {
    pub scenario: Scenario,
    /// The town, with the commuter's home (and any place of the plan that was not on the
    /// map) added as places.
    pub map: TownMap,
    /// Indexed by [`VehicleId`]; vehicle 0 is the commuter.
    pub vehicles: Vec<Vehicle>,
    /// Every read by every camera, sorted by minute, then camera (then vehicle).
    pub sightings: Vec<Sighting>,
    pub truth: Truth,
}

impl Simulation {
    /// The sightings of one vehicle (truth: what it really was), in time order.
    pub fn sightings_of(&self, vehicle: VehicleId) -> impl Iterator<Item = &Sighting> {
        self.sightings.iter().filter(move |s| s.vehicle == vehicle)
    }

    /// The visitor's car (truth: [`Truth::commuter`]); `None` only in a malformed run.
    pub fn commuter(&self) -> Option<&Vehicle> {
        self.vehicles.get(self.truth.commuter as usize)
    }

    /// The plates of the vehicles that really travel with the visitor's car (truth).
    pub fn companion_plates(&self) -> Vec<Plate> {
        self.truth
            .companions
            .iter()
            .filter_map(|&v| self.vehicles.get(v as usize).map(|v| v.plate))
            .collect()
    }
}

/// A run with what the UI needs besides the vendor's view: the commuter's drives and the
/// plan they lived by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DetailedRun {
    pub simulation: Simulation,
    /// The commuter's drives, in time order.
    pub trips: Vec<Trip>,
    /// The plan the commuter lived by (the persona's when the scenario had none).
    pub plan: CommuterPlan,
}

/// Runs `scenario` in the default town generated from its seed.
pub fn simulate(scenario: &Scenario) -> Result<Simulation, SimError> {
    simulate_in_detail(scenario).map(|run| run.simulation)
}

/// Like [`simulate`], also returning the commuter's drives and plan.
pub fn simulate_in_detail(scenario: &Scenario) -> Result<DetailedRun, SimError> {
    simulate_on_map(scenario, town_for(scenario)?)
}

/// The generated town `scenario` runs in, once its counts are checked: the first part of
/// [`simulate_in_detail`] (then [`simulate_on_map`]), so a page can run the parts in
/// tasks of their own.
pub fn town_for(scenario: &Scenario) -> Result<TownMap, SimError> {
    check_counts(scenario)?;
    Ok(generate_town(scenario.seed, scenario.camera_count))
}

/// [`town_for`], pausing at `pace` between the streets and places and the cameras (on a
/// slow page, each a few tens of milliseconds). The same town.
pub async fn town_for_paced(
    scenario: &Scenario,
    pace: &mut impl pace::Pace,
) -> Result<TownMap, SimError> {
    check_counts(scenario)?;
    let mut map = town::generate_streets_and_places(scenario.seed);
    pace.breathe().await;
    map.cameras = cameras::place_cameras(&map, scenario.seed, scenario.camera_count);
    Ok(map)
}

fn check_counts(scenario: &Scenario) -> Result<(), SimError> {
    if scenario.days == 0 {
        return Err(SimError::NoDays);
    }
    if scenario.days > MAX_DAYS {
        return Err(SimError::TooManyDays {
            days: scenario.days,
        });
    }
    if scenario.population > MAX_POPULATION {
        return Err(SimError::TooManyVehicles {
            vehicles: scenario.population,
        });
    }
    if scenario.camera_count > MAX_CAMERAS {
        return Err(SimError::TooManyCameras {
            cameras: scenario.camera_count,
        });
    }
    Ok(())
}

/// How near an existing place a plan's position must be to mean that place, in meters.
const SAME_PLACE_METERS: f64 = 150.0;

/// Checks a plan's positions and times against `map`.
fn check_plan(plan: &CommuterPlan, map: &TownMap) -> Result<(), SimError> {
    // The box a plan's places may lie in ([`PlanArea::of_map`], the one a link's or a
    // scenario file's check uses); no intersections, no box.
    let area = PlanArea::of_map(map);
    let on_map = |what: &str, position: LonLat| {
        if area.is_some_and(|area| area.contains(position)) {
            Ok(())
        } else {
            Err(SimError::OutsideMap {
                what: what.to_string(),
                position,
            })
        }
    };
    on_map("home", plan.home)?;
    on_map("workplace", plan.work)?;
    let time = |what: &str, minutes: u32, most: u32| {
        if minutes <= most {
            Ok(())
        } else {
            Err(SimError::BadTime {
                what: what.to_string(),
                minutes,
            })
        }
    };
    time(
        "shift start",
        plan.shift_start_minute_of_day,
        MINUTES_PER_DAY - 1,
    )?;
    time("shift length", plan.shift_minutes, 16 * 60)?;
    for stop in &plan.stops {
        on_map(stop.purpose.label(), stop.position)?;
        time(
            &format!("arrival time of the {}", stop.purpose.label()),
            stop.arrive_minute_of_day,
            MINUTES_PER_DAY - 1,
        )?;
        time(
            &format!("length of the {}", stop.purpose.label()),
            stop.stay_minutes,
            3 * MINUTES_PER_DAY,
        )?;
    }
    Ok(())
}

/// Puts the plan's places on the map: the home always as a new place, work and stops as
/// the existing place of their kind within [`SAME_PLACE_METERS`] or a new one.
fn settle_plan(
    plan: &CommuterPlan,
    map: &mut TownMap,
    frame: &LocalFrame,
) -> Result<SettledPlan, SimError> {
    let streets = town::street_intersections(map);
    let mut settle = |kind: PlaceKind,
                      name: String,
                      position: LonLat,
                      reuse: &dyn Fn(&Place) -> bool|
     -> Result<PlaceId, SimError> {
        let point = frame.to_local(position);
        let existing = map
            .places
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                reuse(p) && frame.to_local(p.position).distance_meters(point) <= SAME_PLACE_METERS
            })
            .min_by(|a, b| {
                let da = frame.to_local(a.1.position).distance_meters(point);
                let db = frame.to_local(b.1.position).distance_meters(point);
                da.total_cmp(&db).then(a.0.cmp(&b.0))
            });
        if let Some((id, _)) = existing {
            return Ok(id as PlaceId);
        }
        let access = town::nearest_street_intersection(map, frame, &streets, point)
            .ok_or(SimError::EmptyMap)?;
        map.places.push(Place {
            kind,
            name,
            position,
            access,
        });
        Ok((map.places.len() - 1) as PlaceId)
    };
    // The places the plan adds have no name: the text layer names them from their kind in
    // the visitor's language (see `Place::name`).
    let home = settle(PlaceKind::Home, String::new(), plan.home, &|_| false)?;
    let work = settle(PlaceKind::OfficePark, String::new(), plan.work, &|p| {
        p.kind.is_workplace()
    })?;
    let mut stops = Vec::new();
    for stop in &plan.stops {
        let kind = stop.kind;
        let place = settle(kind, String::new(), stop.position, &|p| p.kind == kind)?;
        stops.push((stop.clone(), place));
    }
    Ok(SettledPlan { home, work, stops })
}

/// The town of `scenario` with the commuter's plan settled on it: what every entry point
/// below starts from.
struct SettledTown {
    map: TownMap,
    frame: LocalFrame,
    plan: CommuterPlan,
    settled: SettledPlan,
}

fn settle_town(scenario: &Scenario, mut map: TownMap) -> Result<SettledTown, SimError> {
    check_counts(scenario)?;
    if map.roads.is_empty() || map.intersections.is_empty() {
        return Err(SimError::EmptyMap);
    }
    let seed = scenario.seed;
    let frame = LocalFrame::around(map.intersections.iter().map(|i| i.position));
    let plan = match &scenario.commuter {
        Some(plan) => plan.clone(),
        None => {
            let persona = scenario.persona.unwrap_or_else(|| Persona::for_seed(seed));
            CommuterPlan::for_persona(persona, &map, seed)
        }
    };
    check_plan(&plan, &map)?;
    let settled = settle_plan(&plan, &mut map, &frame)?;
    Ok(SettledTown {
        map,
        frame,
        plan,
        settled,
    })
}

/// The visitor's commute in `map`, `scenario`'s town (the generated one or an import, as
/// the run takes it; `scenario.camera_count` is ignored, the map's cameras are used), home
/// to work and back: the fastest route and the one that passes the fewest cameras within
/// `budget_deciseconds` more, with the town (its cameras name their operators).
pub fn commute_routes(
    scenario: &Scenario,
    map: TownMap,
    budget_deciseconds: u32,
) -> Result<(TownMap, Vec<exposure::CommuteChoice>), SimError> {
    let town = settle_town(scenario, map)?;
    let graph = RoadGraph::new(&town.map);
    let coverage = CoverageTable::new(&town.map, &graph);
    let (home, work) = (town.settled.home, town.settled.work);
    let choices = [(home, work), (work, home)]
        .into_iter()
        .filter_map(|(from, to)| {
            exposure::commute_choice(&town.map, &graph, &coverage, from, to, budget_deciseconds)
        })
        .collect();
    Ok((town.map, choices))
}

/// Like [`simulate_on_map`], but every drive between home and work takes the route that
/// passes the fewest cameras within `budget_deciseconds` more than the fastest.
pub fn simulate_avoiding_cameras(
    scenario: &Scenario,
    map: TownMap,
    budget_deciseconds: u32,
) -> Result<DetailedRun, SimError> {
    pace::straight_through(simulate_settled(
        scenario,
        map,
        |map, graph, coverage, traffic, settled| {
            avoid_cameras_on_commute(map, graph, coverage, traffic, settled, budget_deciseconds)
        },
        &mut pace::Straight,
    ))
}

/// Runs `scenario` on `map` (the generated town or an import); `scenario.camera_count` is
/// ignored, the map's cameras are used.
pub fn simulate_on_map(scenario: &Scenario, map: TownMap) -> Result<DetailedRun, SimError> {
    pace::straight_through(simulate_on_map_paced(scenario, map, &mut pace::Straight))
}

/// Like [`simulate_on_map`], pausing at `pace` between cars and while sorting the reads.
pub async fn simulate_on_map_paced(
    scenario: &Scenario,
    map: TownMap,
    pace: &mut impl pace::Pace,
) -> Result<DetailedRun, SimError> {
    simulate_settled(scenario, map, |_, _, _, _, _| {}, pace).await
}

/// Every drive between home and work takes the route that passes the fewest cameras within
/// `budget_deciseconds` more than the fastest (where that is another route).
fn avoid_cameras_on_commute(
    map: &TownMap,
    graph: &RoadGraph,
    coverage: &CoverageTable,
    traffic: &mut Traffic,
    settled: &SettledPlan,
    budget_deciseconds: u32,
) {
    for (from, to) in [(settled.home, settled.work), (settled.work, settled.home)] {
        let (a, b) = (
            map.places[from as usize].access,
            map.places[to as usize].access,
        );
        // Only a different way: the fastest route keeps its occasional alternative.
        let fastest = routing::fastest_route(graph, a, b);
        if let Some(route) =
            exposure::least_exposure_route(graph, coverage, a, b, budget_deciseconds)
            && Some(&route) != fastest.as_ref()
        {
            traffic.prefer(a, b, route);
        }
    }
}

/// [`simulate_on_map_paced`], with `set_routes` choosing drivers' routes before the first
/// drive (the camera-avoiding commute; the page's own runs pass a closure that does
/// nothing, so the avoiding search is not in its download).
async fn simulate_settled(
    scenario: &Scenario,
    map: TownMap,
    set_routes: impl FnOnce(&TownMap, &RoadGraph, &CoverageTable, &mut Traffic, &SettledPlan),
    pace: &mut impl pace::Pace,
) -> Result<DetailedRun, SimError> {
    let SettledTown {
        map,
        frame,
        plan,
        settled,
    } = settle_town(scenario, map)?;
    let seed = scenario.seed;

    // Pauses between the pieces of the town's set-up and, below, between the commuter and
    // each companion: the visitor's run alone is tens of milliseconds on a page.
    pace.breathe().await;
    let graph = RoadGraph::new(&map);
    pace.breathe().await;
    let coverage = CoverageTable::new(&map, &graph);
    pace.breathe().await;
    let mut traffic = Traffic::new(&graph, &coverage, &map);
    set_routes(&map, &graph, &coverage, &mut traffic, &settled);
    pace.breathe().await;
    let end_minute = scenario.days * MINUTES_PER_DAY;

    let mut taken = BTreeSet::new();
    let mut vehicles = Vec::new();
    let mut households = Vec::new();
    // The reads in pieces (see [`READS_PER_PIECE`]), the last one growing.
    let mut pieces: Vec<Vec<Sighting>> = Vec::new();
    let mut sightings = Vec::new();
    let mut new_vehicle = |vehicles: &mut Vec<Vehicle>, rng: &mut rand_pcg::Pcg32| {
        let plate = new_plate(rng, &mut taken);
        vehicles.push(Vehicle {
            plate,
            fingerprint: new_fingerprint(rng),
        });
        (vehicles.len() - 1) as VehicleId
    };
    let capture = |traffic: &Traffic,
                   vehicle: VehicleId,
                   plate: Plate,
                   drives: &[Drive],
                   sightings: &mut Vec<Sighting>| {
        debug_assert!(
            drives_never_overlap(traffic, drives),
            "vehicle {vehicle} is in two places at once"
        );
        let mut rng = generator(seed, Stream::Capture, u64::from(vehicle));
        traffic.capture(
            &map.cameras,
            vehicle,
            plate,
            drives,
            end_minute,
            &mut rng,
            sightings,
        );
    };

    // The commuter.
    let mut commuter_rng = generator(seed, Stream::Commuter, 0);
    let commuter = new_vehicle(&mut vehicles, &mut commuter_rng);
    let month = plan_commuter(
        &plan,
        &settled,
        &map,
        &mut traffic,
        scenario.days,
        &mut commuter_rng,
        pace,
    )
    .await;
    pace.breathe().await;
    households.push(Household {
        home: plan.home,
        work: Some(map.places[settled.work as usize].position),
    });
    capture(
        &traffic,
        commuter,
        vehicles[0].plate,
        &month.drives,
        &mut sightings,
    );
    let trips = month
        .drives
        .iter()
        .filter_map(|d| {
            Some(Trip {
                from: d.from.place?,
                to: d.to.place?,
                depart_minute: d.depart_deciseconds / DECISECONDS_PER_MINUTE,
                arrive_minute: traffic.arrival_deciseconds(d) / DECISECONDS_PER_MINUTE,
                path: traffic.intersections(d.route),
            })
        })
        .collect();

    // The companions.
    pace.breathe().await;
    let home_place = &map.places[settled.home as usize];
    let home_node = home_place.access;
    let mut companions = Vec::new();
    if plan.carpool {
        let mut rng = generator(seed, Stream::Companion, 1);
        let id = new_vehicle(&mut vehicles, &mut rng);
        let next_door = frame.to_lon_lat({
            let p = frame.to_local(plan.home);
            LocalPoint::new(p.x_meters + 35.0, p.y_meters)
        });
        households.push(Household {
            home: next_door,
            work: households[0].work,
        });
        let home = Endpoint {
            node: home_node,
            place: None,
        };
        let drives = companion_drives(
            &month,
            home,
            settled.home,
            &mut traffic,
            &mut rng,
            true,
            |role| role.includes_work,
        );
        capture(
            &traffic,
            id,
            vehicles[id as usize].plate,
            &drives,
            &mut sightings,
        );
        companions.push(id);
        pace.breathe().await;
    }
    if plan.partner {
        let mut rng = generator(seed, Stream::Companion, 2);
        let id = new_vehicle(&mut vehicles, &mut rng);
        let home = Endpoint {
            node: home_node,
            place: None,
        };
        let mut drives = companion_drives(
            &month,
            home,
            settled.home,
            &mut traffic,
            &mut rng,
            false,
            |role| role.with_partner,
        );
        // The partner's own job: the nearest workplace of another kind than the commuter's.
        let commuter_work_kind = map.places[settled.work as usize].kind;
        let job = map
            .places
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                matches!(
                    p.kind,
                    PlaceKind::Hospital | PlaceKind::School | PlaceKind::OfficePark
                ) && p.kind != commuter_work_kind
            })
            .map(|(i, _)| i as PlaceId)
            .next();
        if let Some(job) = job {
            let errands = map
                .places
                .iter()
                .enumerate()
                .filter(|(_, p)| matches!(p.kind, PlaceKind::Grocery | PlaceKind::Store))
                .map(|(i, _)| i as PlaceId)
                .take(2)
                .collect();
            let weekdays = [
                Weekday::Monday,
                Weekday::Tuesday,
                Weekday::Wednesday,
                Weekday::Thursday,
                Weekday::Friday,
            ];
            let resident = Resident::with_job(
                plan.home,
                home_node,
                &map,
                job,
                8 * 60,
                8 * 60 + 30,
                &weekdays,
                errands,
            );
            let own = resident_drives(&resident, &map, &mut traffic, scenario.days, &mut rng);
            drives = merge_own_outings(&traffic, drives, own);
            households.push(resident.household);
        } else {
            households.push(Household {
                home: plan.home,
                work: None,
            });
        }
        capture(
            &traffic,
            id,
            vehicles[id as usize].plate,
            &drives,
            &mut sightings,
        );
        companions.push(id);
    }

    // The background population.
    let streets = town::street_intersections(&map);
    let township = Township::new(&map, frame, &streets);
    for index in 0..scenario.population {
        pace.breathe().await;
        let mut rng = generator(seed, Stream::Vehicle, u64::from(index));
        let id = new_vehicle(&mut vehicles, &mut rng);
        let Some(resident) = township.new_resident(&map, &mut rng) else {
            households.push(Household {
                home: plan.home,
                work: None,
            });
            continue;
        };
        let drives = resident_drives(&resident, &map, &mut traffic, scenario.days, &mut rng);
        capture(
            &traffic,
            id,
            vehicles[id as usize].plate,
            &drives,
            &mut sightings,
        );
        households.push(resident.household);
        if sightings.len() >= READS_PER_PIECE {
            let full = std::mem::replace(&mut sightings, Vec::with_capacity(READS_PER_PIECE * 2));
            pieces.push(full);
        }
    }
    pieces.push(sightings);
    // Freed now and in pieces, not in one go on return (see [`Traffic::drop_paced`]).
    traffic.drop_paced(pace).await;

    let sightings = in_database_order(pieces, pace).await;
    let work = households[0].work.unwrap_or(plan.home);
    let simulation = Simulation {
        scenario: scenario.clone(),
        vehicles,
        sightings,
        truth: Truth {
            commuter,
            home: plan.home,
            work,
            visits: month.visits,
            companions,
            households,
        },
        map,
    };
    Ok(DetailedRun {
        simulation,
        trips,
        plan,
    })
}

/// Reads kept in one piece while a town's traffic is simulated: the town month's reads
/// (hundreds of thousands) in one growing `Vec` were copied whole each time it doubled, and
/// on a page without a worker each copy was one task of 30 to 110 ms (issue 11, measured
/// with `NO_WORKER=1 PROFILE=1 node scripts/trace_long_tasks.mjs`: `__rust_realloc` under
/// `Traffic::capture`). The pieces after the first are made with room for twice this (a
/// car's month adds hundreds), so they are never copied.
const READS_PER_PIECE: usize = 1 << 16;

/// The reads (`pieces`, in the order they were made) in the order the database keeps them:
/// by minute, then camera, plate, vehicle and direction (the analyst's index keeps this
/// order, so it need not sort again). Placed by minute and sorted one minute at a time, so a
/// paced run pauses between pieces of the work.
async fn in_database_order(
    pieces: Vec<Vec<Sighting>>,
    pace: &mut impl pace::Pace,
) -> Vec<Sighting> {
    let Some(&placeholder) = pieces.iter().flatten().next() else {
        return Vec::new();
    };
    let total: usize = pieces.iter().map(Vec::len).sum();
    let mut minutes = 0;
    for piece in &pieces {
        minutes = piece
            .iter()
            .map(|s| s.minute as usize + 1)
            .fold(minutes, usize::max);
        pace.breathe().await;
    }
    let mut first_of_minute = vec![0usize; minutes + 1];
    for piece in &pieces {
        for s in piece {
            first_of_minute[s.minute as usize + 1] += 1;
        }
        pace.breathe().await;
    }
    for m in 0..minutes {
        first_of_minute[m + 1] += first_of_minute[m];
    }
    let mut next = first_of_minute.clone();
    // Filled a piece at a time: the whole at once is a pause of its own.
    let mut ordered = Vec::with_capacity(total);
    while ordered.len() < total {
        ordered.resize((ordered.len() + READS_PER_PIECE).min(total), placeholder);
        pace.breathe().await;
    }
    let mut done = 0;
    for piece in pieces {
        for s in piece {
            let m = s.minute as usize;
            ordered[next[m]] = s;
            next[m] += 1;
            done += 1;
            if done % pace::PIECES_PER_BREATH == 0 {
                pace.breathe().await;
            }
        }
    }
    // Pauses by reads sorted, not by minutes: a busy town's minutes hold hundreds.
    let mut sorted_since_breath = 0;
    for m in 0..minutes {
        // Equal keys are equal reads (the minute is the bucket's), so a stable sort gives
        // what an unstable one would.
        let minute = &mut ordered[first_of_minute[m]..first_of_minute[m + 1]];
        sorted_since_breath += minute.len();
        stable_sort::sort_by_key(minute, |s| (s.camera, s.plate, s.vehicle, s.direction));
        if sorted_since_breath >= pace::PIECES_PER_BREATH {
            sorted_since_breath = 0;
            pace.breathe().await;
        }
    }
    ordered
}

/// Each drive leaves after the one before arrived.
pub(crate) fn drives_never_overlap(traffic: &Traffic, drives: &[Drive]) -> bool {
    drives
        .windows(2)
        .all(|pair| pair[1].depart_deciseconds >= traffic.arrival_deciseconds(&pair[0]))
}

/// A companion's copied drives plus those of their own outings (pairs out and back) that do
/// not clash with the copies.
fn merge_own_outings(traffic: &Traffic, copied: Vec<Drive>, own: Vec<Drive>) -> Vec<Drive> {
    let busy: Vec<(u32, u32)> = copied
        .iter()
        .map(|d| (d.depart_deciseconds, traffic.arrival_deciseconds(d)))
        .collect();
    // Copied drives come in outings; a stay between two copied drives is busy too.
    let mut spans: Vec<(u32, u32)> = Vec::new();
    for (i, &(start, end)) in busy.iter().enumerate() {
        let joined_to_previous =
            i > 0 && copied[i - 1].to == copied[i].from && copied[i].from.place.is_some();
        match spans.last_mut() {
            Some(last) if joined_to_previous => last.1 = end,
            _ => spans.push((start, end)),
        }
    }
    let clashes = |start: u32, end: u32| {
        spans
            .iter()
            .any(|&(s, e)| start <= e + DECISECONDS_PER_MINUTE && s <= end + DECISECONDS_PER_MINUTE)
    };
    let mut drives = copied.clone();
    for pair in own.chunks(2) {
        if let [out, back] = pair {
            let (start, end) = (out.depart_deciseconds, traffic.arrival_deciseconds(back));
            if !clashes(start, end) {
                drives.push(*out);
                drives.push(*back);
            }
        }
    }
    stable_sort::sort_by_key(&mut drives, |d| d.depart_deciseconds);
    drives
}

#[cfg(test)]
mod tests {
    use super::*;

    mod database_order {
        use super::*;
        use rand::Rng;

        fn reads(count: usize, seed: u64) -> Vec<Sighting> {
            let mut rng = generator(seed, Stream::Capture, 0);
            let directions = [
                TravelDirection::North,
                TravelDirection::East,
                TravelDirection::South,
                TravelDirection::West,
            ];
            (0..count)
                .map(|_| Sighting {
                    camera: rng.random_range(0..6),
                    minute: rng.random_range(0..50),
                    plate: Plate([b'A' + rng.random_range(0..3); 7]),
                    direction: directions[rng.random_range(0..4)],
                    vehicle: rng.random_range(0..5),
                })
                .collect()
        }

        #[test]
        fn reads_in_pieces_come_out_as_one_sorted_database() {
            let pieces = vec![reads(700, 1), Vec::new(), reads(3, 2), reads(5000, 3)];
            let mut expected: Vec<Sighting> = pieces.concat();
            expected.sort_by_key(|s| (s.minute, s.camera, s.plate, s.vehicle, s.direction));
            let ordered = pace::straight_through(in_database_order(pieces, &mut pace::Straight));
            assert_eq!(ordered, expected);
        }

        #[test]
        fn no_reads_make_an_empty_database() {
            let ordered = pace::straight_through(in_database_order(
                vec![Vec::new(), Vec::new()],
                &mut pace::Straight,
            ));
            assert!(ordered.is_empty());
        }
    }
}
