//! The HTML of a citation link, shared by `build.rs` (citations in the Markdown content) and
//! the `Cite` component (`crate::cite!`, citations in Rust views), so both render exactly the same markup;
//! of an FAQ entry, which `build.rs` writes and the native tests check; and of the numbered
//! references list, which `build.rs` writes for the References view to fetch when it opens.
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
/// Screen readers hear `label` before the number: "reference 3", "referencia 3" (the
/// language's `citation-label` message).
pub fn citation_html(id: &str, number: usize, title: &str, label: &str) -> String {
    format!(
        "<sup class=\"cite\"><a href=\"{href}\" title=\"{title}\">[<span class=\"visually-hidden\">{label} </span>{number}]</a></sup>",
        href = escape_html(&reference_hash(id)),
        title = escape_html(title),
        label = escape_html(label),
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

/// A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date's parts: the year as written, the month (1 to
/// 12) and the day, where the date gives them. Each language writes them with its own
/// messages (`date-day-month-year`, `date-month-year` in `locales/<code>/text.ftl`).
pub fn date_parts(date: &str) -> (&str, Option<u32>, Option<u32>) {
    let mut parts = date.split('-');
    let year = parts.next().unwrap_or(date);
    let month = parts
        .next()
        .and_then(|m| m.parse::<u32>().ok())
        .filter(|m| (1..=12).contains(m));
    let day = month.and(parts.next().and_then(|d| d.parse::<u32>().ok()));
    (year, month, day)
}

/// One entry of `content/references.json`, as the references list shows it.
pub struct ReferenceItem<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// Whether the title is our description of the source, which gives none of its own.
    pub described: bool,
    pub publisher: &'a str,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: Option<&'a str>,
    /// `YYYY-MM-DD`: when a page without a date of its own was last checked.
    pub checked: Option<&'a str>,
    pub url: Option<&'a str>,
    /// `"secondary: why"` for a figure that reached us second-hand, or a short remark.
    pub note: Option<&'a str>,
}

/// The references list's words in one language (`locales/<code>/text.ftl`).
pub struct ReferenceWords<'a> {
    /// `reference-secondary`, before a secondary source's reason.
    pub secondary: &'a str,
    /// `reference-no-link`.
    pub no_link: &'a str,
    /// `reference-no-date`.
    pub no_date: &'a str,
    /// `reference-described`, after a title that is our description: "(described)".
    pub described: &'a str,
    /// Writes a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date the language's way.
    pub date: &'a dyn Fn(&str) -> String,
    /// Writes a checked date: `reference-checked`, "checked 1 Dec 2026".
    pub checked: &'a dyn Fn(&str) -> String,
}

/// Entry `number` of the references list: its number, its title (linked when there is a
/// public address), publisher, date (or, for a page without one, when it was checked) and
/// note. The References view marks the entry a citation
/// points at (`is-target`) and focuses it. Every source is in English, and its title is
/// marked so, for a screen reader on a Spanish or Portuguese page.
pub fn reference_item_html(number: usize, item: &ReferenceItem, words: &ReferenceWords) -> String {
    let title = match item.url {
        Some(url) => format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
            escape_html(url),
            escape_html(item.title)
        ),
        None => format!("<cite>{}</cite>", escape_html(item.title)),
    };
    let title = if item.described {
        format!(
            "{title} <span class=\"reference-described\">{}</span>",
            escape_html(words.described)
        )
    } else {
        title
    };
    let date = match (item.date, item.checked) {
        (Some(date), _) => (words.date)(date),
        (None, Some(checked)) => (words.checked)(checked),
        (None, None) => words.no_date.to_owned(),
    };
    let no_link = if item.url.is_none() {
        format!(" \u{b7} {}", escape_html(words.no_link))
    } else {
        String::new()
    };
    let note = match item.note {
        Some(note) if note.starts_with("secondary") => {
            let why = note["secondary".len()..].trim_start_matches(':').trim();
            // The note follows the sentence `secondary` ends: it starts one of its own.
            let why = if words.secondary.trim_end().ends_with(['.', '!', '?']) {
                sentence_start(why)
            } else {
                why.to_owned()
            };
            format!(
                "<p class=\"reference-note secondary\">{} {}</p>",
                escape_html(words.secondary),
                escape_html(&why)
            )
        }
        Some(note) => format!("<p class=\"reference-note\">{}</p>", escape_html(note)),
        None => String::new(),
    };
    format!(
        "<li id=\"{element}\" tabindex=\"-1\" class=\"reference\"><span class=\"reference-number\">[{number}]</span><div class=\"reference-body\"><p class=\"reference-title\" lang=\"en\">{title}</p><p class=\"reference-meta\">{publisher} \u{b7} {date}{no_link}</p>{note}</div></li>\n",
        element = escape_html(&reference_element_id(item.id)),
        publisher = escape_html(item.publisher),
        date = escape_html(&date),
    )
}

/// `text` with its first letter capitalised, for a clause that begins a sentence.
fn sentence_start(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Escapes text for use in HTML (or SVG) text and in quoted attribute values: the
/// references, the embed snippet, the map's place names (which come from the visitor's own
/// files too) all go through here.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    push_escaped_html(&mut escaped, text);
    escaped
}

/// [`escape_html`] written onto the end of `out`, for markup built in one string.
pub fn push_escaped_html(out: &mut String, text: &str) {
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
}
