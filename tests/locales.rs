//! The message files under `locales/`: every language has exactly English's messages, each
//! with English's variables, and formats them without a gap. A translator who misses a
//! message, adds one, or renames or drops a `{ $variable }` gets a failure naming the file,
//! the message and what differs.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use plate_trail::text::catalog;
use plate_trail::text::ftl::{self, Arg};

/// The message files read as the build reads them: Project Fluent's parser.
#[allow(dead_code)]
#[path = "../build/ftl_source.rs"]
mod ftl_source;

const FILES: [&str; 5] = ["text", "letter", "present", "tools", "teach"];

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// The languages besides English, as `locales/languages.json` registers them.
fn translations() -> Vec<&'static str> {
    catalog::offered()
        .map(|l| l.code)
        .filter(|&code| code != "en")
        .collect()
}

fn entries(code: &str, file: &str) -> Vec<ftl_source::Entry> {
    let path = locales().join(code).join(format!("{file}.ftl"));
    let source = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("locales/{code}/{file}.ftl is missing: {e}"));
    ftl_source::parse_file(&source).unwrap_or_else(|e| panic!("locales/{code}/{file}.ftl, {e}"))
}

fn ids(entries: &[ftl_source::Entry]) -> BTreeSet<String> {
    entries.iter().map(|e| e.id.clone()).collect()
}

fn variables(entry: &ftl_source::Entry) -> BTreeSet<String> {
    ftl_source::variables(&entry.parts).into_iter().collect()
}

mod every_language {
    use super::*;

    #[test]
    fn is_registered_with_a_folder_of_message_files() {
        assert!(translations().contains(&"es") && translations().contains(&"pt-BR"));
        for code in translations() {
            for file in FILES {
                assert!(
                    locales().join(code).join(format!("{file}.ftl")).exists(),
                    "locales/{code}/{file}.ftl"
                );
            }
        }
    }

    #[test]
    fn has_every_english_message_and_no_other() {
        for code in translations() {
            for file in FILES {
                let english = ids(&entries("en", file));
                let translated = ids(&entries(code, file));
                let missing: Vec<_> = english.difference(&translated).collect();
                let extra: Vec<_> = translated.difference(&english).collect();
                assert!(
                    missing.is_empty() && extra.is_empty(),
                    "locales/{code}/{file}.ftl: missing {missing:?}, not in English {extra:?}"
                );
            }
        }
    }

    #[test]
    fn gives_each_message_the_variables_english_gives_it() {
        for code in translations() {
            for file in FILES {
                let english = entries("en", file);
                for entry in entries(code, file) {
                    let Some(reference) = english.iter().find(|e| e.id == entry.id) else {
                        continue;
                    };
                    assert_eq!(
                        variables(&entry),
                        variables(reference),
                        "locales/{code}/{file}.ftl, line {}: `{}` has other variables than English",
                        entry.line,
                        entry.id
                    );
                }
            }
        }
    }

    #[test]
    fn formats_every_message_whole_for_numbers_and_words() {
        for code in translations() {
            let locale = catalog::locale(code).unwrap();
            for file in FILES {
                for entry in entries(code, file) {
                    for n in [0usize, 1, 2, 5, 1234] {
                        let args = sample_arguments(&entry, n);
                        let args: Vec<(&str, Arg)> =
                            args.iter().map(|(v, a)| (v.as_str(), a.clone())).collect();
                        // As the page gets it: parsed by the build, written to the file.
                        let wire = ftl_source::to_wire(&entry.parts);
                        ftl::parse(&wire).unwrap();
                        let text = ftl::format(&wire, &args, locale);
                        assert!(
                            !text.contains("{$") && !text.trim().is_empty(),
                            "locales/{code}/{file}.ftl: `{}` with {n} gives {text:?}",
                            entry.id
                        );
                    }
                }
            }
        }
    }
}

mod one_and_many {
    use super::*;

    /// Message `id` of `code`'s `file`.ftl with these numbers, as the page formats it.
    fn formatted(code: &str, file: &str, id: &str, args: &[(&str, usize)]) -> String {
        let entry = entries(code, file)
            .into_iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("locales/{code}/{file}.ftl has no `{id}`"));
        let args: Vec<(&str, Arg)> = args.iter().map(|&(v, n)| (v, Arg::from(n))).collect();
        ftl::format(
            &ftl_source::to_wire(&entry.parts),
            &args,
            catalog::locale(code).unwrap(),
        )
    }

    /// The presenter's sentences a room reads aloud: one camera, one read and one agency in
    /// the singular, several in the plural, in every language.
    #[test]
    fn the_presenters_sentences_agree_with_their_numbers() {
        let month = |code, n| {
            formatted(
                code,
                "present",
                "step-month",
                &[("days", 30), ("cameras", n), ("reads", n)],
            )
        };
        let law = |code, n| {
            formatted(
                code,
                "present",
                "step-law-change",
                &[
                    ("reads_after", 3),
                    ("reads_before", 9),
                    ("agencies", n),
                    ("lost", 1),
                    ("findings", 2),
                ],
            )
        };
        for (code, one_month, many_month, one_law, many_law) in [
            (
                "es",
                "una de esas cámaras leyó",
                "4 de esas cámaras leyeron",
                "1 agencia podría",
                "4 agencias podrían",
            ),
            (
                "pt-BR",
                "uma dessas câmeras leu",
                "4 dessas câmeras leram",
                "1 agência poderia",
                "4 agências poderiam",
            ),
        ] {
            assert!(
                month(code, 1).contains(one_month) && month(code, 1).contains(" vez"),
                "{code}: {}",
                month(code, 1)
            );
            assert!(
                month(code, 4).contains(many_month) && month(code, 4).contains("4 ve"),
                "{code}: {}",
                month(code, 4)
            );
            assert!(law(code, 1).contains(one_law), "{code}: {}", law(code, 1));
            assert!(law(code, 4).contains(many_law), "{code}: {}", law(code, 4));
        }
    }
    /// How many of the companions the database names really travel with the car, in every
    /// language: one named and right or wrong, several named and none, one or some right
    /// ("1 de verdad lo hace" said it clumsily).
    #[test]
    fn the_presenters_companions_read_well_for_one_and_many() {
        let said = |code, stated, right| {
            formatted(
                code,
                "present",
                "step-travels-with",
                &[("stated", stated), ("right", right)],
            )
        };
        for (code, cases) in [
            (
                "en",
                [
                    "names 1 car as travelling with this one, and it really does.",
                    "names 1 car as travelling with this one, but it does not.",
                    "names 3 cars as travelling with this one; none of them really does.",
                    "; 1 of them really does.",
                    "; 2 of them really do.",
                ],
            ),
            (
                "es",
                [
                    "señala 1 auto que viaja con este, y así es.",
                    "señala 1 auto que viaja con este, pero no es así.",
                    "señala 3 autos que viajan con este; ninguno lo hace de verdad.",
                    "; 1 de ellos lo hace de verdad.",
                    "; 2 de ellos lo hacen de verdad.",
                ],
            ),
            (
                "pt-BR",
                [
                    "aponta 1 carro que anda com este, e de fato anda.",
                    "aponta 1 carro que anda com este, mas não anda.",
                    "aponta 3 carros que andam com este; nenhum deles anda de fato.",
                    "; 1 deles anda de fato.",
                    "; 2 deles andam de fato.",
                ],
            ),
        ] {
            for ((stated, right), expected) in [(1, 1), (1, 0), (3, 0), (3, 1), (3, 2)]
                .into_iter()
                .zip(cases)
            {
                let sentence = said(code, stated, right);
                assert!(
                    sentence.contains(expected),
                    "{code} {stated}/{right}: {sentence}"
                );
            }
        }
    }

    /// The law step's sentence names a preset of the policy lab, which may be a law, a state
    /// or neither ("Common set-up", "One year"): in every language it names it in quotes,
    /// after words that fit any of them.
    #[test]
    fn the_law_step_names_every_preset_in_quotes() {
        for (code, before, quotes) in [
            ("en", "With the rules set to ", ('\u{201c}', '\u{201d}')),
            ("es", "Con las reglas de ", ('«', '»')),
            ("pt-BR", "Com as regras de ", ('\u{201c}', '\u{201d}')),
        ] {
            let name_id = |id: &str| {
                let entry = entries(code, "text")
                    .into_iter()
                    .find(|e| e.id == id)
                    .unwrap_or_else(|| panic!("{code}: no `{id}`"));
                ftl::format(
                    &ftl_source::to_wire(&entry.parts),
                    &[],
                    catalog::locale(code).unwrap(),
                )
            };
            let names: Vec<String> = entries(code, "text")
                .iter()
                .filter(|e| e.id.starts_with("preset-name-"))
                .map(|e| name_id(&e.id))
                .collect();
            assert_eq!(names.len(), 8, "{code}: {names:?}");
            for name in names {
                for id in ["step-law-change", "step-law-change-none"] {
                    let entry = entries(code, "present")
                        .into_iter()
                        .find(|e| e.id == id)
                        .expect("the law step's sentence");
                    let args = [
                        ("law", Arg::from(name.as_str())),
                        ("reads_after", Arg::from(3_usize)),
                        ("reads_before", Arg::from(9_usize)),
                        ("agencies", Arg::from(40_usize)),
                        ("lost", Arg::from(1_usize)),
                        ("findings", Arg::from(2_usize)),
                    ];
                    let sentence = ftl::format(
                        &ftl_source::to_wire(&entry.parts),
                        &args,
                        catalog::locale(code).unwrap(),
                    );
                    let expected = format!("{before}{}{name}{}, ", quotes.0, quotes.1);
                    assert!(sentence.starts_with(&expected), "{code} {id}: {sentence}");
                }
            }
        }
    }

    /// The lesson and the worksheet name the buttons a class presses as the app labels them
    /// in each language (they said "Drive", a button the app no longer has).
    #[test]
    fn the_lesson_names_the_apps_own_buttons() {
        for code in ["en", "es", "pt-BR"] {
            let watch = formatted(code, "text", "watch-days", &[("days", 30)]);
            let skip = formatted(code, "text", "skip-to-end", &[]);
            let folder = if code == "en" {
                "content/teach".to_owned()
            } else {
                format!("content/{code}/teach")
            };
            for file in ["lesson.md", "worksheet.md"] {
                let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join(&folder)
                    .join(file);
                let text = fs::read_to_string(&path).unwrap();
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                for button in [&watch, &skip] {
                    assert!(
                        text.contains(&format!("**{button}**")),
                        "{}: no **{button}**",
                        path.display()
                    );
                }
            }
        }
    }
}

mod numbers {
    use super::*;

    #[test]
    fn spanish_and_portuguese_group_thousands_with_a_dot() {
        let es = catalog::locale("es").unwrap();
        let pt = catalog::locale("pt-BR").unwrap();
        assert_eq!(ftl::number(12_345.0, 0, es), "12.345");
        assert_eq!(ftl::number(1_234.0, 0, pt), "1.234");
        assert_eq!(ftl::number(2.5, 1, pt), "2,5");
        assert_eq!(ftl::clock(14 * 60 + 5, pt), "14:05");
    }
}

mod dates {
    use super::*;

    /// Message `id` of `code`'s text.ftl with these arguments, as the page formats it.
    fn formatted(code: &str, id: &str, args: &[(&str, Arg)]) -> String {
        let entry = entries(code, "text")
            .into_iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("locales/{code}/text.ftl has no `{id}`"));
        let locale = catalog::locale(code).unwrap();
        ftl::format(&ftl_source::to_wire(&entry.parts), args, locale)
    }

    fn day_month_year(code: &str, day: u32, month: u32) -> String {
        let args = [
            ("day", Arg::from(day)),
            ("month", Arg::from(month)),
            ("year", Arg::from("2025")),
        ];
        formatted(code, "date-day-month-year", &args)
    }

    #[test]
    fn each_language_writes_a_date_its_own_way() {
        assert_eq!(day_month_year("en", 3, 11), "3 Nov 2025");
        assert_eq!(day_month_year("es", 3, 11), "3 nov 2025");
        assert_eq!(day_month_year("pt-BR", 3, 11), "3 de nov. de 2025");
        let month_year = |code| {
            let args = [("month", Arg::from(5u32)), ("year", Arg::from("2025"))];
            formatted(code, "date-month-year", &args)
        };
        assert_eq!(month_year("en"), "May 2025");
        assert_eq!(month_year("es"), "may 2025");
        assert_eq!(month_year("pt-BR"), "mai. de 2025");
    }

    #[test]
    fn every_language_names_twelve_different_months_and_groups_no_year() {
        for code in catalog::offered().map(|l| l.code) {
            let names: BTreeSet<String> = (1..=12).map(|m| day_month_year(code, 1, m)).collect();
            assert_eq!(names.len(), 12, "{code}: {names:?}");
            assert!(
                names.iter().all(|n| n.contains("2025")),
                "{code}: {names:?}"
            );
        }
    }
}

mod pseudo_locale {
    use super::*;

    #[test]
    fn is_generated_from_english_longer_and_accented_with_its_variables() {
        catalog::install(catalog::PSEUDO_LANGUAGE_FILE).unwrap();
        let english = plate_trail::text::log_truncated(40usize);
        assert!(catalog::choose("en-XA"));
        let pseudo = plate_trail::text::log_truncated(40usize);
        let title = plate_trail::text::dossier_title();
        assert!(catalog::choose("en"));
        assert!(pseudo.contains("40"), "{pseudo}");
        assert!(
            pseudo.chars().count() > english.chars().count() * 5 / 4,
            "{pseudo}"
        );
        assert!(pseudo.chars().any(|c| "ȧḗīǿŭ".contains(c)), "{pseudo}");
        assert!(title.starts_with('[') && title.ends_with(']'), "{title}");
    }
}

/// Arguments for each of `entry`'s variables: `n` for a number, "yes" for the words that
/// answer yes or no (`inside`, `right`).
fn sample_arguments(entry: &ftl_source::Entry, n: usize) -> Vec<(String, Arg)> {
    variables(entry)
        .into_iter()
        .map(|v| {
            let arg = if ["inside", "right"].contains(&v.as_str()) {
                Arg::from("yes")
            } else {
                Arg::from(n)
            };
            (v, arg)
        })
        .collect()
}

/// Every message of `code`, formatted as the page would with each number 5 and each word
/// argument "yes": (file, id, text).
fn all_formatted(code: &str) -> Vec<(&'static str, String, String)> {
    let locale = catalog::locale(code).unwrap();
    let mut out = Vec::new();
    for file in FILES {
        for entry in entries(code, file) {
            let args = sample_arguments(&entry, 5);
            let args: Vec<(&str, Arg)> =
                args.iter().map(|(v, a)| (v.as_str(), a.clone())).collect();
            let text = ftl::format(&ftl_source::to_wire(&entry.parts), &args, locale);
            out.push((file, entry.id.clone(), text));
        }
    }
    out
}

mod percent_signs {
    use super::*;

    /// What goes between a number and "%" in `code`: its percent pattern in
    /// `locales/languages.json` ("#%" or "#\u{a0}%").
    fn before_percent(code: &str) -> String {
        let file = fs::read_to_string(locales().join("languages.json")).unwrap();
        let languages: serde_json::Value = serde_json::from_str(&file).unwrap();
        let pattern = languages["languages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|row| row["code"] == code)
            .and_then(|row| row["percent"].as_str())
            .unwrap_or_else(|| panic!("{code} has a percent pattern"))
            .to_owned();
        pattern
            .trim_start_matches('#')
            .trim_end_matches('%')
            .to_owned()
    }

    /// Spanish writes "69 %" with a no-break space, so "%" never starts a line alone (QA saw
    /// "Confianza: 53 / %"); English and Portuguese write "69%". Every message, in every
    /// language, as its row of `locales/languages.json` says.
    #[test]
    fn follow_each_language_s_percent_pattern() {
        assert_eq!(before_percent("es"), "\u{a0}");
        for code in catalog::offered().map(|l| l.code) {
            let before = before_percent(code);
            for (file, id, text) in all_formatted(code) {
                for (at, _) in text.match_indices('%') {
                    let head = text[..at].trim_end_matches([' ', '\u{a0}']);
                    if !head.ends_with(|c: char| c.is_ascii_digit()) {
                        continue;
                    }
                    let between = &text[head.len()..at];
                    assert_eq!(
                        between, before,
                        "locales/{code}/{file}.ftl, `{id}`: {text:?}"
                    );
                }
            }
        }
    }
}

mod wording {
    use super::*;

    fn message(code: &str, id: &str) -> String {
        all_formatted(code)
            .into_iter()
            .find(|(_, found, _)| found == id)
            .map(|(.., text)| text)
            .unwrap_or_else(|| panic!("{code} has no `{id}`"))
    }

    /// One passes *by* a camera: Spanish "pasar por", Portuguese "passar por/pela" (QA read
    /// "Tu trayecto no pasa ninguna cámara").
    #[test]
    fn a_route_passes_by_its_cameras() {
        for (code, verbs, by, camera) in [
            (
                "es",
                &["pasa", "pasan", "pasas", "pasar", "pasará"][..],
                &["por", "frente"][..],
                "cámara",
            ),
            (
                "pt-BR",
                &["passa", "passam", "passas", "passar", "passará"][..],
                &["por", "pela", "pelo", "pelas", "pelos"][..],
                "câmera",
            ),
        ] {
            for (file, id, text) in all_formatted(code) {
                let words: Vec<String> = text
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect();
                for (i, word) in words.iter().enumerate() {
                    let next = &words[i + 1..words.len().min(i + 4)];
                    if verbs.contains(&word.as_str()) && next.iter().any(|w| w.starts_with(camera))
                    {
                        assert!(
                            next.first().is_some_and(|w| by.contains(&w.as_str())),
                            "locales/{code}/{file}.ftl, `{id}`: “{word} {}” in {text:?}",
                            next.join(" ")
                        );
                    }
                    // "cuántas cámaras pasa" needs its "por" in front.
                    if (word == "cuántas" || word == "quantas")
                        && words.get(i + 1).is_some_and(|w| w.starts_with(camera))
                        && words[i + 2..words.len().min(i + 4)]
                            .iter()
                            .any(|w| verbs.contains(&w.as_str()))
                    {
                        assert!(
                            i > 0 && by.contains(&words[i - 1].as_str()),
                            "locales/{code}/{file}.ftl, `{id}`: {text:?}"
                        );
                    }
                }
            }
        }
    }

    /// The headline, the letter and the dossier say the analyst "localizou" a home, one
    /// verb throughout (the headline said "situou").
    #[test]
    fn portuguese_says_localizou_throughout() {
        for (file, id, text) in all_formatted("pt-BR") {
            assert!(
                !text.to_lowercase().contains("situou") && !text.contains("situar "),
                "locales/pt-BR/{file}.ftl, `{id}`: {text:?}"
            );
        }
        assert!(message("pt-BR", "headline-home").starts_with("localizou "));
    }

    /// The capture log's column is the way a car drove, not a street address: Spanish
    /// "Sentido", as Portuguese has it.
    #[test]
    fn the_log_s_direction_is_a_way_of_travel() {
        assert_eq!(message("es", "log-direction"), "Sentido");
        assert_eq!(message("pt-BR", "log-direction"), "Sentido");
        assert!(!message("es", "log-filter-placeholder").contains("dirección"));
    }

    /// The references' intro names the marker the list writes after a described title, in
    /// the list's own words ("(described)" stayed English in Spanish and Portuguese).
    #[test]
    fn the_references_intro_names_the_described_marker() {
        for code in catalog::offered().map(|l| l.code) {
            let marker = message(code, "reference-described");
            assert!(
                message(code, "references-intro").contains(&marker),
                "{code}: {marker}"
            );
            if code != "en" {
                assert_ne!(marker, "(described)", "{code}");
            }
        }
    }

    /// The stop editor's "choose a place" message names the button that picks one on the
    /// map as that button reads in each language (it named a choice "a new stop" that no
    /// longer exists).
    #[test]
    fn the_stop_place_message_names_the_pick_button() {
        for code in catalog::offered().map(|l| l.code) {
            let button = message(code, "move-stop");
            let problem = message(code, "stop-needs-place");
            assert!(
                problem.contains(&format!("“{button}”")),
                "{code}: {problem}"
            );
        }
    }
}
