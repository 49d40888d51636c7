//! The free-text search box: turns "silver SUV with roof rack near the clinic last Tuesday"
//! into an [`AttributeQuery`], the way Flock's FreeForm search is advertised to work
//! (`shared/docs/facts.md`: flocksafety.com/products/flock-freeform).
//!
//! A small hand-written parser, not a language model: it knows the colour, body-type and
//! feature words, the makes present in the database, place kinds and names on the map
//! ("near the `<kind or name>`": the cameras within [`NEAR_METERS`]), and time phrases
//! counted back from the database's latest read ("yesterday", "last Tuesday", "this week",
//! "last 3 days", "in the morning"). It reads English, Spanish and Portuguese alike ("SUV
//! blanca cerca de la clínica el martes pasado", "picape preta perto da academia ontem"),
//! accents or not, since a visitor types in the language the interface speaks. What it
//! understood comes back typed ([`Understood`]), for the interface to say in that language;
//! words it does not know are reported, not guessed.

use std::collections::{BTreeMap, BTreeSet};

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
    pub understood: Vec<Understood>,
    /// The words it skipped, as typed.
    pub ignored: Vec<String>,
}

/// One thing the parser understood, for the interface to say in the visitor's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Understood {
    Colour(Colour),
    Body(BodyType),
    /// A make as the database spells it.
    Make(String),
    Feature(Feature),
    /// Near these places (their names on the map).
    Near(Vec<String>),
    Today,
    Yesterday,
    ThisWeek,
    LastWeek,
    /// The last this many days.
    LastDays(u32),
    /// The most recent such day before today.
    Last(Weekday),
    TimeOfDay(TimeOfDay),
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

/// What a word or phrase of the lexicon means.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Meaning {
    Colour(Colour),
    Body(BodyType),
    Feature(Feature),
    Day(Weekday),
    TimeOfDay(TimeOfDay),
    Today,
    Yesterday,
    ThisWeek,
    LastWeek,
    /// "near the", "cerca de la", "perto da": a place follows.
    Near,
    /// Articles, prepositions and the like: read and passed over.
    Filler,
}

/// Every word and phrase the parser knows, in English, Spanish and Portuguese, written as
/// [`fold`] leaves them (lowercase, no accents; hyphens are spaces). A phrase of several words
/// wins over its first word ("roof rack", "la semana pasada").
const LEXICON: &[(&str, Meaning)] = {
    use BodyType::*;
    use Colour::*;
    use Feature::*;
    use Meaning::{Body, Colour as C, Day, Feature as F, Filler, Near, TimeOfDay as T};
    use TimeOfDay::*;
    use Weekday::*;
    &[
        // Colours, each gender.
        ("white", C(White)),
        ("blanco", C(White)),
        ("blanca", C(White)),
        ("branco", C(White)),
        ("branca", C(White)),
        ("black", C(Black)),
        ("negro", C(Black)),
        ("negra", C(Black)),
        ("preto", C(Black)),
        ("preta", C(Black)),
        ("silver", C(Silver)),
        ("plateado", C(Silver)),
        ("plateada", C(Silver)),
        ("plata", C(Silver)),
        ("prata", C(Silver)),
        ("prateado", C(Silver)),
        ("prateada", C(Silver)),
        ("grey", C(Grey)),
        ("gray", C(Grey)),
        ("gris", C(Grey)),
        ("cinza", C(Grey)),
        ("cinzento", C(Grey)),
        ("cinzenta", C(Grey)),
        ("blue", C(Blue)),
        ("azul", C(Blue)),
        ("red", C(Red)),
        ("rojo", C(Red)),
        ("roja", C(Red)),
        ("vermelho", C(Red)),
        ("vermelha", C(Red)),
        ("green", C(Green)),
        ("verde", C(Green)),
        ("brown", C(Brown)),
        ("tan", C(Brown)),
        ("cafe", C(Brown)),
        ("marron", C(Brown)),
        ("marrom", C(Brown)),
        ("yellow", C(Yellow)),
        ("gold", C(Yellow)),
        ("amarillo", C(Yellow)),
        ("amarilla", C(Yellow)),
        ("dorado", C(Yellow)),
        ("dorada", C(Yellow)),
        ("amarelo", C(Yellow)),
        ("amarela", C(Yellow)),
        ("dourado", C(Yellow)),
        ("dourada", C(Yellow)),
        // Body types.
        ("sedan", Body(Sedan)),
        ("saloon", Body(Sedan)),
        ("seda", Body(Sedan)),
        ("suv", Body(Suv)),
        ("suvs", Body(Suv)),
        ("crossover", Body(Suv)),
        ("todoterreno", Body(Suv)),
        ("pickup", Body(Pickup)),
        ("pickups", Body(Pickup)),
        ("truck", Body(Pickup)),
        ("picape", Body(Pickup)),
        ("hatchback", Body(Hatchback)),
        ("hatch", Body(Hatchback)),
        ("minivan", Body(Minivan)),
        ("monovolumen", Body(Minivan)),
        ("van", Body(Van)),
        ("furgoneta", Body(Van)),
        ("furgao", Body(Van)),
        ("coupe", Body(Coupe)),
        ("cupe", Body(Coupe)),
        // Features, their longer names first.
        ("roof rack", F(RoofRack)),
        ("roof racks", F(RoofRack)),
        ("roofrack", F(RoofRack)),
        ("rack", F(RoofRack)),
        ("portaequipajes en el techo", F(RoofRack)),
        ("portaequipajes", F(RoofRack)),
        ("baca", F(RoofRack)),
        ("bagageiro de teto", F(RoofRack)),
        ("bagageiro", F(RoofRack)),
        ("bumper sticker", F(BumperSticker)),
        ("bumper stickers", F(BumperSticker)),
        ("sticker", F(BumperSticker)),
        ("stickers", F(BumperSticker)),
        ("calcomania en el parachoques", F(BumperSticker)),
        ("calcomania", F(BumperSticker)),
        ("pegatina", F(BumperSticker)),
        ("adesivo no para choque", F(BumperSticker)),
        ("adesivo", F(BumperSticker)),
        ("dent", F(Dent)),
        ("dented", F(Dent)),
        ("dents", F(Dent)),
        ("abolladura", F(Dent)),
        ("abollado", F(Dent)),
        ("abollada", F(Dent)),
        ("amassado", F(Dent)),
        ("amassada", F(Dent)),
        ("temporary tag", F(TemporaryTag)),
        ("temporary tags", F(TemporaryTag)),
        ("temp tag", F(TemporaryTag)),
        ("paper plate", F(TemporaryTag)),
        ("paper tag", F(TemporaryTag)),
        ("placa temporal", F(TemporaryTag)),
        ("placa provisional", F(TemporaryTag)),
        ("placa provisoria", F(TemporaryTag)),
        ("placa temporaria", F(TemporaryTag)),
        // Days.
        ("monday", Day(Monday)),
        ("mon", Day(Monday)),
        ("lunes", Day(Monday)),
        ("segunda feira", Day(Monday)),
        ("segunda", Day(Monday)),
        ("tuesday", Day(Tuesday)),
        ("tue", Day(Tuesday)),
        ("tues", Day(Tuesday)),
        ("martes", Day(Tuesday)),
        ("terca feira", Day(Tuesday)),
        ("terca", Day(Tuesday)),
        ("wednesday", Day(Wednesday)),
        ("wed", Day(Wednesday)),
        ("miercoles", Day(Wednesday)),
        ("quarta feira", Day(Wednesday)),
        ("quarta", Day(Wednesday)),
        ("thursday", Day(Thursday)),
        ("thu", Day(Thursday)),
        ("thurs", Day(Thursday)),
        ("jueves", Day(Thursday)),
        ("quinta feira", Day(Thursday)),
        ("quinta", Day(Thursday)),
        ("friday", Day(Friday)),
        ("fri", Day(Friday)),
        ("viernes", Day(Friday)),
        ("sexta feira", Day(Friday)),
        ("sexta", Day(Friday)),
        ("saturday", Day(Saturday)),
        ("sat", Day(Saturday)),
        ("sabado", Day(Saturday)),
        ("sunday", Day(Sunday)),
        ("sun", Day(Sunday)),
        ("domingo", Day(Sunday)),
        // Parts of the day (their hours: `TimeOfDay`).
        ("morning", T(Morning)),
        ("manana", T(Morning)),
        ("manha", T(Morning)),
        ("afternoon", T(Afternoon)),
        ("tarde", T(Afternoon)),
        ("evening", T(Evening)),
        ("noche", T(Evening)),
        ("noite", T(Evening)),
        ("night", T(Night)),
        ("overnight", T(Night)),
        ("madrugada", T(Night)),
        // Days counted back from the latest read.
        ("today", Meaning::Today),
        ("hoy", Meaning::Today),
        ("hoje", Meaning::Today),
        ("yesterday", Meaning::Yesterday),
        ("ayer", Meaning::Yesterday),
        ("ontem", Meaning::Yesterday),
        ("this week", Meaning::ThisWeek),
        ("esta semana", Meaning::ThisWeek),
        ("nesta semana", Meaning::ThisWeek),
        ("last week", Meaning::LastWeek),
        ("la semana pasada", Meaning::LastWeek),
        ("semana pasada", Meaning::LastWeek),
        ("na semana passada", Meaning::LastWeek),
        ("semana passada", Meaning::LastWeek),
        // A place follows.
        ("near the", Near),
        ("near", Near),
        ("at the", Near),
        ("cerca de la", Near),
        ("cerca de los", Near),
        ("cerca de las", Near),
        ("cerca del", Near),
        ("cerca de", Near),
        ("cerca", Near),
        ("junto a la", Near),
        ("junto al", Near),
        ("junto a", Near),
        ("perto da", Near),
        ("perto do", Near),
        ("perto das", Near),
        ("perto dos", Near),
        ("perto de", Near),
        ("perto", Near),
        ("proximo a", Near),
        ("proximo da", Near),
        ("proximo do", Near),
        ("proximo de", Near),
        // Words that carry nothing a search uses.
        ("a", Filler),
        ("an", Filler),
        ("the", Filler),
        ("with", Filler),
        ("and", Filler),
        ("in", Filler),
        ("on", Filler),
        ("at", Filler),
        ("car", Filler),
        ("vehicle", Filler),
        ("cars", Filler),
        ("vehicles", Filler),
        ("any", Filler),
        ("all", Filler),
        ("of", Filler),
        ("seen", Filler),
        ("that", Filler),
        ("has", Filler),
        ("have", Filler),
        ("was", Filler),
        ("by", Filler),
        ("from", Filler),
        ("to", Filler),
        ("last", Filler),
        ("past", Filler),
        ("un", Filler),
        ("una", Filler),
        ("el", Filler),
        ("la", Filler),
        ("los", Filler),
        ("las", Filler),
        ("de", Filler),
        ("del", Filler),
        ("con", Filler),
        ("en", Filler),
        ("por", Filler),
        ("y", Filler),
        ("auto", Filler),
        ("coche", Filler),
        ("carro", Filler),
        ("vehiculo", Filler),
        ("visto", Filler),
        ("vista", Filler),
        ("pasado", Filler),
        ("pasada", Filler),
        ("um", Filler),
        ("uma", Filler),
        ("o", Filler),
        ("os", Filler),
        ("as", Filler),
        ("da", Filler),
        ("do", Filler),
        ("com", Filler),
        ("em", Filler),
        ("no", Filler),
        ("na", Filler),
        ("e", Filler),
        ("veiculo", Filler),
        ("passado", Filler),
        ("passada", Filler),
        ("feira", Filler),
    ]
};

/// Words that precede a number of days ("last 3 days", "últimos 3 días").
const LAST_N: &[&str] = &["last", "past", "ultimos", "ultimas"];

/// The words people use for kinds of place, in English, Spanish and Portuguese as [`fold`]
/// leaves them; a row's first word is the one the search offers for a kind of its own
/// (see [`word_for_kind`]).
const PLACE_WORDS: &[(&[&str], &[PlaceKind])] = {
    use PlaceKind::*;
    &[
        (
            &[
                "clinic",
                "abortion clinic",
                "health clinic",
                "planned parenthood",
                "clinica",
                "clinica de salud reproductiva",
                "clinica de saude reprodutiva",
                "clinica de aborto",
            ],
            &[ReproductiveHealthClinic],
        ),
        (
            &["church", "iglesia", "igreja", "capilla", "capela"],
            &[Church],
        ),
        (&["mosque", "mezquita", "mesquita"], &[Mosque]),
        (&["synagogue", "sinagoga"], &[Synagogue]),
        (&["temple", "templo"], &[Temple]),
        (
            &[
                "place of worship",
                "worship",
                "lugar de culto",
                "local de culto",
                "culto",
            ],
            &[Church, Mosque, Synagogue, Temple],
        ),
        (&["hospital"], &[Hospital]),
        (&["school", "escuela", "colegio", "escola"], &[School]),
        (&["daycare", "guarderia", "creche"], &[Daycare]),
        (&["factory", "fabrica"], &[Factory]),
        (
            &[
                "office park",
                "office",
                "parque de oficinas",
                "oficinas",
                "oficina",
                "centro empresarial",
                "escritorio",
                "escritorios",
            ],
            &[OfficePark],
        ),
        (
            &[
                "store",
                "shop",
                "mall",
                "tienda",
                "centro comercial",
                "loja",
                "shopping",
            ],
            &[Store],
        ),
        (
            &["grocery", "supermarket", "supermercado", "mercado"],
            &[Grocery],
        ),
        (&["gym", "gimnasio", "academia"], &[Gym]),
        (&["bar", "pub"], &[Bar]),
        (&["restaurant", "restaurante"], &[Restaurant]),
        (
            &[
                "union hall",
                "union",
                "sede sindical",
                "sindicato",
                "sede do sindicato",
            ],
            &[UnionHall],
        ),
        (
            &["courthouse", "court", "tribunal", "juzgado", "forum"],
            &[Courthouse],
        ),
        (
            &[
                "town hall",
                "city hall",
                "protest",
                "ayuntamiento",
                "alcaldia",
                "municipalidad",
                "protesta",
                "prefeitura",
                "camara municipal",
                "protesto",
            ],
            &[TownHall],
        ),
        (
            &[
                "legal aid",
                "immigration legal aid",
                "immigration office",
                "asesoria legal migratoria",
                "asesoria legal",
                "ayuda legal",
                "asistencia juridica",
                "assistencia juridica para imigrantes",
                "assistencia juridica",
                "ajuda juridica",
            ],
            &[ImmigrationLegalAid],
        ),
        (&["park", "playground", "parque", "praca"], &[Park]),
        (
            &[
                "shelter",
                "food bank",
                "social service",
                "albergue o servicio social",
                "albergue",
                "refugio",
                "banco de alimentos",
                "servicio social",
                "abrigo ou servico social",
                "abrigo",
                "servico social",
            ],
            &[Shelter],
        ),
    ]
};

/// The most words a place's name or kind is read over.
const LONGEST_PLACE_WORDS: usize = 6;

/// `text` as the lexicon writes it: lowercase, the accents of Spanish and Portuguese (and of
/// French, for place names) taken off, every other character but letters and digits a space.
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ã' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect()
}

/// The longest phrase of the lexicon that `words` start with, and how many words it took.
fn meaning_of(words: &[&str]) -> Option<(Meaning, usize)> {
    (1..=words.len().min(4)).rev().find_map(|n| {
        let phrase = words[..n].join(" ");
        LEXICON
            .iter()
            .find(|(said, _)| *said == phrase)
            .map(|&(_, meaning)| (meaning, n))
    })
}

/// Place kinds by the words people use for them (as [`fold`] leaves them).
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

/// A place a description names: its name on the map and where it is.
type NamedPlace = (String, [f64; 2]);

/// The places `words` start with: the longest run of them that names a kind of place or is
/// part of a place's name on the map, with the words taken (`None`: neither).
fn places_named(words: &[&str], map: &TownMap) -> Option<(Vec<NamedPlace>, usize)> {
    (1..=words.len().min(LONGEST_PLACE_WORDS))
        .rev()
        .find_map(|n| {
            let phrase = words[..n].join(" ");
            let positions: Vec<NamedPlace> = match place_kinds(&phrase) {
                Some(kinds) => map
                    .places
                    .iter()
                    .filter(|p| kinds.contains(&p.kind))
                    .map(|p| (p.name.clone(), p.position))
                    .collect(),
                None => map
                    .places
                    .iter()
                    .filter(|p| !p.name.is_empty() && fold(&p.name).contains(&phrase))
                    .map(|p| (p.name.clone(), p.position))
                    .collect(),
            };
            (!positions.is_empty()).then_some((positions, n))
        })
}

/// Where the place a "near" names ends when nothing on the map matched it, for the message:
/// before the first word that starts a time or another part of the description.
fn unknown_place_words(words: &[&str]) -> usize {
    words
        .iter()
        .position(|&word| {
            matches!(
                meaning_of(std::slice::from_ref(&word)),
                Some((
                    Meaning::Day(_)
                        | Meaning::TimeOfDay(_)
                        | Meaning::Today
                        | Meaning::Yesterday
                        | Meaning::Colour(_)
                        | Meaning::Body(_),
                    _
                ))
            ) || matches!(
                word,
                "last"
                    | "this"
                    | "on"
                    | "in"
                    | "during"
                    | "past"
                    | "with"
                    | "and"
                    | "el"
                    | "en"
                    | "con"
                    | "esta"
                    | "y"
                    | "no"
                    | "na"
                    | "com"
                    | "e"
            )
        })
        .unwrap_or(words.len())
}

/// The minutes of the most recent `day` before the one that starts at `today_start`.
fn last_day(day: Weekday, today_start: u32) -> std::ops::Range<u32> {
    let mut start = today_start;
    while start >= MINUTES_PER_DAY {
        start -= MINUTES_PER_DAY;
        if Weekday::of_minute(start) == day {
            break;
        }
    }
    start..start + MINUTES_PER_DAY
}

/// Parses a free-text vehicle search against the map and the database (for makes and for
/// the "now" that relative dates count back from).
pub fn parse_query(
    text: &str,
    map: &TownMap,
    index: &SightingIndex,
) -> Result<ParsedQuery, QueryError> {
    // Each word as typed (lowercase), and as the lexicon writes it.
    let lower = text.to_lowercase();
    let typed: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let folded: Vec<String> = typed.iter().map(|word| fold(word)).collect();
    let words: Vec<&str> = folded.iter().map(String::as_str).collect();
    // Each make in the database, by its folded spelling.
    let makes: BTreeMap<String, &str> = (0..index.plate_count())
        .filter_map(|i| {
            let (_, refs) = index.plate_group(i);
            index
                .fingerprint(index.get(refs[0]))
                .map(|f| (fold(&f.make), f.make.as_str()))
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
        // "last 3 days", "últimos 3 días".
        if let (true, Some(n), Some(unit)) = (
            LAST_N.contains(&word),
            rest.get(1).and_then(|w| w.parse::<u32>().ok()),
            rest.get(2),
        ) && (unit.starts_with("day") || unit.starts_with("dia"))
        {
            query.minutes = Some(now.saturating_sub(n * MINUTES_PER_DAY)..now + 1);
            understood.push(Understood::LastDays(n));
            i += 3;
            continue;
        }
        let Some((meaning, used)) = meaning_of(rest) else {
            if let Some(&make) = makes.get(word) {
                query.make = Some(make.to_owned());
                understood.push(Understood::Make(make.to_owned()));
            } else {
                ignored.push(typed[i].to_owned());
            }
            i += 1;
            continue;
        };
        i += used;
        match meaning {
            Meaning::Near => {
                // Articles after "near" ("cerca de la", "near the") are passed over.
                while i < words.len() && meaning_of(&words[i..]) == Some((Meaning::Filler, 1)) {
                    i += 1;
                }
                if i == words.len() {
                    continue;
                }
                let Some((positions, taken)) = places_named(&words[i..], map) else {
                    let phrase = words[i..i + unknown_place_words(&words[i..]).max(1)].join(" ");
                    return Err(QueryError::UnknownPlace(phrase));
                };
                i += taken;
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
                understood.push(Understood::Near(names));
                query.cameras = Some(cameras.into_iter().collect());
            }
            Meaning::Feature(feature) => {
                if !query.features.contains(&feature) {
                    query.features.push(feature);
                }
                understood.push(Understood::Feature(feature));
            }
            Meaning::Colour(colour) => {
                query.colour = Some(colour);
                understood.push(Understood::Colour(colour));
            }
            Meaning::Body(body) => {
                query.body = Some(body);
                understood.push(Understood::Body(body));
            }
            Meaning::Today => {
                query.minutes = Some(today_start..today_start + MINUTES_PER_DAY);
                understood.push(Understood::Today);
            }
            Meaning::Yesterday => {
                let start = today_start.saturating_sub(MINUTES_PER_DAY);
                query.minutes = Some(start..today_start);
                understood.push(Understood::Yesterday);
            }
            Meaning::ThisWeek | Meaning::LastWeek => {
                let this_week =
                    today_start - Weekday::of_minute(now).index() as u32 * MINUTES_PER_DAY;
                query.minutes = Some(if meaning == Meaning::ThisWeek {
                    understood.push(Understood::ThisWeek);
                    this_week..today_start + MINUTES_PER_DAY
                } else {
                    understood.push(Understood::LastWeek);
                    this_week.saturating_sub(7 * MINUTES_PER_DAY)..this_week
                });
            }
            Meaning::Day(day) => {
                query.minutes = Some(last_day(day, today_start));
                understood.push(Understood::Last(day));
            }
            Meaning::TimeOfDay(part) => {
                query.time_of_day = Some(part);
                understood.push(Understood::TimeOfDay(part));
            }
            Meaning::Filler => {}
        }
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

    /// Terms compared whatever their order.
    fn in_any_order(terms: &[Understood]) -> Vec<String> {
        let mut terms: Vec<String> = terms.iter().map(|t| format!("{t:?}")).collect();
        terms.sort();
        terms
    }

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
            assert_eq!(parsed.query.make.as_deref(), Some("Ford"));
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
        fn reads_spanish_and_portuguese_as_it_reads_english() {
            let english = parse("silver SUV with roof rack near the clinic last Tuesday").unwrap();
            for text in [
                "SUV plateada con portaequipajes cerca de la clínica el martes pasado",
                "suv plateada con portaequipajes cerca de la clinica el martes pasado",
                "SUV prata com bagageiro de teto perto da clínica na terça-feira passada",
            ] {
                let parsed = parse(text).unwrap();
                assert_eq!(parsed.query, english.query, "{text}");
                // The same terms, in the order each language puts them.
                assert_eq!(
                    in_any_order(&parsed.understood),
                    in_any_order(&english.understood)
                );
                assert!(parsed.ignored.is_empty(), "{text}: {:?}", parsed.ignored);
            }
        }

        #[test]
        fn reads_times_of_day_and_days_counted_back_in_each_language() {
            for (text, part) in [
                ("white car in the morning", TimeOfDay::Morning),
                ("auto blanco en la mañana", TimeOfDay::Morning),
                ("carro branco de manhã", TimeOfDay::Morning),
                ("auto blanco por la tarde", TimeOfDay::Afternoon),
                ("carro branco à noite", TimeOfDay::Evening),
                ("white car at night", TimeOfDay::Night),
            ] {
                let parsed = parse(text).unwrap();
                assert_eq!(parsed.query.time_of_day, Some(part), "{text}");
                assert!(parsed.ignored.is_empty(), "{text}: {:?}", parsed.ignored);
            }
            let english = parse("red car last 3 days").unwrap();
            for text in ["auto rojo últimos 3 días", "carro vermelho últimos 3 dias"] {
                assert_eq!(parse(text).unwrap().query, english.query, "{text}");
            }
            assert_eq!(
                parse("auto rojo la semana pasada").unwrap().query,
                parse("red car last week").unwrap().query
            );
            assert_eq!(
                parse("carro vermelho ontem").unwrap().query,
                parse("red car yesterday").unwrap().query
            );
        }

        #[test]
        fn reports_the_words_it_skipped_as_typed() {
            let parsed = parse("SUV azul con alerón").unwrap();
            assert_eq!(parsed.query.body, Some(BodyType::Suv));
            assert_eq!(parsed.ignored, vec!["alerón".to_owned()]);
        }

        #[test]
        fn an_unknown_place_in_spanish_names_only_the_place() {
            let error = parse("auto azul cerca de la bolera el lunes").unwrap_err();
            assert_eq!(error, QueryError::UnknownPlace("bolera".into()));
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
