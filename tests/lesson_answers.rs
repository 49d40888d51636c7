//! The Teach page's answer key against the runs its links open. A teacher reads the key
//! beside a class's screens; when the analyst changes, the numbers it quotes change with
//! it, and a stale key tells the class the app is wrong. Each run of the lesson (Run A and
//! Run B, decoded from the lesson's own links) is simulated as the app simulates it, and the
//! key must quote its reads, its busiest camera, its home circle and the home's distance,
//! the places the dossier lists and the uniqueness chart's point; the Spanish and Brazilian
//! Portuguese keys must quote the same numbers.

use std::fs;
use std::path::Path;

use plate_trail::scenario::dossier::{FindingKind, Guess, Truth};
use plate_trail::scenario::link;
use plate_trail::scenario::town_wide::{quoted_point, whole_town};
use plate_trail::sim::Scenario;
use plate_trail::text;

/// A file of `content/`, read whole.
fn content(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("content")
        .join(path);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The key's part from `heading` to the next `## ` heading, its lines joined (a phrase may
/// wrap).
fn section(markdown: &str, heading: &str) -> String {
    let start = markdown
        .find(heading)
        .unwrap_or_else(|| panic!("no `{heading}`"));
    let rest = &markdown[start + heading.len()..];
    let part = &rest[..rest.find("\n## ").unwrap_or(rest.len())];
    part.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The run a lesson link opens: the link whose text is `label`, decoded as the page decodes it.
fn linked_run(lesson: &str, label: &str) -> Scenario {
    let at = lesson
        .find(&format!("[{label}]("))
        .unwrap_or_else(|| panic!("the lesson links no `{label}`"));
    let href = &lesson[at..];
    let href = &href[href.find('(').unwrap() + 1..href.find(')').unwrap()];
    let query = &href[href.find('?').unwrap()..href.find('#').unwrap_or(href.len())];
    let (run, problems) = link::decode(query);
    assert!(problems.is_empty(), "{label}: {problems:?}");
    run.scenario.expect("the lesson's link names a run")
}

/// What the key quotes of one run, in English, as the app words it.
struct Quoted {
    reads: usize,
    busiest: String,
    home_radius: String,
    home_error: String,
    /// Each place the dossier lists: its name, visits, and whether the card says Right.
    places: Vec<(String, usize, bool)>,
    singled_out: String,
}

/// The app keeps a distance's number and unit together with a no-break space; the key is
/// typed prose, where a plain space reads the same.
fn as_typed(shown: String) -> String {
    shown.replace('\u{a0}', " ")
}

fn quoted(scenario: &Scenario) -> Quoted {
    let (run, curve) = whole_town(scenario, |_| {}).expect("the lesson's run runs");
    let mut reads = vec![0usize; run.town.cameras.len()];
    for sighting in run.rows.iter() {
        reads[usize::from(sighting.camera)] += 1;
    }
    let most = reads.iter().copied().max().unwrap_or(0);
    let label = &run.town.cameras[reads.iter().position(|&n| n == most).unwrap()].label;
    let home = run.dossier.first(FindingKind::Home).expect("a home guess");
    let Guess::Anchor { radius_meters, .. } = home.guess else {
        panic!("home is a circle");
    };
    let Some(Truth::Anchor { error_meters, .. }) = home.truth else {
        panic!("home is checked");
    };
    let places = run
        .dossier
        .findings
        .iter()
        .filter_map(|f| match &f.guess {
            Guess::Place { name, visits, .. } => {
                Some((name.clone(), *visits, f.right == Some(true)))
            }
            _ => None,
        })
        .collect();
    let point = quoted_point(&curve).expect("a uniqueness curve");
    Quoted {
        reads: run.rows.len(),
        busiest: format!("{label}, {most} times"),
        home_radius: as_typed(text::distance(radius_meters)),
        home_error: as_typed(text::distance(error_meters)),
        places,
        singled_out: format!(
            "{} sightings single out {:.0}%",
            point.sightings,
            point.share_unique * 100.0
        ),
    }
}

/// The numbers of a text, in order, with a decimal comma read as a point ("3,0" as "3.0")
/// and thousands' separators dropped.
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = |c: char| {
            matches!(c, ',' | '.')
                && i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        };
        if c.is_ascii_digit() {
            current.push(c);
        } else if between_digits(c) && !current.is_empty() {
            // A separator before exactly three digits groups thousands; else it is decimal.
            let digits_after = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if digits_after != 3 {
                current.push('.');
            }
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

#[test]
fn the_lesson_answer_key_quotes_what_its_runs_show() {
    let lesson = content("teach/lesson.md");
    let key = &section(&lesson, "## Answers for the teacher");
    let a = quoted(&linked_run(&lesson, "open Run A"));
    let b = quoted(&linked_run(&lesson, "open Run B"));
    let says = |what: &str| {
        assert!(
            key.contains(what),
            "the answer key should say `{what}`:\n{key}"
        )
    };
    says(&format!("1. {} reads.", a.reads));
    says(&format!("2. {}.", a.busiest));
    says(&format!("Within {} of one spot", a.home_radius));
    says(&format!("the real home is {} from the guess", a.home_error));
    says(&format!("5. {} reads.", b.reads));
    says(&format!(
        "shrinks from {} to {}",
        a.home_radius, b.home_radius
    ));
    says(&format!("the real home is {} from the guess", b.home_error));
    says(&b.singled_out);
    // Every place Run B's dossier lists, with its count and verdict, in the key's words.
    let b_answer = &key[key.find("6. ").unwrap()..key.find("7. ").unwrap()];
    for (name, visits, _) in &b.places {
        let times = if *visits == 1 {
            "once".to_owned()
        } else {
            format!("{visits} times")
        };
        assert!(
            b_answer.contains(name.as_str()) && b_answer.contains(&times),
            "answer 6 should name {name}, {times}: {b_answer}"
        );
    }
    if b.places.iter().any(|(_, _, right)| !right) {
        assert!(
            b_answer.contains("wrong"),
            "answer 6 should say which place is wrong: {b_answer}"
        );
    }
}

#[test]
fn the_translated_answer_keys_quote_the_same_numbers() {
    let english = numbers(&section(
        &content("teach/lesson.md"),
        "## Answers for the teacher",
    ));
    for (code, heading) in [
        ("es", "## Respuestas para el maestro"),
        ("pt-BR", "## Respostas para o professor"),
    ] {
        let translated = numbers(&section(
            &content(&format!("{code}/teach/lesson.md")),
            heading,
        ));
        assert_eq!(
            translated, english,
            "content/{code}/teach/lesson.md's answer key quotes other numbers than English's"
        );
    }
}

#[test]
fn numbers_read_decimal_commas_and_drop_thousands() {
    assert_eq!(
        numbers("3,0 km a 1.1 km, 2,690 agencias, 96 %, FL-08"),
        ["3.0", "1.1", "2690", "96", "08"]
    );
}
