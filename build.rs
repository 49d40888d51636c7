//! Build script: compiles Plate Trail's long text into the binary, so the page never fetches
//! it and the Markdown parser stays out of the wasm bundle.
//!
//! - `content/references.json` is checked (unique, well-formed ids; a title and publisher;
//!   dates as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; https links) and written out as a Rust
//!   table, `references.rs` (with `reference_titles.rs`, the ids and titles citation links
//!   need), and as the References view's list, `lazy/references.html` (and
//!   `lazy/<code>/references.html` with that language's words), which the view fetches when
//!   it opens. A malformed file stops the build with a message saying which entry to fix.
//! - `content/faq/NN-slug.md` (one question each, its first line `# The question`),
//!   `content/about.md` and `content/action.md` become HTML. `{{cite:id}}` becomes the same
//!   citation link `<Cite id="id" />` renders (`src/content/markup.rs`); headings move one
//!   level down (`##` renders as `<h3>`, under the view's `<h2>`); links to other sites get
//!   `rel="noopener noreferrer"`; a table sits in a region of its own that scrolls sideways
//!   on a narrow screen, named after the heading above it.
//! - `content/teach/*.md` (the lesson plan, glossary, worksheet and fact sheet) become whole
//!   pages, `teach/<name>.html` in the out dir, in the template `content/teach/page.html`,
//!   their headings as written (the page's `#` is its h1), with `{{sources}}` replaced by
//!   the list of the references the page cites, their links
//!   written out so a printed page carries them. They are not compiled into the app: the
//!   Trunk hook `scripts/lesson_pages.sh` copies them into `dist/teach/` with their style
//!   sheet and script, and the app's Teach view links to them, so none of their text or code
//!   is in the first visit's download.
//! - Translations: each language [`translations`] finds mirrors those pages under
//!   `content/<code>/` (same file names and citations) and has `content/<code>/references.json`:
//!   the references' notes in that language (titles stay in their own language; the word
//!   screen readers hear before a citation's number is the `citation-label` message of
//!   `locales/<code>/text.ftl`, which the app's `<Cite>` reads too); the lesson pages' one template is filled
//!   with `locales/<code>/teach.ftl`'s plain messages (its `{{message-id}}` slots). They become `lazy/<code>/*.html` (fetched when chosen),
//!   `teach/<code>/*.html`, and the table `translations.rs` (the presenter's notes, the notes
//!   and, for the tests, the rendered pages). English stays where it was.
//! - Every cited id is listed in `content_citations.rs`; an unknown id renders as `[?]` here
//!   and is caught by the native tests in `src/content.rs`, which name the file to fix.
//!
//! - A line `{{include:generated/NAME.md}}` in `content/about.md` or `content/action.md`
//!   is replaced by that file of `content/generated/`, written by a tool (the analyst's
//!   table: `cargo run --profile bench --example evaluate -- --markdown --first-seed 101`).
//!   A translated page writes the table's heading in its own language and then
//!   `{{include-rows:generated/NAME.md}}`: the file's rows without its English heading, their
//!   numbers written as the language writes them (`0,94`; `20 %` in Spanish), from its row of
//!   `locales/languages.json` (`decimal`, `percent`).
//!
//! - `locales/` (the short strings' message files) becomes the typed message functions and
//!   the language files: see `build/locales.rs`.
//!
//! It must not read anything outside `content/` and `locales/` or reach the network.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Deserialize;

// Shared with the library; the build script uses only part of it.
#[allow(dead_code)]
#[path = "src/content/markup.rs"]
mod markup;

// The message files under `locales/`.
#[path = "build/locales.rs"]
mod locales;

/// `content/references.json`.
#[derive(Deserialize)]
struct ReferencesFile {
    references: Vec<ReferenceEntry>,
}

/// One entry of `content/references.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReferenceEntry {
    id: String,
    title: String,
    /// The title is our description of a source that gives none: the list marks it
    /// with the language's `reference-described`, "(described)".
    #[serde(default)]
    described: bool,
    publisher: String,
    date: Option<String>,
    /// `YYYY-MM-DD`: when a page that gives no date of its own was last checked.
    #[serde(default)]
    checked: Option<String>,
    url: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

/// How one language writes the numbers the build puts in its pages (`locales/languages.json`).
#[derive(Clone, Copy)]
struct NumberStyle {
    /// The decimal separator: "." or ",".
    decimal: &'static str,
    /// What goes between a number and its percent sign: "" or a no-break space (CLDR's
    /// percent pattern, "#%" or "#\u{a0}%").
    before_percent: &'static str,
}

/// The languages `content/` is translated into besides English, with how each writes
/// numbers: every language `locales/languages.json` registers that has a folder
/// `content/<code>/`, in the picker's order. A new language needs its row and its folders, no
/// code.
fn translations(manifest_dir: &Path) -> Vec<(&'static str, NumberStyle)> {
    #[derive(Deserialize)]
    struct Row {
        code: String,
        decimal: String,
        /// CLDR's percent pattern: "#%", or "#\u{a0}%" with a no-break space.
        percent: String,
    }
    #[derive(Deserialize)]
    struct Languages {
        languages: Vec<Row>,
    }
    let file = manifest_dir.join("locales/languages.json");
    let languages: Languages = serde_json::from_str(&read(&file))
        .unwrap_or_else(|e| panic!("locales/languages.json is not valid: {e}"));
    languages
        .languages
        .into_iter()
        .filter(|row| row.code != "en" && manifest_dir.join("content").join(&row.code).is_dir())
        .map(|row| -> (&'static str, NumberStyle) {
            let before_percent = row
                .percent
                .strip_prefix('#')
                .and_then(|rest| rest.strip_suffix('%'))
                .filter(|between| between.chars().all(char::is_whitespace))
                .unwrap_or_else(|| {
                    panic!(
                        "locales/languages.json, {}: percent must be \"#%\" or \"#\", a space, \"%\", not {:?}",
                        row.code, row.percent
                    )
                })
                .to_owned();
            let style = NumberStyle {
                decimal: row.decimal.leak(),
                before_percent: before_percent.leak(),
            };
            (row.code.leak(), style)
        })
        .collect()
}

/// `content/<code>/references.json`: what a language changes in the references.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReferenceTranslation {
    /// Reference id to its note in this language; `secondary:` stays as the English marker.
    notes: std::collections::BTreeMap<String, String>,
}

/// One language's edition of the content: where it is read from and how it is written.
struct Edition {
    /// `None` for English.
    code: Option<&'static str>,
    /// How the language writes numbers (`locales/languages.json`), for numbers the build
    /// writes.
    numbers: NumberStyle,
    /// `content` or `content/<code>`, relative to the crate (for messages).
    folder: String,
    dir: PathBuf,
    /// The citation link's hidden word in this language: its `citation-label` message, which
    /// the app's `<Cite>` reads too.
    citation_label: String,
    /// The marker after a title that is our description ("(described)"): its
    /// `reference-described` message.
    described: String,
    /// Reference id to its note in this language (`content/<code>/references.json`); empty
    /// for English, whose notes are the entries' own.
    reference_notes: std::collections::BTreeMap<String, String>,
    lesson_frame: LessonFrame,
}

/// The lesson pages' one template, `content/teach/page.html`, and the words that fill its
/// `{{message-id}}` slots in one language (`locales/<code>/teach.ftl`).
struct LessonFrame {
    template: String,
    messages: Vec<(String, String)>,
}

impl LessonFrame {
    fn read(manifest_dir: &Path, code: &str) -> Self {
        LessonFrame {
            template: read(&manifest_dir.join("content/teach/page.html")),
            messages: locales::plain_messages(manifest_dir, code, "teach"),
        }
    }
}

impl Edition {
    /// `""` for English, `"<code>/"` otherwise: where its pages go.
    fn subfolder(&self) -> String {
        self.code.map(|code| format!("{code}/")).unwrap_or_default()
    }
}

/// One language's rendered pages, before they are written out.
struct Rendered {
    faq: Vec<FaqSource>,
    notes: Vec<FaqSource>,
    about: String,
    action: String,
}

/// Where each citation shortcode was found: (content file, reference id).
type Citations = Vec<(String, String)>;

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets this"));
    let content = manifest_dir.join("content");
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=src/content/markup.rs");

    locales::build(&manifest_dir, &out_dir);

    let references = read_references(&content.join("references.json"));
    write(&out_dir, "references.rs", &references_table(&references));
    write(
        &out_dir,
        "reference_titles.rs",
        &reference_titles(&references),
    );

    let mut citations = Citations::new();
    let english = Edition {
        code: None,
        numbers: NumberStyle {
            decimal: ".",
            before_percent: "",
        },
        folder: "content".to_owned(),
        dir: content.clone(),
        citation_label: locales::plain_message(&manifest_dir, "en", "citation-label"),
        described: locales::plain_message(&manifest_dir, "en", "reference-described"),
        reference_notes: std::collections::BTreeMap::new(),
        lesson_frame: LessonFrame::read(&manifest_dir, "en"),
    };
    let rendered = write_edition(&english, &out_dir, &references, &mut citations);
    write(&out_dir, "faq.rs", &faq_table(&rendered.faq));
    write(&out_dir, "present_notes.rs", &faq_table(&rendered.notes));
    write(&out_dir, "about.html", &rendered.about);
    write(&out_dir, "action.html", &rendered.action);

    let languages = translations(&manifest_dir);
    let mut translations = String::from("&[\n");
    for &(code, numbers) in &languages {
        let folder = format!("content/{code}");
        let dir = manifest_dir.join(&folder);
        let translation = read_reference_translation(&dir.join("references.json"), &references);
        let edition = Edition {
            code: Some(code),
            numbers,
            folder,
            dir,
            citation_label: locales::plain_message(&manifest_dir, code, "citation-label"),
            described: locales::plain_message(&manifest_dir, code, "reference-described"),
            reference_notes: translation.notes.clone(),
            lesson_frame: LessonFrame::read(&manifest_dir, code),
        };
        let rendered = write_edition(&edition, &out_dir, &references, &mut citations);
        let notes: Vec<String> = references
            .iter()
            .filter_map(|entry| {
                let note = translation.notes.get(&entry.id)?;
                Some(format!("({:?}, {note:?})", entry.id))
            })
            .collect();
        writeln!(
            translations,
            "    Translation {{ code: {code:?}, citation_label: {:?}, faq: {}, present_notes: {}, about_html: {:?}, action_html: {:?}, reference_notes: &[{}] }},",
            edition.citation_label,
            faq_table(&rendered.faq),
            faq_table(&rendered.notes),
            rendered.about,
            rendered.action,
            notes.join(", "),
        )
        .expect("writing to a String");
    }
    translations.push(']');
    write(&out_dir, "translations.rs", &translations);
    write(
        &out_dir,
        "translated_languages.rs",
        &format!(
            "&{:?}",
            languages.iter().map(|(code, _)| *code).collect::<Vec<_>>()
        ),
    );

    let mut table = String::from("&[\n");
    for (file, id) in &citations {
        writeln!(table, "    ({file:?}, {id:?}),").expect("writing to a String");
    }
    table.push(']');
    write(&out_dir, "content_citations.rs", &table);
}

/// Renders one language's FAQ, presenter's notes, About, Take action and lesson pages; writes
/// the pages the app fetches when they open into `lazy/` (scripts/build_content.sh copies it
/// into the site as `content/`: the first visit does not download them) and the lesson pages
/// into `teach/`, each under the language's own folder unless it is English.
fn write_edition(
    edition: &Edition,
    out_dir: &Path,
    references: &[ReferenceEntry],
    citations: &mut Citations,
) -> Rendered {
    let faq = faq_entries(edition, "faq", references, citations);
    let notes = faq_entries(edition, "present", references, citations);
    let lazy = out_dir.join("lazy").join(edition.subfolder());
    fs::create_dir_all(&lazy)
        .unwrap_or_else(|error| panic!("cannot create {}: {error}", lazy.display()));
    let faq_page: String = faq
        .iter()
        .map(|entry| markup::faq_item_html(&entry.slug, &entry.question, &entry.answer_html))
        .collect();
    write(&lazy, "faq.html", &faq_page);
    write(
        &lazy,
        "references.html",
        &references_list(edition, references),
    );
    let mut page = |name: &str| {
        let file = format!("{}/{name}.md", edition.folder);
        let source = include_generated(
            &read(&edition.dir.join(format!("{name}.md"))),
            &file,
            edition,
        );
        let html = render_markdown(
            &source,
            &file,
            edition,
            references,
            citations,
            Headings::OneLevelDown,
        );
        write(&lazy, &format!("{name}.html"), &html);
        html
    };
    let about = page("about");
    let action = page("action");
    write_lesson_pages(
        edition,
        &out_dir.join("teach").join(edition.subfolder()),
        references,
        citations,
    );
    Rendered {
        faq,
        notes,
        about,
        action,
    }
}

/// Reads `content/<code>/references.json`; panics with a message naming what to fix: an id
/// not in the references list, or a note for an entry that has none in English.
fn read_reference_translation(path: &Path, references: &[ReferenceEntry]) -> ReferenceTranslation {
    let file = path.display();
    let translation: ReferenceTranslation = serde_json::from_str(&read(path))
        .unwrap_or_else(|error| panic!("{file} is not valid: {error}"));
    for (id, note) in &translation.notes {
        let Some(entry) = references.iter().find(|entry| &entry.id == id) else {
            panic!("{file}: {id:?} is not in content/references.json");
        };
        if entry.note.is_none() || note.trim().is_empty() {
            panic!("{file}: {id:?} has a note here but none in content/references.json");
        }
    }
    translation
}

/// Replaces each `{{include:generated/NAME.md}}` line with that file of
/// `content/generated/` (text a tool writes, such as `examples/evaluate.rs --markdown`'s
/// table of how good the analyst is), without its `<!-- ... -->` lines (the note for people
/// editing the repository: the page may carry no comment, so the offline file can inline it),
/// and each `{{include-rows:generated/NAME.md}}` line with only its table rows (the page
/// wrote the heading in its language), numbers as `edition`'s language writes them.
/// A missing file stops the build with a message.
fn include_generated(source: &str, file: &str, edition: &Edition) -> String {
    let content =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets this")).join("content");
    let generated = |rest: &str| -> String {
        let name = rest.trim_end_matches("}}");
        assert!(
            name.starts_with("generated/") && !name.contains(".."),
            "{file}: {{{{include:{name}}}}} must name a file of content/generated/"
        );
        read(&content.join(name))
    };
    source
        .lines()
        .map(|line| {
            let directive = line.trim();
            if let Some(rest) = directive.strip_prefix("{{include-rows:") {
                let text = generated(rest);
                let rows: Vec<&str> = text
                    .lines()
                    .filter(|row| row.starts_with('|'))
                    .skip(2)
                    .collect();
                assert!(
                    !rows.is_empty(),
                    "{file}: {{{{include-rows:...}}}} found no table rows after a heading"
                );
                rows.iter()
                    .map(|row| format!("{}\n", numbers_in(row, edition)))
                    .collect()
            } else if let Some(rest) = directive.strip_prefix("{{include:") {
                generated(rest)
                    .lines()
                    .filter(|line| !line.trim_start().starts_with("<!--"))
                    .map(|line| format!("{line}\n"))
                    .collect()
            } else {
                format!("{line}\n")
            }
        })
        .collect()
}

/// `text`'s numbers as `edition`'s language writes them (CLDR, from its row of
/// `locales/languages.json`): its decimal separator (a comma in Spanish and Brazilian
/// Portuguese) and what goes before a percent sign (a no-break space in Spanish). English is
/// unchanged. No language is named here: a fourth needs only its row.
fn numbers_in(text: &str, edition: &Edition) -> String {
    let NumberStyle {
        decimal,
        before_percent,
    } = edition.numbers;
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(char::is_ascii_digit)
    };
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '.' if digit(i.checked_sub(1)) && digit(Some(i + 1)) => out.push_str(decimal),
            '%' if digit(i.checked_sub(1)) => {
                out.push_str(before_percent);
                out.push('%');
            }
            _ => out.push(c),
        }
    }
    out
}

/// `text` with the space a writer typed between a number and its percent sign ("95 %")
/// made what the edition's language puts there (`locales/languages.json`): a no-break space
/// in Spanish, so a line never ends on "95" and starts on "%"; nothing in English or
/// Brazilian Portuguese. A sign right after a digit is left as it is (a link's "%20").
fn percent_signs_in(text: &str, edition: &Edition) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut after_digit = false;
    while let Some(c) = chars.next() {
        if c == ' ' && after_digit && chars.peek() == Some(&'%') {
            out.push_str(edition.numbers.before_percent);
        } else {
            out.push(c);
        }
        after_digit = c.is_ascii_digit();
    }
    out
}

fn read(path: &Path) -> String {
    fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

fn write(out_dir: &Path, name: &str, text: &str) {
    let path = out_dir.join(name);
    fs::write(&path, text)
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
}

/// Reads and checks the references list; panics with a message naming the bad entry.
fn read_references(path: &Path) -> Vec<ReferenceEntry> {
    let file: ReferencesFile = serde_json::from_str(&read(path))
        .unwrap_or_else(|error| panic!("content/references.json is not valid: {error}"));
    let mut seen = HashSet::new();
    for entry in &file.references {
        let problem =
            |what: &str| -> ! { panic!("content/references.json, entry {:?}: {what}", entry.id) };
        let id_ok = !entry.id.is_empty()
            && entry
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id_ok {
            problem("the id must be lowercase letters, digits and '-'");
        }
        if !seen.insert(entry.id.as_str()) {
            problem("this id appears twice");
        }
        if entry.title.trim().is_empty() || entry.publisher.trim().is_empty() {
            problem("the title and publisher must not be empty");
        }
        if entry.title.trim_end().ends_with(')') && entry.title.contains("(described") {
            problem(
                "mark a title that is our description with \"described\": true (each language writes its own marker), not in the title",
            );
        }
        if let Some(date) = &entry.date
            && !is_date(date)
        {
            problem("the date must be YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if let Some(checked) = &entry.checked
            && (checked.len() != 10 || !is_date(checked))
        {
            problem("the checked date must be YYYY-MM-DD");
        }
        if entry.date.is_some() && entry.checked.is_some() {
            problem(
                "a checked date is for a page without a date of its own: give one or the other",
            );
        }
        if let Some(url) = &entry.url
            && (!url.starts_with("https://") || url.contains(char::is_whitespace))
        {
            problem("the url must be an https address without spaces");
        }
    }
    file.references
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day number.
fn is_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |part: &str, digits: usize, range: std::ops::RangeInclusive<u32>| {
        part.len() == digits
            && part.chars().all(|c| c.is_ascii_digit())
            && part.parse::<u32>().is_ok_and(|n| range.contains(&n))
    };
    match parts.as_slice() {
        [year] => number(year, 4, 1900..=2100),
        [year, month] => number(year, 4, 1900..=2100) && number(month, 2, 1..=12),
        [year, month, day] => {
            number(year, 4, 1900..=2100) && number(month, 2, 1..=12) && number(day, 2, 1..=31)
        }
        _ => false,
    }
}

/// Renders each `content/teach/<name>.md` into the page template `content/teach/page.html`
/// as `<out>/<name>.html`: `{{title}}` is its first heading, `{{body}}` its HTML with the
/// `{{sources}}` marker replaced by the references it cites (by number), the
/// template's link to the page itself marked as the current one, and the app's own links
/// (citations) pointing up one folder, at the app; a translation's open the app in its
/// language.
fn write_lesson_pages(
    edition: &Edition,
    out: &Path,
    references: &[ReferenceEntry],
    citations: &mut Citations,
) {
    fs::create_dir_all(out)
        .unwrap_or_else(|error| panic!("cannot create {}: {error}", out.display()));
    let dir = edition.dir.join("teach");
    // A translation's pages are one folder further down (`teach/<code>/`), beside the
    // shared style sheet and script one folder up.
    let (up, here) = if edition.code.is_some() {
        ("../../", "../")
    } else {
        ("../", "")
    };
    let code = edition.code.unwrap_or("en");
    let mut template = edition
        .lesson_frame
        .template
        .replace("{{lang}}", code)
        .replace("{{app}}", up)
        .replace("{{here}}", here);
    for (id, text) in &edition.lesson_frame.messages {
        let slot = format!("{{{{{id}}}}}");
        if !template.contains(&slot) {
            panic!("content/teach/page.html has no {slot} for locales/{code}/teach.ftl");
        }
        template = template.replace(&slot, &markup::escape_html(text));
    }
    for rest in template.split("{{").skip(1) {
        let slot = rest.split("}}").next().unwrap_or_default();
        if slot != "title" && slot != "body" {
            panic!("content/teach/page.html: {{{{{slot}}}}} is not in locales/{code}/teach.ftl");
        }
    }
    for path in markdown_files(&dir) {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 file name");
        let file = format!("{}/teach/{name}.md", edition.folder);
        let source = read(&path);
        let title = source
            .lines()
            .next()
            .and_then(|line| line.strip_prefix("# "))
            .unwrap_or_else(|| panic!("{file}: the first line must be '# The title'"))
            .trim();
        let first_citation = citations.len();
        let html = render_markdown(
            &source,
            &file,
            edition,
            references,
            citations,
            Headings::AsWritten,
        );
        let mut cited: Vec<&str> = Vec::new();
        for (_, id) in &citations[first_citation..] {
            if !cited.contains(&id.as_str()) {
                cited.push(id);
            }
        }
        let marker = "<p>{{sources}}</p>";
        if !html.contains(marker) {
            panic!("{file}: end the page with a paragraph holding just {{{{sources}}}}");
        }
        // The Markdown's links to the app (`../?v=...`, written for `teach/`) and the
        // citations (`#/references/...`) point up to the app from where the page is.
        let mut body = html.replace(
            marker,
            &sources_list(&cited, references, &edition.described),
        );
        if edition.code.is_some() {
            body = body.replace("href=\"../", "href=\"../../");
        }
        let body = body.replace("href=\"#/", &format!("href=\"{up}#/"));
        let own_link = format!("<a href=\"{name}.html\">");
        if !template.contains(&own_link) {
            panic!(
                "{}/teach/page.html: the navigation lacks a link to {name}.html",
                edition.folder
            );
        }
        let page = template
            .replace(
                &own_link,
                &format!("<a href=\"{name}.html\" aria-current=\"page\">"),
            )
            .replace("{{title}}", &markup::escape_html(&title.replace('*', "")))
            .replace("{{body}}", &body)
            .replace("<body>", &format!("<body class=\"teach-{name}\">"));
        let page = match edition.code {
            Some(code) => app_links_in_language(&page, up, code),
            None => page,
        };
        write(out, &format!("{name}.html"), &page);
    }
}

/// `html` with each of its links to the app (`href="<up>..."`) opening the app in the
/// language `code`: `lang=<code>` added to the link's query, before its hash, where the
/// link names no language (the Markdown's runs do).
fn app_links_in_language(html: &str, up: &str, code: &str) -> String {
    let start = format!("href=\"{up}");
    let mut parts = html.split(&start);
    let mut linked = parts.next().unwrap_or_default().to_owned();
    for part in parts {
        let (link, rest) = part.split_at(part.find('"').unwrap_or(part.len()));
        let (query, hash) = link.split_at(link.find('#').unwrap_or(link.len()));
        let language = match query {
            "" => format!("?lang={code}"),
            _ if query.contains("lang=") => String::new(),
            _ => format!("&amp;lang={code}"),
        };
        write!(linked, "{start}{query}{language}{hash}{rest}").expect("writing to a String");
    }
    linked
}

/// The `.md` files of a folder, sorted by name.
fn markdown_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()))
        .map(|entry| entry.expect("listing a content folder").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    files.sort();
    files
}

/// A list of cited references by number: "[3] Title. Publisher, 2025-11-03. https://…", the link
/// written out as its own text (class `url`, so print does not repeat it); a title that is
/// our description is followed by `described`, the language's "(described)".
fn sources_list(cited: &[&str], references: &[ReferenceEntry], described: &str) -> String {
    let mut list = String::from("<ul class=\"sources\">");
    // By number, as the references list runs (a page cites them in another order).
    let mut numbered: Vec<usize> = cited
        .iter()
        .filter_map(|id| references.iter().position(|entry| entry.id == *id))
        .collect();
    numbered.sort_unstable();
    for index in numbered {
        let entry = &references[index];
        let id = &entry.id;
        // Every source's title is English: marked so for a screen reader on a Spanish or
        // Portuguese page; the language's own "(described)" stays outside it.
        let (title, title_html) = if entry.described {
            (
                format!("{} {}", entry.title, described),
                format!(
                    "<span lang=\"en\">{}</span> {}",
                    markup::escape_html(&entry.title),
                    markup::escape_html(described)
                ),
            )
        } else {
            (
                entry.title.clone(),
                format!(
                    "<span lang=\"en\">{}</span>",
                    markup::escape_html(&entry.title)
                ),
            )
        };
        write!(
            list,
            "<li id=\"{}\">[{}] {}{} {}",
            markup::escape_html(&format!("source-{id}")),
            index + 1,
            title_html,
            sentence_end(&title),
            markup::escape_html(&entry.publisher)
        )
        .expect("writing to a String");
        if let Some(date) = &entry.date {
            write!(list, ", {}", markup::escape_html(date)).expect("writing to a String");
            list.push('.');
        } else {
            list.push_str(sentence_end(&entry.publisher));
        }
        if let Some(url) = &entry.url {
            let url = markup::escape_html(url);
            write!(
                list,
                " <a class=\"url\" rel=\"noopener noreferrer\" href=\"{url}\">{url}</a>"
            )
            .expect("writing to a String");
        }
        list.push_str("</li>");
    }
    list.push_str("</ul>");
    list
}

/// The period that ends `text` as a sentence in a list of sources: none after a title that
/// ends with its own stop ("Does Flock share data with ICE?", never "ICE?.").
fn sentence_end(text: &str) -> &'static str {
    if text.trim_end().ends_with(['.', '?', '!', '\u{2026}']) {
        ""
    } else {
        "."
    }
}

/// The references as a Rust slice expression of `crate::content::Reference`.
fn references_table(references: &[ReferenceEntry]) -> String {
    let mut table = String::from("&[\n");
    for entry in references {
        writeln!(
            table,
            "    Reference {{ id: {:?}, title: {:?}, described: {:?}, publisher: {:?}, date: {:?}, checked: {:?}, url: {:?}, note: {:?} }},",
            entry.id,
            entry.title,
            entry.described,
            entry.publisher,
            entry.date,
            entry.checked,
            entry.url,
            entry.note
        )
        .expect("writing to a String");
    }
    table.push(']');
    table
}

/// Every reference's `(id, title)`, in numbered order: the table citation links read.
fn reference_titles(references: &[ReferenceEntry]) -> String {
    let mut table = String::from("&[\n");
    for entry in references {
        writeln!(table, "    ({:?}, {:?}),", entry.id, entry.title).expect("writing to a String");
    }
    table.push(']');
    table
}

/// The References view's numbered list in one language's words and notes (titles and
/// publishers stay as `content/references.json` has them), fetched by the view when it
/// opens: `lazy/references.html`, or `lazy/<code>/references.html`.
fn references_list(edition: &Edition, references: &[ReferenceEntry]) -> String {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let code = edition.code.unwrap_or("en");
    let word = |id: &str| locales::plain_message(&manifest_dir, code, id);
    let (secondary, no_link, no_date) = (
        word("reference-secondary"),
        word("reference-no-link"),
        word("reference-no-date"),
    );
    let date = locales::date_writer(&manifest_dir, code);
    let checked_message = locales::message_writer(&manifest_dir, code, "reference-checked");
    let checked = |day: &str| checked_message(&[("date", &date(day))]);
    let words = markup::ReferenceWords {
        secondary: &secondary,
        no_link: &no_link,
        no_date: &no_date,
        described: &edition.described,
        date: &date,
        checked: &checked,
    };
    let items: String = references
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            let note = edition
                .reference_notes
                .get(&entry.id)
                .or(entry.note.as_ref())
                .map(|note| percent_signs_in(note, edition));
            let item = markup::ReferenceItem {
                id: &entry.id,
                title: &entry.title,
                described: entry.described,
                publisher: &entry.publisher,
                date: entry.date.as_deref(),
                checked: entry.checked.as_deref(),
                url: entry.url.as_deref(),
                note: note.as_deref(),
            };
            markup::reference_item_html(index + 1, &item, &words)
        })
        .collect();
    format!("<ol class=\"reference-list\">\n{items}</ol>\n")
}

/// One rendered `content/FOLDER/NN-slug.md`.
struct FaqSource {
    slug: String,
    question: String,
    answer_html: String,
}

/// `entries` as a Rust slice expression of `crate::content::FaqEntry`.
fn faq_table(entries: &[FaqSource]) -> String {
    let mut table = String::from("&[\n");
    for FaqSource {
        slug,
        question,
        answer_html,
    } in entries
    {
        writeln!(
            table,
            "    FaqEntry {{ slug: {slug:?}, question: {question:?}, answer_html: {answer_html:?} }},"
        )
        .expect("writing to a String");
    }
    table.push(']');
    table
}

/// `content/FOLDER/NN-slug.md` (the FAQ, the presenter's notes) rendered, in file-name
/// order.
fn faq_entries(
    edition: &Edition,
    folder: &str,
    references: &[ReferenceEntry],
    citations: &mut Citations,
) -> Vec<FaqSource> {
    let mut entries = Vec::new();
    for path in markdown_files(&edition.dir.join(folder)) {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 file name");
        let file = format!("{}/{folder}/{name}.md", edition.folder);
        // "03-how-is-it-searched" -> "how-is-it-searched".
        let slug = name
            .split_once('-')
            .filter(|(order, _)| order.chars().all(|c| c.is_ascii_digit()))
            .map(|(_, slug)| slug)
            .unwrap_or_else(|| panic!("{file}: name the files NN-slug.md"));
        let source = read(&path);
        let (first, answer) = source.trim_start().split_once('\n').unwrap_or_default();
        let question = first
            .strip_prefix("# ")
            .unwrap_or_else(|| panic!("{file}: the first line must be '# The question' or title"))
            .trim();
        let answer_html = render_markdown(
            answer,
            &file,
            edition,
            references,
            citations,
            Headings::OneLevelDown,
        );
        entries.push(FaqSource {
            slug: slug.to_owned(),
            question: question.to_owned(),
            answer_html,
        });
    }
    entries
}

/// Where a Markdown file's headings stand in the page it becomes.
#[derive(Clone, Copy, PartialEq)]
enum Headings {
    /// Inside the app, under its "Plate Trail" h1: `#` becomes h2, and so on.
    OneLevelDown,
    /// A page of its own (a lesson page): its `#` is the page's h1.
    AsWritten,
}

/// Markdown to HTML, with citation shortcodes turned into links and headings placed as
/// `headings` says. Records every cited id against `file`. A citation's hidden word
/// ("reference") is the edition's.
fn render_markdown(
    source: &str,
    file: &str,
    edition: &Edition,
    references: &[ReferenceEntry],
    citations: &mut Citations,
    headings: Headings,
) -> String {
    let place = |level| match headings {
        Headings::OneLevelDown => one_level_down(level),
        Headings::AsWritten => level,
    };
    let source = percent_signs_in(
        &expand_citations(source, file, edition, references, citations),
        edition,
    );
    let parser = Parser::new_ext(
        &source,
        // Definition lists: the Teach page's glossary.
        // Tables: the About page's table of how good the analyst is.
        Options::ENABLE_SMART_PUNCTUATION
            | Options::ENABLE_DEFINITION_LIST
            | Options::ENABLE_TABLES,
    )
    .map(|event| match event {
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: place(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(place(level))),
        other => other,
    });
    let parser = tables_in_scroll_regions(parser);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    html.replace(
        "<a href=\"http",
        "<a rel=\"noopener noreferrer\" href=\"http",
    )
}

/// Puts each table in a region that scrolls sideways, so a table wider than a phone scrolls
/// within the page instead of widening the whole page. The region takes the keyboard's focus
/// (its arrow keys scroll it) and is named after the heading above it, numbered when one
/// heading has several tables. Each body cell carries its column's heading as `data-label`,
/// for a phone's stylesheet to show each row as a card of named values (six columns of long
/// headings did not fit 390 px: cut mid-word, one heading word per line).
fn tables_in_scroll_regions<'a>(
    events: impl Iterator<Item = Event<'a>>,
) -> impl Iterator<Item = Event<'a>> {
    let mut heading = String::new();
    let mut in_heading = false;
    let mut tables_under_heading = 0;
    // The table's column headings, and where the cells being read are.
    let mut columns: Vec<String> = Vec::new();
    let mut in_table_head = false;
    let mut column = 0;
    events.flat_map(move |event| {
        let mut out = Vec::with_capacity(2);
        match &event {
            Event::Start(Tag::TableHead) => {
                in_table_head = true;
                columns.clear();
            }
            Event::End(TagEnd::TableHead) => in_table_head = false,
            Event::Start(Tag::TableRow) => column = 0,
            Event::Start(Tag::TableCell) if in_table_head => columns.push(String::new()),
            Event::Text(text) | Event::Code(text) if in_table_head => {
                if let Some(label) = columns.last_mut() {
                    label.push_str(text);
                }
            }
            Event::Start(Tag::TableCell) => {
                let label = columns.get(column).map_or("", |label| label.trim());
                column += 1;
                return vec![Event::Html(
                    format!("<td data-label=\"{}\">", markup::escape_html(label)).into(),
                )];
            }
            Event::End(TagEnd::TableCell) if !in_table_head => {
                return vec![Event::Html("</td>".into())];
            }
            Event::Start(Tag::Heading { .. }) => {
                in_heading = true;
                heading.clear();
                tables_under_heading = 0;
            }
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Text(text) | Event::Code(text) if in_heading => heading.push_str(text),
            Event::Start(Tag::Table(_)) => {
                tables_under_heading += 1;
                let name = if tables_under_heading == 1 {
                    heading.clone()
                } else {
                    format!("{heading} ({tables_under_heading})")
                };
                out.push(Event::Html(
                    format!(
                        "<div class=\"table-wide\" tabindex=\"0\" role=\"region\" aria-label=\"{}\">",
                        markup::escape_html(name.trim())
                    )
                    .into(),
                ));
            }
            _ => {}
        }
        let table_ends = matches!(event, Event::End(TagEnd::Table));
        out.push(event);
        if table_ends {
            out.push(Event::Html("</div>".into()));
        }
        out
    })
}

fn one_level_down(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H6,
    }
}

/// Replaces each `{{cite:id}}` with the citation link's inline HTML.
fn expand_citations(
    source: &str,
    file: &str,
    edition: &Edition,
    references: &[ReferenceEntry],
    citations: &mut Citations,
) -> String {
    const OPEN: &str = "{{cite:";
    let mut expanded = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(start) = rest.find(OPEN) {
        expanded.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len()..];
        let end = after
            .find("}}")
            .unwrap_or_else(|| panic!("{file}: a {{{{cite:...}}}} is not closed"));
        let id = after[..end].trim();
        citations.push((file.to_owned(), id.to_owned()));
        match references.iter().position(|entry| entry.id == id) {
            Some(index) => expanded.push_str(&markup::citation_html(
                id,
                index + 1,
                &references[index].title,
                &edition.citation_label,
            )),
            None => expanded.push_str(&markup::unknown_citation_html(id)),
        }
        rest = &after[end + 2..];
    }
    expanded.push_str(rest);
    expanded
}
