//! The town-wide worker's protocol: what the page asks ([`Request`]), what the worker says
//! back ([`Reply`]), and the [`TownDesk`] that answers, keeping the last whole-town run so a
//! second search or policy on the same scenario costs milliseconds.
//!
//! Everything that needs the whole town's database happens here: the associates search and
//! the uniqueness curve, the console's searches, the policy lab's before and after, the
//! letter's facts, the presenter's numbers. The page keeps only what it draws. Requests and replies are JSON made by
//! serde (floats as their exact bits), so a reply equals what the page would have computed.
//! Where no worker can start, the page runs the same desk itself, deferred.
//!
//! Pure: no UI crates.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::commute::commute_exposure;
use super::console::{Description, Forms, SearchResult, Tool, default_forms, run_search};
use super::letter::{LetterFacts, facts_of};
use super::policy_lab::{LabVerdict, judge_policy};
use super::presentation::facts::story_of;
pub use super::run::DatabaseSize;
use super::run::Run;
use super::town_import::{ImportProblem, PickedFile, TownNews, import_files};
use super::town_wide::{
    TownWide, UniquenessPoint, VisitorFindings, visitor_findings_paced, whole_town_paced,
};
use super::towns;
use crate::analyst::policy::Policy;
use crate::sim::Scenario;
use crate::sim::pace::{Pace, Straight, straight_through};

/// What the page asks the worker. Each request names its scenario, so a worker never
/// answers for a run the page no longer shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// The analyst's profile of the visitor's reads, then the whole town's part of a run.
    TownWide { scenario: Scenario },
    /// A console search over the whole town's database.
    Search {
        scenario: Scenario,
        forms: Forms,
        tool: Tool,
    },
    /// The policy lab: what the analyst can still tell under `policy`.
    ComparePolicy { scenario: Scenario, policy: Policy },
    /// The letter's numbers.
    Letter { scenario: Scenario },
    /// Simulate the whole town now, so the first search is quick; answers its size.
    Prepare { scenario: Scenario },
    /// The presenter's numbers, with `law` for the before/after step.
    Story { scenario: Scenario, law: Policy },
    /// Cameras on the visitor's commute, and a route that avoids them within
    /// `budget_minutes` more (the visitor's car alone: no whole-town run needed).
    Commute {
        scenario: Scenario,
        budget_minutes: u32,
    },
    /// Hold this imported town (its JSON, as an import wrote it) for the requests after it:
    /// a new worker hears it before any request on that town.
    UseTown { town_json: String },
}

impl Request {
    /// The scenario the request is about (`None` for [`Request::UseTown`]).
    pub fn scenario(&self) -> Option<&Scenario> {
        match self {
            Request::TownWide { scenario }
            | Request::Search { scenario, .. }
            | Request::ComparePolicy { scenario, .. }
            | Request::Letter { scenario }
            | Request::Prepare { scenario }
            | Request::Story { scenario, .. }
            | Request::Commute { scenario, .. } => Some(scenario),
            Request::UseTown { .. } => None,
        }
    }
}

/// What the worker says back: progress on the way, then one answer per request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// The analyst's findings on the visitor's own reads (before the town-wide part).
    Visitor(Result<VisitorFindings, String>),
    /// This many of [`super::TownWideStep::COUNT`] steps of the whole town's run are done.
    Progress(u32),
    TownWide(Result<TownWide, String>),
    /// The database's size (reads, plates) and the search's result. This answer and the next
    /// two come as [`Answer`]s: only the tools module (the console, the policy lab) opens them,
    /// so the app's page, which decodes every reply, carries no decoder for them.
    Searched(Answer<Searched>),
    Compared(Answer<LabVerdict>),
    /// The letter's facts, an [`Answer`] too: only the tools module (Take action) opens it.
    Letter(Answer<LetterFacts>),
    Prepared(Answer<Prepared>),
    /// The presenter's numbers as [`super::presentation::facts::StoryFacts`] in JSON: only
    /// presenter mode's module reads them, so the app's page, which decodes every reply,
    /// carries no decoder for them.
    Story(Result<String, String>),
    /// Cameras on the visitor's commute as [`super::commute::CommuteExposure`] in JSON: only the tools
    /// module (the route view) reads it, so the page, which decodes every reply, carries
    /// no decoder for it.
    Commute(Result<String, String>),
    /// The town of a [`Request::UseTown`] is held: its [`crate::sim::TownFile`] as one string. The
    /// payloads of this reply and the next three are of types the page decodes for other
    /// replies already (a string result, a number, raw JSON), so they add no decoder to it.
    TownHeld(Result<String, String>),
    /// An import (see [`TownDesk::import`]) has done this share, 0 to 100.
    ImportProgress(u32),
    /// An import's answer: the town, or which file is wrong and how. Only the tools module
    /// (Your own town) opens it, so the first visit's page carries no decoder for it.
    TownImported(ImportOutcome),
    /// The town kept in this browser after its import, as its JSON (an error when the
    /// browser keeps no town with the digest asked for): `static/worker.js` answers this
    /// itself.
    TownRecalled(Result<String, String>),
}

/// An import's answer kept as the JSON of its `Result<TownNews, ImportProblem>` until Your
/// own town opens it ([`ImportOutcome::open`]), like an [`Answer`].
#[derive(Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ImportOutcome(Box<serde_json::value::RawValue>);

impl PartialEq for ImportOutcome {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

impl ImportOutcome {
    /// The outcome `result`, written as JSON now.
    pub fn new(result: Result<TownNews, ImportProblem>) -> ImportOutcome {
        let json = serde_json::value::to_raw_value(&result).unwrap_or_else(|e| {
            let failed: Result<(), ImportProblem> = Err(ImportProblem::said("", e.to_string()));
            serde_json::value::to_raw_value(&failed).expect("a problem always serialises")
        });
        ImportOutcome(json)
    }

    /// The outcome itself; unreadable JSON is a problem the view shows, never a panic.
    pub fn open(&self) -> Result<TownNews, ImportProblem> {
        serde_json::from_str(self.0.get()).unwrap_or_else(|e| {
            Err(ImportProblem::said(
                "",
                format!("the worker's answer is unreadable: {e}"),
            ))
        })
    }
}

impl std::fmt::Debug for ImportOutcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.get())
    }
}

/// An answer kept as the JSON of its `Result<T, String>` until the view that asked opens
/// it ([`Answer::open`]): on the wire it is exactly that `Result`'s JSON, so the protocol is
/// the same as with the `Result` itself, but only a module that calls `open` links `T`'s
/// decoder.
pub struct Answer<T> {
    json: Box<serde_json::value::RawValue>,
    kind: std::marker::PhantomData<fn() -> T>,
}

impl<T: Serialize> Answer<T> {
    /// The answer `result`, written as JSON now.
    pub fn new(result: Result<T, String>) -> Answer<T> {
        match serde_json::value::to_raw_value(&result) {
            Ok(json) => Answer {
                json,
                kind: std::marker::PhantomData,
            },
            Err(e) => Answer::failed(format!("the worker could not write its answer: {e}")),
        }
    }
}

impl<T> Answer<T> {
    /// A failure with `message`, written without `T`'s encoder (which the page lacks).
    pub fn failed(message: String) -> Answer<T> {
        let failed: Result<(), String> = Err(message);
        Answer {
            json: serde_json::value::to_raw_value(&failed).expect("a message always serialises"),
            kind: std::marker::PhantomData,
        }
    }
}

impl<T: serde::de::DeserializeOwned> Answer<T> {
    /// The answer itself; unreadable JSON is an error the view shows, never a panic.
    pub fn open(&self) -> Result<T, String> {
        serde_json::from_str(self.json.get())
            .unwrap_or_else(|e| Err(format!("the worker's answer is unreadable: {e}")))
    }
}

impl<T> Clone for Answer<T> {
    fn clone(&self) -> Self {
        Answer {
            json: self.json.clone(),
            kind: std::marker::PhantomData,
        }
    }
}

impl<T> PartialEq for Answer<T> {
    fn eq(&self, other: &Self) -> bool {
        self.json.get() == other.json.get()
    }
}

impl<T> std::fmt::Debug for Answer<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.json.get())
    }
}

impl<T> Serialize for Answer<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.json.serialize(serializer)
    }
}

impl<'de, T> Deserialize<'de> for Answer<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Answer {
            json: Deserialize::deserialize(deserializer)?,
            kind: std::marker::PhantomData,
        })
    }
}

/// The console's start, once the whole town is simulated: the database's size and the
/// forms' defaults (a demonstration search that finds the visitor's car).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Prepared {
    pub database: DatabaseSize,
    /// The forms without their example description ([`Forms::example`]), which comes beside.
    pub forms: Forms,
    pub example: Option<Description>,
}

impl Prepared {
    /// The console's start on `run`.
    pub fn of(run: &Run) -> Prepared {
        let mut forms = default_forms(run);
        let example = forms.example.take();
        Prepared {
            database: DatabaseSize::of(run),
            forms,
            example,
        }
    }

    /// The forms as the console shows them, their example in place.
    pub fn into_forms(self) -> Forms {
        Forms {
            example: self.example,
            ..self.forms
        }
    }
}

/// A console search's answer, with the size of the database it searched.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Searched {
    pub database: DatabaseSize,
    pub result: SearchResult,
}

/// The worker's side: answers requests, keeping the last whole-town run and its uniqueness
/// curve.
#[derive(Default)]
pub struct TownDesk {
    last: Option<(Scenario, Rc<Run>, Rc<Vec<UniquenessPoint>>)>,
}

impl TownDesk {
    /// The whole town's run of `scenario` and its uniqueness curve: the kept one when it is
    /// the same scenario, else a fresh run (slow), reporting each step to `tell`.
    async fn town(
        &mut self,
        scenario: &Scenario,
        tell: &mut impl FnMut(Reply),
        pace: &mut impl Pace,
    ) -> Result<(Rc<Run>, Rc<Vec<UniquenessPoint>>), String> {
        if let Some((kept, run, curve)) = &self.last
            && kept == scenario
        {
            return Ok((run.clone(), curve.clone()));
        }
        self.last = None;
        let (run, curve) = whole_town_paced(
            scenario,
            |step| tell(Reply::Progress(step.done_before())),
            pace,
        )
        .await?;
        // The request's own work (a search, a comparison) starts in a slice of its own.
        pace.breathe().await;
        let (run, curve) = (Rc::new(run), Rc::new(curve));
        self.last = Some((scenario.clone(), run.clone(), curve.clone()));
        Ok((run, curve))
    }

    /// Answers one request: progress and early findings go to `tell` as they come, the
    /// answer is returned.
    pub fn answer(&mut self, request: Request, tell: impl FnMut(Reply)) -> Reply {
        straight_through(self.answer_paced(request, tell, &mut Straight))
    }

    /// Like [`TownDesk::answer`], pausing at `pace` between pieces of the work: a page
    /// without a worker answers so.
    pub async fn answer_paced(
        &mut self,
        request: Request,
        mut tell: impl FnMut(Reply),
        pace: &mut impl Pace,
    ) -> Reply {
        match request {
            Request::TownWide { scenario } => {
                // Each in a slice of its own: the visitor's findings, drawing them, the town.
                pace.breathe().await;
                let findings = visitor_findings_paced(&scenario, pace).await;
                tell(Reply::Visitor(findings));
                pace.breathe().await;
                let answer = match self.town(&scenario, &mut tell, pace).await {
                    Ok((run, curve)) => Ok(TownWide::of_paced(&run, &curve, pace).await),
                    Err(error) => Err(error),
                };
                Reply::TownWide(answer)
            }
            Request::Search {
                scenario,
                forms,
                tool,
            } => Reply::Searched(Answer::new(
                self.town(&scenario, &mut tell, pace)
                    .await
                    .map(|(run, _)| Searched {
                        database: DatabaseSize::of(&run),
                        result: run_search(&run, &forms, tool).listed(),
                    }),
            )),
            Request::ComparePolicy { scenario, policy } => Reply::Compared(Answer::new(
                self.town(&scenario, &mut tell, pace)
                    .await
                    .map(|(run, _)| judge_policy(&run, &policy)),
            )),
            Request::Prepare { scenario } => Reply::Prepared(Answer::new(
                self.town(&scenario, &mut tell, pace)
                    .await
                    .map(|(run, _)| Prepared::of(&run)),
            )),
            Request::Letter { scenario } => Reply::Letter(Answer::new(
                self.town(&scenario, &mut tell, pace)
                    .await
                    .map(|(run, curve)| facts_of(&run, &curve)),
            )),
            Request::Commute {
                scenario,
                budget_minutes,
            } => Reply::Commute(
                commute_exposure(&scenario, budget_minutes).map(|answer| answer.to_json()),
            ),
            Request::Story { scenario, law } => Reply::Story(
                self.town(&scenario, &mut tell, pace)
                    .await
                    .map(|(run, curve)| story_of(&run, &curve, &law).to_json()),
            ),
            Request::UseTown { town_json } => {
                Reply::TownHeld(towns::town_of_json(&town_json).map(|town| {
                    let file = String::from(town.file.clone());
                    towns::hold(town);
                    file
                }))
            }
        }
    }

    /// Imports the visitor's files (their bytes travel beside the JSON, not in it): a road
    /// network with an optional camera file, or a scenario file. The town is held for the
    /// requests after it; progress goes to `tell`. A failed import leaves the held town.
    pub fn import(
        &mut self,
        road: PickedFile,
        cameras: Option<PickedFile>,
        mut tell: impl FnMut(Reply),
    ) -> Result<TownNews, ImportProblem> {
        let imported = import_files(road, cameras, |percent| {
            tell(Reply::ImportProgress(percent))
        });
        imported.map(|(town, news)| {
            towns::hold(town);
            news
        })
    }

    /// [`TownDesk::answer`] for a JSON request, with JSON replies: what the worker runs.
    pub fn answer_json(&mut self, request: &str, tell: impl FnMut(String)) -> String {
        straight_through(self.answer_json_paced(request, tell, &mut Straight))
    }

    /// [`TownDesk::answer_paced`] for a JSON request, with JSON replies.
    pub async fn answer_json_paced(
        &mut self,
        request: &str,
        mut tell: impl FnMut(String),
        pace: &mut impl Pace,
    ) -> String {
        let reply = match serde_json::from_str::<Request>(request) {
            Ok(request) => {
                self.answer_paced(request, |reply| tell(to_json(&reply)), pace)
                    .await
            }
            Err(e) => Reply::TownWide(Err(format!("the worker could not read the request: {e}"))),
        };
        to_json(&reply)
    }
}

/// A reply as JSON (a reply always serialises: its parts are plain data).
pub fn to_json(reply: &Reply) -> String {
    serde_json::to_string(reply).unwrap_or_else(|e| {
        let message = serde_json::Value::from(format!("the worker could not write its reply: {e}"));
        format!("{{\"TownWide\":{{\"Err\":{message}}}}}")
    })
}

/// A reply from JSON; garbage is an error reply the page shows, never a panic.
pub fn reply_from_json(json: &str) -> Reply {
    serde_json::from_str(json)
        .unwrap_or_else(|e| Reply::TownWide(Err(format!("the worker's reply is unreadable: {e}"))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::policy_lab::compare_policy;
    use crate::scenario::run::{run_town, small_scenario};
    use crate::scenario::town_wide::uniqueness;

    /// Sends `request` through JSON both ways, as the worker does.
    fn over_json(desk: &mut TownDesk, request: &Request) -> (Vec<Reply>, Reply) {
        let mut said = Vec::new();
        let json = desk.answer_json(&serde_json::to_string(request).unwrap(), |r| {
            said.push(reply_from_json(&r))
        });
        (said, reply_from_json(&json))
    }

    mod town_desk {
        use super::*;

        #[test]
        fn a_search_through_the_worker_finds_what_the_page_would() {
            let scenario = small_scenario();
            let page = run_town(0, &scenario, || 0.0).unwrap();
            let forms = default_forms(&page);
            let mut expected = run_search(&page, &forms, Tool::Attributes).listed();
            expected.millis = 0.0;
            let mut desk = TownDesk::default();
            let (said, reply) = over_json(
                &mut desk,
                &Request::Search {
                    scenario,
                    forms: forms.as_sent(),
                    tool: Tool::Attributes,
                },
            );
            let Reply::Searched(answer) = reply else {
                panic!("{reply:?}")
            };
            let searched = answer.open().unwrap();
            assert!(
                !expected.rows.is_empty(),
                "the demonstration search finds cars"
            );
            assert_eq!(searched.result, expected);
            assert_eq!(searched.database.reads, page.index.len());
            assert!(said.contains(&Reply::Progress(0)));
        }

        #[test]
        fn a_second_request_on_the_same_scenario_reuses_the_run() {
            let mut desk = TownDesk::default();
            let policy = Policy::common_setup();
            let request = Request::ComparePolicy {
                scenario: small_scenario(),
                policy: policy.clone(),
            };
            let (first_said, first) = over_json(&mut desk, &request);
            let (second_said, second) = over_json(&mut desk, &request);
            assert!(!first_said.is_empty(), "the first request simulates");
            assert!(second_said.is_empty(), "the second reuses the kept run");
            assert_eq!(first, second);
            let page = run_town(0, &small_scenario(), || 0.0).unwrap();
            let Reply::Compared(answer) = second else {
                panic!("{second:?}")
            };
            let verdict = answer.open().unwrap();
            let comparison = compare_policy(&page, &policy);
            assert_eq!(
                (verdict.before, verdict.lost),
                (comparison.before, comparison.lost)
            );
        }

        #[test]
        fn the_letter_through_the_worker_is_the_pages() {
            let page = run_town(0, &small_scenario(), || 0.0).unwrap();
            let curve = uniqueness(&page.index).unwrap();
            let mut desk = TownDesk::default();
            let (_, reply) = over_json(
                &mut desk,
                &Request::Letter {
                    scenario: small_scenario(),
                },
            );
            let Reply::Letter(answer) = reply else {
                panic!("{reply:?}")
            };
            assert_eq!(answer.open(), Ok(facts_of(&page, &curve)));
        }

        #[test]
        fn an_answer_is_the_json_of_its_result_on_the_wire() {
            let prepared = Prepared::of(&run_town(0, &small_scenario(), || 0.0).unwrap());
            assert!(
                prepared.example.is_some(),
                "the example comes beside the forms"
            );
            let json = to_json(&Reply::Prepared(Answer::new(Ok(prepared.clone()))));
            let plain: Result<Prepared, String> = Ok(prepared.clone());
            assert_eq!(
                json,
                format!(
                    "{{\"Prepared\":{}}}",
                    serde_json::to_string(&plain).unwrap()
                )
            );
            let Reply::Prepared(answer) = reply_from_json(&json) else {
                panic!("{json}")
            };
            assert_eq!(answer.open(), Ok(prepared));
        }

        #[test]
        fn an_unreadable_answer_is_an_error_not_a_panic() {
            let Reply::Compared(answer) = reply_from_json(r#"{"Compared":{"Ok":[1,2]}}"#) else {
                panic!("an answer of the wrong shape still reaches the view")
            };
            assert!(answer.open().is_err());
        }

        #[test]
        fn garbage_is_an_error_reply_not_a_panic() {
            let mut desk = TownDesk::default();
            let reply = reply_from_json(&desk.answer_json("{not json", |_| ()));
            assert!(matches!(reply, Reply::TownWide(Err(_))), "{reply:?}");
            assert!(matches!(reply_from_json("]["), Reply::TownWide(Err(_))));
        }
    }
}
