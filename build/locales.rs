//! The build's half of the message files (`locales/`): reads `locales/languages.json` and
//! every language's `.ftl` files, and writes
//!
//! - `locales.rs`: the languages (with the generated pseudo-locale `en-XA` last) and the
//!   message ids, compiled into the app;
//! - `messages_<file>.rs`: one typed function per English message, named after its id
//!   (`nav-faq` is `nav_faq()`, a message with variables takes them as arguments), so a
//!   call of a message English lacks does not compile; each holds its English pattern, so
//!   a binary carries the English text of the messages it calls and no other;
//! - `language_codes.rs`: the codes a share link's `lang` accepts;
//! - `lang/<code>.json`: every other language's patterns in English's order, which the app
//!   fetches only when that language is chosen (`scripts/build_content.sh` copies them into
//!   the site as `lang/`).
//!
//! The files are read by Project Fluent's own parser (`fluent-syntax`, a build-dependency:
//! `build/ftl_source.rs`), and every pattern is written out already parsed, so the page only
//! formats. A malformed file stops the build with its path and line. A missing or extra message or
//! a variable that differs from English is reported by `tests/locales.rs`, not here, so a
//! half-translated language still builds (its missing messages show in English).

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use serde::Deserialize;

#[allow(dead_code)]
#[path = "ftl_source.rs"]
mod ftl;

#[derive(Deserialize)]
struct LanguagesFile {
    languages: Vec<Language>,
}

#[derive(Deserialize)]
struct Language {
    code: String,
    name: String,
    group: String,
    decimal: String,
    min_grouping: u8,
    one: Vec<u32>,
    clock: String,
}

/// The message files, each a module of `src/text` (`text.ftl` is `text` itself).
const FILES: [&str; 4] = ["text", "letter", "present", "tools"];

/// The files whose messages the app's page and presenter mode show: a language's
/// `lang/<code>.json` holds only theirs (the others empty, shown in English were they ever
/// asked for), so a first visit in that language leaves out the tools module's words;
/// `lang/<code>.tools.json`, which the tools module fetches, holds every message.
const PAGE_FILES: [&str; 2] = ["text", "present"];

/// The pseudo-locale for layout tests: generated from English, never hand-written.
const PSEUDO: &str = "en-XA";

pub fn build(manifest_dir: &Path, out_dir: &Path) {
    let locales = manifest_dir.join("locales");
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=build/ftl_source.rs");
    let file: LanguagesFile = serde_json::from_str(&read(&locales.join("languages.json")))
        .unwrap_or_else(|e| panic!("locales/languages.json is not valid: {e}"));
    assert_eq!(
        file.languages.first().map(|l| l.code.as_str()),
        Some("en"),
        "locales/languages.json: English, the reference, must come first"
    );

    // English: ids, patterns, and which file each comes from.
    let mut english: Vec<(String, ftl::Entry)> = Vec::new();
    for name in FILES {
        for entry in entries(&locales, "en", name) {
            if english.iter().any(|(_, e)| e.id == entry.id) {
                panic!("locales/en/{name}.ftl: `{}` is defined twice", entry.id);
            }
            english.push((name.to_owned(), entry));
        }
    }

    let mut table = String::from(
        "/// The languages, in the picker's order.\npub const LOCALES: &[Locale] = &[\n",
    );
    for l in &file.languages {
        writeln!(
            table,
            "    Locale {{ code: {:?}, name: {:?}, group: {:?}, decimal: {:?}, min_grouping: {}, one: &{:?}, clock: {:?}, pseudo: false }},",
            l.code, l.name, l.group, l.decimal, l.min_grouping, l.one, l.clock
        )
        .expect("String");
    }
    writeln!(
        table,
        "    Locale {{ code: {PSEUDO:?}, name: \"Ƥşḗḗŭŭḓǿǿ\", group: \",\", decimal: \".\", min_grouping: 1, one: &[1], clock: \"HH:mm\", pseudo: true }},\n];"
    )
    .expect("String");
    writeln!(
        table,
        "/// How many messages a language's file holds.\npub const MESSAGE_COUNT: usize = {};",
        english.len()
    )
    .expect("String");
    table.push_str("/// Every message id, by message number.\npub const MESSAGE_IDS: [&str; ");
    write!(table, "{}] = [", english.len()).expect("String");
    for (_, entry) in &english {
        write!(table, "{:?}, ", entry.id).expect("String");
    }
    table.push_str("];\n");
    fs::write(out_dir.join("locales.rs"), table).expect("writing locales.rs");

    let mut codes = String::from("&[");
    for l in &file.languages {
        write!(codes, "{:?}, ", l.code).expect("String");
    }
    write!(codes, "{PSEUDO:?}]").expect("String");
    fs::write(out_dir.join("language_codes.rs"), codes).expect("writing language_codes.rs");

    for name in FILES {
        let mut code = String::new();
        for (number, (_, entry)) in english.iter().enumerate().filter(|(_, (f, _))| f == name) {
            code.push_str(&message_function(number, entry));
        }
        fs::write(out_dir.join(format!("messages_{name}.rs")), code).expect("writing messages");
    }

    let lang_dir = out_dir.join("lang");
    fs::create_dir_all(&lang_dir).expect("creating lang/");
    for language in file.languages.iter().skip(1) {
        let mut translated: Vec<ftl::Entry> = Vec::new();
        for name in FILES {
            translated.extend(entries(&locales, &language.code, name));
        }
        let patterns: Vec<String> = english
            .iter()
            .map(|(_, e)| {
                translated
                    .iter()
                    .find(|t| t.id == e.id)
                    .map_or_else(String::new, |t| ftl::to_wire(&t.parts))
            })
            .collect();
        write_language(
            &lang_dir,
            &format!("{}.tools", language.code),
            &language.code,
            &patterns,
        );
        let page: Vec<String> = english
            .iter()
            .zip(patterns)
            .map(|((file, _), pattern)| {
                if PAGE_FILES.contains(&file.as_str()) {
                    pattern
                } else {
                    String::new()
                }
            })
            .collect();
        write_language(&lang_dir, &language.code, &language.code, &page);
    }
    let pseudo: Vec<String> = english
        .iter()
        .map(|(_, e)| ftl::to_wire(&ftl::pseudo(&e.parts)))
        .collect();
    write_language(&lang_dir, &format!("{PSEUDO}.tools"), PSEUDO, &pseudo);
    write_language(&lang_dir, PSEUDO, PSEUDO, &pseudo);
}

/// Message `id` of `locales/<code>/text.ftl` as plain text (English's where that language
/// lacks it), for a page the build writes; panics on a message with variables.
pub fn plain_message(manifest_dir: &Path, code: &str, id: &str) -> String {
    let locales = manifest_dir.join("locales");
    let find = |code: &str| {
        entries(&locales, code, "text")
            .into_iter()
            .find(|e| e.id == id)
            .map(|entry| plain(&entry, &format!("locales/{code}/text.ftl")))
    };
    find(code)
        .or_else(|| find("en"))
        .unwrap_or_else(|| panic!("locales/en/text.ftl has no message `{id}`"))
}

/// The messages of `locales/<code>/<name>.ftl` as plain text, for a file the build fills
/// into pages rather than compiling into the app (`teach.ftl`, the lesson pages' frame).
pub fn plain_messages(manifest_dir: &Path, code: &str, name: &str) -> Vec<(String, String)> {
    let file = format!("locales/{code}/{name}.ftl");
    entries(&manifest_dir.join("locales"), code, name)
        .iter()
        .map(|entry| (entry.id.clone(), plain(entry, &file)))
        .collect()
}

/// Writes a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date as language `code` does, with its
/// `date-day-month-year` and `date-month-year` messages (English's where it lacks them), for
/// the references list the build writes. The app writes dates with the same messages
/// (`text::date`).
pub fn date_writer(manifest_dir: &Path, code: &str) -> impl Fn(&str) -> String + use<> {
    let pattern = |id: &str| text_message_parts(manifest_dir, code, id);
    let (with_day, with_month) = (pattern("date-day-month-year"), pattern("date-month-year"));
    move |date: &str| {
        let (year, month, day) = crate::markup::date_parts(date);
        let (month, day) = (month.map(|m| m.to_string()), day.map(|d| d.to_string()));
        match (&month, &day) {
            (Some(month), Some(day)) => {
                fill(&with_day, &[("day", day), ("month", month), ("year", year)])
            }
            (Some(month), None) => fill(&with_month, &[("month", month), ("year", year)]),
            _ => year.to_owned(),
        }
    }
}

/// Message `id` of `locales/<code>/text.ftl` (English's where that language lacks it) as a
/// function of its variables' text, for a line the build writes: `reference-checked`'s
/// "checked { $date }".
pub fn message_writer(
    manifest_dir: &Path,
    code: &str,
    id: &str,
) -> impl Fn(&[(&str, &str)]) -> String + use<> {
    let parts = text_message_parts(manifest_dir, code, id);
    move |args: &[(&str, &str)]| fill(&parts, args)
}

/// The parts of message `id` in `locales/<code>/text.ftl`, or English's where that language
/// lacks it; a message English lacks too stops the build.
fn text_message_parts(manifest_dir: &Path, code: &str, id: &str) -> Vec<ftl::Part> {
    let locales = manifest_dir.join("locales");
    [code, "en"]
        .iter()
        .find_map(|code| {
            entries(&locales, code, "text")
                .into_iter()
                .find(|e| e.id == id)
        })
        .unwrap_or_else(|| panic!("locales/en/text.ftl has no message `{id}`"))
        .parts
}

/// A pattern with its variables filled in by text; a selector takes the variant whose key is
/// the text (a month's number), else its default.
fn fill(parts: &[ftl::Part], args: &[(&str, &str)]) -> String {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    parts
        .iter()
        .map(|part| match part {
            ftl::Part::Text(text) => text.clone(),
            ftl::Part::Variable(name) => arg(name).unwrap_or_default().to_owned(),
            ftl::Part::Select {
                variable,
                variants,
                default,
            } => {
                let chosen = variants
                    .iter()
                    .position(|(key, _)| Some(key.as_str()) == arg(variable))
                    .unwrap_or(*default);
                fill(&variants[chosen].1, args)
            }
        })
        .collect()
}

/// A message the build writes out as text: one with a variable stops the build, naming it.
fn plain(entry: &ftl::Entry, file: &str) -> String {
    assert!(
        ftl::variables(&entry.parts).is_empty(),
        "{file}, line {}: `{}` has variables: the build writes it as plain text",
        entry.line,
        entry.id
    );
    ftl::show(&entry.parts)
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// A language's messages in one file; a missing file is an empty one (all in English).
fn entries(locales: &Path, code: &str, name: &str) -> Vec<ftl::Entry> {
    let path = locales.join(code).join(format!("{name}.ftl"));
    if !path.exists() && code != "en" {
        return Vec::new();
    }
    ftl::parse_file(&read(&path)).unwrap_or_else(|e| panic!("locales/{code}/{name}.ftl, {e}"))
}

/// `{"lang": code, "messages": [message, ...]}` in English's order, each already parsed
/// ([`ftl::to_wire`]); "" where a message is missing (shown in English).
fn write_language(dir: &Path, name: &str, code: &str, patterns: &[String]) {
    let json = serde_json::json!({ "lang": code, "messages": patterns });
    fs::write(dir.join(format!("{name}.json")), json.to_string()).expect("writing a language");
}

/// The typed function for message `number`, with its English pattern as a literal of its
/// own: a binary keeps only the English text of the messages it calls (the first visit's
/// page leaves out the tools module's, the letter's and presenter mode's), where one table of
/// every pattern would keep them all.
fn message_function(number: usize, entry: &ftl::Entry) -> String {
    let english = ftl::to_wire(&entry.parts);
    let variables = ftl::variables(&entry.parts);
    let name = entry.id.replace('-', "_");
    let mut doc = String::new();
    for line in entry.comment.lines() {
        writeln!(doc, "/// {line}").expect("String");
    }
    if !doc.is_empty() {
        doc.push_str("///\n");
    }
    for line in ftl::show(&entry.parts).lines() {
        // Escaped, so a message's "[brackets]" is not read as an intra-doc link.
        let line = line.replace('[', "\\[").replace(']', "\\]");
        writeln!(doc, "/// > {line}").expect("String");
    }
    if variables.is_empty() {
        format!(
            "{doc}pub fn {name}() -> &'static str {{\n    crate::text::catalog::message({number}, {english:?})\n}}\n"
        )
    } else {
        let params: Vec<String> = variables
            .iter()
            .map(|v| format!("{}: impl Into<crate::text::ftl::Arg>", v.replace('-', "_")))
            .collect();
        let args: Vec<String> = variables
            .iter()
            .map(|v| format!("({v:?}, {}.into())", v.replace('-', "_")))
            .collect();
        format!(
            "{doc}pub fn {name}({}) -> String {{\n    crate::text::catalog::format({number}, {english:?}, &[{}])\n}}\n",
            params.join(", "),
            args.join(", ")
        )
    }
}
