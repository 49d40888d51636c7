//! The translations of `content/` (`content/<code>/`) against the English they translate: the
//! same pages, citing the same references as often, with the same headings, lists and
//! glossary entries, and none of them left in English. A translator who drops a citation,
//! merges two paragraphs' list items or forgets a page sees which file to fix.
//!
//! Reads the Markdown sources as text; what `build.rs` renders from them is checked in
//! `src/content.rs`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use plate_trail::content::TRANSLATIONS;

/// The English folders and pages that every translation mirrors.
const MIRRORED: [&str; 5] = ["about.md", "action.md", "faq", "present", "teach"];

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// The translatable pages under `dir` (Markdown), as paths relative to it, sorted. The lesson
/// pages' one template is English's, filled per language from `locales/<code>/teach.ftl`.
fn pages_under(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("a content entry").path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|ext| ext == "md") {
                let relative = path.strip_prefix(root).expect("under the root");
                out.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut pages = Vec::new();
    for name in MIRRORED {
        let path = dir.join(name);
        if path.is_dir() {
            walk(&path, dir, &mut pages);
        } else if path.exists() {
            pages.push(name.to_owned());
        }
    }
    pages.sort();
    pages
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// How many times each reference is cited (`{{cite:id}}`).
fn citations(text: &str) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for piece in text.split("{{cite:").skip(1) {
        let id = piece
            .split("}}")
            .next()
            .unwrap_or_default()
            .trim()
            .to_owned();
        *counts.entry(id).or_insert(0) += 1;
    }
    counts
}

/// The page's shape: headings by level, bulleted and numbered items, glossary definitions,
/// quotations, links and the `{{sources}}` marker, counted.
fn shape(text: &str) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    let mut add = |what| *counts.entry(what).or_insert(0) += 1;
    let mut quoting = false;
    for line in text.lines() {
        if line.starts_with('>') && !quoting {
            add("quotation");
        }
        quoting = line.starts_with('>');
        let trimmed = line.trim_start();
        if let Some(rest) = line.strip_prefix('#') {
            add(match rest.chars().take_while(|&c| c == '#').count() {
                0 => "heading 1",
                1 => "heading 2",
                _ => "heading 3+",
            });
        } else if trimmed.starts_with("- ") {
            add("bullet");
        } else if trimmed
            .split_once(". ")
            .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        {
            add("numbered item");
        } else if line.starts_with(": ") {
            add("definition");
        }
        if line.trim() == "{{sources}}" {
            add("sources marker");
        }
        for _ in line.matches("](") {
            add("link");
        }
    }
    counts
}

/// The lines of prose worth translating: longer than a label, not only citations, a link or
/// HTML markup.
fn prose_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|line| {
        let without_citations: String = line
            .split("{{cite:")
            .map(|piece| piece.split_once("}}").map_or(piece, |(_, rest)| rest))
            .collect();
        let without_tags: String = without_citations
            .split('<')
            .map(|piece| piece.split_once('>').map_or(piece, |(_, rest)| rest))
            .collect();
        without_tags.split_whitespace().count() >= 4 && !line.starts_with('[')
    })
}

#[test]
fn the_translations_are_the_languages_under_content() {
    let mut folders: Vec<String> = fs::read_dir(content())
        .expect("content/ is readable")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.is_dir())
        .filter_map(|path| Some(path.file_name()?.to_str()?.to_owned()))
        .filter(|name| !MIRRORED.contains(&name.as_str()))
        // Tools' output (the analyst's table), which every language's page includes.
        .filter(|name| name != "generated")
        .collect();
    folders.sort();
    let mut codes: Vec<String> = TRANSLATIONS.iter().map(|t| t.code.to_owned()).collect();
    codes.sort();
    assert_eq!(
        folders, codes,
        "each folder content/<code>/ is a language build.rs lists in TRANSLATIONS"
    );
    assert_eq!(codes, ["es", "pt-BR"]);
}

#[test]
fn every_language_has_exactly_the_english_pages() {
    let english = pages_under(&content());
    assert!(
        english.len() >= 25,
        "the English pages are found: {english:?}"
    );
    for translation in TRANSLATIONS {
        let pages = pages_under(&content().join(translation.code));
        assert_eq!(
            pages, english,
            "content/{}/ mirrors content/ page for page",
            translation.code
        );
        assert!(
            content()
                .join(translation.code)
                .join("references.json")
                .is_file(),
            "content/{}/references.json holds the notes",
            translation.code
        );
    }
}

#[test]
fn every_page_cites_the_same_references_as_often_as_its_english() {
    for translation in TRANSLATIONS {
        for page in pages_under(&content()) {
            let english = read(&content().join(&page));
            let translated = read(&content().join(translation.code).join(&page));
            assert_eq!(
                citations(&translated),
                citations(&english),
                "content/{}/{page}: the citations differ from content/{page}",
                translation.code
            );
        }
    }
}

#[test]
fn every_page_has_the_english_headings_lists_and_entries() {
    for translation in TRANSLATIONS {
        for page in pages_under(&content())
            .iter()
            .filter(|p| p.ends_with(".md"))
        {
            let english = read(&content().join(page));
            let translated = read(&content().join(translation.code).join(page));
            assert_eq!(
                shape(&translated),
                shape(&english),
                "content/{}/{page}: headings, list items, definitions or links differ from content/{page}",
                translation.code
            );
        }
    }
}

#[test]
fn the_faq_and_notes_keep_their_order_and_questions() {
    for translation in TRANSLATIONS {
        for folder in ["faq", "present"] {
            for page in pages_under(&content())
                .iter()
                .filter(|p| p.starts_with(folder))
            {
                let translated = read(&content().join(translation.code).join(page));
                let first = translated.lines().next().unwrap_or_default();
                assert!(
                    first.starts_with("# ") && first.len() > 4,
                    "content/{}/{page}: the first line is '# The question'",
                    translation.code
                );
            }
        }
    }
}

#[test]
fn no_page_is_left_in_english() {
    for translation in TRANSLATIONS {
        for page in pages_under(&content()) {
            let english = read(&content().join(&page));
            let translated = read(&content().join(translation.code).join(&page));
            let file = format!("content/{}/{page}", translation.code);
            assert_ne!(translated, english, "{file} is the English page");
            let english_lines: Vec<&str> = prose_lines(&english).collect();
            let untranslated: Vec<&str> = prose_lines(&translated)
                .filter(|line| english_lines.contains(line))
                .collect();
            assert!(
                untranslated.is_empty(),
                "{file} has English lines left: {untranslated:?}"
            );
            let words = translated.split_whitespace().count().max(1);
            let english_words = translated
                .split_whitespace()
                .filter(|word| ["the", "and", "of", "with"].contains(&word.to_lowercase().as_str()))
                .count();
            assert!(
                english_words * 100 / words < 2,
                "{file}: {english_words} of {words} words are 'the', 'and', 'of' or 'with'"
            );
        }
    }
}

#[test]
fn the_lesson_pages_one_template_takes_its_language_and_folder_from_the_build() {
    let template = read(&content().join("teach/page.html"));
    assert!(template.contains("<html lang=\"{{lang}}\">"));
    // A translation's pages sit a folder further down: every relative address is a slot.
    for written in [
        "href=\"../",
        "src=\"../",
        "href=\"teach.css",
        "src=\"teach.js",
    ] {
        assert!(
            !template.contains(written),
            "content/teach/page.html writes {written}"
        );
    }
    for translation in TRANSLATIONS {
        assert!(
            !content()
                .join(translation.code)
                .join("teach/page.html")
                .exists(),
            "content/{}/teach/page.html: the words belong in locales/{}/teach.ftl",
            translation.code,
            translation.code
        );
    }
}
