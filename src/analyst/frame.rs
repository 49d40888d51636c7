//! Distances in meters on the town's scale: an equirectangular local frame around the town.
//!
//! A town is a few kilometres across, so a flat frame (east and north meters from an origin,
//! with the longitude scale `cos(latitude)`) is accurate to well under a meter. The cosine
//! comes from `libm`, not `std`, so that native and wasm builds give bit-identical distances.
//! This module must not grow into a geodesy library: it serves the analyst's comparisons.

use crate::sim::{LonLat, TownMap};

/// Meters per degree of latitude (mean Earth radius 6,371,008.8 m).
pub const METERS_PER_DEGREE_LAT: f64 = 6_371_008.8 * std::f64::consts::PI / 180.0;

/// A flat east/north frame in meters around an origin given in lon/lat degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LocalFrame {
    origin: LonLat,
    meters_per_degree_lon: f64,
}

impl LocalFrame {
    /// A frame centred on `origin` (lon/lat degrees).
    pub fn around(origin: LonLat) -> LocalFrame {
        let cos_lat = libm::cos(origin[1].to_radians());
        LocalFrame {
            origin,
            meters_per_degree_lon: METERS_PER_DEGREE_LAT * cos_lat,
        }
    }

    /// A frame centred on the mean of the map's intersections (or its boundary, or 0,0).
    pub fn for_map(map: &TownMap) -> LocalFrame {
        let points: Vec<LonLat> = if map.intersections.is_empty() {
            map.boundary.clone()
        } else {
            map.intersections.iter().map(|i| i.position).collect()
        };
        if points.is_empty() {
            return LocalFrame::around([0.0, 0.0]);
        }
        let n = points.len() as f64;
        let lon = points.iter().map(|p| p[0]).sum::<f64>() / n;
        let lat = points.iter().map(|p| p[1]).sum::<f64>() / n;
        LocalFrame::around([lon, lat])
    }

    /// East and north meters of a lon/lat point from the origin.
    pub fn to_meters(&self, point: LonLat) -> [f64; 2] {
        [
            (point[0] - self.origin[0]) * self.meters_per_degree_lon,
            (point[1] - self.origin[1]) * METERS_PER_DEGREE_LAT,
        ]
    }

    /// The lon/lat point at east and north meters from the origin.
    pub fn to_lon_lat(&self, east_north_meters: [f64; 2]) -> LonLat {
        [
            self.origin[0] + east_north_meters[0] / self.meters_per_degree_lon,
            self.origin[1] + east_north_meters[1] / METERS_PER_DEGREE_LAT,
        ]
    }

    /// Straight-line distance in meters between two lon/lat points.
    pub fn distance_meters(&self, a: LonLat, b: LonLat) -> f64 {
        let [ax, ay] = self.to_meters(a);
        let [bx, by] = self.to_meters(b);
        ((ax - bx) * (ax - bx) + (ay - by) * (ay - by)).sqrt()
    }

    /// Compass bearing in degrees (0 = north, 90 = east) from `a` to `b`.
    pub fn bearing_degrees(&self, a: LonLat, b: LonLat) -> f64 {
        let [ax, ay] = self.to_meters(a);
        let [bx, by] = self.to_meters(b);
        libm::atan2(bx - ax, by - ay).to_degrees().rem_euclid(360.0)
    }

    /// Distance in meters from point `p` to the straight segment `a`-`b`.
    pub fn distance_to_segment_meters(&self, p: LonLat, a: LonLat, b: LonLat) -> f64 {
        let [px, py] = self.to_meters(p);
        let [ax, ay] = self.to_meters(a);
        let [bx, by] = self.to_meters(b);
        let (dx, dy) = (bx - ax, by - ay);
        let length_squared = dx * dx + dy * dy;
        let t = if length_squared > 0.0 {
            (((px - ax) * dx + (py - ay) * dy) / length_squared).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let (cx, cy) = (ax + t * dx, ay + t * dy);
        ((px - cx) * (px - cx) + (py - cy) * (py - cy)).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod distances {
        use super::*;

        #[test]
        fn one_hundredth_degree_of_latitude_is_about_1112_meters() {
            let frame = LocalFrame::around([-71.0, 42.0]);
            let d = frame.distance_meters([-71.0, 42.0], [-71.0, 42.01]);
            assert!((d - 1111.95).abs() < 0.1, "{d}");
        }

        #[test]
        fn longitude_shrinks_with_the_cosine_of_latitude() {
            let frame = LocalFrame::around([-71.0, 60.0]);
            let d = frame.distance_meters([-71.0, 60.0], [-70.99, 60.0]);
            assert!((d - 555.97).abs() < 0.1, "{d}");
        }

        #[test]
        fn round_trips_through_meters() {
            let frame = LocalFrame::around([-71.1, 42.3]);
            let p = [-71.093, 42.311];
            let back = frame.to_lon_lat(frame.to_meters(p));
            assert!((back[0] - p[0]).abs() < 1e-12 && (back[1] - p[1]).abs() < 1e-12);
        }

        #[test]
        fn bearing_east_is_90_degrees() {
            let frame = LocalFrame::around([-71.0, 42.0]);
            let b = frame.bearing_degrees([-71.0, 42.0], [-70.99, 42.0]);
            assert!((b - 90.0).abs() < 1e-9, "{b}");
        }
    }
}
