//! The console's audit log: one row per search the visitor runs, with the fields real audit
//! logs record (agency, officer, free-text reason, type, networks searched), drawn as a
//! table with a count.
//!
//! Rows reuse the analyst's [`Agency`] and [`SearchType`]; the analyst's log has no type
//! for Stakeout and hot-list searches, so a row keeps the console's [`Tool`] and maps it to
//! a [`SearchType`] where one exists. Draws only; the console's reducer appends rows.

use yew::prelude::*;

use crate::analyst::sharing::{Agency, AgencyKind, SearchType};
use crate::scenario::console::{SearchResult, Tool};
use crate::sim::TownMap;
use crate::text;

/// One search, as the audit log records it.
#[derive(Clone, Debug, PartialEq)]
pub struct AuditRow {
    /// 1 for the first search of this visit.
    pub number: u32,
    pub agency: Agency,
    pub officer: String,
    /// The free-text reason as typed (may be empty: real logs hold "." and "inv").
    pub reason: String,
    pub tool: Tool,
    /// A plate, a description or the places searched.
    pub subject: String,
    pub networks_searched: u32,
    /// Rows the search returned.
    pub results: usize,
}

impl AuditRow {
    /// The analyst's search type for this row's tool, where its log has one.
    pub fn search_type(&self) -> Option<SearchType> {
        match self.tool {
            Tool::Lookup | Tool::HotList => Some(SearchType::Lookup),
            Tool::Attributes => Some(SearchType::AttributeSearch),
            Tool::Convoy => Some(SearchType::Convoy),
            Tool::MultiGeo | Tool::Stakeout => Some(SearchType::MultiGeo),
        }
    }
}

/// The department that runs the town's cameras: the agency the visitor searches as.
pub fn town_agency(map: &TownMap) -> Agency {
    let access =
        crate::analyst::sharing::who_can_query(crate::analyst::sharing::SharingSetting::None, map);
    let name = access
        .groups
        .first()
        .and_then(|g| g.examples.first())
        .and_then(|e| e.name().map(str::to_owned))
        .unwrap_or_else(|| format!("{} Police Department", map.name));
    Agency {
        name,
        kind: AgencyKind::TownPolice,
    }
}

/// The row a finished search writes.
pub fn row_for(
    number: u32,
    agency: Agency,
    reason: &str,
    networks_searched: u32,
    result: &SearchResult,
) -> AuditRow {
    AuditRow {
        number,
        agency,
        officer: text::tools::console_officer().to_owned(),
        reason: reason.trim().to_owned(),
        tool: result.tool,
        subject: result.subject.clone(),
        networks_searched,
        results: result.found,
    }
}

#[derive(Properties, PartialEq)]
pub struct AuditLogProps {
    pub rows: Vec<AuditRow>,
}

/// The audit log panel, newest search first.
#[function_component(AuditLog)]
pub fn audit_log(props: &AuditLogProps) -> Html {
    crate::language::use_language();
    let count = props.rows.len();
    let body = if count == 0 {
        html! { <p class="empty">{ text::tools::audit_empty() }</p> }
    } else {
        html! {
            <div class="table-scroll" tabindex="0" role="region" aria-label={text::tools::audit_title()}>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{ "#" }</th>
                            <th scope="col">{ text::tools::audit_agency() }</th>
                            <th scope="col">{ text::tools::audit_officer() }</th>
                            <th scope="col">{ text::tools::audit_reason() }</th>
                            <th scope="col">{ text::tools::audit_type() }</th>
                            <th scope="col">{ text::tools::audit_subject() }</th>
                            <th scope="col">{ text::tools::audit_networks() }</th>
                            <th scope="col">{ text::tools::audit_results() }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for props.rows.iter().rev().map(|row| html! {
                            <tr data-testid="audit-row" data-tool={row.tool.slug()}>
                                // Each cell names its column, for the phone's cards.
                                <td data-label="#">{ row.number }</td>
                                <td data-label={text::tools::audit_agency()}>{ row.agency.name.clone() }</td>
                                <td data-label={text::tools::audit_officer()}>{ row.officer.clone() }</td>
                                <td data-label={text::tools::audit_reason()}>{ if row.reason.is_empty() { text::tools::audit_no_reason().to_owned() } else { row.reason.clone() } }</td>
                                <td data-label={text::tools::audit_type()}>{ row.tool.label() }</td>
                                <td data-label={text::tools::audit_subject()}>{ row.subject.clone() }</td>
                                <td data-label={text::tools::audit_networks()}>{ text::thousands(row.networks_searched as usize) }</td>
                                <td data-label={text::tools::audit_results()}>{ row.results }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        }
    };
    html! {
        <section class="panel audit-log" aria-labelledby="audit-title" data-testid="audit-log"
            data-count={count.to_string()}>
            <h3 id="audit-title">{ text::tools::audit_title() }</h3>
            <p class="log-count" data-testid="audit-count">{ text::tools::audit_count(count) }</p>
            <p class="panel-note">
                { text::tools::audit_note() }{ crate::cite!("aclu-audit-logs") }{ crate::cite!("arkansas-federal-searches") }{ crate::cite!("conway-flock-audit-emails") }
            </p>
            { body }
        </section>
    }
}
