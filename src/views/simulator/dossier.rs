//! The dossier: what an analyst with database access figured out about the car (home, work,
//! routine, places, sensitive visits, associates, the prediction), each with its confidence
//! and the sightings behind it, set beside the truth ("what they guessed" vs "what is true").
//!
//! Draws a [`Dossier`], a plain view of the analyst's findings built by the simulator's
//! [`crate::scenario::dossier`]; it does no analysis itself. Each card carries its verdict
//! as a Right or Wrong label (words, not colour alone) and `data-right`. Exposes the home
//! error in meters as `data-home-error-meters` and `data-home-radius-meters` for the
//! end-to-end test.

use yew::prelude::*;

use crate::components::keys_by_kind;
pub use crate::scenario::Dossier;
use crate::scenario::Shared;
use crate::scenario::dossier::{EVIDENCE_SHOWN, Verdict};
use crate::scenario::{Finding, FindingKind};
use crate::sim::{Sighting, TownMap};
use crate::text;
use crate::text::format_minute;

#[derive(Properties, Clone, PartialEq)]
pub struct DossierPanelProps {
    pub town: Shared<TownMap>,
    pub dossier: Shared<Dossier>,
    /// Sightings the analyst had (the log's rows so far).
    pub row_count: usize,
    /// False while the drive is still playing: the dossier is judged on the whole period.
    pub complete: bool,
}

/// The first [`EVIDENCE_SHOWN`] sightings of `evidence`, and how many there are in all with
/// the `more` the worker kept.
fn evidence_list(town: &TownMap, evidence: &[Sighting], more: usize) -> Html {
    if evidence.is_empty() {
        return html! {};
    }
    let total = evidence.len() + more;
    let items = evidence.iter().take(EVIDENCE_SHOWN).map(|s| {
        let camera = town
            .cameras
            .get(usize::from(s.camera))
            .map_or("?", |c| c.label.as_str());
        html! { <li>{ format!("{}, {} ({})", format_minute(s.minute), camera, text::direction_name(s.direction)) }</li> }
    });
    html! {
        <details class="evidence">
            <summary>{ text::evidence_summary(total) }</summary>
            <ul>{ for items }</ul>
            if total > EVIDENCE_SHOWN {
                <p class="panel-note">{ text::evidence_more(total - EVIDENCE_SHOWN) }</p>
            }
        </details>
    }
}

/// The card's verdict ("Right", "Right, but vague", "Wrong"); nothing when the finding could
/// not be checked.
fn verdict_label(verdict: Option<Verdict>) -> Html {
    let Some(verdict) = verdict else {
        return html! {};
    };
    let class = match verdict {
        Verdict::Right => "verdict--right",
        Verdict::RightButVague => "verdict--vague",
        Verdict::Wrong => "verdict--wrong",
    };
    html! {
        <p class={classes!("verdict", class)} data-testid="verdict">{ text::verdict(verdict) }</p>
    }
}

fn finding_card(town: &TownMap, index: usize, finding: &Finding, key: String) -> Html {
    let percent = (finding.confidence.clamp(0.0, 1.0) * 100.0).round();
    // The routine's score is how regular the weeks are, not how sure a guess is.
    let score = if finding.kind == FindingKind::Routine {
        text::regularity(percent)
    } else {
        text::confidence(percent)
    };
    let meter_id = format!("confidence-{index}");
    let right = finding.right.map(|r| r.to_string());
    html! {
        <li key={key} class={classes!("finding", format!("finding--{}", finding.kind.slug()),
                finding.right.map(|r| if r { "is-right" } else { "is-wrong" }))}
            data-testid={format!("finding-{}", finding.kind.slug())} data-right={right}>
            <h4>{ text::finding_title(finding.kind) }</h4>
            { verdict_label(finding.verdict()) }
            <div class="guess-truth">
                <div class="guess">
                    <p class="label">{ text::what_they_guessed() }</p>
                    <p>{ text::guess_sentence(&finding.guess, finding.confidence) }</p>
                </div>
                <div class="truth">
                    <p class="label">{ text::what_is_true() }</p>
                    <p>{ finding.truth.as_ref().map_or_else(|| text::truth_not_compared().to_owned(), text::truth_sentence) }</p>
                </div>
            </div>
            <p class="confidence">
                <label for={meter_id.clone()}>{ score }</label>
                <meter id={meter_id} aria-describedby="confidence-defined" min="0" max="100" value={percent.to_string()} />
            </p>
            { evidence_list(town, &finding.evidence, finding.more_evidence) }
        </li>
    }
}

/// The dossier panel.
#[function_component(DossierPanel)]
pub fn dossier_panel(props: &DossierPanelProps) -> Html {
    crate::language::use_language();
    let d = &props.dossier;
    let home_error = d
        .first(FindingKind::Home)
        .and_then(|f| f.error_meters)
        .map(|m| format!("{m:.0}"));
    let work_error = d
        .first(FindingKind::Work)
        .and_then(|f| f.error_meters)
        .map(|m| format!("{m:.0}"));
    let home_radius = d
        .first(FindingKind::Home)
        .and_then(|f| f.spot)
        .map(|(_, radius)| format!("{radius:.0}"));
    // Keyed: the associates arrive later, before the prediction, and the cards before them
    // stay in place.
    let cards = d
        .findings
        .iter()
        .zip(keys_by_kind(&d.findings, |f| f.kind.slug()))
        .enumerate()
        .map(|(i, (f, key))| finding_card(&props.town, i, f, key));
    html! {
        <section class="panel dossier" aria-labelledby="dossier-title" data-testid="dossier"
            data-home-error-meters={home_error} data-home-radius-meters={home_radius}
            data-work-error-meters={work_error}
            data-finding-count={d.findings.len().to_string()}>
            <h3 id="dossier-title">{ text::dossier_title() }</h3>
            <p class="panel-note">{ text::dossier_intro(props.row_count) }</p>
            <p class="panel-note" data-testid="cameras-to-place-home">
                { text::cameras_to_place_home(
                    crate::scenario::CAMERAS_TO_PLACE_HOME,
                    crate::scenario::TOWNS_JUDGED,
                    crate::scenario::HOME_PLACED_PERCENT,
                    props.town.cameras.len(),
                ) }
            </p>
            if let Some(reason) = &d.unavailable {
                <p class="empty">{ reason.clone() }</p>
            } else if d.analysing {
                <p class="empty busy" role="status" data-testid="dossier-analysing">
                    <span class="spinner" aria-hidden="true"></span>{ text::dossier_analysing() }
                </p>
            } else if !props.complete {
                <p class="empty">{ text::dossier_waiting() }</p>
            } else if d.findings.is_empty() {
                <p class="empty">{ text::dossier_nothing() }</p>
            } else {
                <p class="panel-note confidence-defined" id="confidence-defined" data-testid="confidence-defined">
                    { text::confidence_defined() }
                </p>
                <ul class="findings">{ for cards }</ul>
                if d.more_associates > 0 {
                    <p class="panel-note" data-testid="more-associates">
                        { text::dossier_more_associates(d.more_associates) }
                    </p>
                }
            }
            if d.searching_town && props.complete {
                <p class="panel-note busy" data-testid="dossier-searching">
                    <span class="spinner" aria-hidden="true"></span>{ text::dossier_searching_town() }
                </p>
            }
        </section>
    }
}
