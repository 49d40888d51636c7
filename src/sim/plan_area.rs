//! Where the places of a commuter's plan (home, work, regular stops) may lie: the box a run
//! accepts on a map, known before the run, so a share link, a saved scenario or a scenario
//! file whose places are off the town is refused before it is run. Pure geometry: no
//! simulation.

use super::geometry::{LocalFrame, LocalPoint};
use super::model::{LonLat, TownMap};
use super::town::{EXTENT_METERS, TOWN_CENTRE};

/// How far outside the outermost intersections a plan's place may lie, in meters.
pub const MAP_MARGIN_METERS: f64 = 300.0;

/// A box of lon/lat degrees, from its south-west corner to its north-east one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlanArea {
    pub south_west: LonLat,
    pub north_east: LonLat,
}

impl PlanArea {
    /// Anywhere on the globe: the area for a town whose roads are not at hand (a link to an
    /// imported town); the run itself checks the rest.
    pub const GLOBE: PlanArea = PlanArea {
        south_west: [-180.0, -90.0],
        north_east: [180.0, 90.0],
    };

    /// The area a run on `map` accepts (as [`super::simulate_on_map`] checks it): the extent
    /// of its intersections widened by [`MAP_MARGIN_METERS`]; `None` for a map without
    /// intersections, where no place can be.
    pub fn of_map(map: &TownMap) -> Option<PlanArea> {
        let frame = LocalFrame::for_map(map);
        let mut min = [f64::INFINITY; 2];
        let mut max = [f64::NEG_INFINITY; 2];
        for i in &map.intersections {
            let p = frame.to_local(i.position);
            for (axis, v) in [p.x_meters, p.y_meters].into_iter().enumerate() {
                min[axis] = min[axis].min(v);
                max[axis] = max[axis].max(v);
            }
        }
        (min[0].is_finite() && max[0].is_finite())
            .then(|| widened(&frame, [min[0], min[1], max[0], max[1]]))
    }

    /// The made-up town's area, whatever the seed: [`EXTENT_METERS`] around
    /// [`TOWN_CENTRE`] widened by [`MAP_MARGIN_METERS`]. A seed's own town may end up to
    /// 35 m short of its west edge (its corners are jittered); the run then says so.
    pub fn made_up_town() -> PlanArea {
        widened(&LocalFrame::new(TOWN_CENTRE), EXTENT_METERS)
    }

    /// `position` when it lies in the area, else the point of the area nearest it, a hair
    /// inside its edge (1% of its span): where a place just off the map moves when the
    /// visitor asks; the area's centre for a position that is no number.
    pub fn nearest_inside(&self, position: LonLat) -> LonLat {
        if self.contains(position) {
            return position;
        }
        std::array::from_fn(|axis| {
            let (low, high) = (self.south_west[axis], self.north_east[axis]);
            let inset = (high - low) * 0.01;
            if position[axis].is_finite() {
                position[axis].clamp(low + inset, high - inset)
            } else {
                (low + high) / 2.0
            }
        })
    }

    /// Whether `position` (lon/lat degrees) lies in the area; never for NaN or infinity.
    pub fn contains(&self, position: LonLat) -> bool {
        (0..2).all(|axis| (self.south_west[axis]..=self.north_east[axis]).contains(&position[axis]))
    }
}

/// The box of `extent` (west, south, east, north meters in `frame`) widened by the margin.
fn widened(frame: &LocalFrame, extent: [f64; 4]) -> PlanArea {
    let [west, south, east, north] = extent;
    let m = MAP_MARGIN_METERS;
    PlanArea {
        south_west: frame.to_lon_lat(LocalPoint::new(west - m, south - m)),
        north_east: frame.to_lon_lat(LocalPoint::new(east + m, north + m)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{CommuterPlan, Persona, Scenario, SimError, generate_town, simulate};

    mod made_up_town {
        use super::*;

        #[test]
        fn holds_every_seeds_town_and_reaches_its_edges() {
            let area = PlanArea::made_up_town();
            for seed in [1, 2, 7, 42, 1_000] {
                let town = PlanArea::of_map(&generate_town(seed, 20)).unwrap();
                assert!(area.contains(town.south_west) && area.contains(town.north_east));
                // No more than the corners' 35 m of jitter (about 0.0005 degrees) apart.
                for (a, b) in [
                    (area.south_west, town.south_west),
                    (area.north_east, town.north_east),
                ] {
                    assert!(
                        (a[0] - b[0]).abs() < 5e-4 && (a[1] - b[1]).abs() < 5e-4,
                        "{a:?} {b:?}"
                    );
                }
            }
        }

        #[test]
        fn a_home_in_its_area_runs_and_one_off_it_is_refused_by_the_run_too() {
            let area = PlanArea::made_up_town();
            let inside = [area.north_east[0] - 1e-4, area.north_east[1] - 1e-4];
            let life = |home| CommuterPlan {
                home,
                ..CommuterPlan::for_persona(Persona::OfficeParent, &generate_town(1, 20), 1)
            };
            let scenario = |home| Scenario {
                days: 1,
                population: 10,
                commuter: Some(life(home)),
                ..Scenario::default()
            };
            assert!(simulate(&scenario(inside)).is_ok());
            let off = [area.north_east[0] + 1e-3, area.north_east[1]];
            assert!(!area.contains(off));
            assert!(matches!(
                simulate(&scenario(off)),
                Err(SimError::OutsideMap { .. })
            ));
        }

        #[test]
        fn the_nearest_point_inside_is_in_the_area_and_leaves_a_place_inside_alone() {
            let area = PlanArea::made_up_town();
            let inside = [area.south_west[0] + 1e-3, area.north_east[1] - 1e-2];
            assert_eq!(area.nearest_inside(inside), inside);
            for off in [[-71.39368, 42.45], [139.7, 35.6], [f64::NAN, f64::INFINITY]] {
                let moved = area.nearest_inside(off);
                assert!(area.contains(moved), "{off:?} moved to {moved:?}");
            }
            // Just west of the town, it moves east only.
            let west = [area.south_west[0] - 0.01, 42.45];
            assert_eq!(area.nearest_inside(west)[1], 42.45);
        }

        #[test]
        fn refuses_the_far_side_of_the_world_and_nonsense() {
            let area = PlanArea::made_up_town();
            assert!(area.contains(TOWN_CENTRE));
            for position in [[139.7, 35.6], [1e300, -1e300], [f64::NAN, 42.45]] {
                assert!(!area.contains(position), "{position:?}");
            }
        }
    }

    #[test]
    fn a_map_without_intersections_has_no_area() {
        let mut map = generate_town(1, 20);
        map.intersections.clear();
        assert_eq!(PlanArea::of_map(&map), None);
    }
}
