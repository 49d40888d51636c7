//! The Teach view: where a teacher finds the 45-minute lesson plan, the glossary, the
//! student worksheet and the one-page fact sheet.
//!
//! Those four are whole pages of their own, `teach/<name>.html` (`teach/<code>/<name>.html`
//! in a translation), rendered at build time from `content/teach/*.md` (`build.rs`) and
//! copied into `dist/teach/` by a Trunk hook (`scripts/lesson_pages.sh`), with their own
//! style sheet, print layout and Print button.
//! None of their text or code is compiled into the app, so the first visit's download does
//! not grow with them: this view only links to them, and draws no state of its own. The
//! single offline file holds none of them: there it names them and says where to open them.

use yew::prelude::*;

use crate::text;

/// A message of the language showing.
type Message = fn() -> &'static str;

/// The teaching materials' pages: (file under `teach/`, label, what it is for).
pub const PAGES: [(&str, Message, Message); 4] = [
    ("lesson.html", text::teach_lesson, text::teach_lesson_about),
    (
        "glossary.html",
        text::teach_glossary,
        text::teach_glossary_about,
    ),
    (
        "worksheet.html",
        text::teach_worksheet,
        text::teach_worksheet_about,
    ),
    (
        "fact-sheet.html",
        text::teach_fact_sheet,
        text::teach_fact_sheet_about,
    ),
];

/// Where the page `file` is in a language, relative to the app: `teach/<file>` in English,
/// `teach/<code>/<file>` in a translation, and the English page for a language `content/`
/// has no translation for.
pub fn page_address(file: &str, language: &str) -> String {
    if crate::content::TRANSLATED_LANGUAGES.contains(&language) {
        format!("teach/{language}/{file}")
    } else {
        format!("teach/{file}")
    }
}

/// The Teach view, linking the pages in the language showing. In the single offline file
/// ([`crate::offline_copy`]) the pages are not beside it, so it names them without links and
/// says where to open them.
pub fn teach() -> Html {
    let offline = crate::offline_copy::is_offline_copy();
    let language = crate::language::current_code();
    let pages = PAGES.iter().map(|(file, label, about)| {
        let name = if offline {
            html! { <strong>{ label() }</strong> }
        } else {
            html! { <a href={page_address(file, language)}>{ label() }</a> }
        };
        html! { <li>{ name }{ ": " }{ about() }</li> }
    });
    html! {
        <section class="content-page teach" aria-labelledby="teach-title">
            <h2 id="teach-title">{ text::nav_teach() }</h2>
            <p class="lede">{ text::teach_intro() }</p>
            <ul>{ for pages }</ul>
            if offline {
                <p class="note" data-testid="teach-offline">
                    { text::teach_offline() }{ " " }
                    { text::offline_open_elsewhere(crate::offline_copy::served_address("#/teach")) }
                </p>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page as `build.rs` renders it (test builds only: the app links to the copy in dist/).
    fn rendered(file: &str) -> String {
        let path = format!("{}/teach/{file}", env!("OUT_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    mod pages {
        use super::*;

        #[test]
        fn every_page_is_whole_cites_and_lists_its_sources() {
            for (file, label, _) in PAGES {
                let html = rendered(file);
                assert!(html.starts_with("<!DOCTYPE html>"), "{file}");
                assert!(
                    html.contains(&format!(
                        "<a href=\"{file}\" aria-current=\"page\">{}</a>",
                        label()
                    )),
                    "{file}"
                );
                assert!(
                    html.contains("href=\"../#/references/"),
                    "{file} cites nothing"
                );
                assert!(
                    html.contains("<ul class=\"sources\">"),
                    "{file} lists no sources"
                );
                assert!(!html.contains("{{"), "{file} has an unexpanded placeholder");
                assert!(
                    !html.contains("href=\"#/"),
                    "{file} links to the app as if it were the app"
                );
            }
        }

        #[test]
        fn the_lesson_and_worksheet_link_the_runs_they_use() {
            for file in ["lesson.html", "worksheet.html"] {
                let html = rendered(file);
                for run in [
                    "../?v=1&amp;seed=7&amp;persona=hospital-nurse&amp;days=30&amp;cameras=20#/simulator",
                    "../?v=1&amp;seed=7&amp;persona=hospital-nurse&amp;days=30&amp;cameras=80#/simulator",
                    "../?v=1&amp;seed=7&amp;persona=hospital-nurse&amp;days=30&amp;cameras=80#/policy",
                    "../?v=1&amp;seed=7&amp;persona=hospital-nurse&amp;days=30&amp;cameras=80#/console",
                ] {
                    assert!(
                        html.contains(&format!("href=\"{run}\"")),
                        "{file} lacks {run}"
                    );
                }
            }
        }

        #[test]
        fn each_language_links_its_own_pages_and_they_open_the_app_in_it() {
            for language in ["en", "es", "pt-BR"] {
                for (file, _, _) in PAGES {
                    let address = page_address(file, language);
                    let html = rendered(address.trim_start_matches("teach/"));
                    assert!(
                        html.contains(&format!("<html lang=\"{language}\">")),
                        "{address}"
                    );
                    if language == "en" {
                        continue;
                    }
                    assert!(
                        html.contains(&format!("href=\"../../?lang={language}#/simulator\"")),
                        "{address}: Open the simulator"
                    );
                    for link in html.split("href=\"../../").skip(1) {
                        let link = link.split('"').next().unwrap_or_default();
                        assert!(
                            link.contains(&format!("lang={language}")),
                            "{address}: ../../{link}"
                        );
                    }
                }
            }
        }

        #[test]
        fn the_glossary_defines_the_words_the_issue_asks_for() {
            let html = rendered("glossary.html");
            for word in [
                "ALPR",
                "Hot list",
                "NCIC",
                "Retention",
                "Lookup",
                "National Lookup",
                "MOU",
                "Hit-only",
            ] {
                assert!(
                    html.contains(&format!("<dt><strong>{word}")),
                    "{word} is not defined"
                );
            }
        }

        /// The sources list's entries, `[n] Title. Publisher...`, as text.
        fn sources_of(html: &str) -> Vec<String> {
            let list = html
                .split("<ul class=\"sources\">")
                .nth(1)
                .and_then(|rest| rest.split("</ul>").next())
                .unwrap_or_default();
            // Each entry as read: the title's `<span lang="en">` left out.
            list.split("<li ")
                .skip(1)
                .map(|entry| {
                    entry
                        .replace("<span lang=\"en\">", "")
                        .replace("</span>", "")
                })
                .collect()
        }

        #[test]
        fn sources_are_listed_by_number_with_one_stop_after_a_title() {
            for language in ["", "es/", "pt-BR/"] {
                for (file, _, _) in PAGES {
                    let page = format!("{language}{file}");
                    let sources = sources_of(&rendered(&page));
                    assert!(!sources.is_empty(), "{page} lists no sources");
                    let numbers: Vec<usize> = sources
                        .iter()
                        .map(|entry| {
                            let number = entry.split('[').nth(1).and_then(|n| n.split(']').next());
                            number.and_then(|n| n.parse().ok()).unwrap_or_else(|| {
                                panic!("{page}: a source without its number: {entry}")
                            })
                        })
                        .collect();
                    let mut sorted = numbers.clone();
                    sorted.sort_unstable();
                    sorted.dedup();
                    assert_eq!(numbers, sorted, "{page}: sources by number, once each");
                    for entry in &sources {
                        for doubled in ["?.", "!.", "..", "\u{2026}."] {
                            assert!(!entry.contains(doubled), "{page}: {doubled:?} in {entry}");
                        }
                    }
                }
            }
            // The title that read "Does Flock share data with ICE?. Flock Safety." (a period
            // after its own question mark).
            let fact_sheet = sources_of(&rendered("fact-sheet.html")).join("");
            assert!(fact_sheet.contains("Does Flock share data with ICE? Flock Safety."));
        }

        #[test]
        fn source_titles_are_marked_english_on_every_edition() {
            for language in ["", "es/", "pt-BR/"] {
                let page = format!("{language}fact-sheet.html");
                let html = rendered(&page);
                assert!(
                    html.contains("<span lang=\"en\">Does Flock share data with ICE?</span>"),
                    "{page}"
                );
            }
        }

        #[test]
        fn sources_link_out_without_passing_on_the_page() {
            for (file, _, _) in PAGES {
                let html = rendered(file);
                for link in html.split("<a ").skip(1) {
                    if link.contains("href=\"http") {
                        assert!(
                            link.contains("rel=\"noopener noreferrer\""),
                            "{file}: {link}"
                        );
                    }
                }
            }
        }
    }
}
