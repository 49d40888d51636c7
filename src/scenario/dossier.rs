//! The dossier: what an analyst with database access figured out about the car (home, work,
//! routine, places, sensitive visits, associates, the prediction), each with its confidence
//! and the sightings behind it, set beside the truth ("what they guessed" vs "what is true").
//!
//! [`dossier_of`] is the one mapper from the analyst's [`Profile`] to findings: the
//! simulator, the worker, the letter and the policy lab all read findings from it. The truth
//! is read only to judge each finding, never to make one. Pure: no UI crates.

use serde::{Deserialize, Serialize};

use crate::analyst::profile::{
    DayRoutine, PREDICTION_WINDOW_MINUTES, PassPrediction, SensitiveVisit,
};
use crate::analyst::{LocalFrame, Profile, SightingIndex, SightingRef};
use crate::sim::stable_sort::{sort, sort_by, sort_by_key};
use crate::sim::{
    CommuterPlan, LonLat, MINUTES_PER_DAY, PlaceId, PlaceKind, Scenario, Sighting, Simulation,
    TownMap, Weekday,
};

/// How many towns (seeds) `examples/evaluate.rs` judged the analyst on for each row of
/// `content/generated/analyst-table.md`, none of them tuned on (`tests/analyst_table.rs`
/// checks it against the table's command).
pub const TOWNS_JUDGED: u32 = 100;

/// The fewest cameras, of the 20, 40 and 80 that `examples/evaluate.rs` judges, with which
/// the analyst placed home within 500 m (a street or two) in at least half of the towns it
/// was not tuned on; 0 when not even 80 did. Copied from
/// `content/generated/analyst-table.md` (`tests/analyst_table.rs` checks it against it).
pub const CAMERAS_TO_PLACE_HOME: u32 = 80;

/// The share of those towns in which it did, at [`CAMERAS_TO_PLACE_HOME`] cameras (or at
/// 80 when that is 0), as a whole percentage.
pub const HOME_PLACED_PERCENT: u32 = 69;

/// The widest circle, in meters of radius, that a home or work finding can be right with
/// and still place the spot "within a street or two": the 500 m the analyst is judged by
/// (`examples/evaluate.rs`, the README's table). A right circle wider than this holds the
/// truth but leaves the analyst many streets to search.
pub const PRECISE_CIRCLE_METERS: f64 = 500.0;

/// A card's verdict against the simulation's truth ([`Finding::verdict`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Right,
    /// Right, but with a circle wider than [`PRECISE_CIRCLE_METERS`].
    RightButVague,
    Wrong,
}

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FindingKind {
    Home,
    Work,
    Routine,
    Place,
    Sensitive,
    Associate,
    Prediction,
}

impl FindingKind {
    pub fn slug(self) -> &'static str {
        match self {
            FindingKind::Home => "home",
            FindingKind::Work => "work",
            FindingKind::Routine => "routine",
            FindingKind::Place => "place",
            FindingKind::Sensitive => "sensitive",
            FindingKind::Associate => "associate",
            FindingKind::Prediction => "prediction",
        }
    }
}

/// A place as a finding's sentence names it: the town's own name (not translated), or an
/// empty one for a place the visitor's plan added without a name (their home, workplace or a
/// stop where no town place is), which the text layer names from `kind` in the visitor's
/// language (`text::place_name`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceMention {
    pub name: String,
    pub kind: PlaceKind,
}

impl PlaceMention {
    pub fn of(place: &crate::sim::Place) -> PlaceMention {
        PlaceMention {
            name: place.name.clone(),
            kind: place.kind,
        }
    }
}

/// One inference, with its evidence and, where the simulation knows it, the truth.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub kind: FindingKind,
    /// What they guessed, as data: the text layer writes it as a sentence in the chosen
    /// language when it is drawn (`text::guess_sentence`).
    pub guess: Guess,
    /// 0 (a wild guess) to 1 (certain), as the analyst scores it.
    #[serde(with = "super::exact::number")]
    pub confidence: f64,
    /// The sightings the guess rests on (on the page, the first [`EVIDENCE_SHOWN`]: see
    /// [`Dossier::as_drawn`]).
    pub evidence: Vec<Sighting>,
    /// Sightings the guess also rests on beyond `evidence`, counted, not listed: the worker
    /// keeps them and sends the page only what a card lists. 0 in a whole dossier.
    #[serde(default)]
    pub more_evidence: usize,
    /// What is true, as data (`text::truth_sentence`); `None` when there is nothing to
    /// compare.
    pub truth: Option<Truth>,
    /// Distance from the guessed spot to the true one, meters.
    #[serde(with = "super::exact::optional")]
    pub error_meters: Option<f64>,
    /// Where the guess is on the map, lon/lat degrees, and its radius in meters.
    #[serde(with = "super::exact::spot")]
    pub spot: Option<(LonLat, f64)>,
    /// The town's places the finding names (a place visited, the few places a sensitive
    /// visit may have been at); empty for the others.
    #[serde(default)]
    pub places: Vec<PlaceId>,
    /// The verdict against the simulation's truth: `Some(true)` right, `Some(false)` wrong,
    /// `None` when it could not be checked. Each kind's rule is in [`dossier_of`].
    #[serde(default)]
    pub right: Option<bool>,
}

impl Finding {
    /// The verdict a card shows: [`Finding::right`], with a right home or work circle wider
    /// than [`PRECISE_CIRCLE_METERS`] called vague (a 2 km circle that holds home was
    /// labelled plainly "Right"). `None` when the finding could not be checked.
    pub fn verdict(&self) -> Option<Verdict> {
        let vague = matches!(
            self.guess,
            Guess::Anchor { radius_meters, .. } if radius_meters > PRECISE_CIRCLE_METERS
        );
        self.right.map(|right| match (right, vague) {
            (false, _) => Verdict::Wrong,
            (true, false) => Verdict::Right,
            (true, true) => Verdict::RightButVague,
        })
    }
}

/// What the analyst guessed, one variant per kind of finding, with the numbers and names a
/// sentence needs (place and camera names are the town's own and are not translated). Sent
/// to the page in a compact form ([`wire`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(into = "wire::Packed", try_from = "wire::Packed")]
pub enum Guess {
    /// Home or work: a circle of `radius_meters` near a place, from `stops` stays.
    Anchor {
        radius_meters: f64,
        near: Option<PlaceMention>,
        stops: u32,
    },
    /// The weekdays the car was read on.
    Routine(Vec<RoutineDay>),
    /// A place visited `visits` times.
    Place {
        name: String,
        kind: PlaceKind,
        visits: usize,
    },
    /// `stops` stops that were probably at one of these few sensitive places.
    Sensitive {
        places: Vec<PlaceMention>,
        stops: usize,
    },
    /// A plate read with the visitor's `together` times, on `days` days, at `cameras` cameras.
    Associate {
        plate: String,
        together: u32,
        days: u32,
        cameras: u32,
    },
    /// The car will pass `camera` on `weekday` around `minute_of_day`, with this probability
    /// (0 to 1).
    Prediction {
        weekday: Weekday,
        minute_of_day: u32,
        camera: String,
        probability: f64,
    },
}

/// One weekday of the routine card: on the road `driven` of the `observed` such days, with
/// the first and last reads' minutes of the day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoutineDay {
    pub weekday: Weekday,
    pub driven: u32,
    pub observed: u32,
    pub first_minute_of_day: Option<u32>,
    pub last_minute_of_day: Option<u32>,
}

/// What is true beside a guess, one variant per kind of finding (sent as [`wire`] writes it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(into = "wire::Packed", try_from = "wire::Packed")]
pub enum Truth {
    /// The real home or work, near a place, `error_meters` from the guess; `inside`
    /// when it lies inside the guessed circle.
    Anchor {
        near: Option<PlaceMention>,
        error_meters: f64,
        inside: bool,
    },
    /// The plan's workdays and the shift's start, minutes after midnight (also the work
    /// card's truth when there are no workdays: no workplace to find).
    Routine {
        workdays: Vec<Weekday>,
        shift_start_minute_of_day: u32,
    },
    /// `right` of the flagged `stops` really were at one of the named places.
    Sensitive { right: usize, stops: usize },
    /// How often the car really went to the place.
    Place { visits: usize },
    /// Whether the plate really travels with the visitor's car.
    Associate { companion: bool },
    /// What the car did on the predicted day: the minute of the day it passed the camera,
    /// or `None` when it did not.
    Prediction {
        weekday: Weekday,
        camera: String,
        passed_at: Option<u32>,
    },
}

/// Everything the dossier shows (serialisable: the town-wide worker sends it as JSON).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Dossier {
    pub findings: Vec<Finding>,
    /// Set when the analyst's part is not available (yet), with the reason.
    pub unavailable: Option<String>,
    /// True while the analyst is still reading the visitor's log (the map and the log are
    /// already drawn).
    #[serde(default)]
    pub analysing: bool,
    /// True while the whole town's database is still being searched for associates (the
    /// rest of the dossier rests on the visitor's own reads and is final).
    #[serde(default)]
    pub searching_town: bool,
    /// Associates the analyst found beyond the [`ASSOCIATES_SHOWN`] most likely, which the
    /// dossier counts but does not list (on a real town's arterials there can be dozens).
    #[serde(default)]
    pub more_associates: usize,
}

/// Associates the dossier lists at most, the most likely first.
pub const ASSOCIATES_SHOWN: usize = 3;

/// Sightings a finding's card lists at most, the first in time; it counts the rest.
pub const EVIDENCE_SHOWN: usize = 8;

impl Dossier {
    /// The first finding of a kind.
    pub fn first(&self, kind: FindingKind) -> Option<&Finding> {
        self.findings.iter().find(|f| f.kind == kind)
    }

    /// The dossier as the page draws it: each finding's evidence cut to the
    /// [`EVIDENCE_SHOWN`] sightings its card lists, the rest counted in
    /// [`Finding::more_evidence`]. What the worker sends: a finding can rest on hundreds of
    /// sightings, and the page decoded them all to list eight.
    pub fn as_drawn(&self) -> Dossier {
        let mut drawn = self.clone();
        for finding in &mut drawn.findings {
            if finding.evidence.len() > EVIDENCE_SHOWN {
                finding.more_evidence += finding.evidence.len() - EVIDENCE_SHOWN;
                finding.evidence.truncate(EVIDENCE_SHOWN);
            }
        }
        drawn
    }
}

fn place_near(map: &TownMap, position: LonLat, frame: &LocalFrame) -> Option<PlaceMention> {
    map.places
        .iter()
        .filter(|p| frame.distance_meters(p.position, position) < 400.0)
        .min_by(|a, b| {
            frame
                .distance_meters(a.position, position)
                .total_cmp(&frame.distance_meters(b.position, position))
        })
        .map(PlaceMention::of)
}

/// What the visitor's car really did on the predicted day: the run is continued, the
/// visitor's car alone (as [`super::run::simulate_commuter`] runs it), to the first such weekday after it
/// ends. `Some(Some
/// (minute of day))` when the car passed the predicted camera within the prediction's window,
/// `Some(None)` when it did not, `None` when the continuation could not be simulated.
pub fn prediction_outcome(
    simulation: &Simulation,
    prediction: &PassPrediction,
) -> Option<Option<u32>> {
    let scenario = &simulation.scenario;
    let day = (scenario.days..scenario.days + 7)
        .find(|&d| Weekday::of_minute(d * MINUTES_PER_DAY) == prediction.weekday)?;
    let continued = Scenario {
        days: day + 1,
        population: 0,
        ..scenario.clone()
    };
    let run = super::towns::simulate_in_detail(&continued).ok()?;
    let expected = day * MINUTES_PER_DAY + prediction.minute_of_day;
    Some(
        run.simulation
            .sightings_of(run.simulation.truth.commuter)
            .find(|s| {
                s.camera == prediction.camera
                    && s.minute.abs_diff(expected) <= PREDICTION_WINDOW_MINUTES
            })
            .map(|s| s.minute % MINUTES_PER_DAY),
    )
}

/// The weekdays a routine shows as regular: read on at least half of that weekday's days in
/// the period (the card lists every weekday the car was read on; these are the ones it
/// reads as a habit).
pub fn regular_weekdays(days: &[DayRoutine]) -> Vec<Weekday> {
    days.iter()
        .filter(|d| d.days_observed > 0 && 2 * d.days_driven >= d.days_observed)
        .map(|d| d.weekday)
        .collect()
}

/// The routine card's verdict. The card claims a week: which days the car is on the road as
/// a habit ([`regular_weekdays`]). It is judged against the plan's workdays, the week the
/// truth beside it states: right when every workday is a regular day and at least half of
/// the regular days are workdays (a regular stop on a day off, such as a Sunday service, is
/// true and allowed; a card that misses a workday, or whose regular days are mostly days
/// off, does not tell the visitor's week). Times of day are not judged: the first read
/// depends on where the cameras stand, not only on when the shift starts. `None` for a plan
/// with no workdays (nothing to judge the week against).
pub fn routine_is_right(days: &[DayRoutine], workdays: &[Weekday]) -> Option<bool> {
    if workdays.is_empty() {
        return None;
    }
    let regular = regular_weekdays(days);
    let on_workdays = regular.iter().filter(|d| workdays.contains(d)).count();
    Some(workdays.iter().all(|d| regular.contains(d)) && 2 * on_workdays >= regular.len())
}

/// Turns the analyst's profile into findings set beside the truth, each judged right or
/// wrong ([`Finding::right`]) by one rule per kind:
/// - home, work: the true spot is inside the stated circle (error within the radius); a
///   work guess in a plan with no workdays is wrong, with no distance (the car never drives
///   to work: no workplace to find), its truth the empty week ([`Truth::Routine`]);
/// - routine: [`routine_is_right`], the days it shows as regular match the workdays;
/// - place: the car really went there at least once;
/// - sensitive visit: most of the flagged stops really were at one of the named places;
/// - associate: the plate is a real companion (the carpool or the partner);
/// - prediction: the car passed that camera in the window the week after (unjudged when the
///   week after could not be simulated).
pub fn dossier_of(
    profile: &Profile,
    index: &SightingIndex,
    simulation: &Simulation,
    plan: &CommuterPlan,
) -> Dossier {
    let map = &simulation.map;
    let truth = &simulation.truth;
    let frame = LocalFrame::for_map(map);
    let sightings = |refs: &mut dyn Iterator<Item = SightingRef>| -> Vec<Sighting> {
        let mut v: Vec<Sighting> = refs.map(|r| *index.get(r)).collect();
        sort_by_key(&mut v, |s| s.minute);
        v.dedup();
        v
    };
    let mut findings = Vec::new();

    for (kind, anchor, true_spot) in [
        (FindingKind::Home, &profile.home, truth.home),
        (FindingKind::Work, &profile.work, truth.work),
    ] {
        let Some(anchor) = anchor else {
            continue;
        };
        let near = anchor
            .nearest_place
            .and_then(|id| map.places.get(id as usize))
            .map(PlaceMention::of);
        let error = frame.distance_meters(anchor.position, true_spot);
        // A life with no workdays never drives to its workplace: there is none to find, so
        // a work guess is wrong and no distance credits it (the headline reads the distance).
        let no_work = kind == FindingKind::Work && plan.workdays.is_empty();
        findings.push(Finding {
            kind,
            guess: Guess::Anchor {
                radius_meters: anchor.radius_meters,
                near,
                stops: anchor.stays_used,
            },
            confidence: anchor.confidence,
            evidence: sightings(&mut anchor.evidence.iter().copied()),
            more_evidence: 0,
            truth: Some(if no_work {
                Truth::Routine {
                    workdays: Vec::new(),
                    shift_start_minute_of_day: plan.shift_start_minute_of_day,
                }
            } else {
                Truth::Anchor {
                    near: place_near(map, true_spot, &frame),
                    error_meters: error,
                    inside: error <= anchor.radius_meters,
                }
            }),
            error_meters: (!no_work).then_some(error),
            spot: Some((anchor.position, anchor.radius_meters)),
            places: Vec::new(),
            right: Some(!no_work && error <= anchor.radius_meters),
        });
    }

    let driven: Vec<_> = profile
        .routine
        .days
        .iter()
        .filter(|d| d.days_driven > 0)
        .collect();
    if !driven.is_empty() {
        let regularity = driven.iter().map(|d| d.regularity).sum::<f64>() / driven.len() as f64;
        let days: Vec<RoutineDay> = driven
            .iter()
            .map(|d| RoutineDay {
                weekday: d.weekday,
                driven: d.days_driven,
                observed: d.days_observed,
                first_minute_of_day: d.first_read_minute_of_day,
                last_minute_of_day: d.last_read_minute_of_day,
            })
            .collect();
        findings.push(Finding {
            kind: FindingKind::Routine,
            guess: Guess::Routine(days),
            confidence: regularity,
            evidence: Vec::new(),
            more_evidence: 0,
            truth: Some(Truth::Routine {
                workdays: plan.workdays.clone(),
                shift_start_minute_of_day: plan.shift_start_minute_of_day,
            }),
            error_meters: None,
            spot: None,
            places: Vec::new(),
            right: routine_is_right(&profile.routine.days, &plan.workdays),
        });
    }

    // Sensitive visits come from the analyst's flags ("one of these few places"), grouped
    // by the places named and judged stop by stop; other places from its attributions.
    let mut flags: Vec<(Vec<PlaceId>, Vec<&SensitiveVisit>)> = Vec::new();
    for flag in &profile.sensitive_visits {
        let mut named: Vec<PlaceId> = flag.candidates.iter().map(|c| c.0).collect();
        sort(&mut named);
        match flags.iter_mut().find(|(places, _)| *places == named) {
            Some((_, group)) => group.push(flag),
            None => flags.push((named, vec![flag])),
        }
    }
    for (named, group) in &flags {
        let names: Vec<PlaceMention> = named
            .iter()
            .filter_map(|&p| map.places.get(p as usize))
            .map(PlaceMention::of)
            .collect();
        let (Some(&first), false) = (named.first(), names.is_empty()) else {
            continue;
        };
        let right = group
            .iter()
            .filter(|flag| {
                truth.visits.iter().any(|v| {
                    named.contains(&v.place)
                        && v.arrive_minute >= flag.after_minute
                        && v.depart_minute <= flag.before_minute
                })
            })
            .count();
        findings.push(Finding {
            kind: FindingKind::Sensitive,
            guess: Guess::Sensitive {
                places: names,
                stops: group.len(),
            },
            confidence: group.iter().map(|f| f.probability).sum::<f64>() / group.len() as f64,
            evidence: sightings(&mut group.iter().flat_map(|f| f.evidence)),
            more_evidence: 0,
            truth: Some(Truth::Sensitive {
                right,
                stops: group.len(),
            }),
            error_meters: None,
            spot: map
                .places
                .get(first as usize)
                .map(|p| (p.position, crate::analyst::profile::MIN_RADIUS_METERS)),
            places: named.clone(),
            right: Some(2 * right > group.len()),
        });
    }

    for place in profile.places.iter().filter(|p| !p.sensitive) {
        let Some(p) = map.places.get(place.place as usize) else {
            continue;
        };
        let true_visits = truth
            .visits
            .iter()
            .filter(|v| v.place == place.place)
            .count();
        findings.push(Finding {
            kind: FindingKind::Place,
            guess: Guess::Place {
                name: place.name.clone(),
                kind: place.kind,
                visits: place.visits.len(),
            },
            confidence: place.confidence,
            evidence: sightings(&mut place.visits.iter().flat_map(|v| v.evidence)),
            more_evidence: 0,
            truth: Some(Truth::Place {
                visits: true_visits,
            }),
            error_meters: None,
            spot: Some((p.position, crate::analyst::profile::MIN_RADIUS_METERS)),
            places: vec![place.place],
            right: Some(true_visits > 0),
        });
    }

    let mut associates: Vec<_> = profile.associates.iter().collect();
    sort_by(&mut associates, |a, b| {
        b.confidence.total_cmp(&a.confidence)
    });
    let more_associates = associates.len().saturating_sub(ASSOCIATES_SHOWN);
    for associate in associates.into_iter().take(ASSOCIATES_SHOWN) {
        let vehicle = simulation
            .vehicles
            .iter()
            .position(|v| v.plate == associate.plate)
            .map(|i| i as u32);
        let companion = vehicle.is_some_and(|v| truth.companions.contains(&v));
        findings.push(Finding {
            kind: FindingKind::Associate,
            guess: Guess::Associate {
                plate: associate.plate.as_str().to_owned(),
                together: associate.co_sightings,
                days: associate.distinct_days,
                cameras: associate.distinct_cameras,
            },
            confidence: associate.confidence,
            evidence: sightings(&mut associate.evidence.iter().map(|(mine, _)| *mine)),
            more_evidence: 0,
            truth: Some(Truth::Associate { companion }),
            error_meters: None,
            spot: None,
            places: Vec::new(),
            right: Some(companion),
        });
    }

    if let Some(prediction) = profile.routine.most_confident() {
        let camera = map
            .cameras
            .get(usize::from(prediction.camera))
            .map_or_else(|| "?".to_owned(), |c| c.label.clone());
        let outcome = prediction_outcome(simulation, prediction);
        findings.push(Finding {
            kind: FindingKind::Prediction,
            guess: Guess::Prediction {
                weekday: prediction.weekday,
                minute_of_day: prediction.minute_of_day,
                camera: camera.clone(),
                probability: prediction.probability,
            },
            confidence: prediction.probability,
            evidence: sightings(&mut prediction.evidence.iter().copied()),
            more_evidence: 0,
            truth: outcome.map(|passed_at| Truth::Prediction {
                weekday: prediction.weekday,
                camera,
                passed_at,
            }),
            error_meters: None,
            spot: None,
            places: Vec::new(),
            right: outcome.map(|passed_at| passed_at.is_some()),
        });
    }

    Dossier {
        findings,
        unavailable: None,
        analysing: false,
        searching_town: false,
        more_associates,
    }
}

#[cfg(test)]
mod tests;
mod wire;
