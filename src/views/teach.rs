//! The Teach view: a 45-minute lesson plan, a glossary, a student worksheet and a one-page
//! fact sheet, each on its own route (`#/teach`, `#/teach/glossary`, `#/teach/worksheet`,
//! `#/teach/fact-sheet`) so a teacher can link to it and print it alone.
//!
//! The text is `content/teach/*.md`, rendered to HTML at build time (`build.rs`) but kept out
//! of the page's first download: it is copied into `dist/teach/` and fetched, same-origin,
//! when a page of this view opens. A failed fetch shows a message and a retry button, never
//! a blank page.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::text;

/// One page of the Teach view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TeachPage {
    #[default]
    Lesson,
    Glossary,
    Worksheet,
    FactSheet,
}

impl TeachPage {
    /// In the order of the view's own navigation.
    pub const ALL: [TeachPage; 4] = [
        TeachPage::Lesson,
        TeachPage::Glossary,
        TeachPage::Worksheet,
        TeachPage::FactSheet,
    ];

    /// The file name under `teach/` (and `content/teach/`), without its extension.
    pub fn file(self) -> &'static str {
        match self {
            TeachPage::Lesson => "lesson",
            TeachPage::Glossary => "glossary",
            TeachPage::Worksheet => "worksheet",
            TeachPage::FactSheet => "fact-sheet",
        }
    }

    /// The location hash that shows this page.
    pub fn hash(self) -> String {
        match self {
            TeachPage::Lesson => "#/teach".to_owned(),
            page => format!("#/teach/{}", page.file()),
        }
    }

    /// The page a location hash asks for; the lesson plan for `#/teach` and anything unknown.
    pub fn from_hash(hash: &str) -> TeachPage {
        let rest = hash.strip_prefix("#/teach/").unwrap_or_default();
        let file = rest.split(['/', '?']).next().unwrap_or_default();
        TeachPage::ALL
            .into_iter()
            .find(|page| page.file() == file)
            .unwrap_or_default()
    }

    fn label(self) -> &'static str {
        match self {
            TeachPage::Lesson => text::TEACH_LESSON,
            TeachPage::Glossary => text::TEACH_GLOSSARY,
            TeachPage::Worksheet => text::TEACH_WORKSHEET,
            TeachPage::FactSheet => text::TEACH_FACT_SHEET,
        }
    }

    /// Pages meant to be handed out on paper get a Print button.
    fn printable(self) -> bool {
        matches!(self, TeachPage::Worksheet | TeachPage::FactSheet)
    }
}

/// Fetches `url` from this page's own origin as text.
async fn fetch_text(url: String) -> Result<String, ()> {
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(&url))
        .await
        .map_err(drop)?
        .dyn_into::<web_sys::Response>()
        .map_err(drop)?;
    if !response.ok() {
        return Err(());
    }
    JsFuture::from(response.text().map_err(drop)?)
        .await
        .map_err(drop)?
        .as_string()
        .ok_or(())
}

fn location_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The Teach view.
#[function_component(Teach)]
pub fn teach() -> Html {
    let page = use_state(|| TeachPage::from_hash(&location_hash()));
    // The page whose text is shown, and that text (trusted HTML), or `None` if it failed.
    let shown = use_state(|| None::<(TeachPage, Option<AttrValue>)>);

    // The app shell re-renders on a change of view only: follow the pages within this one.
    {
        let page = page.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    page.set(TeachPage::from_hash(&location_hash()));
                });
            move || drop(listener)
        });
    }

    // Fetch the page's text whenever another page's (or none, after a failure) is shown; an
    // answer for a page left meanwhile is replaced by a new fetch of the current one.
    let shown_page = shown.as_ref().map(|(shown_page, _)| *shown_page);
    {
        let shown = shown.clone();
        use_effect_with((*page, shown_page), move |&(page, shown_page)| {
            if shown_page != Some(page) {
                wasm_bindgen_futures::spawn_local(async move {
                    let html = fetch_text(format!("teach/{}.html", page.file())).await;
                    shown.set(Some((page, html.ok().map(AttrValue::from))));
                });
            }
        });
    }

    let nav = TeachPage::ALL.iter().map(|&each| {
        let current = (each == *page).then_some("page");
        html! { <li><a href={each.hash()} aria-current={current}>{ each.label() }</a></li> }
    });
    let body = match (*shown).clone() {
        Some((shown_page, Some(html))) if shown_page == *page => html! {
            // Trusted HTML rendered at build time from our own Markdown.
            <div class="prose">{ Html::from_html_unchecked(html) }</div>
        },
        Some((shown_page, None)) if shown_page == *page => {
            let retry = {
                let shown = shown.clone();
                Callback::from(move |_: MouseEvent| shown.set(None))
            };
            html! {
                <div role="alert">
                    <p class="error">{ text::TEACH_LOAD_FAILED }</p>
                    <button type="button" onclick={retry}>{ text::TEACH_RETRY }</button>
                </div>
            }
        }
        _ => html! { <p class="loading" role="status">{ text::TEACH_LOADING }</p> },
    };
    let print = page.printable().then(|| {
        let on_print = Callback::from(|_: MouseEvent| {
            // A browser without a print dialog leaves its own Print command, which works the same.
            let _ = gloo::utils::window().print();
        });
        html! { <button type="button" class="secondary no-print" onclick={on_print}>{ text::TEACH_PRINT }</button> }
    });

    html! {
        <section class={classes!("content-page", "teach", format!("teach-{}", page.file()))}
            aria-labelledby="teach-title">
            <h2 id="teach-title">{ text::NAV_TEACH }</h2>
            <nav class="teach-nav" aria-label={text::TEACH_NAV_LABEL}><ul>{ for nav }</ul></nav>
            { for print }
            { body }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod routing {
        use super::*;

        #[test]
        fn each_page_round_trips_through_its_hash() {
            for page in TeachPage::ALL {
                assert_eq!(TeachPage::from_hash(&page.hash()), page);
            }
        }

        #[test]
        fn the_bare_view_and_unknown_pages_show_the_lesson() {
            assert_eq!(TeachPage::from_hash("#/teach"), TeachPage::Lesson);
            assert_eq!(TeachPage::from_hash("#/teach/"), TeachPage::Lesson);
            assert_eq!(TeachPage::from_hash("#/teach/nowhere"), TeachPage::Lesson);
        }

        #[test]
        fn the_handouts_print_and_the_teachers_pages_do_not_need_to() {
            let printable: Vec<_> = TeachPage::ALL
                .into_iter()
                .filter(|page| page.printable())
                .collect();
            assert_eq!(printable, [TeachPage::Worksheet, TeachPage::FactSheet]);
        }
    }

    mod texts {
        use super::*;

        /// The lesson pages as `build.rs` renders them (test builds only: the page fetches them).
        fn rendered(page: TeachPage) -> String {
            let path = format!("{}/teach/{}.html", env!("OUT_DIR"), page.file());
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
        }

        #[test]
        fn every_page_is_rendered_and_lists_the_sources_it_cites() {
            for page in TeachPage::ALL {
                let html = rendered(page);
                assert!(
                    html.contains("href=\"#/references/"),
                    "{page:?} cites nothing"
                );
                assert!(
                    html.contains("<ul class=\"sources\">"),
                    "{page:?} lists no sources"
                );
                assert!(!html.contains("{{"), "{page:?} has an unexpanded shortcode");
            }
        }

        #[test]
        fn the_glossary_defines_the_words_the_issue_asks_for() {
            let html = rendered(TeachPage::Glossary);
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
    }
}
