//! The half-made regular stop in the stop editor ([`StopDraft`]) and its checks: where it is
//! (a town place or a spot picked on the map), its purpose, days, arrival and stay, and what
//! is missing before it can join the visitor's plan.
//!
//! Pure form state, tested natively: the simulator's reducer edits it, the stop editor view
//! draws it. No UI crates.

use super::limits::{MAX_STAY_MINUTES, MIN_STAY_MINUTES, SNAP_METERS};
use crate::sim::geometry::LocalFrame;
use crate::sim::{LonLat, Place, PlaceKind, RegularStop, StopDays, StopPurpose, TownMap, Weekday};
use crate::text;

/// Where the new stop is.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftPlace {
    pub kind: PlaceKind,
    pub name: String,
    /// Lon/lat degrees.
    pub position: LonLat,
}

/// The stop the visitor is putting together, before it joins the plan. Times are kept as
/// typed, so a bad one can be shown back with a message.
#[derive(Clone, Debug, PartialEq)]
pub struct StopDraft {
    pub place: Option<DraftPlace>,
    pub purpose: StopPurpose,
    pub days: Vec<Weekday>,
    /// Arrival as typed, `HH:MM`.
    pub arrive: String,
    /// Stay as typed, minutes.
    pub stay_minutes: String,
    /// Why the last try to add it failed.
    pub problem: Option<&'static str>,
    /// Tries to add it that failed: the editor draws the message anew at each, so it is
    /// shown and said again even when it is the same.
    pub refusals: u32,
}

impl Default for StopDraft {
    fn default() -> StopDraft {
        StopDraft {
            place: None,
            purpose: StopPurpose::Gym,
            days: Vec::new(),
            arrive: "18:00".to_owned(),
            stay_minutes: "60".to_owned(),
            problem: None,
            refusals: 0,
        }
    }
}

/// One change to the draft.
#[derive(Clone, Debug, PartialEq)]
pub enum DraftEdit {
    /// A spot (lon/lat degrees) from the place list or a map click.
    Spot(LonLat),
    Purpose(StopPurpose),
    ToggleDay(Weekday),
    Arrive(String),
    Stay(String),
}

/// `HH:MM` (24 hours) as minutes after midnight.
pub fn parse_clock(text: &str) -> Option<u32> {
    let (hours, minutes) = text.trim().split_once(':')?;
    let (hours, minutes) = (hours.parse::<u32>().ok()?, minutes.parse::<u32>().ok()?);
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

/// Minutes after midnight as `HH:MM`.
pub fn format_clock(minute_of_day: u32) -> String {
    format!("{:02}:{:02}", (minute_of_day / 60) % 24, minute_of_day % 60)
}

/// The town place (not a home) nearest `position` within [`SNAP_METERS`], or the spot
/// itself as a friend's house.
pub fn place_at(town: &TownMap, position: LonLat) -> DraftPlace {
    town_place_at(town, position).map_or_else(
        || DraftPlace {
            kind: PlaceKind::FriendsHouse,
            name: text::stop_spot_name().to_owned(),
            position,
        },
        |p| DraftPlace {
            kind: p.kind,
            name: text::capitalised(&text::place_name(&p.name, p.kind)),
            position: p.position,
        },
    )
}

fn town_place_at(town: &TownMap, position: LonLat) -> Option<&Place> {
    let frame = LocalFrame::around(town.intersections.iter().map(|i| i.position));
    let at = frame.to_local(position);
    let meters = |p: LonLat| frame.to_local(p).distance_meters(at);
    town.places
        .iter()
        .filter(|p| p.kind != PlaceKind::Home && meters(p.position) <= SNAP_METERS)
        .min_by(|a, b| meters(a.position).total_cmp(&meters(b.position)))
}

/// The name of the town place at a stop's position, or the stop's purpose (also where the
/// place is one the visitor's plan added without a name).
pub fn place_name(town: Option<&TownMap>, stop: &RegularStop) -> String {
    town.and_then(|t| town_place_at(t, stop.position))
        .filter(|p| p.kind == stop.kind && !p.name.is_empty())
        .map_or_else(
            || text::capitalised(text::stop_purpose_name(stop.purpose)),
            |p| p.name.clone(),
        )
}

impl StopDraft {
    /// The draft after `edit`; a new place also suggests its likeliest purpose.
    pub fn edited(&self, edit: DraftEdit, town: Option<&TownMap>) -> StopDraft {
        let mut draft = StopDraft {
            problem: None,
            ..self.clone()
        };
        match edit {
            DraftEdit::Spot(position) => {
                if let Some(town) = town {
                    let place = place_at(town, position);
                    draft.purpose = StopPurpose::for_kind(place.kind);
                    draft.place = Some(place);
                }
            }
            DraftEdit::Purpose(purpose) => draft.purpose = purpose,
            DraftEdit::ToggleDay(day) => {
                if let Some(i) = draft.days.iter().position(|d| *d == day) {
                    draft.days.remove(i);
                } else {
                    draft.days.push(day);
                    crate::sim::stable_sort::sort(&mut draft.days);
                }
            }
            DraftEdit::Arrive(text) => draft.arrive = text,
            DraftEdit::Stay(text) => draft.stay_minutes = text,
        }
        draft
    }

    /// The draft after a try to add it failed for `problem`.
    pub fn refused(&self, problem: &'static str) -> StopDraft {
        StopDraft {
            problem: Some(problem),
            refusals: self.refusals.wrapping_add(1),
            ..self.clone()
        }
    }

    /// The stop, or what the visitor must fix first.
    pub fn to_stop(&self) -> Result<RegularStop, &'static str> {
        let place = self.place.as_ref().ok_or(text::stop_needs_place())?;
        if self.days.is_empty() {
            return Err(text::stop_needs_day());
        }
        let arrive = parse_clock(&self.arrive).ok_or(text::stop_bad_time())?;
        let stay = self
            .stay_minutes
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|m| (MIN_STAY_MINUTES..=MAX_STAY_MINUTES).contains(m))
            .ok_or(text::stop_bad_stay())?;
        Ok(RegularStop {
            purpose: self.purpose,
            kind: place.kind,
            position: place.position,
            days: StopDays::Weekly(self.days.clone()),
            arrive_minute_of_day: arrive,
            stay_minutes: stay,
            with_partner: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{DEFAULT_CAMERA_COUNT, generate_town};

    fn town() -> TownMap {
        generate_town(1, DEFAULT_CAMERA_COUNT)
    }

    fn temple(town: &TownMap) -> LonLat {
        town.places
            .iter()
            .find(|p| p.kind == PlaceKind::Temple)
            .expect("a temple")
            .position
    }

    mod clock {
        use super::*;

        #[test]
        fn reads_hours_and_minutes_and_refuses_nonsense() {
            assert_eq!(parse_clock("17:30"), Some(17 * 60 + 30));
            assert_eq!(parse_clock(" 07:05 "), Some(7 * 60 + 5));
            for bad in ["24:00", "12:60", "noon", "", "-1:00"] {
                assert_eq!(parse_clock(bad), None, "{bad}");
            }
            assert_eq!(format_clock(17 * 60 + 5), "17:05");
        }
    }

    mod draft {
        use super::*;

        #[test]
        fn a_picked_place_suggests_its_purpose() {
            let town = town();
            let draft = StopDraft::default().edited(DraftEdit::Spot(temple(&town)), Some(&town));
            let place = draft.place.as_ref().expect("a place");
            assert_eq!(place.kind, PlaceKind::Temple);
            assert_eq!(draft.purpose, StopPurpose::Worship);
        }

        #[test]
        fn a_click_near_a_place_means_that_place_and_far_from_all_a_friends_house() {
            let town = town();
            let near = [temple(&town)[0] + 0.0005, temple(&town)[1]];
            let draft = StopDraft::default().edited(DraftEdit::Spot(near), Some(&town));
            assert_eq!(draft.place.map(|p| p.kind), Some(PlaceKind::Temple));
            let nowhere = [-80.0, 10.0];
            let draft = StopDraft::default().edited(DraftEdit::Spot(nowhere), Some(&town));
            let place = draft.place.expect("a spot");
            assert_eq!(
                (place.kind, place.position),
                (PlaceKind::FriendsHouse, nowhere)
            );
        }

        #[test]
        fn becomes_a_weekly_stop_once_it_has_a_place_and_a_day() {
            let town = town();
            let draft = StopDraft::default()
                .edited(DraftEdit::Spot(temple(&town)), Some(&town))
                .edited(DraftEdit::ToggleDay(Weekday::Sunday), None)
                .edited(DraftEdit::Arrive("09:15".into()), None)
                .edited(DraftEdit::Stay("90".into()), None);
            let stop = draft.to_stop().expect("a stop");
            assert_eq!(stop.days, StopDays::Weekly(vec![Weekday::Sunday]));
            assert_eq!(
                (stop.arrive_minute_of_day, stop.stay_minutes),
                (9 * 60 + 15, 90)
            );
        }

        #[test]
        fn says_what_is_missing_or_absurd() {
            let town = town();
            assert_eq!(
                StopDraft::default().to_stop(),
                Err(text::stop_needs_place())
            );
            let placed = StopDraft::default().edited(DraftEdit::Spot(temple(&town)), Some(&town));
            assert_eq!(placed.to_stop(), Err(text::stop_needs_day()));
            let with_day = placed.edited(DraftEdit::ToggleDay(Weekday::Monday), None);
            for stay in ["0", "4", "4321", "-5", "lots"] {
                let draft = with_day.edited(DraftEdit::Stay(stay.into()), None);
                assert_eq!(draft.to_stop(), Err(text::stop_bad_stay()), "{stay}");
            }
            let draft = with_day.edited(DraftEdit::Arrive("25:00".into()), None);
            assert_eq!(draft.to_stop(), Err(text::stop_bad_time()));
        }

        #[test]
        fn each_failed_try_is_a_new_refusal_even_with_the_same_problem() {
            let once = StopDraft::default().refused(text::stop_bad_stay());
            let twice = once
                .edited(DraftEdit::Stay("999999".into()), None)
                .refused(text::stop_bad_stay());
            assert_eq!(twice.problem, once.problem);
            assert_ne!(twice, once, "the second refusal is drawn and said again");
            assert_ne!(twice.refused(text::stop_bad_stay()), twice);
        }

        #[test]
        fn toggling_a_day_twice_removes_it() {
            let draft = StopDraft::default()
                .edited(DraftEdit::ToggleDay(Weekday::Friday), None)
                .edited(DraftEdit::ToggleDay(Weekday::Friday), None);
            assert!(draft.days.is_empty());
        }
    }
}
