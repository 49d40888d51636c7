//! The analyst console's result sentences, written from a search's data
//! ([`crate::scenario::console::SearchResult`]) in the language now chosen, when they are
//! drawn: the search runs in the town-wide worker, which hands over counts, plates, place
//! names and minutes, never words, so a language switch rewrites the results without
//! searching again.
//!
//! Words only: no UI crates, no searching.

use crate::analyst::query::{NEAR_METERS, QueryError};
use crate::scenario::console::{RowDetail, RowTitle, SearchError, SearchResult, Summary};

/// The sentence over the results: why the search could not run, or what it found.
pub fn search_summary(result: &SearchResult) -> String {
    if let Some(error) = &result.error {
        return search_error(error);
    }
    match &result.summary {
        Summary::Nothing => String::new(),
        Summary::Lookup {
            plate,
            days,
            reads,
            cameras,
        } => super::lookup_summary(plate, *days, *reads, *cameras),
        Summary::Attributes { vehicles } => super::attribute_summary(*vehicles),
        Summary::MultiGeo { places, vehicles } => super::multi_geo_summary(places, *vehicles),
        Summary::Convoy { plate, vehicles } => super::convoy_summary(plate, *vehicles),
        Summary::Stakeout {
            place,
            from_minute,
            vehicles,
        } => super::stakeout_summary(place, &super::format_minute(*from_minute), *vehicles),
        Summary::HotList { plate, alerts } => super::hot_list_summary(plate, *alerts),
    }
}

/// Why a search could not run, as a message the visitor can act on.
pub fn search_error(error: &SearchError) -> String {
    match error {
        SearchError::BadPlate(typed) => super::bad_plate(typed),
        SearchError::NoCameraNear => super::no_camera_near().to_owned(),
        SearchError::NoSuchPlace => super::no_such_place().to_owned(),
        SearchError::Desk(reason) => reason.clone(),
        SearchError::Description(QueryError::Empty) => super::query_empty().to_owned(),
        SearchError::Description(QueryError::UnknownPlace(place)) => {
            super::query_unknown_place(place)
        }
        SearchError::Description(QueryError::NoCameraNear(place)) => {
            super::query_no_camera_near(NEAR_METERS, place)
        }
    }
}

/// A result row's title: a plate or camera, or an alert's time.
pub fn row_title(title: &RowTitle) -> String {
    match title {
        RowTitle::Name(name) => name.clone(),
        RowTitle::Minute(minute) => super::format_minute(*minute),
    }
}

/// What a result row says after its title.
pub fn row_detail(detail: &RowDetail) -> String {
    match detail {
        RowDetail::CameraReads(reads) => super::camera_reads(*reads),
        RowDetail::Hit { look, reads } => {
            let look = look
                .as_ref()
                .map_or_else(String::new, super::describe_fingerprint);
            super::hit_detail(look, *reads)
        }
        RowDetail::Areas { areas, reads } => super::multi_geo_detail(*areas, *reads),
        RowDetail::Convoy {
            together,
            days,
            cameras,
        } => super::convoy_detail(*together, *days, *cameras),
        RowDetail::Alert { plate, camera } => super::alert_detail(plate, camera),
    }
}
