//! The console's searches as plain data: the tool picked, each tool's form values (with
//! defaults taken from the visitor's run so one click demonstrates it), and what a search
//! found, ready to draw.
//!
//! Pure and synchronous: it calls the analyst's tools (`crate::analyst::tools`,
//! `crate::analyst::query`) on the run's database. The simulation's truth is read only to
//! pick demonstration defaults and to mark the visitor's car and its real companions in the
//! results, never to search.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::analyst::query::{NEAR_METERS, QueryError, Understood, parse_query, word_for_kind};
use crate::analyst::sharing::{NATIONAL_NETWORKS, STATEWIDE_NETWORKS};
use crate::analyst::tools::{
    Area, Lookback, VehicleHit, cameras_near, convoy, hot_list_alerts, lookup, multi_geo,
    search_attributes, stakeout,
};
use crate::scenario::Run;
use crate::sim::{
    BodyType, CameraId, Colour, Feature, Fingerprint, LonLat, MINUTES_PER_DAY, PlaceId, PlaceKind,
    Plate, Weekday,
};
use crate::text;

/// Result rows listed at most (the count above the list is always the full one).
pub const ROWS_SHOWN: usize = 40;

/// One of the vendor's tools.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Tool {
    Lookup,
    #[default]
    Attributes,
    MultiGeo,
    Convoy,
    Stakeout,
    HotList,
}

impl Tool {
    /// Every tool, in the picker's order.
    pub const ALL: [Tool; 6] = [
        Tool::Lookup,
        Tool::Attributes,
        Tool::MultiGeo,
        Tool::Convoy,
        Tool::Stakeout,
        Tool::HotList,
    ];

    /// Stable name for ids and `data-` attributes.
    pub fn slug(self) -> &'static str {
        match self {
            Tool::Lookup => "lookup",
            Tool::Attributes => "attributes",
            Tool::MultiGeo => "multi-geo",
            Tool::Convoy => "convoy",
            Tool::Stakeout => "stakeout",
            Tool::HotList => "hot-list",
        }
    }

    /// The tool's name on screen.
    pub fn label(self) -> &'static str {
        match self {
            Tool::Lookup => text::tool_lookup(),
            Tool::Attributes => text::tool_attributes(),
            Tool::MultiGeo => text::tool_multi_geo(),
            Tool::Convoy => text::tool_convoy(),
            Tool::Stakeout => text::tool_stakeout(),
            Tool::HotList => text::tool_hot_list(),
        }
    }
}

/// How many of the vendor's networks a search reaches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    /// The department's own cameras.
    #[default]
    OwnNetwork,
    /// Every participating department in the state.
    Statewide,
    /// National Lookup.
    National,
}

impl Scope {
    pub const ALL: [Scope; 3] = [Scope::OwnNetwork, Scope::Statewide, Scope::National];

    /// Networks searched, one per agency, as the audit log counts them: 1, or the one
    /// sourced statewide or national figure ([`STATEWIDE_NETWORKS`], [`NATIONAL_NETWORKS`]),
    /// the same the policy lab's who-can-see-it totals.
    pub fn networks(self) -> u32 {
        match self {
            Scope::OwnNetwork => 1,
            Scope::Statewide => STATEWIDE_NETWORKS,
            Scope::National => NATIONAL_NETWORKS,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Scope::OwnNetwork => "own",
            Scope::Statewide => "statewide",
            Scope::National => "national",
        }
    }

    pub fn label(self) -> String {
        text::scope_label(self.slug(), self.networks())
    }

    pub fn from_slug(slug: &str) -> Scope {
        Scope::ALL
            .into_iter()
            .find(|s| s.slug() == slug)
            .unwrap_or_default()
    }
}

/// Every tool's form values. Plates are kept as typed; a bad one is reported on search.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Forms {
    pub lookup_plate: String,
    pub lookback: Option<Lookback>,
    /// The attribute search's free-text description as the visitor typed it; `None` until
    /// they do: the form then shows, and searches for, [`Forms::example`] in the language
    /// now chosen ([`Forms::description`]).
    pub description: Option<String>,
    /// The description the form starts with: the visitor's car and a place it went. Not
    /// written with the forms: the page's requests carry the description as the form shows
    /// it, so the first visit's page carries no writer for it; the worker sends it beside the
    /// forms ([`crate::scenario::worker_protocol::Prepared`]).
    #[serde(skip)]
    pub example: Option<Description>,
    /// The two places of a Multi-Geo search.
    pub geo_places: [PlaceId; 2],
    pub convoy_plate: String,
    /// Minutes either side of each of the target's reads.
    pub convoy_window_minutes: u32,
    pub convoy_min_cameras: u32,
    pub stakeout_place: PlaceId,
    /// Simulation day, 0 = the first Monday.
    pub stakeout_day: u32,
    pub stakeout_from_hour: u32,
    pub stakeout_hours: u32,
    pub hot_plate: String,
    /// The audit log's free-text reason as the visitor typed it; `None` until they do: the
    /// form then shows, and the log records, the default in the language now chosen
    /// ([`Forms::reason`]), since the forms' defaults come from the town-wide worker, which
    /// has only English.
    pub reason: Option<String>,
    pub scope: Scope,
}

/// One form field changed.
#[derive(Clone, Debug, PartialEq)]
pub enum FormEdit {
    LookupPlate(String),
    Lookback(Lookback),
    Description(String),
    GeoPlace(usize, PlaceId),
    ConvoyPlate(String),
    ConvoyWindow(u32),
    ConvoyMinCameras(u32),
    StakeoutPlace(PlaceId),
    StakeoutDay(u32),
    StakeoutFromHour(u32),
    StakeoutHours(u32),
    HotPlate(String),
    Reason(String),
    Scope(Scope),
}

impl Forms {
    /// The audit log's reason as the form shows it: as typed, or the default reason in the
    /// language now chosen ("investigation", "investigación").
    pub fn reason(&self) -> &str {
        self.reason.as_deref().unwrap_or(text::default_reason())
    }

    /// The attribute search's description as the form shows it: as typed, or the example
    /// in the language now chosen.
    pub fn description(&self) -> String {
        match (&self.description, &self.example) {
            (Some(typed), _) => typed.clone(),
            (None, Some(example)) => text::description(example),
            (None, None) => String::new(),
        }
    }

    /// The forms as a search sends them to the worker: the description as the form shows it,
    /// in the language now chosen (the example itself is not sent).
    pub fn as_sent(&self) -> Forms {
        Forms {
            description: Some(self.description()),
            ..self.clone()
        }
    }

    /// The forms with one field changed.
    pub fn edited(&self, edit: FormEdit) -> Forms {
        let mut f = self.clone();
        match edit {
            FormEdit::LookupPlate(v) => f.lookup_plate = v,
            FormEdit::Lookback(v) => f.lookback = Some(v),
            FormEdit::Description(v) => f.description = Some(v),
            FormEdit::GeoPlace(i, v) => {
                if let Some(slot) = f.geo_places.get_mut(i) {
                    *slot = v;
                }
            }
            FormEdit::ConvoyPlate(v) => f.convoy_plate = v,
            FormEdit::ConvoyWindow(v) => f.convoy_window_minutes = v.clamp(1, 30),
            FormEdit::ConvoyMinCameras(v) => f.convoy_min_cameras = v.clamp(1, 10),
            FormEdit::StakeoutPlace(v) => f.stakeout_place = v,
            FormEdit::StakeoutDay(v) => f.stakeout_day = v,
            FormEdit::StakeoutFromHour(v) => f.stakeout_from_hour = v.min(23),
            FormEdit::StakeoutHours(v) => f.stakeout_hours = v.clamp(1, 24),
            FormEdit::HotPlate(v) => f.hot_plate = v,
            FormEdit::Reason(v) => f.reason = Some(v),
            FormEdit::Scope(v) => f.scope = v,
        }
        f
    }
}

/// A description of a car as a witness would give it: "silver Subaru SUV with roof rack near
/// the clinic last Tuesday". Typed, so the form words it in the visitor's language
/// ([`text::description`]); the search reads it back in any of them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Description {
    pub colour: Colour,
    pub make: String,
    pub body: BodyType,
    pub feature: Option<Feature>,
    /// A kind of place it went near.
    pub near: Option<PlaceKind>,
    /// The most recent such day before the database's last.
    pub day: Option<Weekday>,
}

/// True when a free-text search finds the visitor's car.
fn finds_commuter(outcome: &Run, description: &str) -> bool {
    let plate = outcome.commuter_plate();
    parse_query(description, &outcome.town, &outcome.index)
        .map(|parsed| {
            search_attributes(&outcome.index, &parsed.query)
                .iter()
                .any(|h| h.plate == plate)
        })
        .unwrap_or(false)
}

/// The flagship example, "silver SUV with roof rack near the clinic last Tuesday", adapted
/// to the visitor's car and a place it really went, so it finds the car without its plate.
/// Sensitive places come first, then the most recent visits.
pub fn example_description(outcome: &Run) -> Description {
    let f = &outcome.fingerprint;
    let look = Description {
        colour: f.colour,
        make: f.make.clone(),
        body: f.body,
        feature: f.features.first().copied(),
        near: None,
        day: None,
    };
    let mut visits: Vec<_> = outcome
        .simulation
        .truth
        .visits
        .iter()
        .filter(|v| word_for_kind(v.kind).is_some())
        .collect();
    visits.sort_by_key(|v| (!v.kind.is_sensitive(), std::cmp::Reverse(v.arrive_minute)));
    for visit in visits.into_iter().take(8) {
        let day = Weekday::of_minute(visit.arrive_minute);
        for candidate in [
            Description {
                near: Some(visit.kind),
                day: Some(day),
                ..look.clone()
            },
            Description {
                near: Some(visit.kind),
                ..look.clone()
            },
        ] {
            if finds_commuter(outcome, &text::description(&candidate)) {
                return candidate;
            }
        }
    }
    look
}

/// The first place of a kind, if the town has one.
fn place_of_kind(outcome: &Run, kind: PlaceKind) -> Option<PlaceId> {
    outcome
        .town
        .places
        .iter()
        .position(|p| p.kind == kind)
        .map(|i| i as PlaceId)
}

/// Defaults for every form, from the visitor's run.
pub fn default_forms(outcome: &Run) -> Forms {
    let plate = outcome.commuter_plate().as_str().to_owned();
    let truth = &outcome.simulation.truth;
    // Multi-Geo: the two places the car went to most (houses aside).
    let mut counts: BTreeMap<PlaceId, u32> = BTreeMap::new();
    for v in &truth.visits {
        if word_for_kind(v.kind).is_some() {
            *counts.entry(v.place).or_default() += 1;
        }
    }
    // Only places a camera covers: elsewhere the network cannot search.
    let covered = |place: PlaceId| {
        outcome
            .town
            .places
            .get(place as usize)
            .is_some_and(|p| !cameras_near(&outcome.town, p.position, NEAR_METERS).is_empty())
    };
    let mut ranked: Vec<(PlaceId, u32)> = counts.into_iter().filter(|(p, _)| covered(*p)).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let first_place = searchable_places(outcome).first().map_or(0, |(id, _)| *id);
    let geo_places = [
        ranked.first().map_or(first_place, |r| r.0),
        ranked.get(1).map_or(first_place, |r| r.0),
    ];
    // Stakeout: the town hall during the protest (the visitor's own protest, if any).
    let protest = truth.visits.iter().find(|v| v.kind == PlaceKind::TownHall);
    let (stakeout_place, stakeout_day, stakeout_from_hour, stakeout_hours) = match protest {
        Some(v) => (
            v.place,
            v.arrive_minute / MINUTES_PER_DAY,
            (v.arrive_minute % MINUTES_PER_DAY) / 60,
            (v.depart_minute.saturating_sub(v.arrive_minute) / 60 + 1).clamp(1, 6),
        ),
        None => (
            place_of_kind(outcome, PlaceKind::TownHall).unwrap_or(first_place),
            12,
            13,
            2,
        ),
    };
    Forms {
        lookup_plate: plate.clone(),
        lookback: Some(Lookback::SevenDays),
        description: None,
        example: Some(example_description(outcome)),
        geo_places,
        convoy_plate: plate.clone(),
        convoy_window_minutes: 2,
        convoy_min_cameras: 2,
        stakeout_place,
        stakeout_day,
        stakeout_from_hour,
        stakeout_hours,
        hot_plate: plate,
        reason: None,
        scope: Scope::National,
    }
}

/// Places a search can choose (houses aside), `(id, "Name (kind)")`, by name.
pub fn searchable_places(outcome: &Run) -> Vec<(PlaceId, String)> {
    let mut places: Vec<(PlaceId, String)> = outcome
        .town
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| word_for_kind(p.kind).is_some())
        .map(|(i, p)| (i as PlaceId, text::place_label(&p.name, p.kind)))
        .collect();
    places.sort_by(|a, b| a.1.cmp(&b.1));
    places
}

/// What a row is titled by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum RowTitle {
    /// A plate, or for a Lookup a camera's label.
    Name(String),
    /// For an alert, its minute of the run.
    Minute(u32),
}

/// What a row says after its title, as data the text layer writes in the chosen language
/// (`text::row_detail`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum RowDetail {
    /// A Lookup's camera: how often it read the plate.
    CameraReads(usize),
    /// A vehicle found by its look or at a place: how it looks (when the camera's AI recorded
    /// it) and how many of its reads matched.
    Hit {
        look: Option<Fingerprint>,
        reads: usize,
    },
    /// A vehicle seen at `areas` of the searched places, in `reads` reads.
    Areas { areas: usize, reads: usize },
    /// A vehicle read with the searched plate `together` times, on `days` days, at `cameras`
    /// cameras.
    Convoy {
        together: u32,
        days: u32,
        cameras: u32,
    },
    /// A hot-list alert: the plate read by a camera.
    Alert { plate: String, camera: String },
}

/// What a search found, in one sentence's data (`text::search_summary`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum Summary {
    /// A failed search says only its [`SearchError`].
    #[default]
    Nothing,
    Lookup {
        plate: String,
        days: u32,
        reads: usize,
        cameras: usize,
    },
    Attributes {
        vehicles: usize,
    },
    MultiGeo {
        places: Vec<String>,
        vehicles: usize,
    },
    Convoy {
        plate: String,
        vehicles: usize,
    },
    Stakeout {
        place: String,
        from_minute: u32,
        vehicles: usize,
    },
    HotList {
        plate: String,
        alerts: usize,
    },
}

/// Why a search could not run, for a message the visitor can act on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum SearchError {
    /// The typed text is not a plate.
    BadPlate(String),
    /// The description could not be read.
    Description(QueryError),
    /// A picked place has no camera near it.
    NoCameraNear,
    /// The picked place is not on the map.
    NoSuchPlace,
    /// The town-wide worker could not run the search, with its reason.
    Desk(String),
}

/// One row of a result list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultRow {
    /// The row's place in the whole list, from 1 (numbered by [`run_search`]).
    pub rank: usize,
    pub title: RowTitle,
    pub detail: RowDetail,
    /// The row is the visitor's own car.
    pub commuter: bool,
    /// The row is a vehicle that really travels with the visitor's car.
    pub companion: bool,
}

/// What one search found, ready to draw.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchResult {
    pub tool: Tool,
    /// One sentence's data: what was searched and how much it found.
    pub summary: Summary,
    /// How the free-text box read the description.
    pub understood: Vec<Understood>,
    pub ignored: Vec<String>,
    /// Every row found (the list shows the first [`ROWS_SHOWN`]); after
    /// [`SearchResult::listed`] only the rows the list shows.
    pub rows: Vec<ResultRow>,
    /// How many rows the search found, listed or not.
    pub found: usize,
    /// Whether the visitor's car is among the hits (for vehicle searches).
    pub commuter_found: bool,
    /// Cameras whose reads the result rests on (lit on the map).
    pub cameras: Vec<CameraId>,
    /// Areas searched: centre lon/lat degrees and radius in meters.
    #[serde(with = "super::exact::spots")]
    pub areas: Vec<(LonLat, f64)>,
    /// What the search is about, for the audit log: a plate or a description.
    pub subject: String,
    /// Why the search could not run (shown instead of the summary).
    pub error: Option<SearchError>,
    /// Wall-clock milliseconds the search took in this browser.
    #[serde(with = "super::exact::number")]
    pub millis: f64,
}

impl ResultRow {
    /// The list shows this row: one of the first [`ROWS_SHOWN`], or past them the visitor's
    /// car or a companion, so the list always shows whether the search reached them.
    pub fn is_listed(&self) -> bool {
        self.rank <= ROWS_SHOWN || self.commuter || self.companion
    }
}

impl SearchResult {
    /// The result as the page lists it: the first [`ROWS_SHOWN`] rows and, past them, the
    /// visitor's car and its companions, so the list always shows whether the search
    /// reached them; [`SearchResult::found`] keeps the whole count. The desk sends this,
    /// not every row: a Multi-Geo search over the whole town finds some 9,000 vehicles,
    /// whose JSON took the page a task of about 40 ms of CPU to read (issue 11).
    pub fn listed(mut self) -> SearchResult {
        self.rows.retain(ResultRow::is_listed);
        self
    }

    fn failed(tool: Tool, subject: String, error: SearchError) -> SearchResult {
        SearchResult {
            tool,
            subject,
            error: Some(error),
            ..SearchResult::default()
        }
    }
}

fn parse_plate(text: &str) -> Result<Plate, SearchError> {
    Plate::parse(text).ok_or_else(|| SearchError::BadPlate(text.to_owned()))
}

fn camera_label(outcome: &Run, camera: CameraId) -> String {
    outcome
        .town
        .cameras
        .get(usize::from(camera))
        .map_or_else(|| "?".to_owned(), |c| c.label.clone())
}

fn place_area(outcome: &Run, place: PlaceId) -> Option<(String, LonLat, Vec<CameraId>)> {
    let p = outcome.town.places.get(place as usize)?;
    Some((
        text::place_name(&p.name, p.kind),
        p.position,
        cameras_near(&outcome.town, p.position, NEAR_METERS),
    ))
}

/// A vehicle row for a plate, marked if it is the visitor's car or a real companion.
/// One row per vehicle hit: its plate, how it looks and how many reads matched.
fn hit_rows(outcome: &Run, hits: &[VehicleHit]) -> Vec<ResultRow> {
    hits.iter()
        .map(|h| {
            vehicle_row(
                outcome,
                h.plate,
                RowDetail::Hit {
                    look: h.fingerprint.clone(),
                    reads: h.sightings.len(),
                },
            )
        })
        .collect()
}

fn vehicle_row(outcome: &Run, plate: Plate, detail: RowDetail) -> ResultRow {
    let companions = outcome.simulation.companion_plates();
    ResultRow {
        rank: 0,
        title: RowTitle::Name(plate.as_str().to_owned()),
        detail,
        commuter: plate == outcome.commuter_plate(),
        companion: companions.contains(&plate),
    }
}

fn distinct_cameras(
    outcome: &Run,
    refs: impl Iterator<Item = crate::analyst::SightingRef>,
) -> Vec<CameraId> {
    let mut cameras: Vec<CameraId> = refs.map(|r| outcome.index.get(r).camera).collect();
    cameras.sort_unstable();
    cameras.dedup();
    cameras
}

/// Runs `tool` with the forms' values on the run's database. `millis` is left at 0: the
/// caller times it.
pub fn run_search(outcome: &Run, forms: &Forms, tool: Tool) -> SearchResult {
    let index = &outcome.index;
    let now = index.latest_minute().unwrap_or(outcome.end_minute);
    let everything = 0..now + 1;
    let mut result = match tool {
        Tool::Lookup => {
            let lookback = forms.lookback.unwrap_or(Lookback::SevenDays);
            match parse_plate(&forms.lookup_plate) {
                Err(e) => SearchResult::failed(tool, forms.lookup_plate.clone(), e),
                Ok(plate) => {
                    let found = lookup(index, plate, lookback, now);
                    SearchResult {
                        tool,
                        summary: Summary::Lookup {
                            plate: plate.as_str().to_owned(),
                            days: lookback.days(),
                            reads: found.sightings.len(),
                            cameras: found.reads_per_camera.len(),
                        },
                        rows: found
                            .reads_per_camera
                            .iter()
                            .map(|&(camera, reads)| ResultRow {
                                rank: 0,
                                title: RowTitle::Name(camera_label(outcome, camera)),
                                detail: RowDetail::CameraReads(reads as usize),
                                commuter: false,
                                companion: false,
                            })
                            .collect(),
                        commuter_found: plate == outcome.commuter_plate()
                            && !found.sightings.is_empty(),
                        cameras: found.reads_per_camera.iter().map(|c| c.0).collect(),
                        subject: plate.as_str().to_owned(),
                        ..SearchResult::default()
                    }
                }
            }
        }
        Tool::Attributes => match parse_query(&forms.description(), &outcome.town, index) {
            Err(e) => SearchResult::failed(tool, forms.description(), SearchError::Description(e)),
            Ok(parsed) => {
                let hits = search_attributes(index, &parsed.query);
                let rows = hit_rows(outcome, &hits);
                SearchResult {
                    tool,
                    summary: Summary::Attributes {
                        vehicles: hits.len(),
                    },
                    understood: parsed.understood,
                    ignored: parsed.ignored,
                    commuter_found: rows.iter().any(|r| r.commuter),
                    cameras: distinct_cameras(
                        outcome,
                        hits.iter().flat_map(|h| h.sightings.iter().copied()),
                    ),
                    rows,
                    subject: forms.description(),
                    ..SearchResult::default()
                }
            }
        },
        Tool::MultiGeo
            if forms.geo_places.iter().any(|&p| {
                place_area(outcome, p).is_none_or(|(_, _, cameras)| cameras.is_empty())
            }) =>
        {
            SearchResult::failed(tool, String::new(), SearchError::NoCameraNear)
        }
        Tool::MultiGeo => {
            let areas: Vec<(String, LonLat, Vec<CameraId>)> = forms
                .geo_places
                .iter()
                .filter_map(|&p| place_area(outcome, p))
                .collect();
            let names: Vec<String> = areas.iter().map(|a| a.0.clone()).collect();
            let query: Vec<Area> = areas
                .iter()
                .map(|(name, _, cameras)| Area {
                    name: name.clone(),
                    cameras: cameras.clone(),
                })
                .collect();
            let hits = multi_geo(index, &query, everything, 2);
            let rows: Vec<ResultRow> = hits
                .iter()
                .map(|h| {
                    vehicle_row(
                        outcome,
                        h.plate,
                        RowDetail::Areas {
                            areas: h.areas.len(),
                            reads: h.sightings.len(),
                        },
                    )
                })
                .collect();
            SearchResult {
                tool,
                summary: Summary::MultiGeo {
                    places: names.clone(),
                    vehicles: hits.len(),
                },
                commuter_found: rows.iter().any(|r| r.commuter),
                cameras: query.iter().flat_map(|a| a.cameras.clone()).collect(),
                areas: areas.iter().map(|a| (a.1, NEAR_METERS)).collect(),
                rows,
                subject: names.join(" + "),
                ..SearchResult::default()
            }
        }
        Tool::Convoy => match parse_plate(&forms.convoy_plate) {
            Err(e) => SearchResult::failed(tool, forms.convoy_plate.clone(), e),
            Ok(plate) => {
                let hits = convoy(
                    index,
                    plate,
                    forms.convoy_window_minutes,
                    forms.convoy_min_cameras,
                    everything,
                );
                let rows: Vec<ResultRow> = hits
                    .iter()
                    .map(|h| {
                        vehicle_row(
                            outcome,
                            h.plate,
                            RowDetail::Convoy {
                                together: h.co_sightings,
                                days: h.distinct_days,
                                cameras: h.distinct_cameras,
                            },
                        )
                    })
                    .collect();
                SearchResult {
                    tool,
                    summary: Summary::Convoy {
                        plate: plate.as_str().to_owned(),
                        vehicles: hits.len(),
                    },
                    commuter_found: false,
                    cameras: distinct_cameras(
                        outcome,
                        hits.iter().flat_map(|h| h.evidence.iter().map(|e| e.0)),
                    ),
                    rows,
                    subject: plate.as_str().to_owned(),
                    ..SearchResult::default()
                }
            }
        },
        Tool::Stakeout => match place_area(outcome, forms.stakeout_place) {
            None => SearchResult::failed(tool, String::new(), SearchError::NoSuchPlace),
            Some((name, position, cameras)) => {
                let start = forms.stakeout_day * MINUTES_PER_DAY + forms.stakeout_from_hour * 60;
                let end = start + forms.stakeout_hours * 60;
                let hits = stakeout(index, &cameras, start..end);
                let rows = hit_rows(outcome, &hits);
                SearchResult {
                    tool,
                    summary: Summary::Stakeout {
                        place: name.clone(),
                        from_minute: start,
                        vehicles: hits.len(),
                    },
                    commuter_found: rows.iter().any(|r| r.commuter),
                    rows,
                    cameras,
                    areas: vec![(position, NEAR_METERS)],
                    subject: name,
                    ..SearchResult::default()
                }
            }
        },
        Tool::HotList => match parse_plate(&forms.hot_plate) {
            Err(e) => SearchResult::failed(tool, forms.hot_plate.clone(), e),
            Ok(plate) => {
                let alerts = hot_list_alerts(index, &[plate], everything);
                let rows: Vec<ResultRow> = alerts
                    .iter()
                    .map(|a| ResultRow {
                        rank: 0,
                        title: RowTitle::Minute(a.minute),
                        detail: RowDetail::Alert {
                            plate: a.plate.as_str().to_owned(),
                            camera: camera_label(outcome, a.camera),
                        },
                        commuter: false,
                        companion: false,
                    })
                    .collect();
                SearchResult {
                    tool,
                    summary: Summary::HotList {
                        plate: plate.as_str().to_owned(),
                        alerts: alerts.len(),
                    },
                    commuter_found: plate == outcome.commuter_plate() && !alerts.is_empty(),
                    cameras: distinct_cameras(outcome, alerts.iter().map(|a| a.sighting)),
                    rows,
                    subject: plate.as_str().to_owned(),
                    ..SearchResult::default()
                }
            }
        },
    };
    result.tool = tool;
    for (at, row) in result.rows.iter_mut().enumerate() {
        row.rank = at + 1;
    }
    result.found = result.rows.len();
    result
}

#[cfg(test)]
mod tests;
