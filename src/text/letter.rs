//! The letter to local officials on the Take action page, written from the visitor's own
//! simulation results.
//!
//! Pure text: [`letter`] turns [`LetterFacts`] (from [`crate::scenario::letter`]) into a
//! plain-text letter the visitor copies or prints. No UI crates here, and nothing is sent
//! anywhere. The letter's sentences live in
//! this module rather than in `content/` because each one depends on the numbers (plurals,
//! missing results, units); the view only shows the result. The letter goes to officials
//! in the United States, so it spells "license plate" their way.

/// The typed message functions of `locales/en/letter.ftl`, written by `build.rs`.
pub mod messages {
    include!(concat!(env!("OUT_DIR"), "/messages_letter.rs"));
}
pub use messages::*;

pub use crate::scenario::letter::{AnchorFact, LetterFacts};

/// The letter, as plain text with blank lines between paragraphs. Square brackets mark what
/// the visitor fills in (their officials, their name).
pub fn letter(facts: &LetterFacts) -> String {
    [
        letter_greeting().to_owned(),
        letter_opening().to_owned(),
        findings(facts),
        letter_simulated().to_owned(),
        letter_asks().to_owned(),
        letter_elsewhere().to_owned(),
        letter_thanks().to_owned(),
        letter_signature().to_owned(),
    ]
    .join("\n\n")
}

/// The paragraph with the visitor's own numbers.
fn findings(facts: &LetterFacts) -> String {
    let mut text = letter_used().to_owned();
    if facts.cameras_that_saw_me == 0 || facts.sightings == 0 {
        text.push_str(&letter_no_reads(facts.days, facts.town.as_str()));
        return text;
    }
    text.push_str(&letter_reads(
        facts.days,
        facts.town.as_str(),
        facts.cameras_that_saw_me,
        facts.sightings,
    ));
    match (
        facts.home.and_then(anchor_clause),
        facts.work.and_then(anchor_clause),
    ) {
        (Some(home), Some(work)) => text.push_str(&letter_home_and_work(home, work)),
        (Some(home), None) => text.push_str(&letter_home(home)),
        (None, Some(work)) => text.push_str(&letter_work(work)),
        (None, None) => {}
    }
    if !facts.sensitive_places.is_empty() {
        text.push_str(&letter_sensitive(list(&facts.sensitive_places)));
    }
    if let Some((points, percent)) = facts.unique_with_points
        && percent.is_finite()
    {
        text.push_str(&letter_unique(points, percent_label(percent)));
    }
    text
}

/// What the dossier states about home or work, after "placed my home": "within 200\u{a0}m of
/// one spot, 80% sure, and was right: the real place is 140\u{a0}m from it". A wrong guess is
/// said to be wrong. `None` for a
/// radius that is not a real number of meters.
fn anchor_clause(fact: AnchorFact) -> Option<String> {
    let radius = distance(fact.radius_meters)?;
    let sure = percent_label(fact.confidence * 100.0);
    // A right guess says how close it came, as the dossier's card does ("600 m from it"):
    // the circle alone undersold a guess far closer than its radius.
    if fact.truth_inside
        && let Some(off) = fact.error_meters.filter(|m| m.is_finite() && *m >= 0.0)
    {
        return Some(letter_anchor_right_off(radius, sure, super::distance(off)));
    }
    Some(letter_anchor(
        radius,
        sure,
        if fact.truth_inside { "yes" } else { "no" },
    ))
}

/// "200 m" (to the nearest 10 m) or "1.2 km", as the dossier writes it, but at least "10 m"
/// (a circle "within under 10 m" does not read); `None` for a distance that is not a real
/// number of meters.
fn distance(meters: f64) -> Option<String> {
    (meters.is_finite() && meters >= 0.0).then(|| super::distance(meters.max(5.0)))
}

/// "95%", or "0.4%" below one percent.
fn percent_label(percent: f64) -> String {
    let percent = percent.clamp(0.0, 100.0);
    let digits = if percent > 0.0 && percent < 1.0 { 1 } else { 0 };
    letter_percent(super::ftl::Arg::fixed(percent, digits))
}

/// "a", "a and b", "a, b and c".
fn list(items: &[String]) -> String {
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    super::list_with_and(&items)
}

#[cfg(test)]
mod tests {
    use super::*;

    mod letter_text {
        use super::*;

        #[test]
        fn carries_the_simulation_numbers() {
            let text = letter(&LetterFacts::sample());
            assert!(
                text.contains(
                    "In 30 simulated days in Millbrook, 11 cameras logged my car 212 times."
                ),
                "{text}"
            );
            assert!(
                text.contains(
                    "an analyst placed my home within 200\u{a0}m of one spot, 80% sure, and was right: \
                     the real place is 140\u{a0}m from it. It placed my workplace within 350\u{a0}m \
                     of one spot, 60% sure, and was right."
                ),
                "{text}"
            );
            assert!(
                text.contains("visits to a reproductive-health clinic and a union hall"),
                "{text}"
            );
            assert!(text.contains("4 sightings are enough to tell 95% of the town's cars apart"));
        }

        #[test]
        fn makes_the_three_asks_and_leaves_the_signature_to_the_visitor() {
            let text = letter(&LetterFacts::sample());
            assert!(text.contains("1. Require a public vote"));
            assert!(text.contains("2. Restrict who can search"));
            assert!(text.contains("3. End any existing contract"));
            assert!(text.ends_with("Sincerely,\n[Your name]\n[Your address]"));
        }

        #[test]
        fn says_the_numbers_are_simulated() {
            assert!(letter(&LetterFacts::sample()).contains("simulation of a fictional town"));
        }

        #[test]
        fn uses_singular_words_for_one() {
            let facts = LetterFacts {
                days: 1,
                cameras_that_saw_me: 1,
                sightings: 1,
                ..LetterFacts::sample()
            };
            assert!(
                letter(&facts)
                    .contains("In 1 simulated day in Millbrook, 1 camera logged my car 1 time.")
            );
        }

        #[test]
        fn leaves_out_what_the_analyst_could_not_find() {
            let facts = LetterFacts {
                home: None,
                work: None,
                sensitive_places: vec![],
                unique_with_points: None,
                ..LetterFacts::sample()
            };
            let text = letter(&facts);
            assert!(!text.contains("analyst placed"), "{text}");
            assert!(!text.contains("visits to"), "{text}");
            assert!(!text.contains("enough to tell"), "{text}");
            assert!(!text.contains("None"), "{text}");
        }

        #[test]
        fn names_only_the_place_it_found() {
            let facts = LetterFacts {
                work: None,
                ..LetterFacts::sample()
            };
            let text = letter(&facts);
            assert!(
                text.contains("placed my home within 200\u{a0}m of one spot"),
                "{text}"
            );
            assert!(!text.contains("workplace"), "{text}");
        }

        #[test]
        fn says_a_wrong_guess_is_wrong() {
            let facts = LetterFacts {
                work: Some(AnchorFact {
                    radius_meters: 1_700.0,
                    confidence: 0.7,
                    truth_inside: false,
                    error_meters: Some(2_400.0),
                }),
                ..LetterFacts::sample()
            };
            let text = letter(&facts);
            assert!(
                text.contains(
                    "my workplace within 1.7\u{a0}km of one spot, 70% sure, and was wrong: the real \
                     place is outside that circle."
                ),
                "{text}"
            );
            assert!(
                text.contains("my home within 200\u{a0}m of one spot, 80% sure, and was right")
            );
        }

        #[test]
        fn says_searches_need_no_warrant_not_no_suspicion() {
            let text = letter(&LetterFacts::sample());
            assert!(text.contains("usually without a warrant"), "{text}");
            assert!(!text.contains("suspicion"), "{text}");
            assert!(!text.contains("licence"), "{text}");
        }

        #[test]
        fn says_so_when_no_camera_saw_the_car() {
            let facts = LetterFacts {
                cameras_that_saw_me: 0,
                sightings: 0,
                ..LetterFacts::sample()
            };
            let text = letter(&facts);
            assert!(text.contains("no camera logged my car"), "{text}");
            assert!(!text.contains("0 cameras"), "{text}");
        }
    }

    mod formatting {
        use super::*;

        #[test]
        fn distances_round_to_ten_meters_then_kilometers() {
            assert_eq!(distance(196.0).as_deref(), Some("200\u{a0}m"));
            assert_eq!(distance(3.0).as_deref(), Some("10\u{a0}m"));
            assert_eq!(distance(1_240.0).as_deref(), Some("1.2\u{a0}km"));
            assert_eq!(distance(f64::NAN), None);
            assert_eq!(distance(-5.0), None);
        }

        #[test]
        fn large_counts_get_thousands_separators() {
            assert_eq!(crate::text::thousands(212), "212");
            assert_eq!(crate::text::thousands(1_076), "1,076");
            assert_eq!(crate::text::thousands(83_345), "83,345");
            assert_eq!(crate::text::thousands(1_000_000), "1,000,000");
        }

        #[test]
        fn lists_read_as_a_sentence() {
            let places =
                |items: &[&str]| list(&items.iter().map(|s| s.to_string()).collect::<Vec<_>>());
            assert_eq!(places(&["a clinic"]), "a clinic");
            assert_eq!(places(&["a", "b", "c"]), "a, b and c");
        }

        #[test]
        fn small_shares_keep_a_decimal() {
            assert_eq!(percent_label(0.4), "0.4%");
            assert_eq!(percent_label(93.2), "93%");
            assert_eq!(percent_label(140.0), "100%");
        }
    }
}
