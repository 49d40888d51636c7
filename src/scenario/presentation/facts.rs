//! The presenter's numbers: one run's facts for every step of the story, computed where the
//! whole town's database is (the town-wide worker), from the same dossier, curve and policy
//! comparison the simulator, the letter and the policy lab show, so a presenter never quotes
//! a number the app contradicts.
//!
//! Pure: no UI crates. The sentences are [`crate::text::present`]'s.

use serde::{Deserialize, Serialize};

use crate::analyst::policy::Policy;
use crate::scenario::dossier::FindingKind;
use crate::scenario::letter::{LetterFacts, facts_of};
use crate::scenario::policy_lab::compare_policy;
use crate::scenario::presentation::Step;
use crate::scenario::run::DatabaseSize;
use crate::scenario::run::Run;
use crate::scenario::town_wide::{UniquenessPoint, quoted_point};
use crate::sim::MINUTES_PER_DAY;
use crate::sim::{CameraId, LonLat, Sighting};

/// The least share of the town's cars the curve's quoted point must single out for the
/// "few reads" step to quote it; under it the step says the network is too sparse.
pub const MOST_CARS_SHARE: f64 = 0.5;

/// Plates the analyst says travel with the car, and how many really do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TravelsWith {
    pub stated: u32,
    pub right: u32,
}

/// What a law changes for this car: the reads left, the findings lost and kept, and who can
/// still search.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LawFacts {
    /// Reads of the car the database holds today, and under the law.
    pub reads_before: u32,
    pub reads_after: u32,
    /// The dossier's findings the law takes away, and those it leaves.
    pub findings_lost: u32,
    pub findings_kept: u32,
    /// Agencies that can search the reads today, and under the law.
    pub agencies_before: u32,
    pub agencies_after: u32,
}

/// Why the law step's "today" count of the car's reads is smaller than the month step's:
/// today's common set-up ([`Policy::common_setup`]) has already deleted the oldest reads of a
/// run longer than its retention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetentionCut {
    /// Every read of the car over the run (the month step's count), and days simulated.
    pub reads: u32,
    pub days: u32,
    /// The reads the common set-up still holds at the run's end (the law step's "today").
    pub kept: u32,
    /// How long the common set-up keeps a read, days.
    pub retention_days: u32,
}

/// A guess the analyst drew on the map: its kind, where, and its circle's radius in meters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MarkedGuess {
    pub kind: FindingKind,
    #[serde(with = "crate::scenario::exact::spot")]
    pub spot: Option<(LonLat, f64)>,
}

/// Every number the story quotes, for one run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoryFacts {
    /// The letter's facts (the dossier's home and work, reads, cameras that saw the car,
    /// sensitive places, the uniqueness point), so the story and the letter agree.
    pub letter: LetterFacts,
    /// Cameras in the town's network.
    pub cameras: u32,
    /// The vendor's whole database for the run.
    pub database: DatabaseSize,
    /// Meters from the guessed home and workplace to the real ones.
    #[serde(with = "crate::scenario::exact::optional")]
    pub home_error_meters: Option<f64>,
    #[serde(with = "crate::scenario::exact::optional")]
    pub work_error_meters: Option<f64>,
    pub travels_with: TravelsWith,
    /// The cameras where the plates named as companions were read beside the car (the
    /// associate findings' evidence), for the map of the travels-with step.
    #[serde(default)]
    pub companion_cameras: Vec<CameraId>,
    /// The uniqueness curve's quoted point, the one the simulator's chart quotes
    /// ([`quoted_point`]), when it singles out most of the town's cars
    /// ([`MOST_CARS_SHARE`]).
    pub few_reads: Option<UniquenessPoint>,
    /// The cameras of that many of the car's reads spread over the month
    /// ([`cameras_of_a_few_reads`]), for the map of the few-reads step; empty without
    /// `few_reads`.
    #[serde(default)]
    pub few_reads_cameras: Vec<CameraId>,
    pub law: LawFacts,
    /// The dossier's home, work and sensitive-visit guesses with a place on the map (the
    /// page's own run has the town but not the analyst's dossier).
    pub guesses: Vec<MarkedGuess>,
}

impl StoryFacts {
    /// The facts as the town-wide worker sends them.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The facts from the worker's JSON; unreadable JSON is an error message.
    pub fn from_json(json: &str) -> Result<StoryFacts, String> {
        serde_json::from_str(json).map_err(|e| format!("the worker's numbers are unreadable: {e}"))
    }

    /// Why the law step's "today" count of the car's reads differs from the month step's
    /// ([`RetentionCut`]); `None` when they are the same (a run no longer than today's
    /// retention), so the room is never left to wonder where the other reads went.
    pub fn retention_cut(&self) -> Option<RetentionCut> {
        let retention = Policy::common_setup().retention.max_age_minutes() / MINUTES_PER_DAY;
        (self.law.reads_before < self.letter.sightings).then_some(RetentionCut {
            reads: self.letter.sightings,
            days: self.letter.days,
            kept: self.law.reads_before,
            retention_days: retention,
        })
    }

    /// Whether `step` has nothing of this run to show: the analyst found neither home nor
    /// work, no sensitive visit, no companion, or no handful of reads singles out most cars.
    /// Such a step says so in the room; the prepare list marks it so a presenter can hide it
    /// or set up another run first.
    pub fn shows_nothing(&self, step: Step) -> bool {
        match step {
            Step::SleepsAndWorks => {
                self.home_error_meters.is_none() && self.work_error_meters.is_none()
            }
            Step::SensitivePlaces => self.letter.sensitive_places.is_empty(),
            Step::TravelsWith => self.travels_with.stated == 0,
            Step::FewReads => self.few_reads.is_none(),
            Step::Town
            | Step::Month
            | Step::Rows
            | Step::WhoCanSearch
            | Step::LawChange
            | Step::Ask => false,
        }
    }
}

/// The story's facts for a whole town's `run`, its uniqueness `curve`, and the `law` the
/// presenter shows in the before/after step.
pub fn story_of(run: &Run, curve: &[UniquenessPoint], law: &Policy) -> StoryFacts {
    let error = |kind| run.dossier.first(kind).and_then(|f| f.error_meters);
    let associates = run
        .dossier
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Associate);
    let travels_with = associates.fold(TravelsWith::default(), |count, finding| TravelsWith {
        stated: count.stated + 1,
        right: count.right + u32::from(finding.right == Some(true)),
    });
    let mut companion_cameras: Vec<CameraId> = run
        .dossier
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Associate)
        .flat_map(|f| f.evidence.iter().map(|sighting| sighting.camera))
        .collect();
    crate::sim::stable_sort::sort(&mut companion_cameras);
    companion_cameras.dedup();
    let comparison = compare_policy(run, law);
    let few_reads = quoted_point(curve)
        .filter(|p| p.share_unique >= MOST_CARS_SHARE)
        .copied();
    StoryFacts {
        letter: facts_of(run, curve),
        cameras: run.town.cameras.len() as u32,
        database: DatabaseSize::of(run),
        home_error_meters: error(FindingKind::Home),
        work_error_meters: error(FindingKind::Work),
        travels_with,
        companion_cameras,
        few_reads_cameras: few_reads.map_or_else(Vec::new, |point| {
            cameras_of_a_few_reads(&run.rows, point.sightings as usize)
        }),
        few_reads,
        law: LawFacts {
            reads_before: comparison.before.reads,
            reads_after: comparison.after.reads,
            findings_lost: comparison.lost as u32,
            findings_kept: comparison.kept as u32,
            agencies_before: comparison.access_before.total_agencies,
            agencies_after: comparison.access_after.total_agencies,
        },
        guesses: run
            .dossier
            .findings
            .iter()
            .filter(|f| {
                matches!(
                    f.kind,
                    FindingKind::Home | FindingKind::Work | FindingKind::Sensitive
                )
            })
            .filter(|f| f.spot.is_some())
            .map(|f| MarkedGuess {
                kind: f.kind,
                spot: f.spot,
            })
            .collect(),
    }
}

/// The cameras of `k` of the car's `reads` spread over the month (the first, the last and
/// evenly between), each once: what the few-reads step means by "just k reads".
pub fn cameras_of_a_few_reads(reads: &[Sighting], k: usize) -> Vec<CameraId> {
    let last = reads.len().saturating_sub(1);
    let k = k.min(reads.len());
    let mut cameras: Vec<_> = (0..k)
        .map(|i| reads[if k == 1 { 0 } else { i * last / (k - 1) }].camera)
        .collect();
    crate::sim::stable_sort::sort(&mut cameras);
    cameras.dedup();
    cameras
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::policy::{Retention, presets};
    use crate::scenario::run::{run_town, small_scenario};
    use crate::scenario::town_wide::uniqueness;

    mod cameras_of_a_few_reads {
        use super::super::cameras_of_a_few_reads;
        use crate::sim::{Plate, Sighting, TravelDirection};

        /// Reads at cameras 10, 11, ... in time order.
        fn reads(n: u16) -> Vec<Sighting> {
            (0..n)
                .map(|i| Sighting {
                    camera: 10 + i,
                    minute: u32::from(i) * 60,
                    plate: Plate::parse("4KTR217").unwrap(),
                    direction: TravelDirection::North,
                    vehicle: 0,
                })
                .collect()
        }

        #[test]
        fn spread_from_the_first_read_to_the_last() {
            assert_eq!(cameras_of_a_few_reads(&reads(9), 3), vec![10, 14, 18]);
            assert_eq!(cameras_of_a_few_reads(&reads(9), 1), vec![10]);
        }

        #[test]
        fn name_each_camera_once_and_no_more_reads_than_the_car_has() {
            let mut same_camera = reads(4);
            same_camera[3].camera = 10;
            assert_eq!(cameras_of_a_few_reads(&same_camera, 4), vec![10, 11, 12]);
            assert_eq!(cameras_of_a_few_reads(&reads(2), 5), vec![10, 11]);
            assert!(cameras_of_a_few_reads(&[], 3).is_empty());
            assert!(cameras_of_a_few_reads(&reads(3), 0).is_empty());
        }
    }

    mod story_of {
        use super::*;

        fn strictest() -> Policy {
            presets()
                .into_iter()
                .map(|preset| preset.policy)
                .find(|policy| policy.retention == Retention::ThreeMinutesUnlessHit)
                .expect("a hit-only preset")
        }

        #[test]
        fn quotes_the_letters_and_the_dossiers_numbers() {
            let run = run_town(0, &small_scenario(), || 0.0).unwrap();
            let curve = uniqueness(&run.index).unwrap();
            let story = story_of(&run, &curve, &strictest());
            assert_eq!(story.letter, facts_of(&run, &curve));
            assert_eq!(story.letter.sightings, run.rows.len() as u32);
            assert_eq!(story.database.reads, run.index.len());
            assert_eq!(story.cameras, run.town.cameras.len() as u32);
            let home = run
                .dossier
                .first(FindingKind::Home)
                .and_then(|f| f.error_meters);
            assert_eq!(story.home_error_meters, home);
            let few = story.few_reads.map_or(0, |point| point.sightings as usize);
            assert_eq!(
                story.few_reads_cameras,
                cameras_of_a_few_reads(&run.rows, few)
            );
        }

        #[test]
        fn mark_the_steps_with_nothing_to_show() {
            let run = run_town(0, &small_scenario(), || 0.0).unwrap();
            let curve = uniqueness(&run.index).unwrap();
            let mut story = story_of(&run, &curve, &strictest());
            story.home_error_meters = Some(600.0);
            story.work_error_meters = None;
            story.letter.sensitive_places = vec!["a clinic".to_owned()];
            story.travels_with = TravelsWith {
                stated: 1,
                right: 0,
            };
            story.few_reads = Some(UniquenessPoint {
                sightings: 4,
                share_unique: 0.9,
            });
            let empty = |story: &StoryFacts| -> Vec<Step> {
                Step::ALL
                    .into_iter()
                    .filter(|&step| story.shows_nothing(step))
                    .collect()
            };
            assert_eq!(empty(&story), Vec::<Step>::new(), "each has a finding");
            story.home_error_meters = None;
            story.letter.sensitive_places.clear();
            story.travels_with = TravelsWith::default();
            story.few_reads = None;
            assert_eq!(
                empty(&story),
                vec![
                    Step::SleepsAndWorks,
                    Step::SensitivePlaces,
                    Step::TravelsWith,
                    Step::FewReads
                ]
            );
        }

        #[test]
        fn cross_the_worker_boundary_unchanged() {
            let run = run_town(0, &small_scenario(), || 0.0).unwrap();
            let curve = uniqueness(&run.index).unwrap();
            let story = story_of(&run, &curve, &strictest());
            assert_eq!(StoryFacts::from_json(&story.to_json()), Ok(story));
            assert!(StoryFacts::from_json("{").is_err());
        }

        #[test]
        fn a_hit_only_law_leaves_the_car_no_reads_to_analyse() {
            let run = run_town(0, &small_scenario(), || 0.0).unwrap();
            let curve = uniqueness(&run.index).unwrap();
            let law = story_of(&run, &curve, &strictest()).law;
            assert!(law.reads_before > 0, "{law:?}");
            assert_eq!(law.reads_after, 0, "the car is on no hot list: {law:?}");
            assert_eq!(law.findings_kept, 0, "{law:?}");
        }

        #[test]
        fn a_run_within_todays_retention_quotes_one_count_of_reads() {
            let run = run_town(0, &small_scenario(), || 0.0).unwrap();
            let curve = uniqueness(&run.index).unwrap();
            let story = story_of(&run, &curve, &strictest());
            assert_eq!(story.law.reads_before, story.letter.sightings);
            assert_eq!(story.retention_cut(), None);
        }

        #[test]
        fn a_run_longer_than_todays_retention_says_what_cut_the_cars_reads() {
            let scenario = crate::sim::Scenario {
                days: 40,
                ..small_scenario()
            };
            let run = run_town(0, &scenario, || 0.0).unwrap();
            let curve = uniqueness(&run.index).unwrap();
            let story = story_of(&run, &curve, &strictest());
            assert!(
                story.law.reads_before < story.letter.sightings,
                "30 days of 40 are kept: {:?} of {}",
                story.law,
                story.letter.sightings
            );
            assert_eq!(
                story.retention_cut(),
                Some(RetentionCut {
                    reads: story.letter.sightings,
                    days: 40,
                    kept: story.law.reads_before,
                    retention_days: 30,
                })
            );
        }

        #[test]
        fn few_reads_quotes_the_point_the_simulators_chart_quotes() {
            let run = run_town(0, &small_scenario(), || 0.0).unwrap();
            let curve = |shares: &[f64]| -> Vec<UniquenessPoint> {
                shares
                    .iter()
                    .enumerate()
                    .map(|(i, &share_unique)| UniquenessPoint {
                        sightings: i as u32 + 1,
                        share_unique,
                    })
                    .collect()
            };
            let few = |shares: &[f64]| story_of(&run, &curve(shares), &strictest()).few_reads;
            // The first point that singles out 95 of 100 cars.
            let point = few(&[0.1, 0.6, 0.96, 0.99]).unwrap();
            assert_eq!((point.sightings, point.share_unique), (3, 0.96));
            // None does: the last, as the chart says "8 sightings single out 93%", never
            // "no handful singles out most cars".
            let point = few(&[0.1, 0.3, 0.5, 0.7, 0.8, 0.88, 0.91, 0.93]).unwrap();
            assert_eq!((point.sightings, point.share_unique), (8, 0.93));
            // Not even most cars: the step says the network is too sparse.
            assert_eq!(few(&[0.05, 0.2, 0.3]), None);
            assert_eq!(few(&[]), None);
        }
    }
}
