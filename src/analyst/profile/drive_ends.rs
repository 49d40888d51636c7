//! The ends of long gaps: a gap too long for one stop holds several, of which only the
//! first (where the drive after the read before the gap ended) and the last (where the
//! drive before the read after it began) can be placed. Scores every candidate (home,
//! work, each mapped place, off the map) for one such end; [`super::places`] combines the
//! same end in several weeks.
//!
//! This module must not decide what is flagged or attributed, and must not read
//! [`crate::sim::Sighting::vehicle`] or any truth.

use super::anchors::{EVENING_START_MINUTE, KnownAnchors, NIGHT_STAY_MINUTES};
use super::drive_evidence::{AnchorEvent, Basis, Side, StayContext, event_log_likelihood};
use super::priors::{
    AtPlace, CLOSED_PENALTY, fits_service, home_prior, off_the_map, publishes_service_times,
    usually_open,
};
use crate::analyst::index::SightingIndex;
use crate::analyst::routes::RouteModel;
use crate::analyst::stays::{DAY_START_MINUTE, IMPOSSIBLE, MIN_STOP_MINUTES, Stay};
use crate::sim::{CameraId, MINUTES_PER_DAY, PlaceId, PlaceKind, TownMap, Weekday};

/// Where the drive at one end of a long gap ended (`Side::AfterRead`: the first stop after
/// the read before the gap) or began (`Side::BeforeRead`: the last stop before the read
/// after it), as (log score, place) pairs; `None` stands for an anchor (home, work). The
/// score adds the chance the drive escaped the other cameras, a cost per minute of driving,
/// a cost for a place usually closed when the car would be there, a bonus for a place
/// at its usual hour of use (a service) and a cost for worship with published services
/// outside them, and how likely this car is to use the place rather than another of its
/// kind nearer home. A drive that left home does not end there, and one that ends at home
/// did not start there.
pub(super) fn drive_end_candidates(
    index: &SightingIndex,
    routes: &RouteModel,
    map: &TownMap,
    context: &StayContext,
    side: Side,
    known: &KnownAnchors,
    scratch: &mut Vec<f32>,
) -> Vec<(f32, Option<PlaceId>)> {
    let (anchors, home_nodes) = (&known.anchors, &known.home_nodes);
    let stay = &context.stay;
    let (read, same_drive, from_home) = match side {
        Side::AfterRead => (stay.before, stay.before_that, context.from_home),
        Side::BeforeRead => (stay.after, stay.after_that, context.to_home),
    };
    let event = AnchorEvent {
        read,
        side,
        budget_seconds: (stay.gap_minutes().saturating_sub(MIN_STOP_MINUTES) * 60) as f64,
        same_drive,
        commute: false,
    };
    event_log_likelihood(routes, index, &event, Basis::OneDrive, scratch);
    let camera = index.get(read).camera;
    let Some(reach) = (match side {
        Side::AfterRead => routes.after(camera),
        Side::BeforeRead => routes.before(camera),
    }) else {
        return Vec::new();
    };
    let read_minute = index.get(read).minute;
    // The last drive of an evening and the first of a morning are most often to and from
    // home, the same reads the home is located from (Krumm 2007).
    let of_day = read_minute % MINUTES_PER_DAY;
    let home_time = stay.spans_night()
        && stay.gap_minutes() >= NIGHT_STAY_MINUTES
        && match side {
            Side::AfterRead => !(DAY_START_MINUTE..EVENING_START_MINUTE).contains(&of_day),
            Side::BeforeRead => (4 * 60..12 * 60).contains(&of_day),
        };
    let score = |node: u32| -> (f32, u32) {
        let x = node as usize;
        if x >= scratch.len() || scratch[x] <= IMPOSSIBLE {
            return (IMPOSSIBLE, 0);
        }
        let drive_minutes = reach.seconds[x] as f32 / 60.0;
        (scratch[x], drive_minutes.round() as u32)
    };
    let mut candidates: Vec<(f32, Option<PlaceId>)> = anchors
        .iter()
        .enumerate()
        // The first anchor is home when there is one.
        .map(|(i, a)| {
            let ll = match (i, home_nodes.is_empty()) {
                (0, false) if from_home => IMPOSSIBLE,
                (0, false) => {
                    home_nodes
                        .iter()
                        .map(|&n| score(n).0)
                        .fold(score(a.best_node).0, f32::max)
                        + if home_time { HOME_TIME_BONUS } else { 0.0 }
                        + home_prior()
                }
                _ => score(a.best_node).0,
            };
            (ll, None)
        })
        .collect();
    candidates.push((off_the_map(routes, |node| score(node).0), None));
    for (i, place) in map.places.iter().enumerate() {
        let door = routes.place_node(i as PlaceId);
        if place.kind == PlaceKind::Home {
            continue;
        }
        let (ll, drive_minutes) = score(door);
        if ll <= IMPOSSIBLE {
            candidates.push((IMPOSSIBLE, Some(i as PlaceId)));
            continue;
        }
        // When the car would be there: from arrival for half an hour, or the half hour
        // before it left.
        let at = match side {
            Side::AfterRead => read_minute + drive_minutes,
            Side::BeforeRead => read_minute.saturating_sub(drive_minutes + 30),
        };
        let closed = if usually_open(place.kind, at, at + 30) {
            0.0
        } else {
            CLOSED_PENALTY
        };
        // Arriving for a service, or leaving after one: told apart (see `fits_service`).
        let moment = match side {
            Side::AfterRead => AtPlace::Arrived(read_minute + drive_minutes),
            Side::BeforeRead => AtPlace::Left(read_minute.saturating_sub(drive_minutes)),
        };
        let usual = service_time_score(known.service_times, place.kind, || {
            fits_service(place.kind, moment)
        });
        candidates.push((ll - closed + usual + known.choice(i), Some(i as PlaceId)));
    }
    candidates
}

/// Log-likelihood bonus for home at the end of an evening's last drive or the start of a
/// morning's first.
const HOME_TIME_BONUS: f32 = 2.0;

/// Log-likelihood bonus for a place of worship at its service times (Friday prayers just
/// after noon, Sunday mass in the morning: published schedules; see
/// [`super::AnalystOptions::service_times`]).
const USUAL_HOUR_BONUS: f32 = 1.0;

/// Log-likelihood cost of a place of worship that publishes service times
/// ([`publishes_service_times`]) outside them: open, but most of its visitors come to the
/// services (issue 17, see `docs/analyst/sensitive.md`).
const OFF_HOURS_PENALTY: f32 = 1.0;

/// The service-times term of a place of `kind` (with `service_times` on): the bonus at its
/// usual hour of use (`at_usual_hour`), the cost outside it for worship with published
/// services, else nothing.
pub(super) fn service_time_score(
    service_times: bool,
    kind: PlaceKind,
    at_usual_hour: impl FnOnce() -> bool,
) -> f32 {
    if !service_times {
        0.0
    } else if at_usual_hour() {
        USUAL_HOUR_BONUS
    } else if publishes_service_times(kind) {
        -OFF_HOURS_PENALTY
    } else {
        0.0
    }
}

/// A member's log-probability of a place never counts for less than this when repeated
/// visits are combined, so one odd week does not veto the regular place.
pub(super) const LOG_FLOOR_REPEATED: f32 = -4.0;

/// Repeated drive ends: reads within this many minutes of the same time of day.
const REPEAT_WINDOW_MINUTES: u32 = 45;

/// One end of a long gap and where the drive there ended (or began).
pub(super) struct DriveEnd {
    pub(super) stay: Stay,
    pub(super) side: Side,
    /// The camera of the read at this end.
    pub(super) camera: CameraId,
    /// Minute of the read at this end.
    pub(super) read_minute: u32,
    /// Per candidate, the natural log of its probability (floored).
    pub(super) log_probabilities: Vec<f32>,
    /// The candidates: a place, or `None` for an anchor (home, work).
    pub(super) places: Vec<Option<PlaceId>>,
}

impl DriveEnd {
    /// True when `single`, a stop between two reads (kept as the end after its first
    /// read), was on the same weekday at about this end's time on another day, read on the
    /// same side: its first read for an end after a read, its last for an end before one.
    pub(super) fn repeats_as_single(&self, single: &DriveEnd) -> bool {
        let of_day = |m: u32| m % MINUTES_PER_DAY;
        let read = match self.side {
            Side::AfterRead => single.stay.from_minute,
            Side::BeforeRead => single.stay.to_minute,
        };
        Weekday::of_minute(self.read_minute) == Weekday::of_minute(read)
            && self.read_minute / MINUTES_PER_DAY != read / MINUTES_PER_DAY
            && of_day(self.read_minute).abs_diff(of_day(read)) <= REPEAT_WINDOW_MINUTES
    }

    /// True when `other` is the same end of a drive on the same weekday at about the same
    /// time of day, on another day.
    pub(super) fn repeats_as(&self, other: &DriveEnd) -> bool {
        let of_day = |m: u32| m % MINUTES_PER_DAY;
        self.side == other.side
            && Weekday::of_minute(self.read_minute) == Weekday::of_minute(other.read_minute)
            && self.read_minute / MINUTES_PER_DAY != other.read_minute / MINUTES_PER_DAY
            && of_day(self.read_minute).abs_diff(of_day(other.read_minute)) <= REPEAT_WINDOW_MINUTES
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end(side: Side, from_minute: u32, to_minute: u32) -> DriveEnd {
        let stay = Stay {
            before: 0,
            after: 1,
            before_that: None,
            after_that: None,
            from_minute,
            to_minute,
        };
        let read_minute = match side {
            Side::AfterRead => from_minute,
            Side::BeforeRead => to_minute,
        };
        DriveEnd {
            stay,
            side,
            camera: 0,
            read_minute,
            log_probabilities: Vec::new(),
            places: Vec::new(),
        }
    }

    /// A Saturday morning service read both ways one week (a stop between two reads) is
    /// the same visit as a Saturday read at 9:20 before a gap to Tuesday in another week,
    /// and as one at 11:30 after a gap from Thursday; not a read at 11:30 taken as the
    /// drive out, nor the same week, nor a Sunday.
    #[test]
    fn a_stop_read_both_ways_repeats_an_end_read_on_the_same_side_in_another_week() {
        let saturday = |week: u32, hour: u32, minute: u32| {
            (5 + 7 * week) * MINUTES_PER_DAY + hour * 60 + minute
        };
        let single = end(Side::AfterRead, saturday(1, 9, 15), saturday(1, 11, 35));
        let out = end(
            Side::AfterRead,
            saturday(2, 9, 20),
            saturday(2, 9, 20) + 3 * MINUTES_PER_DAY,
        );
        let back = end(
            Side::BeforeRead,
            saturday(0, 11, 30) - 2 * MINUTES_PER_DAY,
            saturday(0, 11, 30),
        );
        assert!(out.repeats_as_single(&single));
        assert!(back.repeats_as_single(&single));
        let out_late = end(
            Side::AfterRead,
            saturday(2, 11, 30),
            saturday(2, 11, 30) + MINUTES_PER_DAY,
        );
        assert!(!out_late.repeats_as_single(&single));
        let same_week = end(
            Side::AfterRead,
            saturday(1, 9, 15),
            saturday(1, 9, 15) + MINUTES_PER_DAY,
        );
        assert!(!same_week.repeats_as_single(&single));
        let sunday = end(
            Side::AfterRead,
            saturday(2, 9, 20) + MINUTES_PER_DAY,
            saturday(3, 9, 0),
        );
        assert!(!sunday.repeats_as_single(&single));
    }
}
