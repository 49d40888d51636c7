//! Every short user-visible string, in one place, so translations (Spanish, Brazilian
//! Portuguese) can later swap this table without touching the views. Long text (FAQ,
//! references) lives in `content/` as Markdown.

pub mod letter;
pub mod present;

/// The app's name.
pub const APP_NAME: &str = "Plate Trail";
/// The one-line promise under the heading.
pub const TAGLINE: &str = "See what a license-plate-reader network learns about one car: yours.";

/// Navigation labels.
pub const NAV_SIMULATOR: &str = "Simulator";
pub const NAV_FAQ: &str = "FAQ";
pub const NAV_ABOUT: &str = "About";
pub const NAV_LABEL: &str = "Main";

/// Footer.
pub const FOOTER_LICENCE: &str = "Plate Trail is free software under the GNU AGPL 3.0. Everything runs in your browser; nothing you choose leaves it.";
pub const FOOTER_DATA: &str = "The default town, its people and its cameras are fictional, generated from a seed. Imported map data is \u{a9} OpenStreetMap contributors (ODbL).";

/// The error panel shown when the app hits a bug.
pub const PANIC_TITLE: &str = "Something went wrong";
pub const PANIC_BODY: &str = "Plate Trail hit a bug and stopped. Your choices are saved in this browser; reloading usually fixes it.";
pub const PANIC_RELOAD: &str = "Reload Plate Trail";
pub const PANIC_DETAILS: &str = "Technical details";

// ---- The simulator view and the map (issue 5). ----

/// The town map.
pub const MAP_CONTROLS: &str = "Map controls";
pub const MAP_ZOOM_IN: &str = "Zoom in";
pub const MAP_ZOOM_OUT: &str = "Zoom out";
pub const MAP_PAN_WEST: &str = "Move west";
pub const MAP_PAN_NORTH: &str = "Move north";
pub const MAP_PAN_SOUTH: &str = "Move south";
pub const MAP_PAN_EAST: &str = "Move east";
pub const MAP_RESET: &str = "Show the whole town";

/// The map's legend.
pub const LEGEND_TITLE: &str = "Map key";
pub const LEGEND_HIGHWAY: &str = "Highway";
pub const LEGEND_ARTERIAL: &str = "Main road";
pub const LEGEND_LOCAL: &str = "Street";
pub const LEGEND_TOWN_LINE: &str = "Town line";
pub const LEGEND_CAMERA: &str = "Plate camera and what it sees";
pub const LEGEND_READING: &str = "Camera reading your plate";
pub const LEGEND_PLACE: &str = "Place (letter: kind)";
pub const LEGEND_SENSITIVE: &str = "Sensitive place (worship, clinic, union, court)";
pub const LEGEND_HOMES: &str = "Houses";
pub const LEGEND_TRUE_HOME: &str = "Your home (true)";
pub const LEGEND_TRUE_WORK: &str = "Your work (true)";
pub const LEGEND_STOP: &str = "Your regular stop";
pub const LEGEND_CAR: &str = "Your car";
pub const LEGEND_GUESSED_HOME: &str = "Home they guessed, with its error circle";
pub const LEGEND_GUESSED_WORK: &str = "Work they guessed, with its error circle";
pub const LEGEND_GUESSED_PLACE: &str = "Place they flagged";

/// A place kind's name as a visitor says it.
pub fn place_kind_name(kind: crate::sim::PlaceKind) -> &'static str {
    use crate::sim::PlaceKind::*;
    match kind {
        Home => "home",
        FriendsHouse => "friend's house",
        Hospital => "hospital",
        School => "school",
        Daycare => "daycare",
        Factory => "factory",
        OfficePark => "office park",
        Store => "store",
        Grocery => "grocery",
        Gym => "gym",
        Bar => "bar",
        Restaurant => "restaurant",
        Church => "church",
        Mosque => "mosque",
        Synagogue => "synagogue",
        Temple => "temple",
        ReproductiveHealthClinic => "reproductive health clinic",
        ImmigrationLegalAid => "immigration legal aid",
        UnionHall => "union hall",
        Courthouse => "courthouse",
        TownHall => "town hall",
        OutOfTown => "out of town",
        Park => "park",
        Shelter => "shelter or social service",
    }
}

/// The capture log.
pub const LOG_TITLE: &str = "The capture log: what the vendor's database holds about your plate";
pub const LOG_INTRO: &str = "Every row is one read: a camera photographed your plate and logged when, where and which way you drove, plus a vehicle fingerprint (what its AI sees besides the plate: color, make, body type, stickers). Nobody suspected you of anything; the rows are kept anyway, by default for 30 days.";
pub const LOG_FILTER: &str = "Filter rows";
pub const LOG_FILTER_PLACEHOLDER: &str = "camera, operator, direction or day";
pub const LOG_EMPTY: &str = "No rows yet. Drive to fill the log.";
pub const LOG_TIME: &str = "Time";
pub const LOG_CAMERA: &str = "Camera";
pub const LOG_OPERATOR: &str = "Operator";
pub const LOG_DIRECTION: &str = "Direction";
pub const LOG_PLATE: &str = "Plate";
pub const LOG_FINGERPRINT: &str = "Vehicle fingerprint";

/// "12 of 48 rows" or "48 rows".
pub fn log_count(shown: usize, total: usize) -> String {
    if shown == total {
        count_of(total, "row", "rows")
    } else {
        format!("{shown} of {}", count_of(total, "row", "rows"))
    }
}

/// The note under a cut-off table.
pub fn log_truncated(limit: usize) -> String {
    format!("Showing the first {limit} rows; filter to see others.")
}

/// "Mon".
pub fn weekday_short(day: crate::sim::Weekday) -> &'static str {
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.index()]
}

/// "Monday".
pub fn weekday_name(day: crate::sim::Weekday) -> &'static str {
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ][day.index()]
}

/// Travel direction as the log shows it.
pub fn direction_name(direction: crate::sim::TravelDirection) -> &'static str {
    use crate::sim::TravelDirection::*;
    match direction {
        North => "northbound",
        East => "eastbound",
        South => "southbound",
        West => "westbound",
    }
}

/// A vehicle colour.
pub fn colour_name(colour: crate::sim::Colour) -> &'static str {
    use crate::sim::Colour::*;
    match colour {
        White => "White",
        Black => "Black",
        Silver => "Silver",
        Grey => "Gray",
        Blue => "Blue",
        Red => "Red",
        Green => "Green",
        Brown => "Brown",
        Yellow => "Yellow",
    }
}

/// A vehicle body type.
pub fn body_name(body: crate::sim::BodyType) -> &'static str {
    use crate::sim::BodyType::*;
    match body {
        Sedan => "sedan",
        Suv => "SUV",
        Pickup => "pickup",
        Hatchback => "hatchback",
        Minivan => "minivan",
        Van => "van",
        Coupe => "coupe",
    }
}

/// A fingerprint feature.
pub fn feature_name(feature: crate::sim::Feature) -> &'static str {
    use crate::sim::Feature::*;
    match feature {
        RoofRack => "roof rack",
        BumperSticker => "bumper sticker",
        Dent => "dent",
        TemporaryTag => "temporary tag",
    }
}

/// Playback.
pub const PLAYBACK_LABEL: &str = "Playback";
pub const PAUSE: &str = "Pause";
pub const RESUME: &str = "Resume";
pub const SKIP_TO_END: &str = "Skip to the end";
pub const SPEED: &str = "Speed";
pub const SPEED_SLOW: &str = "1 day a second";
pub const SPEED_NORMAL: &str = "3 days a second";
pub const SPEED_FAST: &str = "10 days a second";
pub const TIMELINE: &str = "Timeline";

/// Saving the visitor's scenario in this browser.
pub const SAVED_UNREADABLE: &str = "The scenario saved in this browser could not be read (perhaps from an older version of Plate Trail), so the default one is shown. A copy of what was saved is kept in this browser's storage under plate-trail.scenario.unreadable; your next change will be saved.";
pub const SAVED_UNAVAILABLE: &str = "This browser does not let Plate Trail store anything (private browsing, strict privacy settings, or a page that embeds it), so your choices last only while this page is open: they will not be remembered.";
pub const DISMISS: &str = "Dismiss";

/// The dossier.
pub const DOSSIER_TITLE: &str = "The dossier: what they figured out";
pub const WHAT_THEY_GUESSED: &str = "What they guessed";
pub const WHAT_IS_TRUE: &str = "What is true";
pub const TRUTH_NOT_COMPARED: &str = "Nothing to compare with.";
pub const DOSSIER_WAITING: &str =
    "Drive to the end (or skip to it) to see what an analyst makes of the log.";
pub const DOSSIER_NOTHING: &str = "With these sightings an analyst could not pin anything down. Try more days or a different home.";

/// The sentence over the dossier.
pub fn dossier_intro(rows: usize) -> String {
    format!(
        "An analyst with access to the camera database looked only at the {} of the capture log below, plus the vendor's search tools. No warrant, no suspicion.",
        count_of(rows, "row", "rows")
    )
}

/// A finding's heading.
pub fn finding_title(kind: crate::scenario::FindingKind) -> &'static str {
    use crate::scenario::FindingKind::*;
    match kind {
        Home => "Where you sleep",
        Work => "Where you work",
        Routine => "Your routine",
        Place => "A place you go",
        Sensitive => "A sensitive visit",
        Associate => "Who travels with you",
        Prediction => "Where you will be",
    }
}

/// What "Confidence" means, said once above the dossier's cards.
pub const CONFIDENCE_DEFINED: &str = "Confidence: how sure the analyst's method is of its own guess (0 to 100%), not whether it is right. The routine card shows regularity instead: the share of driving days whose first read came within 20 minutes of the usual time. Each card then says Right or Wrong, checked against what really happened in the simulation.";

/// A card's verdict against the simulation's truth.
pub fn verdict(right: bool) -> &'static str {
    if right { "Right" } else { "Wrong" }
}

/// "Regularity: 71%": the routine card's score, the share of driving days whose first read
/// came within 20 minutes of the usual time (not a confidence).
pub fn regularity(percent: f64) -> String {
    format!("Regularity: {percent:.0}%")
}

/// "Confidence: 82%".
pub fn confidence(percent: f64) -> String {
    format!("Confidence: {percent:.0}%")
}

/// "Based on 14 sightings".
pub fn evidence_summary(count: usize) -> String {
    if count == 1 {
        "Based on 1 sighting".to_owned()
    } else {
        format!("Based on {count} sightings")
    }
}

/// "and 6 more".
pub fn evidence_more(count: usize) -> String {
    format!("and {count} more")
}

/// "140 m" or "2.3 km".
pub fn distance(meters: f64) -> String {
    if meters < 1000.0 {
        format!("{:.0} m", (meters / 10.0).round() * 10.0)
    } else {
        format!("{:.1} km", meters / 1000.0)
    }
}

/// The uniqueness chart.
pub const UNIQUENESS_TITLE: &str = "How few sightings single out a car";
pub const UNIQUENESS_IDLE: &str =
    "Drive to see how unique your car's trail is among the town's traffic.";
pub const UNIQUENESS_COMPUTING: &str =
    "Computing how unique your car is among the whole town's traffic\u{2026}";
/// The town-wide work's progress: step `done + 1` of `total` is under way.
pub fn town_work_step(done: u32, total: u32) -> String {
    let what = match done {
        0 => "driving every car in town for the whole period",
        1 => "indexing the vendor's database",
        2 => "searching it for cars that travel with yours",
        _ => "testing how few sightings single out each car",
    };
    format!("Step {} of {total}: {what}\u{2026}", (done + 1).min(total))
}
pub const TOWN_WORK_PROGRESS: &str = "Town-wide work done";
pub const TOWN_WORK_ON_PAGE: &str = "This browser could not start a background worker, so the town-wide work runs on this page, in small pieces between which the page stays responsive: it takes a little longer.";
pub const DOSSIER_ANALYSING: &str = "The analyst is reading the log\u{2026}";
pub const DOSSIER_SEARCHING_TOWN: &str =
    "Still searching the whole town's database for cars that travel with yours\u{2026}";
pub const UNIQUENESS_CAPTION: &str = "Suppose someone knows k of a car's sightings (which camera, which hour), picked at random. The line is the share of the town's cars for which those k match that car and no other.";
pub const UNIQUENESS_X_AXIS: &str = "sightings someone knows (k)";
pub const UNIQUENESS_TABLE: &str = "The chart as a table";
pub const UNIQUENESS_K: &str = "Sightings someone knows (k)";
pub const UNIQUENESS_SHARE: &str = "Cars singled out";
pub const UNIQUENESS_CITATION: &str = "Research found the same with phone data: 4 places and times single out 95% of 1.5 million people (de Montjoye et al., \u{201c}Unique in the Crowd\u{201d}, Scientific Reports 3:1376, 2013).";

/// The sentence over the chart: `(k, share)` of the first point reaching 95% (or the last).
pub fn uniqueness_sentence(point: Option<(u32, f64)>) -> String {
    match point {
        Some((k, share)) => format!(
            "Knowing just {k} of a car's sightings is enough to single out {:.0}% of the cars in this town: a trail needs no name to point at one car, and its owner.",
            share * 100.0
        ),
        None => UNIQUENESS_IDLE.to_owned(),
    }
}

/// Said after a change.
pub const HOME_MOVED: &str = "Home moved. The simulation and the dossier are updated.";
pub const WORK_MOVED: &str = "Work moved. The simulation and the dossier are updated.";

/// Your life: the scenario controls.
pub const CONTROLS_TITLE: &str = "Your life";
pub const HOME_PLACE: &str = "Home";
pub const WORK_PLACE: &str = "Work";
pub const SPOT_ON_MAP: &str = "A spot picked on the map";
pub const PICK_STOP: &str = "Put the new stop at the crosshair";
pub const WORKDAYS: &str = "Workdays";
pub const DAYS: &str = "Days to simulate";
pub const DAYS_HINT: &str = "30 is the vendor's default retention.";

/// A number of days outside what a run can take: the nearest that fits is used.
pub fn days_out_of_range(max_days: u32, used: u32) -> String {
    format!(
        "A run lasts from 1 to {max_days} days, so {} simulated.",
        match used {
            1 => "1 day is".to_owned(),
            n => format!("{n} days are"),
        }
    )
}

/// Something in the days field that is not a whole number: the run keeps its days.
pub fn days_not_a_number(max_days: u32, kept: u32) -> String {
    format!("Enter a whole number of days from 1 to {max_days}. The run keeps its {kept} days.")
}

/// Something in the seed field that is not a whole number: the run keeps its seed.
pub fn seed_not_a_number(kept: u64) -> String {
    format!("A seed is a whole number, 0 or more. The run keeps seed {kept}.")
}
pub const SEED: &str = "Seed";
pub const NEXT_SEED: &str = "Next seed";
pub const SEED_HINT: &str = "The seed is the number the fictional town is made from: the same seed gives everyone the same town and the same weeks.";
pub const PICK_HOME: &str = "Put home at the crosshair";
pub const PICK_WORK: &str = "Put work at the crosshair";

/// The map as text.
pub const MAP_TEXT_TITLE: &str = "The map as text: places, cameras, your pins";
pub const MAP_TEXT_PINS: &str = "Your pins and their guesses";
pub const SENSITIVE_SUFFIX: &str = ", a sensitive place";

/// "Places (besides 240 houses)", "Places (besides 1 house)".
pub fn map_text_places(houses: usize) -> String {
    match houses {
        0 => "Places".to_owned(),
        1 => "Places (besides 1 house)".to_owned(),
        n => format!("Places (besides {n} houses)"),
    }
}

/// A place as lists and titles name it: "St. Mary's (church)"; a place whose name already
/// says its kind is named once: "Home", not "Home (home)"; "Route 30 Office Park", not
/// "Route 30 Office Park (office park)".
pub fn place_label(name: &str, kind: crate::sim::PlaceKind) -> String {
    named_with_kind(name, place_kind_name(kind))
}

fn named_with_kind(name: &str, kind: &str) -> String {
    if name.to_lowercase().ends_with(&kind.to_lowercase()) {
        name.to_owned()
    } else {
        format!("{name} ({kind})")
    }
}

/// "1 read", "3 reads": a count and its noun, singular for one.
pub fn count_of(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", thousands(n))
    }
}

/// "40 plate cameras".
pub fn map_text_cameras(count: usize) -> String {
    format!("{count} plate cameras")
}

/// One camera in the map's text: "FL-07, Millbrook Police, reads northbound cars: read your plate 3 times".
pub fn camera_line(label: &str, operator: &str, facing: &str, reads: usize) -> String {
    let reads = match reads {
        0 => String::new(),
        1 => ": read your plate once".to_owned(),
        n => format!(": read your plate {n} times"),
    };
    format!("{label}, {operator}, faces {facing} traffic{reads}")
}

/// Marker titles.
pub const MARKER_TRUE_HOME: &str = "Your home (true)";
pub const MARKER_TRUE_WORK: &str = "Your work (true)";
pub const MARKER_CAR: &str = "Your car";

/// "Home they guessed, 140 m from the truth".
pub fn marker_guess(what: &str, error_meters: Option<f64>) -> String {
    match error_meters {
        Some(m) => format!("{what} they guessed, {} from the truth", distance(m)),
        None => format!("{what} they guessed"),
    }
}

/// The simulator view.
pub const SIMULATOR_TITLE: &str = "Your car, through a camera network";
pub const BUILDING_TOWN: &str = "Building the town\u{2026}";
pub const LEGEND_HOME_WORD: &str = "Home";
pub const LEGEND_WORK_WORD: &str = "Work";
pub const LEGEND_PLACE_WORD: &str = "A place";

/// The map's accessible name.
pub fn town_map_label(town: &str) -> String {
    format!("Map of {town}, a fictional town")
}

/// The line over the map saying the town is made up.
pub fn fictional_town(town: &str) -> String {
    format!(
        "{town} is a fictional town: its streets, people, cars and cameras are generated from a seed. No real person's data is used."
    )
}

/// The line under the playback controls.
pub fn status_line(so_far: usize, total: usize, complete: bool) -> String {
    if complete {
        format!(
            "Done: cameras read your plate {}. Every read is in the log below, and the dossier shows what it gives away.",
            times(total)
        )
    } else if so_far == 0 {
        "Press Drive: your car will go about its weeks, and every camera that reads your plate will flash.".to_owned()
    } else {
        format!("Cameras have read your plate {} so far.", times(so_far))
    }
}

/// "once", "3 times".
fn times(n: usize) -> String {
    match n {
        1 => "once".to_owned(),
        n => format!("{} times", thousands(n)),
    }
}

/// A run without the visitor's car (a bug in the core).
pub const NO_COMMUTER: &str = "The simulation lost your car. Please try another seed.";

fn clock(minute_of_day: u32) -> String {
    format!("{:02}:{:02}", (minute_of_day / 60) % 24, minute_of_day % 60)
}

/// The home or work guess: "Within 200 m of a spot near Elm Street (from 21 stops)".
pub fn anchor_guess(radius_meters: f64, near: Option<&str>, stops: u32) -> String {
    match near {
        Some(place) => format!(
            "Within {} of a spot near {place}, worked out from {stops} stops.",
            distance(radius_meters)
        ),
        None => format!(
            "Within {} of one spot, worked out from {stops} stops.",
            distance(radius_meters)
        ),
    }
}

/// The truth beside a home or work guess.
pub fn anchor_truth(near: Option<&str>, error_meters: f64, inside: bool) -> String {
    let at = near.map_or_else(String::new, |p| format!(" (near {p})"));
    let verdict = if inside {
        "inside their circle"
    } else {
        "outside their circle"
    };
    format!(
        "The real spot{at} is {} from their guess: {verdict}.",
        distance(error_meters)
    )
}

/// One weekday of the routine: "Tue: seen on 4 of 4, first at 07:42, last at 17:55."
pub fn routine_day(
    day: crate::sim::Weekday,
    driven: u32,
    observed: u32,
    first: Option<u32>,
    last: Option<u32>,
) -> String {
    let mut s = format!("{}: on the road {driven} of {observed}", weekday_short(day));
    if let Some(first) = first {
        s.push_str(&format!(", first read about {}", clock(first)));
    }
    if let Some(last) = last {
        s.push_str(&format!(", last about {}", clock(last)));
    }
    s.push('.');
    s
}

/// The truth beside the routine.
pub fn routine_truth(workdays: &[crate::sim::Weekday], shift_start_minute_of_day: u32) -> String {
    let days: Vec<&str> = workdays.iter().map(|d| weekday_short(*d)).collect();
    format!(
        "You work {} from {}.",
        if days.is_empty() {
            "no days".to_owned()
        } else {
            days.join(", ")
        },
        clock(shift_start_minute_of_day)
    )
}

/// A place guess: "Went to St. Mary's Church (church) 4 times."
pub fn place_guess(name: &str, kind: &str, visits: usize) -> String {
    format!("Went to {} {}.", named_with_kind(name, kind), times(visits))
}

/// A flagged sensitive visit: "Probably at St. Anne's Church or Al-Noor Mosque (4 stops)."
pub fn sensitive_flag_guess(places: &[&str], stops: usize) -> String {
    let at = match places {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    };
    match stops {
        1 => format!("Probably at {at} (one stop)."),
        n => format!("Probably at {at} ({n} stops)."),
    }
}

/// The truth beside a flagged sensitive visit: how many of its stops really were there.
pub fn sensitive_flag_truth(right: usize, stops: usize) -> String {
    match (right, stops) {
        (0, _) => "You went to none of these places then: a wrong flag, which an analyst could still act on.".to_owned(),
        (r, s) if r == s && s == 1 => "Right: you were there.".to_owned(),
        (r, s) if r == s => format!("Right about all {s} stops."),
        (r, s) => format!("Right about {r} of the {s} stops."),
    }
}

/// The truth beside a place guess.
pub fn place_truth(true_visits: usize) -> String {
    match true_visits {
        0 => "You never went there: a wrong guess, which an analyst could still act on.".to_owned(),
        1 => "You went there once.".to_owned(),
        n => format!("You went there {n} times."),
    }
}

/// An associate guess.
pub fn associate_guess(plate: &str, together: u32, days: u32, cameras: u32) -> String {
    format!(
        "Plate {plate} travels with you: read right next to yours {}, on {}, at {}.",
        times(together as usize),
        count_of(days as usize, "day", "days"),
        count_of(cameras as usize, "camera", "cameras")
    )
}

/// The truth beside an associate guess.
pub fn associate_truth(companion: bool) -> &'static str {
    if companion {
        "True: that car really travels with you (a carpool or your partner)."
    } else {
        "Not true: a stranger who happens to share your roads and hours."
    }
}

/// The prediction: "Next Tuesday around 07:45 your car will pass FL-07 (probability 80%)."
pub fn prediction_guess(
    day: crate::sim::Weekday,
    minute_of_day: u32,
    camera: &str,
    probability: f64,
) -> String {
    format!(
        "Next {} around {} your car will pass camera {camera}: {:.0}% likely. Someone waiting there would find you.",
        weekday_name(day),
        clock(minute_of_day),
        probability * 100.0
    )
}

/// What the visitor's car really did on the predicted day (the run continued a week), with
/// the minute of the day it passed the camera, if it did.
pub fn prediction_truth(day: crate::sim::Weekday, camera: &str, passed_at: Option<u32>) -> String {
    match passed_at {
        Some(minute) => format!(
            "It came true: the next {}, your car passed {camera} at {}.",
            weekday_name(day),
            clock(minute)
        ),
        None => format!(
            "Not that time: the next {}, your car did not pass {camera} then.",
            weekday_name(day)
        ),
    }
}

/// A ready-made life's name.
pub fn persona_name(persona: crate::sim::Persona) -> &'static str {
    use crate::sim::Persona::*;
    match persona {
        OfficeParent => "Parent with a school run and an office job: church, a clinic visit",
        HospitalNurse => "Nurse on 12-hour day shifts: mosque, immigration legal aid",
        FactoryOrganiser => "Factory worker and union organizer: union hall, synagogue",
        NightNurse => "Nurse on night shifts: Hindu temple, a clinic visit",
        DayLabourer => "Day laborer, a different job site every few days: legal aid, a court date",
        Student => "Student with classes in Boston and a diner job: a protest, a clinic visit",
    }
}
pub const PERSONA: &str = "A ready-made life";

/// Said after choosing a ready-made life.
pub const PERSONA_CHOSEN: &str = "New life chosen. The simulation and the dossier are updated.";

/// A regular stop's marker title.
pub fn stop_title(purpose: &str) -> String {
    format!("Your regular stop: {purpose}")
}

/// Work times.
pub const SHIFT_START: &str = "Work starts at";
pub const SHIFT_HOURS: &str = "Hours at work";
pub const SHIFT_HINT: &str = "From half an hour to 16 hours; a shift may run past midnight.";

/// The plan's regular stops and the stop editor.
pub const STOPS_TITLE: &str = "Your regular stops";
pub const STOPS_NONE: &str = "No regular stops yet. Add one below.";
pub const STOP_ADD_TITLE: &str = "Add a stop";
pub const STOP_PLACE: &str = "Place of the new stop";
pub const STOP_PLACE_NONE: &str = "Choose a place";
pub const STOP_PURPOSE: &str = "What for";
pub const STOP_DAYS: &str = "Days of the stop";
pub const STOP_ARRIVE: &str = "Arrive at";
pub const STOP_STAY: &str = "Stay (minutes)";
pub const STOP_ADD: &str = "Add the stop";
pub const STOP_SPOT_NAME: &str = "A spot you picked on the map";
pub const STOP_NEEDS_PLACE: &str = "Choose a place for the stop: from the list, or by clicking the map with \u{201c}a new stop\u{201d} chosen.";
pub const STOP_NEEDS_DAY: &str = "Choose at least one day for the stop.";
pub const STOP_BAD_TIME: &str = "Enter the arrival time as hours and minutes, for example 17:30.";
pub const STOP_BAD_STAY: &str = "A stop lasts from 5 minutes to 72 hours (4320 minutes): enter a number of minutes in that range.";
pub const STOP_TOO_MANY: &str =
    "That is as many regular stops as Plate Trail follows: remove one before adding another.";
pub const STOP_ADDED: &str = "Stop added. The simulation and the dossier are updated.";
pub const STOP_REMOVED: &str = "Stop removed. The simulation and the dossier are updated.";
pub const STOP_PLACE_PICKED: &str = "Place chosen for the new stop.";

/// One stop of the plan: "Gym at Ironworks Fitness: Mon, Wed, 17:50 for 60 min".
pub fn stop_line(
    purpose: &str,
    place: &str,
    days: &str,
    arrive_minute_of_day: u32,
    stay_minutes: u32,
) -> String {
    let (hours, minutes) = (stay_minutes / 60, stay_minutes % 60);
    let stay = match (hours, minutes) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    };
    format!(
        "{purpose} at {place}: {days}, {} for {stay}",
        clock(arrive_minute_of_day)
    )
}

/// The days of a stop that happens on chosen simulation days only.
pub fn stop_set_days(count: usize) -> String {
    match count {
        0 => "on no day of this run".to_owned(),
        1 => "on one day of the run".to_owned(),
        n => format!("on {n} days of the run"),
    }
}

/// The remove button's accessible name.
pub fn stop_remove(purpose: &str, place: &str) -> String {
    format!("Remove the {purpose} at {place}")
}

/// A stop purpose with a capital letter, for lists.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

// ---- End of the simulator view's strings. ----

// ---------------------------------------------------------------------------------------
// FAQ, References, Take action and About (issue 6, content). Long text is in content/.
// ---------------------------------------------------------------------------------------

/// Navigation labels of the content views.
pub const NAV_REFERENCES: &str = "References";
pub const NAV_ACTION: &str = "Take action";

/// The Teach view (issue 13): the pages it links to are in `content/teach/`.
pub const NAV_TEACH: &str = "Teach";
pub const TEACH_INTRO: &str = "Materials for a 45-minute lesson in a high-school civics class or a community workshop. Each opens as a page of its own that prints cleanly on Letter or A4.";
pub const TEACH_LESSON: &str = "Lesson plan";
pub const TEACH_LESSON_ABOUT: &str = "goals, the warm-up, the activity with links to the exact runs, discussion questions, an exit ticket and the answers";
pub const TEACH_GLOSSARY: &str = "Glossary";
pub const TEACH_GLOSSARY_ABOUT: &str = "ALPR, hot list, NCIC, retention, Lookup, National Lookup, MOU, hit-only and more, in plain words";
pub const TEACH_WORKSHEET: &str = "Student worksheet";
pub const TEACH_WORKSHEET_ABOUT: &str = "questions answered by using the app, with room to write";
pub const TEACH_FACT_SHEET: &str = "Fact sheet";
pub const TEACH_FACT_SHEET_ABOUT: &str = "the key facts, with their sources, on one page";

/// The FAQ.
pub const FAQ_INTRO: &str = "Short answers in plain language. Open a question to read its answer; the numbers in brackets lead to the sources.";

/// The references list.
pub const REFERENCES_INTRO: &str = "Where Plate Trail's facts come from, numbered as the app cites them, with each source's own date. Titles marked \"(described)\" are our own description, not the source's own title. Links open the other site only if you follow them; this page loads nothing from them.";
pub const REFERENCE_NO_DATE: &str = "no date given";
/// When the fast-moving facts (contracts, sharing settings, audit logs, laws, counts) were
/// last checked against their sources: the one place this date is kept.
pub const LAST_CHECKED_DATE: &str = "2026-11-30";

/// "Last checked against the sources: 30 Nov 2026.", shown beside fast-moving facts.
pub fn last_checked() -> String {
    format!(
        "Last checked against the sources: {}.",
        crate::content::date_label(LAST_CHECKED_DATE)
    )
}
pub const REFERENCE_NO_LINK: &str = "no public link";
pub const REFERENCE_SECONDARY: &str = "Secondary source: this figure reached us through press coverage of the document, not from the document itself.";

/// The letter on the Take action page.
pub const LETTER_TITLE: &str = "A letter to your local officials";
pub const LETTER_INTRO: &str = "Plate Trail writes this letter from your own simulation results. Copy it into an e-mail or print it, fill in the parts in [brackets], and send it to your select board or city council. Nothing is sent from here.";
pub const LETTER_RUN_FIRST: &str =
    "Run the simulator first: the letter is written from your own results.";
pub const LETTER_GO_TO_SIMULATOR: &str = "Go to the simulator";
pub const LETTER_PREVIEW_SAMPLE: &str = "Preview with sample numbers";
pub const LETTER_SAMPLE_NOTE: &str =
    "Sample numbers, not your results. Run the simulator to write the letter from your own.";
pub const LETTER_SOURCES: &str = "Sources for the letter's facts (30-day retention, search by description, a search log that records a typed reason rather than a warrant, New Hampshire's law):";
pub const LETTER_COPY: &str = "Copy the letter";
pub const LETTER_PRINT: &str = "Print the letter";
pub const LETTER_COPIED: &str =
    "Copied. Paste it into an e-mail or a document and fill in the parts in [brackets].";
pub const LETTER_COPY_FAILED: &str = "Your browser did not let Plate Trail copy the letter. Select the text above and copy it yourself.";
pub const LETTER_PRINT_FAILED: &str = "Your browser did not open its print dialog. Use its own Print command: only the letter is printed.";

// ---------------------------------------------------------------------------------------
// The analyst console and the policy lab (issue 6: console, who can see it, policy lab).
// ---------------------------------------------------------------------------------------

/// Navigation labels.
pub const NAV_CONSOLE: &str = "Analyst console";
pub const NAV_POLICY: &str = "Policy lab";

/// While the page reloads to load the module that draws the view (the console and the
/// policy lab are a module of their own).
pub const MODULE_LOADING: &str = "Opening this part of Plate Trail\u{2026}";
pub const MODULE_FAILED: &str =
    "This part of Plate Trail could not be loaded. Reload the page, or go back to the simulator.";

/// While a page's long text (FAQ, About, Take action) arrives.
pub const CONTENT_LOADING: &str = "Loading the text\u{2026}";

/// When a page's long text could not be fetched.
pub fn content_failed(page: &str) -> String {
    format!(
        "This page's text ({page}) could not be loaded. Check the connection and reload the page; everything else works without it."
    )
}

/// Shown while these views run the visitor's saved scenario.
pub const RUNNING_SIMULATION: &str = "Running the simulation\u{2026}";

/// "1,234".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The console.
pub const CONSOLE_TITLE: &str = "Analyst console";
pub const CONSOLE_INTRO: &str = "Sit at the vendor's search screen. These are the kinds of tools an agency's officers get, run here on your simulated town's database: the same sightings the simulator made of your car and of every other car. Each search is written to an audit log, as real systems do.";
pub const CONSOLE_MAP_LABEL: &str = "Town map with the cameras behind the search results";
pub const CONSOLE_MAP_NOTE: &str =
    "Lit cameras are the ones whose reads the results rest on; circles are the areas searched.";
pub const SEARCHED_AREA: &str = "Area searched";
pub const CONSOLE_OFFICER: &str = "You (Ofc. Visitor #000)";
pub const DEFAULT_REASON: &str = "investigation";

/// While the town-wide worker simulates the whole town for the console.
pub const CONSOLE_DATABASE_LOADING: &str =
    "Loading the vendor's database for the whole town\u{2026} (every car, every camera read)";

/// "The database holds 183,201 reads of 10,012 plates from 30 simulated days."
pub fn console_database(reads: usize, plates: usize, days: u32) -> String {
    format!(
        "The database holds {} of {} from {}.",
        count_of(reads, "read", "reads"),
        count_of(plates, "plate", "plates"),
        count_of(days as usize, "simulated day", "simulated days")
    )
}

/// Tool names.
pub const TOOL_PICKER: &str = "Search tool";
pub const TOOL_LOOKUP: &str = "Lookup";
pub const TOOL_ATTRIBUTES: &str = "Search by description";
pub const TOOL_MULTI_GEO: &str = "Multi-Geo";
pub const TOOL_CONVOY: &str = "Convoy";
pub const TOOL_STAKEOUT: &str = "Stakeout";
pub const TOOL_HOT_LIST: &str = "Hot list";

/// What each tool does.
pub const ABOUT_LOOKUP: &str = "Every camera that read a plate in the last 1, 7, 14 or 30 days.";
pub const ABOUT_ATTRIBUTES: &str = "Find cars with no plate at all, from a description: color, body type, roof rack, stickers, where and when. The vendor advertises this as searching by \u{201c}vehicle fingerprint\u{201d} and in plain words.";
pub const ABOUT_MULTI_GEO: &str = "Every car seen near both of two places.";
pub const ABOUT_CONVOY: &str = "Cars that pass the same cameras within minutes of a target car, again and again: who travels with whom.";
pub const ABOUT_STAKEOUT: &str = "Every car seen near one place in a time window, such as a protest at the town hall. Searches tied to protests have been documented.";
pub const ABOUT_HOT_LIST: &str = "Put a plate on a hot list (a list of wanted plates that every read is checked against) and every camera it passes raises an alert, in real time.";

/// Form fields.
pub const FIELD_PLATE: &str = "Plate";
pub const FIELD_LOOKBACK: &str = "How far back";
pub const FIELD_DESCRIPTION: &str = "Describe the vehicle";
pub const DESCRIPTION_HINT: &str = "Filled in from your car and a place it went, with no plate. Try your own: colors, body types (SUV, sedan, pickup...), roof rack, bumper sticker, dent, \u{201c}near the clinic\u{201d}, \u{201c}last Tuesday\u{201d}, \u{201c}in the morning\u{201d}.";
pub const FIELD_FIRST_PLACE: &str = "First place";
pub const FIELD_SECOND_PLACE: &str = "Second place";
pub const FIELD_TARGET_PLATE: &str = "Target plate";
pub const FIELD_WINDOW: &str = "Minutes either side of each read";
pub const FIELD_MIN_CAMERAS: &str = "At least this many different cameras";
pub const FIELD_PLACE: &str = "Place";
pub const FIELD_DAY: &str = "Day";
pub const FIELD_FROM_HOUR: &str = "From (hour, 0-23)";
pub const FIELD_HOURS: &str = "For how many hours";
pub const FIELD_HOT_PLATE: &str = "Plate to put on the hot list";
pub const FIELD_REASON: &str = "Reason (goes in the audit log)";
pub const FIELD_SCOPE: &str = "Networks to search (a network is one agency's cameras)";
pub const RUN_SEARCH: &str = "Search";

/// "1 day", "7 days".
pub fn days_label(days: u32) -> String {
    if days == 1 {
        "1 day".to_owned()
    } else {
        format!("{days} days")
    }
}

/// "Day 13 (Saturday)".
pub fn day_option(day: u32, weekday: &str) -> String {
    format!("Day {day} ({weekday})")
}

/// A search scope: "This department only (1 network)".
pub fn scope_label(slug: &str, networks: u32) -> String {
    let what = match slug {
        "own" => "This department only",
        "statewide" => "Statewide",
        _ => "National Lookup, nationwide",
    };
    if networks == 1 {
        format!("{what} (1 network)")
    } else {
        format!("{what} ({} networks)", thousands(networks as usize))
    }
}

/// A plate the vendor could not search.
pub fn bad_plate(typed: &str) -> String {
    format!("\u{201c}{typed}\u{201d} is not a plate: use 1 to 7 letters and digits, e.g. 4KTR217.")
}
pub const NO_CAMERA_NEAR: &str =
    "No camera covers one of these places, so the network cannot search there. Pick another place.";
pub const NO_SUCH_PLACE: &str = "Pick a place on the map's list to stake out.";

/// Result sentences.
pub const RESULTS_TITLE: &str = "Results";
pub const RESULTS_EMPTY: &str = "Pick a tool and press Search. The forms are filled in from your simulation, so one click shows what each tool does.";
pub const COMMUTER_FOUND: &str = "Your car is among the hits, found without its plate.";
pub const COMMUTER_NOT_FOUND: &str = "Your car is not among the hits.";
pub const TAG_YOUR_CAR: &str = "your car";
pub const TAG_COMPANION: &str = "really travels with you";

pub fn lookup_summary(plate: &str, days: u32, reads: usize, cameras: usize) -> String {
    format!(
        "{plate}: {} by {} in the last {}.",
        count_of(reads, "read", "reads"),
        count_of(cameras, "camera", "cameras"),
        days_label(days)
    )
}
pub fn camera_reads(reads: u32) -> String {
    if reads == 1 {
        "read it once".to_owned()
    } else {
        format!("read it {reads} times")
    }
}
pub fn hit_detail(look: &str, reads: usize) -> String {
    format!(
        "{look}; {}",
        count_of(reads, "matching read", "matching reads")
    )
}
pub fn attribute_summary(vehicles: usize) -> String {
    match vehicles {
        1 => "1 vehicle matches the description.".to_owned(),
        n => format!("{} vehicles match the description.", thousands(n)),
    }
}
pub fn multi_geo_detail(areas: usize, reads: usize) -> String {
    format!(
        "seen near {areas} of the places; {}",
        count_of(reads, "read", "reads")
    )
}
pub fn multi_geo_summary(names: &[String], vehicles: usize) -> String {
    format!(
        "{} near both {}.",
        vehicles_were_seen(vehicles),
        names.join(" and ")
    )
}

/// "1 vehicle was seen", "12 vehicles were seen".
fn vehicles_were_seen(vehicles: usize) -> String {
    match vehicles {
        1 => "1 vehicle was seen".to_owned(),
        n => format!("{} vehicles were seen", thousands(n)),
    }
}
pub fn convoy_detail(together: u32, days: u32, cameras: u32) -> String {
    format!(
        "passed the same camera within minutes {}, on {}, at {}",
        count_of(together as usize, "time", "times"),
        count_of(days as usize, "day", "days"),
        count_of(cameras as usize, "camera", "cameras")
    )
}
pub fn convoy_summary(plate: &str, vehicles: usize) -> String {
    match vehicles {
        1 => format!("1 vehicle traveled with {plate}."),
        n => format!(
            "{} vehicles traveled with {plate}, most often first.",
            thousands(n)
        ),
    }
}
pub fn stakeout_summary(place: &str, from: &str, vehicles: usize) -> String {
    format!("{} near {place} from {from}.", vehicles_were_seen(vehicles))
}
pub fn alert_detail(plate: &str, camera: &str) -> String {
    format!("ALERT: {plate} passed camera {camera}")
}
pub fn hot_list_summary(plate: &str, alerts: usize) -> String {
    format!(
        "{plate} is on the hot list: {}, one each time it passed a camera, in time order.",
        count_of(alerts, "alert", "alerts")
    )
}
/// How the free-text box read the description.
pub fn understood(words: &[String], ignored: &[String]) -> String {
    let mut out = format!("Searching for: {}.", words.join(", "));
    if !ignored.is_empty() {
        out.push_str(&format!(" Not understood: {}.", ignored.join(", ")));
    }
    out
}
pub const RESULTS_LIST: &str = "Search results";
/// A row's place in the results: "#12".
pub fn rank(rank: usize) -> String {
    format!("#{rank} ")
}
pub fn more_rows(more: usize) -> String {
    format!("And {} more not listed.", thousands(more))
}
pub fn search_millis(millis: f64) -> String {
    format!("The search took {millis:.0} ms in your browser.")
}

/// The audit log.
pub const AUDIT_TITLE: &str = "Audit log";
pub const AUDIT_EMPTY: &str = "No searches yet. Every search you run is logged here.";
pub const AUDIT_NOTE: &str = "Real audit logs record the agency, the officer, a free-text reason, the search and how many networks it reached; federal lookups against one Arkansas city each reached more than a thousand networks. The reason is whatever the officer types. Since December 2025 the network logs other agencies see leave out officer names, plates and vehicle-fingerprint details.";
pub const AUDIT_AGENCY: &str = "Agency";
pub const AUDIT_OFFICER: &str = "Officer";
pub const AUDIT_REASON: &str = "Reason";
pub const AUDIT_TYPE: &str = "Search";
pub const AUDIT_SUBJECT: &str = "For";
pub const AUDIT_NETWORKS: &str = "Networks searched";
pub const AUDIT_RESULTS: &str = "Results";
pub const AUDIT_NO_REASON: &str = "(none given)";
pub fn audit_count(count: usize) -> String {
    match count {
        1 => "1 search logged.".to_owned(),
        n => format!("{} searches logged.", thousands(n)),
    }
}

/// The policy view.
pub const POLICY_TITLE: &str = "Who can see it, and what rules would change";
pub const POLICY_INTRO: &str = "The vendor keeps reads for 30 days by default, and a department can share them with others, up to every participating agency in the country. Here is who that lets in, and what shorter retention, hit-only storage (keeping only reads of wanted plates), less sharing or fewer cameras would leave an analyst knowing about your car.";
pub const COMPARING: &str = "Re-running the analyst under these rules\u{2026}";

/// Who can see it.
pub const WHO_TITLE: &str = "Who can see it";
pub const WHO_INTRO: &str = "The department that runs the cameras picks a sharing setting. Each wider setting lets more agencies query your car's reads; in 2016-17 records of another vendor's network (Vigilant Solutions' LEARN), agencies shared with at least 160 others on average.";
pub const WHO_DIAGRAM_CAPTION: &str = "Agencies that can query your car's reads under each sharing setting (bars on a log scale; the list below gives the details). The highlighted bar is the setting chosen in the policy lab.";

pub fn sharing_slug(setting: crate::analyst::SharingSetting) -> &'static str {
    use crate::analyst::SharingSetting::*;
    match setting {
        None => "none",
        OneToOne => "one-to-one",
        VendorContractClause => "vendor-clause",
        Radius => "radius",
        Statewide => "statewide",
        National => "national",
    }
}

pub fn sharing_short(setting: crate::analyst::SharingSetting) -> &'static str {
    use crate::analyst::SharingSetting::*;
    match setting {
        None => "No sharing",
        OneToOne => "One-to-one",
        VendorContractClause => "Vendor clause",
        Radius => "Radius",
        Statewide => "Statewide",
        National => "National Lookup",
    }
}

pub fn sharing_label(setting: crate::analyst::SharingSetting) -> &'static str {
    use crate::analyst::SharingSetting::*;
    match setting {
        None => "No sharing",
        OneToOne => "One-to-one with a partner",
        VendorContractClause => "No sharing, but the vendor's contract clause",
        Radius => "Within a radius",
        Statewide => "Statewide",
        National => "National Lookup (every participating agency in the country)",
    }
}

/// National Lookup's reach: the one sourced range, used wherever the app gives it, and the
/// figure the model counts inside it.
pub const NATIONAL_REACH: &str = "Every participating agency in the country, reciprocally. In released records one nationwide search reached between 1,076 and 6,809 agencies' networks (Conway, Arkansas, 2026; Johnson County, Texas, 2025); Plate Trail counts 2,690, the most one federal lookup in the Conway records reached. Flock says it works with more than 5,000 police departments. Federal lookups reach local cameras this way, and in Mountain View, California, a nationwide setting was switched on without the department knowing.";

pub fn sharing_explained(setting: crate::analyst::SharingSetting) -> &'static str {
    use crate::analyst::SharingSetting::*;
    match setting {
        None => "Only the department that runs the cameras can search them.",
        OneToOne => "The department shares with one agency it names.",
        VendorContractClause => {
            "The department shares with no one, yet the vendor's default agreement gives the vendor a worldwide, perpetual right to disclose agency data \u{201c}for investigative purposes\u{201d}. Boston negotiated this clause out."
        }
        Radius => "Agencies within a chosen distance: the neighboring towns and the state police.",
        Statewide => {
            "Every participating agency in the state; in Massachusetts more than 40 police departments contract with Flock, so Plate Trail counts 40."
        }
        National => NATIONAL_REACH,
    }
}

pub fn agency_kind_name(kind: crate::analyst::AgencyKind) -> &'static str {
    use crate::analyst::AgencyKind::*;
    match kind {
        TownPolice => "the town's police",
        NeighbourPolice => "neighboring police",
        StatePolice => "state police",
        StatewideAgency => "other departments in the state",
        NationalLookupAgency => "agencies in other states",
        FederalAgency => "federal agencies",
        Vendor => "the vendor",
    }
}

/// "1 agency", "3 agencies", "about 2,690 agencies" (the statewide and national counts are
/// estimates from one sourced figure each).
pub fn agencies(count: u32) -> String {
    match count {
        1 => "1 agency".to_owned(),
        n if n < 10 => format!("{n} agencies"),
        n => format!("about {} agencies", thousands(n as usize)),
    }
}

/// The lab.
pub const LAB_TITLE: &str = "Policy lab";
pub const LAB_INTRO: &str = "Pick a real law or move the levers. The analyst is re-run on what the database would still hold at the end of your simulation; the left column is the common set-up: Flock's 30 days with National Lookup switched on, as about three agencies in four run it.";
pub const LAB_CONTROLS_TITLE: &str = "Rules";
pub const LAB_PRESETS: &str = "Start from a law or contract";
pub const LAB_RETENTION: &str = "Keep reads for";
pub const LAB_HIT_ONLY: &str = "Store only reads that match a hot list (a list of wanted plates)";
pub const LAB_SHARING: &str = "Sharing";
pub const LAB_CAMERAS: &str = "Cameras running";

/// A preset's name in the policy lab.
pub fn preset_name(source: crate::analyst::PresetSource) -> &'static str {
    use crate::analyst::PresetSource::*;
    match source {
        CommonSetup => "Common set-up",
        NewHampshire => "New Hampshire RSA 261:75-b",
        MassachusettsH3431 => "Massachusetts H.3431 (proposed)",
        Maine => "Maine",
        Virginia => "Virginia HB 2724 (Va. Code 2.2-5517)",
        California => "California SB 34",
        Illinois => "Illinois HB 3326",
        OneYear => "One year",
    }
}

/// What a preset's law or set-up says, beside its name (the citation links follow it).
pub fn preset_citation(source: crate::analyst::PresetSource) -> &'static str {
    use crate::analyst::PresetSource::*;
    match source {
        CommonSetup => {
            "Flock keeps reads 30 days from capture; sharing is opt-in, and about three agencies in four switch on National Lookup (reported second-hand)"
        }
        NewHampshire => "Purged within 3 minutes unless it matches a hot list",
        MassachusettsH3431 => {
            "Police would have erased data within 48 hours (a state office could keep data sent to it 120 days); sent to study (2023-24)"
        }
        Maine => "21 days (NCSL table of state statutes)",
        Virginia => {
            "21 days, limited purposes, and no sharing outside Virginia's own agencies (2025)"
        }
        California => {
            "No sharing with out-of-state or federal agencies or private entities (2015; AG bulletin 2023-DLE-06)"
        }
        Illinois => {
            "No sharing for immigration enforcement or reproductive-health investigations (2023)"
        }
        OneYear => "No statute: an agency keeping a year of reads",
    }
}

pub fn retention_label(retention: crate::analyst::Retention) -> &'static str {
    use crate::analyst::Retention::*;
    match retention {
        ThreeMinutesUnlessHit => "3 minutes unless a hit",
        FortyEightHours => "48 hours",
        TwentyOneDays => "21 days",
        ThirtyDays => "30 days",
        OneYear => "1 year",
    }
}

pub fn camera_percent(percent: u32) -> String {
    if percent >= 100 {
        "All of them".to_owned()
    } else {
        format!("{percent}% of them")
    }
}

/// The comparison.
pub const COMPARISON_TITLE: &str = "What an analyst can still tell";
pub const COL_WHAT: &str = "About your car";
pub const COL_BEFORE: &str = "Common set-up (30 days, National Lookup)";
pub const COL_AFTER: &str = "Under these rules";
pub const ROW_READS: &str = "Reads held";
pub const ROW_HOME: &str = "Home";
pub const ROW_WORK: &str = "Work";
pub const ROW_PLACES: &str = "Places";
pub const ROW_SENSITIVE: &str = "Sensitive visits";
pub const ROW_ASSOCIATES: &str = "Who travels with you";
pub const ROW_WHO: &str = "Who can query it";
pub const NOT_FOUND: &str = "None: cannot tell";

/// "Found: within 200 m (the guess is 85 m from your real home)".
pub fn anchor_found(radius_meters: f64, error_meters: f64, what: &str) -> String {
    format!(
        "Found: within {:.0} m ({:.0} m from your real {})",
        radius_meters,
        error_meters,
        what.to_lowercase()
    )
}

pub fn associate_line(plate: &str, real: bool) -> String {
    if real {
        format!("{plate} (really travels with you)")
    } else {
        format!("{plate} (a coincidence)")
    }
}

/// The sentence over the before/after table: of the findings the common set-up's column
/// lists (home, work, each place, sensitive place and associate), `lost` are gone under the
/// rules and `kept` are still listed.
pub fn comparison_sentence(lost: usize, kept: usize) -> String {
    let listed = lost + kept;
    match (lost, kept) {
        (0, 0) => "Under the common set-up the analyst could list nothing about your car here, so these rules have nothing to take away.".to_owned(),
        (0, 1) => "These rules take nothing away: the one finding listed under the common set-up remains.".to_owned(),
        (0, k) => format!("These rules take nothing away: all {k} findings listed under the common set-up remain."),
        (1, 0) => "These rules take away the one finding listed under the common set-up.".to_owned(),
        (l, 0) => format!("These rules take away all {l} findings listed under the common set-up."),
        (l, k) => format!(
            "These rules take away {l} of the {listed} findings listed under the common set-up; {k} {}.",
            if k == 1 { "remains" } else { "remain" }
        ),
    }
}

pub fn purpose_name(purpose: crate::analyst::sharing::SearchPurpose) -> &'static str {
    use crate::analyst::sharing::SearchPurpose::*;
    match purpose {
        StolenVehicle => "stolen vehicles",
        Investigation => "investigations",
        MissingPerson => "missing persons",
        Immigration => "immigration enforcement",
        ReproductiveHealth => "reproductive-health investigations",
        Protest => "protests",
        NoReasonGiven => "searches with no reason",
    }
}

pub fn banned_note(banned: &[crate::analyst::sharing::SearchPurpose]) -> String {
    let names: Vec<&str> = banned.iter().map(|p| purpose_name(*p)).collect();
    format!(
        "These rules also forbid sharing for {}. That limits why others may search, not what the database holds, so the dossier does not change.",
        names.join(" and ")
    )
}

/// "a union hall", "an immigration legal-aid office": a place kind as a sentence says it.
pub fn with_article(noun: &str) -> String {
    let article = match noun.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    };
    format!("{article} {noun}")
}

/// "Day 3, Wed 07:42" for a simulation minute.
pub fn format_minute(minute: u32) -> String {
    let day = minute / crate::sim::MINUTES_PER_DAY + 1;
    let of_day = minute % crate::sim::MINUTES_PER_DAY;
    format!(
        "Day {day}, {} {:02}:{:02}",
        weekday_short(crate::sim::Weekday::of_minute(minute)),
        of_day / 60,
        of_day % 60
    )
}

/// The playback clock: [`format_minute`], except that the end of a run that ends at
/// midnight is the last day's 24:00 ("Day 30, Tue 24:00"), not the next day's 00:00: a
/// 30-day run shows no Day 31.
pub fn format_playback_minute(minute: u32, end_minute: u32) -> String {
    let per_day = crate::sim::MINUTES_PER_DAY;
    if end_minute == 0 || minute < end_minute || !end_minute.is_multiple_of(per_day) {
        return format_minute(minute);
    }
    let last = end_minute - 1;
    format!(
        "Day {}, {} 24:00",
        last / per_day + 1,
        weekday_short(crate::sim::Weekday::of_minute(last))
    )
}

/// A fingerprint as the vendor's screen shows it: "Silver Toyota Corolla sedan, roof rack".
pub fn describe_fingerprint(fingerprint: &crate::sim::Fingerprint) -> String {
    let mut out = format!(
        "{} {} {} {}",
        colour_name(fingerprint.colour),
        fingerprint.make,
        fingerprint.model,
        body_name(fingerprint.body)
    );
    for feature in &fingerprint.features {
        out.push_str(", ");
        out.push_str(feature_name(*feature));
    }
    out
}

// ---- The visitor's first two minutes on a phone (issue 12): the headline, the story's
// buttons, moving a pin on purpose, map instructions by input, the camera control. ----

/// "Cameras read your plate 28 times in 30 days."
pub fn headline_reads(reads: usize, days: u32) -> String {
    let days = if days == 1 {
        "1 day".to_owned()
    } else {
        format!("{days} days")
    };
    match reads {
        0 => format!("No camera read your plate in {days}."),
        1 => format!("Cameras read your plate once in {days}."),
        n => format!("Cameras read your plate {n} times in {days}."),
    }
}

/// What the analyst made of the reads, with the distances from the truth: "From those
/// reads alone, an analyst put your home 300 m and your work 1.1 km from where they really
/// are, and flagged 2 possible visits to sensitive places (...)."
pub fn headline_findings(
    home_off_meters: Option<f64>,
    work_off_meters: Option<f64>,
    sensitive_flags: usize,
) -> String {
    let anchors = match (home_off_meters, work_off_meters) {
        (Some(home), Some(work)) => format!(
            "put your home {} and your work {} from where they really are",
            distance(home),
            distance(work)
        ),
        (Some(home), None) => format!("put your home {} from where it really is", distance(home)),
        (None, Some(work)) => format!("put your work {} from where it really is", distance(work)),
        (None, None) if sensitive_flags == 0 => {
            return "From those reads alone, an analyst could not pin down your home or your work."
                .to_owned();
        }
        (None, None) => "could not pin down your home or your work".to_owned(),
    };
    let flags = match sensitive_flags {
        0 => String::new(),
        1 => ", and flagged 1 possible visit to a sensitive place (worship, clinic, union, court)"
            .to_owned(),
        n => format!(
            ", and flagged {n} possible visits to sensitive places (worship, clinic, union, court)"
        ),
    };
    format!("From those reads alone, an analyst {anchors}{flags}.")
}

pub const HEADLINE_ANALYSING: &str = "An analyst is reading them now\u{2026}";
pub const JUMP_TO_RESULTS: &str = "What they found";
pub const JUMP_TO_LIFE: &str = "Change your life";
pub const CONTROLS_INTRO: &str = "Change anything here and the month runs again at once: the map, the log and the dossier follow.";

/// The main button: "Watch the 30 days drive by".
pub fn watch_days(days: u32) -> String {
    if days == 1 {
        "Watch the day drive by".to_owned()
    } else {
        format!("Watch the {days} days drive by")
    }
}

/// Said when the drive reaches its end.
pub fn drive_over(reads: usize) -> String {
    format!(
        "The drive is over: cameras read your plate {reads} times. The dossier shows what they figured out; the button {JUMP_TO_RESULTS:?} takes you there."
    )
}

/// Moving a pin on purpose.
pub const MOVE_HOME: &str = "Move home";
pub const MOVE_WORK: &str = "Move work";
pub const MOVE_STOP: &str = "Pick the place on the map";
pub const STOP_ADD_HINT_PICK: &str = "Choose the place from the list, or press \u{201c}Pick the place on the map\u{201d} and tap or click it (where no place is, the stop becomes a friend's house).";
pub const MOVE_CANCEL: &str = "Cancel";
pub const MOVE_UNDO: &str = "Undo";
pub const MOVE_CANCELLED: &str = "Nothing moved.";
pub const MOVE_UNDONE: &str = "Move undone. The simulation and the dossier are updated.";
pub const PICK_BAR_LABEL: &str = "Move a pin on the map";

/// What is being placed, for the instructions.
pub const PLACING_HOME: &str = "your home";
pub const PLACING_WORK: &str = "your work";
pub const PLACING_STOP: &str = "the new stop";

/// The instruction while a pin is being placed, on a touch screen.
pub fn placing_touch(what: &str) -> String {
    format!("Tap the map where {what} should be.")
}

/// The same, for a keyboard or a mouse.
pub fn placing_keys(what: &str) -> String {
    format!(
        "Click the map where {what} should be, or move the map under the crosshair with the arrow keys and press Enter."
    )
}

/// Said when a pin placing starts.
pub fn placing_started(what: &str) -> String {
    format!(
        "Choosing where {what} should be: the map has the focus. Arrow keys move it under the crosshair, Enter chooses; or tap or click the map."
    )
}

/// The pick bar after a move: "Home moved."
pub fn moved(what: &str) -> String {
    format!("{} moved.", capitalised(what.trim_start_matches("your ")))
}

/// Map instructions, one for touch screens and one for keyboards and mice.
pub const MAP_TOUCH: &str = "Drag to move the map, pinch to zoom.";
pub const MAP_KEYBOARD: &str = "With the map focused: arrow keys move it (Shift for small steps), + and - zoom, 0 shows the whole town. A mouse drags and its wheel zooms.";
pub const MAP_TOUCH_PICK: &str = "Tap a spot to choose it. Drag to move the map, pinch to zoom.";
pub const MAP_KEYBOARD_PICK: &str = "Click a spot to choose it, or with the map focused move it under the crosshair with the arrow keys (Shift for small steps) and press Enter. + and - zoom, 0 shows the whole town.";

/// The camera control.
pub const CAMERAS_LABEL: &str = "Cameras in town";

/// "20 cameras on Millbrook's 22.6 km²: 0.9 per km²."
pub fn town_density(town: &str, cameras: u32, area_square_km: f64) -> String {
    format!(
        "{cameras} cameras on {town}'s {area_square_km:.1} km\u{b2}: {:.1} per km\u{b2}.",
        f64::from(cameras) / area_square_km
    )
}

pub const REAL_DENSITIES: &str = "Police plate cameras mapped in real Massachusetts towns:";

/// "Chelsea: 9 on 6.5 km², 1.4 per km²".
pub fn real_density(town: &str, cameras: u32, area_square_km: f64) -> String {
    format!(
        "{town}: {cameras} on about {area_square_km} km\u{b2}, {:.1} per km\u{b2}",
        f64::from(cameras) / area_square_km
    )
}

/// The button that sets a real town's density: "As dense as Chelsea: 31 cameras".
pub fn as_dense_as(town: &str, cameras: u32) -> String {
    format!("As dense as {town}: {cameras} cameras")
}

pub const CAMERAS_HINT: &str =
    "More cameras, fewer gaps: watch how soon the dossier finds your street.";

// ---- End of issue 12's phone strings. ----

// ---- Share links and the embed (issue 13). ----

/// The share bar in the header.
pub const SHARE_LABEL: &str = "Share this run";
pub const SHARE_COPY_LINK: &str = "Copy link";
pub const SHARE_COPIED: &str =
    "Link copied. It opens this run (the same town, car, map and dossier) on any computer.";
pub const SHARE_COPY_FAILED: &str = "This browser did not let Plate Trail copy. The link is selected here: copy it yourself (Ctrl+C, or \u{2318}C on a Mac).";
pub const SHARE_LINK_FIELD: &str = "Link to this run";
pub const EMBED_OPEN: &str = "Embed this";

/// The "Embed this" dialog.
pub const EMBED_TITLE: &str = "Put this run in your page";
pub const EMBED_INTRO: &str = "Paste this HTML into a lesson page or a course site. The frame shows this run and this view without Plate Trail's header, runs in each reader's browser and sends nothing anywhere.";
pub const EMBED_SNIPPET: &str = "HTML to paste";
pub const EMBED_COPY: &str = "Copy the HTML";
pub const EMBED_COPIED: &str = "Copied.";
pub const EMBED_COPY_FAILED: &str =
    "This browser did not let Plate Trail copy: select the HTML above and copy it yourself.";
pub const EMBED_CLOSE: &str = "Close";
/// The iframe's title in the snippet (read by screen readers on the host page).
pub const EMBED_FRAME_TITLE: &str =
    "Plate Trail: what a license-plate-reader network learns about one car";

/// The compact app in an iframe.
pub const EMBED_OPEN_FULL: &str = "Open in Plate Trail";

/// What was wrong with the link the page opened with.
pub fn link_problem(problem: &crate::scenario::link::LinkProblem) -> String {
    use crate::scenario::link::{LinkProblem::*, NumberSetting};
    let why = match problem {
        TooLong { bytes } => format!("it is far too long ({bytes} characters), so it was not read"),
        UnknownVersion(v) => format!("it was made by a newer version of Plate Trail (format {v})"),
        OutOfRange { setting, value } => {
            let what = match setting {
                NumberSetting::Version => "format version",
                NumberSetting::Seed => "seed",
                NumberSetting::Days => "number of days",
                NumberSetting::Cameras => "number of cameras",
                NumberSetting::Population => "number of cars",
            };
            format!("its {what} (\"{value}\") is not a number Plate Trail can run")
        }
        UnknownPersona(p) => format!("it names a life Plate Trail does not have (\"{p}\")"),
        UnknownPolicy(p) => format!("it names a policy the lab does not have (\"{p}\")"),
        UnknownLanguage(l) => {
            return format!(
                "This link asks for a language Plate Trail does not have yet (\"{l}\"), so it is shown in English."
            );
        }
        BrokenLife => "the life it carries was cut short or changed".to_owned(),
        Malformed => {
            "part of it is not in Plate Trail's link format (cut short, or changed by hand)"
                .to_owned()
        }
    };
    format!(
        "This link could not be opened as it was: {why}. The default run is shown instead; anything saved in this browser is untouched."
    )
}

// A real town from a map file (issue 15): the import, its problems, the scenario file.

/// The town picker's heading.
pub const TOWN_PICKER_TITLE: &str = "Your own town";
/// What the town picker does, and that the files stay in the browser.
pub const TOWN_PICKER_INTRO: &str = "Run all of this on real streets: pick or drop a road map exported from OpenStreetMap (.osm from openstreetmap.org's Export or JOSM, Overpass .json, or a small .osm.pbf extract), and if you have one, a camera file (DeFlock's .kml, .geojson or .csv). Or load a scenario file saved here. The files are read in this browser and never uploaded.";
/// The file button's label.
pub const TOWN_PICK_FILES: &str = "Choose map and camera files";
/// The drop zone's hint.
pub const TOWN_DROP_HINT: &str = "or drop them here";
/// While the worker reads the files.
pub const TOWN_IMPORTING: &str = "Reading your town";
/// After the town is read, while the page draws it.
pub const TOWN_DRAWING: &str = "Drawing your town";
/// Back to the generated town.
pub const TOWN_BACK_TO_MADE_UP: &str = "Back to the made-up town";
/// Saves the imported town, its cameras and the visitor's life as a file.
pub const SAVE_SCENARIO_FILE: &str = "Save scenario file";
/// What the saved file is for.
pub const SAVE_SCENARIO_FILE_HINT: &str = "The file holds this town, its cameras and your life in it: load it here on another computer (a share link cannot carry a town).";
/// Said when the imported town's run starts.
pub const TOWN_CHOSEN: &str = "Your town is on the map. The run starts.";
/// Said when the made-up town is back.
pub const MADE_UP_TOWN_CHOSEN: &str = "The made-up town is back.";
/// Where no worker can start: only the worker reads map files.
pub const IMPORT_NEEDS_WORKER: &str = "this browser could not start the background worker that reads map files; try a current Chrome, Firefox or Safari";
/// A camera file alone.
pub const IMPORT_CAMERAS_ALONE: &str =
    "a camera file needs a road map with it: pick the road map and the camera file together";
/// More than two files.
pub const IMPORT_TOO_MANY_FILES: &str = "pick one road map and at most one camera file";
/// What to try after a failed import.
pub const IMPORT_ADVICE: &str = "Try an OpenStreetMap export of a smaller area (.osm, Overpass .json or .osm.pbf) and, for cameras, DeFlock's .kml, .geojson or .csv. Your current town is unchanged.";
/// A saved run on an imported town that this browser no longer holds.
pub const TOWN_FILE_NOT_HERE: &str = "Your last run was on a town read from a map file, which this page no longer holds. Here is the made-up town; to go back, load the map file or a scenario file under \"Your own town\".";

/// A run whose imported town the page (or worker) does not hold.
pub fn town_file_needed(town: &str) -> String {
    format!(
        "This run is on {town}, a town read from a map file that a link cannot carry: load that map file, or the run's scenario file, under \"Your own town\"."
    )
}

/// A failed import: which file, what is wrong, what to try.
pub fn import_problem(file: &str, what: &str) -> String {
    format!("{file}: {what}. {IMPORT_ADVICE}")
}

/// A scenario file that cannot be loaded.
pub fn scenario_file_problem(file: &str, what: &str) -> String {
    format!(
        "{file}: {what}. Save it again from Plate Trail, or load its map file instead. Your current town is unchanged."
    )
}

/// A scenario file that is not one, or is broken.
pub fn scenario_file_broken(detail: &str) -> String {
    format!("this is not a readable Plate Trail scenario file ({detail})")
}

/// A scenario file from a newer Plate Trail.
pub fn scenario_file_newer(version: u32, ours: u32) -> String {
    format!(
        "this scenario file is version {version}, from a newer Plate Trail than this one (version {ours}); open it with the newer Plate Trail or reload this page for the newest"
    )
}

/// The import's progress bar's label.
pub fn import_progress(percent: u32) -> String {
    format!("{TOWN_IMPORTING}: {percent}%")
}

/// What the import found.
pub fn town_imported(
    town: &str,
    places: usize,
    road_km: f64,
    cameras: (usize, usize, usize),
) -> String {
    let (read, snapped, unmatched) = cameras;
    format!(
        "{town}: {road_km:.1} km of road and {places} named places. Cameras: {snapped} on its roads of {read} read, {unmatched} too far from any road to place."
    )
}

/// The line over the map for a town read from a map file, with the data's attribution.
pub fn real_town(town: &str, attribution: &str) -> String {
    format!(
        "{town} is a real town, read from your map file: its streets, places and cameras are real; its people and cars are simulated. {attribution}."
    )
}

/// The map's label for a town read from a map file.
pub fn real_town_map_label(town: &str) -> String {
    format!("Map of {town}, from your map file")
}

#[cfg(test)]
mod tests {
    use super::*;

    mod plurals {
        use super::*;

        #[test]
        fn one_is_singular() {
            assert_eq!(map_text_places(1), "Places (besides 1 house)");
            assert_eq!(map_text_places(240), "Places (besides 240 houses)");
            assert!(hit_detail("Silver sedan", 1).ends_with("; 1 matching read"));
            assert!(hit_detail("Silver sedan", 3).ends_with("; 3 matching reads"));
            assert!(multi_geo_detail(2, 1).ends_with("1 read"));
            assert_eq!(attribute_summary(1), "1 vehicle matches the description.");
            assert!(lookup_summary("4KTR217", 7, 1, 1).contains("1 read by 1 camera "));
            assert!(hot_list_summary("4KTR217", 1).contains(": 1 alert,"));
            assert!(convoy_detail(1, 1, 1).contains("1 time, on 1 day, at 1 camera"));
            assert_eq!(log_count(1, 1), "1 row");
            assert!(status_line(1, 1, true).contains("read your plate once."));
            assert!(place_guess("Gym", "gym", 1).ends_with("Went to Gym once."));
            assert!(days_out_of_range(90, 1).ends_with("so 1 day is simulated."));
        }

        #[test]
        fn a_place_named_for_its_kind_is_named_once() {
            use crate::sim::PlaceKind;
            assert_eq!(place_label("Home", PlaceKind::Home), "Home");
            assert_eq!(
                place_label("St. Mary's", PlaceKind::Church),
                "St. Mary's (church)"
            );
            assert_eq!(
                place_label("Route 30 Office Park", PlaceKind::OfficePark),
                "Route 30 Office Park"
            );
        }

        #[test]
        fn the_ui_spells_license_the_us_way() {
            assert!(TAGLINE.contains("license"));
            assert!(!TAGLINE.contains("licence"));
        }
    }

    mod format_minute {
        use super::*;

        #[test]
        fn the_end_of_a_30_day_run_is_day_30() {
            let end = 30 * crate::sim::MINUTES_PER_DAY;
            let shown = format_playback_minute(end, end);
            assert!(shown.starts_with("Day 30, "), "{shown}");
            assert!(shown.ends_with("24:00"), "{shown}");
            assert_eq!(format_playback_minute(end - 1, end), format_minute(end - 1));
            assert_eq!(format_playback_minute(0, end), "Day 1, Mon 00:00");
        }

        #[test]
        fn names_the_day_weekday_and_clock() {
            assert_eq!(format_minute(0), "Day 1, Mon 00:00");
            assert_eq!(
                format_minute(crate::sim::MINUTES_PER_DAY + 7 * 60 + 42),
                "Day 2, Tue 07:42"
            );
        }
    }
}
