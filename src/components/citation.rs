//! `cite!("...")`: a superscript link "\[3\]" from a claim to its entry in the numbered
//! references (`content/references.json`), at `#/references/<id>`.
//!
//! Views cite with a literal id, for example `{ crate::cite!("flock-evidence-policy") }`:
//! its number and title are found when the code compiles ([`crate::content::cited`]; an
//! id not in the list stops the build), so a page carries only the titles it cites, not
//! the whole list (2,800 gzip bytes of the first visit when each link looked its id up).
//! The native test in `crate::content` finds every id in the code. The markup is the same
//! the build script writes for `{{cite:id}}` in Markdown content. This component only
//! links; it never fetches anything.

use yew::prelude::*;

use crate::content;

/// A citation link to reference `$id` (a string literal), as [`Cite`] draws it.
#[macro_export]
macro_rules! cite {
    ($id:literal) => {{
        const FOUND: (usize, &str) = $crate::content::cited($id);
        ::yew::html! {
            <$crate::components::citation::Cite id={$id} number={FOUND.0} title={FOUND.1} />
        }
    }};
}

/// Props of [`Cite`], found by [`crate::cite!`].
#[derive(Properties, PartialEq)]
pub struct CiteProps {
    /// The reference's id in `content/references.json`.
    pub id: &'static str,
    /// Its number in the list.
    pub number: usize,
    /// Its title, shown when the link is hovered.
    pub title: &'static str,
}

/// A superscript citation link, made by [`crate::cite!`].
#[function_component(Cite)]
pub fn cite(props: &CiteProps) -> Html {
    crate::language::use_language();
    let markup = content::citation_html(
        props.id,
        props.number,
        props.title,
        crate::text::citation_label(),
    );
    // Our own markup, from our own reference list, with every text escaped.
    Html::from_html_unchecked(markup.into())
}
