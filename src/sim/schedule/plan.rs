//! The commuter's plan as the visitor sets it ([`CommuterPlan`]): home, work, shifts,
//! regular stops, companions and how often plans change; and a persona's plan on a given
//! map, its home a street corner in its neighbourhood.
//!
//! Serialisable: saved scenarios and share links carry it. This module must not plan
//! drives (that is `planner`).

use rand::Rng;
use serde::{Deserialize, Serialize};

use super::lives::life_of;
use super::personas::Persona;
use super::stops::RegularStop;
use crate::sim::geometry::{LocalFrame, LocalPoint};
use crate::sim::model::{LonLat, PlaceKind, TownMap, Weekday};
use crate::sim::random::{Stream, generator};
use crate::sim::town::{TOWN_CENTRE, nearest_street_intersection, street_intersections};

/// The commuter's life as the visitor sets it: where they live and work, when, and the
/// regular stops of their week. Start from [`CommuterPlan::for_persona`] (a whole life) or
/// [`CommuterPlan::new`] (home, work and workdays only) and change what you like. Fields
/// missing from saved JSON take [`CommuterPlan::new`]'s values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CommuterPlan {
    /// The ready-made life this plan started from (a label; the fields below rule).
    pub persona: Persona,
    /// Lon/lat degrees.
    pub home: LonLat,
    /// Lon/lat degrees; an existing workplace within 150 m is used, else one is put there.
    pub work: LonLat,
    pub workdays: Vec<Weekday>,
    /// When the shift starts, minutes after midnight.
    pub shift_start_minute_of_day: u32,
    /// Shift length in minutes.
    pub shift_minutes: u32,
    pub stops: Vec<RegularStop>,
    /// A neighbour who works at the same place drives in right behind the commuter on most
    /// workdays.
    pub carpool: bool,
    /// A partner at the same address, with their own car and job, comes along to the stops
    /// marked [`RegularStop::with_partner`].
    pub partner: bool,
    /// Chance (0 to 1) that a weekly stop is skipped on a given day (and a third of it that
    /// a workday is).
    pub plans_change_probability: f64,
    /// Chance (0 to 1) that a drive takes another reasonable route than the fastest.
    pub alternative_route_probability: f64,
}

impl CommuterPlan {
    /// A plan with only a home, a workplace (lon/lat degrees) and workdays: a 9:00 start,
    /// 8.5 hours, no stops, no companions, plans that rarely change.
    pub fn new(home: LonLat, work: LonLat, workdays: Vec<Weekday>) -> CommuterPlan {
        CommuterPlan {
            persona: Persona::OfficeParent,
            home,
            work,
            workdays,
            shift_start_minute_of_day: 9 * 60,
            shift_minutes: 8 * 60 + 30,
            stops: Vec::new(),
            carpool: false,
            partner: false,
            plans_change_probability: 0.1,
            alternative_route_probability: 0.2,
        }
    }
}

impl Default for CommuterPlan {
    /// [`CommuterPlan::new`] at the default town's centre, Monday to Friday.
    fn default() -> CommuterPlan {
        CommuterPlan::new(TOWN_CENTRE, TOWN_CENTRE, Weekday::ALL[..5].to_vec())
    }
}

impl CommuterPlan {
    /// The plan of `persona` on `map`: places are the map's nearest of the right kind, the
    /// home a street corner in the persona's neighbourhood (varied by `seed`).
    pub fn for_persona(persona: Persona, map: &TownMap, seed: u64) -> CommuterPlan {
        let frame = LocalFrame::around(map.intersections.iter().map(|i| i.position));
        let centre = LocalFrame::around(
            map.boundary
                .iter()
                .copied()
                .chain(map.intersections.iter().map(|i| i.position)),
        );
        let c = frame.to_local(centre.origin());
        let mut rng = generator(seed, Stream::Persona, persona as u64);
        let (east, north) = persona.home_offset_meters();
        let home_target = LocalPoint::new(
            c.x_meters + east + rng.random_range(-300.0..=300.0),
            c.y_meters + north + rng.random_range(-300.0..=300.0),
        );
        let streets = street_intersections(map);
        // A house on the street corner nearest `target`: 45 m east and 20 m north of it.
        let house_near = |target: LocalPoint| {
            let corner = nearest_street_intersection(map, &frame, &streets, target)
                .map(|id| frame.to_local(map.intersections[id as usize].position))
                .unwrap_or(target);
            frame.to_lon_lat(LocalPoint::new(
                corner.x_meters + 45.0,
                corner.y_meters + 20.0,
            ))
        };
        let home = house_near(home_target);
        // The place of `kind` nearest the home (optionally whose name contains `hint`).
        let find = |kind: PlaceKind, hint: &str| -> Option<LonLat> {
            let from = frame.to_local(home);
            map.places
                .iter()
                .filter(|p| p.kind == kind && (hint.is_empty() || p.name.contains(hint)))
                .min_by(|a, b| {
                    let da = frame.to_local(a.position).distance_meters(from);
                    let db = frame.to_local(b.position).distance_meters(from);
                    da.total_cmp(&db)
                })
                .map(|p| p.position)
        };
        let life = life_of(persona, &mut rng);
        let stops = life
            .stops
            .into_iter()
            .filter_map(|spec| {
                find(spec.kind, spec.hint).map(|position| RegularStop {
                    purpose: spec.purpose,
                    kind: spec.kind,
                    position,
                    days: spec.days,
                    arrive_minute_of_day: spec.arrive_minute_of_day,
                    stay_minutes: spec.stay_minutes,
                    with_partner: spec.with_partner,
                })
            })
            .collect();
        CommuterPlan {
            persona,
            home,
            // A real town may have no place of the work's kind (an extract with roads
            // only): the work is then across the centre from the home, never the home
            // itself, where the car would never drive and no camera would read it.
            work: find(life.work.0, life.work.1).unwrap_or_else(|| {
                house_near(LocalPoint::new(c.x_meters - east, c.y_meters - north))
            }),
            workdays: life.workdays,
            shift_start_minute_of_day: life.shift_start_minute_of_day,
            shift_minutes: life.shift_minutes,
            stops,
            carpool: true,
            partner: true,
            plans_change_probability: 0.1,
            alternative_route_probability: 0.2,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::generate_town;

    mod personas {
        use super::*;

        #[test]
        fn a_town_without_workplaces_still_sends_the_car_to_work() {
            // An imported extract may have roads and no tagged places: the work must not
            // fall on the home, or the car never drives and no camera reads it.
            let mut map = generate_town(4, 20);
            map.places.clear();
            for persona in Persona::ALL {
                let plan = CommuterPlan::for_persona(persona, &map, 4);
                let frame = LocalFrame::around(map.intersections.iter().map(|i| i.position));
                let apart = frame
                    .to_local(plan.home)
                    .distance_meters(frame.to_local(plan.work));
                assert!(apart > 1_000.0, "{persona:?}: work {apart} m from home");
            }
        }

        #[test]
        fn offers_the_five_lives_of_the_issue_and_keeps_the_seed_defaults() {
            for persona in [
                Persona::NightNurse,
                Persona::OfficeParent,
                Persona::DayLabourer,
                Persona::FactoryOrganiser,
                Persona::Student,
            ] {
                assert!(Persona::ALL.contains(&persona));
            }
            assert_eq!(Persona::for_seed(1), Persona::HospitalNurse);
            assert!((0..30).all(|seed| (Persona::for_seed(seed) as usize) < 3));
        }

        #[test]
        fn every_persona_finds_its_workplace_and_a_sensitive_stop_in_the_default_town() {
            let map = generate_town(3, crate::sim::DEFAULT_CAMERA_COUNT);
            for persona in Persona::ALL {
                let plan = CommuterPlan::for_persona(persona, &map, 3);
                assert_ne!(plan.work, plan.home, "{persona:?} has a workplace");
                assert!(
                    plan.stops.len() >= 4,
                    "{persona:?}: {} stops",
                    plan.stops.len()
                );
                assert!(
                    plan.stops.iter().any(|s| s.kind.is_sensitive()),
                    "{persona:?} has a sensitive stop"
                );
            }
        }

        #[test]
        fn are_reproducible_from_the_seed() {
            let map = generate_town(4, crate::sim::DEFAULT_CAMERA_COUNT);
            for persona in Persona::ALL {
                assert_eq!(
                    CommuterPlan::for_persona(persona, &map, 4),
                    CommuterPlan::for_persona(persona, &map, 4)
                );
            }
        }
    }
}
