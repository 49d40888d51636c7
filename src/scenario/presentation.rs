//! The presenter's deck: the story's steps, the order a presenter chose and the ones they
//! hid, what each key of a keyboard or a presentation clicker does, and the deck's compact
//! form in a share link (so a deck prepared at home opens on the hall's laptop).
//!
//! Pure: no UI crates. The view draws [`Presentation::current`] and carries out the
//! [`Effect`]s that need the browser (full screen, the notes window, leaving). The numbers
//! each step quotes are [`facts`]'; the audience's link is [`audience_query`], printed by
//! [`audience`]; what the presenter page opens with from its link is [`opening`]; the rules
//! the before/after step shows are [`law`]; what a tab keeps of a talk across a trip to the
//! app or a reload is [`kept`].

pub mod audience;
pub mod facts;
pub mod kept;
pub mod law;
pub mod opening;

use serde::{Deserialize, Serialize};

use crate::scenario::link::{self, RunLink};
use crate::sim::Scenario;

/// One step of the story, each saying one thing about the run on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Step {
    /// The town and its cameras.
    Town,
    /// One car's month, driven on the map.
    Month,
    /// The rows the vendor now holds about that car.
    Rows,
    /// Where it sleeps and works: the analyst's guess beside the truth.
    SleepsAndWorks,
    /// The sensitive places it visited.
    SensitivePlaces,
    /// Who it travels with.
    TravelsWith,
    /// How few reads single it out among the town's cars.
    FewReads,
    /// Who can search it under the sharing settings.
    WhoCanSearch,
    /// What a law would change: before and after.
    LawChange,
    /// The ask, with the audience link.
    Ask,
}

impl Step {
    /// Every step, in the story's own order.
    pub const ALL: [Step; 10] = [
        Step::Town,
        Step::Month,
        Step::Rows,
        Step::SleepsAndWorks,
        Step::SensitivePlaces,
        Step::TravelsWith,
        Step::FewReads,
        Step::WhoCanSearch,
        Step::LawChange,
        Step::Ask,
    ];

    /// The step's name in a link and in test ids.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Town => "town",
            Step::Month => "month",
            Step::Rows => "rows",
            Step::SleepsAndWorks => "home-work",
            Step::SensitivePlaces => "sensitive",
            Step::TravelsWith => "travels-with",
            Step::FewReads => "few-reads",
            Step::WhoCanSearch => "who-can-search",
            Step::LawChange => "law",
            Step::Ask => "ask",
        }
    }

    /// The step a slug names, if any.
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.slug() == slug)
    }
}

/// What is wrong with a deck read from a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeckProblem {
    /// A name that is no step.
    UnknownStep(String),
    /// A step named twice.
    Repeated(Step),
    /// No step at all.
    Empty,
}

/// The steps a presenter shows, in their order: never empty, never a step twice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deck {
    steps: Vec<Step>,
}

impl Default for Deck {
    /// Every step, in the story's order.
    fn default() -> Deck {
        Deck {
            steps: Step::ALL.to_vec(),
        }
    }
}

/// The separator of step names in a link's `deck` parameter (unreserved in URLs).
const LINK_SEPARATOR: char = '.';

impl Deck {
    /// The shown steps, in order.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The steps the presenter hid, in the story's order.
    pub fn hidden(&self) -> Vec<Step> {
        Step::ALL
            .into_iter()
            .filter(|step| !self.steps.contains(step))
            .collect()
    }

    /// Hides `step`, unless it is the last one shown (a deck is never empty). Returns
    /// whether the deck changed.
    pub fn hide(&mut self, step: Step) -> bool {
        if self.steps.len() <= 1 || !self.steps.contains(&step) {
            return false;
        }
        self.steps.retain(|&s| s != step);
        true
    }

    /// Shows a hidden `step` again, after the shown steps that come before it in the story's
    /// order (or first when none does). Returns whether the deck changed.
    pub fn show(&mut self, step: Step) -> bool {
        if self.steps.contains(&step) {
            return false;
        }
        let at = self
            .steps
            .iter()
            .rposition(|&shown| shown < step)
            .map_or(0, |i| i + 1);
        self.steps.insert(at, step);
        true
    }

    /// Moves a shown `step` one place earlier (`-1`) or later (`1`). Returns whether the
    /// deck changed.
    pub fn shift(&mut self, step: Step, by: isize) -> bool {
        let Some(from) = self.steps.iter().position(|&s| s == step) else {
            return false;
        };
        let Some(to) = from
            .checked_add_signed(by)
            .filter(|&to| to < self.steps.len())
        else {
            return false;
        };
        self.steps.swap(from, to);
        true
    }

    /// The deck's `deck` parameter in a share link; `None` for the default deck, which a
    /// link leaves out.
    pub fn to_link(&self) -> Option<String> {
        (*self != Deck::default()).then(|| {
            let names: Vec<&str> = self.steps.iter().map(|step| step.slug()).collect();
            names.join(&LINK_SEPARATOR.to_string())
        })
    }

    /// Reads a link's `deck` parameter.
    pub fn from_link(value: &str) -> Result<Deck, DeckProblem> {
        let mut steps = Vec::new();
        for name in value.split(LINK_SEPARATOR).filter(|name| !name.is_empty()) {
            let step =
                Step::from_slug(name).ok_or_else(|| DeckProblem::UnknownStep(name.to_owned()))?;
            if steps.contains(&step) {
                return Err(DeckProblem::Repeated(step));
            }
            steps.push(step);
        }
        if steps.is_empty() {
            return Err(DeckProblem::Empty);
        }
        Ok(Deck { steps })
    }
}

/// What a key asks of the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Command {
    Next,
    Back,
    First,
    Last,
    /// Full screen on or off (`F`).
    FullScreen,
    /// Blank the screen, or bring it back (`B` or `.`, as clickers send).
    Blank,
    /// The projector palette on or off (`P`).
    Palette,
    /// Open the speaker notes window (`S`).
    Notes,
    /// Leave presenter mode (`Esc`).
    Leave,
}

/// The command a key sends, by the `KeyboardEvent.key` value: clickers send Page Down/Up
/// (some send arrows or `.` for blank), keyboards the arrows, Space and Enter.
pub fn command_for_key(key: &str) -> Option<Command> {
    Some(match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Spacebar" | "Enter" => Command::Next,
        "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => Command::Back,
        "Home" => Command::First,
        "End" => Command::Last,
        "f" | "F" => Command::FullScreen,
        "b" | "B" | "." => Command::Blank,
        "p" | "P" => Command::Palette,
        "s" | "S" => Command::Notes,
        "Escape" | "Esc" => Command::Leave,
        _ => return None,
    })
}

/// What has the keyboard's focus when a key is pressed, as far as the show's keys care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focused {
    /// The step, the page itself, or anything that takes no key of its own.
    Page,
    /// A button or a link: Enter and Space press it.
    Button,
    /// A form field (a select, a text or time field, a check box): it takes every key but
    /// the clicker's Page Down and Page Up, and Escape.
    Field,
}

/// The command a key sends to the show when `focused` has the focus: none when the focused
/// element takes that key itself, so Enter on "Previous step" goes back. A clicker's Page
/// Down and Page Up always move the show; so do the arrows, except in a form field.
pub fn command_for_key_on(key: &str, focused: Focused) -> Option<Command> {
    let theirs = match focused {
        Focused::Page => false,
        Focused::Button => matches!(key, "Enter" | " " | "Spacebar"),
        Focused::Field => !matches!(key, "PageDown" | "PageUp" | "Escape" | "Esc"),
    };
    if theirs { None } else { command_for_key(key) }
}

/// What the view must do in the browser after a command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    ToggleFullScreen,
    OpenNotes,
    Leave,
}

impl Command {
    /// What the browser must do for this command, if anything: the one mapping that both
    /// [`Presentation::apply`] and the view follow.
    pub fn effect(self) -> Option<Effect> {
        match self {
            Command::FullScreen => Some(Effect::ToggleFullScreen),
            Command::Notes => Some(Effect::OpenNotes),
            Command::Leave => Some(Effect::Leave),
            _ => None,
        }
    }
}

/// A presentation under way: the deck, the step on screen, and the screen's state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presentation {
    pub deck: Deck,
    /// Index into the deck's shown steps.
    at: usize,
    /// True while the presenter has blanked the screen.
    pub blank: bool,
    /// True while the projector palette is on (the default in presenter mode).
    pub projector: bool,
}

impl Presentation {
    /// A presentation of `deck` at its first step, projector palette on.
    pub fn new(deck: Deck) -> Presentation {
        Presentation {
            deck,
            at: 0,
            blank: false,
            projector: true,
        }
    }

    /// The step on screen.
    pub fn current(&self) -> Step {
        self.deck.steps[self.at]
    }

    /// The step after this one, if any (the notes window shows it).
    pub fn next(&self) -> Option<Step> {
        self.deck.steps.get(self.at + 1).copied()
    }

    /// `(position, count)`, 1-based, for "3 of 10".
    pub fn position(&self) -> (usize, usize) {
        (self.at + 1, self.deck.steps.len())
    }

    /// Goes to the shown step at `index` (clamped to the deck), as the notes window asks.
    pub fn go_to(&mut self, index: usize) {
        self.at = index.min(self.deck.steps.len() - 1);
        self.blank = false;
    }

    /// The index of the step on screen.
    pub fn index(&self) -> usize {
        self.at
    }

    /// Carries out `command`; returns what the browser must do, if anything. Moving brings
    /// a blanked screen back; moving past either end stays put.
    pub fn apply(&mut self, command: Command) -> Option<Effect> {
        let last = self.deck.steps.len() - 1;
        match command {
            Command::Next => self.go_to((self.at + 1).min(last)),
            Command::Back => self.go_to(self.at.saturating_sub(1)),
            Command::First => self.go_to(0),
            Command::Last => self.go_to(last),
            Command::Blank => self.blank = !self.blank,
            Command::Palette => self.projector = !self.projector,
            Command::FullScreen | Command::Notes | Command::Leave => {}
        }
        command.effect()
    }
}

/// The query (without `?`) of the link the audience opens on their phones: the run on the
/// presenter's screen, `scenario`, always with its settings, and the language and policy
/// preset of the presenter's page (`page_query`), without the presenter's own parameters.
///
/// Always with the settings, even for the default run: a bare address opens each phone's own
/// saved run, and a phone that had used Plate Trail before showed its own numbers, not the
/// presenter's. A link that names a run opens that run, whatever the phone saved
/// ([`link::decode`]).
pub fn audience_query(page_query: &str, scenario: &Scenario) -> String {
    let (page, _) = link::decode(page_query);
    link::encode(&RunLink {
        scenario: Some(scenario.clone()),
        embed: false,
        ..page
    })
}

/// What the main window and the notes window tell each other (as JSON over a
/// `BroadcastChannel`), so each follows the other.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum NotesMessage {
    /// The main window shows this step: what the notes window shows beside it.
    Showing {
        /// Index into the shown steps, and how many there are.
        index: usize,
        count: usize,
        step: Step,
        next: Option<Step>,
        /// The sentence on screen, with the numbers to quote.
        sentence: String,
        /// When the first step was shown, milliseconds since the Unix epoch (for the
        /// timer); `None` before the presentation starts.
        started_epoch_millis: Option<u64>,
    },
    /// Please carry out this command (the notes window's buttons and keys).
    Command(Command),
    /// The notes window just opened: tell it where you are.
    Hello,
}

impl NotesMessage {
    /// The message as the channel carries it.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A message from the channel; anything else (another page's message) is `None`.
    pub fn from_json(json: &str) -> Option<NotesMessage> {
        serde_json::from_str(json).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod deck {
        use super::*;

        #[test]
        fn starts_with_every_step_in_the_story_order() {
            assert_eq!(Deck::default().steps(), Step::ALL);
            assert!(Deck::default().hidden().is_empty());
        }

        #[test]
        fn hides_and_shows_a_step_back_in_its_place() {
            let mut deck = Deck::default();
            assert!(deck.hide(Step::TravelsWith));
            assert!(!deck.steps().contains(&Step::TravelsWith));
            assert_eq!(deck.hidden(), [Step::TravelsWith]);
            assert!(deck.show(Step::TravelsWith));
            assert_eq!(deck, Deck::default());
        }

        #[test]
        fn never_hides_the_last_step() {
            let mut deck = Deck::default();
            for step in Step::ALL {
                deck.hide(step);
            }
            assert_eq!(deck.steps(), [Step::Ask]);
            assert!(!deck.hide(Step::Ask));
        }

        #[test]
        fn moves_a_step_within_the_deck_only() {
            let mut deck = Deck::default();
            assert!(deck.shift(Step::Ask, -1));
            assert_eq!(deck.steps()[8..], [Step::Ask, Step::LawChange]);
            assert!(
                !deck.shift(Step::Town, -1),
                "the first step cannot go earlier"
            );
            assert!(deck.shift(Step::Ask, 1));
            assert!(!deck.shift(Step::Ask, 1), "the last step cannot go later");
            assert_eq!(deck, Deck::default());
        }

        #[test]
        fn shows_a_step_after_the_shown_steps_that_precede_it_in_a_reordered_deck() {
            let mut deck = Deck::from_link("ask.town.rows").unwrap();
            deck.show(Step::Month);
            assert_eq!(
                deck.steps(),
                [Step::Ask, Step::Town, Step::Month, Step::Rows]
            );
        }
    }

    mod link {
        use super::*;

        #[test]
        fn leaves_the_default_deck_out() {
            assert_eq!(Deck::default().to_link(), None);
        }

        #[test]
        fn reads_back_what_it_writes() {
            let mut deck = Deck::default();
            deck.hide(Step::TravelsWith);
            deck.shift(Step::Ask, -3);
            let written = deck.to_link().expect("not the default");
            assert_eq!(Deck::from_link(&written), Ok(deck));
        }

        #[test]
        fn refuses_unknown_repeated_and_empty_decks() {
            assert_eq!(
                Deck::from_link("town.slides"),
                Err(DeckProblem::UnknownStep("slides".to_owned()))
            );
            assert_eq!(
                Deck::from_link("town.rows.town"),
                Err(DeckProblem::Repeated(Step::Town))
            );
            assert_eq!(Deck::from_link(".."), Err(DeckProblem::Empty));
        }
    }

    mod audience_query {
        use super::*;
        use crate::scenario::link::{Language, decode};

        #[test]
        fn names_the_default_run_so_no_phone_opens_its_own_saved_run() {
            let query = audience_query("", &Scenario::default());
            let defaults = Scenario::default();
            assert!(
                query.contains(&format!(
                    "seed={}&days={}&cameras={}",
                    defaults.seed, defaults.days, defaults.camera_count
                )),
                "{query}"
            );
            let (opened, problems) = decode(&query);
            assert_eq!(problems, []);
            assert_eq!(opened.scenario, Some(defaults), "{query}");
        }

        #[test]
        fn carries_the_presenters_run_and_language_but_not_the_deck_or_the_law() {
            let run = Scenario {
                seed: 11,
                days: 21,
                camera_count: 45,
                ..Scenario::default()
            };
            let query = audience_query("?v=1&seed=3&lang=es&deck=town.ask&law=3&embed", &run);
            let (opened, problems) = decode(&query);
            assert_eq!(problems, []);
            assert_eq!(opened.scenario, Some(run), "the run on screen: {query}");
            assert_eq!(opened.language, Language("es"));
            assert!(!opened.embed, "{query}");
            assert!(!query.contains("deck") && !query.contains("law"), "{query}");
        }
    }

    mod notes_message {
        use super::*;

        #[test]
        fn crosses_the_channel_unchanged_and_ignores_strangers() {
            let message = NotesMessage::Showing {
                index: 2,
                count: 9,
                step: Step::Rows,
                next: Some(Step::SleepsAndWorks),
                sentence: "The vendor now holds 183,201 reads.".to_owned(),
                started_epoch_millis: Some(1_796_000_000_000),
            };
            assert_eq!(NotesMessage::from_json(&message.to_json()), Some(message));
            assert_eq!(
                NotesMessage::from_json("{\"type\":\"plate-trail:height\"}"),
                None
            );
        }
    }

    mod keys {
        use super::*;

        #[test]
        fn clicker_keys_move_through_the_deck() {
            for key in ["PageDown", "ArrowRight", "ArrowDown", " ", "Enter"] {
                assert_eq!(command_for_key(key), Some(Command::Next), "{key}");
            }
            for key in ["PageUp", "ArrowLeft", "ArrowUp"] {
                assert_eq!(command_for_key(key), Some(Command::Back), "{key}");
            }
            assert_eq!(command_for_key("Escape"), Some(Command::Leave));
            assert_eq!(command_for_key("x"), None);
        }

        #[test]
        fn a_focused_control_keeps_its_own_keys() {
            assert_eq!(command_for_key_on("Enter", Focused::Button), None);
            assert_eq!(command_for_key_on(" ", Focused::Button), None);
            assert_eq!(
                command_for_key_on("ArrowRight", Focused::Button),
                Some(Command::Next)
            );
            for key in ["ArrowDown", "b", "s", " ", "Enter", "Home"] {
                assert_eq!(command_for_key_on(key, Focused::Field), None, "{key}");
            }
            for focused in [Focused::Page, Focused::Button, Focused::Field] {
                assert_eq!(
                    command_for_key_on("PageDown", focused),
                    Some(Command::Next),
                    "{focused:?}"
                );
                assert_eq!(
                    command_for_key_on("PageUp", focused),
                    Some(Command::Back),
                    "{focused:?}"
                );
                assert_eq!(
                    command_for_key_on("Escape", focused),
                    Some(Command::Leave),
                    "{focused:?}"
                );
            }
            assert_eq!(
                command_for_key_on("Enter", Focused::Page),
                Some(Command::Next)
            );
        }

        #[test]
        fn next_and_back_stop_at_the_ends() {
            let mut deck = Deck::default();
            deck.hide(Step::Rows);
            let mut show = Presentation::new(deck);
            show.apply(Command::Back);
            assert_eq!(show.current(), Step::Town);
            let steps: Vec<Step> = (0..12)
                .map(|_| {
                    show.apply(Command::Next);
                    show.current()
                })
                .collect();
            assert!(!steps.contains(&Step::Rows), "a hidden step is skipped");
            assert_eq!(steps[7], Step::Ask);
            assert_eq!(steps[11], Step::Ask);
            assert_eq!(show.position(), (9, 9));
            show.apply(Command::First);
            assert_eq!(show.current(), Step::Town);
            show.apply(Command::Last);
            assert_eq!(show.next(), None);
        }

        #[test]
        fn blank_toggles_and_moving_brings_the_screen_back() {
            let mut show = Presentation::new(Deck::default());
            show.apply(Command::Blank);
            assert!(show.blank);
            show.apply(Command::Blank);
            assert!(!show.blank);
            show.apply(Command::Blank);
            show.apply(Command::Next);
            assert!(!show.blank);
            assert_eq!(show.current(), Step::Month);
        }

        #[test]
        fn the_palette_starts_on_and_toggles() {
            let mut show = Presentation::new(Deck::default());
            assert!(show.projector);
            show.apply(Command::Palette);
            assert!(!show.projector);
        }

        #[test]
        fn browser_commands_are_handed_to_the_view() {
            let mut show = Presentation::new(Deck::default());
            assert_eq!(
                show.apply(Command::FullScreen),
                Some(Effect::ToggleFullScreen)
            );
            assert_eq!(show.apply(Command::Notes), Some(Effect::OpenNotes));
            assert_eq!(show.apply(Command::Leave), Some(Effect::Leave));
            assert_eq!(show.current(), Step::Town);
        }
    }
}
