//! The map's key: one small drawing per kind of thing on the map, with its name.
//!
//! Swatches reuse the map's CSS classes so the key can never disagree with the drawing.

use yew::prelude::*;

use crate::text;

/// One entry: the swatch's SVG content (in a 24 x 16 box) and its name.
fn entry(swatch: Html, name: &'static str) -> Html {
    html! {
        <li>
            <svg class="legend-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">{ swatch }</svg>
            <span>{ name }</span>
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// Also explain the guess/truth markers (when a dossier is shown).
    #[prop_or_default]
    pub with_dossier: bool,
}

/// The map's legend.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    crate::language::use_language();
    let road = |class: &'static str| html! { <path class={classes!("road", class)} d="M1 8H23" /> };
    let mut entries = vec![
        entry(road("road--highway"), text::legend_highway()),
        entry(road("road--arterial"), text::legend_arterial()),
        entry(road("road--local"), text::legend_local()),
        entry(
            html! { <path class="town-line" d="M1 8H23" stroke-dasharray="4 3" /> },
            text::legend_town_line(),
        ),
        entry(
            html! {
                <g class="camera">
                    <path class="camera-wedge" d="M5 8L22 1A18 18 0 0 1 22 15Z" />
                    <rect class="camera-body" x="2" y="5" width="6" height="6" />
                </g>
            },
            text::legend_camera(),
        ),
        entry(
            html! { <circle class="camera-flash legend-flash" cx="12" cy="8" r="6" /> },
            text::legend_reading(),
        ),
        entry(
            html! { <g class="place place--other"><circle cx="12" cy="8" r="6.5" /><text x="12" y="11" font-size="9" text-anchor="middle">{"S"}</text></g> },
            text::legend_place(),
        ),
        entry(
            html! { <g class="place place--sensitive"><path d="M12 1L19 8L12 15L5 8Z" /></g> },
            text::legend_sensitive(),
        ),
        entry(
            html! { <g class="place place--home"><rect x="10" y="6" width="4" height="4" /></g> },
            text::legend_homes(),
        ),
        entry(
            html! { <g class="marker marker--true-home"><path d="M5 7L12 1L19 7V15H5Z" /></g> },
            text::legend_true_home(),
        ),
        entry(
            html! { <g class="marker marker--true-work"><path d="M4 4H20V13H4Z" /></g> },
            text::legend_true_work(),
        ),
        entry(
            html! { <g class="marker marker--stop"><path d="M6 3H18L12 14Z" /></g> },
            text::legend_stop(),
        ),
        entry(
            html! { <g class="marker marker--car"><circle cx="12" cy="8" r="6" /></g> },
            text::legend_car(),
        ),
    ];
    if props.with_dossier {
        entries.push(entry(
            html! { <g class="marker marker--guessed-home marker--guess"><circle class="marker-radius" cx="12" cy="8" r="7" /><path d="M8 8L12 4L16 8V12H8Z" /></g> },
            text::legend_guessed_home(),
        ));
        entries.push(entry(
            html! { <g class="marker marker--guessed-work marker--guess"><circle class="marker-radius" cx="12" cy="8" r="7" /><path d="M7 5H17V11H7Z" /></g> },
            text::legend_guessed_work(),
        ));
        entries.push(entry(
            html! { <g class="marker marker--guessed-place marker--guess"><path d="M6 3H18L12 14Z" /></g> },
            text::legend_guessed_place(),
        ));
    }
    html! {
        <figure class="legend">
            <figcaption>{ text::legend_title() }</figcaption>
            <ul>{ for entries }</ul>
        </figure>
    }
}
