//! A town whose file has an administrative boundary relation and named places, imported as
//! the app's picker imports it (`scenario::town_import::import_files`, the worker's path):
//! its outline is the relation's ring, not the file's bounds; it takes the relation's name;
//! its places keep their real names and kinds; and a ready-made life's workplace and stops
//! land on those named places, as the simulator's life panel lists them.
//!
//! The file is `tests/fixtures/town-with-boundary.osm` (made by
//! `tests/fixtures/make_town_with_boundary.mjs`; the shared real extracts have no boundary
//! relation). `tests/e2e/import.test.mjs` drops the same file on the built app.

use plate_trail::scenario::stop_draft::place_name;
use plate_trail::scenario::town_import::{PickedFile, import_files};
use plate_trail::sim::{LonLat, Persona, PlaceKind, Scenario, TownMap, simulate_on_map};

const FILE: &[u8] = include_bytes!("fixtures/town-with-boundary.osm");

/// The town line of Quillmoor in the fixture, as its three outer ways join (one backwards).
const TOWN_LINE: [LonLat; 8] = [
    [-71.3015, 42.299],
    [-71.292, 42.2975],
    [-71.2815, 42.2995],
    [-71.2805, 42.308],
    [-71.285, 42.3145],
    [-71.296, 42.315],
    [-71.302, 42.307],
    [-71.3015, 42.299],
];

fn town() -> TownMap {
    let picked = PickedFile {
        name: "town-with-boundary.osm",
        bytes: FILE,
    };
    let (town, news) = import_files(picked, None, |_| {}).expect("the fixture imports");
    assert_eq!(news.places, town.map.places.len());
    (*town.map).clone()
}

fn near(a: LonLat, b: LonLat) -> bool {
    (a[0] - b[0]).abs() < 1e-6 && (a[1] - b[1]).abs() < 1e-6
}

mod town_line {
    use super::*;

    #[test]
    fn follows_the_most_local_boundary_relation_not_the_bounds() {
        let town = town();
        assert_eq!(town.boundary.len(), TOWN_LINE.len(), "{:?}", town.boundary);
        for (got, want) in town.boundary.iter().zip(TOWN_LINE) {
            assert!(near(*got, want), "{:?} is not {want:?}", town.boundary);
        }
        // Not the county's ring, nor the rectangle of the file's <bounds>.
        assert!(
            !town.boundary.iter().any(|p| near(*p, [-71.305, 42.295])),
            "the town line is the county's or the bounds' rectangle: {:?}",
            town.boundary
        );
    }

    #[test]
    fn names_the_town_after_the_relation_not_the_file() {
        assert_eq!(town().name, "Quillmoor");
    }
}

mod named_places {
    use super::*;

    #[test]
    fn keep_their_real_names_and_kinds() {
        let town = town();
        let named: Vec<(&str, PlaceKind)> = town
            .places
            .iter()
            .map(|p| (p.name.as_str(), p.kind))
            .collect();
        for (name, kind) in [
            ("Quillmoor Town Hall", PlaceKind::TownHall),
            ("St. Brigid's Catholic Church", PlaceKind::Church),
            ("Masjid Al-Noor", PlaceKind::Mosque),
            ("Eastside Elementary School", PlaceKind::School),
            ("Harbor Foods", PlaceKind::Grocery),
            ("Ironworks Fitness", PlaceKind::Gym),
            ("Carpenters Local 33", PlaceKind::UnionHall),
            ("Brightline Offices", PlaceKind::OfficePark),
            ("Riverside Park", PlaceKind::Park),
            ("Quillmoor General Hospital", PlaceKind::Hospital),
        ] {
            assert!(
                named.contains(&(name, kind)),
                "{name} ({kind:?}) in {named:?}"
            );
        }
        // A hotel has no kind of ours and an unnamed church no name: neither is placed.
        assert_eq!(named.len(), 10, "{named:?}");
        assert!(
            town.places
                .iter()
                .filter(|p| matches!(p.kind, PlaceKind::UnionHall | PlaceKind::Mosque))
                .all(|p| p.kind.is_sensitive())
        );
    }

    #[test]
    fn a_building_outline_counts_inside_it() {
        let town = town();
        let hospital = town
            .places
            .iter()
            .find(|p| p.name == "Quillmoor General Hospital")
            .expect("the hospital");
        // Inside its outline (rows 4.2-4.6 and columns 1.3-1.8 of the grid), not at a corner.
        let [lon, lat] = hospital.position;
        let (col, row) = ((lon + 71.3) / 0.0024, (lat - 42.3) / 0.0018);
        assert!(
            (1.3..1.8).contains(&col) && (4.2..4.6).contains(&row),
            "{:?}",
            hospital.position
        );
    }

    #[test]
    fn a_ready_made_life_is_lived_at_them() {
        let scenario = Scenario {
            seed: 1,
            days: 7,
            population: 50,
            persona: Some(Persona::OfficeParent),
            commuter: None,
            ..Scenario::default()
        };
        let town = town();
        let run = simulate_on_map(&scenario, town.clone()).expect("the town simulates");
        let brightline = town
            .places
            .iter()
            .find(|p| p.name == "Brightline Offices")
            .expect("the office");
        assert!(
            near(run.plan.work, brightline.position),
            "work at {:?}",
            run.plan.work
        );
        // The stops as the simulator's life panel names them.
        let stops: Vec<String> = run
            .plan
            .stops
            .iter()
            .map(|s| place_name(Some(&town), s))
            .collect();
        for name in [
            "Eastside Elementary School",
            "St. Brigid's Catholic Church",
            "Ironworks Fitness",
            "Harbor Foods",
            "Quillmoor Town Hall",
        ] {
            assert!(stops.iter().any(|s| s == name), "{name} in {stops:?}");
        }
        assert!(!run.trips.is_empty(), "the commuter drives");
    }
}
