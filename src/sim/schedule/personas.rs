//! The ready-made lives the visitor can start from ([`Persona`]), which one a scenario
//! without a plan gets, and where in town each lives.
//!
//! Names and numbers only: the weeks are in `lives`, the plans on a map in `plan`. This
//! module must not draw random numbers; a new persona is added at the end, so that no
//! existing seed's run changes.

use serde::{Deserialize, Serialize};

/// A ready-made life the visitor can start from and change.
///
/// New personas are added at the end: the variant's number seeds its home's place, and
/// saved scenarios name personas by variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Persona {
    /// A parent with a school run: office job at the Route 30 office park, a child at the
    /// elementary school, church on Sundays, a women's health clinic visit, a protest, a
    /// weekend at the lake.
    OfficeParent,
    /// Twelve-hour day shifts at the hospital, Friday prayers at the mosque, an immigration
    /// legal-aid appointment, a protest, a friend in Wexford.
    HospitalNurse,
    /// A union organiser: early factory shifts, the union hall on Wednesdays, the synagogue
    /// on Saturdays, a protest, a clinic visit.
    FactoryOrganiser,
    /// Twelve-hour night shifts at the hospital (19:00 to 07:00), the Hindu temple on
    /// Sundays, a clinic visit.
    NightNurse,
    /// Waits for work at the hardware store's lot at dawn, then a different job site every
    /// few days; Sunday mass, immigration legal aid, a court date.
    DayLabourer,
    /// Classes in Boston four days a week, a part-time job at the diner, a protest at the
    /// town hall, a clinic visit, Saturday nights out.
    Student,
}

impl Persona {
    pub const ALL: [Persona; 6] = [
        Persona::OfficeParent,
        Persona::HospitalNurse,
        Persona::FactoryOrganiser,
        Persona::NightNurse,
        Persona::DayLabourer,
        Persona::Student,
    ];

    /// The personas a scenario without a plan may get: the first three, so that adding a
    /// persona never changes an existing seed's run.
    const FOR_SEEDS: [Persona; 3] = [
        Persona::OfficeParent,
        Persona::HospitalNurse,
        Persona::FactoryOrganiser,
    ];

    /// The persona a scenario without a plan gets.
    pub fn for_seed(seed: u64) -> Persona {
        Persona::FOR_SEEDS[(seed % 3) as usize]
    }

    /// Where the persona lives, meters east and north of the town's centre (before the
    /// seed moves it by up to 300 m).
    pub(super) fn home_offset_meters(self) -> (f64, f64) {
        match self {
            Persona::OfficeParent => (600.0, 1_600.0),
            Persona::HospitalNurse => (-300.0, -1_400.0),
            Persona::FactoryOrganiser => (-1_500.0, -300.0),
            Persona::NightNurse => (900.0, -800.0),
            Persona::DayLabourer => (-800.0, 700.0),
            Persona::Student => (300.0, 1_300.0),
        }
    }
}
