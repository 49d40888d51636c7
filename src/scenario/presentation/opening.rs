//! What the presenter page opens with from its link: the deck (`deck=`), the law the
//! before/after step shows (`law=`, else the policy lab's preset the link names with
//! `policy=`, else the strictest), and what was wrong with a `deck` or `law` it could not
//! read, so the prepare screen can say so instead of dropping it silently.
//!
//! Pure: no UI crates. The page reads its address and writes the choices back
//! (`views::present`); the messages are [`crate::text::present`]'s.

use crate::analyst::policy::presets;
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
    /// An index into [`presets`].
    pub law: usize,
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

/// The law shown when the link has no `law=`: the policy lab's preset `policy` (an index
/// into [`presets`], as [`crate::scenario::link::RunLink::policy`]), unless that is the first
/// preset, today's common set-up, which is what a link without `policy=` means; then
/// [`default_law`].
pub fn starting_law(policy: usize) -> usize {
    if policy == 0 || policy >= presets().len() {
        default_law()
    } else {
        policy
    }
}

/// Reads the link's `deck` and `law` values (`None` when absent); `policy` is the preset
/// the link's `policy=` names (0 when none).
pub fn read(deck: Option<&str>, law: Option<&str>, policy: usize) -> PresenterLink {
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
        None => starting_law(policy),
        Some(value) => match value.parse::<usize>() {
            Ok(index) if index < presets().len() => index,
            _ => {
                problems.push(PresenterLinkProblem::UnknownLaw(
                    value.chars().take(QUOTED_CHARS).collect(),
                ));
                starting_law(policy)
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
/// would start from anyway ([`starting_law`] of `policy`).
pub fn law_parameter(law: usize, policy: usize) -> Option<String> {
    (law != starting_law(policy)).then(|| law.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::policy::PresetSource;
    use crate::scenario::presentation::Step;

    fn index_of(source: PresetSource) -> usize {
        presets()
            .iter()
            .position(|preset| preset.source == source)
            .expect("a preset")
    }

    mod law {
        use super::*;

        #[test]
        fn starts_from_the_strictest_law_when_the_link_names_no_policy() {
            assert_eq!(read(None, None, 0).law, default_law());
            assert_eq!(presets()[default_law()].source, PresetSource::NewHampshire);
        }

        #[test]
        fn starts_from_the_policy_labs_preset_the_link_names() {
            let maine = index_of(PresetSource::Maine);
            let opened = read(None, None, maine);
            assert_eq!(opened.law, maine);
            assert_eq!(opened.problems, []);
        }

        #[test]
        fn a_law_chosen_on_the_prepare_screen_wins_over_the_policy() {
            let maine = index_of(PresetSource::Maine);
            let virginia = index_of(PresetSource::Virginia);
            assert_eq!(read(None, Some(&virginia.to_string()), maine).law, virginia);
            assert_eq!(
                read(None, Some(&default_law().to_string()), maine).law,
                default_law()
            );
        }

        #[test]
        fn the_link_keeps_a_law_only_when_it_differs_from_the_starting_one() {
            let maine = index_of(PresetSource::Maine);
            assert_eq!(law_parameter(maine, maine), None);
            assert_eq!(
                law_parameter(default_law(), maine),
                Some(default_law().to_string()),
                "the strictest law, chosen over the link's Maine, must survive a reload"
            );
            assert_eq!(law_parameter(default_law(), 0), None);
            for law in 0..presets().len() {
                for policy in 0..presets().len() {
                    let kept = law_parameter(law, policy);
                    assert_eq!(read(None, kept.as_deref(), policy).law, law);
                }
            }
        }

        #[test]
        fn says_when_the_law_is_unknown_and_starts_from_the_policy() {
            let maine = index_of(PresetSource::Maine);
            for value in ["99", "-1", "maine", ""] {
                let opened = read(None, Some(value), maine);
                assert_eq!(opened.law, maine, "{value}");
                assert_eq!(
                    opened.problems,
                    [PresenterLinkProblem::UnknownLaw(value.to_owned())]
                );
            }
            let long = "9".repeat(100);
            assert_eq!(
                read(None, Some(&long), 0).problems,
                [PresenterLinkProblem::UnknownLaw("9".repeat(QUOTED_CHARS))]
            );
        }
    }

    mod deck {
        use super::*;

        #[test]
        fn reads_a_good_deck_without_a_problem() {
            let opened = read(Some("ask.town"), None, 0);
            assert_eq!(opened.deck.steps(), [Step::Ask, Step::Town]);
            assert_eq!(opened.problems, []);
        }

        #[test]
        fn says_when_the_deck_cannot_be_read_and_shows_every_step() {
            let opened = read(Some("town.slides"), Some("2"), 0);
            assert_eq!(opened.deck, Deck::default());
            assert_eq!(opened.law, 2);
            assert_eq!(
                opened.problems,
                [PresenterLinkProblem::Deck(DeckProblem::UnknownStep(
                    "slides".to_owned()
                ))]
            );
        }
    }
}
