//! Importing a real town: a road network from an OpenStreetMap file (XML, Overpass JSON or
//! PBF) and mapped cameras (ALPR nodes in the same data, or a DeFlock KML, GeoJSON or CSV
//! export), put together into the [`TownMap`] the simulation drives on.
//!
//! Pure and native-testable like [`crate::sim`]: no UI crates, no files, no clocks. Every
//! reader takes bytes (so the town-wide worker can run it on a dropped file) and reports
//! progress through a callback; every refusal is an [`ImportError`] with a one-line message.
//! Files above the limits in [`error`] are refused before parsing. Only the worker's binary
//! links this module, so the page's first download stays small.
//!
//! Layers: imports [`crate::sim`] only; never the scenario, text or UI.

pub mod camera_files;
pub mod cameras;
pub mod error;
pub mod network;
pub mod osm;
pub mod osm_pbf;
pub mod osm_xml;
pub mod overpass_json;
pub mod places;
pub mod spatial;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::sim::{LonLat, PlaceKind, TownMap};

pub use cameras::{CameraRecord, SnappedCameras, UnmatchedCamera};
pub use error::{Counted, FileFormat, ImportError};
pub use osm::OsmData;

use error::{MAX_CAMERA_FILE_BYTES, MAX_OSM_PBF_BYTES, MAX_OSM_TEXT_BYTES};
use osm::{MemberKind, tag, to_degrees};

/// Where map data comes from, shown as attribution with an imported town.
pub const OSM_ATTRIBUTION: &str = "Map data (c) OpenStreetMap contributors, ODbL";

/// How far an import has got, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ImportStep {
    /// Reading the file: `read_bytes` of `total_bytes`.
    Reading {
        read_bytes: usize,
        total_bytes: usize,
    },
    /// Building the road network.
    Roads,
    /// Finding the places.
    Places,
    /// Putting the cameras on the roads.
    Cameras,
}

/// The first bytes that matter: after a UTF-8 byte-order mark and white space.
fn start_of(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let skip = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[skip..]
}

/// Which road-network format `bytes` are, by their content (not their name), checked against
/// that format's size limit.
pub fn road_network_format(bytes: &[u8]) -> Result<FileFormat, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    let format = if osm_pbf::looks_like_pbf(bytes) {
        FileFormat::OsmPbf
    } else {
        match start_of(bytes).first() {
            Some(b'<') => FileFormat::OsmXml,
            Some(b'{') => FileFormat::OverpassJson,
            None => return Err(ImportError::Empty),
            _ => return Err(ImportError::NotARoadNetwork),
        }
    };
    let limit = match format {
        FileFormat::OsmPbf => MAX_OSM_PBF_BYTES,
        _ => MAX_OSM_TEXT_BYTES,
    };
    if bytes.len() > limit {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            limit,
        });
    }
    Ok(format)
}

/// Reads a road-network file of any of the three formats.
pub fn read_road_network(
    bytes: &[u8],
    progress: &mut dyn FnMut(ImportStep),
) -> Result<OsmData, ImportError> {
    let format = road_network_format(bytes)?;
    let total_bytes = bytes.len();
    let mut reading = |read_bytes| {
        progress(ImportStep::Reading {
            read_bytes,
            total_bytes,
        })
    };
    match format {
        FileFormat::OsmPbf => osm_pbf::read_osm_pbf(bytes, &mut reading),
        FileFormat::OverpassJson => overpass_json::read_overpass_json(bytes, &mut reading),
        _ => osm_xml::read_osm_xml(bytes, &mut reading),
    }
}

/// Reads a camera file (KML, GeoJSON or CSV, by content), checked against its size limit.
pub fn read_camera_file(bytes: &[u8]) -> Result<(FileFormat, Vec<CameraRecord>), ImportError> {
    if start_of(bytes).is_empty() {
        return Err(ImportError::Empty);
    }
    if bytes.len() > MAX_CAMERA_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_CAMERA_FILE_BYTES,
        });
    }
    let (format, records) = match start_of(bytes).first() {
        Some(b'<') => (FileFormat::Kml, camera_files::read_kml(bytes)?),
        Some(b'{') => (FileFormat::GeoJson, camera_files::read_geojson(bytes)?),
        _ if std::str::from_utf8(bytes).is_ok() => {
            (FileFormat::Csv, camera_files::read_csv(bytes)?)
        }
        _ => return Err(ImportError::NotACameraFile),
    };
    if records.is_empty() {
        return Err(ImportError::NoCameras);
    }
    Ok((format, records))
}

/// An imported town and what the import counted.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedTown {
    pub map: TownMap,
    /// Nodes and ways in the road-network file.
    pub nodes_read: usize,
    pub ways_read: usize,
    /// Drivable ways among them.
    pub drivable_ways: usize,
    /// Strongly connected parts of the drivable network (only the largest is kept).
    pub components: usize,
    /// `[min_lon, min_lat, max_lon, max_lat]` of the file's data.
    pub bbox: [f64; 4],
    /// Named destinations with no place kind of ours (parks, shelters...).
    pub places_without_kind: usize,
    /// Named places too far from any kept street.
    pub places_off_network: usize,
    /// How the cameras were put on the roads.
    pub cameras: SnappedCameras,
}

/// The `cameras` object of the import summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CameraCounts {
    pub read: usize,
    pub snapped: usize,
    pub unmatched: usize,
}

/// What the `import` example prints (the issue's command-line contract).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ImportSummary {
    pub nodes: usize,
    pub ways: usize,
    pub road_km: f64,
    pub components: usize,
    pub kept_nodes: usize,
    pub places: BTreeMap<PlaceKind, usize>,
    pub cameras: CameraCounts,
    pub bbox: [f64; 4],
}

impl ImportedTown {
    pub fn summary(&self) -> ImportSummary {
        let mut places = BTreeMap::new();
        for place in &self.map.places {
            *places.entry(place.kind).or_insert(0) += 1;
        }
        let meters = self.map.roads.iter().map(|r| r.length_meters).sum::<f64>() + 0.0;
        ImportSummary {
            nodes: self.nodes_read,
            ways: self.ways_read,
            road_km: (meters / 100.0).round() / 10.0,
            components: self.components,
            kept_nodes: self.map.intersections.len(),
            places,
            cameras: CameraCounts {
                read: self.cameras.read,
                snapped: self.cameras.snapped,
                unmatched: self.cameras.unmatched.len(),
            },
            bbox: self.bbox.map(|v| (v * 1e7).round() / 1e7),
        }
    }
}

/// Builds the town of `data`, named `name` unless a boundary relation names it, with the
/// ALPR nodes of `data` and `camera_file`'s cameras (a camera in both counts once).
pub fn build_town(
    name: &str,
    data: &OsmData,
    camera_file: &[CameraRecord],
    progress: &mut dyn FnMut(ImportStep),
) -> Result<ImportedTown, ImportError> {
    progress(ImportStep::Roads);
    let network = network::road_network(data).ok_or(ImportError::NoDrivableRoads)?;
    let bbox = data.bbox_degrees().ok_or(ImportError::NoDrivableRoads)?;
    let (boundary, town_name) = match boundary_relation(data) {
        Some((ring, relation_name)) => (ring, relation_name),
        None => (rectangle(bbox), name.to_string()),
    };
    progress(ImportStep::Places);
    let found = places::find_places(data, &network);
    let mut map = TownMap {
        name: town_name,
        boundary,
        intersections: network.intersections.clone(),
        roads: network.roads.clone(),
        places: found.places,
        cameras: Vec::new(),
        attribution: OSM_ATTRIBUTION.to_string(),
    };
    progress(ImportStep::Cameras);
    let mut records = cameras::cameras_in_osm(data);
    for record in camera_file {
        let duplicate =
            record.osm_node.is_some() && records.iter().any(|r| r.osm_node == record.osm_node);
        if !duplicate {
            records.push(record.clone());
        }
    }
    let snapped = cameras::snap_cameras(&map, &records);
    map.cameras = snapped.cameras.clone();
    Ok(ImportedTown {
        map,
        nodes_read: data.positions.len(),
        ways_read: data.ways.len(),
        drivable_ways: network.drivable_ways,
        components: network.components,
        bbox,
        places_without_kind: found.without_kind,
        places_off_network: found.off_network,
        cameras: snapped,
    })
}

/// Reads a road-network file and builds its town (see [`build_town`]).
pub fn import_town(
    name: &str,
    road_file: &[u8],
    camera_file: &[CameraRecord],
    progress: &mut dyn FnMut(ImportStep),
) -> Result<ImportedTown, ImportError> {
    let data = read_road_network(road_file, progress)?;
    build_town(name, &data, camera_file, progress)
}

/// A closed ring around `bbox` (`[min_lon, min_lat, max_lon, max_lat]`).
fn rectangle(bbox: [f64; 4]) -> Vec<LonLat> {
    let [w, s, e, n] = bbox;
    vec![[w, s], [e, s], [e, n], [w, n], [w, s]]
}

/// The town line and name of the most local administrative boundary whose outer ways close
/// into one ring.
fn boundary_relation(data: &OsmData) -> Option<(Vec<LonLat>, String)> {
    let mut best: Option<(u32, Vec<LonLat>, String)> = None;
    for relation in &data.relations {
        if tag(&relation.tags, "boundary") != Some("administrative") {
            continue;
        }
        let level: u32 = tag(&relation.tags, "admin_level")
            .and_then(|l| l.parse().ok())
            .unwrap_or(0);
        if best.as_ref().is_some_and(|(b, _, _)| *b >= level) {
            continue;
        }
        let outer: Vec<&Vec<i64>> = relation
            .members
            .iter()
            .filter(|m| m.kind == MemberKind::Way && m.role != "inner")
            .filter_map(|m| {
                data.ways
                    .binary_search_by_key(&m.id, |w| w.id)
                    .ok()
                    .map(|i| &data.ways[i].nodes)
            })
            .collect();
        let Some(ring) = close_ring(&outer) else {
            continue;
        };
        let points: Option<Vec<LonLat>> = ring
            .iter()
            .map(|id| data.positions.get(id).map(|&p| to_degrees(p)))
            .collect();
        if let Some(points) = points.filter(|p| p.len() >= 4) {
            let name = tag(&relation.tags, "name").unwrap_or("").to_string();
            best = Some((level, points, name));
        }
    }
    best.map(|(_, ring, name)| (ring, name))
        .filter(|(_, n)| !n.is_empty())
}

/// Joins ways end to end into one closed ring of node ids, if they make exactly one.
fn close_ring(ways: &[&Vec<i64>]) -> Option<Vec<i64>> {
    let mut left: Vec<&Vec<i64>> = ways.iter().copied().filter(|w| w.len() >= 2).collect();
    if left.is_empty() {
        return None;
    }
    let mut ring: Vec<i64> = left.remove(0).clone();
    while ring.first() != ring.last() {
        let end = *ring.last()?;
        let at = left
            .iter()
            .position(|w| w.first() == Some(&end) || w.last() == Some(&end))?;
        let next = left.remove(at);
        if next.first() == Some(&end) {
            ring.extend(next.iter().skip(1));
        } else {
            ring.extend(next.iter().rev().skip(1));
        }
    }
    left.is_empty().then_some(ring)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_apart_by_content() {
        assert_eq!(
            road_network_format(b"  <?xml?><osm/>"),
            Ok(FileFormat::OsmXml)
        );
        assert_eq!(
            road_network_format(b"{\"elements\":[]}"),
            Ok(FileFormat::OverpassJson)
        );
        assert_eq!(road_network_format(b""), Err(ImportError::Empty));
        assert_eq!(
            road_network_format(b"lon,lat\n"),
            Err(ImportError::NotARoadNetwork)
        );
    }

    #[test]
    fn an_enormous_file_is_refused_before_parsing() {
        let mut bytes = vec![b' '; MAX_OSM_TEXT_BYTES + 1];
        bytes[0] = b'<';
        assert!(matches!(
            road_network_format(&bytes),
            Err(ImportError::TooLarge { .. })
        ));
    }

    #[test]
    fn ways_join_into_a_ring() {
        let (a, b, c) = (vec![1, 2, 3], vec![5, 4, 3], vec![5, 1]);
        assert_eq!(close_ring(&[&a, &b, &c]), Some(vec![1, 2, 3, 4, 5, 1]));
        assert_eq!(close_ring(&[&a, &b]), None);
    }

    #[test]
    fn a_small_street_grid_becomes_a_town() {
        let xml = br#"<osm>
            <node id="1" lat="42.000" lon="-71.000"/><node id="2" lat="42.000" lon="-70.998"/>
            <node id="3" lat="42.002" lon="-70.998"/><node id="4" lat="42.002" lon="-71.000"/>
            <node id="5" lat="42.001" lon="-70.999"><tag k="amenity" v="place_of_worship"/>
              <tag k="religion" v="muslim"/><tag k="name" v="Islamic Center"/></node>
            <node id="6" lat="42.0005" lon="-70.9990"><tag k="surveillance:type" v="ALPR"/>
              <tag k="direction" v="90"/><tag k="operator" v="Town of Example"/></node>
            <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/>
              <tag k="highway" v="residential"/><tag k="name" v="Ring Road"/></way>
        </osm>"#;
        let town = import_town("Example", xml, &[], &mut |_| {}).expect("a town");
        let summary = town.summary();
        assert_eq!(summary.kept_nodes, 4);
        assert_eq!(summary.places.get(&PlaceKind::Mosque), Some(&1));
        assert_eq!((summary.cameras.read, summary.cameras.snapped), (1, 1));
        assert_eq!(town.map.cameras[0].heading_degrees.round(), 90.0);
        assert_eq!(town.map.attribution, OSM_ATTRIBUTION);
    }
}
