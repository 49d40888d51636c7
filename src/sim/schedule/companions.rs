//! The companions' drives: a carpooling neighbour or a partner who drives along in their
//! own car, a minute or two behind the commuter, on the outings they join.
//!
//! Copies the commuter's drives ([`super::planner::CommuterMonth`]); this module must not
//! plan drives of its own or draw from any generator but the companion's.

use rand::Rng;
use rand_pcg::Pcg32;

use super::planner::{CommuterMonth, DriveRole};
use crate::sim::drive::{DECISECONDS_PER_MINUTE, Drive, Endpoint, Traffic};
use crate::sim::model::PlaceId;

/// Copies drives of the commuter's outings for a companion who drives along in their own
/// car, `1..=3` minutes behind (one delay per outing, so the copies never overlap).
/// `joins` says which outings; for the carpool only the way to work is copied, and the
/// companion goes straight home from work when the commuter leaves.
pub fn companion_drives(
    month: &CommuterMonth,
    companion_home: Endpoint,
    commuter_home: PlaceId,
    traffic: &mut Traffic,
    rng: &mut Pcg32,
    carpool: bool,
    joins: impl Fn(&DriveRole) -> bool,
) -> Vec<Drive> {
    let mut drives = Vec::new();
    let mut delay = 0;
    let mut current_outing = u32::MAX;
    let mut joined = false;
    let mut at_work = false;
    let mut free_from = 0u32;
    for (drive, role) in month.drives.iter().zip(&month.roles) {
        if role.outing != current_outing {
            current_outing = role.outing;
            joined = joins(role);
            delay =
                rng.random_range(1..=3u32) * DECISECONDS_PER_MINUTE + rng.random_range(0..300u32);
            at_work = false;
        }
        if !joined {
            continue;
        }
        let swap_home = |end: Endpoint| {
            if end.place == Some(commuter_home) {
                companion_home
            } else {
                end
            }
        };
        let (from, to) = (swap_home(drive.from), swap_home(drive.to));
        if carpool {
            if at_work && role.from_work {
                if let Some(route) = traffic.route(from, companion_home) {
                    let copy = Drive {
                        depart_deciseconds: (drive.depart_deciseconds + delay).max(free_from),
                        from,
                        to: companion_home,
                        route,
                    };
                    free_from = traffic.arrival_deciseconds(&copy) + DECISECONDS_PER_MINUTE;
                    drives.push(copy);
                }
                at_work = false;
                joined = false;
                continue;
            }
            if at_work {
                continue;
            }
        }
        let route = if from == drive.from && to == drive.to {
            drive.route
        } else {
            match traffic.route(from, to) {
                Some(route) => route,
                None => continue,
            }
        };
        let copy = Drive {
            depart_deciseconds: (drive.depart_deciseconds + delay).max(free_from),
            from,
            to,
            route,
        };
        free_from = traffic.arrival_deciseconds(&copy) + DECISECONDS_PER_MINUTE;
        drives.push(copy);
        at_work = role.to_work;
    }
    drives
}
