//! The analyst console on an imported town (issue 15): the demonstration Lookup, with the
//! forms the worker's desk prepares, finds the visitor's car on the real roads, as it does
//! on the made-up town. Uses `../shared/data/` (beside the project, never copied into it);
//! prints a note and passes when it is absent.

mod common {
    pub mod shared_data;
}

use common::shared_data::somerville_with_cameras;
use plate_trail::scenario::console::Tool;
use plate_trail::scenario::towns;
use plate_trail::scenario::worker_protocol::{Prepared, Reply, Request, Searched, TownDesk};
use plate_trail::sim::Scenario;

mod lookup_on_an_imported_town {
    use super::*;

    #[test]
    fn the_demonstration_lookup_finds_the_visitors_car() {
        let Some(town) = somerville_with_cameras() else {
            return;
        };
        let file = town.file.clone();
        towns::hold(town);
        let scenario = Scenario {
            town_file: Some(file),
            days: 14,
            population: 300,
            ..Scenario::default()
        };
        let mut desk = TownDesk::default();
        let Reply::Prepared(prepared) = desk.answer(
            Request::Prepare {
                scenario: scenario.clone(),
            },
            |_| {},
        ) else {
            panic!("a Prepare gets a Prepared");
        };
        let prepared: Prepared = prepared.open().expect("the town is prepared");
        let database = prepared.database;
        let forms = prepared.into_forms();
        assert!(database.reads > 0, "{database:?}");
        let Reply::Searched(searched) = desk.answer(
            Request::Search {
                scenario,
                forms: forms.clone(),
                tool: Tool::Lookup,
            },
            |_| {},
        ) else {
            panic!("a Search gets a Searched");
        };
        let Searched { result, .. } = searched.open().expect("the search runs");
        assert!(
            !result.rows.is_empty() && result.commuter_found,
            "Lookup of {} found {} rows: {:?}",
            forms.lookup_plate,
            result.rows.len(),
            result.summary
        );
    }
}
