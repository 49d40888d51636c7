//! Why a scenario cannot be simulated: a value with a message a person can act on, never a
//! panic. Holds no simulation logic.

use super::model::LonLat;

/// The most simulated days: a year.
pub const MAX_DAYS: u32 = 365;
/// The most background vehicles.
pub const MAX_POPULATION: u32 = 50_000;
/// The most cameras in a generated network.
pub const MAX_CAMERAS: u32 = 300;

/// A scenario the simulation refuses, with the reason.
#[derive(Clone, Debug, PartialEq)]
pub enum SimError {
    NoDays,
    TooManyDays {
        days: u32,
    },
    TooManyVehicles {
        vehicles: u32,
    },
    TooManyCameras {
        cameras: u32,
    },
    /// A place of the commuter's plan (`what`: "home", "work", "gym"...) lies off the map.
    OutsideMap {
        what: String,
        position: LonLat,
    },
    /// A time of day or a duration in the commuter's plan makes no sense.
    BadTime {
        what: String,
        minutes: u32,
    },
    /// The map has no roads to drive on.
    EmptyMap,
}

impl std::fmt::Display for SimError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SimError::NoDays => write!(f, "Simulate at least one day."),
            SimError::TooManyDays { days } => {
                write!(
                    f,
                    "{days} days is too long: simulate at most {MAX_DAYS} days."
                )
            }
            SimError::TooManyVehicles { vehicles } => write!(
                f,
                "{vehicles} vehicles is too many: the simulation supports at most \
                 {MAX_POPULATION}."
            ),
            SimError::TooManyCameras { cameras } => {
                write!(
                    f,
                    "{cameras} cameras is too many: place at most {MAX_CAMERAS}."
                )
            }
            SimError::OutsideMap { what, position } => write!(
                f,
                "The {what} at longitude {:.5}, latitude {:.5} is outside the map; pick a \
                 spot inside the town or its neighbours.",
                position[0], position[1]
            ),
            SimError::BadTime { what, minutes } => {
                write!(f, "The {what} ({minutes} minutes) is not a sensible time.")
            }
            SimError::EmptyMap => write!(f, "The map has no roads to drive on."),
        }
    }
}

impl std::error::Error for SimError {}
