//! What a browser tab keeps of a talk, so neither a trip to the app nor a reload loses it:
//! the presenter's own parameters of the link (`deck=`, `law=`), which the app drops when it
//! rewrites the address (so "Back to the app", then Present again, came back to every step
//! and the starting law), and, while presenting, the step on screen (so a reload mid-talk, the
//! projector laptop's browser or a clicker's F5, returns to that step, not to the prepare
//! screen). Only the same address returns to the show: a new link opened in the tab prepares
//! its own talk.
//!
//! Pure: no UI crates. The page keeps it in the tab's sessionStorage (`views::present`): a
//! tab's own, gone with the tab, never another tab's talk.

use serde::{Deserialize, Serialize};

use crate::scenario::presentation::{Deck, Presentation, Step};

/// The sessionStorage key the talk is kept under.
pub const STORAGE_KEY: &str = "plate-trail-present-talk";

/// A talk as a tab keeps it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KeptTalk {
    /// The link's `deck=` and `law=` values as the page last wrote them (`None`: left out).
    pub deck: Option<String>,
    pub law: Option<String>,
    /// The show on screen; `None` while preparing.
    pub showing: Option<Showing>,
}

/// The show on screen when the tab last wrote it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Showing {
    pub step: Step,
    /// The projector palette on or off.
    pub projector: bool,
    /// When the first step was shown, milliseconds since the Unix epoch (the notes window's
    /// timer keeps counting across a reload).
    pub started_epoch_millis: Option<u64>,
    /// The page's query (`location.search`) while showing: a reload opens the same one.
    #[serde(default)]
    pub address: String,
}

impl KeptTalk {
    /// The talk as sessionStorage holds it.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The talk sessionStorage held; anything unreadable (another version's, tampered) is
    /// none.
    pub fn from_json(json: &str) -> Option<KeptTalk> {
        serde_json::from_str(json).ok()
    }

    /// The `deck` and `law` values to open with: the link's own when it has either (a talk
    /// prepared elsewhere and sent as a link), else the ones this tab kept (the app dropped
    /// them from the address on the way back).
    pub fn parameters(
        link_deck: Option<String>,
        link_law: Option<String>,
        kept: Option<&KeptTalk>,
    ) -> (Option<String>, Option<String>) {
        match kept {
            Some(kept) if link_deck.is_none() && link_law.is_none() => {
                (kept.deck.clone(), kept.law.clone())
            }
            _ => (link_deck, link_law),
        }
    }

    /// The show to return to in `deck` on the page at `address` (its query): at the kept
    /// step, with the kept palette; `None` while preparing, on another address (a new link
    /// opened in the tab), or when `deck` no longer shows that step.
    pub fn resume(&self, deck: &Deck, address: &str) -> Option<Presentation> {
        let showing = self.showing.as_ref().filter(|s| s.address == address)?;
        let index = deck.steps().iter().position(|&step| step == showing.step)?;
        let mut show = Presentation::new(deck.clone());
        show.go_to(index);
        show.projector = showing.projector;
        Some(show)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck_without_rows() -> Deck {
        Deck::from_link("town.month.few-reads.law.ask").expect("a deck")
    }

    mod parameters {
        use super::*;

        /// What a tab kept of a talk prepared but not shown: its deck and law.
        fn prepared() -> KeptTalk {
            KeptTalk {
                deck: Some("town.ask".to_owned()),
                law: Some("3".to_owned()),
                showing: None,
            }
        }

        #[test]
        fn a_link_without_the_presenters_parameters_opens_what_the_tab_prepared() {
            let kept = prepared();
            assert_eq!(
                KeptTalk::parameters(None, None, Some(&kept)),
                (Some("town.ask".to_owned()), Some("3".to_owned()))
            );
        }

        #[test]
        fn a_link_with_its_own_deck_or_law_wins() {
            let kept = prepared();
            assert_eq!(
                KeptTalk::parameters(Some("ask".to_owned()), None, Some(&kept)),
                (Some("ask".to_owned()), None)
            );
            assert_eq!(
                KeptTalk::parameters(None, Some("lab".to_owned()), Some(&kept)),
                (None, Some("lab".to_owned()))
            );
            assert_eq!(KeptTalk::parameters(None, None, None), (None, None));
        }
    }

    mod resume {
        use super::*;

        const ADDRESS: &str = "?v=1&seed=7&days=30&cameras=40&deck=town.month.few-reads.law.ask";

        fn showing(step: Step) -> KeptTalk {
            KeptTalk {
                deck: deck_without_rows().to_link(),
                law: None,
                showing: Some(Showing {
                    step,
                    projector: false,
                    started_epoch_millis: Some(1_796_000_000_000),
                    address: ADDRESS.to_owned(),
                }),
            }
        }

        #[test]
        fn returns_to_the_step_on_screen_with_its_palette() {
            let show = showing(Step::FewReads)
                .resume(&deck_without_rows(), ADDRESS)
                .expect("a show");
            assert_eq!(show.current(), Step::FewReads);
            assert_eq!(show.position(), (3, 5));
            assert!(!show.projector);
            assert!(!show.blank);
        }

        #[test]
        fn prepares_when_nothing_was_showing_or_the_step_is_hidden() {
            let preparing = KeptTalk {
                showing: None,
                ..showing(Step::Town)
            };
            assert_eq!(preparing.resume(&Deck::default(), ADDRESS), None);
            assert_eq!(
                showing(Step::Rows).resume(&deck_without_rows(), ADDRESS),
                None
            );
        }

        #[test]
        fn a_new_link_opened_in_the_tab_prepares_its_own_talk() {
            let kept = showing(Step::FewReads);
            assert_eq!(
                kept.resume(&deck_without_rows(), "?v=1&seed=7&days=45&cameras=40"),
                None
            );
        }

        #[test]
        fn survives_storage_and_ignores_what_it_cannot_read() {
            let kept = showing(Step::LawChange);
            assert_eq!(KeptTalk::from_json(&kept.to_json()), Some(kept));
            assert_eq!(
                KeptTalk::from_json("{\"showing\":{\"step\":\"Slides\"}}"),
                None
            );
            assert_eq!(KeptTalk::from_json(""), None);
        }
    }
}
