//! "Who can see it": the agencies that can query the car's reads under each sharing
//! setting, as a diagram (one bar per setting, on a log scale so 1 and 2,690 both show) and
//! as a list with counts, each setting citing the facts behind it. The list is the text
//! equivalent of the diagram. Draws only; the counts come from
//! [`crate::analyst::sharing::who_can_query`].

use std::rc::Rc;

use yew::prelude::*;

use crate::analyst::sharing::{Access, SharingSetting, who_can_query};
use crate::sim::TownMap;
use crate::text;

/// The diagram's drawing size, SVG user units: narrow, so its words stay legible on a phone
/// (the CSS sets their size, larger there); each setting's name sits above its bar, so the
/// longest name (Spanish "Cláusula del proveedor") never limits the bars' room.
const WIDTH: f64 = 400.0;
const ROW_HEIGHT: f64 = 50.0;
/// Where a row's name sits (its baseline), and its bar's top and height.
const LABEL_BASELINE: f64 = 19.0;
const BAR_TOP: f64 = 25.0;
const BAR_HEIGHT: f64 = 17.0;
/// The bars' left edge, clear of the chosen bar's outline.
const LEFT: f64 = 2.0;
/// Room right of the longest bar for its count ("2,690").
const COUNT_ROOM: f64 = 58.0;

/// The sources for a setting.
fn setting_cites(setting: SharingSetting) -> Html {
    match setting {
        SharingSetting::None | SharingSetting::OneToOne | SharingSetting::Radius => {
            html! { { crate::cite!("flock-ice-sharing") } }
        }
        SharingSetting::VendorContractClause => {
            html! { { crate::cite!("aclu-flock-massachusetts") } }
        }
        SharingSetting::Statewide => html! {
            <>{ crate::cite!("flock-ice-sharing") }{ crate::cite!("aclum-flock-location") }</>
        },
        SharingSetting::National => html! {
            <>{ crate::cite!("flock-ice-sharing") }{ crate::cite!("arkansas-federal-searches") }{ crate::cite!("404-media-johnson-county") }{ crate::cite!("wyden-ftc-2025") }{ crate::cite!("mv-voice-mountain-view") }</>
        },
    }
}

/// Bar length for a count, on a log scale from 1 to `max`.
fn bar_width(count: u32, max: u32) -> f64 {
    let span = WIDTH - LEFT - COUNT_ROOM;
    let top = f64::from(max.max(2)).log10();
    12.0 + (span - 12.0) * f64::from(count.max(1)).log10() / top
}

#[derive(Properties, PartialEq)]
pub struct WhoCanSeeItProps {
    pub town: Rc<TownMap>,
    /// The setting the policy lab has chosen, highlighted.
    pub current: SharingSetting,
}

/// The who-can-see-it section.
#[function_component(WhoCanSeeIt)]
pub fn who_can_see_it(props: &WhoCanSeeItProps) -> Html {
    crate::language::use_language();
    let all: Vec<Access> = SharingSetting::ALL
        .iter()
        .map(|&s| who_can_query(s, &props.town))
        .collect();
    let max = all.iter().map(|a| a.total_agencies).max().unwrap_or(1);
    let height = ROW_HEIGHT * all.len() as f64 + 8.0;
    let bars = all.iter().enumerate().map(|(i, access)| {
        let y = 4.0 + ROW_HEIGHT * i as f64;
        let w = bar_width(access.total_agencies, max);
        let current = access.setting == props.current;
        let class = classes!(
            "access-bar",
            (access.setting == SharingSetting::VendorContractClause).then_some("access-bar--vendor"),
            current.then_some("is-current")
        );
        html! {
            <g>
                <text x={LEFT.to_string()} y={(y + LABEL_BASELINE).to_string()} class="access-label">
                    { text::tools::sharing_short(access.setting) }
                </text>
                <rect {class} x={LEFT.to_string()} y={(y + BAR_TOP).to_string()}
                    width={format!("{w:.1}")} height={BAR_HEIGHT.to_string()} rx="3" />
                <text x={format!("{:.1}", LEFT + w + 6.0)} y={(y + BAR_TOP + BAR_HEIGHT - 2.0).to_string()}
                    class="access-count">{ text::thousands(access.total_agencies as usize) }</text>
            </g>
        }
    });
    let items = all.iter().map(|access| {
        let current = access.setting == props.current;
        html! {
            <li class={classes!("access-item", current.then_some("is-current"))}
                data-testid="access-setting" data-setting={text::tools::sharing_slug(access.setting)}
                data-count={access.total_agencies.to_string()}>
                <h4>
                    { text::tools::sharing_label(access.setting) }{ ": " }
                    <span class="access-total">{ text::agencies(access.total_agencies) }</span>
                </h4>
                <p>{ text::tools::sharing_explained(access.setting) }{ setting_cites(access.setting) }</p>
                <ul class="access-groups">
                    { for access.groups.iter().map(|g| html! {
                        <li>
                            <strong>{ text::tools::agency_kind_name(g.kind) }{ ": " }{ text::thousands(g.agencies as usize) }</strong>
                            { " – " }{ text::tools::access_examples(&g.examples) }
                            <span class="access-source">{ " (" }{ text::tools::access_source(g.source) }{ ")" }</span>
                        </li>
                    }) }
                </ul>
            </li>
        }
    });
    html! {
        <section class="panel who-can-see" aria-labelledby="who-title" data-testid="who-can-see">
            <h3 id="who-title">{ text::tools::who_title() }</h3>
            <p>
                { text::tools::who_intro() }{ crate::cite!("flock-ice-sharing") }{ crate::cite!("eff-alpr-dataset") }
            </p>
            <figure class="access-diagram">
                <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-labelledby="who-diagram-caption">
                    { for bars }
                </svg>
                <figcaption id="who-diagram-caption">{ text::tools::who_diagram_caption() }</figcaption>
            </figure>
            <ol class="access-list">{ for items }</ol>
        </section>
    }
}
