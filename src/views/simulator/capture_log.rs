//! The capture log: the rows the vendor's database holds about the visitor's plate so far
//! (time, camera, operator, direction, plate and the vehicle fingerprint), sortable by
//! column and filterable by text, with a count. On a narrow screen the CSS draws each row
//! as a card, its cells named by their `data-label`.
//!
//! Sorting and filtering are pure functions over the rows ([`visible_rows`]), tested
//! natively; the component only draws them. The sort and filter live in the simulator's
//! state, so this component holds none; it only draws a long log's rows in steps, a first
//! screenful at once and the rest in the following tasks ([`use_items_in_steps`]: issue 11,
//! no task over 50 ms).

use yew::prelude::*;

use crate::scenario::Shared;
use crate::sim::{Fingerprint, Sighting, TownMap};
use crate::text;
use crate::text::{describe_fingerprint, format_minute};
use crate::views::drawing_steps::use_items_in_steps;

/// Rows drawn at most; the count still says how many match.
pub const MAX_ROWS_SHOWN: usize = 300;

/// Rows drawn in the task that shows another run, sort or filter (the scroll box shows
/// about a dozen); the rest follow [`ROWS_PER_STEP`] a task ([`use_items_in_steps`]).
const FIRST_ROWS: usize = 40;
/// Rows added in each following task.
const ROWS_PER_STEP: usize = 60;

/// A column the log can be sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LogColumn {
    #[default]
    Time,
    Camera,
    Operator,
    Direction,
}

/// How the log is ordered and narrowed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LogView {
    pub sort_by: LogColumn,
    pub newest_first: bool,
    /// Case-insensitive text that the camera, operator, direction or weekday must contain.
    pub filter: String,
}

impl Default for LogView {
    fn default() -> Self {
        LogView {
            sort_by: LogColumn::Time,
            newest_first: true,
            filter: String::new(),
        }
    }
}

impl LogView {
    /// Sorting by `column`: the same column again flips the order.
    pub fn sorted_by(&self, column: LogColumn) -> LogView {
        LogView {
            sort_by: column,
            newest_first: if self.sort_by == column {
                !self.newest_first
            } else {
                column == LogColumn::Time
            },
            filter: self.filter.clone(),
        }
    }
}

fn camera_label<'a>(town: &'a TownMap, sighting: &Sighting) -> &'a str {
    town.cameras
        .get(usize::from(sighting.camera))
        .map_or("?", |c| c.label.as_str())
}

/// The camera's operator, or "operator not mapped" where the map names none (an imported
/// camera file may not), as Cameras on my route says it.
fn camera_operator<'a>(town: &'a TownMap, sighting: &Sighting) -> &'a str {
    town.cameras
        .get(usize::from(sighting.camera))
        .map_or("?", |c| match c.operator.as_str() {
            "" => text::route_operator_unknown(),
            operator => operator,
        })
}

/// Indices into `rows` that pass the filter, in the chosen order.
pub fn visible_rows(rows: &[Sighting], town: &TownMap, view: &LogView) -> Vec<usize> {
    let needle = view.filter.trim().to_lowercase();
    let mut shown: Vec<usize> = (0..rows.len())
        .filter(|&i| {
            if needle.is_empty() {
                return true;
            }
            let s = &rows[i];
            [
                camera_label(town, s),
                camera_operator(town, s),
                text::direction_name(s.direction),
                &format_minute(s.minute),
            ]
            .iter()
            .any(|field| field.to_lowercase().contains(&needle))
        })
        .collect();
    let key = |i: &usize| -> (String, u32) {
        let s = &rows[*i];
        let text_key = match view.sort_by {
            LogColumn::Time => String::new(),
            LogColumn::Camera => camera_label(town, s).to_owned(),
            LogColumn::Operator => camera_operator(town, s).to_owned(),
            LogColumn::Direction => text::direction_name(s.direction).to_owned(),
        };
        (text_key, s.minute)
    };
    crate::sim::stable_sort::sort_by_key(&mut shown, key);
    if view.newest_first {
        shown.reverse();
    }
    shown
}

#[derive(Properties, Clone, PartialEq)]
pub struct CaptureLogProps {
    pub town: Shared<TownMap>,
    /// The vendor's rows about the plate over the whole run, in time order.
    pub rows: Shared<Vec<Sighting>>,
    /// How many of `rows` were captured by now (playback); only those are shown.
    pub shown_until: usize,
    /// Fingerprint of each row's vehicle, as the camera recorded it.
    pub fingerprint: Shared<Fingerprint>,
    pub view: LogView,
    pub on_view: Callback<LogView>,
}

/// The capture log table.
#[function_component(CaptureLog)]
pub fn capture_log(props: &CaptureLogProps) -> Html {
    crate::language::use_language();
    let so_far = &props.rows[..props.shown_until.min(props.rows.len())];
    let shown = visible_rows(so_far, &props.town, &props.view);
    let fingerprint = describe_fingerprint(&props.fingerprint);
    let drawn = use_items_in_steps(
        (props.rows.clone(), props.view.clone()),
        shown.len().min(MAX_ROWS_SHOWN),
        FIRST_ROWS,
        ROWS_PER_STEP,
    );
    let header = |column: LogColumn, label: &'static str| {
        let sort = (props.view.sort_by == column).then_some(if props.view.newest_first {
            "descending"
        } else {
            "ascending"
        });
        let on_view = props.on_view.clone();
        let next = props.view.sorted_by(column);
        let onclick = Callback::from(move |_| on_view.emit(next.clone()));
        let arrow = match sort {
            Some("descending") => " \u{25bc}",
            Some(_) => " \u{25b2}",
            None => "",
        };
        html! {
            <th scope="col" aria-sort={sort.unwrap_or("none")}>
                <button type="button" class="sort-button" {onclick}>{ label }{ arrow }</button>
                // On paper the heading is text: Chrome leaves a button out of the heading
                // it repeats atop each page of a long log.
                <span class="print-heading" aria-hidden="true">{ label }</span>
            </th>
        }
    };
    let oninput = {
        let on_view = props.on_view.clone();
        let view = props.view.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            on_view.emit(LogView {
                filter: input.value(),
                ..view.clone()
            });
        })
    };
    let rows = shown.iter().take(drawn).map(|&i| {
        let s = &so_far[i];
        html! {
            <tr key={i}>
                <td data-label={text::log_time()}>{ format_minute(s.minute) }</td>
                <td data-label={text::log_camera()}>{ camera_label(&props.town, s) }</td>
                <td data-label={text::log_operator()}>{ camera_operator(&props.town, s) }</td>
                <td data-label={text::log_direction()}>{ text::direction_name(s.direction) }</td>
                <td class="plate" data-label={text::log_plate()}>{ s.plate.as_str() }</td>
                <td data-label={text::log_fingerprint()}>{ fingerprint.clone() }</td>
            </tr>
        }
    });
    let count = text::log_count(shown.len(), so_far.len());
    // The count speaks when the filter changes it, not at every read of the drive: during
    // playback it would bury the drive's own announcements.
    let count_live = if props.shown_until < props.rows.len() {
        "off"
    } else {
        "polite"
    };
    html! {
        <section class="panel capture-log" aria-labelledby="log-title" data-testid="capture-log"
            data-row-count={so_far.len().to_string()} data-shown-count={shown.len().to_string()}>
            <h3 id="log-title">{ text::log_title() }</h3>
            <p class="panel-note">{ text::log_intro() }</p>
            <div class="log-tools">
                <label for="log-filter">{ text::log_filter() }</label>
                <input id="log-filter" type="search" value={props.view.filter.clone()} {oninput}
                    placeholder={text::log_filter_placeholder()} />
                <p class="log-count" aria-live={count_live} aria-atomic="true" data-testid="log-count">{ count }</p>
            </div>
            if so_far.is_empty() {
                <p class="empty">{ text::log_empty() }</p>
            } else {
                <div class="table-scroll" tabindex="0" role="region" aria-label={text::log_rows()}>
                    <table>
                        <thead>
                            <tr>
                                { header(LogColumn::Time, text::log_time()) }
                                { header(LogColumn::Camera, text::log_camera()) }
                                { header(LogColumn::Operator, text::log_operator()) }
                                { header(LogColumn::Direction, text::log_direction()) }
                                <th scope="col" class="unsorted">{ text::log_plate() }</th>
                                <th scope="col" class="unsorted">{ text::log_fingerprint() }</th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                if shown.len() > MAX_ROWS_SHOWN {
                    <p class="panel-note">{ text::log_truncated(MAX_ROWS_SHOWN) }</p>
                }
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Camera, CameraOwner, CameraPlacement, Plate, TravelDirection};

    fn town() -> TownMap {
        let camera = |label: &str, operator: &str| Camera {
            label: label.into(),
            position: [0.0, 0.0],
            heading_degrees: 0.0,
            field_of_view_degrees: 60.0,
            range_meters: 40.0,
            operator: operator.into(),
            owner: CameraOwner::TownPolice,
            placement: CameraPlacement::Mapped,
            read_probability: 0.9,
        };
        TownMap {
            name: "Testville".into(),
            boundary: vec![],
            intersections: vec![],
            roads: vec![],
            places: vec![],
            cameras: vec![camera("FL-01", "Testville Police"), camera("FL-02", "Mall")],
            attribution: String::new(),
        }
    }

    fn sighting(camera: u16, minute: u32, direction: TravelDirection) -> Sighting {
        Sighting {
            camera,
            minute,
            plate: Plate::parse("4KTR217").unwrap(),
            direction,
            vehicle: 0,
        }
    }

    fn rows() -> Vec<Sighting> {
        vec![
            sighting(1, 480, TravelDirection::North),
            sighting(0, 1000, TravelDirection::South),
            sighting(0, 2000, TravelDirection::East),
        ]
    }

    mod visible_rows {
        use super::*;

        #[test]
        fn shows_newest_first_by_default() {
            assert_eq!(
                visible_rows(&rows(), &town(), &LogView::default()),
                [2, 1, 0]
            );
        }

        #[test]
        fn sorts_by_camera_then_time() {
            let view = LogView::default().sorted_by(LogColumn::Camera);
            assert_eq!(visible_rows(&rows(), &town(), &view), [1, 2, 0]);
        }

        #[test]
        fn clicking_the_same_column_flips_the_order() {
            let view = LogView::default()
                .sorted_by(LogColumn::Camera)
                .sorted_by(LogColumn::Camera);
            assert_eq!(visible_rows(&rows(), &town(), &view), [0, 2, 1]);
        }

        #[test]
        fn filters_by_operator_ignoring_case() {
            let view = LogView {
                filter: "mall".into(),
                ..LogView::default()
            };
            assert_eq!(visible_rows(&rows(), &town(), &view), [0]);
        }

        /// A camera whose operator the map does not name is "operator not mapped" in the
        /// log, as on the route panel (the cell was empty), and a filter finds it so.
        #[test]
        fn names_an_unmapped_operator() {
            let mut town = town();
            town.cameras[1].operator.clear();
            assert_eq!(camera_operator(&town, &rows()[0]), "operator not mapped");
            let view = LogView {
                filter: "not mapped".into(),
                ..LogView::default()
            };
            assert_eq!(visible_rows(&rows(), &town, &view), [0]);
        }

        #[test]
        fn filters_by_direction() {
            let view = LogView {
                filter: "south".into(),
                ..LogView::default()
            };
            assert_eq!(visible_rows(&rows(), &town(), &view), [1]);
        }
    }
}
