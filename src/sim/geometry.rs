//! A local planar frame in meters around the town centre, and compass bearings.
//!
//! Lon/lat degrees are projected equirectangularly (x east, y north, in meters), which is
//! accurate to well under a meter over a town. Only the projection's constant `cos(lat0)`
//! uses trigonometry, through `libm`, so native and wasm agree to the last bit; everything
//! else is `+ - * / sqrt`, which IEEE 754 makes exact on every platform. Must not hold any
//! town-specific data.

use geo::Contains;

use super::model::{LonLat, TownMap};

/// Mean meters per degree of latitude (WGS84 mean Earth radius 6,371,008.8 m).
const METERS_PER_DEGREE_LAT: f64 = 6_371_008.8 * std::f64::consts::PI / 180.0;

/// A point in the local frame, in meters east (`x_meters`) and north (`y_meters`) of the
/// frame's origin.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LocalPoint {
    pub x_meters: f64,
    pub y_meters: f64,
}

impl LocalPoint {
    pub fn new(x_meters: f64, y_meters: f64) -> LocalPoint {
        LocalPoint { x_meters, y_meters }
    }

    /// Straight-line distance in meters.
    pub fn distance_meters(self, other: LocalPoint) -> f64 {
        let dx = other.x_meters - self.x_meters;
        let dy = other.y_meters - self.y_meters;
        (dx * dx + dy * dy).sqrt()
    }

    /// The point `fraction` of the way from `self` to `other`.
    pub fn lerp(self, other: LocalPoint, fraction: f64) -> LocalPoint {
        LocalPoint::new(
            self.x_meters + (other.x_meters - self.x_meters) * fraction,
            self.y_meters + (other.y_meters - self.y_meters) * fraction,
        )
    }

    pub fn to_geo(self) -> geo::Point<f64> {
        geo::Point::new(self.x_meters, self.y_meters)
    }
}

/// An equirectangular projection centred on `origin` (lon/lat degrees).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LocalFrame {
    origin: LonLat,
    meters_per_degree_lon: f64,
}

impl LocalFrame {
    pub fn new(origin: LonLat) -> LocalFrame {
        let cos_lat = libm::cos(origin[1].to_radians());
        LocalFrame {
            origin,
            meters_per_degree_lon: METERS_PER_DEGREE_LAT * cos_lat,
        }
    }

    /// A frame centred on the middle of the bounding box of `points` (lon/lat degrees); the
    /// frame at 0,0 when there are none.
    pub fn around(points: impl IntoIterator<Item = LonLat>) -> LocalFrame {
        let mut min = [f64::INFINITY; 2];
        let mut max = [f64::NEG_INFINITY; 2];
        for p in points {
            for axis in 0..2 {
                min[axis] = min[axis].min(p[axis]);
                max[axis] = max[axis].max(p[axis]);
            }
        }
        if min[0].is_finite() && max[0].is_finite() {
            LocalFrame::new([(min[0] + max[0]) / 2.0, (min[1] + max[1]) / 2.0])
        } else {
            LocalFrame::new([0.0, 0.0])
        }
    }

    pub fn origin(&self) -> LonLat {
        self.origin
    }

    /// Lon/lat degrees to local meters.
    pub fn to_local(&self, position: LonLat) -> LocalPoint {
        LocalPoint::new(
            (position[0] - self.origin[0]) * self.meters_per_degree_lon,
            (position[1] - self.origin[1]) * METERS_PER_DEGREE_LAT,
        )
    }

    /// Local meters to lon/lat degrees.
    pub fn to_lon_lat(&self, point: LocalPoint) -> LonLat {
        [
            self.origin[0] + point.x_meters / self.meters_per_degree_lon,
            self.origin[1] + point.y_meters / METERS_PER_DEGREE_LAT,
        ]
    }

    /// The frame of a map: around its intersections (or its town line when it has none).
    /// The simulation and the analyst measure the same map in the same frame.
    pub fn for_map(map: &TownMap) -> LocalFrame {
        if map.intersections.is_empty() {
            LocalFrame::around(map.boundary.iter().copied())
        } else {
            LocalFrame::around(map.intersections.iter().map(|i| i.position))
        }
    }

    /// Straight-line distance in meters between two lon/lat points.
    pub fn distance_meters(&self, a: LonLat, b: LonLat) -> f64 {
        self.to_local(a).distance_meters(self.to_local(b))
    }
}

/// Compass bearing in degrees (0 = north, 90 = east, in `[0, 360)`) of travel from `from`
/// to `to`.
pub fn bearing_degrees(from: LocalPoint, to: LocalPoint) -> f64 {
    let dx = to.x_meters - from.x_meters;
    let dy = to.y_meters - from.y_meters;
    libm::atan2(dx, dy).to_degrees().rem_euclid(360.0)
}

/// The smallest angle in degrees (0 to 180) between two compass bearings.
pub fn bearing_difference_degrees(a: f64, b: f64) -> f64 {
    let d = (a - b).rem_euclid(360.0);
    if d > 180.0 { 360.0 - d } else { d }
}

/// Distance in meters from `point` to the segment `from`-`to`, and the fraction (0 to 1)
/// along the segment of the closest point. Written with `sqrt` only (not `hypot`, whose
/// last bit differs between platforms).
pub fn distance_to_segment(point: LocalPoint, from: LocalPoint, to: LocalPoint) -> (f64, f64) {
    let dx = to.x_meters - from.x_meters;
    let dy = to.y_meters - from.y_meters;
    let length_squared = dx * dx + dy * dy;
    let fraction = if length_squared > 0.0 {
        (((point.x_meters - from.x_meters) * dx + (point.y_meters - from.y_meters) * dy)
            / length_squared)
            .clamp(0.0, 1.0)
    } else {
        0.0
    };
    (point.distance_meters(from.lerp(to, fraction)), fraction)
}

/// The town line as a polygon in local meters.
pub fn boundary_polygon(map: &TownMap, frame: &LocalFrame) -> geo::Polygon<f64> {
    let ring: Vec<geo::Coord<f64>> = map
        .boundary
        .iter()
        .map(|&p| frame.to_local(p).to_geo().0)
        .collect();
    geo::Polygon::new(geo::LineString::new(ring), Vec::new())
}

/// Whether a lon/lat position lies inside the town line (everything does when the map has
/// no town line).
pub fn inside_town_line(map: &TownMap, frame: &LocalFrame, position: LonLat) -> bool {
    map.boundary.len() < 4
        || boundary_polygon(map, frame).contains(&frame.to_local(position).to_geo())
}

#[cfg(test)]
mod tests {
    use super::*;

    mod local_frame {
        use super::*;

        #[test]
        fn round_trips_a_position_to_well_under_a_millimeter() {
            let frame = LocalFrame::new([-71.35, 42.45]);
            let position = [-71.33, 42.47];
            let back = frame.to_lon_lat(frame.to_local(position));
            assert!((back[0] - position[0]).abs() < 1e-9 && (back[1] - position[1]).abs() < 1e-9);
        }

        #[test]
        fn puts_a_hundredth_of_a_degree_of_latitude_about_1112_meters_north() {
            let frame = LocalFrame::new([-71.35, 42.45]);
            let p = frame.to_local([-71.35, 42.46]);
            assert!((p.y_meters - 1111.9).abs() < 1.0, "{p:?}");
            assert!(p.x_meters.abs() < 1e-9);
        }
    }

    mod bearings {
        use super::*;

        #[test]
        fn measures_clockwise_from_north() {
            let o = LocalPoint::new(0.0, 0.0);
            assert!((bearing_degrees(o, LocalPoint::new(0.0, 1.0)) - 0.0).abs() < 1e-9);
            assert!((bearing_degrees(o, LocalPoint::new(1.0, 0.0)) - 90.0).abs() < 1e-9);
            assert!((bearing_degrees(o, LocalPoint::new(0.0, -1.0)) - 180.0).abs() < 1e-9);
            assert!((bearing_degrees(o, LocalPoint::new(-1.0, 0.0)) - 270.0).abs() < 1e-9);
        }

        #[test]
        fn measures_distance_to_the_nearest_point_of_a_segment() {
            let (from, to) = (LocalPoint::new(0.0, 0.0), LocalPoint::new(100.0, 0.0));
            assert_eq!(
                distance_to_segment(LocalPoint::new(25.0, 6.0), from, to),
                (6.0, 0.25)
            );
            assert_eq!(
                distance_to_segment(LocalPoint::new(-30.0, 40.0), from, to),
                (50.0, 0.0)
            );
            assert_eq!(
                distance_to_segment(LocalPoint::new(103.0, -4.0), from, to),
                (5.0, 1.0)
            );
        }

        #[test]
        fn takes_the_short_way_round_for_differences() {
            assert!((bearing_difference_degrees(350.0, 10.0) - 20.0).abs() < 1e-9);
            assert!((bearing_difference_degrees(90.0, 270.0) - 180.0).abs() < 1e-9);
        }
    }
}
