//! Every short user-visible string, in one place, so translations (Spanish, Brazilian
//! Portuguese) can later swap this table without touching the views. Long text (FAQ,
//! references) lives in `content/` as Markdown.

/// The app's name.
pub const APP_NAME: &str = "Plate Trail";
/// The one-line promise under the heading.
pub const TAGLINE: &str = "See what a licence-plate-reader network learns about one car: yours.";

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
pub const MAP_LABEL: &str = "Town map";
pub const MAP_KEYS: &str = "Map keys: arrows move the map (Shift for small steps), + and - zoom, 0 shows the whole town. Drag or pinch to move and zoom.";
pub const MAP_KEYS_PICK: &str = "Map keys: arrows move the map under the crosshair (Shift for small steps), + and - zoom, 0 shows the whole town, Enter puts the chosen pin at the crosshair. You can also click or tap the map.";
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
    }
}

/// The capture log.
pub const LOG_TITLE: &str = "The capture log: what the vendor's database holds about your plate";
pub const LOG_INTRO: &str = "Every row is a camera reading your plate. Nobody suspected you of anything; the rows are kept anyway, by default for 30 days.";
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
        format!("{total} rows")
    } else {
        format!("{shown} of {total} rows")
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
        Grey => "Grey",
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
pub const DRIVE: &str = "Drive";
pub const PAUSE: &str = "Pause";
pub const RESUME: &str = "Resume";
pub const REPLAY: &str = "Drive again";
pub const SKIP_TO_END: &str = "Skip to the end";
pub const SPEED: &str = "Speed";
pub const SPEED_SLOW: &str = "1 day a second";
pub const SPEED_NORMAL: &str = "3 days a second";
pub const SPEED_FAST: &str = "10 days a second";
pub const TIMELINE: &str = "Timeline";

/// "Drive 30 days".
pub fn drive_days(days: u32) -> String {
    if days == 1 {
        "Drive 1 day".to_owned()
    } else {
        format!("Drive {days} days")
    }
}

/// Saving the visitor's scenario in this browser.
pub const SAVED_UNREADABLE: &str = "The scenario saved in this browser could not be read (perhaps from an older version of Plate Trail), so the default one is shown. Your next change will be saved.";
pub const SAVED_UNAVAILABLE: &str = "This browser does not let Plate Trail save your choices (private mode?), so they will be lost on reload.";
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
        "An analyst with access to the camera database looked only at the {rows} rows above, plus the vendor's search tools. No warrant, no suspicion."
    )
}

/// A finding's heading.
pub fn finding_title(kind: crate::views::simulator::FindingKind) -> &'static str {
    use crate::views::simulator::FindingKind::*;
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
pub const UNIQUENESS_CAPTION: &str =
    "Share of the town's cars that k random sightings of that car match no other car.";
pub const UNIQUENESS_X_AXIS: &str = "sightings known (k)";
pub const UNIQUENESS_TABLE: &str = "The chart as a table";
pub const UNIQUENESS_K: &str = "Sightings known (k)";
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

/// Parts of the core not built yet.
pub const SIM_NOT_READY: &str = "The town simulation is not available in this build yet.";
pub const ANALYST_NOT_READY: &str = "The analyst's part is not available in this build yet.";

/// Said after a change.
pub const HOME_MOVED: &str = "Home moved. The simulation and the dossier are updated.";
pub const WORK_MOVED: &str = "Work moved. The simulation and the dossier are updated.";

/// Your life: the scenario controls.
pub const CONTROLS_TITLE: &str = "Your life";
pub const HOME_PLACE: &str = "Home";
pub const WORK_PLACE: &str = "Work";
pub const SPOT_ON_MAP: &str = "A spot picked on the map";
pub const PIN_LEGEND: &str = "A click on the map (or Enter at its crosshair) moves";
pub const PIN_HOME: &str = "your home";
pub const PIN_WORK: &str = "your work";
pub const WORKDAYS: &str = "Workdays";
pub const DAYS: &str = "Days to simulate";
pub const DAYS_HINT: &str = "30 is the vendor's default retention.";
pub const SEED: &str = "Seed";
pub const NEXT_SEED: &str = "Next seed";
pub const SEED_HINT: &str = "The same seed gives everyone the same town and the same week.";
pub const PICK_HOME: &str = "Put home at the crosshair";
pub const PICK_WORK: &str = "Put work at the crosshair";

/// The map as text.
pub const MAP_TEXT_TITLE: &str = "The map as text: places, cameras, your pins";
pub const MAP_TEXT_PINS: &str = "Your pins and their guesses";
pub const SENSITIVE_SUFFIX: &str = ", a sensitive place";

/// "Places (besides 240 houses)".
pub fn map_text_places(houses: usize) -> String {
    format!("Places (besides {houses} houses)")
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
pub const SIMULATOR_INTRO: &str = "Set where you live and work (pick from the lists or click the map), press Drive, and watch the cameras read your plate. Then see what an analyst with database access works out, next to the truth.";
pub const BUILDING_TOWN: &str = "Building the town\u{2026}";
pub const LEGEND_HOME_WORD: &str = "Home";
pub const LEGEND_WORK_WORD: &str = "Work";
pub const LEGEND_PLACE_WORD: &str = "A place";

/// The map's accessible name.
pub fn town_map_label(town: &str) -> String {
    format!("Map of {town}")
}

/// The line under the playback controls.
pub fn status_line(so_far: usize, total: usize, complete: bool) -> String {
    if complete {
        format!(
            "Done: cameras read your plate {total} times. Every read is in the log below, and the dossier shows what it gives away."
        )
    } else if so_far == 0 {
        "Press Drive: your car will go about its weeks, and every camera that reads your plate will flash.".to_owned()
    } else {
        format!("Cameras have read your plate {so_far} times so far.")
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
    match visits {
        1 => format!("Went to {name} ({kind}) once."),
        n => format!("Went to {name} ({kind}) {n} times."),
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
        "Plate {plate} travels with you: read right next to yours {together} times, on {days} days, at {cameras} cameras."
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

/// A ready-made life's name.
pub fn persona_name(persona: crate::sim::Persona) -> &'static str {
    use crate::sim::Persona::*;
    match persona {
        OfficeParent => "Office worker and parent: school run, church, a clinic visit",
        HospitalNurse => "Hospital nurse on 12-hour shifts: mosque, legal aid",
        FactoryOrganiser => "Factory worker and union organiser: union hall, synagogue",
    }
}
pub const PERSONA: &str = "A ready-made life";
pub const PERSONA_CUSTOM: &str = "Your own changes";

/// Said after choosing a ready-made life.
pub const PERSONA_CHOSEN: &str = "New life chosen. The simulation and the dossier are updated.";

/// A regular stop's marker title.
pub fn stop_title(purpose: &str) -> String {
    format!("Your regular stop: {purpose}")
}

// ---- End of the simulator view's strings. ----

// ---------------------------------------------------------------------------------------
// FAQ, References, Take action and About (issue 6, content). Long text is in content/.
// ---------------------------------------------------------------------------------------

/// Navigation labels of the content views.
pub const NAV_REFERENCES: &str = "References";
pub const NAV_ACTION: &str = "Take action";

/// The FAQ.
pub const FAQ_INTRO: &str = "Short answers in plain language. Open a question to read its answer; the numbers in brackets lead to the sources.";

/// The references list.
pub const REFERENCES_INTRO: &str = "Where Plate Trail's facts come from, numbered as the app cites them, with each source's own date. Titles marked \"(described)\" are our own description, not the source's own title. Links open the other site only if you follow them; this page loads nothing from them.";
pub const REFERENCE_NO_DATE: &str = "no date given";
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
pub const LETTER_SOURCES: &str = "Sources for the letter's facts (30-day retention, search by description, New Hampshire's law):";
pub const LETTER_COPY: &str = "Copy the letter";
pub const LETTER_PRINT: &str = "Print the letter";
pub const LETTER_COPIED: &str =
    "Copied. Paste it into an e-mail or a document and fill in the parts in [brackets].";
pub const LETTER_COPY_FAILED: &str = "Your browser did not let Plate Trail copy the letter. Select the text above and copy it yourself.";
pub const LETTER_PRINT_FAILED: &str = "Your browser did not open its print dialog. Use its own Print command: only the letter is printed.";
