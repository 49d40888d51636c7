//! One step of the story on screen: its sentence in large type and a still map of the run
//! behind it (the month's drives replayed, the guesses beside the truth, the places) with a
//! key of the symbols it shows, the before/after of the law, and the audience's QR code on
//! the last step.
//!
//! Draws only: the step, the run and the numbers come from the presenter view.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::components::map::{Map, Marker, MarkerKind, Symbol, key_markup};
use crate::components::qr_code::QrCodeImage;
use crate::scenario::FindingKind;
use crate::scenario::presentation::Step;
use crate::scenario::presentation::audience::printed_link;
use crate::scenario::presentation::facts::StoryFacts;
use crate::text;
use crate::text::present as words;
use crate::views::shared_run::SharedRun;

/// Milliseconds between two drives of the month's replay.
const REPLAY_TICK_MILLIS: u32 = 90;

#[derive(Properties, PartialEq)]
pub struct StageProps {
    pub step: Step,
    pub run: SharedRun,
    pub facts: Rc<StoryFacts>,
    /// The step's sentence (the view makes it once, for the screen and the notes window).
    pub sentence: AttrValue,
    /// A short sentence under it, when the step needs one (`text::present::step_note`).
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// The share link of this run, for the last step's QR code.
    pub audience_link: AttrValue,
}

/// The true home and workplace, as the simulator marks them.
fn truth_markers(run: &SharedRun) -> Vec<Marker> {
    let truth = &run.simulation.truth;
    vec![
        Marker {
            kind: MarkerKind::TrueHome,
            position: truth.home,
            radius_meters: None,
            title: text::marker_true_home().into(),
        },
        Marker {
            kind: MarkerKind::TrueWork,
            position: truth.work,
            radius_meters: None,
            title: text::marker_true_work().into(),
        },
    ]
}

/// The analyst's guesses of `kinds`, with their circles.
fn guess_markers(facts: &StoryFacts, kinds: &[FindingKind]) -> Vec<Marker> {
    facts
        .guesses
        .iter()
        .filter(|guess| kinds.contains(&guess.kind))
        .filter_map(|guess| {
            let (position, radius) = guess.spot?;
            let (kind, what) = match guess.kind {
                FindingKind::Home => (MarkerKind::GuessedHome, text::legend_home_word()),
                FindingKind::Work => (MarkerKind::GuessedWork, text::legend_work_word()),
                _ => (MarkerKind::GuessedPlace, text::legend_place_word()),
            };
            Some(Marker {
                kind,
                position,
                radius_meters: Some(radius),
                title: text::marker_guess(what, None).into(),
            })
        })
        .collect()
}

/// Every camera that read the car at least once.
fn cameras_that_read(run: &SharedRun) -> Vec<crate::sim::CameraId> {
    let mut cameras: Vec<_> = run.rows.iter().map(|s| s.camera).collect();
    crate::sim::stable_sort::sort(&mut cameras);
    cameras.dedup();
    cameras
}

/// The map's key for a step: the symbols its map shows, so a room can tell them apart (the
/// projector palette draws the places without their letters). `lit`: whether cameras are
/// lit; `markers`: the markers drawn.
fn key_items(step: Step, lit: bool, markers: &[Marker]) -> Vec<(Symbol, &'static str)> {
    let mut items = Vec::new();
    if lit {
        items.push((Symbol::Reading, words::present_key_reading()));
    }
    for (kind, symbol, name) in [
        (
            MarkerKind::TrueHome,
            Symbol::TrueHome,
            words::present_key_true_home(),
        ),
        (
            MarkerKind::GuessedHome,
            Symbol::GuessedHome,
            words::present_key_guessed_home(),
        ),
        (
            MarkerKind::TrueWork,
            Symbol::TrueWork,
            words::present_key_true_work(),
        ),
        (
            MarkerKind::GuessedWork,
            Symbol::GuessedWork,
            words::present_key_guessed_work(),
        ),
        (
            MarkerKind::GuessedPlace,
            Symbol::GuessedPlace,
            words::present_key_guessed_place(),
        ),
    ] {
        if markers.iter().any(|marker| marker.kind == kind) {
            items.push((symbol, name));
        }
    }
    match step {
        Step::Town => items.extend([
            (Symbol::Camera, words::present_key_camera()),
            (Symbol::Place, words::present_key_place()),
            (Symbol::Sensitive, words::present_key_sensitive()),
        ]),
        Step::SensitivePlaces => items.push((Symbol::Sensitive, words::present_key_sensitive())),
        Step::SleepsAndWorks => {}
        _ => items.push((Symbol::Camera, words::present_key_camera())),
    }
    items
}

/// The drive of the month's replay on screen: each tick shows the next drive, then `None`
/// once every drive has been shown. Ticks only while `playing`.
#[hook]
fn use_replay(run: &SharedRun, playing: bool) -> Option<usize> {
    let drive = use_state(|| 0_usize);
    {
        let drive = drive.clone();
        let drives = run.trips.len();
        use_effect_with((run.clone(), playing), move |(_, playing)| {
            drive.set(0);
            let mut next = 0;
            let ticker = playing.then(|| {
                Interval::new(REPLAY_TICK_MILLIS, move || {
                    next += 1;
                    if next <= drives {
                        drive.set(next);
                    }
                })
            });
            move || drop(ticker)
        });
    }
    (*drive < run.trips.len()).then_some(*drive)
}

/// One step on screen. The map stays mounted from step to step (only its markers and lit
/// cameras change), so a step draws in a frame; the law's table and the QR code stand
/// beside it. It is a still picture of the whole town: a click on it or a wheel over it
/// leaves the room's view as it was, and a clicker's arrows with the show.
#[function_component(Stage)]
pub fn stage(props: &StageProps) -> Html {
    crate::language::use_language();
    let run = &props.run;
    let facts = &props.facts;
    let replay = use_replay(run, props.step == Step::Month);
    let label: AttrValue = text::town_map_label(&run.town.name).into();
    let (markers, lit, route) = match props.step {
        Step::Town => (Vec::new(), Vec::new(), Vec::new()),
        Step::Month => match replay.and_then(|drive| run.trips.get(drive)) {
            Some(trip) => (
                truth_markers(run),
                run.cameras_reading(trip.arrive_minute, trip.arrive_minute - trip.depart_minute),
                run.route_at(trip.depart_minute),
            ),
            None => (truth_markers(run), cameras_that_read(run), Vec::new()),
        },
        Step::SleepsAndWorks => {
            let mut markers = truth_markers(run);
            markers.extend(guess_markers(
                facts,
                &[FindingKind::Home, FindingKind::Work],
            ));
            (markers, Vec::new(), Vec::new())
        }
        Step::SensitivePlaces => (
            guess_markers(facts, &[FindingKind::Sensitive]),
            cameras_that_read(run),
            Vec::new(),
        ),
        Step::FewReads if !props.facts.few_reads_cameras.is_empty() => (
            Vec::new(),
            props.facts.few_reads_cameras.clone(),
            Vec::new(),
        ),
        Step::TravelsWith if !props.facts.companion_cameras.is_empty() => (
            Vec::new(),
            props.facts.companion_cameras.clone(),
            Vec::new(),
        ),
        Step::Rows
        | Step::TravelsWith
        | Step::FewReads
        | Step::WhoCanSearch
        | Step::LawChange
        | Step::Ask => (Vec::new(), cameras_that_read(run), Vec::new()),
    };
    // The month's replay lights cameras drive by drive: its key keeps their ring throughout.
    let lights = !lit.is_empty() || props.step == Step::Month;
    let key = key_markup(&key_items(props.step, lights, &markers));
    // The guesses' circles of every step, so the map keeps one scale from step to step.
    let circles: Vec<_> = facts
        .guesses
        .iter()
        .filter_map(|guess| guess.spot)
        .collect();
    let aside = match props.step {
        Step::LawChange => law_table(facts),
        Step::Ask => {
            // A long link (a run with a life of its own) is printed shortened, so the step
            // fits the screen; its target, its title (a screen reader's description of it,
            // a tooltip) and the QR code keep it whole. Its name stays the printed text, as a
            // name must hold what the link shows.
            let link = &props.audience_link;
            let printed = printed_link(link);
            let whole = (printed != link.as_str()).then(|| link.clone());
            html! {
                <div class="present-audience">
                    <QrCodeImage text={link.clone()} label={words::present_audience_link()} />
                    <p>{ words::present_audience_link() }<br />
                        <a href={link.clone()} title={whole} data-testid="audience-link">{ printed }</a>
                    </p>
                </div>
            }
        }
        _ => html! {
            <figure class="present-key" data-testid="present-key">
                <figcaption class="visually-hidden">{ text::legend_title() }</figcaption>
                <ul>{ Html::from_html_unchecked(key.into()) }</ul>
            </figure>
        },
    };
    let on_map = !matches!(props.step, Step::LawChange | Step::Ask);
    html! {
        <div class="present-stage" data-step={props.step.slug()}>
            <div class="present-words" aria-live="polite">
                <p class="present-sentence" data-testid="present-sentence">{ props.sentence.clone() }</p>
                if let Some(note) = props.note.clone() {
                    <p class="present-note" data-testid="present-note">{ note }</p>
                }
            </div>
            <div class="present-picture">
                // Inert: no click, drag, wheel or key reaches the map, and it takes no focus.
                <div class="present-map" inert={true}>
                    <Map town={run.town.clone()} {label} {markers} reading_cameras={lit} {route}
                        fit_circles={circles} symbol_room={true} />
                </div>
                <div class={classes!("present-aside", on_map.then_some("present-aside--key"))}>{ aside }</div>
            </div>
        </div>
    }
}

/// The before/after of the law, side by side. Its column is "With these rules", not the
/// law's name, which the sentence above quotes: a long name took two or three lines of a
/// 4:3 projector's height and pushed the table under the buttons.
fn law_table(facts: &StoryFacts) -> Html {
    let row = |what: &'static str, before: u32, after: u32| {
        html! {
            <tr><th scope="row">{ what }</th>
                <td>{ text::thousands(before as usize) }</td>
                <td>{ text::thousands(after as usize) }</td></tr>
        }
    };
    let law_facts = facts.law;
    let findings = law_facts.findings_lost + law_facts.findings_kept;
    html! {
        <table class="present-law" data-testid="present-law">
            <thead><tr><td></td><th scope="col">{ words::law_today() }</th><th scope="col">{ words::law_after() }</th></tr></thead>
            <tbody>
                { row(words::law_reads(), law_facts.reads_before, law_facts.reads_after) }
                { row(words::law_agencies(), law_facts.agencies_before, law_facts.agencies_after) }
                { row(words::law_findings(), findings, law_facts.findings_kept) }
            </tbody>
        </table>
    }
}
