//! A regular stop of the commuter's week: why they stop ([`StopPurpose`]), on which days
//! ([`StopDays`]), where, when and for how long ([`RegularStop`]).
//!
//! Plain, serialisable data the visitor edits; this module must not draw random numbers
//! or know any map.

use serde::{Deserialize, Serialize};

use crate::sim::model::{LonLat, PlaceKind, Weekday};

/// Why the commuter stops somewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum StopPurpose {
    SchoolDropOff,
    Gym,
    Grocery,
    Worship,
    Clinic,
    LegalAid,
    UnionMeeting,
    Protest,
    Friend,
    WeekendTrip,
    /// A day's work somewhere other than the usual workplace (a day labourer's site).
    JobSite,
    CourtHearing,
    /// A bar or a restaurant in the evening.
    NightOut,
    /// A second job besides the main one (or a student's job besides classes).
    PartTimeJob,
    /// Shopping other than groceries: the hardware store, the pharmacy.
    Errand,
}

impl StopPurpose {
    /// Every purpose, in the order the stop editor offers them.
    pub const ALL: [StopPurpose; 15] = [
        StopPurpose::SchoolDropOff,
        StopPurpose::Gym,
        StopPurpose::Grocery,
        StopPurpose::Errand,
        StopPurpose::Worship,
        StopPurpose::Clinic,
        StopPurpose::LegalAid,
        StopPurpose::CourtHearing,
        StopPurpose::UnionMeeting,
        StopPurpose::Protest,
        StopPurpose::Friend,
        StopPurpose::NightOut,
        StopPurpose::JobSite,
        StopPurpose::PartTimeJob,
        StopPurpose::WeekendTrip,
    ];

    /// The stop's purpose in words, as a plan's error (`SimError`) names it.
    pub fn label(self) -> &'static str {
        match self {
            StopPurpose::SchoolDropOff => "school drop-off",
            StopPurpose::Gym => "gym",
            StopPurpose::Grocery => "grocery run",
            StopPurpose::Worship => "weekly worship",
            StopPurpose::Clinic => "clinic visit",
            StopPurpose::LegalAid => "legal aid appointment",
            StopPurpose::UnionMeeting => "union meeting",
            StopPurpose::Protest => "protest",
            StopPurpose::Friend => "friend's house",
            StopPurpose::WeekendTrip => "weekend trip",
            StopPurpose::JobSite => "job site",
            StopPurpose::CourtHearing => "court hearing",
            StopPurpose::NightOut => "night out",
            StopPurpose::PartTimeJob => "part-time job",
            StopPurpose::Errand => "errand",
        }
    }

    /// The likeliest reason to stop at a place of `kind` (the stop editor's first guess).
    pub fn for_kind(kind: PlaceKind) -> StopPurpose {
        use PlaceKind::*;
        match kind {
            School | Daycare => StopPurpose::SchoolDropOff,
            PlaceKind::Gym => StopPurpose::Gym,
            PlaceKind::Grocery => StopPurpose::Grocery,
            Store => StopPurpose::Errand,
            Church | Mosque | Synagogue | Temple => StopPurpose::Worship,
            Hospital | ReproductiveHealthClinic => StopPurpose::Clinic,
            ImmigrationLegalAid => StopPurpose::LegalAid,
            Courthouse => StopPurpose::CourtHearing,
            UnionHall => StopPurpose::UnionMeeting,
            TownHall => StopPurpose::Protest,
            Home | FriendsHouse => StopPurpose::Friend,
            Bar | Restaurant => StopPurpose::NightOut,
            Factory | OfficePark => StopPurpose::JobSite,
            OutOfTown => StopPurpose::WeekendTrip,
            Park | Shelter => StopPurpose::Errand,
        }
    }
}

/// Which days a stop happens.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum StopDays {
    /// Every week on these days (skipped now and then when plans change).
    Weekly(Vec<Weekday>),
    /// On these simulation days only (day 0 is the first Monday).
    OnDays(Vec<u32>),
}

impl StopDays {
    /// True when the stop is planned on simulation day `day` (day 0 is the first Monday).
    pub fn includes(&self, day: u32) -> bool {
        match self {
            StopDays::Weekly(days) => days.contains(&Weekday::ALL[(day % 7) as usize]),
            StopDays::OnDays(days) => days.contains(&day),
        }
    }
}

/// A regular stop in the commuter's life.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegularStop {
    pub purpose: StopPurpose,
    /// The kind of place; an existing place of this kind within 150 m of `position` is
    /// used, otherwise a new one is put there.
    pub kind: PlaceKind,
    /// Lon/lat degrees.
    pub position: LonLat,
    pub days: StopDays,
    /// Planned arrival, minutes after midnight.
    pub arrive_minute_of_day: u32,
    /// Planned stay in minutes (may run past midnight, e.g. a weekend away).
    pub stay_minutes: u32,
    /// The partner drives there too (in their own car, a minute or two apart).
    pub with_partner: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::generate_town;

    mod stop_purpose {
        use super::*;

        #[test]
        fn every_kind_of_place_in_town_has_a_likely_purpose_the_editor_offers() {
            let map = generate_town(2, crate::sim::DEFAULT_CAMERA_COUNT);
            let kinds = map.places.iter().map(|p| p.kind).chain([PlaceKind::Home]);
            for kind in kinds {
                assert!(
                    StopPurpose::ALL.contains(&StopPurpose::for_kind(kind)),
                    "{kind:?}"
                );
            }
            assert_eq!(
                StopPurpose::for_kind(PlaceKind::UnionHall),
                StopPurpose::UnionMeeting
            );
        }
    }
}
