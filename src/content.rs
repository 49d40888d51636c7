//! Plate Trail's long text, compiled in by `build.rs` from `content/`: the numbered
//! references, the FAQ, and the About and Take action pages as HTML, in English and in each
//! translation ([`TRANSLATIONS`], from `content/<code>/`). The page itself
//! fetches the FAQ, About and Take action text and the references list when they open
//! (`build.rs` writes them for `scripts/build_content.sh`; see `crate::views::lazy_content`),
//! so only the references' ids and titles ([`REFERENCE_TITLES`], for citation links) and the
//! presenter's notes are linked into a binary; the other tables here serve the tests.
//!
//! This module is pure data and lookups: no UI crates, no fetching, no parsing at run time.
//! Views show it; [`crate::components::citation::Cite`] links to it.

mod markup;

pub use markup::{
    ReferenceItem, ReferenceWords, citation_html, date_parts, escape_html, faq_item_html,
    push_escaped_html, reference_element_id, reference_hash, reference_item_html,
    unknown_citation_html,
};

/// One entry of the numbered references list (`content/references.json`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    /// What content cites (`{{cite:id}}`) and code cites (`crate::cite!("id")`).
    pub id: &'static str,
    pub title: &'static str,
    /// Whether the title is our description of a source that gives none of its own (the
    /// list follows it with the language's "(described)").
    pub described: bool,
    pub publisher: &'static str,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` when the source gives no date.
    pub date: Option<&'static str>,
    /// `YYYY-MM-DD`: for a page without a date of its own (a statute, a live table, a
    /// product page), when it was last checked; shown as "checked 1 Dec 2026".
    pub checked: Option<&'static str>,
    /// A link to the source; `None` when there is no public address for it.
    pub url: Option<&'static str>,
    /// `"secondary: why"` when the figure reached us through press coverage of a primary
    /// document, or a short remark; it says why when `url` is `None`, or `date` and
    /// `checked` both are.
    pub note: Option<&'static str>,
}

/// The entries allowed to go without a link, or without a date or a checked date, and why:
/// the test `an_entry_without_a_link_or_a_date_is_on_the_short_list` holds every other entry
/// to both, and each of these to still lacking one (so the list cannot go stale).
pub const WITHOUT_LINK_OR_DATE: &[(&str, &str)] = &[(
    "flock-off-campaign",
    "campaign material shared with the project by e-mail; it has no public page or date",
)];

impl Reference {
    /// Whether the figures cited from this entry reached us second-hand.
    pub fn is_secondary(&self) -> bool {
        self.note.is_some_and(|note| note.starts_with("secondary"))
    }
}

/// Every reference, in numbered order: the entry at index `i` is reference `i + 1`.
pub static REFERENCES: &[Reference] = include!(concat!(env!("OUT_DIR"), "/references.rs"));

/// Every reference's id and title, in numbered order: all a citation link needs. A
/// constant, read when the code compiles ([`cited`], through [`crate::cite!`]), so a page
/// carries only the titles it cites; the References view fetches its list when it opens
/// (`content/references.html`, written by `build.rs`).
pub const REFERENCE_TITLES: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/reference_titles.rs"));

/// The number and title of reference `id` (the title its link shows on hover), found when
/// the code compiles, for [`crate::cite!`]. An id not in the list stops the build.
pub const fn cited(id: &str) -> (usize, &'static str) {
    const fn same(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }
    let mut index = 0;
    while index < REFERENCE_TITLES.len() {
        if same(REFERENCE_TITLES[index].0, id) {
            return (index + 1, REFERENCE_TITLES[index].1);
        }
        index += 1;
    }
    panic!("a citation's id is not in content/references.json")
}

/// A reference and its number ("\[3\]"), or `None` for an id not in the list.
pub fn reference(id: &str) -> Option<(usize, &'static Reference)> {
    REFERENCES
        .iter()
        .enumerate()
        .find(|(_, entry)| entry.id == id)
        .map(|(index, entry)| (index + 1, entry))
}

/// One FAQ question and its answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FaqEntry {
    /// From the file name `content/faq/NN-slug.md`.
    pub slug: &'static str,
    pub question: &'static str,
    /// Trusted HTML rendered at build time from our own Markdown.
    pub answer_html: &'static str,
}

/// The FAQ, in the order of its files' names.
pub static FAQ: &[FaqEntry] = include!(concat!(env!("OUT_DIR"), "/faq.rs"));

/// The presenter's talking points, one per step of the story (`content/present/NN-slug.md`,
/// the slug a [`crate::scenario::presentation::Step::slug`]); `question` is the step's title.
pub static PRESENT_NOTES: &[FaqEntry] = include!(concat!(env!("OUT_DIR"), "/present_notes.rs"));

/// The talking points for a step, by its slug.
pub fn present_notes(slug: &str) -> Option<&'static FaqEntry> {
    PRESENT_NOTES.iter().find(|entry| entry.slug == slug)
}

/// The About page body (trusted HTML from `content/about.md`).
pub static ABOUT_HTML: &str = include_str!(concat!(env!("OUT_DIR"), "/about.html"));

/// The Take action page's campaign text (trusted HTML from `content/action.md`).
pub static ACTION_HTML: &str = include_str!(concat!(env!("OUT_DIR"), "/action.html"));

/// One translation of the content (`content/<code>/`), rendered like the English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Translation {
    /// The language's code, as in `?lang=` and `<html lang>`: `es`, `pt-BR`.
    pub code: &'static str,
    /// What screen readers hear before a citation's number ("reference 3").
    pub citation_label: &'static str,
    pub faq: &'static [FaqEntry],
    pub present_notes: &'static [FaqEntry],
    pub about_html: &'static str,
    pub action_html: &'static str,
    /// (reference id, its note in this language); titles stay in their own language.
    pub reference_notes: &'static [(&'static str, &'static str)],
}

/// The codes of the languages `content/` is translated into (`es`, `pt-BR`): a short list
/// for the page, which must not link [`TRANSLATIONS`] (the translated text is fetched).
pub static TRANSLATED_LANGUAGES: &[&str] =
    include!(concat!(env!("OUT_DIR"), "/translated_languages.rs"));

/// Every translation, in the order `build.rs` lists them. Linked only by what uses it (the
/// presenter's module, the tests); the page fetches its translated text.
pub static TRANSLATIONS: &[Translation] = include!(concat!(env!("OUT_DIR"), "/translations.rs"));

/// The translation for a language code, or `None` for English or a language not translated.
pub fn translation(code: &str) -> Option<&'static Translation> {
    TRANSLATIONS
        .iter()
        .find(|translation| translation.code == code)
}

/// The talking points for a step in a language, English where it has none.
pub fn present_notes_in(slug: &str, code: &str) -> Option<&'static FaqEntry> {
    translation(code)
        .and_then(|translation| {
            translation
                .present_notes
                .iter()
                .find(|entry| entry.slug == slug)
        })
        .or_else(|| present_notes(slug))
}

/// A reference's note in a language, English where it has none. A secondary source's note
/// keeps its `secondary:` marker in every language, so [`Reference::is_secondary`] holds.
pub fn reference_note_in(reference: &Reference, code: &str) -> Option<&'static str> {
    translation(code)
        .and_then(|translation| {
            translation
                .reference_notes
                .iter()
                .find(|(id, _)| *id == reference.id)
                .map(|(_, note)| *note)
        })
        .or(reference.note)
}

/// Every citation in `content/`: (file, cited id). Checked by the tests below.
pub static CONTENT_CITATIONS: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/content_citations.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    mod references {
        use super::*;

        #[test]
        fn the_list_the_view_fetches_holds_every_entry_in_order_with_the_app_s_words() {
            let page = include_str!(concat!(env!("OUT_DIR"), "/lazy/references.html"));
            let words = ReferenceWords {
                secondary: crate::text::reference_secondary(),
                no_link: crate::text::reference_no_link(),
                no_date: crate::text::reference_no_date(),
                described: crate::text::reference_described(),
                date: &crate::text::date,
                checked: &|day| crate::text::reference_checked(crate::text::date(day)),
            };
            let mut rest = page
                .strip_prefix("<ol class=\"reference-list\">\n")
                .expect("one numbered list");
            for (index, entry) in REFERENCES.iter().enumerate() {
                let item = ReferenceItem {
                    id: entry.id,
                    title: entry.title,
                    described: entry.described,
                    publisher: entry.publisher,
                    date: entry.date,
                    checked: entry.checked,
                    url: entry.url,
                    note: entry.note,
                };
                let html = reference_item_html(index + 1, &item, &words);
                assert!(
                    rest.starts_with(&html),
                    "{} is missing or out of order",
                    entry.id
                );
                rest = &rest[html.len()..];
            }
            assert_eq!(rest, "</ol>\n", "nothing but the list");
        }

        #[test]
        fn a_citation_has_its_entry_s_number_and_title() {
            for (index, entry) in REFERENCES.iter().enumerate() {
                // What `cite!` reads when the code compiles (where an unknown id stops it).
                assert_eq!(cited(entry.id), (index + 1, entry.title));
                assert_eq!(reference(entry.id), Some((index + 1, entry)));
            }
            assert_eq!(reference("no-such-source"), None);
        }

        #[test]
        fn a_translated_list_uses_its_language_s_words() {
            let spanish =
                std::fs::read_to_string(concat!(env!("OUT_DIR"), "/lazy/es/references.html"))
                    .expect("build.rs writes the Spanish list");
            assert!(spanish.contains("sin enlace público"));
            assert!(spanish.contains("Fuente secundaria:"));
            assert!(!spanish.contains("no public link"));
        }

        #[test]
        fn a_translated_list_writes_dates_the_language_s_way() {
            let wyden = reference("wyden-ftc-2025").expect("listed").1;
            assert_eq!(wyden.date, Some("2025-11-03"));
            for (code, written) in [("es", "3 nov 2025"), ("pt-BR", "3 de nov. de 2025")] {
                let path = format!("{}/lazy/{code}/references.html", env!("OUT_DIR"));
                let list = std::fs::read_to_string(&path).expect("build.rs writes the list");
                assert!(
                    list.contains(&format!(" \u{b7} {written}")),
                    "{code}: {written}"
                );
                assert!(!list.contains("3 Nov 2025"), "{code}: an English date");
            }
        }

        #[test]
        fn every_citation_in_content_names_a_reference() {
            let unknown: Vec<_> = CONTENT_CITATIONS
                .iter()
                .filter(|(_, id)| reference(id).is_none())
                .collect();
            assert!(unknown.is_empty(), "unknown reference ids: {unknown:?}");
        }

        #[test]
        fn rendered_content_has_no_unknown_citation_marker() {
            let pages = FAQ
                .iter()
                .map(|entry| entry.answer_html)
                .chain([ABOUT_HTML, ACTION_HTML]);
            for html in pages {
                assert!(!html.contains("data-unknown-reference"), "{html}");
            }
        }

        #[test]
        fn every_reference_is_cited_somewhere() {
            let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
            let in_code = cite_components_under(std::path::Path::new(root));
            let never: Vec<_> = REFERENCES
                .iter()
                .map(|entry| entry.id)
                .filter(|id| {
                    !CONTENT_CITATIONS.iter().any(|(_, cited)| cited == id)
                        && !in_code.iter().any(|(_, cited)| cited == id)
                })
                .collect();
            assert!(never.is_empty(), "references never cited: {never:?}");
        }

        #[test]
        fn an_entry_without_a_link_or_a_date_is_on_the_short_list() {
            let lacking = |entry: &Reference| {
                entry.url.is_none() || (entry.date.is_none() && entry.checked.is_none())
            };
            let off_the_list: Vec<_> = REFERENCES
                .iter()
                .filter(|entry| lacking(entry))
                .filter(|entry| !WITHOUT_LINK_OR_DATE.iter().any(|(id, _)| *id == entry.id))
                .map(|entry| entry.id)
                .collect();
            assert!(
                off_the_list.is_empty(),
                "give these a link and a date (or a checked date), or add them to \
                 WITHOUT_LINK_OR_DATE with a reason: {off_the_list:?}"
            );
            for (id, why) in WITHOUT_LINK_OR_DATE {
                let (_, entry) = reference(id).unwrap_or_else(|| panic!("{id} is listed"));
                assert!(
                    lacking(entry),
                    "{id} has a link and a date now: take it off the list"
                );
                assert!(why.len() > 20, "{id}: say why");
                assert!(
                    entry.note.is_some_and(|note| note.trim().len() > 20),
                    "{id}: the list itself says why, in its note"
                );
            }
        }

        #[test]
        fn a_page_without_a_date_says_when_it_was_checked() {
            let (_, statute) = reference("nh-rsa-261-75-b").expect("listed");
            assert_eq!(statute.date, None);
            let checked = statute.checked.expect("a checked date");
            let english = include_str!(concat!(env!("OUT_DIR"), "/lazy/references.html"));
            let written = format!(" \u{b7} checked {}", crate::text::date(checked));
            assert!(english.contains(&written), "{written}");
            for (code, word) in [("es", "consultado el"), ("pt-BR", "consultado em")] {
                let path = format!("{}/lazy/{code}/references.html", env!("OUT_DIR"));
                let list = std::fs::read_to_string(&path).expect("build.rs writes the list");
                assert!(list.contains(&format!(" \u{b7} {word} ")), "{code}: {word}");
                assert!(
                    !list.contains(" \u{b7} checked "),
                    "{code}: an English word"
                );
            }
            assert!(
                REFERENCES
                    .iter()
                    .all(|entry| entry.date.is_none() || entry.checked.is_none()),
                "a checked date only where the source gives none"
            );
        }

        #[test]
        fn a_translated_list_shows_the_translated_notes() {
            let spanish =
                std::fs::read_to_string(concat!(env!("OUT_DIR"), "/lazy/es/references.html"))
                    .expect("build.rs writes the Spanish list");
            let (_, entry) = reference("ma-public-records").expect("listed");
            let english_note = entry.note.expect("a note");
            let spanish_note = reference_note_in(entry, "es").expect("a Spanish note");
            assert_ne!(spanish_note, english_note);
            assert!(
                spanish.contains(&escape_html(spanish_note)),
                "{spanish_note}"
            );
            assert!(
                !spanish.contains(&escape_html(english_note)),
                "{english_note}"
            );
        }

        #[test]
        fn no_note_claims_a_file_is_shipped() {
            for entry in REFERENCES {
                let note = entry.note.unwrap_or_default().to_lowercase();
                assert!(
                    !note.contains("shipped with the project")
                        && !note.contains("data/alpr/massachusetts-alpr.kml"),
                    "{}: {note}",
                    entry.id
                );
            }
        }

        #[test]
        fn numbers_follow_the_list_order() {
            let (number, entry) = reference(REFERENCES[2].id).expect("the third entry");
            assert_eq!(number, 3);
            assert_eq!(entry, &REFERENCES[2]);
            assert_eq!(reference("no-such-reference"), None);
        }

        #[test]
        fn content_citations_link_to_their_entry() {
            let (number, entry) = reference("wyden-ftc-2025").expect("the senators' letter");
            let link = citation_html(entry.id, number, entry.title, "reference");
            assert!(
                link.contains("href=\"#/references/wyden-ftc-2025\""),
                "{link}"
            );
            assert!(link.contains(&format!("{number}]")), "{link}");
            let in_faq = FAQ.iter().any(|faq| faq.answer_html.contains(&link));
            assert!(
                in_faq,
                "the FAQ cites the letter with the same markup <Cite> renders"
            );
        }

        #[test]
        fn secondary_sources_are_marked() {
            let (_, entry) = reference("wyden-ftc-2025").expect("listed");
            assert!(entry.is_secondary());
            let (_, entry) = reference("flock-evidence-policy").expect("listed");
            assert!(!entry.is_secondary());
        }

        #[test]
        fn dates_read_as_people_write_them() {
            // As the English references list and the "last checked" line write them.
            let label = |date: Option<&str>| date.map(crate::text::date);
            assert_eq!(label(Some("2025-11-03")).as_deref(), Some("3 Nov 2025"));
            assert_eq!(label(Some("2025-05")).as_deref(), Some("May 2025"));
            assert_eq!(label(Some("2026")).as_deref(), Some("2026"));
            assert_eq!(label(Some("2026-13")).as_deref(), Some("2026"));
            assert!(
                REFERENCES
                    .iter()
                    .all(|entry| label(entry.date) != Some(String::new()))
            );
        }

        #[test]
        fn the_last_checked_line_claims_no_later_day_than_the_oldest_checked_page() {
            // "Last checked against the sources: <day>" stands for every undated page; a page
            // not re-opened since an earlier day keeps the line at that day.
            let oldest = REFERENCES
                .iter()
                .filter_map(|entry| entry.checked)
                .min()
                .expect("some pages carry a checked date");
            assert!(
                crate::text::LAST_CHECKED_DATE <= oldest,
                "the line says {} but a page was last checked on {oldest}",
                crate::text::LAST_CHECKED_DATE
            );
        }

        #[test]
        fn links_to_other_sites_do_not_pass_on_the_page() {
            for html in [ABOUT_HTML, ACTION_HTML] {
                for link in html.split("<a ").skip(1) {
                    if link.contains("href=\"http") {
                        assert!(link.starts_with("rel=\"noopener noreferrer\""), "{link}");
                    }
                }
            }
        }

        /// One document, one entry: [1] and [2] were the same press release (one address,
        /// its title capitalised two ways).
        #[test]
        fn no_two_entries_share_an_address() {
            let mut seen = std::collections::BTreeMap::new();
            for entry in REFERENCES {
                if let Some(url) = entry.url {
                    let first = seen.insert(url, entry.id);
                    assert_eq!(first, None, "{} and {} are one document", entry.id, url);
                }
            }
        }

        /// Each language's list, as the References view fetches it.
        fn list_in(code: &str) -> String {
            let path = if code == "en" {
                format!("{}/lazy/references.html", env!("OUT_DIR"))
            } else {
                format!("{}/lazy/{code}/references.html", env!("OUT_DIR"))
            };
            std::fs::read_to_string(&path).expect("build.rs writes the list")
        }

        /// A title that is our description carries the list's language's marker
        /// ("(described)" stayed English in Spanish and Portuguese), never in the title.
        #[test]
        fn a_described_title_is_marked_in_the_list_s_language() {
            let described = REFERENCES.iter().filter(|entry| entry.described).count();
            assert!(described > 0);
            for (code, marker) in [
                ("en", "(described)"),
                ("es", "(descripción)"),
                ("pt-BR", "(descrição)"),
            ] {
                let list = list_in(code);
                let span = format!("<span class=\"reference-described\">{marker}</span>");
                assert_eq!(list.matches(&span).count(), described, "{code}");
                if code != "en" {
                    assert!(!list.contains("(described)"), "{code}");
                }
            }
            assert!(
                REFERENCES
                    .iter()
                    .all(|entry| !entry.title.contains("(described"))
            );
        }

        /// A secondary source's note starts a sentence after the marker's ("...no del
        /// documento mismo. el comunicado..." began lowercase).
        #[test]
        fn a_secondary_note_begins_a_sentence_of_its_own() {
            for code in ["en", "es", "pt-BR"] {
                let list = list_in(code);
                let notes: Vec<&str> = list
                    .split("<p class=\"reference-note secondary\">")
                    .skip(1)
                    .collect();
                assert!(!notes.is_empty(), "{code}");
                for note in notes {
                    let note = note.split("</p>").next().unwrap_or_default();
                    let (_, why) = note.split_once(". ").expect("the marker is a sentence");
                    assert!(why.starts_with(char::is_uppercase), "{code}: {note}");
                }
            }
        }

        /// The app's own citation links (`<Cite>`) tell screen readers the word of the
        /// language shown, as the content's do: it said "reference" in Spanish.
        #[test]
        fn an_in_app_citation_speaks_the_language_shown() {
            use crate::text::catalog;
            let (number, title) = cited("wyden-ftc-2025");
            let english = citation_html(
                "wyden-ftc-2025",
                number,
                title,
                crate::text::citation_label(),
            );
            assert!(english.contains(">reference </span>"), "{english}");
            for (code, _) in catalog::TRANSLATION_FILES {
                let (label, link) = catalog::in_language(code, || {
                    let label = crate::text::citation_label();
                    (label, citation_html("wyden-ftc-2025", number, title, label))
                });
                let translation = translation(code).expect("translated");
                // One word per language, for the content and for the app.
                assert_eq!(label, translation.citation_label, "{code}");
                assert!(
                    link.contains(&format!(">{label} </span>")) && label != "reference",
                    "{code}: {link}"
                );
            }
        }

        /// (file, id) of every `cite!` link under `dir`, this file aside.
        fn cite_components_under(dir: &std::path::Path) -> Vec<(String, String)> {
            const OPEN: &str = "cite!(\"";
            let mut found = Vec::new();
            for entry in std::fs::read_dir(dir).expect("src/ is readable") {
                let path = entry.expect("src/ is readable").path();
                if path.is_dir() {
                    found.extend(cite_components_under(&path));
                } else if path.extension().is_some_and(|ext| ext == "rs")
                    && !path.ends_with("src/content.rs")
                {
                    let source = std::fs::read_to_string(&path).expect("readable source");
                    let mut rest = source.as_str();
                    while let Some(start) = rest.find(OPEN) {
                        rest = &rest[start + OPEN.len()..];
                        let id = rest.split('"').next().unwrap_or_default();
                        // `cite!("...")` in documentation is a placeholder.
                        if id != "..." {
                            found.push((path.display().to_string(), id.to_owned()));
                        }
                    }
                }
            }
            found
        }
    }

    mod present_notes {
        use super::*;
        use crate::scenario::presentation::Step;

        #[test]
        fn every_step_has_cited_talking_points() {
            for step in Step::ALL {
                let notes = present_notes(step.slug())
                    .unwrap_or_else(|| panic!("content/present/ has no notes for {step:?}"));
                assert!(
                    notes.answer_html.contains("<li>"),
                    "{step:?}: talking points as a list"
                );
            }
            assert_eq!(
                PRESENT_NOTES.len(),
                Step::ALL.len(),
                "no notes for a step that is not in the story"
            );
        }
    }

    mod translations {
        use super::*;
        use crate::scenario::presentation::Step;

        /// Every rendered page of a translation: the FAQ answers, the presenter notes, About
        /// and Take action.
        fn pages(translation: &Translation) -> impl Iterator<Item = &'static str> + '_ {
            translation
                .faq
                .iter()
                .chain(translation.present_notes)
                .map(|entry| entry.answer_html)
                .chain([translation.about_html, translation.action_html])
        }

        /// The `#/references/<id>` links of a page, in order.
        fn cited(html: &str) -> Vec<&str> {
            html.split("href=\"#/references/")
                .skip(1)
                .map(|rest| rest.split('"').next().unwrap_or_default())
                .collect()
        }

        /// A number and its percent sign stay on one line in Spanish ("en el 69 / % de
        /// ellos"): the space between them is a no-break space, as `locales/languages.json`
        /// says; the Markdown is written with a plain one.
        #[test]
        fn a_number_keeps_its_percent_sign_on_its_line() {
            let spanish = translation("es").expect("Spanish");
            let list =
                std::fs::read_to_string(concat!(env!("OUT_DIR"), "/lazy/es/references.html"))
                    .expect("the Spanish list");
            let lesson = std::fs::read_to_string(concat!(env!("OUT_DIR"), "/teach/es/lesson.html"))
                .expect("the Spanish lesson");
            let mut with_percent = 0;
            let rendered: Vec<&str> = pages(spanish).collect();
            for html in rendered.into_iter().chain([list.as_str(), lesson.as_str()]) {
                let chars: Vec<char> = html.chars().collect();
                for (i, window) in chars.windows(3).enumerate() {
                    if window[0].is_ascii_digit() && window[2] == '%' {
                        assert_eq!(
                            window[1],
                            '\u{a0}',
                            "{}",
                            chars[i.saturating_sub(40)..(i + 3)]
                                .iter()
                                .collect::<String>()
                        );
                        with_percent += 1;
                    }
                }
            }
            assert!(with_percent > 5, "{with_percent}");
        }

        /// The Take action page's last section is how to reach the campaign (mass50501), and
        /// its heading says so: "Get in touch" made Plate Trail look like the campaign.
        #[test]
        fn the_contact_heading_names_the_campaign() {
            assert!(ACTION_HTML.contains(">Contact the campaign</h3>"));
            for (code, heading) in [
                ("es", ">Contacta con la campaña</h3>"),
                ("pt-BR", ">Fale com a campanha</h3>"),
            ] {
                let page = translation(code).expect("translated").action_html;
                assert!(page.contains(heading), "{code}");
            }
        }

        #[test]
        fn the_faq_has_the_english_questions_in_order_citing_the_same_sources() {
            for translation in TRANSLATIONS {
                let slugs: Vec<_> = translation.faq.iter().map(|entry| entry.slug).collect();
                let english: Vec<_> = FAQ.iter().map(|entry| entry.slug).collect();
                assert_eq!(slugs, english, "{}", translation.code);
                for (entry, original) in translation.faq.iter().zip(FAQ) {
                    assert_ne!(
                        entry.question, original.question,
                        "{}: {}",
                        translation.code, entry.slug
                    );
                    assert_eq!(
                        cited(entry.answer_html),
                        cited(original.answer_html),
                        "{}: {}",
                        translation.code,
                        entry.slug
                    );
                }
            }
        }

        #[test]
        fn the_about_and_action_pages_cite_what_the_english_cites() {
            for translation in TRANSLATIONS {
                assert_eq!(cited(translation.about_html), cited(ABOUT_HTML));
                assert_eq!(cited(translation.action_html), cited(ACTION_HTML));
                assert_ne!(translation.about_html, ABOUT_HTML);
            }
        }

        /// The table of how good the analyst is: the same rows as the English page, under a
        /// heading in the page's language, with its numbers written the language's way.
        #[test]
        fn the_about_page_s_analyst_table_is_in_the_page_s_language() {
            let rows = |html: &'static str| html.matches("<tr>").count();
            assert!(rows(ABOUT_HTML) >= 4, "the English About shows the table");
            assert!(ABOUT_HTML.contains("home within 500 m"));
            for translation in TRANSLATIONS {
                let about = translation.about_html;
                assert_eq!(rows(about), rows(ABOUT_HTML), "{}", translation.code);
                assert!(
                    !about.contains("within 500 m") && !about.contains("precision"),
                    "{}: the table's heading is left in English",
                    translation.code
                );
                assert!(
                    about.contains("0,") && !about.contains("0.") || !ABOUT_HTML.contains("0."),
                    "{}: the table's decimals keep an English point",
                    translation.code
                );
            }
        }

        /// What goes before a percent sign in the table comes from each language's row of
        /// `locales/languages.json` (`"percent": "#\u{a0}%"` in Spanish), not from code that
        /// names the language.
        #[test]
        fn the_analyst_table_s_percent_signs_follow_languages_json() {
            let file = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/languages.json");
            let languages: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(file).expect("readable"))
                    .expect("valid JSON");
            let percent = |code: &str| -> String {
                languages["languages"]
                    .as_array()
                    .expect("a list of languages")
                    .iter()
                    .find(|row| row["code"] == code)
                    .and_then(|row| row["percent"].as_str())
                    .unwrap_or_else(|| panic!("{code} has a percent pattern"))
                    .to_owned()
            };
            // The English table's first percentage, whatever the analyst scores this build.
            let number = ABOUT_HTML
                .match_indices('%')
                .find_map(|(at, _)| {
                    let digits = ABOUT_HTML[..at]
                        .chars()
                        .rev()
                        .take_while(char::is_ascii_digit)
                        .count();
                    (digits > 0).then(|| &ABOUT_HTML[at - digits..at])
                })
                .expect("the English table has percentages");
            assert_eq!(percent("es"), "#\u{a0}%");
            for translation in TRANSLATIONS {
                let pattern = percent(translation.code);
                let before = pattern.trim_start_matches('#').trim_end_matches('%');
                let about = translation.about_html;
                assert!(
                    about.contains(&format!("{number}{before}%")),
                    "{}: {number}{before:?}%",
                    translation.code
                );
                if before.is_empty() {
                    assert!(!about.contains("0\u{a0}%"), "{}", translation.code);
                } else {
                    assert!(
                        !about.contains(&format!("{number}%")),
                        "{}",
                        translation.code
                    );
                }
            }
        }

        #[test]
        fn every_step_has_talking_points_in_every_language() {
            for translation in TRANSLATIONS {
                assert_eq!(translation.present_notes.len(), Step::ALL.len());
                for step in Step::ALL {
                    let notes = present_notes_in(step.slug(), translation.code)
                        .unwrap_or_else(|| panic!("{}: no notes for {step:?}", translation.code));
                    let english = present_notes(step.slug()).expect("English notes");
                    assert_ne!(
                        notes, english,
                        "{}: {step:?} is in English",
                        translation.code
                    );
                    assert!(notes.answer_html.contains("<li>"));
                    assert_eq!(cited(notes.answer_html), cited(english.answer_html));
                }
            }
            let english = present_notes("town").expect("the first step");
            assert_eq!(present_notes_in("town", "en"), Some(english));
            assert_eq!(present_notes_in("town", "fr"), Some(english));
        }

        #[test]
        fn screen_readers_hear_the_citation_in_the_language() {
            for translation in TRANSLATIONS {
                let hidden = format!(
                    "<span class=\"visually-hidden\">{} </span>",
                    translation.citation_label
                );
                for html in pages(translation) {
                    assert!(!html.contains("data-unknown-reference"), "{html}");
                    assert!(!html.contains(">reference </span>"), "{html}");
                    assert_eq!(html.matches(&hidden).count(), cited(html).len(), "{html}");
                }
            }
        }

        #[test]
        fn every_note_is_translated_and_secondary_sources_stay_marked() {
            for translation in TRANSLATIONS {
                for entry in REFERENCES {
                    let note = reference_note_in(entry, translation.code);
                    assert_eq!(note.is_some(), entry.note.is_some(), "{}", entry.id);
                    if let Some(note) = note {
                        assert_ne!(
                            Some(note),
                            entry.note,
                            "{}: {} is in English",
                            translation.code,
                            entry.id
                        );
                        assert_eq!(
                            note.starts_with("secondary:"),
                            entry.is_secondary(),
                            "{}: {}",
                            translation.code,
                            entry.id
                        );
                    }
                }
            }
            let entry = reference("flock-evidence-policy").expect("listed").1;
            assert_eq!(reference_note_in(entry, "en"), entry.note);
        }

        #[test]
        fn national_reach_is_the_same_range_in_every_language() {
            for translation in TRANSLATIONS {
                for html in pages(translation) {
                    for stale in ["2690", "2.690", "2,690", "3750", "3.750", "3,750"] {
                        assert!(!html.contains(stale), "{}: {stale}", translation.code);
                    }
                    if html.contains("6809") || html.contains("6.809") {
                        assert!(html.contains("1076") || html.contains("1.076"), "{html}");
                    }
                }
            }
        }

        #[test]
        fn the_lesson_pages_are_written_per_language_and_link_up_to_the_app() {
            for translation in TRANSLATIONS {
                for name in ["lesson", "glossary", "worksheet", "fact-sheet"] {
                    let path =
                        format!("{}/teach/{}/{name}.html", env!("OUT_DIR"), translation.code);
                    let page =
                        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
                    assert!(page.contains(&format!("<html lang=\"{}\">", translation.code)));
                    assert!(
                        page.contains(&format!(
                            "href=\"../../?lang={}#/references/",
                            translation.code
                        )),
                        "{path}: citations open the app in the page's language"
                    );
                    assert!(
                        !page.contains("href=\"#/") && !page.contains("href=\"../#/"),
                        "{path}"
                    );
                    assert!(
                        !page.contains("href=\"../?"),
                        "{path}: links to the app go two folders up"
                    );
                    assert!(page.contains("<ul class=\"sources\">"), "{path}");
                }
            }
        }
    }

    mod faq {
        use super::*;

        #[test]
        fn the_page_the_app_fetches_holds_every_answer_in_order() {
            let page = include_str!(concat!(env!("OUT_DIR"), "/lazy/faq.html"));
            let mut rest = page;
            for entry in FAQ {
                let item = faq_item_html(entry.slug, entry.question, entry.answer_html);
                let at = rest
                    .find(&item)
                    .unwrap_or_else(|| panic!("{} is missing or out of order", entry.slug));
                rest = &rest[at + item.len()..];
            }
            assert!(rest.trim().is_empty(), "nothing but the FAQ: {rest}");
        }

        /// The FAQ, About and Take action pages as rendered.
        fn pages() -> impl Iterator<Item = &'static str> {
            FAQ.iter()
                .chain(PRESENT_NOTES)
                .map(|entry| entry.answer_html)
                .chain([ABOUT_HTML, ACTION_HTML])
        }

        #[test]
        fn national_reach_is_one_range_everywhere() {
            use crate::analyst::sharing::NATIONAL_REACH_NETWORKS;
            let (fewest, most) = (
                crate::text::thousands(NATIONAL_REACH_NETWORKS.0 as usize),
                crate::text::thousands(NATIONAL_REACH_NETWORKS.1 as usize),
            );
            for html in pages() {
                assert!(!html.contains("2,690") && !html.contains("3,750"), "{html}");
                if html.contains(&most) {
                    assert!(html.contains(&fewest), "the range, not one end: {html}");
                }
            }
            let reach = crate::text::national_reach();
            assert!(reach.contains(&fewest) && reach.contains(&most), "{reach}");
        }

        #[test]
        fn the_johnson_county_search_is_not_told_as_a_welfare_check() {
            let answer = FAQ
                .iter()
                .find(|entry| entry.slug == "my-town-opted-out")
                .expect("FAQ 05");
            assert!(answer.answer_html.contains("aimed at her abortion"));
            assert!(!answer.answer_html.contains("began as a death"));
        }

        #[test]
        fn answers_every_question_the_issue_asks() {
            let slugs: Vec<_> = FAQ.iter().map(|entry| entry.slug).collect();
            assert_eq!(
                slugs,
                [
                    "what-is-flock",
                    "toll-and-parking-readers",
                    "what-they-record-and-how-they-search",
                    "sharing-and-opting-out",
                    "my-town-opted-out",
                    "tourist-webcams",
                    "cctv-and-home-cameras",
                    "hacking-and-breaches",
                    "what-police-say-they-achieve",
                    "does-my-town-have-a-contract",
                    "a-warrant-article",
                ]
            );
        }

        #[test]
        fn every_answer_cites_a_reference() {
            for entry in FAQ {
                assert!(!entry.question.is_empty());
                assert!(
                    entry.answer_html.contains("href=\"#/references/"),
                    "{} cites nothing",
                    entry.slug
                );
            }
        }
    }
}
