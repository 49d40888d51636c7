//! Every short user-visible string, in one place, so translations (Spanish, Brazilian
//! Portuguese) can later swap this table without touching the views. Long text (FAQ,
//! references) lives in `content/` as Markdown.

pub mod catalog;
pub mod ftl;
pub mod letter;
pub mod present;

include!(concat!(env!("OUT_DIR"), "/messages_text.rs"));

// ---- The simulator view and the map (issue 5). ----

/// A place kind's name as a visitor says it.
pub fn place_kind_name(kind: crate::sim::PlaceKind) -> &'static str {
    use crate::sim::PlaceKind::*;
    match kind {
        Home => place_kind_name_home(),
        FriendsHouse => place_kind_name_friends_house(),
        Hospital => place_kind_name_hospital(),
        School => place_kind_name_school(),
        Daycare => place_kind_name_daycare(),
        Factory => place_kind_name_factory(),
        OfficePark => place_kind_name_office_park(),
        Store => place_kind_name_store(),
        Grocery => place_kind_name_grocery(),
        Gym => place_kind_name_gym(),
        Bar => place_kind_name_bar(),
        Restaurant => place_kind_name_restaurant(),
        Church => place_kind_name_church(),
        Mosque => place_kind_name_mosque(),
        Synagogue => place_kind_name_synagogue(),
        Temple => place_kind_name_temple(),
        ReproductiveHealthClinic => place_kind_name_reproductive_health_clinic(),
        ImmigrationLegalAid => place_kind_name_immigration_legal_aid(),
        UnionHall => place_kind_name_union_hall(),
        Courthouse => place_kind_name_courthouse(),
        TownHall => place_kind_name_town_hall(),
        OutOfTown => place_kind_name_out_of_town(),
    }
}

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
        North => direction_name_north(),
        East => direction_name_east(),
        South => direction_name_south(),
        West => direction_name_west(),
    }
}

/// A vehicle colour.
pub fn colour_name(colour: crate::sim::Colour) -> &'static str {
    use crate::sim::Colour::*;
    match colour {
        White => colour_name_white(),
        Black => colour_name_black(),
        Silver => colour_name_silver(),
        Grey => colour_name_grey(),
        Blue => colour_name_blue(),
        Red => colour_name_red(),
        Green => colour_name_green(),
        Brown => colour_name_brown(),
        Yellow => colour_name_yellow(),
    }
}

/// A vehicle body type.
pub fn body_name(body: crate::sim::BodyType) -> &'static str {
    use crate::sim::BodyType::*;
    match body {
        Sedan => body_name_sedan(),
        Suv => body_name_suv(),
        Pickup => body_name_pickup(),
        Hatchback => body_name_hatchback(),
        Minivan => body_name_minivan(),
        Van => body_name_van(),
        Coupe => body_name_coupe(),
    }
}

/// A fingerprint feature.
pub fn feature_name(feature: crate::sim::Feature) -> &'static str {
    use crate::sim::Feature::*;
    match feature {
        RoofRack => feature_name_roof_rack(),
        BumperSticker => feature_name_bumper_sticker(),
        Dent => feature_name_dent(),
        TemporaryTag => feature_name_temporary_tag(),
    }
}

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
        Home => finding_title_home(),
        Work => finding_title_work(),
        Routine => finding_title_routine(),
        Place => finding_title_place(),
        Sensitive => finding_title_sensitive(),
        Associate => finding_title_associate(),
        Prediction => finding_title_prediction(),
    }
}

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

/// The sentence over the chart: `(k, share)` of the first point reaching 95% (or the last).
pub fn uniqueness_sentence(point: Option<(u32, f64)>) -> String {
    match point {
        Some((k, share)) => format!(
            "Knowing just {k} of a car's sightings is enough to single out {:.0}% of the cars in this town: a trail needs no name to point at one car, and its owner.",
            share * 100.0
        ),
        None => uniqueness_idle().to_owned(),
    }
}

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

/// "Home they guessed, 140 m from the truth".
pub fn marker_guess(what: &str, error_meters: Option<f64>) -> String {
    match error_meters {
        Some(m) => format!("{what} they guessed, {} from the truth", distance(m)),
        None => format!("{what} they guessed"),
    }
}

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
        OfficeParent => persona_name_office_parent(),
        HospitalNurse => persona_name_hospital_nurse(),
        FactoryOrganiser => persona_name_factory_organiser(),
        NightNurse => persona_name_night_nurse(),
        DayLabourer => persona_name_day_labourer(),
        Student => persona_name_student(),
    }
}

/// A regular stop's marker title.
pub fn stop_title(purpose: &str) -> String {
    format!("Your regular stop: {purpose}")
}

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

/// "Last checked against the sources: 30 Nov 2026.", shown beside fast-moving facts.
pub fn last_checked() -> String {
    format!(
        "Last checked against the sources: {}.",
        crate::content::date_label(last_checked_date())
    )
}

// ---------------------------------------------------------------------------------------
// The analyst console and the policy lab (issue 6: console, who can see it, policy lab).
// ---------------------------------------------------------------------------------------

/// When a page's long text could not be fetched.
pub fn content_failed(page: &str) -> String {
    format!(
        "This page's text ({page}) could not be loaded. Check the connection and reload the page; everything else works without it."
    )
}

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

/// "The database holds 183,201 reads of 10,012 plates from 30 simulated days."
pub fn console_database(reads: usize, plates: usize, days: u32) -> String {
    format!(
        "The database holds {} of {} from {}.",
        count_of(reads, "read", "reads"),
        count_of(plates, "plate", "plates"),
        count_of(days as usize, "simulated day", "simulated days")
    )
}

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

pub fn audit_count(count: usize) -> String {
    match count {
        1 => "1 search logged.".to_owned(),
        n => format!("{} searches logged.", thousands(n)),
    }
}

pub fn sharing_slug(setting: crate::analyst::SharingSetting) -> &'static str {
    use crate::analyst::SharingSetting::*;
    match setting {
        None => sharing_slug_none(),
        OneToOne => sharing_slug_one_to_one(),
        VendorContractClause => sharing_slug_vendor_contract_clause(),
        Radius => sharing_slug_radius(),
        Statewide => sharing_slug_statewide(),
        National => sharing_slug_national(),
    }
}

pub fn sharing_short(setting: crate::analyst::SharingSetting) -> &'static str {
    use crate::analyst::SharingSetting::*;
    match setting {
        None => sharing_short_none(),
        OneToOne => sharing_short_one_to_one(),
        VendorContractClause => sharing_short_vendor_contract_clause(),
        Radius => sharing_short_radius(),
        Statewide => sharing_short_statewide(),
        National => sharing_short_national(),
    }
}

pub fn sharing_label(setting: crate::analyst::SharingSetting) -> &'static str {
    use crate::analyst::SharingSetting::*;
    match setting {
        None => sharing_label_none(),
        OneToOne => sharing_label_one_to_one(),
        VendorContractClause => sharing_label_vendor_contract_clause(),
        Radius => sharing_label_radius(),
        Statewide => sharing_label_statewide(),
        National => sharing_label_national(),
    }
}

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
        National => national_reach(),
    }
}

pub fn agency_kind_name(kind: crate::analyst::AgencyKind) -> &'static str {
    use crate::analyst::AgencyKind::*;
    match kind {
        TownPolice => agency_kind_name_town_police(),
        NeighbourPolice => agency_kind_name_neighbour_police(),
        StatePolice => agency_kind_name_state_police(),
        StatewideAgency => agency_kind_name_statewide_agency(),
        NationalLookupAgency => agency_kind_name_national_lookup_agency(),
        FederalAgency => agency_kind_name_federal_agency(),
        Vendor => agency_kind_name_vendor(),
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

/// A preset's name in the policy lab.
pub fn preset_name(source: crate::analyst::PresetSource) -> &'static str {
    use crate::analyst::PresetSource::*;
    match source {
        CommonSetup => preset_name_common_setup(),
        NewHampshire => preset_name_new_hampshire(),
        MassachusettsH3431 => preset_name_massachusetts_h3431(),
        Maine => preset_name_maine(),
        Virginia => preset_name_virginia(),
        California => preset_name_california(),
        Illinois => preset_name_illinois(),
        OneYear => preset_name_one_year(),
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
        ThreeMinutesUnlessHit => retention_label_three_minutes_unless_hit(),
        FortyEightHours => retention_label_forty_eight_hours(),
        TwentyOneDays => retention_label_twenty_one_days(),
        ThirtyDays => retention_label_thirty_days(),
        OneYear => retention_label_one_year(),
    }
}

pub fn camera_percent(percent: u32) -> String {
    if percent >= 100 {
        "All of them".to_owned()
    } else {
        format!("{percent}% of them")
    }
}

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
        StolenVehicle => purpose_name_stolen_vehicle(),
        Investigation => purpose_name_investigation(),
        MissingPerson => purpose_name_missing_person(),
        Immigration => purpose_name_immigration(),
        ReproductiveHealth => purpose_name_reproductive_health(),
        Protest => purpose_name_protest(),
        NoReasonGiven => purpose_name_no_reason_given(),
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
        "The drive is over: cameras read your plate {reads} times. The dossier shows what they figured out; the button {:?} takes you there.",
        jump_to_results()
    )
}

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

/// "20 cameras on Millbrook's 22.6 km²: 0.9 per km²."
pub fn town_density(town: &str, cameras: u32, area_square_km: f64) -> String {
    format!(
        "{cameras} cameras on {town}'s {area_square_km:.1} km\u{b2}: {:.1} per km\u{b2}.",
        f64::from(cameras) / area_square_km
    )
}

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

// ---- End of issue 12's phone strings. ----

// ---- Share links and the embed (issue 13). ----

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
            assert!(tagline().contains("license"));
            assert!(!tagline().contains("licence"));
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
