//! How dense a camera network is: the town's cameras per km², beside real Massachusetts
//! networks mapped in OpenStreetMap, so a visitor can set the simulated town as dense as a
//! real one. Pure data and arithmetic: no UI crates.
//!
//! # Units
//! Areas in square kilometres (km²), densities in cameras per km².

use geo::Area;

use crate::sim::TownMap;
use crate::sim::geometry::{LocalFrame, boundary_polygon};

/// A real town's police ALPR network, as mapped.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RealNetwork {
    /// The town, as a visitor knows it.
    pub town: &'static str,
    /// Cameras its police department operates in the export.
    pub cameras: u32,
    /// The town's land and water area, km² (rounded).
    pub area_square_km: f64,
}

impl RealNetwork {
    /// Cameras per km².
    pub fn density(&self) -> f64 {
        f64::from(self.cameras) / self.area_square_km
    }
}

/// Police ALPR cameras in the OpenStreetMap export of 2026-10-04
/// (`../shared/data/alpr/massachusetts-alpr.kml`, reference `osm-massachusetts-export`,
/// placemarks whose operator is the town's police; Methuen's 38 include 7 tagged
/// "[Methuen Police]"), over each town's area (about 38, 58 and 6.5 km²). Densest first.
pub const MASSACHUSETTS_NETWORKS: [RealNetwork; 3] = [
    RealNetwork {
        town: "Chelsea",
        cameras: 9,
        area_square_km: 6.5,
    },
    RealNetwork {
        town: "Lowell",
        cameras: 40,
        area_square_km: 38.0,
    },
    RealNetwork {
        town: "Methuen",
        cameras: 38,
        area_square_km: 58.0,
    },
];

/// The area inside the town line, km²; `None` for a map without one.
pub fn town_area_square_km(map: &TownMap) -> Option<f64> {
    if map.boundary.len() < 4 {
        return None;
    }
    let frame = LocalFrame::for_map(map);
    let square_meters = boundary_polygon(map, &frame).unsigned_area();
    (square_meters > 0.0).then_some(square_meters / 1_000_000.0)
}

/// Cameras per km² of `cameras` on `area_square_km`.
pub fn density(cameras: u32, area_square_km: f64) -> f64 {
    f64::from(cameras) / area_square_km
}

/// How many cameras give the town of `area_square_km` the density of `network`, kept
/// within `range`.
pub fn cameras_for_density(
    network: &RealNetwork,
    area_square_km: f64,
    range: &std::ops::RangeInclusive<u32>,
) -> u32 {
    let wanted = (network.density() * area_square_km).round();
    let wanted = wanted.clamp(f64::from(*range.start()), f64::from(*range.end()));
    wanted as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    mod town_area {
        use super::*;

        #[test]
        fn the_default_town_is_about_23_square_km() {
            let map = crate::sim::generate_town(1, crate::sim::DEFAULT_CAMERA_COUNT);
            let area = town_area_square_km(&map).expect("the default town has a town line");
            assert!((21.0..25.0).contains(&area), "{area}");
        }

        #[test]
        fn a_map_without_a_town_line_has_no_area() {
            let mut map = crate::sim::generate_town(1, 5);
            map.boundary.clear();
            assert_eq!(town_area_square_km(&map), None);
        }
    }

    mod cameras_for_density {
        use super::*;
        use crate::scenario::limits::CAMERA_COUNT;

        #[test]
        fn lowell_on_the_default_town_is_about_24_cameras() {
            let lowell = MASSACHUSETTS_NETWORKS[1];
            assert_eq!(cameras_for_density(&lowell, 22.6, &CAMERA_COUNT), 24);
        }

        #[test]
        fn stays_within_the_offered_range() {
            let chelsea = MASSACHUSETTS_NETWORKS[0];
            assert_eq!(cameras_for_density(&chelsea, 1_000.0, &CAMERA_COUNT), 200);
            assert_eq!(cameras_for_density(&chelsea, 0.1, &CAMERA_COUNT), 5);
        }

        #[test]
        fn the_examples_are_densest_first() {
            let d: Vec<f64> = MASSACHUSETTS_NETWORKS
                .iter()
                .map(RealNetwork::density)
                .collect();
            assert!(d.windows(2).all(|w| w[0] >= w[1]), "{d:?}");
        }
    }
}
