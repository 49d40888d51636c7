//! How a stop recurs in the car's weeks: once, on the same weekday at about the same time
//! in other weeks (the gym on Tuesdays, Sunday service), or at about the same time on
//! most workdays (the commute). What that says about the place is common knowledge
//! ([`super::priors::habit_cost`]): nobody but their staff goes to a sensitive place at
//! the same hour every workday.
//!
//! Issue 17, training seeds 1 to 20 and 21 to 40 (sensitive visits precision / recall,
//! `examples/evaluate.rs` definitions, after the service times told arrival from
//! departure): at 80 cameras most wrong flags were the morning drive to work, the same
//! every weekday, taken for the union hall or the temple near its last camera (a stop's
//! first end after a read, where the estimated workplace is wrong). The daily cost
//! (2 in log-likelihood) took 80 cameras from 0.60 / 0.41 to 0.83 / 0.41 (seeds 1 to 20)
//! and from 0.60 / 0.42 to 0.80 / 0.42 (21 to 40), with 20 and 40 cameras unchanged.
//! Not kept: the same cost for appointments (clinic, legal aid, court, town hall) at a
//! weekly habit, against the after-work gym sessions taken for the legal-aid office
//! beside the gym: at 40 cameras 0.83 / 0.29 to 0.89 / 0.28 on seeds 1 to 20 but 0.97 /
//! 0.23 to 0.88 / 0.17 on 21 to 40 (it took the town hall's small share out of right
//! church flags, which then fell below the threshold), 20 cameras 0.96 / 0.16 to 0.95 /
//! 0.13; a cost of 1 or 3 did no better at 40 cameras (0.88 / 0.25, 0.98 / 0.28 on 1 to 20).
//!
//! This module only says how a stop recurs; it must not score places, and must not read
//! [`crate::sim::Sighting::vehicle`] or any truth.

use super::drive_ends::DriveEnd;
use super::drive_evidence::StayContext;
use super::priors::Recurrence;
use crate::sim::{MINUTES_PER_DAY, Weekday};

/// Reads count as the same habit within this many minutes of the same time of day (as
/// repeated drive ends do in `drive_ends.rs`).
const HABIT_WINDOW_MINUTES: u32 = 45;

/// A habit on at least this many different weekdays is a daily one (the commute).
const DAILY_MIN_WEEKDAYS: usize = 3;

/// Whether two minutes are at about the same time of day.
pub(super) fn same_time_of_day(a: u32, b: u32) -> bool {
    (a % MINUTES_PER_DAY).abs_diff(b % MINUTES_PER_DAY) <= HABIT_WINDOW_MINUTES
}

/// How the stop at `own` (a read's minute) recurs among `alike`: the minutes of the stops
/// like it (the caller's choice: the same end of a drive, or the same gap, at about the
/// same time of day), `own` among them or not.
pub(super) fn recurrence(own: u32, alike: impl IntoIterator<Item = u32>) -> Recurrence {
    let day = |m: u32| m / MINUTES_PER_DAY;
    let mut weekdays = vec![Weekday::of_minute(own)];
    let mut weekly = false;
    for m in alike {
        if day(m) == day(own) {
            continue;
        }
        let weekday = Weekday::of_minute(m);
        weekly |= weekday == Weekday::of_minute(own);
        if !weekdays.contains(&weekday) {
            weekdays.push(weekday);
        }
    }
    // Only workdays make a daily habit: Sunday morning at nine is not the commute.
    weekdays.retain(|w| !w.is_weekend());
    if !Weekday::of_minute(own).is_weekend() && weekdays.len() >= DAILY_MIN_WEEKDAYS {
        Recurrence::Daily
    } else if weekly {
        Recurrence::Weekly
    } else {
        Recurrence::OneOff
    }
}

/// Per stop between two reads (none spanning a night), how it recurs: stops whose reads
/// before and after are both at about the same times of day.
pub(super) fn stop_recurrences(stays: &[StayContext]) -> Vec<Recurrence> {
    stays
        .iter()
        .map(|c| {
            let alike = stays.iter().filter(|o| {
                same_time_of_day(o.stay.from_minute, c.stay.from_minute)
                    && same_time_of_day(o.stay.to_minute, c.stay.to_minute)
            });
            recurrence(c.stay.from_minute, alike.map(|o| o.stay.from_minute))
        })
        .collect()
}

/// Per end of a long gap, how it recurs: the same end of a drive (after or before its
/// read) at about the same time of day.
pub(super) fn end_recurrences(ends: &[DriveEnd]) -> Vec<Recurrence> {
    ends.iter()
        .map(|e| {
            let alike = ends
                .iter()
                .filter(|o| o.side == e.side && same_time_of_day(o.read_minute, e.read_minute));
            recurrence(e.read_minute, alike.map(|o| o.read_minute))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: u32 = MINUTES_PER_DAY;

    #[test]
    fn the_same_weekday_and_hour_a_week_later_is_weekly() {
        let tuesday_17 = DAY + 17 * 60;
        assert_eq!(
            recurrence(tuesday_17, [tuesday_17, tuesday_17 + 7 * DAY + 20]),
            Recurrence::Weekly
        );
        assert_eq!(
            recurrence(tuesday_17, [tuesday_17 + 7 * DAY + 20 + 2 * DAY]),
            Recurrence::OneOff
        );
    }

    #[test]
    fn the_same_hour_on_three_weekdays_is_daily() {
        let monday_9 = 9 * 60;
        let days = [monday_9, monday_9 + DAY, monday_9 + 2 * DAY];
        assert_eq!(recurrence(monday_9, days), Recurrence::Daily);
        assert_eq!(recurrence(monday_9, days[..2].to_vec()), Recurrence::OneOff);
    }

    #[test]
    fn times_of_day_match_within_the_window() {
        assert!(same_time_of_day(17 * 60, 3 * DAY + 17 * 60 + 45));
        assert!(!same_time_of_day(17 * 60, 3 * DAY + 17 * 60 + 46));
    }
}
