//! A grid of road segments in the local frame, to find the road nearest a place or a camera
//! without measuring every road. Holds no OpenStreetMap knowledge.
//!
//! # Units
//! Local meters.

use rustc_hash::FxHashMap;

use crate::sim::geometry::{LocalPoint, distance_to_segment};

/// Side of a grid cell, in meters.
const CELL_METERS: f64 = 250.0;

/// The nearest segment to a point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Nearest {
    pub segment: usize,
    pub distance_meters: f64,
    /// How far along the segment the nearest point lies, 0 at `from` to 1 at `to`.
    pub fraction: f64,
}

/// Segments (from, to) bucketed by the grid cells their bounding boxes touch.
pub struct SegmentGrid {
    segments: Vec<(LocalPoint, LocalPoint)>,
    cells: FxHashMap<(i64, i64), Vec<usize>>,
}

fn cell_of(v: f64) -> i64 {
    (v / CELL_METERS).floor() as i64
}

impl SegmentGrid {
    pub fn new(segments: Vec<(LocalPoint, LocalPoint)>) -> SegmentGrid {
        let mut cells: FxHashMap<(i64, i64), Vec<usize>> = FxHashMap::default();
        for (i, (a, b)) in segments.iter().enumerate() {
            let (x0, x1) = (
                cell_of(a.x_meters.min(b.x_meters)),
                cell_of(a.x_meters.max(b.x_meters)),
            );
            let (y0, y1) = (
                cell_of(a.y_meters.min(b.y_meters)),
                cell_of(a.y_meters.max(b.y_meters)),
            );
            // A segment longer than the whole town is a broken file; bucket its ends only.
            if (x1 - x0) * (y1 - y0) > 10_000 {
                cells.entry((x0, y0)).or_default().push(i);
                cells.entry((x1, y1)).or_default().push(i);
                continue;
            }
            for x in x0..=x1 {
                for y in y0..=y1 {
                    cells.entry((x, y)).or_default().push(i);
                }
            }
        }
        SegmentGrid { segments, cells }
    }

    /// The segment nearest `point` within `max_meters` (ties: the lower index), if any.
    pub fn nearest(&self, point: LocalPoint, max_meters: f64) -> Option<Nearest> {
        if !point.x_meters.is_finite() || !point.y_meters.is_finite() {
            return None;
        }
        let reach = (max_meters / CELL_METERS).ceil() as i64;
        let (cx, cy) = (cell_of(point.x_meters), cell_of(point.y_meters));
        let mut best: Option<Nearest> = None;
        for x in cx - reach..=cx + reach {
            for y in cy - reach..=cy + reach {
                for &i in self.cells.get(&(x, y)).into_iter().flatten() {
                    let (a, b) = self.segments[i];
                    let (d, fraction) = distance_to_segment(point, a, b);
                    let better = best.is_none_or(|n| {
                        d < n.distance_meters || (d == n.distance_meters && i < n.segment)
                    });
                    if d <= max_meters && better {
                        best = Some(Nearest {
                            segment: i,
                            distance_meters: d,
                            fraction,
                        });
                    }
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_nearest_segment_within_reach_only() {
        let grid = SegmentGrid::new(vec![
            (LocalPoint::new(0.0, 0.0), LocalPoint::new(1000.0, 0.0)),
            (LocalPoint::new(0.0, 100.0), LocalPoint::new(1000.0, 100.0)),
        ]);
        let near = grid
            .nearest(LocalPoint::new(600.0, 70.0), 50.0)
            .expect("near");
        assert_eq!(near.segment, 1);
        assert!((near.distance_meters - 30.0).abs() < 1e-9);
        assert!((near.fraction - 0.6).abs() < 1e-9);
        assert!(grid.nearest(LocalPoint::new(600.0, 400.0), 50.0).is_none());
    }
}
