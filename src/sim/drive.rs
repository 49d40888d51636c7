//! Drives (one car from one stop to the next at a time) and the traffic model that times
//! them and captures them: routes from the [`RoutePlanner`], camera passes from the
//! [`CoverageTable`], computed once per route and reused by every car that drives it.

use rand::Rng;

use super::capture::{CameraPass, CoverageTable, DRIVEWAY_DECISECONDS, read_plate};
use super::model::*;
use super::routing::{
    DirectedSegment, RoadGraph, Route, RouteId, RoutePlanner, fastest_route_with,
};

/// Deciseconds in a minute.
pub const DECISECONDS_PER_MINUTE: u32 = 600;
/// Deciseconds in a day.
pub const DECISECONDS_PER_DAY: u32 = MINUTES_PER_DAY * DECISECONDS_PER_MINUTE;

/// Where a drive starts or ends: an intersection, and the place whose driveway it uses
/// (homes of the background population are not places).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Endpoint {
    pub node: IntersectionId,
    pub place: Option<PlaceId>,
}

/// One car driving from one stop to the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Drive {
    /// When the car leaves, in deciseconds since the simulation start.
    pub depart_deciseconds: u32,
    pub from: Endpoint,
    pub to: Endpoint,
    pub route: RouteId,
}

/// Routes, their durations and camera passes, shared by every car.
pub struct Traffic<'a> {
    planner: RoutePlanner<'a>,
    coverage: &'a CoverageTable,
    passes: Vec<Vec<CameraPass>>,
    /// Alternatives to usual routes, by usual route.
    alternatives: std::collections::BTreeMap<RouteId, Option<RouteId>>,
}

impl<'a> Traffic<'a> {
    pub fn new(graph: &'a RoadGraph, coverage: &'a CoverageTable, map: &TownMap) -> Traffic<'a> {
        Traffic {
            planner: RoutePlanner::new(graph, map.places.iter().map(|p| p.access)),
            coverage,
            passes: Vec::new(),
            alternatives: std::collections::BTreeMap::new(),
        }
    }

    /// Drops the traffic model a piece at a time, pausing at `pace` in between: a town's
    /// month remembers tens of thousands of routes and their camera passes, and freeing them
    /// in one go was a task of 12 to 24 ms on a page without a worker (issue 11).
    pub async fn drop_paced(self, pace: &mut impl super::pace::Pace) {
        let Traffic {
            planner, passes, ..
        } = self;
        super::pace::drop_paced(passes, pace).await;
        planner.drop_paced(pace).await;
    }

    fn remember_passes(&mut self) {
        while self.passes.len() < self.planner.routes().len() {
            let route = &self.planner.routes()[self.passes.len()].route;
            self.passes
                .push(self.coverage.passes_along(self.planner.graph(), route));
        }
    }

    /// The fastest route between two endpoints, or `None` if no road leads there.
    pub fn route(&mut self, from: Endpoint, to: Endpoint) -> Option<RouteId> {
        let id = self.planner.route(from.node, to.node)?;
        self.remember_passes();
        Some(id)
    }

    /// Every drive from `origin` to `destination` takes `route` (and no alternative to it).
    pub fn prefer(&mut self, origin: IntersectionId, destination: IntersectionId, route: Route) {
        let id = self.planner.prefer(origin, destination, route);
        self.remember_passes();
        self.alternatives.insert(id, None);
    }

    /// Another reasonable way than `usual` (avoiding its segments where it costs little),
    /// if there is one.
    pub fn alternative(&mut self, usual: RouteId) -> Option<RouteId> {
        if let Some(&known) = self.alternatives.get(&usual) {
            return known;
        }
        let planned = self.planner.get(usual).clone();
        // A sorted vector rather than a BTreeSet: collecting a BTreeSet links a std sort of
        // its own into the page (see `super::stable_sort`).
        let mut usual_legs: Vec<DirectedSegment> = planned.route.legs.clone();
        super::stable_sort::sort(&mut usual_legs);
        usual_legs.dedup();
        let found = fastest_route_with(
            self.planner.graph(),
            planned.origin,
            planned.destination,
            |leg| {
                if usual_legs.binary_search(&leg).is_ok() {
                    160
                } else {
                    100
                }
            },
        )
        .filter(|r| {
            r.legs != planned.route.legs
                && r.duration_deciseconds <= planned.route.duration_deciseconds * 13 / 10 + 600
        })
        .map(|r| self.planner.add(planned.origin, planned.destination, r));
        self.remember_passes();
        self.alternatives.insert(usual, found);
        found
    }

    /// How long a drive over `route` takes from door to door, in deciseconds.
    pub fn duration_deciseconds(&self, from: Endpoint, route: RouteId, to: Endpoint) -> u32 {
        let driveways = u32::from(from.place.is_some()) + u32::from(to.place.is_some());
        self.planner.get(route).route.duration_deciseconds + driveways * DRIVEWAY_DECISECONDS
    }

    /// When a drive arrives, in deciseconds since the simulation start.
    pub fn arrival_deciseconds(&self, drive: &Drive) -> u32 {
        drive.depart_deciseconds + self.duration_deciseconds(drive.from, drive.route, drive.to)
    }

    /// The intersections a route passes.
    pub fn intersections(&self, route: RouteId) -> Vec<IntersectionId> {
        let planned = self.planner.get(route);
        planned
            .route
            .intersections(self.planner.graph(), planned.origin)
    }

    /// Every camera a drive passes, with the minute, in driving order.
    pub fn camera_passes(&self, drive: &Drive, mut visit: impl FnMut(u32, &CameraPass)) {
        let mut start = drive.depart_deciseconds;
        if let Some(place) = drive.from.place {
            for pass in self.coverage.leaving(place) {
                visit(start + pass.offset_deciseconds, pass);
            }
            start += DRIVEWAY_DECISECONDS;
        }
        for pass in &self.passes[drive.route as usize] {
            visit(start + pass.offset_deciseconds, pass);
        }
        if let Some(place) = drive.to.place {
            start += self.planner.get(drive.route).route.duration_deciseconds;
            for pass in self.coverage.reaching(place) {
                visit(start + pass.offset_deciseconds, pass);
            }
        }
    }

    /// Runs the cameras over one car's drives: every read lands in `sightings`. Reads after
    /// `end_minute` are not recorded.
    #[allow(clippy::too_many_arguments)]
    pub fn capture(
        &self,
        cameras: &[Camera],
        vehicle: VehicleId,
        plate: Plate,
        drives: &[Drive],
        end_minute: u32,
        rng: &mut impl Rng,
        sightings: &mut Vec<Sighting>,
    ) {
        for drive in drives {
            self.camera_passes(drive, |at_deciseconds, pass| {
                let minute = at_deciseconds / DECISECONDS_PER_MINUTE;
                if minute >= end_minute {
                    return;
                }
                let camera = &cameras[pass.camera as usize];
                if let Some(read) = read_plate(rng, camera.read_probability, plate) {
                    sightings.push(Sighting {
                        camera: pass.camera,
                        minute,
                        plate: read,
                        direction: pass.direction,
                        vehicle,
                    });
                }
            });
        }
    }
}
