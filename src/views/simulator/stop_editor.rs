//! The regular stops of the visitor's week: the list of the plan's stops (each removable)
//! and the editor that adds one. A stop's place comes from a keyboard-usable list of the
//! town's places or from a click on the map; then its purpose, days, arrival time and stay.
//!
//! [`StopDraft`] is the half-made stop and its checks (pure, tested natively); the
//! [`StopEditor`] component draws it and sends [`Action`]s up. It holds no state and calls
//! no simulation.

use std::rc::Rc;

use yew::prelude::*;

use super::state::Action;
use crate::scenario::limits::{MAX_STAY_MINUTES, MIN_STAY_MINUTES, SNAP_METERS};
use crate::sim::geometry::LocalFrame;
use crate::sim::{LonLat, PlaceKind, RegularStop, StopDays, StopPurpose, TownMap, Weekday};
use crate::text;

/// Where the new stop is.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftPlace {
    pub kind: PlaceKind,
    pub name: String,
    /// Lon/lat degrees.
    pub position: LonLat,
}

/// The stop the visitor is putting together, before it joins the plan. Times are kept as
/// typed, so a bad one can be shown back with a message.
#[derive(Clone, Debug, PartialEq)]
pub struct StopDraft {
    pub place: Option<DraftPlace>,
    pub purpose: StopPurpose,
    pub days: Vec<Weekday>,
    /// Arrival as typed, `HH:MM`.
    pub arrive: String,
    /// Stay as typed, minutes.
    pub stay_minutes: String,
    /// Why the last try to add it failed.
    pub problem: Option<&'static str>,
}

impl Default for StopDraft {
    fn default() -> StopDraft {
        StopDraft {
            place: None,
            purpose: StopPurpose::Gym,
            days: Vec::new(),
            arrive: "18:00".to_owned(),
            stay_minutes: "60".to_owned(),
            problem: None,
        }
    }
}

/// One change to the draft.
#[derive(Clone, Debug, PartialEq)]
pub enum DraftEdit {
    /// A spot (lon/lat degrees) from the place list or a map click.
    Spot(LonLat),
    Purpose(StopPurpose),
    ToggleDay(Weekday),
    Arrive(String),
    Stay(String),
}

/// `HH:MM` (24 hours) as minutes after midnight.
pub fn parse_clock(text: &str) -> Option<u32> {
    let (hours, minutes) = text.trim().split_once(':')?;
    let (hours, minutes) = (hours.parse::<u32>().ok()?, minutes.parse::<u32>().ok()?);
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

/// Minutes after midnight as `HH:MM`.
pub fn format_clock(minute_of_day: u32) -> String {
    format!("{:02}:{:02}", (minute_of_day / 60) % 24, minute_of_day % 60)
}

/// The town place (not a home) nearest `position` within [`SNAP_METERS`], or the spot
/// itself as a friend's house.
pub fn place_at(town: &TownMap, position: LonLat) -> DraftPlace {
    let frame = LocalFrame::around(town.intersections.iter().map(|i| i.position));
    let at = frame.to_local(position);
    let meters = |p: LonLat| frame.to_local(p).distance_meters(at);
    town.places
        .iter()
        .filter(|p| p.kind != PlaceKind::Home && meters(p.position) <= SNAP_METERS)
        .min_by(|a, b| meters(a.position).total_cmp(&meters(b.position)))
        .map_or_else(
            || DraftPlace {
                kind: PlaceKind::FriendsHouse,
                name: text::STOP_SPOT_NAME.to_owned(),
                position,
            },
            |p| DraftPlace {
                kind: p.kind,
                name: p.name.clone(),
                position: p.position,
            },
        )
}

/// The name of the town place at a stop's position, or the stop's purpose.
pub fn place_name(town: Option<&TownMap>, stop: &RegularStop) -> String {
    town.map(|t| place_at(t, stop.position))
        .filter(|p| p.kind == stop.kind)
        .map_or_else(|| text::capitalised(stop.purpose.label()), |p| p.name)
}

impl StopDraft {
    /// The draft after `edit`; a new place also suggests its likeliest purpose.
    pub fn edited(&self, edit: DraftEdit, town: Option<&TownMap>) -> StopDraft {
        let mut draft = StopDraft {
            problem: None,
            ..self.clone()
        };
        match edit {
            DraftEdit::Spot(position) => {
                if let Some(town) = town {
                    let place = place_at(town, position);
                    draft.purpose = StopPurpose::for_kind(place.kind);
                    draft.place = Some(place);
                }
            }
            DraftEdit::Purpose(purpose) => draft.purpose = purpose,
            DraftEdit::ToggleDay(day) => {
                if let Some(i) = draft.days.iter().position(|d| *d == day) {
                    draft.days.remove(i);
                } else {
                    draft.days.push(day);
                    draft.days.sort();
                }
            }
            DraftEdit::Arrive(text) => draft.arrive = text,
            DraftEdit::Stay(text) => draft.stay_minutes = text,
        }
        draft
    }

    /// The stop, or what the visitor must fix first.
    pub fn to_stop(&self) -> Result<RegularStop, &'static str> {
        let place = self.place.as_ref().ok_or(text::STOP_NEEDS_PLACE)?;
        if self.days.is_empty() {
            return Err(text::STOP_NEEDS_DAY);
        }
        let arrive = parse_clock(&self.arrive).ok_or(text::STOP_BAD_TIME)?;
        let stay = self
            .stay_minutes
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|m| (MIN_STAY_MINUTES..=MAX_STAY_MINUTES).contains(m))
            .ok_or(text::STOP_BAD_STAY)?;
        Ok(RegularStop {
            purpose: self.purpose,
            kind: place.kind,
            position: place.position,
            days: StopDays::Weekly(self.days.clone()),
            arrive_minute_of_day: arrive,
            stay_minutes: stay,
            with_partner: false,
        })
    }
}

#[derive(Properties, Clone)]
pub struct StopEditorProps {
    /// The town whose places are offered (`None` before the first run).
    pub town: Option<Rc<TownMap>>,
    /// The plan's stops.
    pub stops: Vec<RegularStop>,
    pub draft: StopDraft,
    /// Days the run lasts: a stop on set days counts only those within it.
    pub run_days: u32,
    pub on_edit: Callback<Action>,
}

impl PartialEq for StopEditorProps {
    fn eq(&self, other: &Self) -> bool {
        let same_town = match (&self.town, &other.town) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        same_town
            && self.stops == other.stops
            && self.draft == other.draft
            && self.run_days == other.run_days
            && self.on_edit == other.on_edit
    }
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
        let purpose = stop.purpose.label();
        let on_edit = props.on_edit.clone();
        let remove = Callback::from(move |_| on_edit.emit(Action::RemoveStop(index)));
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
            <h4 id="stops-title">{ text::STOPS_TITLE }</h4>
            if props.stops.is_empty() {
                <p class="empty">{ text::STOPS_NONE }</p>
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
                    { format!("{} ({})", p.name, text::place_kind_name(p.kind)) }
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
            <label for="stop-place">{ text::STOP_PLACE }</label>
            <select id="stop-place" data-testid="stop-place" {onchange}>
                <option value="" selected={props.draft.place.is_none()} disabled=true>{ text::STOP_PLACE_NONE }</option>
                { for spot }
                { for options }
            </select>
        </p>
    }
}

/// The plan's stops and the editor that adds one.
#[function_component(StopEditor)]
pub fn stop_editor(props: &StopEditorProps) -> Html {
    let draft = &props.draft;
    let edit = |make: fn(String) -> DraftEdit| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            on_edit.emit(Action::EditStopDraft(make(input.value())));
        })
    };
    let purposes = StopPurpose::ALL.iter().enumerate().map(|(i, p)| {
        html! {
            <option value={i.to_string()} selected={draft.purpose == *p}>
                { text::capitalised(p.label()) }
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
    html! {
        <div class="stop-editor" data-testid="stop-editor">
            { stop_list(props) }
            <div class="add-stop" role="group" aria-labelledby="add-stop-title">
                <h4 id="add-stop-title">{ text::STOP_ADD_TITLE }</h4>
                <p class="hint">{ text::STOP_ADD_HINT }</p>
                { place_choice(props) }
                <p class="field">
                    <label for="stop-purpose">{ text::STOP_PURPOSE }</label>
                    <select id="stop-purpose" onchange={on_purpose}>{ for purposes }</select>
                </p>
                { weekday_boxes(text::STOP_DAYS, &draft.days, false, &props.on_edit,
                    |day| Action::EditStopDraft(DraftEdit::ToggleDay(day))) }
                <p class="field">
                    <label for="stop-arrive">{ text::STOP_ARRIVE }</label>
                    <input id="stop-arrive" type="time" value={draft.arrive.clone()}
                        onchange={edit(DraftEdit::Arrive)} />
                </p>
                <p class="field">
                    <label for="stop-stay">{ text::STOP_STAY }</label>
                    <input id="stop-stay" type="number" inputmode="numeric"
                        min={MIN_STAY_MINUTES.to_string()} max={MAX_STAY_MINUTES.to_string()}
                        value={draft.stay_minutes.clone()} onchange={edit(DraftEdit::Stay)} />
                </p>
                if let Some(problem) = draft.problem {
                    <p class="error" role="alert" data-testid="stop-problem">{ problem }</p>
                }
                <button type="button" data-testid="add-stop" onclick={add}>{ text::STOP_ADD }</button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{DEFAULT_CAMERA_COUNT, generate_town};

    fn town() -> TownMap {
        generate_town(1, DEFAULT_CAMERA_COUNT)
    }

    fn temple(town: &TownMap) -> LonLat {
        town.places
            .iter()
            .find(|p| p.kind == PlaceKind::Temple)
            .expect("a temple")
            .position
    }

    mod clock {
        use super::*;

        #[test]
        fn reads_hours_and_minutes_and_refuses_nonsense() {
            assert_eq!(parse_clock("17:30"), Some(17 * 60 + 30));
            assert_eq!(parse_clock(" 07:05 "), Some(7 * 60 + 5));
            for bad in ["24:00", "12:60", "noon", "", "-1:00"] {
                assert_eq!(parse_clock(bad), None, "{bad}");
            }
            assert_eq!(format_clock(17 * 60 + 5), "17:05");
        }
    }

    mod draft {
        use super::*;

        #[test]
        fn a_picked_place_suggests_its_purpose() {
            let town = town();
            let draft = StopDraft::default().edited(DraftEdit::Spot(temple(&town)), Some(&town));
            let place = draft.place.as_ref().expect("a place");
            assert_eq!(place.kind, PlaceKind::Temple);
            assert_eq!(draft.purpose, StopPurpose::Worship);
        }

        #[test]
        fn a_click_near_a_place_means_that_place_and_far_from_all_a_friends_house() {
            let town = town();
            let near = [temple(&town)[0] + 0.0005, temple(&town)[1]];
            let draft = StopDraft::default().edited(DraftEdit::Spot(near), Some(&town));
            assert_eq!(draft.place.map(|p| p.kind), Some(PlaceKind::Temple));
            let nowhere = [-80.0, 10.0];
            let draft = StopDraft::default().edited(DraftEdit::Spot(nowhere), Some(&town));
            let place = draft.place.expect("a spot");
            assert_eq!(
                (place.kind, place.position),
                (PlaceKind::FriendsHouse, nowhere)
            );
        }

        #[test]
        fn becomes_a_weekly_stop_once_it_has_a_place_and_a_day() {
            let town = town();
            let draft = StopDraft::default()
                .edited(DraftEdit::Spot(temple(&town)), Some(&town))
                .edited(DraftEdit::ToggleDay(Weekday::Sunday), None)
                .edited(DraftEdit::Arrive("09:15".into()), None)
                .edited(DraftEdit::Stay("90".into()), None);
            let stop = draft.to_stop().expect("a stop");
            assert_eq!(stop.days, StopDays::Weekly(vec![Weekday::Sunday]));
            assert_eq!(
                (stop.arrive_minute_of_day, stop.stay_minutes),
                (9 * 60 + 15, 90)
            );
        }

        #[test]
        fn says_what_is_missing_or_absurd() {
            let town = town();
            assert_eq!(StopDraft::default().to_stop(), Err(text::STOP_NEEDS_PLACE));
            let placed = StopDraft::default().edited(DraftEdit::Spot(temple(&town)), Some(&town));
            assert_eq!(placed.to_stop(), Err(text::STOP_NEEDS_DAY));
            let with_day = placed.edited(DraftEdit::ToggleDay(Weekday::Monday), None);
            for stay in ["0", "4", "4321", "-5", "lots"] {
                let draft = with_day.edited(DraftEdit::Stay(stay.into()), None);
                assert_eq!(draft.to_stop(), Err(text::STOP_BAD_STAY), "{stay}");
            }
            let draft = with_day.edited(DraftEdit::Arrive("25:00".into()), None);
            assert_eq!(draft.to_stop(), Err(text::STOP_BAD_TIME));
        }

        #[test]
        fn toggling_a_day_twice_removes_it() {
            let draft = StopDraft::default()
                .edited(DraftEdit::ToggleDay(Weekday::Friday), None)
                .edited(DraftEdit::ToggleDay(Weekday::Friday), None);
            assert!(draft.days.is_empty());
        }
    }
}
