//! Turns lon/lat degrees into flat map meters for drawing, and back.
//!
//! An equirectangular projection around the map's centre: good to a few meters over a town
//! a few kilometres across, which is all the drawing needs. This is for pictures only; the
//! simulation measures its own distances. Must not depend on the DOM, so it tests natively.
//!
//! # Units
//! Input positions are WGS84 `[lon, lat]` degrees. Output is `(x, y)` in meters from the
//! centre, x east and y **south** (SVG's y grows downwards).

use crate::sim::LonLat;

/// Meters per degree of latitude (mean Earth radius 6,371,008.8 m).
const METERS_PER_DEGREE_LAT: f64 = 6_371_008.8 * std::f64::consts::PI / 180.0;

/// A flat picture of a small area around a centre point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    /// The point drawn at (0, 0), lon/lat degrees.
    pub centre: LonLat,
    meters_per_degree_lon: f64,
}

impl Projection {
    /// A projection centred on `centre` (lon/lat degrees).
    pub fn around(centre: LonLat) -> Projection {
        Projection {
            centre,
            meters_per_degree_lon: METERS_PER_DEGREE_LAT * centre[1].to_radians().cos(),
        }
    }

    /// A projection centred on the middle of the bounding box of `points`; the origin
    /// (0, 0) when there are none.
    pub fn fitting<'a>(points: impl IntoIterator<Item = &'a LonLat>) -> Projection {
        let mut bounds: Option<(LonLat, LonLat)> = None;
        for p in points {
            bounds = Some(match bounds {
                None => (*p, *p),
                Some((lo, hi)) => (
                    [lo[0].min(p[0]), lo[1].min(p[1])],
                    [hi[0].max(p[0]), hi[1].max(p[1])],
                ),
            });
        }
        let centre = bounds.map_or([0.0, 0.0], |(lo, hi)| {
            [(lo[0] + hi[0]) / 2.0, (lo[1] + hi[1]) / 2.0]
        });
        Projection::around(centre)
    }

    /// Map meters `(x east, y south)` of a lon/lat position.
    pub fn to_meters(&self, position: LonLat) -> (f64, f64) {
        (
            (position[0] - self.centre[0]) * self.meters_per_degree_lon,
            -(position[1] - self.centre[1]) * METERS_PER_DEGREE_LAT,
        )
    }

    /// The lon/lat position of map meters `(x east, y south)`.
    pub fn to_lon_lat(&self, x_meters: f64, y_meters: f64) -> LonLat {
        [
            self.centre[0] + x_meters / self.meters_per_degree_lon,
            self.centre[1] - y_meters / METERS_PER_DEGREE_LAT,
        ]
    }

    /// Where `to` lies from `from`: meters east and meters north (negative for west and
    /// south).
    pub fn offset(&self, from: LonLat, to: LonLat) -> (f64, f64) {
        let (fx, fy) = self.to_meters(from);
        let (tx, ty) = self.to_meters(to);
        // Map meters run east and south: north is -y.
        (tx - fx, fy - ty)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod projection {
        use super::*;

        #[test]
        fn an_offset_is_meters_east_and_north() {
            let p = Projection::around([-71.1, 42.4]);
            let from = [-71.1, 42.4];
            let (east, north) = p.offset(from, p.to_lon_lat(300.0, -200.0));
            assert!((east - 300.0).abs() < 0.01 && (north - 200.0).abs() < 0.01);
        }

        #[test]
        fn draws_the_centre_at_the_origin() {
            let p = Projection::around([-71.1, 42.4]);
            assert_eq!(p.to_meters([-71.1, 42.4]), (0.0, 0.0));
        }

        #[test]
        fn north_is_up_and_east_is_right() {
            let p = Projection::around([-71.1, 42.4]);
            let (x, y) = p.to_meters([-71.09, 42.41]);
            assert!(x > 0.0, "east is +x");
            assert!(y < 0.0, "north is -y on screen");
        }

        #[test]
        fn one_hundredth_of_a_degree_of_latitude_is_about_1112_meters() {
            let p = Projection::around([0.0, 42.0]);
            let (_, y) = p.to_meters([0.0, 42.01]);
            assert!((y.abs() - 1112.0).abs() < 2.0, "{y}");
        }

        #[test]
        fn round_trips_a_position() {
            let p = Projection::around([-71.1, 42.4]);
            let (x, y) = p.to_meters([-71.08, 42.39]);
            let back = p.to_lon_lat(x, y);
            assert!((back[0] + 71.08).abs() < 1e-9 && (back[1] - 42.39).abs() < 1e-9);
        }

        #[test]
        fn fitting_centres_on_the_bounding_box() {
            let p = Projection::fitting(&[[0.0, 10.0], [2.0, 12.0]]);
            assert_eq!(p.centre, [1.0, 11.0]);
        }
    }
}
