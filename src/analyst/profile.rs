//! One plate's life, reconstructed from its reads alone: home, work, routine, places (with
//! sensitive ones flagged), trips out of town and associates.
//!
//! This is what Motorola Vigilant's "Locate Analysis" and "Associate Analysis" sell and what
//! the stay-point literature does with GPS traces (home = last stop of the day and first of
//! the morning; Krumm 2007; Li et al. 2008; see `shared/docs/facts.md`). Here the trace is
//! sparse: a car is read only when it passes a camera. Home and work are located by which
//! camera the drives from and to them meet first and last: a spot from which most drives
//! into town are first read by one camera lies behind that camera
//! ([`RouteModel::place_catchments`]). Work is located first (its candidates are the mapped
//! workplaces); the commute's reads then count as drives between home and that workplace.
//! Other stops are located by [`crate::analyst::stays`] (reachable from the read before,
//! reaching the read after, unseen on the way), and the profile multiplies that evidence
//! over many stops. Every inference
//! carries the reads it rests on and a confidence; a stop that could be at several places is
//! left unattributed rather than guessed. Sensitive places are the exception, as an analyst
//! would treat them: a stop whose likeliest places are mostly sensitive is flagged as "one of
//! these few places", with a probability taken over everything the stop could be (home,
//! work, every mapped place, somewhere off the map), so that it is about as often right as
//! it states. Most visits are read on one side only (on the way there, or on the way
//! back), so the ends of long gaps are placed on their own, and the same end of a drive on
//! the same weekday and time in several weeks is taken as one regular place.
//!
//! One algorithm per file; this one only puts them together ([`build_profile`]):
//! - `drive_evidence`: how one read scores every corner as the other end of its drive.
//! - `anchors`: home and work, located from the reads next to night and workday stops.
//! - `destinations`: which mapped places this car's drives from and to home go to
//!   (expectation-maximisation), so home is located again with the car's own catchments.
//! - `priors`: what an analyst knows before any read (opening hours, how often a drive
//!   ends at home or off the map).
//! - `drive_ends`: where the drive at either end of a long gap ended or began.
//! - `sensitive`: when a stop is flagged as a visit to a few sensitive places.
//! - `places`: stops attributed to mapped places, and trips out of town.
//! - `routine`: the week's timings and pass predictions.
//! - `associates`: plates that travel with this one.
//! - `calibration`: every stated confidence mapped to how often such claims were right.
//! - `explain`: what home rests on, habit by habit, for `evaluate --explain-home`.
//!
//! It must not read [`crate::sim::Sighting::vehicle`] or any truth.

mod anchors;
mod associates;
mod calibration;
mod destinations;
mod drive_ends;
mod drive_evidence;
mod explain;
mod habits;
mod home_choice;
mod places;
mod priors;
mod routine;
mod sensitive;
mod work_choice;

use serde::Serialize;

use crate::analyst::index::{SightingIndex, SightingRef};
use crate::analyst::routes::{Catchments, RouteModel};
use crate::analyst::stays::{DAY_START_MINUTE, find_stays};
use crate::sim::pace::{Pace, Straight, straight_through};
use crate::sim::{PlaceId, PlaceKind, Plate, TownMap};

pub use anchors::{
    Anchor, Candidate, HOME_FEATURES, HomeCandidate, MIN_RADIUS_METERS, WORK_FEATURES, Weighed,
    WorkCandidate,
};
pub use associates::{ASSOCIATE_WINDOW_MINUTES, Associate};
pub use explain::{HomeHabit, WorkHabit, home_habits, work_habits};
pub use home_choice::{HOME_CANDIDATES, HOME_FEATURE_NAMES, HOME_WEIGHTS};
pub use places::{InferredVisit, MIN_VISIT_PROBABILITY, PlaceVisits, TripOutOfTown};
pub use routine::{DayRoutine, PREDICTION_WINDOW_MINUTES, PassPrediction, Routine, predict_pass};
pub use sensitive::{MAX_SENSITIVE_CANDIDATES, MIN_SENSITIVE_VISIT_PROBABILITY, SensitiveVisit};
pub use work_choice::{WORK_CANDIDATES, WORK_FEATURE_NAMES, WORK_WEIGHTS};

use anchors::{
    ANY_CORNER_SHARE, KnownAnchors, Weighing, anchor_events, locate, with_nearest_place,
};
use associates::find_associates;
use destinations::own_destination_weights;
use drive_evidence::{CommuteShares, StayContext};
use home_choice::{HomeContext, relocate_home};
use places::{Attribution, attribute_stops};
use priors::place_choice_log_weights;
use routine::routine;
use work_choice::{WorkContext, relocate_work};

/// Everything the analyst reconstructs about one plate.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Profile {
    pub plate: Plate,
    /// All reads of the plate, in time order.
    pub sightings: Vec<SightingRef>,
    pub home: Option<Anchor>,
    pub work: Option<Anchor>,
    pub routine: Routine,
    /// Places with at least one attributed visit; most visits first. A sensitive place is
    /// listed when it is a candidate of a flagged [`SensitiveVisit`].
    pub places: Vec<PlaceVisits>,
    /// Stops flagged as visits to sensitive places, in time order.
    pub sensitive_visits: Vec<SensitiveVisit>,
    pub trips_out_of_town: Vec<TripOutOfTown>,
    pub associates: Vec<Associate>,
}

impl Profile {
    /// The places flagged sensitive.
    pub fn sensitive_places(&self) -> impl Iterator<Item = &PlaceVisits> {
        self.places.iter().filter(|p| p.sensitive)
    }

    /// "Sensitive places visited": every place a sensitive flag names, in the order first
    /// named. The one source the dossier, the letter, the console and the policy lab read.
    pub fn sensitive_places_visited(&self) -> Vec<PlaceId> {
        let mut out: Vec<PlaceId> = Vec::new();
        for (place, _) in self.sensitive_visits.iter().flat_map(|v| &v.candidates) {
            if !out.contains(place) {
                out.push(*place);
            }
        }
        out
    }
}

/// What the analyst assumes beyond the reads and the public map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AnalystOptions {
    /// A stop at a place of worship's published service time (Friday prayers just after
    /// noon, Sunday morning mass, Saturday morning shabbat) counts as likelier there. On by
    /// default; `examples/evaluate.rs` prints the sensitive flags with and without it.
    pub service_times: bool,
    /// Every stated confidence mapped to how often such claims were right in the towns it
    /// was fitted on (`calibration`). On by default; `examples/evaluate.rs
    /// --fit-calibration` turns it off to fit the maps on the raw scores.
    pub calibrated: bool,
    /// How much the cameras that did not read the car (on the fastest drive between a
    /// candidate home and each night's last and morning's first read) count in locating
    /// home, beside which camera first and last reads its drives: 0 ignores them.
    /// `examples/evaluate.rs --unseen-weight` measures other values.
    pub unseen_weight: f32,
    /// The weekly rule (`places.rs`): a stop of an hour or more, repeated on the same weekday
    /// at about the same time in three weeks or more, is placed from its weeks' evidence
    /// together even when home or off the map explains each week alone. On by default;
    /// off only to show what it adds (the tests do).
    pub weekly_rule: bool,
}

/// [`AnalystOptions::unseen_weight`]'s default: 0, measured with `examples/evaluate.rs
/// --cameras 40 --seeds 20 --first-seed 1 --unseen-weight W` (tenths): home within 500 m in
/// 40% of towns at 0 and at 1.0, 35% at 0.5, and the home circle held the truth less
/// often (75% at 0, 55% at 1.0). Which camera the drives meet first already carries what
/// the silent cameras say (the catchments multiply the chance each earlier camera missed).
pub const UNSEEN_WEIGHT: f32 = 0.0;

impl Default for AnalystOptions {
    fn default() -> AnalystOptions {
        AnalystOptions {
            service_times: true,
            calibrated: true,
            unseen_weight: UNSEEN_WEIGHT,
            weekly_rule: true,
        }
    }
}

/// A value that depends on the network's size, from a table of (camera count, entry)
/// sorted by count: between two counts the two entries' values interpolated on the
/// logarithm of the count, beyond the ends the end's. The calibration curves
/// ([`calibration::on_curves`]) and the sensitive flags' floors are both read so; an empty
/// table gives 0.
fn between_counts<T>(table: &[(u32, T)], cameras: usize, value: impl Fn(&T) -> f64) -> f64 {
    let (Some(first), Some(last)) = (table.first(), table.last()) else {
        return 0.0;
    };
    let cameras = cameras as f64;
    if cameras <= f64::from(first.0) {
        return value(&first.1);
    }
    for pair in table.windows(2) {
        let ((c0, e0), (c1, e1)) = (&pair[0], &pair[1]);
        if cameras <= f64::from(*c1) {
            let t =
                (cameras.ln() - f64::from(*c0).ln()) / (f64::from(*c1).ln() - f64::from(*c0).ln());
            return (1.0 - t) * value(e0) + t * value(e1);
        }
    }
    value(&last.1)
}

/// Reconstructs one plate's life from the database. `routes` must be built from `map`.
pub fn build_profile(
    index: &SightingIndex,
    routes: &RouteModel,
    map: &TownMap,
    plate: Plate,
) -> Profile {
    build_profile_with(index, routes, map, plate, AnalystOptions::default())
}

/// As [`build_profile`], with the analyst's `options`.
pub fn build_profile_with(
    index: &SightingIndex,
    routes: &RouteModel,
    map: &TownMap,
    plate: Plate,
    options: AnalystOptions,
) -> Profile {
    straight_through(build_profile_paced(
        index,
        routes,
        map,
        plate,
        options,
        &mut Straight,
    ))
}

/// As [`build_profile_with`], pausing at `pace` between its steps (work, home twice, the
/// stops, the associates): how a page without a worker builds it in slices. The same
/// profile.
pub async fn build_profile_paced(
    index: &SightingIndex,
    routes: &RouteModel,
    map: &TownMap,
    plate: Plate,
    options: AnalystOptions,
    pace: &mut impl Pace,
) -> Profile {
    let refs = index.of_plate(plate);
    let stays = find_stays(index, refs);
    let mut scratch = Vec::new();

    let (home_events, work_events) = anchor_events(&stays);
    // Home: any street corner (the analyst does not know which house is this car's).
    let corners: Vec<u32> = (0..routes.intersection_count() as u32).collect();
    pace.breathe().await;
    // Work first (its candidates are few), then home from the drives between it and that
    // workplace as well as from the rest. Its nearest place is named once work is picked
    // again below.
    let work = anchors::locate_work(index, routes, map, &work_events, &corners);
    let commute = work
        .as_ref()
        .map(|w| CommuteShares::toward(routes, w.best_node));
    let locate_home = |catchments| {
        let weighing = Weighing {
            commute: commute.as_ref(),
            catchments,
            unseen_weight: options.unseen_weight,
        };
        locate(index, routes, &home_events, &corners, weighing)
    };
    // A drive from home may go to any corner, not only to a mapped place.
    let mix = |c: &Catchments| c.mixed(routes.corner_catchments(), ANY_CORNER_SHARE);
    let first_catchments = mix(routes.place_catchments());
    pace.breathe().await;
    let first_home = locate_home(&first_catchments);
    pace.breathe().await;
    // Then again with the drives' other ends weighted by this car's own habits.
    let mut home = first_home.clone();
    let mut home_catchments = None;
    if let Some(first) = &first_home {
        let weights = own_destination_weights(routes, index, &home_events, &first.posterior);
        pace.breathe().await;
        let own = mix(&routes.weighted_catchments(&weights));
        pace.breathe().await;
        home = locate_home(&own);
        home_catchments = Some(own);
        pace.breathe().await;
    }
    let home_routes = home.as_ref().map(|h| routes.anchor_routes(h.best_node));
    pace.breathe().await;
    // Work again, now that home is found: the door with the highest learned score among
    // the workplace posterior's likeliest (home stays as found from the first).
    let work = work.map(|first| {
        let context = WorkContext {
            home: home.as_ref(),
            home_routes: home_routes.as_ref(),
            stays: &stays,
            refs,
        };
        let again = relocate_work(index, routes, &work_events, first, &context);
        with_nearest_place(again, routes, map, PlaceKind::is_workplace)
    });
    pace.breathe().await;
    // Home again, now that work is found: the densest spot of the learned score over home's
    // likeliest corners.
    let home = match (home, home_catchments.as_ref()) {
        (Some(found), Some(catchments)) => {
            let context = HomeContext {
                first: first_home.as_ref(),
                work: work.as_ref(),
                commute: commute.as_ref(),
                catchments,
                unseen_weight: options.unseen_weight,
                stays: &stays,
                refs,
            };
            Some(relocate_home(index, routes, &home_events, found, &context))
        }
        (home, _) => home,
    };
    // The drives from and to home, searched again only when home moved to another corner.
    let home_routes = match (home.as_ref(), home_routes) {
        (Some(h), Some(r)) if r.node == h.best_node => Some(r),
        (h, _) => h.map(|h| routes.anchor_routes(h.best_node)),
    };
    pace.breathe().await;

    // A night's stop is at home; the drives around it start or end there.
    let at_home: Vec<bool> = stays
        .iter()
        .map(|s| home.is_some() && s.spans_night())
        .collect();
    let context: Vec<StayContext> = (0..stays.len())
        .map(|i| StayContext {
            stay: stays[i],
            from_home: i > 0 && at_home[i - 1],
            to_home: i + 1 < stays.len() && at_home[i + 1],
        })
        .collect();

    let anchors: Vec<&Anchor> = home.iter().chain(work.iter()).collect();
    // Home is known only to within its circle: a drive may end at any corner inside it.
    let home_nodes: Vec<u32> = home.as_ref().map_or_else(Vec::new, |h| {
        (0..routes.intersection_count() as u32)
            .filter(|&n| {
                routes
                    .frame()
                    .distance_meters(routes.node_position(n), h.position)
                    <= h.radius_meters
            })
            .collect()
    });
    let others: Vec<StayContext> = context
        .iter()
        .copied()
        .filter(|c| !c.stay.spans_night())
        .collect();
    let place_choice = place_choice_log_weights(
        routes,
        map,
        home.as_ref().map_or(&[], |h| h.posterior.as_slice()),
    );
    pace.breathe().await;
    let Attribution {
        places,
        sensitive_visits,
        trips_out_of_town,
    } = attribute_stops(
        index,
        routes,
        map,
        &others,
        &context,
        &KnownAnchors {
            anchors,
            home_nodes,
            home_routes: home_routes.as_ref(),
            service_times: options.service_times,
            weekly_rule: options.weekly_rule,
            place_choice,
        },
        &mut scratch,
    );
    pace.breathe().await;
    let associates = find_associates(index, plate);
    pace.breathe().await;
    let mut profile = Profile {
        plate,
        sightings: refs.to_vec(),
        home,
        work,
        routine: routine(index, refs),
        places,
        sensitive_visits,
        trips_out_of_town,
        associates,
    };
    if options.calibrated {
        calibration::calibrate(&mut profile, map.cameras.len());
    }
    profile
}

/// Minute of day at which the analyst's day begins (re-exported for the UI's timelines).
pub const ANALYST_DAY_START_MINUTE: u32 = DAY_START_MINUTE;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::Simulation;

    /// Gridton's commuter (vehicle 0): its profile, and the index and routes it was built
    /// from. The fixture of every module's tests.
    pub(super) fn profile_of_commuter(sim: &Simulation) -> (Profile, SightingIndex, RouteModel) {
        let index = SightingIndex::from_simulation(sim);
        let routes = RouteModel::new(&sim.map);
        let profile = build_profile(&index, &routes, &sim.map, sim.vehicles[0].plate);
        (profile, index, routes)
    }

    /// Gridton with a small background population (300 cars) for `seed`, and its
    /// commuter's profile.
    pub(super) fn small_town_profile(seed: u64) -> (Simulation, Profile) {
        let scenario = crate::sim::Scenario {
            seed,
            population: 300,
            ..crate::sim::Scenario::default()
        };
        let sim = crate::sim::simulate(&scenario).expect("a run");
        let (profile, _, _) = profile_of_commuter(&sim);
        (sim, profile)
    }

    mod paced {
        use super::*;
        use crate::sim::pace::testing::{EveryBreath, run_with_pauses};
        use crate::sim::{Scenario, simulate};

        #[test]
        fn the_routes_and_the_profile_are_the_same_when_paused_at_every_breath() {
            let scenario = Scenario {
                population: 200,
                ..Scenario::default()
            };
            let sim = simulate(&scenario).expect("a run");
            let (profile, index, routes) = profile_of_commuter(&sim);
            let mut pace = EveryBreath::default();
            let (paced_routes, route_pauses) =
                run_with_pauses(RouteModel::new_paced(&sim.map, &mut pace));
            assert!(paced_routes == routes, "the same route model");
            let plate = sim.vehicles[0].plate;
            let options = AnalystOptions::default();
            let (paced, profile_pauses) = run_with_pauses(build_profile_paced(
                &index, &routes, &sim.map, plate, options, &mut pace,
            ));
            assert_eq!(paced, profile);
            assert!(
                route_pauses > 100,
                "the routes pause often ({route_pauses})"
            );
            assert!(
                profile_pauses >= 6,
                "the profile pauses between its steps ({profile_pauses})"
            );
        }
    }

    mod against_the_simulation {
        use super::*;

        use super::small_town_profile as run;

        #[test]
        fn the_stated_home_circle_holds_the_true_home_in_most_seeds() {
            let mut inside = 0;
            let mut confidence = 0.0;
            for seed in 1..=4 {
                let (sim, profile) = run(seed);
                let home = profile.home.expect("a home");
                let frame = crate::sim::geometry::LocalFrame::for_map(&sim.map);
                let error = frame.distance_meters(home.position, sim.truth.home);
                inside += u32::from(error <= home.radius_meters);
                confidence += home.confidence / 4.0;
            }
            assert!(inside >= 3, "{inside} of 4");
            // Stated confidence does not exceed the observed coverage by much.
            assert!(confidence <= inside as f64 / 4.0 + 0.1, "{confidence}");
        }

        #[test]
        fn the_places_flagged_sensitive_are_the_ones_the_flags_name() {
            for seed in 1..=2 {
                let (_, profile) = run(seed);
                let mut named = profile.sensitive_places_visited();
                let mut listed: Vec<PlaceId> =
                    profile.sensitive_places().map(|p| p.place).collect();
                named.sort_unstable();
                listed.sort_unstable();
                assert_eq!(named, listed, "seed {seed}");
            }
        }

        #[test]
        fn finds_a_companion_of_the_commuter() {
            let found = (1..=4)
                .filter(|&seed| {
                    let (sim, profile) = run(seed);
                    profile.associates.iter().any(|a| {
                        sim.truth
                            .companions
                            .iter()
                            .any(|&c| sim.vehicles[c as usize].plate == a.plate)
                    })
                })
                .count();
            assert!(found >= 2, "{found} of 4");
        }
    }
}
