//! The HTML of a citation link, shared by `build.rs` (citations in the Markdown content) and
//! the `<Cite>` component (citations in Rust views), so both render exactly the same markup;
//! and of an FAQ entry, which `build.rs` writes and the native tests check.
//!
//! This file is compiled twice: into the build script (through `#[path]`) and into the
//! library. It must therefore stay free of `crate::` paths and of any dependency.

/// The location hash of one reference entry: `#/references/<id>`.
pub fn reference_hash(id: &str) -> String {
    format!("#/references/{id}")
}

/// The element id of a reference entry in the references view.
pub fn reference_element_id(id: &str) -> String {
    format!("ref-{id}")
}

/// A superscript link "\[3\]" to reference number `number`, whose title shows on hover.
/// Screen readers hear "reference 3".
pub fn citation_html(id: &str, number: usize, title: &str) -> String {
    format!(
        "<sup class=\"cite\"><a href=\"{href}\" title=\"{title}\">[<span class=\"visually-hidden\">reference </span>{number}]</a></sup>",
        href = escape_html(&reference_hash(id)),
        title = escape_html(title),
    )
}

/// The marker shown for a citation whose id is not in the references list. The native tests
/// make sure no shipped content or code ever shows it.
pub fn unknown_citation_html(id: &str) -> String {
    format!(
        "<sup class=\"cite cite-unknown\" data-unknown-reference=\"{}\">[?]</sup>",
        escape_html(id)
    )
}

/// One FAQ question and its answer as a disclosure widget, as the FAQ page shows it (the
/// page fetches the whole FAQ as one fragment of these, written by `build.rs`).
pub fn faq_item_html(slug: &str, question: &str, answer_html: &str) -> String {
    format!(
        "<details class=\"faq-item\" id=\"faq-{slug}\"><summary>{question}</summary><div class=\"prose\">{answer_html}</div></details>\n",
        slug = escape_html(slug),
        question = escape_html(question),
    )
}

/// Escapes text for use in HTML text and in double-quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}
