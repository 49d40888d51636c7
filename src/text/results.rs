//! The analyst console's result sentences, written from a search's data
//! ([`crate::scenario::console::SearchResult`]) in the language now chosen, when they are
//! drawn: the search runs in the town-wide worker, which hands over counts, plates, place
//! names and minutes, never words, so a language switch rewrites the results without
//! searching again.
//!
//! Words only: no UI crates, no searching.

use crate::analyst::query::{NEAR_METERS, QueryError, Understood};
use crate::analyst::tools::TimeOfDay;
use crate::scenario::console::{
    Description, RowDetail, RowTitle, SearchError, SearchResult, Summary,
};
use crate::sim::{PlaceKind, Weekday};

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
        } => super::stakeout_summary_from(place, *from_minute, *vehicles),
        Summary::HotList { plate, alerts } => super::hot_list_summary(plate, *alerts),
    }
}

/// Why a search could not run, as a message the visitor can act on.
pub fn search_error(error: &SearchError) -> String {
    match error {
        SearchError::BadPlate(typed) => super::bad_plate(typed),
        SearchError::NoCameraNear => super::tools::no_camera_near().to_owned(),
        SearchError::NoSuchPlace => super::tools::no_such_place().to_owned(),
        SearchError::Desk(reason) => reason.clone(),
        SearchError::Description(QueryError::Empty) => super::tools::query_empty().to_owned(),
        SearchError::Description(QueryError::UnknownPlace(place)) => {
            super::tools::query_unknown_place(place)
        }
        SearchError::Description(QueryError::NoCameraNear(place)) => {
            super::tools::query_no_camera_near(NEAR_METERS, place)
        }
    }
}

/// What the console understood of a typed description, and the words it skipped as typed.
pub fn understood(terms: &[Understood], ignored: &[String]) -> String {
    let terms: Vec<String> = terms.iter().map(understood_term).collect();
    let mut out = super::messages::understood(terms.join(super::list_separator()));
    if !ignored.is_empty() {
        out.push_str(&super::not_understood(
            ignored.join(super::list_separator()),
        ));
    }
    out
}

/// One thing the description search understood, as the language says it.
fn understood_term(term: &Understood) -> String {
    match term {
        Understood::Colour(colour) => super::colour_name(*colour).to_lowercase(),
        Understood::Body(body) => super::body_name(*body).to_owned(),
        Understood::Make(make) => make.clone(),
        Understood::Feature(feature) => super::feature_name(*feature).to_owned(),
        Understood::Near(places) => {
            super::tools::understood_near(places.join(super::list_separator()))
        }
        Understood::Today => super::tools::understood_today().to_owned(),
        Understood::Yesterday => super::tools::understood_yesterday().to_owned(),
        Understood::ThisWeek => super::tools::understood_this_week().to_owned(),
        Understood::LastWeek => super::tools::understood_last_week().to_owned(),
        Understood::LastDays(days) => super::tools::understood_last_days(*days),
        Understood::Last(day) => super::tools::search_last_day(weekday_key(*day)),
        Understood::TimeOfDay(part) => super::tools::understood_time_of_day(match part {
            TimeOfDay::Morning => "morning",
            TimeOfDay::Afternoon => "afternoon",
            TimeOfDay::Evening => "evening",
            TimeOfDay::Night => "night",
        }),
    }
}

/// A weekday as the messages' selectors name it.
fn weekday_key(day: Weekday) -> &'static str {
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][day.index()]
}

/// A kind of place as `description-near`'s selector names it: the kinds the search knows a
/// word for ([`crate::analyst::query::word_for_kind`]).
fn kind_key(kind: PlaceKind) -> &'static str {
    use PlaceKind::*;
    match kind {
        ReproductiveHealthClinic => "reproductive-health-clinic",
        Church => "church",
        Mosque => "mosque",
        Synagogue => "synagogue",
        Temple => "temple",
        Hospital => "hospital",
        School => "school",
        Daycare => "daycare",
        Factory => "factory",
        OfficePark => "office-park",
        Store => "store",
        Grocery => "grocery",
        Gym => "gym",
        Bar => "bar",
        Restaurant => "restaurant",
        UnionHall => "union-hall",
        Courthouse => "courthouse",
        TownHall => "town-hall",
        ImmigrationLegalAid => "immigration-legal-aid",
        Park => "park",
        Shelter => "shelter",
        Home | FriendsHouse | OutOfTown => "",
    }
}

/// The console's example description ("silver Subaru SUV with roof rack near the clinic
/// last Tuesday") in the language now chosen; the search reads it back in any of them.
pub fn description(example: &Description) -> String {
    let mut words = super::tools::description_look(
        super::colour_for_body(example.colour, example.body).to_lowercase(),
        example.make.as_str(),
        super::body_name(example.body),
    );
    if let Some(feature) = example.feature {
        words = super::tools::description_with(words, super::feature_name(feature));
    }
    if let Some(kind) = example.near {
        words.push(' ');
        words.push_str(&super::tools::description_near(kind_key(kind)));
    }
    if let Some(day) = example.day {
        words.push(' ');
        words.push_str(&super::tools::search_last_day(weekday_key(day)));
    }
    words
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::query::parse_query;
    use crate::scenario::run::three_weeks_run;
    use crate::sim::{BodyType, Colour, Feature};
    use crate::text::catalog;

    /// Every word the console's example can be written with, in every language, is read back
    /// by the search as what it names: a translation that drifted from the search's lexicon
    /// would fill the form with a description that finds nothing.
    #[test]
    fn every_example_reads_back_as_what_it_names_in_every_language() {
        let run = three_weeks_run();
        let base = Description {
            colour: Colour::White,
            make: run.fingerprint.make.clone(),
            body: BodyType::Sedan,
            feature: None,
            near: None,
            day: None,
        };
        let mut examples = Vec::new();
        for colour in Colour::ALL {
            examples.push(Description {
                colour,
                ..base.clone()
            });
        }
        for body in BodyType::ALL {
            examples.push(Description {
                body,
                ..base.clone()
            });
        }
        for feature in Feature::ALL {
            examples.push(Description {
                feature: Some(feature),
                ..base.clone()
            });
        }
        for day in Weekday::ALL {
            examples.push(Description {
                day: Some(day),
                ..base.clone()
            });
        }
        let kinds_on_map: Vec<PlaceKind> = run.town.places.iter().map(|p| p.kind).collect();
        for &kind in &kinds_on_map {
            if crate::analyst::query::word_for_kind(kind).is_some() {
                examples.push(Description {
                    near: Some(kind),
                    ..base.clone()
                });
            }
        }
        for code in ["en", "es", "pt-BR"] {
            catalog::in_language(code, || read_back(code, &examples, &run));
        }
    }

    /// Checks that each of `examples`, written in the language now chosen (`code`), is read
    /// back by the search as what it names.
    fn read_back(code: &str, examples: &[Description], run: &crate::scenario::Run) {
        for example in examples {
            let text = description(example);
            let names_of = |kind: PlaceKind| -> Vec<String> {
                run.town
                    .places
                    .iter()
                    .filter(|p| p.kind == kind && !p.name.is_empty())
                    .map(|p| p.name.clone())
                    .collect()
            };
            let parsed = match parse_query(&text, &run.town, &run.index) {
                Ok(parsed) => parsed,
                // Read as that kind of place, where no camera watches.
                Err(QueryError::NoCameraNear(names)) if example.near.is_some() => {
                    let kind = example.near.unwrap();
                    assert_eq!(names, names_of(kind).join(", "), "{code}: {text}");
                    continue;
                }
                Err(e) => panic!("{code}: {text}: {e}"),
            };
            let query = &parsed.query;
            assert!(
                parsed.ignored.is_empty(),
                "{code}: {text}: {:?}",
                parsed.ignored
            );
            assert_eq!(query.colour, Some(example.colour), "{code}: {text}");
            assert_eq!(query.body, Some(example.body), "{code}: {text}");
            assert_eq!(
                query.features,
                example.feature.into_iter().collect::<Vec<_>>(),
                "{code}: {text}"
            );
            if let Some(day) = example.day {
                let minutes = query.minutes.clone().expect("a day");
                assert_eq!(Weekday::of_minute(minutes.start), day, "{code}: {text}");
            }
            if let Some(kind) = example.near {
                assert!(
                    parsed
                        .understood
                        .contains(&Understood::Near(names_of(kind))),
                    "{code}: {text}: {:?}",
                    parsed.understood
                );
            }
        }
    }
}
