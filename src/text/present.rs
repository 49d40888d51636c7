//! The presenter mode's words: each step's title and its one sentence, built from the run's
//! [`StoryFacts`], and the controls' labels. The talking points for the notes window are
//! long text in `content/present/`.

/// The typed message functions of `locales/en/present.ftl`, written by `build.rs`.
pub mod messages {
    include!(concat!(env!("OUT_DIR"), "/messages_present.rs"));
}
pub use messages::*;

use crate::analyst::policy::{Retention, presets};
use crate::analyst::sharing::SharingSetting;
use crate::scenario::presentation::Step;
use crate::scenario::presentation::facts::StoryFacts;
use crate::scenario::presentation::law::{Law, LinkedLab};
use crate::scenario::presentation::opening::PresenterLinkProblem;

use super::distance;

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

/// The step's one sentence about the run; `law` names the law of the before/after step.
pub fn step_sentence(step: Step, facts: &StoryFacts, law: &str) -> String {
    let letter = &facts.letter;
    match step {
        Step::Town => step_town(letter.town.as_str(), facts.cameras),
        Step::Month => step_month(letter.days, letter.cameras_that_saw_me, letter.sightings),
        Step::Rows => step_rows(facts.database.reads, facts.database.plates),
        Step::SleepsAndWorks => anchors_sentence(facts),
        Step::SensitivePlaces => match letter.sensitive_places.as_slice() {
            [] => step_sensitive_none().to_owned(),
            places => step_sensitive(list(places)),
        },
        Step::TravelsWith => match facts.travels_with {
            found if found.stated == 0 => step_travels_with_none().to_owned(),
            found => step_travels_with(found.stated, found.right),
        },
        Step::FewReads => match facts.few_reads {
            Some(point) => step_few_reads(point.sightings, point.share_unique * 100.0),
            None => step_few_reads_none().to_owned(),
        },
        Step::WhoCanSearch => step_who_can_search(facts.law.agencies_before),
        Step::LawChange => law_sentence(facts, law),
        Step::Ask => step_ask().to_owned(),
    }
}

/// The law step: what the law keeps of the car's reads, who could search them and what
/// the analyst loses.
fn law_sentence(facts: &StoryFacts, law: &str) -> String {
    let findings = facts.law.findings_lost + facts.law.findings_kept;
    if facts.law.reads_after == 0 {
        step_law_change_none(
            law,
            facts.law.reads_before,
            facts.law.findings_lost,
            findings,
        )
    } else {
        step_law_change(
            law,
            facts.law.reads_after,
            facts.law.reads_before,
            facts.law.agencies_after,
            facts.law.findings_lost,
            findings,
        )
    }
}

/// A short sentence under a step's own, when the step needs one: on the law step, when its
/// "today" count of the car's reads is smaller than the month step's, what cut it (today's
/// retention), so the room hears why two counts of the same car's reads differ.
pub fn step_note(step: Step, facts: &StoryFacts) -> Option<String> {
    match step {
        Step::LawChange => facts.retention_cut().map(|cut| {
            step_law_change_today(
                cut.retention_days,
                cut.reads - cut.kept,
                cut.reads,
                cut.kept,
            )
        }),
        _ => None,
    }
}

/// The step's sentence and its note ([`step_note`]), as the notes window quotes them.
pub fn step_sentence_and_note(step: Step, facts: &StoryFacts, law: &str) -> String {
    let sentence = step_sentence(step, facts, law);
    match step_note(step, facts) {
        Some(note) => format!("{sentence} {note}"),
        None => sentence,
    }
}

/// The name of the rules the before/after step shows: a preset's, or the policy lab's
/// set-up the link carries ("Maine, as changed in the policy lab").
pub fn law_name(law: Law, lab: &LinkedLab) -> String {
    match law {
        Law::Preset(index) => preset_name_at(index).to_owned(),
        Law::Lab => present_law_lab(preset_name_at(lab.preset)),
    }
}

fn preset_name_at(index: usize) -> &'static str {
    presets()
        .get(index)
        .map(|preset| super::preset_name(preset.source))
        .unwrap_or_default()
}

/// The levers the link moved from its preset, as a list ("reads kept for 48 hours and 50%
/// of the cameras running"); empty when it moved none.
pub fn moved_levers(lab: &LinkedLab) -> String {
    let Some(preset) = presets()
        .get(lab.preset)
        .map(|preset| preset.policy.clone())
    else {
        return String::new();
    };
    let levers = &lab.levers;
    let mut phrases = Vec::new();
    if let Some(retention) = levers.retention.filter(|&r| r != preset.retention) {
        phrases.push(present_lever_keep(retention_key(retention)));
    }
    if let Some(hit) = levers.hit_only.filter(|&h| h != preset.hit_only) {
        phrases.push(present_lever_hit(if hit { "yes" } else { "no" }));
    }
    if let Some(sharing) = levers.sharing.filter(|&s| s != preset.sharing) {
        phrases.push(present_lever_share(sharing_key(sharing)));
    }
    if let Some(percent) = levers.camera_percent.filter(|&p| p < 100) {
        phrases.push(present_lever_running(percent));
    }
    let phrases: Vec<&str> = phrases.iter().map(String::as_str).collect();
    super::list_with_and(&phrases)
}

/// What the prepare screen says of the policy lab's levers a link moved: the rules, and
/// whether the before/after step shows them or `law` instead; `None` when the link moved no
/// lever.
pub fn lab_note(lab: &LinkedLab, law: Law) -> Option<String> {
    if !lab.moves_levers() {
        return None;
    }
    let preset = preset_name_at(lab.preset);
    let levers = moved_levers(lab);
    Some(match law {
        Law::Lab => present_lab_shown(preset, levers),
        Law::Preset(_) => present_lab_not_shown(preset, levers, law_name(law, lab)),
    })
}

/// A retention's key in the lever messages.
fn retention_key(retention: Retention) -> &'static str {
    match retention {
        Retention::ThreeMinutesUnlessHit => "three-minutes",
        Retention::FortyEightHours => "forty-eight-hours",
        Retention::TwentyOneDays => "twenty-one-days",
        Retention::ThirtyDays => "thirty-days",
        Retention::OneYear => "one-year",
    }
}

/// A sharing setting's key in the lever messages.
fn sharing_key(sharing: SharingSetting) -> &'static str {
    match sharing {
        SharingSetting::None => "none",
        SharingSetting::OneToOne => "one-to-one",
        SharingSetting::VendorContractClause => "vendor-contract-clause",
        SharingSetting::Radius => "radius",
        SharingSetting::Statewide => "statewide",
        SharingSetting::National => "national",
    }
}

/// The home and work step: how close the guesses came, or that they failed.
fn anchors_sentence(facts: &StoryFacts) -> String {
    match (facts.home_error_meters, facts.work_error_meters) {
        (Some(home), Some(work)) => step_anchors_both(distance(home), distance(work)),
        (Some(home), None) => step_anchors_home(distance(home)),
        (None, Some(work)) => step_anchors_work(distance(work)),
        (None, None) => step_anchors_none().to_owned(),
    }
}

/// "a, b and c", each with its article already.
fn list(items: &[String]) -> String {
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    super::list_with_and(&items)
}

/// What was wrong with the presenter's own parts of a link (`deck=`, `law=`), for the
/// prepare screen; `law` names the law shown instead.
pub fn presenter_link_problem(problem: &PresenterLinkProblem, law: &str) -> String {
    match problem {
        PresenterLinkProblem::Deck(_) => present_link_deck_problem().to_owned(),
        PresenterLinkProblem::UnknownLaw(value) => present_link_law_problem(value.as_str(), law),
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
            companion_cameras: Vec::new(),
            few_reads: Some(UniquenessPoint {
                sightings: 4,
                share_unique: 0.96,
            }),
            few_reads_cameras: vec![3, 7, 12],
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
            let said = |step| step_sentence(step, &facts, "New Hampshire RSA 261:75-b");
            assert!(said(Step::Town).contains("Millbrook") && said(Step::Town).contains("20"));
            assert!(
                said(Step::Month).contains("212 times"),
                "{}",
                said(Step::Month)
            );
            assert!(said(Step::Rows).contains("183,201 reads of 10,012 cars"));
            assert!(said(Step::SleepsAndWorks).contains("140\u{a0}m"));
            assert!(said(Step::SleepsAndWorks).contains("workplace stayed hidden"));
            assert!(
                said(Step::SensitivePlaces)
                    .contains("a reproductive-health clinic and a union hall")
            );
            assert!(
                said(Step::TravelsWith)
                    .contains("names 2 cars as travelling with this one; 1 of them really does."),
                "{}",
                said(Step::TravelsWith)
            );
            assert!(
                said(Step::FewReads).contains("Just 4 reads")
                    && said(Step::FewReads).contains("96%")
            );
            assert!(said(Step::WhoCanSearch).contains("2,691 agencies"));
            assert!(said(Step::LawChange).contains("keep none of this car\u{2019}s 212 reads"));
            assert!(
                !said(Step::LawChange).contains("agencies"),
                "{}",
                said(Step::LawChange)
            );
            assert!(
                said(Step::LawChange).contains("lose 9 of the 9 places and companions it names"),
                "{}",
                said(Step::LawChange)
            );
        }

        #[test]
        fn speaks_of_one_in_the_singular_and_names_who_can_search_what_a_law_keeps() {
            let mut facts = sample();
            facts.travels_with = TravelsWith {
                stated: 1,
                right: 1,
            };
            facts.law.reads_after = 12;
            facts.law.findings_lost = 4;
            facts.law.findings_kept = 5;
            facts.cameras = 1;
            facts.letter.cameras_that_saw_me = 1;
            facts.letter.sightings = 1;
            facts.few_reads = Some(UniquenessPoint {
                sightings: 1,
                share_unique: 0.5,
            });
            let said = |step| step_sentence(step, &facts, "a law");
            assert!(
                said(Step::Town).contains("with 1 plate-reading camera on its roads"),
                "{}",
                said(Step::Town)
            );
            assert!(
                said(Step::Month)
                    .contains("one of those cameras read one ordinary car\u{2019}s plate once"),
                "{}",
                said(Step::Month)
            );
            assert!(
                said(Step::FewReads).contains("Just one read is enough"),
                "{}",
                said(Step::FewReads)
            );
            assert!(
                said(Step::TravelsWith)
                    .contains("names 1 car as travelling with this one, and it really does."),
                "{}",
                said(Step::TravelsWith)
            );
            assert!(
                said(Step::LawChange)
                    .contains("keep 12 of this car\u{2019}s 212 reads, 1 agency could search them"),
                "{}",
                said(Step::LawChange)
            );
        }

        #[test]
        fn says_how_many_named_companions_really_travel_with_the_car() {
            let mut facts = sample();
            let mut said = |stated, right| {
                facts.travels_with = TravelsWith { stated, right };
                step_sentence(Step::TravelsWith, &facts, "")
            };
            assert!(said(1, 0).ends_with("as travelling with this one, but it does not."));
            assert!(
                said(3, 0)
                    .ends_with("3 cars as travelling with this one; none of them really does.")
            );
            assert!(said(3, 1).ends_with("; 1 of them really does."));
            assert!(said(3, 2).ends_with("; 2 of them really do."));
        }

        /// The law step names a preset of the policy lab, a law or not ("Common set-up",
        /// "Maine", "One year"): its sentence reads for each ("Under Common set-up" did not).
        #[test]
        fn names_every_preset_in_words_that_fit_it() {
            let mut facts = sample();
            for preset in crate::analyst::policy::presets() {
                let name = crate::text::preset_name(preset.source);
                for reads_after in [0, 12] {
                    facts.law.reads_after = reads_after;
                    let said = step_sentence(Step::LawChange, &facts, name);
                    assert!(
                        said.starts_with(&format!(
                            "With the rules set to \u{201c}{name}\u{201d}, "
                        )),
                        "{said}"
                    );
                }
            }
        }

        /// The month step quotes every read of the run; the law step's "today" only those
        /// the common set-up still holds: two counts (51 and 33) that a room saw unexplained.
        #[test]
        fn the_law_step_says_what_cut_the_reads_it_counts_today() {
            let mut facts = sample();
            facts.letter.days = 45;
            facts.letter.sightings = 51;
            facts.law.reads_before = 33;
            assert_eq!(
                step_note(Step::LawChange, &facts).as_deref(),
                Some(
                    "Today\u{2019}s 30-day retention has already deleted 18 of the car\u{2019}s \
                     51 reads, leaving 33."
                )
            );
            assert!(
                step_sentence_and_note(Step::LawChange, &facts, "Maine").ends_with(
                    "it names. Today\u{2019}s 30-day retention has already deleted 18 of \
                     the car\u{2019}s 51 reads, leaving 33."
                ),
                "{}",
                step_sentence_and_note(Step::LawChange, &facts, "Maine")
            );
            for step in Step::ALL.into_iter().filter(|&s| s != Step::LawChange) {
                assert_eq!(step_note(step, &facts), None, "{step:?}");
            }
            facts.law.reads_before = 51;
            assert_eq!(
                step_note(Step::LawChange, &facts),
                None,
                "one count needs no word"
            );
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

    mod the_policy_labs_levers {
        use super::*;
        use crate::analyst::policy::PresetSource;
        use crate::scenario::link::LabLevers;

        fn maine_moved() -> LinkedLab {
            LinkedLab {
                preset: crate::analyst::policy::preset_index(PresetSource::Maine).expect("Maine"),
                levers: LabLevers {
                    retention: Some(Retention::FortyEightHours),
                    hit_only: Some(true),
                    camera_percent: Some(50),
                    ..LabLevers::default()
                },
            }
        }

        #[test]
        fn name_the_rules_the_step_shows() {
            let lab = maine_moved();
            assert_eq!(
                law_name(Law::Lab, &lab),
                "Maine, as changed in the policy lab"
            );
            assert_eq!(law_name(Law::Preset(lab.preset), &lab), "Maine");
            assert_eq!(
                moved_levers(&lab),
                "reads kept for 48 hours, only reads of wanted plates stored and 50% of the \
                 cameras running"
            );
        }

        #[test]
        fn the_prepare_screen_says_whether_the_step_shows_them() {
            let lab = maine_moved();
            let shown = lab_note(&lab, Law::Lab).expect("a note");
            assert!(shown.starts_with("This link carries the policy lab\u{2019}s rules: Maine with reads kept for 48 hours"), "{shown}");
            assert!(
                shown.ends_with("The before/after step shows them."),
                "{shown}"
            );
            let instead = lab_note(&lab, Law::Preset(0)).expect("a note");
            assert!(
                instead.ends_with(
                    "The before/after step shows Common set-up instead, as chosen below."
                ),
                "{instead}"
            );
            assert_eq!(lab_note(&LinkedLab::preset(lab.preset), Law::Lab), None);
        }
    }
}
