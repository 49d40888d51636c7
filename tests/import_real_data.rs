//! The import on the real files in `../shared/data/` (beside the project; never copied into
//! it): the same area in two formats gives the same town, the three camera exports give the
//! same cameras, and the simulation drives on an imported town. Each test prints a note and
//! passes when `../shared/data` is absent (a clone without the shared folder).

mod common {
    pub mod shared_data;
}

use common::shared_data::shared;
use plate_trail::import::{
    CameraRecord, FileFormat, ImportError, ImportedTown, build_town, import_town, read_camera_file,
    read_road_network,
};
use plate_trail::sim::{Scenario, simulate_on_map};

fn town(name: &str, cameras: &[CameraRecord]) -> Option<ImportedTown> {
    let bytes = shared(name)?;
    Some(
        import_town("test", &bytes, cameras, &mut |_| {}).unwrap_or_else(|e| panic!("{name}: {e}")),
    )
}

fn cameras(name: &str) -> Option<(FileFormat, Vec<CameraRecord>)> {
    let bytes = shared(name)?;
    Some(read_camera_file(&bytes).unwrap_or_else(|e| panic!("{name}: {e}")))
}

mod road_networks {
    use super::*;

    #[test]
    fn osm_xml_and_pbf_of_the_same_area_give_the_same_network() {
        let (Some(xml), Some(pbf)) = (
            town("osm/somerville-chelsea.osm", &[]),
            town("osm/somerville-chelsea.osm.pbf", &[]),
        ) else {
            return;
        };
        assert_eq!(xml.nodes_read, 38_181);
        assert_eq!(xml.ways_read, 6_483);
        assert_eq!(xml.nodes_read, pbf.nodes_read);
        assert_eq!(xml.ways_read, pbf.ways_read);
        assert_eq!(xml.map.intersections, pbf.map.intersections);
        assert_eq!(xml.map.roads, pbf.map.roads);
        assert_eq!(xml.map.places, pbf.map.places);
        assert_eq!(xml.components, pbf.components);
        assert!(
            xml.map.intersections.len() > 1_000,
            "a real town, not a fragment"
        );
    }

    #[test]
    fn overpass_json_and_xml_give_the_same_data_and_network() {
        let (Some(xml), Some(json)) = (
            shared("osm/bolzano-overpass.osm"),
            shared("osm/bolzano-overpass.json"),
        ) else {
            return;
        };
        let from_xml = read_road_network(&xml, &mut |_| {}).expect("the XML reads");
        let from_json = read_road_network(&json, &mut |_| {}).expect("the JSON reads");
        assert_eq!(from_xml.positions.len(), 71);
        assert_eq!(from_xml.ways.len(), 22);
        assert_eq!(from_xml.relations.len(), 3);
        assert_eq!(from_xml, from_json);
        assert_eq!(
            build_town("Bolzano", &from_xml, &[], &mut |_| {}),
            build_town("Bolzano", &from_json, &[], &mut |_| {})
        );
    }

    #[test]
    fn the_largest_strongly_connected_part_is_kept_and_every_road_joins_it() {
        let Some(town) = town("osm/somerville-chelsea.osm.pbf", &[]) else {
            return;
        };
        assert!(town.components > 1, "a real extract has cut-off pieces");
        let n = town.map.intersections.len() as u32;
        assert!(town.map.roads.iter().all(|r| r.from < n && r.to < n));
        let mut used = vec![false; n as usize];
        for r in &town.map.roads {
            used[r.from as usize] = true;
            used[r.to as usize] = true;
        }
        assert!(used.iter().all(|&u| u), "no intersection without a road");
    }

    #[test]
    fn a_truncated_file_is_refused_with_a_message_not_a_panic() {
        let Some(xml) = shared("osm/somerville-chelsea.osm") else {
            return;
        };
        let cut = &xml[..xml.len() / 2];
        let error = read_road_network(cut, &mut |_| {}).expect_err("cut in half");
        assert!(matches!(error, ImportError::Malformed { .. }), "{error}");
        let Some(pbf) = shared("osm/somerville-chelsea.osm.pbf") else {
            return;
        };
        let error = read_road_network(&pbf[..pbf.len() / 2], &mut |_| {}).expect_err("cut");
        assert!(error.to_string().contains("OSM PBF"), "{error}");
    }

    #[test]
    fn reading_reports_progress_up_to_the_whole_file() {
        let Some(xml) = shared("osm/somerville-chelsea.osm") else {
            return;
        };
        let mut reports = Vec::new();
        read_road_network(&xml, &mut |step| reports.push(step)).expect("reads");
        assert!(reports.len() > 10, "{} reports", reports.len());
        assert_eq!(
            reports.last(),
            Some(&plate_trail::import::ImportStep::Reading {
                read_bytes: xml.len(),
                total_bytes: xml.len()
            })
        );
    }
}

mod camera_files {
    use super::*;

    fn by_node(mut records: Vec<CameraRecord>) -> Vec<CameraRecord> {
        records.sort_by_key(|r| r.osm_node);
        records
    }

    #[test]
    fn kml_geojson_and_csv_give_the_same_cameras() {
        let (Some(kml), Some(geojson), Some(csv)) = (
            cameras("alpr/massachusetts-alpr.kml"),
            cameras("alpr/greater-boston-alpr.geojson"),
            cameras("alpr/greater-boston-alpr.csv"),
        ) else {
            return;
        };
        assert_eq!(
            (kml.0, geojson.0, csv.0),
            (FileFormat::Kml, FileFormat::GeoJson, FileFormat::Csv)
        );
        assert_eq!(kml.1.len(), 1_221);
        assert_eq!(csv.1.len(), 166);
        let csv = by_node(csv.1);
        assert_eq!(by_node(geojson.1), csv);
        // The Greater Boston files are the state's KML cut to a box.
        let in_box: Vec<CameraRecord> = kml
            .1
            .into_iter()
            .filter(|r| csv.iter().any(|c| c.osm_node == r.osm_node))
            .collect();
        assert_eq!(by_node(in_box), csv);
    }

    #[test]
    fn cameras_are_snapped_facing_along_a_road_or_reported() {
        let Some((_, records)) = cameras("alpr/greater-boston-alpr.csv") else {
            return;
        };
        let Some(town) = town("osm/somerville-chelsea.osm.pbf", &records) else {
            return;
        };
        let counts = town.summary().cameras;
        assert_eq!(counts.read, 166);
        assert_eq!(counts.snapped + counts.unmatched, counts.read);
        assert!(counts.snapped >= 40, "{counts:?}");
        assert!(
            counts.unmatched >= 40,
            "{counts:?}: most of the box lies outside the streets"
        );
        for camera in &town.map.cameras {
            assert!((0.0..360.0).contains(&camera.heading_degrees));
        }
    }
}

mod simulation {
    use super::*;

    #[test]
    fn a_month_runs_on_an_imported_town_and_its_cameras_read_plates() {
        let Some((_, records)) = cameras("alpr/greater-boston-alpr.csv") else {
            return;
        };
        let Some(town) = town("osm/somerville-chelsea.osm.pbf", &records) else {
            return;
        };
        let scenario = Scenario {
            seed: 3,
            days: 7,
            population: 300,
            ..Scenario::default()
        };
        let run = simulate_on_map(&scenario, town.map).expect("the town simulates");
        assert!(
            !run.simulation.sightings.is_empty(),
            "the mapped cameras read traffic"
        );
        assert!(!run.trips.is_empty(), "the commuter drives");
    }
}
