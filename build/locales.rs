//! The build's half of the message files (`locales/`): reads `locales/languages.json` and
//! every language's `.ftl` files, and writes
//!
//! - `locales.rs`: the languages (with the generated pseudo-locale `en-XA` last) and the
//!   English patterns, compiled into the app;
//! - `messages_<file>.rs`: one typed function per English message, named after its id
//!   (`nav-faq` is `nav_faq()`, a message with variables takes them as arguments), so a
//!   call of a message English lacks does not compile;
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

/// The files only the tools module draws (Massachusetts today, Cameras on my route): their
/// English patterns are a table of their own ([`ENGLISH_TOOLS`]), read only by their typed
/// functions, so the first visit's page, which never calls them, leaves the text out. They
/// come last in [`FILES`]: a message's number stays its place in every language's file.
const TOOLS_FILES: [&str; 1] = ["tools"];

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
    let (page, tools): (Vec<_>, Vec<_>) = english
        .iter()
        .partition(|(file, _)| !TOOLS_FILES.contains(&file.as_str()));
    assert!(
        english[..page.len()]
            .iter()
            .all(|(file, _)| !TOOLS_FILES.contains(&file.as_str())),
        "the tools module's files come last in FILES"
    );
    writeln!(
        table,
        "/// The English messages the page uses, parsed and written as `text::ftl::parse` reads them, by message number.\npub static ENGLISH: [&str; {}] = [",
        page.len()
    )
    .expect("String");
    for (_, entry) in &page {
        writeln!(table, "    {:?},", ftl::to_wire(&entry.parts)).expect("String");
    }
    writeln!(
        table,
        "];\n/// The English messages only the tools module uses, from message number `ENGLISH.len()`.\npub static ENGLISH_TOOLS: [&str; {}] = [",
        tools.len()
    )
    .expect("String");
    for (_, entry) in &tools {
        writeln!(table, "    {:?},", ftl::to_wire(&entry.parts)).expect("String");
    }
    writeln!(
        table,
        "];\n/// How many messages a language's file holds.\npub const MESSAGE_COUNT: usize = {};",
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
            code.push_str(&message_function(
                number,
                entry,
                TOOLS_FILES.contains(&name),
            ));
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
        write_language(&lang_dir, &language.code, &patterns);
    }
    let pseudo: Vec<String> = english
        .iter()
        .map(|(_, e)| ftl::to_wire(&ftl::pseudo(&e.parts)))
        .collect();
    write_language(&lang_dir, PSEUDO, &pseudo);
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
fn write_language(dir: &Path, code: &str, patterns: &[String]) {
    let json = serde_json::json!({ "lang": code, "messages": patterns });
    fs::write(dir.join(format!("{code}.json")), json.to_string()).expect("writing a language");
}

/// The typed function for message `number` (read from the tools module's table when `tools`).
fn message_function(number: usize, entry: &ftl::Entry, tools: bool) -> String {
    let (message, format) = if tools {
        ("tools_message", "tools_format")
    } else {
        ("message", "format")
    };
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
        writeln!(doc, "/// > {line}").expect("String");
    }
    if variables.is_empty() {
        format!(
            "{doc}pub fn {name}() -> &'static str {{\n    crate::text::catalog::{message}({number})\n}}\n"
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
            "{doc}pub fn {name}({}) -> String {{\n    crate::text::catalog::{format}({number}, &[{}])\n}}\n",
            params.join(", "),
            args.join(", ")
        )
    }
}
