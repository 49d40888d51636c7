//! What the presenter page opens with from its link: the deck (`deck=`), the rules the
//! before/after step shows (`law=`, else the policy lab's set-up the link carries: its
//! `policy=` preset with the levers it moved by hand, else the strictest law; see
//! [`super::law`]), and what was wrong with a `deck` or `law` it could not read, so the
//! prepare screen can say so instead of dropping it silently.
//!
//! Pure: no UI crates. The page reads its address and writes the choices back
//! (`views::present`); the messages are [`crate::text::present`]'s.

use crate::analyst::policy::presets;
use crate::scenario::presentation::law::{Law, LinkedLab};
use crate::scenario::presentation::{Deck, DeckProblem};

/// The longest value a message quotes back, in characters.
const QUOTED_CHARS: usize = 24;

/// What was wrong with the presenter's own parameters of a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PresenterLinkProblem {
    /// `deck=` could not be read: every step is shown, in the story's order.
    Deck(DeckProblem),
    /// `law=` names no law (the value, shortened): the starting law is shown.
    UnknownLaw(String),
}

/// The deck and the law a presenter page opens with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PresenterLink {
    pub deck: Deck,
    pub law: Law,
    pub problems: Vec<PresenterLinkProblem>,
}

/// The preset a presenter is most likely to argue for when nothing says otherwise: the
/// strictest (purge within minutes unless a read is a hit).
pub fn default_law() -> usize {
    presets()
        .iter()
        .position(|preset| preset.policy.hit_only)
        .unwrap_or(0)
}

/// The law shown when the link has no `law=`: the policy lab's set-up the link carries
/// (`lab`), levers and all, when it moves a lever by hand; else its preset, unless that is
/// the first preset, today's common set-up, which is what a link without `policy=` means;
/// then [`default_law`].
pub fn starting_law(lab: &LinkedLab) -> Law {
    if lab.moves_levers() {
        Law::Lab
    } else if lab.preset == 0 || lab.preset >= presets().len() {
        Law::Preset(default_law())
    } else {
        Law::Preset(lab.preset)
    }
}

/// Reads the link's `deck` and `law` values (`None` when absent); `lab` is the policy lab's
/// set-up the link carries (its `policy=` and levers).
pub fn read(deck: Option<&str>, law: Option<&str>, lab: &LinkedLab) -> PresenterLink {
    let mut problems = Vec::new();
    let deck = match deck.map(Deck::from_link) {
        Some(Ok(deck)) => deck,
        Some(Err(problem)) => {
            problems.push(PresenterLinkProblem::Deck(problem));
            Deck::default()
        }
        None => Deck::default(),
    };
    let law = match law {
        None => starting_law(lab),
        Some(value) => match Law::from_parameter(value) {
            // The lab's set-up with no lever moved is its preset.
            Some(Law::Lab) if !lab.moves_levers() => Law::Preset(lab.preset),
            Some(law) => law,
            None => {
                problems.push(PresenterLinkProblem::UnknownLaw(
                    value.chars().take(QUOTED_CHARS).collect(),
                ));
                starting_law(lab)
            }
        },
    };
    PresenterLink {
        deck,
        law,
        problems,
    }
}

/// The `law=` value a link keeps for the chosen `law`: none when it is the law the link
/// would start from anyway ([`starting_law`] of `lab`).
pub fn law_parameter(law: Law, lab: &LinkedLab) -> Option<String> {
    (law != starting_law(lab)).then(|| law.parameter())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::policy::{PresetSource, Retention};
    use crate::scenario::link::LabLevers;
    use crate::scenario::presentation::Step;

    fn index_of(source: PresetSource) -> usize {
        crate::analyst::policy::preset_index(source).expect("a preset")
    }

    /// A link that names no preset and moves no lever.
    fn none() -> LinkedLab {
        LinkedLab::default()
    }

    /// `preset` with the retention moved to 48 hours and half the cameras running.
    fn moved_from(preset: usize) -> LinkedLab {
        LinkedLab {
            preset,
            levers: LabLevers {
                retention: Some(Retention::FortyEightHours),
                camera_percent: Some(50),
                ..LabLevers::default()
            },
        }
    }

    mod law {
        use super::*;

        #[test]
        fn starts_from_the_strictest_law_when_the_link_names_no_policy() {
            assert_eq!(read(None, None, &none()).law, Law::Preset(default_law()));
            assert_eq!(presets()[default_law()].source, PresetSource::NewHampshire);
        }

        #[test]
        fn starts_from_the_policy_labs_preset_the_link_names() {
            let maine = index_of(PresetSource::Maine);
            let opened = read(None, None, &LinkedLab::preset(maine));
            assert_eq!(opened.law, Law::Preset(maine));
            assert_eq!(opened.problems, []);
        }

        #[test]
        fn a_law_chosen_on_the_prepare_screen_wins_over_the_policy() {
            let maine = index_of(PresetSource::Maine);
            let virginia = index_of(PresetSource::Virginia);
            let maine = LinkedLab::preset(maine);
            assert_eq!(
                read(None, Some(&virginia.to_string()), &maine).law,
                Law::Preset(virginia)
            );
            assert_eq!(
                read(None, Some(&default_law().to_string()), &maine).law,
                Law::Preset(default_law())
            );
        }

        #[test]
        fn the_link_keeps_a_law_only_when_it_differs_from_the_starting_one() {
            let maine = index_of(PresetSource::Maine);
            let linked = LinkedLab::preset(maine);
            assert_eq!(law_parameter(Law::Preset(maine), &linked), None);
            assert_eq!(
                law_parameter(Law::Preset(default_law()), &linked),
                Some(default_law().to_string()),
                "the strictest law, chosen over the link's Maine, must survive a reload"
            );
            assert_eq!(law_parameter(Law::Preset(default_law()), &none()), None);
            let moved = moved_from(maine);
            for lab in [moved.clone()]
                .into_iter()
                .chain((0..presets().len()).map(LinkedLab::preset))
            {
                for law in (0..presets().len())
                    .map(Law::Preset)
                    .chain(lab.moves_levers().then_some(Law::Lab))
                {
                    let kept = law_parameter(law, &lab);
                    assert_eq!(read(None, kept.as_deref(), &lab).law, law, "{lab:?}");
                }
            }
        }

        #[test]
        fn starts_from_the_levers_the_link_moved_in_the_policy_lab() {
            let maine = index_of(PresetSource::Maine);
            for lab in [moved_from(maine), moved_from(0)] {
                let opened = read(None, None, &lab);
                assert_eq!(opened.law, Law::Lab, "{lab:?}");
                assert_eq!(opened.problems, []);
                assert_eq!(
                    opened.law.policy(&lab, 3).retention,
                    Retention::FortyEightHours,
                    "the talk shows the lab's 48 hours, not the preset's"
                );
            }
        }

        #[test]
        fn a_preset_chosen_over_the_links_levers_survives_a_reload() {
            let lab = moved_from(index_of(PresetSource::Maine));
            let maine = Law::Preset(lab.preset);
            let kept = law_parameter(maine, &lab);
            assert_eq!(kept.as_deref(), Some(maine.parameter().as_str()));
            assert_eq!(read(None, kept.as_deref(), &lab).law, maine);
            assert_eq!(law_parameter(Law::Lab, &lab), None);
        }

        #[test]
        fn the_labs_set_up_without_a_moved_lever_is_its_preset() {
            let maine = index_of(PresetSource::Maine);
            let opened = read(None, Some("lab"), &LinkedLab::preset(maine));
            assert_eq!(opened.law, Law::Preset(maine));
            assert_eq!(opened.problems, []);
        }

        #[test]
        fn says_when_the_law_is_unknown_and_starts_from_the_policy() {
            let maine = index_of(PresetSource::Maine);
            for value in ["99", "-1", "maine", ""] {
                let opened = read(None, Some(value), &LinkedLab::preset(maine));
                assert_eq!(opened.law, Law::Preset(maine), "{value}");
                assert_eq!(
                    opened.problems,
                    [PresenterLinkProblem::UnknownLaw(value.to_owned())]
                );
            }
            let long = "9".repeat(100);
            assert_eq!(
                read(None, Some(&long), &none()).problems,
                [PresenterLinkProblem::UnknownLaw("9".repeat(QUOTED_CHARS))]
            );
        }
    }

    mod deck {
        use super::*;

        #[test]
        fn reads_a_good_deck_without_a_problem() {
            let opened = read(Some("ask.town"), None, &none());
            assert_eq!(opened.deck.steps(), [Step::Ask, Step::Town]);
            assert_eq!(opened.problems, []);
        }

        #[test]
        fn says_when_the_deck_cannot_be_read_and_shows_every_step() {
            let opened = read(Some("town.slides"), Some("2"), &none());
            assert_eq!(opened.deck, Deck::default());
            assert_eq!(opened.law, Law::Preset(2));
            assert_eq!(
                opened.problems,
                [PresenterLinkProblem::Deck(DeckProblem::UnknownStep(
                    "slides".to_owned()
                ))]
            );
        }
    }
}
