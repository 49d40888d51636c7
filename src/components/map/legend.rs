//! The map's key: one small drawing per kind of thing on the map, with its name.
//!
//! Swatches reuse the map's CSS classes so the key can never disagree with the drawing.

use yew::prelude::*;

use crate::content::push_escaped_html;
use crate::text;

/// A kind of thing on the map, as the key draws it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Symbol {
    /// A highway.
    Highway,
    /// A main road.
    Arterial,
    /// A street.
    Local,
    /// The town line.
    TownLine,
    /// A plate camera and the wedge it reads in.
    Camera,
    /// A camera reading the car (its ring).
    Reading,
    /// A place of the town (its letter says its kind).
    Place,
    /// A sensitive place (worship, clinic, union, court).
    Sensitive,
    /// Houses.
    Houses,
    /// The car's real home.
    TrueHome,
    /// The car's real workplace.
    TrueWork,
    /// A regular stop of the visitor's life.
    Stop,
    /// The car.
    Car,
    /// The home the analyst guessed, with its error circle.
    GuessedHome,
    /// The workplace the analyst guessed, with its error circle.
    GuessedWork,
    /// A place the analyst flagged.
    GuessedPlace,
}

/// A symbol's swatch: SVG content in a 24 x 16 box, drawn with the map's own classes.
pub fn swatch(symbol: Symbol) -> &'static str {
    match symbol {
        Symbol::Highway => "<path class=\"road road--highway\" d=\"M1 8H23\"></path>",
        Symbol::Arterial => "<path class=\"road road--arterial\" d=\"M1 8H23\"></path>",
        Symbol::Local => "<path class=\"road road--local\" d=\"M1 8H23\"></path>",
        Symbol::TownLine => {
            "<path class=\"town-line\" d=\"M1 8H23\" stroke-dasharray=\"4 3\"></path>"
        }
        Symbol::Camera => {
            "<g class=\"camera\"><path class=\"camera-wedge\" d=\"M5 8L22 1A18 18 0 0 1 22 15Z\"></path><rect class=\"camera-body\" x=\"2\" y=\"5\" width=\"6\" height=\"6\"></rect></g>"
        }
        Symbol::Reading => {
            "<circle class=\"camera-flash legend-flash\" cx=\"12\" cy=\"8\" r=\"6\"></circle>"
        }
        Symbol::Place => {
            "<g class=\"place place--other\"><circle cx=\"12\" cy=\"8\" r=\"6.5\"></circle><text x=\"12\" y=\"11\" font-size=\"9\" text-anchor=\"middle\">S</text></g>"
        }
        Symbol::Sensitive => {
            "<g class=\"place place--sensitive\"><path d=\"M12 1L19 8L12 15L5 8Z\"></path></g>"
        }
        Symbol::Houses => {
            "<g class=\"place place--home\"><rect x=\"10\" y=\"6\" width=\"4\" height=\"4\"></rect></g>"
        }
        Symbol::TrueHome => {
            "<g class=\"marker marker--true-home\"><path d=\"M5 7L12 1L19 7V15H5Z\"></path></g>"
        }
        Symbol::TrueWork => {
            "<g class=\"marker marker--true-work\"><path d=\"M4 4H20V13H4Z\"></path></g>"
        }
        Symbol::Stop => "<g class=\"marker marker--stop\"><path d=\"M6 3H18L12 14Z\"></path></g>",
        Symbol::Car => {
            "<g class=\"marker marker--car\"><circle cx=\"12\" cy=\"8\" r=\"6\"></circle></g>"
        }
        Symbol::GuessedHome => {
            "<g class=\"marker marker--guessed-home marker--guess\"><circle class=\"marker-radius\" cx=\"12\" cy=\"8\" r=\"7\"></circle><path d=\"M8 8L12 4L16 8V12H8Z\"></path></g>"
        }
        Symbol::GuessedWork => {
            "<g class=\"marker marker--guessed-work marker--guess\"><circle class=\"marker-radius\" cx=\"12\" cy=\"8\" r=\"7\"></circle><path d=\"M7 5H17V11H7Z\"></path></g>"
        }
        Symbol::GuessedPlace => {
            "<g class=\"marker marker--guessed-place marker--guess\"><path d=\"M6 3H18L12 14Z\"></path></g>"
        }
    }
}

/// The symbols and their names, in order; the last three only with a dossier.
fn entries() -> [(Symbol, &'static str); 16] {
    [
        (Symbol::Highway, text::legend_highway()),
        (Symbol::Arterial, text::legend_arterial()),
        (Symbol::Local, text::legend_local()),
        (Symbol::TownLine, text::legend_town_line()),
        (Symbol::Camera, text::legend_camera()),
        (Symbol::Reading, text::legend_reading()),
        (Symbol::Place, text::legend_place()),
        (Symbol::Sensitive, text::legend_sensitive()),
        (Symbol::Houses, text::legend_homes()),
        (Symbol::TrueHome, text::legend_true_home()),
        (Symbol::TrueWork, text::legend_true_work()),
        (Symbol::Stop, text::legend_stop()),
        (Symbol::Car, text::legend_car()),
        (Symbol::GuessedHome, text::legend_guessed_home()),
        (Symbol::GuessedWork, text::legend_guessed_work()),
        (Symbol::GuessedPlace, text::legend_guessed_place()),
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
    key_markup(&entries[..shown])
}

/// A key's list items as markup: each symbol's swatch and its name. One piece of markup, so
/// the swatches' SVG is parsed as SVG (see [`Legend`]); the presenter's map has a key of its
/// own, of the few symbols each step shows.
pub fn key_markup(items: &[(Symbol, &str)]) -> String {
    let mut out = String::with_capacity(220 * items.len());
    for &(symbol, name) in items {
        out.push_str("<li><svg class=\"legend-swatch\" viewBox=\"0 0 24 16\" aria-hidden=\"true\" focusable=\"false\">");
        out.push_str(swatch(symbol));
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
