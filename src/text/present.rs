//! The presenter mode's words: each step's title and its one sentence, built from the run's
//! [`StoryFacts`], and the controls' labels. The talking points for the notes window are
//! long text in `content/present/`.

include!(concat!(env!("OUT_DIR"), "/messages_present.rs"));

use crate::scenario::presentation::Step;
use crate::scenario::presentation::facts::StoryFacts;

use super::{distance, thousands};

/// "Step 3 of 10".
pub fn step_position(at: usize, of: usize) -> String {
    format!("Step {at} of {of}")
}

/// A step's short title, for the prepare list and the notes window.
pub fn step_title(step: Step) -> &'static str {
    match step {
        Step::Town => step_title_town(),
        Step::Month => step_title_month(),
        Step::Rows => step_title_rows(),
        Step::SleepsAndWorks => step_title_sleeps_and_works(),
        Step::SensitivePlaces => step_title_sensitive_places(),
        Step::TravelsWith => step_title_travels_with(),
        Step::FewReads => step_title_few_reads(),
        Step::WhoCanSearch => step_title_who_can_search(),
        Step::LawChange => step_title_law_change(),
        Step::Ask => step_title_ask(),
    }
}

/// The one sentence a step says, from this run's numbers; `law` names the law shown in the
/// before/after step.
pub fn step_sentence(step: Step, facts: &StoryFacts, law: &str) -> String {
    let letter = &facts.letter;
    match step {
        Step::Town => format!(
            "{} is a made-up town with {} plate-reading cameras on its roads.",
            letter.town,
            thousands(facts.cameras as usize)
        ),
        Step::Month => format!(
            "In {} days, {} of those cameras read one ordinary car\u{2019}s plate {} times.",
            letter.days,
            letter.cameras_that_saw_me,
            thousands(letter.sightings as usize)
        ),
        Step::Rows => format!(
            "The vendor now holds {} reads of {} cars from this one town: every car, not only suspects.",
            thousands(facts.database.reads),
            thousands(facts.database.plates)
        ),
        Step::SleepsAndWorks => anchors_sentence(facts),
        Step::SensitivePlaces => match letter.sensitive_places.as_slice() {
            [] => "This month no camera caught the car at a sensitive place; a different month might.".to_owned(),
            places => format!(
                "From the same reads, the analyst flags visits to {}.",
                list(places)
            ),
        },
        Step::TravelsWith => match facts.travels_with {
            found if found.stated == 0 => {
                "No other car was read beside this one often enough to be named a companion.".to_owned()
            }
            found => format!(
                "The database names {} {} that travel with this one; {} really {}.",
                found.stated,
                if found.stated == 1 { "car" } else { "cars" },
                found.right,
                if found.right == 1 { "does" } else { "do" }
            ),
        },
        Step::FewReads => match facts.few_reads {
            Some(point) => format!(
                "Just {} reads are enough to single out {:.0}% of this town\u{2019}s cars from every other car.",
                point.sightings,
                point.share_unique * 100.0
            ),
            None => "In this run no handful of reads singles out most cars: the network is too sparse.".to_owned(),
        },
        Step::WhoCanSearch => format!(
            "With National Lookup on, as about three agencies in four have it, {} agencies can search these reads, usually without a warrant.",
            thousands(facts.law.agencies_before as usize)
        ),
        Step::LawChange => format!(
            "Under {law}, the database would keep {} of this car\u{2019}s {} reads, {} agencies could search them, and the analyst would lose {} of {} findings.",
            thousands(facts.law.reads_after as usize),
            thousands(facts.law.reads_before as usize),
            thousands(facts.law.agencies_after as usize),
            facts.law.findings_lost,
            facts.law.findings_lost + facts.law.findings_kept
        ),
        Step::Ask => "Ask for a public vote before any camera contract, with short retention, no sharing beyond the state, and published audits.".to_owned(),
    }
}

/// The home and work step: how close the guesses came, or that they failed.
fn anchors_sentence(facts: &StoryFacts) -> String {
    match (facts.home_error_meters, facts.work_error_meters) {
        (Some(home), Some(work)) => format!(
            "From those reads alone, an analyst guesses where the car sleeps ({} from the real home) and where it works ({} from the real workplace).",
            distance(home),
            distance(work)
        ),
        (Some(home), None) => format!(
            "From those reads alone, an analyst guesses where the car sleeps, {} from the real home; its workplace stayed hidden this month.",
            distance(home)
        ),
        (None, Some(work)) => format!(
            "From those reads alone, an analyst guesses where the car works, {} from the real workplace; its home stayed hidden this month.",
            distance(work)
        ),
        (None, None) => "With this few cameras, the analyst could not place the car\u{2019}s home or workplace this month; more cameras change that.".to_owned(),
    }
}

/// "a, b and c", each with its article already.
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::UniquenessPoint;
    use crate::scenario::letter::LetterFacts;
    use crate::scenario::presentation::facts::{LawFacts, TravelsWith};
    use crate::scenario::run::DatabaseSize;

    fn sample() -> StoryFacts {
        StoryFacts {
            letter: LetterFacts::sample(),
            cameras: 20,
            database: DatabaseSize {
                reads: 183_201,
                plates: 10_012,
            },
            home_error_meters: Some(140.0),
            work_error_meters: None,
            travels_with: TravelsWith {
                stated: 2,
                right: 1,
            },
            few_reads: Some(UniquenessPoint {
                sightings: 4,
                share_unique: 0.96,
            }),
            law: LawFacts {
                reads_before: 212,
                reads_after: 0,
                findings_lost: 9,
                findings_kept: 0,
                agencies_before: 2_691,
                agencies_after: 1,
            },
            guesses: Vec::new(),
        }
    }

    mod step_sentence {
        use super::*;

        #[test]
        fn quotes_the_runs_numbers() {
            let facts = sample();
            let said = |step| step_sentence(step, &facts, "New Hampshire's law");
            assert!(said(Step::Town).contains("Millbrook") && said(Step::Town).contains("20"));
            assert!(
                said(Step::Month).contains("212 times"),
                "{}",
                said(Step::Month)
            );
            assert!(said(Step::Rows).contains("183,201 reads of 10,012 cars"));
            assert!(said(Step::SleepsAndWorks).contains("140 m"));
            assert!(said(Step::SleepsAndWorks).contains("workplace stayed hidden"));
            assert!(
                said(Step::SensitivePlaces)
                    .contains("a reproductive-health clinic and a union hall")
            );
            assert!(
                said(Step::TravelsWith).contains("2 cars that travel with this one; 1 really does")
            );
            assert!(
                said(Step::FewReads).contains("Just 4 reads")
                    && said(Step::FewReads).contains("96%")
            );
            assert!(said(Step::WhoCanSearch).contains("2,691 agencies"));
            assert!(said(Step::LawChange).contains("keep 0 of this car\u{2019}s 212 reads"));
            assert!(said(Step::LawChange).contains("lose 9 of 9 findings"));
        }

        #[test]
        fn says_when_nothing_was_found() {
            let mut facts = sample();
            facts.home_error_meters = None;
            facts.letter.sensitive_places.clear();
            facts.travels_with = TravelsWith::default();
            facts.few_reads = None;
            for step in [
                Step::SleepsAndWorks,
                Step::SensitivePlaces,
                Step::TravelsWith,
                Step::FewReads,
            ] {
                let said = step_sentence(step, &facts, "a law");
                assert!(!said.contains("{}") && !said.is_empty(), "{step:?}: {said}");
            }
            assert!(step_sentence(Step::SleepsAndWorks, &facts, "").contains("could not place"));
        }
    }
}
