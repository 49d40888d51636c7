//! Mapped plate-reading cameras: what a camera file or the OSM data says about each
//! ([`CameraRecord`]), and putting them on the imported roads ([`snap_cameras`]): each
//! stands on the nearest road within [`SNAP_METERS`], facing along it in the direction its
//! `direction` tag is nearest to (both ways when the tag is missing or says `both`).
//! Cameras with no road that near are reported, not dropped silently.
//!
//! # Units
//! Positions in lon/lat degrees, directions in compass degrees (0 = north, 90 = east: the
//! way the camera looks, OSM's `direction`), distances in meters.

use serde::Serialize;

use crate::sim::cameras::{CAMERA_FIELD_OF_VIEW_DEGREES, CAMERA_RANGE_METERS};
use crate::sim::geometry::{LocalFrame, bearing_degrees, bearing_difference_degrees};
use crate::sim::{Camera, CameraOwner, CameraPlacement, LonLat, RoadSegment, TownMap};

use super::osm::{OsmData, tag, to_degrees};
use super::spatial::SegmentGrid;

/// How far from a road a mapped camera may stand and still be put on it, in meters.
pub const SNAP_METERS: f64 = 60.0;
/// The most facings one mapped camera may have (a pole with cameras each way).
pub const MAX_FACINGS: usize = 4;

/// One camera as a file or the OSM data lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CameraRecord {
    /// The OSM node id, when the source names it.
    pub osm_node: Option<i64>,
    pub position: LonLat,
    pub operator: String,
    pub manufacturer: String,
    /// The compass directions the camera looks (empty when unknown or "both").
    pub directions: Vec<f64>,
}

/// Compass directions from a `direction` value: degrees or compass points separated by `;`
/// (`"60;240"`, `"NE"`); words such as `both` and anything unreadable give none.
pub fn parse_directions(value: &str) -> Vec<f64> {
    const POINTS: [&str; 16] = [
        "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW",
        "NW", "NNW",
    ];
    value
        .split(';')
        .filter_map(|part| {
            let part = part.trim();
            part.parse::<f64>()
                .ok()
                .filter(|d| d.is_finite())
                .map(|d| d.rem_euclid(360.0))
                .or_else(|| {
                    let upper = part.to_ascii_uppercase();
                    POINTS
                        .iter()
                        .position(|p| *p == upper)
                        .map(|i| i as f64 * 22.5)
                })
        })
        .take(MAX_FACINGS)
        .collect()
}

/// The ALPR nodes of an OSM file (`surveillance:type=ALPR`).
pub fn cameras_in_osm(data: &OsmData) -> Vec<CameraRecord> {
    data.tagged_nodes
        .iter()
        .filter(|n| {
            tag(&n.tags, "surveillance:type").is_some_and(|t| t.eq_ignore_ascii_case("alpr"))
        })
        .map(|n| CameraRecord {
            osm_node: Some(n.id),
            position: to_degrees(n.at),
            operator: tag(&n.tags, "operator").unwrap_or("").to_string(),
            manufacturer: tag(&n.tags, "manufacturer").unwrap_or("").to_string(),
            directions: tag(&n.tags, "direction")
                .or_else(|| tag(&n.tags, "camera:direction"))
                .map(parse_directions)
                .unwrap_or_default(),
        })
        .collect()
}

/// Who an operator's name says runs a camera: state agencies, police and towns, or else a
/// business. A camera with no operator is counted a business's; its empty `operator` lets
/// the UI say that the owner is not mapped.
pub fn owner_of(operator: &str) -> CameraOwner {
    let o = operator.to_ascii_lowercase();
    if [
        "state police",
        "department of transportation",
        "massdot",
        "highway patrol",
    ]
    .iter()
    .any(|w| o.contains(w))
    {
        CameraOwner::StatePolice
    } else if ["police", "sheriff", "town of", "city of", "county"]
        .iter()
        .any(|w| o.contains(w))
    {
        CameraOwner::TownPolice
    } else {
        CameraOwner::PrivateBusiness
    }
}

/// A camera that could not be put on a road.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UnmatchedCamera {
    pub osm_node: Option<i64>,
    pub position: LonLat,
    /// The distance to the nearest road, when one is within ten times [`SNAP_METERS`].
    pub nearest_road_meters: Option<f64>,
}

/// What putting a file's cameras on the roads gave.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SnappedCameras {
    pub cameras: Vec<Camera>,
    pub read: usize,
    pub snapped: usize,
    pub unmatched: Vec<UnmatchedCamera>,
}

/// Puts `records` on `map`'s roads.
pub fn snap_cameras(map: &TownMap, records: &[CameraRecord]) -> SnappedCameras {
    let frame = LocalFrame::around(map.intersections.iter().map(|i| i.position));
    let point = |id: u32| frame.to_local(map.intersections[id as usize].position);
    let grid = SegmentGrid::new(
        map.roads
            .iter()
            .map(|r| (point(r.from), point(r.to)))
            .collect(),
    );
    let mut result = SnappedCameras {
        read: records.len(),
        ..SnappedCameras::default()
    };
    for record in records {
        let at = frame.to_local(record.position);
        let Some(near) = grid.nearest(at, SNAP_METERS) else {
            result.unmatched.push(UnmatchedCamera {
                osm_node: record.osm_node,
                position: record.position,
                nearest_road_meters: grid
                    .nearest(at, SNAP_METERS * 10.0)
                    .map(|n| (n.distance_meters * 10.0).round() / 10.0),
            });
            continue;
        };
        result.snapped += 1;
        let road: &RoadSegment = &map.roads[near.segment];
        let (a, b) = (point(road.from), point(road.to));
        let on_road = frame.to_lon_lat(a.lerp(b, near.fraction));
        let along = bearing_degrees(a, b);
        let ways: Vec<f64> = if road.oneway {
            vec![along]
        } else {
            vec![along, (along + 180.0).rem_euclid(360.0)]
        };
        let mut facings: Vec<f64> = if record.directions.is_empty() {
            ways.clone()
        } else {
            record
                .directions
                .iter()
                .map(|&d| {
                    *ways
                        .iter()
                        .min_by(|x, y| {
                            bearing_difference_degrees(**x, d)
                                .total_cmp(&bearing_difference_degrees(**y, d))
                        })
                        .unwrap_or(&along)
                })
                .collect()
        };
        facings.dedup();
        let base = match record.osm_node {
            Some(id) => format!("OSM {id}"),
            None => format!("CAM-{:03}", result.snapped),
        };
        let owner = owner_of(&record.operator);
        let several = facings.len() > 1;
        for (k, heading) in facings.into_iter().enumerate() {
            result.cameras.push(Camera {
                label: if several {
                    format!("{base}/{}", k + 1)
                } else {
                    base.clone()
                },
                position: on_road,
                heading_degrees: heading,
                field_of_view_degrees: CAMERA_FIELD_OF_VIEW_DEGREES,
                range_meters: CAMERA_RANGE_METERS,
                operator: record.operator.clone(),
                owner,
                placement: CameraPlacement::Mapped,
                read_probability: match owner {
                    CameraOwner::PrivateBusiness => 0.90,
                    _ => 0.95,
                },
            });
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directions_read_degrees_and_compass_points() {
        assert_eq!(parse_directions("60;240"), vec![60.0, 240.0]);
        assert_eq!(parse_directions("NE"), vec![45.0]);
        assert_eq!(parse_directions("both"), Vec::<f64>::new());
        assert_eq!(parse_directions("-90"), vec![270.0]);
    }

    #[test]
    fn operators_map_to_owners() {
        assert_eq!(
            owner_of("Massachusetts Department of Transportation"),
            CameraOwner::StatePolice
        );
        assert_eq!(
            owner_of("Chelsea Police Department"),
            CameraOwner::TownPolice
        );
        assert_eq!(owner_of("Lowe's"), CameraOwner::PrivateBusiness);
    }
}
