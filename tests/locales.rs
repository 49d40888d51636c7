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
                        let args: Vec<(String, Arg)> = variables(&entry)
                            .into_iter()
                            .map(|v| {
                                let arg = if ["inside", "right"].contains(&v.as_str()) {
                                    Arg::from("yes")
                                } else {
                                    Arg::from(n)
                                };
                                (v, arg)
                            })
                            .collect();
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
