//! The free-text search box: turns "silver SUV with roof rack near the clinic last Tuesday"
//! into an [`AttributeQuery`], the way Flock's FreeForm search is advertised to work
//! (`shared/docs/facts.md`: flocksafety.com/products/flock-freeform).
//!
//! A small hand-written parser, not a language model: it knows the colour, body-type and
//! feature words, the makes present in the database, place kinds and names on the map
//! ("near the `<kind or name>`": the cameras within [`NEAR_METERS`]), and time phrases
//! counted back from the database's latest read ("yesterday", "last Tuesday", "this week",
//! "last 3 days", "in the morning"). Words it does not know are reported, not guessed.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::analyst::index::SightingIndex;
use crate::analyst::tools::{AttributeQuery, TimeOfDay, cameras_near};
use crate::sim::{BodyType, Colour, Feature, MINUTES_PER_DAY, PlaceKind, TownMap, Weekday};

/// "Near" a place means cameras within this many meters of it.
pub const NEAR_METERS: f64 = 600.0;

/// A parsed query: the structured search, and what the parser understood and skipped, so
/// the UI can show "searching for: silver, SUV, roof rack, near Family Health Clinic".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParsedQuery {
    pub query: AttributeQuery,
    pub understood: Vec<String>,
    pub ignored: Vec<String>,
}

/// A query the parser cannot turn into a search, with a message a person can act on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QueryError {
    /// Nothing recognisable in the text.
    Empty,
    /// "near the ..." named no place on the map.
    UnknownPlace(String),
    /// The place exists but no camera is near it.
    NoCameraNear(String),
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QueryError::Empty => write!(
                f,
                "Describe a vehicle, e.g. \"silver SUV with roof rack near the clinic last Tuesday\"."
            ),
            QueryError::UnknownPlace(p) => {
                write!(
                    f,
                    "No place called \"{p}\" on this map. Try a kind such as \"clinic\" or \"church\"."
                )
            }
            QueryError::NoCameraNear(p) => write!(
                f,
                "No camera within {NEAR_METERS} m of {p}, so the network cannot search there."
            ),
        }
    }
}

impl std::error::Error for QueryError {}

const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "with", "and", "in", "on", "at", "car", "vehicle", "cars", "vehicles", "any",
    "all", "of", "seen", "that", "has", "have", "was", "by", "from", "to", "near",
];

fn colour_word(word: &str) -> Option<Colour> {
    Some(match word {
        "white" => Colour::White,
        "black" => Colour::Black,
        "silver" => Colour::Silver,
        "grey" | "gray" => Colour::Grey,
        "blue" => Colour::Blue,
        "red" => Colour::Red,
        "green" => Colour::Green,
        "brown" | "tan" => Colour::Brown,
        "yellow" | "gold" => Colour::Yellow,
        _ => return None,
    })
}

fn body_word(word: &str) -> Option<BodyType> {
    Some(match word {
        "sedan" | "saloon" => BodyType::Sedan,
        "suv" | "suvs" | "crossover" => BodyType::Suv,
        "pickup" | "truck" | "pickups" => BodyType::Pickup,
        "hatchback" | "hatch" => BodyType::Hatchback,
        "minivan" => BodyType::Minivan,
        "van" => BodyType::Van,
        "coupe" => BodyType::Coupe,
        _ => return None,
    })
}

/// Features by the words that name them; two-word names are matched first.
fn feature_words(words: &[&str]) -> Option<(Feature, usize)> {
    let pair = words.get(..2).map(|w| w.join(" "));
    if let Some(pair) = pair.as_deref() {
        let two = match pair {
            "roof rack" | "roof racks" => Some(Feature::RoofRack),
            "bumper sticker" | "bumper stickers" => Some(Feature::BumperSticker),
            "temporary tag" | "temporary tags" | "temp tag" | "paper plate" | "paper tag" => {
                Some(Feature::TemporaryTag)
            }
            _ => None,
        };
        if let Some(f) = two {
            return Some((f, 2));
        }
    }
    let one = match *words.first()? {
        "roofrack" | "rack" => Feature::RoofRack,
        "sticker" | "stickers" => Feature::BumperSticker,
        "dent" | "dented" | "dents" => Feature::Dent,
        _ => return None,
    };
    Some((one, 1))
}

fn weekday_word(word: &str) -> Option<Weekday> {
    Some(match word {
        "monday" | "mon" => Weekday::Monday,
        "tuesday" | "tue" | "tues" => Weekday::Tuesday,
        "wednesday" | "wed" => Weekday::Wednesday,
        "thursday" | "thu" | "thurs" => Weekday::Thursday,
        "friday" | "fri" => Weekday::Friday,
        "saturday" | "sat" => Weekday::Saturday,
        "sunday" | "sun" => Weekday::Sunday,
        _ => return None,
    })
}

/// The words people use for kinds of place; a row's first word is the one the search offers
/// for a kind of its own (see [`word_for_kind`]).
const PLACE_WORDS: &[(&[&str], &[PlaceKind])] = {
    use PlaceKind::*;
    &[
        (
            &[
                "clinic",
                "abortion clinic",
                "health clinic",
                "planned parenthood",
            ],
            &[ReproductiveHealthClinic],
        ),
        (&["church"], &[Church]),
        (&["mosque"], &[Mosque]),
        (&["synagogue"], &[Synagogue]),
        (&["temple"], &[Temple]),
        (
            &["place of worship", "worship"],
            &[Church, Mosque, Synagogue, Temple],
        ),
        (&["hospital"], &[Hospital]),
        (&["school"], &[School]),
        (&["daycare"], &[Daycare]),
        (&["factory"], &[Factory]),
        (&["office park", "office"], &[OfficePark]),
        (&["store", "shop", "mall"], &[Store]),
        (&["grocery", "supermarket"], &[Grocery]),
        (&["gym"], &[Gym]),
        (&["bar", "pub"], &[Bar]),
        (&["restaurant"], &[Restaurant]),
        (&["union hall", "union"], &[UnionHall]),
        (&["courthouse", "court"], &[Courthouse]),
        (&["town hall", "city hall", "protest"], &[TownHall]),
        (
            &["legal aid", "immigration legal aid", "immigration office"],
            &[ImmigrationLegalAid],
        ),
        (&["park", "playground"], &[Park]),
        (&["shelter", "food bank", "social service"], &[Shelter]),
    ]
};

/// Place kinds by the words people use for them.
fn place_kinds(words: &str) -> Option<Vec<PlaceKind>> {
    PLACE_WORDS
        .iter()
        .find(|(names, _)| names.contains(&words))
        .map(|(_, kinds)| kinds.to_vec())
}

/// The word the search box knows a kind of place by, if it knows one (it has none for homes,
/// friends' houses or out of town).
pub fn word_for_kind(kind: PlaceKind) -> Option<&'static str> {
    PLACE_WORDS
        .iter()
        .find(|(_, kinds)| *kinds == [kind])
        .map(|(names, _)| names[0])
}

/// Words that end a "near the ..." phrase.
fn ends_place_phrase(word: &str) -> bool {
    matches!(
        word,
        "last" | "yesterday" | "today" | "this" | "on" | "in" | "during" | "past" | "with" | "and"
    ) || weekday_word(word).is_some()
}

/// Parses a free-text vehicle search against the map and the database (for makes and for
/// the "now" that relative dates count back from).
pub fn parse_query(
    text: &str,
    map: &TownMap,
    index: &SightingIndex,
) -> Result<ParsedQuery, QueryError> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let makes: BTreeSet<String> = (0..index.plate_count())
        .filter_map(|i| {
            let (_, refs) = index.plate_group(i);
            index
                .fingerprint(index.get(refs[0]))
                .map(|f| f.make.to_lowercase())
        })
        .collect();
    let now = index.latest_minute().unwrap_or(0);
    let today_start = now / MINUTES_PER_DAY * MINUTES_PER_DAY;
    let mut query = AttributeQuery::default();
    let mut understood = Vec::new();
    let mut ignored = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        let rest = &words[i..];
        if word == "near" || (word == "at" && rest.get(1) == Some(&"the")) {
            let mut j = i + 1;
            if words.get(j) == Some(&"the") {
                j += 1;
            }
            let start = j;
            while j < words.len() && !ends_place_phrase(words[j]) {
                j += 1;
            }
            let phrase = words[start..j].join(" ");
            if phrase.is_empty() {
                i = j;
                continue;
            }
            let positions: Vec<(String, [f64; 2])> = match place_kinds(&phrase) {
                Some(kinds) => map
                    .places
                    .iter()
                    .filter(|p| kinds.contains(&p.kind))
                    .map(|p| (p.name.clone(), p.position))
                    .collect(),
                None => map
                    .places
                    .iter()
                    .filter(|p| p.name.to_lowercase().contains(&phrase))
                    .map(|p| (p.name.clone(), p.position))
                    .collect(),
            };
            if positions.is_empty() {
                return Err(QueryError::UnknownPlace(phrase));
            }
            let mut cameras: BTreeSet<u16> = BTreeSet::new();
            for (_, position) in &positions {
                cameras.extend(cameras_near(map, *position, NEAR_METERS));
            }
            // A place the visitor's plan added has no name to list (`sim::Place::name`).
            let names: Vec<String> = positions
                .into_iter()
                .map(|(n, _)| n)
                .filter(|n| !n.is_empty())
                .collect();
            if cameras.is_empty() {
                return Err(QueryError::NoCameraNear(names.join(", ")));
            }
            understood.push(format!("near {}", names.join(", ")));
            query.cameras = Some(cameras.into_iter().collect());
            i = j;
            continue;
        }
        if let Some((feature, used)) = feature_words(rest) {
            if !query.features.contains(&feature) {
                query.features.push(feature);
            }
            understood.push(rest[..used].join(" "));
            i += used;
            continue;
        }
        if let Some(c) = colour_word(word) {
            query.colour = Some(c);
            understood.push(word.to_string());
        } else if let Some(b) = body_word(word) {
            query.body = Some(b);
            understood.push(word.to_string());
        } else if makes.contains(word) {
            query.make = Some(word.to_string());
            understood.push(word.to_string());
        } else if word == "today" {
            query.minutes = Some(today_start..today_start + MINUTES_PER_DAY);
            understood.push("today".into());
        } else if word == "yesterday" {
            let start = today_start.saturating_sub(MINUTES_PER_DAY);
            query.minutes = Some(start..today_start);
            understood.push("yesterday".into());
        } else if (word == "this" || word == "last") && rest.get(1) == Some(&"week") {
            let this_week = today_start - Weekday::of_minute(now).index() as u32 * MINUTES_PER_DAY;
            query.minutes = Some(if word == "this" {
                this_week..today_start + MINUTES_PER_DAY
            } else {
                this_week.saturating_sub(7 * MINUTES_PER_DAY)..this_week
            });
            understood.push(format!("{word} week"));
            i += 2;
            continue;
        } else if let (true, Some(n), Some(unit)) = (
            word == "last" || word == "past",
            rest.get(1).and_then(|w| w.parse::<u32>().ok()),
            rest.get(2),
        ) {
            if unit.starts_with("day") {
                query.minutes = Some(now.saturating_sub(n * MINUTES_PER_DAY)..now + 1);
                understood.push(format!("last {n} days"));
                i += 3;
                continue;
            }
            ignored.push(word.to_string());
        } else if let Some(day) = weekday_word(word).or_else(|| {
            (word == "last" || word == "on").then(|| rest.get(1).and_then(|w| weekday_word(w)))?
        }) {
            // The most recent such day before today.
            let mut start = today_start;
            loop {
                if start < MINUTES_PER_DAY {
                    break;
                }
                start -= MINUTES_PER_DAY;
                if Weekday::of_minute(start) == day {
                    break;
                }
            }
            query.minutes = Some(start..start + MINUTES_PER_DAY);
            understood.push(format!("last {day:?}"));
            if weekday_word(word).is_none() {
                i += 1;
            }
        } else if let Some(t) = match word {
            "morning" => Some(TimeOfDay::Morning),
            "afternoon" => Some(TimeOfDay::Afternoon),
            "evening" => Some(TimeOfDay::Evening),
            "night" | "overnight" => Some(TimeOfDay::Night),
            _ => None,
        } {
            query.time_of_day = Some(t);
            understood.push(format!("in the {word}"));
        } else if !STOP_WORDS.contains(&word) {
            ignored.push(word.to_string());
        }
        i += 1;
    }
    if understood.is_empty() {
        return Err(QueryError::Empty);
    }
    Ok(ParsedQuery {
        query,
        understood,
        ignored,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;

    fn parse(text: &str) -> Result<ParsedQuery, QueryError> {
        let sim = fixtures::commuter_month(1);
        let index = SightingIndex::from_simulation(&sim);
        parse_query(text, &sim.map, &index)
    }

    mod free_text {
        use super::*;

        #[test]
        fn reads_the_example_from_the_issue() {
            let parsed = parse("silver SUV with roof rack near the clinic last Tuesday").unwrap();
            let q = parsed.query;
            assert_eq!(q.colour, Some(Colour::Silver));
            assert_eq!(q.body, Some(BodyType::Suv));
            assert_eq!(q.features, vec![Feature::RoofRack]);
            assert!(q.cameras.is_some_and(|c| !c.is_empty()));
            let minutes = q.minutes.unwrap();
            assert_eq!(Weekday::of_minute(minutes.start), Weekday::Tuesday);
            assert_eq!(minutes.end - minutes.start, MINUTES_PER_DAY);
            assert!(parsed.ignored.is_empty(), "{:?}", parsed.ignored);
        }

        #[test]
        fn knows_the_makes_in_the_database() {
            let parsed = parse("red ford pickup yesterday").unwrap();
            assert_eq!(parsed.query.make.as_deref(), Some("ford"));
            assert_eq!(parsed.query.body, Some(BodyType::Pickup));
        }

        #[test]
        fn an_unknown_place_is_an_error_with_a_message() {
            let error = parse("blue car near the bowling alley").unwrap_err();
            assert_eq!(error, QueryError::UnknownPlace("bowling alley".into()));
            assert!(error.to_string().contains("bowling alley"));
        }

        #[test]
        fn offers_a_word_for_each_searchable_kind_that_reads_back_as_that_kind() {
            use PlaceKind::*;
            for kind in [
                ReproductiveHealthClinic,
                Church,
                OfficePark,
                TownHall,
                ImmigrationLegalAid,
            ] {
                let word = word_for_kind(kind).unwrap();
                assert_eq!(place_kinds(word), Some(vec![kind]), "{word}");
            }
            assert_eq!(word_for_kind(Home), None);
            assert_eq!(word_for_kind(OutOfTown), None);
        }

        #[test]
        fn gibberish_is_an_error() {
            assert_eq!(parse("zzz qqq").unwrap_err(), QueryError::Empty);
        }

        #[test]
        fn finds_the_commuter_by_description() {
            let sim = fixtures::commuter_month(1);
            let index = SightingIndex::from_simulation(&sim);
            let parsed = parse_query("silver suv roof rack last week", &sim.map, &index).unwrap();
            let hits = crate::analyst::tools::search_attributes(&index, &parsed.query);
            assert_eq!(hits.len(), 1);
            assert_eq!(hits[0].plate, sim.vehicles[0].plate);
        }
    }
}
