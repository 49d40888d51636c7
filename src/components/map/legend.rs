//! The map's key: one small drawing per kind of thing on the map, with its name.
//!
//! Swatches reuse the map's CSS classes so the key can never disagree with the drawing.

use yew::prelude::*;

use crate::content::push_escaped_html;
use crate::text;

/// The swatches (SVG content in a 24 x 16 box) and their names, in order; the last three
/// only with a dossier.
fn entries() -> [(&'static str, &'static str); 16] {
    [
        (
            "<path class=\"road road--highway\" d=\"M1 8H23\"></path>",
            text::legend_highway(),
        ),
        (
            "<path class=\"road road--arterial\" d=\"M1 8H23\"></path>",
            text::legend_arterial(),
        ),
        (
            "<path class=\"road road--local\" d=\"M1 8H23\"></path>",
            text::legend_local(),
        ),
        (
            "<path class=\"town-line\" d=\"M1 8H23\" stroke-dasharray=\"4 3\"></path>",
            text::legend_town_line(),
        ),
        (
            "<g class=\"camera\"><path class=\"camera-wedge\" d=\"M5 8L22 1A18 18 0 0 1 22 15Z\"></path><rect class=\"camera-body\" x=\"2\" y=\"5\" width=\"6\" height=\"6\"></rect></g>",
            text::legend_camera(),
        ),
        (
            "<circle class=\"camera-flash legend-flash\" cx=\"12\" cy=\"8\" r=\"6\"></circle>",
            text::legend_reading(),
        ),
        (
            "<g class=\"place place--other\"><circle cx=\"12\" cy=\"8\" r=\"6.5\"></circle><text x=\"12\" y=\"11\" font-size=\"9\" text-anchor=\"middle\">S</text></g>",
            text::legend_place(),
        ),
        (
            "<g class=\"place place--sensitive\"><path d=\"M12 1L19 8L12 15L5 8Z\"></path></g>",
            text::legend_sensitive(),
        ),
        (
            "<g class=\"place place--home\"><rect x=\"10\" y=\"6\" width=\"4\" height=\"4\"></rect></g>",
            text::legend_homes(),
        ),
        (
            "<g class=\"marker marker--true-home\"><path d=\"M5 7L12 1L19 7V15H5Z\"></path></g>",
            text::legend_true_home(),
        ),
        (
            "<g class=\"marker marker--true-work\"><path d=\"M4 4H20V13H4Z\"></path></g>",
            text::legend_true_work(),
        ),
        (
            "<g class=\"marker marker--stop\"><path d=\"M6 3H18L12 14Z\"></path></g>",
            text::legend_stop(),
        ),
        (
            "<g class=\"marker marker--car\"><circle cx=\"12\" cy=\"8\" r=\"6\"></circle></g>",
            text::legend_car(),
        ),
        (
            "<g class=\"marker marker--guessed-home marker--guess\"><circle class=\"marker-radius\" cx=\"12\" cy=\"8\" r=\"7\"></circle><path d=\"M8 8L12 4L16 8V12H8Z\"></path></g>",
            text::legend_guessed_home(),
        ),
        (
            "<g class=\"marker marker--guessed-work marker--guess\"><circle class=\"marker-radius\" cx=\"12\" cy=\"8\" r=\"7\"></circle><path d=\"M7 5H17V11H7Z\"></path></g>",
            text::legend_guessed_work(),
        ),
        (
            "<g class=\"marker marker--guessed-place marker--guess\"><path d=\"M6 3H18L12 14Z\"></path></g>",
            text::legend_guessed_place(),
        ),
    ]
}

/// Entries that explain the dossier's guesses (the last of [`entries`]).
const DOSSIER_ENTRIES: usize = 3;

/// The key's list items as markup, in the language showing.
fn entries_markup(with_dossier: bool) -> String {
    let entries = entries();
    let shown = if with_dossier {
        entries.len()
    } else {
        entries.len() - DOSSIER_ENTRIES
    };
    let mut out = String::with_capacity(220 * shown);
    for (swatch, name) in &entries[..shown] {
        out.push_str("<li><svg class=\"legend-swatch\" viewBox=\"0 0 24 16\" aria-hidden=\"true\" focusable=\"false\">");
        out.push_str(swatch);
        out.push_str("</svg><span>");
        push_escaped_html(&mut out, name);
        out.push_str("</span></li>");
    }
    out
}

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// Also explain the guess/truth markers (when a dossier is shown).
    #[prop_or_default]
    pub with_dossier: bool,
}

/// The map's legend. Its entries are one piece of markup, parsed by the browser in one go
/// (issue 11): built by Yew, its 80 or so elements were each created, given attributes and
/// inserted by calls from wasm, a large part of the task that draws a first result.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let language = crate::language::use_language();
    let markup = use_memo((language, props.with_dossier), |&(_, with_dossier)| {
        AttrValue::from(entries_markup(with_dossier))
    });
    html! {
        <figure class="legend">
            <figcaption>{ text::legend_title() }</figcaption>
            <ul>{ Html::from_html_unchecked((*markup).clone()) }</ul>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dossier_adds_the_guesses_to_the_key() {
        let without = entries_markup(false);
        let with = entries_markup(true);
        assert_eq!(without.matches("<li>").count(), 13);
        assert_eq!(with.matches("<li>").count(), 16);
        assert!(with.starts_with(&without), "{with}");
        assert!(!without.contains("marker--guess"), "{without}");
        assert!(with.contains("marker--guessed-home"), "{with}");
    }
}
