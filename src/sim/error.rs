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
            SimError::OutsideMap { what, position } if on_the_globe(*position) => write!(
                f,
                "The {what} at longitude {:.5}, latitude {:.5} is outside the map; pick a \
                 spot inside the town or its neighbours.",
                position[0], position[1]
            ),
            // A number of 300 digits (or NaN) says nothing a person can use.
            SimError::OutsideMap { what, .. } => write!(
                f,
                "The {what} is far outside the map; pick a spot inside the town or its \
                 neighbours."
            ),
            SimError::BadTime { what, minutes } => {
                write!(f, "The {what} ({minutes} minutes) is not a sensible time.")
            }
            SimError::EmptyMap => write!(f, "The map has no roads to drive on."),
        }
    }
}

impl std::error::Error for SimError {}

/// Whether `position` is a longitude and latitude of this world (a short number to print).
fn on_the_globe(position: LonLat) -> bool {
    position[0].abs() <= 180.0 && position[1].abs() <= 90.0
}

#[cfg(test)]
mod tests {
    use super::*;

    mod outside_map {
        use super::*;

        fn message(position: LonLat) -> String {
            SimError::OutsideMap {
                what: "home".into(),
                position,
            }
            .to_string()
        }

        #[test]
        fn names_a_place_on_the_globe_by_its_coordinates() {
            let text = message([139.7, 35.6]);
            assert!(
                text.contains("longitude 139.70000, latitude 35.60000"),
                "{text}"
            );
        }

        #[test]
        fn says_far_outside_for_a_huge_or_broken_number() {
            for position in [[1e300, -1e300], [f64::NAN, 0.0], [0.0, f64::INFINITY]] {
                let text = message(position);
                assert!(text.contains("far outside the map"), "{text}");
                assert!(text.len() < 120, "{text}");
            }
        }
    }
}
