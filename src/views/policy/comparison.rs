//! The before/after table: the dossier under the common set-up next to the dossier
//! under the lab's levers (reads held, home, work, places, sensitive visits, associates),
//! then who can query the car. Cells carry `data-testid="before-home"`, `"after-home"` and
//! so on, with `data-found` saying whether the analyst still finds it, and `data-label`
//! naming their column, which a phone shows above each result (the rows become cards: the
//! law's column was cut off at 320 px). Draws only.

use std::rc::Rc;

use yew::prelude::*;

use crate::scenario::policy_lab::{AnchorLine, Comparison, DossierSummary};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct ComparisonTableProps {
    pub comparison: Rc<Comparison>,
    /// True while a newer comparison computes (the table is dimmed and says so).
    #[prop_or_default]
    pub stale: bool,
}

/// The heading of a side's column: the common set-up's, or the lab's ("With these rules").
fn column_label(side: &str) -> &'static str {
    if side == "before" {
        text::tools::col_before()
    } else {
        text::tools::col_after()
    }
}

fn anchor_cell(side: &str, what: &str, anchor: &Option<AnchorLine>, home: bool) -> Html {
    let testid = format!("{side}-{what}");
    let label = column_label(side);
    match anchor {
        Some(a) => html! {
            <td data-testid={testid} data-label={label} data-found="true">
                { text::tools::anchor_found(a.radius_meters, a.error_meters, home) }
            </td>
        },
        None => html! {
            <td data-testid={testid} data-label={label} data-found="false" class="gone">{ text::tools::not_found() }</td>
        },
    }
}

fn list_cell(side: &str, what: &str, items: &[String]) -> Html {
    let testid = format!("{side}-{what}");
    let label = column_label(side);
    if items.is_empty() {
        return html! { <td data-testid={testid} data-label={label} data-found="false" data-count="0" class="gone">{ text::tools::not_found() }</td> };
    }
    html! {
        <td data-testid={testid} data-label={label} data-found="true" data-count={items.len().to_string()}>
            <ul class="cell-list">{ for items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul>
        </td>
    }
}

fn associates_cell(side: &str, items: &[(String, bool)]) -> Html {
    let names: Vec<String> = items
        .iter()
        .map(|(plate, real)| text::tools::associate_line(plate, *real))
        .collect();
    list_cell(side, "associates", &names)
}

/// Places as the table lists them, in the language now chosen: "St. Mary's (church)".
fn labels(places: &[crate::scenario::PlaceMention]) -> Vec<String> {
    places
        .iter()
        .map(|p| text::place_label(&p.name, p.kind))
        .collect()
}

fn column(side: &'static str, d: &DossierSummary) -> [Html; 6] {
    [
        html! { <td data-testid={format!("{side}-reads")} data-label={column_label(side)} data-count={d.reads.to_string()}>{ text::thousands(d.reads as usize) }</td> },
        anchor_cell(side, "home", &d.home, true),
        anchor_cell(side, "work", &d.work, false),
        list_cell(side, "places", &labels(&d.places)),
        list_cell(side, "sensitive", &labels(&d.sensitive)),
        associates_cell(side, &d.associates),
    ]
}

/// The before/after table.
#[function_component(ComparisonTable)]
pub fn comparison_table(props: &ComparisonTableProps) -> Html {
    crate::language::use_language();
    let c = &props.comparison;
    let before = column("before", &c.before);
    let after = column("after", &c.after);
    let heads = [
        text::tools::row_reads(),
        text::tools::row_home(),
        text::tools::row_work(),
        text::tools::row_places(),
        text::tools::row_sensitive(),
        text::tools::row_associates(),
    ];
    let rows = heads
        .into_iter()
        .zip(before.into_iter().zip(after))
        .map(|(head, (b, a))| html! { <tr><th scope="row">{ head }</th>{ b }{ a }</tr> });
    let banned = (!c.banned.is_empty()).then(|| {
        html! { <p class="panel-note">{ text::tools::banned_note(&c.banned) }</p> }
    });
    html! {
        <section class={classes!("panel", "comparison", props.stale.then_some("is-stale"))}
            aria-labelledby="comparison-title" data-testid="comparison" aria-busy={props.stale.to_string()}>
            <h4 id="comparison-title">{ text::tools::comparison_title() }</h4>
            <p class="comparison-sentence" aria-live="polite">{ text::comparison_sentence(c.lost, c.kept) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={text::tools::comparison_title()}>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{ text::tools::col_what() }</th>
                            <th scope="col">{ text::tools::col_before() }</th>
                            <th scope="col">{ text::tools::col_after() }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows }
                        <tr>
                            <th scope="row">{ text::tools::row_who() }</th>
                            <td data-testid="before-access" data-label={column_label("before")} data-count={c.access_before.total_agencies.to_string()}>
                                { text::agencies(c.access_before.total_agencies) }
                            </td>
                            <td data-testid="after-access" data-label={column_label("after")} data-count={c.access_after.total_agencies.to_string()}>
                                { text::agencies(c.access_after.total_agencies) }
                            </td>
                        </tr>
                    </tbody>
                </table>
            </div>
            { for banned }
        </section>
    }
}
