//! The story over the map, the first thing a visitor reads: the headline of what the
//! cameras gave away, in two plain sentences with the run's numbers ("Cameras in this
//! fictional town read your plate 28 times in 30 days. From those reads alone, an analyst
//! put your home 300 m and your work 1.1 km from where they really are..."), the one button
//! that plays the month, and the two jumps: to the dossier and to the visitor's life.
//!
//! Draws from the run's rows and dossier; sends playback commands and jump requests up.
//! Holds no state. Exposes `data-ready` on the headline once it states the findings, for the
//! end-to-end test.

use yew::prelude::*;

use super::playback::{Playback, PlaybackCommand, main_action};
use crate::scenario::Shared;
use crate::scenario::{Dossier, FindingKind, Guess};
use crate::text;

#[derive(Properties, Clone, PartialEq)]
pub struct StoryProps {
    /// Camera reads of the visitor's plate over the whole run.
    pub reads: usize,
    /// Days the run lasts.
    pub days: u32,
    /// The town is the generated one, not an imported real town: the headline says so.
    pub fictional: bool,
    pub dossier: Shared<Dossier>,
    pub playback: Playback,
    /// The last simulated minute.
    pub end_minute: u32,
    pub on_command: Callback<PlaybackCommand>,
    /// Jump to the dossier.
    pub on_results: Callback<()>,
    /// Jump to "Your life".
    pub on_life: Callback<()>,
    /// Set on the main button (play, pause, watch again), for the simulator to move the
    /// focus there.
    #[prop_or_default]
    pub main_button: NodeRef,
}

/// The headline's second sentence, or `None` while the analyst is still at work.
pub fn findings_sentence(dossier: &Dossier) -> Option<String> {
    if dossier.analysing {
        return None;
    }
    if let Some(reason) = &dossier.unavailable {
        return Some(reason.clone());
    }
    let off = |kind| dossier.first(kind).and_then(|f| f.error_meters);
    // The stops flagged, as the dossier's cards count them ("(5 stops)"): one card holds
    // every stop flagged at the same few places.
    let flags = dossier
        .findings
        .iter()
        .map(|f| match f.guess {
            Guess::Sensitive { stops, .. } => stops,
            _ => 0,
        })
        .sum();
    Some(text::headline_findings(
        off(FindingKind::Home),
        off(FindingKind::Work),
        flags,
    ))
}

/// The story over the map.
#[function_component(Story)]
pub fn story(props: &StoryProps) -> Html {
    crate::language::use_language();
    let findings = findings_sentence(&props.dossier);
    let ready = findings.is_some();
    let (main_text, main_command) = main_action(props.playback, props.end_minute);
    let on_main = {
        let on_command = props.on_command.clone();
        Callback::from(move |_: MouseEvent| on_command.emit(main_command))
    };
    let on_results = props.on_results.reform(|_: MouseEvent| ());
    let on_life = props.on_life.reform(|_: MouseEvent| ());
    html! {
        <div class="story">
            <p class="headline" data-testid="headline" data-ready={ready.to_string()}>
                <strong>{ text::headline_reads(props.reads, props.days, props.fictional) }</strong>
                { " " }
                { findings.unwrap_or_else(|| text::headline_analysing().to_owned()) }
            </p>
            <div class="story-actions">
                <button ref={props.main_button.clone()} type="button" class="drive primary-action" data-testid="drive"
                    aria-pressed={props.playback.playing.then_some("true")}
                    onclick={on_main}>{ main_text }</button>
                <button type="button" class="secondary primary-action jump" data-testid="jump-to-results"
                    onclick={on_results}>{ text::jump_to_results() }<span aria-hidden="true">{ " \u{2193}" }</span></button>
                <button type="button" class="secondary primary-action jump" data-testid="jump-to-life"
                    onclick={on_life}>{ text::jump_to_life() }<span aria-hidden="true">{ " \u{2193}" }</span></button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Finding;

    fn finding(kind: FindingKind, error_meters: Option<f64>) -> Finding {
        Finding {
            kind,
            guess: crate::scenario::Guess::Associate {
                plate: String::new(),
                together: 0,
                days: 0,
                cameras: 0,
            },
            confidence: 0.5,
            evidence: Vec::new(),
            more_evidence: 0,
            truth: None,
            error_meters,
            spot: None,
            places: Vec::new(),
            right: None,
        }
    }

    /// A card of `stops` stops flagged at one sensitive place.
    fn flagged(stops: usize) -> Finding {
        Finding {
            guess: Guess::Sensitive {
                places: Vec::new(),
                stops,
            },
            ..finding(FindingKind::Sensitive, None)
        }
    }

    mod findings_sentence {
        use super::*;

        #[test]
        fn waits_for_the_analyst() {
            let dossier = Dossier {
                analysing: true,
                ..Dossier::default()
            };
            assert_eq!(findings_sentence(&dossier), None);
        }

        /// Flags count by the stop, as the dossier's cards do: one card naming the town
        /// hall or the mosque for four stops is four possible visits, not one.
        #[test]
        fn says_how_far_off_home_and_work_are_and_counts_sensitive_flags() {
            let dossier = Dossier {
                findings: vec![
                    finding(FindingKind::Home, Some(312.0)),
                    finding(FindingKind::Work, Some(1_140.0)),
                    flagged(1),
                    flagged(4),
                ],
                ..Dossier::default()
            };
            let sentence = findings_sentence(&dossier).unwrap();
            assert!(
                sentence.contains(
                    "home 310\u{a0}m and your work 1.1\u{a0}km from where they really are"
                ),
                "{sentence}"
            );
            assert!(sentence.contains("5 possible visits"), "{sentence}");
        }

        #[test]
        fn says_so_when_nothing_was_pinned_down() {
            let sentence = findings_sentence(&Dossier::default()).unwrap();
            assert!(sentence.contains("could not pin down"), "{sentence}");
        }
    }
}
