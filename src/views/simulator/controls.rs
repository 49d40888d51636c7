//! "Your life": the scenario controls. A ready-made life, home and work (from a list of the
//! town's places; "Move home" under the map places them by tap), workdays and work times,
//! the regular stops (see [`super::stop_editor`]), how many days to simulate, the cameras
//! (see [`super::camera_control`]) and the seed.
//!
//! Sends [`Action`]s up; holds only what the visitor is still typing, and calls no simulation.

use yew::prelude::*;

use super::camera_control::CameraControl;
use super::number_field::use_number_field;
use super::state::Action;
use super::stop_editor::{StopEditor, on_choice, weekday_boxes};
use crate::components::typing::use_typing;
use crate::scenario::Shared;
use crate::scenario::limits::MAX_DAYS;
use crate::scenario::limits::SHIFT_MINUTES;
use crate::scenario::number_entry;
use crate::scenario::stop_draft::{StopDraft, format_clock, parse_clock};
use crate::sim::{CommuterPlan, LonLat, Persona, PlaceKind, Scenario, TownMap};
use crate::text;

#[derive(Properties, Clone, PartialEq)]
pub struct ScenarioControlsProps {
    pub scenario: Scenario,
    /// The plan in force (the scenario's, or the seed's default persona's).
    pub plan: Option<CommuterPlan>,
    pub town: Option<Shared<TownMap>>,
    /// The regular stop being put together.
    pub stop_draft: StopDraft,
    /// Scenario changes (the parent times them).
    pub on_edit: Callback<Action>,
    /// How much of the panel is drawn (each part waits for a drawing step of its own; issue
    /// 11: the whole panel's first frame was up to 30 ms of CPU).
    #[prop_or(ControlsDrawn::Whole)]
    pub drawn: ControlsDrawn,
}

/// The parts of "your life" drawn so far, in the order they are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ControlsDrawn {
    /// The fields from the persona to the hours.
    FirstFields,
    /// Those and the regular stops.
    Stops,
    /// Everything: the days, the cameras and the seed too.
    Whole,
}

/// A `<select>` of places; the value is the place's index, or "" for a spot picked on the map.
fn place_select(
    id: &'static str,
    label: &'static str,
    town: Option<&TownMap>,
    wanted: impl Fn(PlaceKind) -> bool,
    current: Option<LonLat>,
    on_pick: Callback<LonLat>,
) -> Html {
    let Some(town) = town else {
        return html! {};
    };
    let choices: Vec<(usize, &crate::sim::Place)> = town
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| wanted(p.kind))
        .collect();
    let selected = current.and_then(|c| {
        choices
            .iter()
            .find(|(_, p)| {
                (p.position[0] - c[0]).abs() < 1e-7 && (p.position[1] - c[1]).abs() < 1e-7
            })
            .map(|(i, _)| *i)
    });
    let options = choices.iter().map(|(i, p)| {
        html! {
            <option value={i.to_string()} selected={selected == Some(*i)}>
                { text::place_label(&p.name, p.kind) }
            </option>
        }
    });
    let places = town.places.clone();
    let onchange = Callback::from(move |event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        if let Some(place) = select
            .value()
            .parse::<usize>()
            .ok()
            .and_then(|i| places.get(i))
        {
            on_pick.emit(place.position);
        }
    });
    html! {
        <p class="field">
            <label for={id}>{ label }</label>
            <select {id} {onchange}>
                <option value="" selected={selected.is_none()}>{ text::spot_on_map() }</option>
                { for options }
            </select>
        </p>
    }
}

/// The scenario controls.
#[function_component(ScenarioControls)]
pub fn scenario_controls(props: &ScenarioControlsProps) -> Html {
    crate::language::use_language();
    let town = props.town.as_deref();
    let plan = props.plan.as_ref();
    let edit = |make: fn(LonLat) -> Action| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |p: LonLat| on_edit.emit(make(p)))
    };
    let home_select = place_select(
        "home-place",
        text::home_place(),
        town,
        |k| matches!(k, PlaceKind::Home),
        plan.map(|p| p.home),
        edit(Action::SetHome),
    );
    let work_select = place_select(
        "work-place",
        text::work_place(),
        town,
        PlaceKind::is_workplace,
        plan.map(|p| p.work),
        edit(Action::SetWork),
    );

    let persona_select = {
        // A persona just chosen shows before its run brings its plan.
        let current = match (&props.scenario.commuter, props.scenario.persona) {
            (None, Some(persona)) => Some(persona),
            _ => plan.map(|p| p.persona),
        };
        let onchange = on_choice(&Persona::ALL, &props.on_edit, Action::ChoosePersona);
        let options = Persona::ALL.iter().enumerate().map(|(i, p)| {
            html! { <option value={i.to_string()} selected={current == Some(*p)}>{ text::persona_name(*p) }</option> }
        });
        html! {
            <p class="field">
                <label for="persona">{ text::persona() }</label>
                // Usable without a town (a run that failed has none): a ready-made life is
                // the way out of a life that cannot run.
                <select id="persona" data-testid="persona" {onchange}
                    aria-describedby="persona-stops">
                    { for options }
                </select>
                <span class="hint" id="persona-stops" data-testid="persona-stops">
                    // The life as the list names it: once edited, the plan's stops say it.
                    if props.scenario.commuter.is_none() {
                        { current.map(text::persona_stops).unwrap_or_default() }
                    }
                </span>
            </p>
        }
    };

    let workdays = weekday_boxes(
        text::workdays(),
        plan.map_or(&[][..], |p| &p.workdays),
        plan.is_none(),
        &props.on_edit,
        Action::ToggleWorkday,
    );

    let shift_start_typing = use_typing();
    let on_shift_start = {
        let on_edit = props.on_edit.clone();
        let typing = shift_start_typing.clone();
        Callback::from(move |event: Event| {
            typing.done();
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(minute) = parse_clock(&input.value()) {
                on_edit.emit(Action::SetShiftStart(minute));
            }
        })
    };
    // What the hours field did with a number it could not take, said beside it (as the
    // days' field does); the run goes on with the hours in range, or keeps its own. (The
    // field is disabled without a plan.)
    let shift_field = use_number_field();
    let shift_kept = plan.map_or(*SHIFT_MINUTES.start(), |p| p.shift_minutes);
    let on_shift_hours = shift_field.on_change(
        number_entry::shift_minutes,
        shift_kept,
        |minutes| (f64::from(minutes) / 60.0).to_string(),
        &props.on_edit,
        Action::SetShiftMinutes,
    );
    let (shift_hours_typing, shift_problem) = (&shift_field.typing, &*shift_field.problem);
    let shift_start = plan.map_or_else(String::new, |p| format_clock(p.shift_start_minute_of_day));
    let shift_hours = plan.map_or_else(String::new, |p| {
        format!("{}", f64::from(p.shift_minutes) / 60.0)
    });
    let stop_editor = html! {
        <StopEditor town={props.town.clone()}
            stops={plan.map(|p| p.stops.clone()).unwrap_or_default()}
            draft={props.stop_draft.clone()}
            run_days={props.scenario.days}
            on_edit={props.on_edit.clone()} />
    };

    // A number the field cannot take is said beside it; the run keeps its last good value.
    let days_field = use_number_field();
    let days = props.scenario.days;
    let on_days = days_field.on_change(
        number_entry::days,
        days,
        |days| days.to_string(),
        &props.on_edit,
        Action::SetDays,
    );
    let (days_typing, days_problem) = (&days_field.typing, &*days_field.problem);
    let seed_field = use_number_field();
    let seed = props.scenario.seed;
    let on_seed = seed_field.on_change(
        number_entry::seed,
        seed,
        |seed| seed.to_string(),
        &props.on_edit,
        Action::SetSeed,
    );
    let (seed_typing, seed_problem) = (&seed_field.typing, &*seed_field.problem);
    let next_seed = {
        let on_edit = props.on_edit.clone();
        let seed = props.scenario.seed;
        Callback::from(move |_| on_edit.emit(Action::SetSeed(seed.wrapping_add(1))))
    };

    html! {
        <section class="panel controls" aria-labelledby="controls-title">
            <h3 id="controls-title">{ text::controls_title() }</h3>
            <p class="panel-note">{ text::controls_intro() }</p>
            { persona_select }
            { home_select }
            { work_select }
            { workdays }
            <p class="field">
                <label for="shift-start">{ text::shift_start() }</label>
                <input id="shift-start" type="time" value={shift_start_typing.shown(shift_start)}
                    disabled={plan.is_none()} oninput={shift_start_typing.on_input()}
                    onchange={on_shift_start} />
            </p>
            <p class="field">
                <label for="shift-hours">{ text::shift_hours() }</label>
                <input id="shift-hours" type="number" step="0.5" inputmode="decimal"
                    min={(f64::from(*SHIFT_MINUTES.start()) / 60.0).to_string()}
                    max={(SHIFT_MINUTES.end() / 60).to_string()}
                    value={shift_hours_typing.shown(shift_hours)} disabled={plan.is_none()}
                    oninput={shift_field.on_input(number_entry::shift_minutes, shift_kept)} onchange={on_shift_hours}
                    aria-invalid={shift_problem.is_some().then_some("true")}
                    aria-describedby={shift_problem.is_some().then_some("shift-hours-problem")} />
                <span class="hint">{ text::shift_hint() }</span>
                if let Some(problem) = (*shift_problem).clone() {
                    <span class="error" id="shift-hours-problem" role="alert" data-testid="shift-hours-problem">{ problem }</span>
                }
            </p>
            if props.drawn >= ControlsDrawn::Stops { { stop_editor } }
            if props.drawn >= ControlsDrawn::Whole {
                <p class="field">
                    <label for="days">{ text::days() }</label>
                    <input id="days" type="number" min="1" max={MAX_DAYS.to_string()} inputmode="numeric"
                        value={days_typing.shown(props.scenario.days.to_string())}
                        oninput={days_field.on_input(number_entry::days, days)} onchange={on_days}
                        aria-describedby={days_problem.is_some().then_some("days-problem")} />
                    <span class="hint">{ text::days_hint() }</span>
                    if let Some(problem) = (*days_problem).clone() {
                        <span class="error" id="days-problem" role="alert" data-testid="days-problem">{ problem }</span>
                    }
                </p>
                <CameraControl camera_count={props.scenario.camera_count} town={props.town.clone()}
                    on_edit={props.on_edit.clone()} />
                <p class="field">
                    <label for="seed">{ text::seed() }</label>
                    <input id="seed" type="number" min="0" inputmode="numeric"
                        value={seed_typing.shown(props.scenario.seed.to_string())}
                        oninput={seed_field.on_input(number_entry::seed, seed)} onchange={on_seed}
                        aria-describedby={seed_problem.is_some().then_some("seed-problem")} />
                    <button type="button" class="secondary" onclick={next_seed}>{ text::next_seed() }</button>
                    if let Some(problem) = (*seed_problem).clone() {
                        <span class="error" id="seed-problem" role="alert" data-testid="seed-problem">{ problem }</span>
                    }
                    <span class="hint">{ text::seed_hint() }</span>
                </p>
            }
        </section>
    }
}
