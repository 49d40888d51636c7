//! The default town's extent and its named parts: the neighbourhoods (how densely homes
//! stand, how friends' houses are named) and the neighbouring towns across its line.
//!
//! Shared by the town generator, the camera placement and the population, below all three.
//! Fixed facts about Millbrook in its local frame: this module must not draw random
//! numbers or depend on a generated map.

use super::geometry::LocalPoint;

/// Half the width of the town, in meters (the town is about 5 x 5 km). The town line runs
/// between grid streets, so every street crossing it crosses cleanly.
pub const TOWN_HALF_WIDTH_METERS: f64 = 2_375.0;

/// A named part of the town, used to spread homes and name friends' houses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Neighbourhood {
    pub name: &'static str,
    /// Homes per intersection, relative.
    pub density: u32,
}

/// The neighbourhood (or neighbouring town) of a point in the town's local frame.
pub fn neighbourhood_of(point: LocalPoint) -> Neighbourhood {
    let (x, y) = (point.x_meters, point.y_meters);
    let inside = x.abs() <= TOWN_HALF_WIDTH_METERS && y.abs() <= TOWN_HALF_WIDTH_METERS;
    let (name, density) = if !inside {
        if x < -TOWN_HALF_WIDTH_METERS {
            ("Wexford", 1)
        } else if x > TOWN_HALF_WIDTH_METERS {
            ("Ashcroft", 1)
        } else if y > 0.0 {
            ("Farley", 1)
        } else {
            ("Dunmore", 1)
        }
    } else if x.abs() < 800.0 && y.abs() < 800.0 {
        ("Millbrook Centre", 5)
    } else if y > 800.0 {
        ("North Village", 3)
    } else if x > 800.0 {
        ("East Millbrook", 3)
    } else if x < -800.0 {
        ("Hollis Farm", 2)
    } else {
        ("South End", 3)
    };
    Neighbourhood { name, density }
}

/// The neighbouring town across the town line on each side: (west, east, south, north).
pub const NEIGHBOURING_TOWNS: [&str; 4] = ["Wexford", "Ashcroft", "Dunmore", "Farley"];
