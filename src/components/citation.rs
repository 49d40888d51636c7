//! `<Cite id="..." />`: a superscript link "\[3\]" from a claim to its entry in the numbered
//! references (`content/references.json`), at `#/references/<id>`.
//!
//! Views cite with a literal id, for example `<Cite id="flock-evidence-policy" />`, so the
//! native test in `crate::content` can find every id in the code and check it exists. The
//! markup is the same the build script writes for `{{cite:id}}` in Markdown content.
//! This component only links; it never fetches anything.

use yew::prelude::*;

use crate::content;

/// Props of [`Cite`].
#[derive(Properties, PartialEq)]
pub struct CiteProps {
    /// The reference's id in `content/references.json`.
    pub id: AttrValue,
}

/// A superscript citation link to reference `id`. An unknown id shows "[?]" (the native
/// tests keep that from ever shipping).
#[function_component(Cite)]
pub fn cite(props: &CiteProps) -> Html {
    crate::language::use_language();
    let markup = match content::citation(&props.id) {
        Some((number, title)) => {
            content::citation_html(&props.id, number, title, crate::text::citation_label())
        }
        None => content::unknown_citation_html(&props.id),
    };
    // Our own markup, from our own reference list, with every text escaped.
    Html::from_html_unchecked(markup.into())
}
