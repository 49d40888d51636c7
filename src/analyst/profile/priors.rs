//! What an analyst knows before reading a single plate: how often a drive ends at home or
//! somewhere off the public map, when each kind of place is open or busiest (public
//! opening hours and service times), and that people mostly go to the nearer of two
//! places of a kind (given where home is, from [`super::anchors`]).
//!
//! Plain common knowledge as log scores and yes/no answers; this module must not look at
//! reads, and must not read [`crate::sim::Sighting::vehicle`] or any truth.

use std::collections::BTreeMap;

use crate::analyst::routes::RouteModel;
use crate::analyst::stays::IMPOSSIBLE;
use crate::sim::{MINUTES_PER_DAY, PlaceKind, TownMap, Weekday};

/// Log-likelihood cost of a place that is usually closed during the whole stop.
pub(super) const CLOSED_PENALTY: f32 = 2.5;

/// Home weighs as much as this many mapped places as the end of a drive: travel surveys
/// find about two trips in five end at home, against a few percent for any one shop or
/// church of the thirty-odd on the map. Chosen among 5, 10, 20 and 40 with
/// `examples/evaluate.rs` on seeds 61 to 100 (not on the seeds it reports): 20 and 40
/// flag alike, 5 and 10 name more places a stop that was at home.
const HOME_PLACES: f64 = 20.0;

/// [`HOME_PLACES`] as a log score.
pub(super) fn home_prior() -> f32 {
    // In f64: native and wasm round f64 logarithms alike, not f32 ones.
    HOME_PLACES.ln() as f32
}

/// Somewhere off the public map (a private house, a shop or an office it does not show,
/// home when its stated circle misses it) weighs as much as this many mapped places,
/// spread evenly over every street corner. Chosen among 1, 3 and 10 with
/// `examples/evaluate.rs` on seeds 61 to 100: at 1 flags state 0.75 and are right 0.3 of
/// the time; at 10 almost nothing is flagged at 20 cameras.
const OFF_MAP_PLACES: f64 = 3.0;

/// The log score of a stop somewhere off the map: `score` at every street corner, averaged
/// (as a probability) and weighted by [`OFF_MAP_PLACES`]. Normalising a stop's probability
/// over home, work, every mapped place and this keeps a sensitive place from looking likely
/// only because the mapped alternatives are few.
pub(super) fn off_the_map(routes: &RouteModel, score: impl Fn(u32) -> f32) -> f32 {
    let corners = routes.intersection_count() as u32;
    let scores: Vec<f64> = (0..corners)
        .map(&score)
        .filter(|&s| s > IMPOSSIBLE)
        .map(f64::from)
        .collect();
    let Some(best) = scores.iter().copied().reduce(f64::max) else {
        return IMPOSSIBLE;
    };
    // In f64: native and wasm round f64 logarithms alike, not f32 ones.
    let mean = scores.iter().map(|s| (s - best).exp()).sum::<f64>() / f64::from(corners.max(1));
    (best + mean.ln() + OFF_MAP_PLACES.ln()) as f32
}

/// Which of the places of one kind a car goes to falls off with their distance from home:
/// a place this much farther than another is `e` times less likely to be the one chosen
/// (the gravity model of store choice, Huff 1963; travel surveys find most trips to a
/// grocery, a gym or a place of worship short). Chosen among 1,000, 2,500 and 4,000 m with
/// `examples/evaluate.rs` on training seeds 1 to 40 (issue 17, see `docs/analyst/sensitive.md`).
const CHOICE_DECAY_METERS: f64 = 2_500.0;

/// A place's choice weight never counts for less than this share of an average one, so a
/// wrong home does not veto the place really visited.
const MIN_CHOICE_SHARE: f64 = 0.05;

/// Home candidates whose weight adds up to this share are used for the choice weights.
const HOME_MASS: f64 = 0.95;

/// Per mapped place, the log of its weight as the place of its kind a car from this home
/// would go to: `ln(n * share)`, the place's share among the `n` places of its kind (each
/// weighed by [`CHOICE_DECAY_METERS`] from home), averaged over `home`'s candidate corners
/// (node, probability), likeliest first. The kinds keep their total weight (`n`), so this
/// only says which of them, not whether the car went to one; 0 for every place when home
/// is unknown.
pub(super) fn place_choice_log_weights(
    routes: &RouteModel,
    map: &TownMap,
    home: &[(u32, f64)],
) -> Vec<f32> {
    let mut out = vec![0.0f32; map.places.len()];
    let mut corners: Vec<(u32, f64)> = Vec::new();
    let mut mass = 0.0;
    for &(node, weight) in home {
        if mass >= HOME_MASS {
            break;
        }
        mass += weight;
        corners.push((node, weight));
    }
    if mass <= 0.0 {
        return out;
    }
    let mut by_kind: BTreeMap<PlaceKind, Vec<usize>> = BTreeMap::new();
    for (i, place) in map.places.iter().enumerate() {
        if !matches!(place.kind, PlaceKind::Home | PlaceKind::OutOfTown) {
            by_kind.entry(place.kind).or_default().push(i);
        }
    }
    let frame = routes.frame();
    for places in by_kind.values() {
        let mut shares = vec![0.0f64; places.len()];
        for &(node, weight) in &corners {
            let at = routes.node_position(node);
            // In f64: native and wasm round f64 exponentials alike, not f32 ones.
            let pulls: Vec<f64> = places
                .iter()
                .map(|&i| {
                    let meters = frame.distance_meters(at, map.places[i].position);
                    (-meters / CHOICE_DECAY_METERS).exp()
                })
                .collect();
            let sum: f64 = pulls.iter().sum();
            if sum > 0.0 {
                for (share, pull) in shares.iter_mut().zip(&pulls) {
                    *share += weight * pull / sum;
                }
            }
        }
        let n = places.len() as f64;
        for (&i, share) in places.iter().zip(&shares) {
            out[i] = (n * share / mass).max(MIN_CHOICE_SHARE).ln() as f32;
        }
    }
    out
}

/// Whether places of this kind publish service times an analyst can look up: churches
/// (Sunday morning; the most common start is 9:30 to 10:30, Church Answers' survey),
/// mosques (Friday prayers just after noon) and synagogues (Saturday morning, Friday
/// evening), the sources in the About page (`church-answers-service-times`,
/// `wikipedia-friday-prayer`, `chabad-central-shabbat`). Temples are not among them: no
/// source was found for their schedule, so they get neither the bonus nor the cost.
pub(super) fn publishes_service_times(kind: PlaceKind) -> bool {
    matches!(
        kind,
        PlaceKind::Church | PlaceKind::Mosque | PlaceKind::Synagogue
    )
}

/// What a car did at a place, in simulation minutes: got there (the end of a drive after a
/// read), left (the start of a drive before a read), or was there at most from the first
/// minute to the second (a stop between two reads, less the drives there and back).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum AtPlace {
    Arrived(u32),
    Left(u32),
    Between(u32, u32),
}

/// One published service of a kind of place: its weekday, the range of its usual start
/// times (minute of day) and how long a visitor stays for it, in minutes.
struct Service {
    weekday: Weekday,
    first_start: u32,
    last_start: u32,
    shortest_stay: u32,
    longest_stay: u32,
}

/// Visitors come up to this many minutes before a service starts...
const EARLY_MINUTES: u32 = 30;

/// ...or this many after (late, or at the next of two services a few minutes apart)...
const LATE_MINUTES: u32 = 10;

/// ...and leave up to this many minutes after it ends (talking, coffee).
const LINGER_MINUTES: u32 = 30;

/// The published services of places of this kind ([`publishes_service_times`]): a church's
/// Sunday service most often starts between 9:30 and 10:30 (Church Answers' survey) and
/// lasts an hour to an hour and a half (a mass about an hour); Friday prayers start just
/// after noon (12:00 to 13:00 here) with the sermon, 45 to 90 minutes in all; a
/// synagogue's Saturday service runs from 9:30 to shortly after noon (an hour and a half
/// at least of it) and Friday evening's starts at 18:30 or 19:30 (Chabad Central's
/// published schedule).
fn services(kind: PlaceKind) -> &'static [Service] {
    use Weekday::*;
    const fn at(hour: u32, minute: u32) -> u32 {
        hour * 60 + minute
    }
    const CHURCH: [Service; 1] = [Service {
        weekday: Sunday,
        first_start: at(9, 30),
        last_start: at(10, 30),
        shortest_stay: 60,
        longest_stay: 90,
    }];
    const MOSQUE: [Service; 1] = [Service {
        weekday: Friday,
        first_start: at(12, 0),
        last_start: at(13, 0),
        shortest_stay: 45,
        longest_stay: 90,
    }];
    const SYNAGOGUE: [Service; 2] = [
        Service {
            weekday: Saturday,
            first_start: at(9, 30),
            last_start: at(9, 30),
            shortest_stay: 90,
            longest_stay: 180,
        },
        Service {
            weekday: Friday,
            first_start: at(18, 30),
            last_start: at(19, 30),
            shortest_stay: 60,
            longest_stay: 90,
        },
    ];
    match kind {
        PlaceKind::Church => &CHURCH,
        PlaceKind::Mosque => &MOSQUE,
        PlaceKind::Synagogue => &SYNAGOGUE,
        _ => &[],
    }
}

/// Whether what the car did at a place of this kind fits one of its published services
/// ([`publishes_service_times`]): it arrived about when a service starts, left about when
/// one ends, or could have stayed for a whole one. Arrival and departure are told apart
/// (issue 17): the drive home from Sunday service, read at 10:50, ends at home, not at the
/// church it just left. Not union meetings: weekday evenings are also the drive home from
/// work.
pub(super) fn fits_service(kind: PlaceKind, at: AtPlace) -> bool {
    let minute = match at {
        AtPlace::Arrived(m) | AtPlace::Left(m) | AtPlace::Between(m, _) => m,
    };
    let day_start = minute - minute % MINUTES_PER_DAY;
    let weekday = Weekday::of_minute(minute);
    services(kind)
        .iter()
        .filter(|s| s.weekday == weekday)
        .any(|s| {
            let (first, last) = (day_start + s.first_start, day_start + s.last_start);
            match at {
                AtPlace::Arrived(m) => {
                    (first.saturating_sub(EARLY_MINUTES)..=last + LATE_MINUTES).contains(&m)
                }
                AtPlace::Left(m) => {
                    (first + s.shortest_stay..=last + s.longest_stay + LINGER_MINUTES).contains(&m)
                }
                // Some start time the car could have been there for, from the start (or
                // a little late) to the shortest stay's end.
                AtPlace::Between(arrive, leave) => {
                    let earliest = first.max(arrive.saturating_sub(LATE_MINUTES));
                    let latest = last.min(leave.saturating_sub(s.shortest_stay));
                    earliest <= latest
                }
            }
        })
}

/// How a stop comes back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Recurrence {
    /// Not at this time on the same weekday of another week.
    OneOff,
    /// On the same weekday at about the same time, in another week.
    Weekly,
    /// On a workday, at about the same time on at least three different workdays (see
    /// `habits.rs`).
    Daily,
}

/// Log-likelihood cost of a sensitive place for a stop the car makes at about the same time
/// every workday ([`habit_cost`]; issue 17, see `habits.rs`).
const DAILY_HABIT_COST: f32 = 2.0;

/// What a stop's recurrence says against a sensitive place of this kind, as a log cost:
/// nobody but their staff goes to a place of worship, a clinic, a union hall or a court at
/// the same hour every workday, so a stop that recurs so is the commute or work. A
/// shelter is lived in, so its habits say nothing; nor does anything about places that are
/// not sensitive, or a weekly habit (worship and union meetings are weekly).
pub(super) fn habit_cost(kind: PlaceKind, recurrence: Recurrence) -> f32 {
    if kind.is_sensitive() && kind != PlaceKind::Shelter && recurrence == Recurrence::Daily {
        DAILY_HABIT_COST
    } else {
        0.0
    }
}

/// Whether a place of this kind is usually open (or in use) at some time between two
/// minutes of the simulation, by common knowledge of opening hours: bars in the evening,
/// schools, clinics, courts and offices on weekdays by day, worship on its days. Places that
/// are open around the clock, and friends' houses, always are.
pub(super) fn usually_open(kind: PlaceKind, from_minute: u32, to_minute: u32) -> bool {
    use PlaceKind::*;
    // Check every half hour of the stop (at most a day).
    let to_minute = to_minute.min(from_minute + MINUTES_PER_DAY);
    (from_minute..=to_minute).step_by(30).any(|minute| {
        let weekday = Weekday::of_minute(minute);
        let hour = minute % MINUTES_PER_DAY / 60;
        let weekday_hours =
            |open: u32, close: u32| !weekday.is_weekend() && (open..close).contains(&hour);
        match kind {
            Bar => !(2..16).contains(&hour),
            Restaurant => (7..23).contains(&hour),
            Store | Grocery => (7..22).contains(&hour),
            Gym => (5..23).contains(&hour),
            School | Daycare => weekday_hours(7, 18),
            ReproductiveHealthClinic | ImmigrationLegalAid | Courthouse => weekday_hours(8, 18),
            // Town meetings and protests happen in the evening and at weekends too.
            TownHall | UnionHall => (8..22).contains(&hour),
            Church => weekday == Weekday::Sunday || (17..21).contains(&hour),
            Mosque => (5..22).contains(&hour),
            Synagogue => {
                matches!(weekday, Weekday::Friday | Weekday::Saturday) || (17..21).contains(&hour)
            }
            Temple => (6..21).contains(&hour),
            Home | FriendsHouse | Hospital | Factory | OfficePark | OutOfTown | Shelter => true,
            Park => (6..22).contains(&hour),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Scenario, simulate};

    /// Sunday service (starting 9:30 to 10:30): a car getting to the church at 9:20 is
    /// arriving for it, one leaving at 10:50 is going home from it, and neither the other
    /// way round; a stop from 9:25 to 10:50 holds a whole service, one from 11:00 to
    /// 12:30 does not, and a Tuesday is no service day.
    #[test]
    fn service_times_tell_arriving_for_a_service_from_leaving_it() {
        let sunday = 6 * MINUTES_PER_DAY;
        let at = |hour: u32, minute: u32| sunday + hour * 60 + minute;
        let church = PlaceKind::Church;
        assert_eq!(Weekday::of_minute(sunday), Weekday::Sunday);
        assert!(fits_service(church, AtPlace::Arrived(at(9, 20))));
        assert!(!fits_service(church, AtPlace::Arrived(at(10, 50))));
        assert!(fits_service(church, AtPlace::Left(at(10, 50))));
        assert!(!fits_service(church, AtPlace::Left(at(9, 20))));
        assert!(fits_service(
            church,
            AtPlace::Between(at(9, 25), at(10, 50))
        ));
        assert!(!fits_service(
            church,
            AtPlace::Between(at(11, 0), at(12, 30))
        ));
        let tuesday = at(9, 20) - 5 * MINUTES_PER_DAY;
        assert!(!fits_service(church, AtPlace::Arrived(tuesday)));
        assert!(!fits_service(PlaceKind::Gym, AtPlace::Arrived(at(9, 20))));
    }

    /// A car living beside one of the town's places of a kind (a store, a church) is taken
    /// to use that one rather than a farther one, and the places of the kind together keep
    /// the weight of as many places (the prior says which, not whether the car went).
    #[test]
    fn the_place_of_a_kind_nearer_home_weighs_more_and_the_kind_keeps_its_weight() {
        let scenario = Scenario {
            seed: 1,
            population: 300,
            ..Scenario::default()
        };
        let sim = simulate(&scenario).expect("a run");
        let routes = RouteModel::new(&sim.map);
        let of_kind = |kind: PlaceKind| -> Vec<usize> {
            (0..sim.map.places.len())
                .filter(|&i| sim.map.places[i].kind == kind)
                .collect()
        };
        let places = sim
            .map
            .places
            .iter()
            .map(|p| p.kind)
            .filter(|&k| !matches!(k, PlaceKind::Home | PlaceKind::OutOfTown))
            .map(of_kind)
            .max_by_key(Vec::len)
            .expect("mapped places");
        assert!(
            places.len() >= 2,
            "{} places of the commonest kind",
            places.len()
        );
        let home = routes
            .nearest_node(sim.map.places[places[0]].position)
            .expect("a corner");
        let weights = place_choice_log_weights(&routes, &sim.map, &[(home, 1.0)]);
        for &other in &places[1..] {
            assert!(weights[places[0]] > weights[other], "{weights:?}");
        }
        let total: f64 = places.iter().map(|&i| f64::from(weights[i]).exp()).sum();
        assert!(total >= places.len() as f64 - 1e-3, "{total}");
        assert!(
            place_choice_log_weights(&routes, &sim.map, &[])
                .iter()
                .all(|&w| w == 0.0)
        );
    }
}
