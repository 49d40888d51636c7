//! What the last search found, as a list: a summary sentence, how the free-text box read
//! the description, whether the visitor's car is among the hits, and one row per vehicle
//! (or camera, or alert). The visitor's car is marked `data-commuter="true"`, the vehicles
//! that really travel with it `data-companion="true"`. Draws only.

use std::rc::Rc;

use yew::prelude::*;

use crate::scenario::console::{SearchResult, Tool};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub result: Option<Rc<SearchResult>>,
}

/// The results panel. Announced politely when it changes: the live region stands in the
/// same place before the first search (a screen reader announces what changes inside a
/// region already there, not a region inserted with its words).
#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    crate::language::use_language();
    let Some(result) = props.result.as_ref() else {
        // The same three children as with a result (heading, live region, list), so the
        // live region is the same element when the first result comes.
        return html! {
            <section class="panel console-results" aria-labelledby="results-title" data-testid="results">
                <h3 id="results-title">{ text::tools::results_title() }</h3>
                <div aria-live="polite">
                    <p class="empty">{ text::tools::results_empty() }</p>
                </div>
                <div class="results-body"></div>
            </section>
        };
    };
    let vehicles = matches!(
        result.tool,
        Tool::Attributes | Tool::MultiGeo | Tool::Convoy | Tool::Stakeout
    );
    let found_line =
        (vehicles && result.error.is_none() && result.tool != Tool::Convoy).then(|| {
            let (class, line) = if result.commuter_found {
                ("found yes", text::tools::commuter_found())
            } else {
                ("found no", text::tools::commuter_not_found())
            };
            html! { <p class={class} data-testid="commuter-found">{ line }</p> }
        });
    let understood = (!result.understood.is_empty()).then(|| {
        html! {
            <p class="understood">{ text::understood(&result.understood, &result.ignored) }</p>
        }
    });
    // The rows the list shows (the desk sends only those; a search on the page sends all).
    let shown: Vec<_> = result.rows.iter().filter(|row| row.is_listed()).collect();
    let more = result.found.saturating_sub(shown.len());
    let rows = shown.into_iter().map(|row| {
        let mark = if row.commuter {
            Some(html! { <strong class="tag tag-you">{ text::tools::tag_your_car() }</strong> })
        } else if row.companion {
            Some(html! { <strong class="tag tag-companion">{ text::tools::tag_companion() }</strong> })
        } else {
            None
        };
        html! {
            <li data-commuter={row.commuter.to_string()} data-companion={row.companion.to_string()}
                data-rank={row.rank.to_string()}
                class={classes!(row.commuter.then_some("is-you"), row.companion.then_some("is-companion"))}>
                <span class="rank">{ text::rank(row.rank) }</span>
                <span class={classes!(vehicles.then_some("plate"))}>{ text::row_title(&row.title) }</span>
                { " " }{ for mark }
                <span class="result-detail">{ text::row_detail(&row.detail) }</span>
            </li>
        }
    });
    let list_tag = "ol";
    html! {
        <section class="panel console-results" aria-labelledby="results-title" data-testid="results"
            data-tool={result.tool.slug()} data-count={result.found.to_string()}
            data-search-millis={format!("{:.1}", result.millis)}>
            <h3 id="results-title">{ text::tools::results_title() }</h3>
            <div aria-live="polite">
                <p class={classes!("result-summary", result.error.is_some().then_some("error"))}
                    data-testid="result-summary">{ text::search_summary(result) }</p>
                { for understood }
                { for found_line }
            </div>
            <div class="results-body">
                if !result.rows.is_empty() {
                    <div class="hits-scroll" tabindex="0" role="region" aria-label={text::tools::results_list()}>
                        <@{list_tag} class="hits" data-testid={format!("{}-hits", result.tool.slug())}>
                            { for rows }
                        </@>
                    </div>
                }
                if more > 0 {
                    <p class="panel-note">{ text::tools::more_rows(more) }</p>
                }
                <p class="panel-note">{ text::tools::search_millis(result.millis) }</p>
            </div>
        </section>
    }
}
