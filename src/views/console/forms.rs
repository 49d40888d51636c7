//! The picked tool's search form, plus the audit fields every search asks for (reason,
//! networks searched). Every control has a label; Enter or the button runs the search.
//! Draws only: edits and the search go to the console through callbacks.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::picker::tool_description;
use crate::analyst::tools::Lookback;
use crate::components::typing::use_typing;
use crate::scenario::console::{FormEdit, Forms, Scope, Tool};
use crate::sim::{MINUTES_PER_DAY, PlaceId, Weekday};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct ToolFormProps {
    pub tool: Tool,
    pub forms: Forms,
    /// Places a search can choose, `(id, name)`.
    pub places: Rc<Vec<(PlaceId, String)>>,
    /// Simulated days, for the stakeout's day choice.
    pub days: u32,
    pub on_edit: Callback<FormEdit>,
    pub on_search: Callback<()>,
}

fn text_field(
    id: &'static str,
    label: &'static str,
    value: &str,
    edit: fn(String) -> FormEdit,
    on_edit: &Callback<FormEdit>,
) -> Html {
    let on_edit = on_edit.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        on_edit.emit(edit(e.target_unchecked_into::<HtmlInputElement>().value()));
    });
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <input type="text" {id} value={value.to_owned()} {oninput} autocomplete="off" spellcheck="false" />
        </div>
    }
}

/// A whole-number field of a search form, as the simulator's Days field: what the visitor
/// types stays on screen until they commit it (Enter, leaving the field); a number out of
/// range is brought into it, and text that is no number puts the search's value back, each
/// with a message beside the field (`aria-invalid` while it stands).
#[derive(Properties, PartialEq)]
struct NumberFieldProps {
    id: &'static str,
    label: &'static str,
    /// The value the search uses.
    value: u32,
    /// The smallest and largest value the search takes.
    range: (u32, u32),
    on_value: Callback<u32>,
}

#[function_component(NumberField)]
fn number_field(props: &NumberFieldProps) -> Html {
    let problem = use_state(|| None::<String>);
    let typing = use_typing();
    let (min, max) = props.range;
    let onchange = {
        let problem = problem.clone();
        let typing = typing.clone();
        let on_value = props.on_value.clone();
        let current = props.value;
        Callback::from(move |e: Event| {
            typing.done();
            let input = e.target_unchecked_into::<HtmlInputElement>();
            match input.value().trim().parse::<u32>() {
                Ok(v) if (min..=max).contains(&v) => {
                    problem.set(None);
                    on_value.emit(v);
                }
                Ok(v) => {
                    let used = v.clamp(min, max);
                    problem.set(Some(text::tools::console_number_out_of_range(
                        min, max, used,
                    )));
                    input.set_value(&used.to_string());
                    on_value.emit(used);
                }
                Err(_) => {
                    problem.set(Some(text::tools::console_number_not_a_number(
                        min, max, current,
                    )));
                    input.set_value(&current.to_string());
                }
            }
        })
    };
    let problem_id = format!("{}-problem", props.id);
    html! {
        <div class="field">
            <label for={props.id}>{ props.label }</label>
            <input type="number" id={props.id} inputmode="numeric"
                value={typing.shown(props.value.to_string())}
                min={min.to_string()} max={max.to_string()}
                oninput={typing.on_input()} {onchange}
                aria-invalid={problem.is_some().then_some("true")}
                aria-describedby={problem.is_some().then(|| problem_id.clone())} />
            if let Some(message) = (*problem).clone() {
                <span class="error" id={problem_id.clone()} role="alert" data-testid={problem_id}>{ message }</span>
            }
        </div>
    }
}

/// A [`NumberField`] whose values go to the console as `edit`.
fn number_field_of(
    id: &'static str,
    label: &'static str,
    value: u32,
    range: (u32, u32),
    edit: fn(u32) -> FormEdit,
    on_edit: &Callback<FormEdit>,
) -> Html {
    let on_value = on_edit.reform(edit);
    html! { <NumberField {id} {label} {value} {range} {on_value} /> }
}

fn place_field(
    id: &'static str,
    label: &'static str,
    value: PlaceId,
    places: &[(PlaceId, String)],
    on_change: Callback<PlaceId>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        if let Ok(v) = e
            .target_unchecked_into::<HtmlSelectElement>()
            .value()
            .parse::<PlaceId>()
        {
            on_change.emit(v);
        }
    });
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} {onchange}>
                { for places.iter().map(|(pid, name)| html! {
                    <option value={pid.to_string()} selected={*pid == value}>{ name.clone() }</option>
                }) }
            </select>
        </div>
    }
}

/// The form of the picked tool.
#[function_component(ToolForm)]
pub fn tool_form(props: &ToolFormProps) -> Html {
    crate::language::use_language();
    let f = &props.forms;
    let on_edit = &props.on_edit;
    let fields = match props.tool {
        Tool::Lookup => {
            let current = f.lookback.unwrap_or(Lookback::SevenDays);
            html! {
                <>
                    { text_field("lookup-plate", text::tools::field_plate(), &f.lookup_plate, FormEdit::LookupPlate, on_edit) }
                    <fieldset class="choices">
                        <legend>{ text::tools::field_lookback() }</legend>
                        { for Lookback::ALL.iter().map(|&lb| {
                            let on_edit = on_edit.clone();
                            let id = format!("lookback-{}", lb.days());
                            html! {
                                <span class="choice">
                                    <input type="radio" name="lookback" id={id.clone()} checked={lb == current}
                                        onchange={Callback::from(move |_| on_edit.emit(FormEdit::Lookback(lb)))} />
                                    <label for={id}>{ text::tools::days_label(lb.days()) }</label>
                                </span>
                            }
                        }) }
                    </fieldset>
                </>
            }
        }
        Tool::Attributes => html! {
            <div class="field">
                <label for="attribute-text">{ text::tools::field_description() }</label>
                <input type="text" id="attribute-text" class="wide" value={f.description()}
                    autocomplete="off" aria-describedby="attribute-hint"
                    oninput={{
                        let on_edit = on_edit.clone();
                        Callback::from(move |e: InputEvent| on_edit.emit(FormEdit::Description(
                            e.target_unchecked_into::<HtmlInputElement>().value())))
                    }} />
                <span class="hint" id="attribute-hint">{ text::tools::description_hint() }</span>
            </div>
        },
        Tool::MultiGeo => {
            let first = {
                let on_edit = on_edit.clone();
                Callback::from(move |p| on_edit.emit(FormEdit::GeoPlace(0, p)))
            };
            let second = {
                let on_edit = on_edit.clone();
                Callback::from(move |p| on_edit.emit(FormEdit::GeoPlace(1, p)))
            };
            html! {
                <>
                    { place_field("geo-first", text::tools::field_first_place(), f.geo_places[0], &props.places, first) }
                    { place_field("geo-second", text::tools::field_second_place(), f.geo_places[1], &props.places, second) }
                </>
            }
        }
        Tool::Convoy => html! {
            <>
                { text_field("convoy-plate", text::tools::field_target_plate(), &f.convoy_plate, FormEdit::ConvoyPlate, on_edit) }
                { number_field_of("convoy-window", text::tools::field_window(), f.convoy_window_minutes, (1, 30), FormEdit::ConvoyWindow, on_edit) }
                { number_field_of("convoy-cameras", text::tools::field_min_cameras(), f.convoy_min_cameras, (1, 10), FormEdit::ConvoyMinCameras, on_edit) }
            </>
        },
        Tool::Stakeout => {
            let place = {
                let on_edit = on_edit.clone();
                Callback::from(move |p| on_edit.emit(FormEdit::StakeoutPlace(p)))
            };
            let day_change = {
                let on_edit = on_edit.clone();
                Callback::from(move |e: Event| {
                    if let Ok(v) = e
                        .target_unchecked_into::<HtmlSelectElement>()
                        .value()
                        .parse::<u32>()
                    {
                        on_edit.emit(FormEdit::StakeoutDay(v));
                    }
                })
            };
            html! {
                <>
                    { place_field("stakeout-place", text::tools::field_place(), f.stakeout_place, &props.places, place) }
                    <div class="field">
                        <label for="stakeout-day">{ text::tools::field_day() }</label>
                        <select id="stakeout-day" onchange={day_change}>
                            { for (0..props.days).map(|d| html! {
                                <option value={d.to_string()} selected={d == f.stakeout_day}>
                                    { text::tools::day_option(d + 1, text::weekday_name(Weekday::of_minute(d * MINUTES_PER_DAY))) }
                                </option>
                            }) }
                        </select>
                    </div>
                    { number_field_of("stakeout-from", text::tools::field_from_hour(), f.stakeout_from_hour, (0, 23), FormEdit::StakeoutFromHour, on_edit) }
                    { number_field_of("stakeout-hours", text::tools::field_hours(), f.stakeout_hours, (1, 24), FormEdit::StakeoutHours, on_edit) }
                </>
            }
        }
        Tool::HotList => html! {
            { text_field("hot-plate", text::tools::field_hot_plate(), &f.hot_plate, FormEdit::HotPlate, on_edit) }
        },
    };
    let scope_change = {
        let on_edit = on_edit.clone();
        Callback::from(move |e: Event| {
            let slug = e.target_unchecked_into::<HtmlSelectElement>().value();
            on_edit.emit(FormEdit::Scope(Scope::from_slug(&slug)));
        })
    };
    let onsubmit = {
        let on_search = props.on_search.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_search.emit(());
        })
    };
    html! {
        <form class="panel tool-form" {onsubmit} data-testid="tool-form" data-tool={props.tool.slug()}>
            <h3>{ props.tool.label() }</h3>
            <p class="panel-note">{ tool_description(props.tool) }</p>
            { fields }
            <div class="audit-fields">
                { text_field("search-reason", text::tools::field_reason(), f.reason(), FormEdit::Reason, on_edit) }
                <div class="field">
                    <label for="search-scope">{ text::tools::field_scope() }</label>
                    <select id="search-scope" onchange={scope_change}>
                        { for Scope::ALL.iter().map(|&s| html! {
                            <option value={s.slug()} selected={s == f.scope}>{ s.label() }</option>
                        }) }
                    </select>
                </div>
            </div>
            <button type="submit" data-testid="run-search">{ text::run_search() }</button>
        </form>
    }
}
