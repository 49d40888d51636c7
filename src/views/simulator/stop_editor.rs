//! The regular stops of the visitor's week: the list of the plan's stops (each removable)
//! and the editor that adds one. A stop's place comes from a keyboard-usable list of the
//! town's places or from a tap on the map (after "Pick the place on the map"); then its
//! purpose, days, arrival time and stay.
//!
//! [`StopDraft`] is the half-made stop and its checks ([`crate::scenario::stop_draft`]); the
//! [`StopEditor`] component draws it and sends [`Action`]s up. It holds only what the
//! visitor is still typing into the arrival and the stay ([`crate::components::typing`]: a
//! render while they type, such as the town-wide worker's progress, would otherwise put the
//! old value back), and calls no simulation.

use yew::prelude::*;

use super::state::{Action, Pin};
use crate::components::focus::focus_after_redraw;
use crate::components::typing::{Typing, use_typing};
use crate::scenario::Shared;
use crate::scenario::limits::{MAX_STAY_MINUTES, MIN_STAY_MINUTES};
use crate::scenario::stop_draft::{DraftEdit, StopDraft, place_name};
use crate::sim::{PlaceKind, RegularStop, StopDays, StopPurpose, TownMap, Weekday};
use crate::text;

#[derive(Properties, Clone, PartialEq)]
pub struct StopEditorProps {
    /// The town whose places are offered (`None` before the first run).
    pub town: Option<Shared<TownMap>>,
    /// The plan's stops.
    pub stops: Vec<RegularStop>,
    pub draft: StopDraft,
    /// Days the run lasts: a stop on set days counts only those within it.
    pub run_days: u32,
    pub on_edit: Callback<Action>,
}

fn days_text(days: &StopDays, run_days: u32) -> String {
    match days {
        StopDays::Weekly(days) if days.is_empty() => text::stop_set_days(0),
        StopDays::Weekly(days) => days
            .iter()
            .map(|d| text::weekday_short(*d))
            .collect::<Vec<_>>()
            .join(", "),
        StopDays::OnDays(days) => {
            text::stop_set_days(days.iter().filter(|d| **d < run_days).count())
        }
    }
}

/// The change handler of a `<select>` whose options are valued by their index in
/// `choices`: sends `make(choice)`.
pub fn on_choice<T: Copy + 'static>(
    choices: &'static [T],
    on_edit: &Callback<Action>,
    make: fn(T) -> Action,
) -> Callback<Event> {
    let on_edit = on_edit.clone();
    Callback::from(move |event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        let choice = select
            .value()
            .parse::<usize>()
            .ok()
            .and_then(|i| choices.get(i));
        if let Some(choice) = choice {
            on_edit.emit(make(*choice));
        }
    })
}

/// A group of seven day checkboxes under `legend`; each sends `toggle(day)`.
pub fn weekday_boxes(
    legend: &'static str,
    chosen: &[Weekday],
    disabled: bool,
    on_edit: &Callback<Action>,
    toggle: fn(Weekday) -> Action,
) -> Html {
    let boxes = Weekday::ALL.iter().map(|&day| {
        let on_edit = on_edit.clone();
        html! {
            <label class="choice">
                <input type="checkbox" checked={chosen.contains(&day)} {disabled}
                    onchange={Callback::from(move |_| on_edit.emit(toggle(day)))} />
                { text::weekday_short(day) }
            </label>
        }
    });
    html! {
        <fieldset class="choices">
            <legend>{ legend }</legend>
            { for boxes }
        </fieldset>
    }
}

/// The plan's stops, each with a remove button.
fn stop_list(props: &StopEditorProps) -> Html {
    let town = props.town.as_deref();
    let items = props.stops.iter().enumerate().map(|(index, stop)| {
        let place = place_name(town, stop);
        let purpose = text::stop_purpose_name(stop.purpose);
        let on_edit = props.on_edit.clone();
        // The removed stop's button goes with it: the focus moves to the next stop's (now
        // at this index), else the one before, else the list's heading.
        let remove = Callback::from(move |_| {
            on_edit.emit(Action::RemoveStop(index));
            let button = |i: usize| format!("[data-testid=plan-stop]:nth-child({}) button", i + 1);
            let mut targets = vec![button(index)];
            if let Some(before) = index.checked_sub(1) {
                targets.push(button(before));
            }
            targets.push("#stops-title".to_owned());
            focus_after_redraw(targets);
        });
        html! {
            <li data-testid="plan-stop">
                <span>{ text::stop_line(&text::capitalised(purpose), &place, &days_text(&stop.days, props.run_days),
                    stop.arrive_minute_of_day, stop.stay_minutes) }</span>
                { " " }
                <button type="button" class="secondary small" onclick={remove}
                    aria-label={text::stop_remove(purpose, &place)}>{ "\u{d7}" }</button>
            </li>
        }
    });
    html! {
        <>
            <h4 id="stops-title">{ text::stops_title() }</h4>
            if props.stops.is_empty() {
                <p class="empty">{ text::stops_none() }</p>
            } else {
                <ul class="plan-stops" aria-labelledby="stops-title" data-testid="plan-stops">
                    { for items }
                </ul>
            }
        </>
    }
}

/// The list of the town's places a stop can be at; the value is the place's index.
fn place_choice(props: &StopEditorProps) -> Html {
    let Some(town) = props.town.clone() else {
        return html! {};
    };
    let current = props.draft.place.as_ref().map(|p| p.position);
    let choices = town
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind != PlaceKind::Home);
    let mut matched = false;
    let options: Vec<Html> = choices
        .map(|(i, p)| {
            let selected = current == Some(p.position);
            matched |= selected;
            html! {
                <option value={i.to_string()} {selected}>
                    { text::place_label(&p.name, p.kind) }
                </option>
            }
        })
        .collect();
    let spot = props
        .draft
        .place
        .as_ref()
        .filter(|_| !matched)
        .map(|p| html! { <option value="spot" selected=true>{ p.name.clone() }</option> });
    let on_edit = props.on_edit.clone();
    let onchange = Callback::from(move |event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        let place = select
            .value()
            .parse::<usize>()
            .ok()
            .and_then(|i| town.places.get(i));
        if let Some(place) = place {
            on_edit.emit(Action::EditStopDraft(DraftEdit::Spot(place.position)));
        }
    });
    html! {
        <p class="field">
            <label for="stop-place">{ text::stop_place() }</label>
            <select id="stop-place" data-testid="stop-place" {onchange}>
                <option value="" selected={props.draft.place.is_none()} disabled=true>{ text::stop_place_none() }</option>
                { for spot }
                { for options }
            </select>
        </p>
    }
}

/// The plan's stops and the editor that adds one.
#[function_component(StopEditor)]
pub fn stop_editor(props: &StopEditorProps) -> Html {
    crate::language::use_language();
    let draft = &props.draft;
    let arrive_typing = use_typing();
    let stay_typing = use_typing();
    let edit = |typing: &Typing, make: fn(String) -> DraftEdit| {
        let on_edit = props.on_edit.clone();
        let typing = typing.clone();
        Callback::from(move |event: Event| {
            typing.done();
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            on_edit.emit(Action::EditStopDraft(make(input.value())));
        })
    };
    let purposes = StopPurpose::ALL.iter().enumerate().map(|(i, p)| {
        html! {
            <option value={i.to_string()} selected={draft.purpose == *p}>
                { text::capitalised(text::stop_purpose_name(*p)) }
            </option>
        }
    });
    let on_purpose = on_choice(&StopPurpose::ALL, &props.on_edit, |purpose| {
        Action::EditStopDraft(DraftEdit::Purpose(purpose))
    });
    let add = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_| on_edit.emit(Action::AddStop))
    };
    let pick_on_map = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_| on_edit.emit(Action::StartPlacing(Pin::Stop)))
    };
    html! {
        <div class="stop-editor" data-testid="stop-editor">
            { stop_list(props) }
            <div class="add-stop" role="group" aria-labelledby="add-stop-title">
                <h4 id="add-stop-title">{ text::stop_add_title() }</h4>
                <p class="hint">{ text::stop_add_hint_pick() }</p>
                { place_choice(props) }
                <p class="field">
                    <button type="button" class="secondary" data-testid="pick-stop-on-map"
                        onclick={pick_on_map}>{ text::move_stop() }</button>
                </p>
                <p class="field">
                    <label for="stop-purpose">{ text::stop_purpose() }</label>
                    <select id="stop-purpose" onchange={on_purpose}>{ for purposes }</select>
                </p>
                { weekday_boxes(text::stop_days(), &draft.days, false, &props.on_edit,
                    |day| Action::EditStopDraft(DraftEdit::ToggleDay(day))) }
                <p class="field">
                    <label for="stop-arrive">{ text::stop_arrive() }</label>
                    <input id="stop-arrive" type="time" value={arrive_typing.shown(draft.arrive.clone())}
                        oninput={arrive_typing.on_input()} onchange={edit(&arrive_typing, DraftEdit::Arrive)} />
                </p>
                <p class="field">
                    <label for="stop-stay">{ text::stop_stay() }</label>
                    <input id="stop-stay" type="number" inputmode="numeric"
                        min={MIN_STAY_MINUTES.to_string()} max={MAX_STAY_MINUTES.to_string()}
                        value={stay_typing.shown(draft.stay_minutes.clone())}
                        oninput={stay_typing.on_input()} onchange={edit(&stay_typing, DraftEdit::Stay)} />
                </p>
                <button type="button" data-testid="add-stop" onclick={add}>{ text::stop_add() }</button>
                // Below the button: an edit that clears it (on the press that leaves the
                // stay's field) must not move the button from under the pointer, which lost
                // the click. Keyed by the refusal, so each one is a new alert, said again.
                if let Some(problem) = draft.problem {
                    <p key={draft.refusals.to_string()} class="error" role="alert"
                        data-testid="stop-problem">{ problem }</p>
                }
            </div>
        </div>
    }
}
