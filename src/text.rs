//! Every short user-visible string, in one place, so translations (Spanish, Brazilian
//! Portuguese) can later swap this table without touching the views. Long text (FAQ,
//! references) lives in `content/` as Markdown.

pub mod catalog;
pub mod findings;
pub mod ftl;
pub mod letter;
pub mod present;
pub mod results;
pub mod tools;

/// The typed message functions of `locales/en/text.ftl` (one per message, named after its
/// id), written by `build.rs`. The functions below that share a message's name wrap it.
pub mod messages {
    include!(concat!(env!("OUT_DIR"), "/messages_text.rs"));
}
pub use findings::{guess_sentence, truth_sentence};
pub use messages::*;
pub use results::{description, row_detail, row_title, search_error, search_summary, understood};

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
        Park => place_kind_name_park(),
        Shelter => place_kind_name_shelter(),
    }
}

/// A place kind with its article, as the letter lists it: "a church", "an office park".
pub fn place_kind_with_article(kind: crate::sim::PlaceKind) -> &'static str {
    use crate::sim::PlaceKind::*;
    match kind {
        Home => place_kind_article_home(),
        FriendsHouse => place_kind_article_friends_house(),
        Hospital => place_kind_article_hospital(),
        School => place_kind_article_school(),
        Daycare => place_kind_article_daycare(),
        Factory => place_kind_article_factory(),
        OfficePark => place_kind_article_office_park(),
        Store => place_kind_article_store(),
        Grocery => place_kind_article_grocery(),
        Gym => place_kind_article_gym(),
        Bar => place_kind_article_bar(),
        Restaurant => place_kind_article_restaurant(),
        Church => place_kind_article_church(),
        Mosque => place_kind_article_mosque(),
        Synagogue => place_kind_article_synagogue(),
        Temple => place_kind_article_temple(),
        ReproductiveHealthClinic => place_kind_article_reproductive_health_clinic(),
        ImmigrationLegalAid => place_kind_article_immigration_legal_aid(),
        UnionHall => place_kind_article_union_hall(),
        Courthouse => place_kind_article_courthouse(),
        TownHall => place_kind_article_town_hall(),
        OutOfTown => place_kind_article_out_of_town(),
        Park => place_kind_article_park(),
        Shelter => place_kind_article_shelter(),
    }
}

/// A regular stop's purpose: "gym", "weekly worship".
pub fn stop_purpose_name(purpose: crate::sim::StopPurpose) -> &'static str {
    use crate::sim::StopPurpose::*;
    match purpose {
        SchoolDropOff => stop_purpose_school_drop_off(),
        Gym => stop_purpose_gym(),
        Grocery => stop_purpose_grocery(),
        Worship => stop_purpose_worship(),
        Clinic => stop_purpose_clinic(),
        LegalAid => stop_purpose_legal_aid(),
        UnionMeeting => stop_purpose_union_meeting(),
        Protest => stop_purpose_protest(),
        Friend => stop_purpose_friend(),
        WeekendTrip => stop_purpose_weekend_trip(),
        JobSite => stop_purpose_job_site(),
        CourtHearing => stop_purpose_court_hearing(),
        NightOut => stop_purpose_night_out(),
        PartTimeJob => stop_purpose_part_time_job(),
        Errand => stop_purpose_errand(),
    }
}

/// "12 of 48 rows" or "48 rows".
pub fn log_count(shown: usize, total: usize) -> String {
    if shown == total {
        log_count_all(total)
    } else {
        log_count_some(shown, total)
    }
}

/// "Mon".
pub fn weekday_short(day: crate::sim::Weekday) -> &'static str {
    [
        weekday_short_mon,
        weekday_short_tue,
        weekday_short_wed,
        weekday_short_thu,
        weekday_short_fri,
        weekday_short_sat,
        weekday_short_sun,
    ][day.index()]()
}

/// "Monday".
pub fn weekday_name(day: crate::sim::Weekday) -> &'static str {
    [
        weekday_monday,
        weekday_tuesday,
        weekday_wednesday,
        weekday_thursday,
        weekday_friday,
        weekday_saturday,
        weekday_sunday,
    ][day.index()]()
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

/// A vehicle colour as a word on its own, in its default form (Spanish "blanco").
pub fn colour_name(colour: crate::sim::Colour) -> String {
    colour_word(colour, "")
}

/// A vehicle colour describing a body, agreeing with the body noun's grammatical gender where
/// the language's colour words do: Spanish "blanca" for la SUV, "blanco" for el sedán.
pub fn colour_for_body(colour: crate::sim::Colour, body: crate::sim::BodyType) -> String {
    colour_word(colour, body_gender(body))
}

/// `colour`'s word for a noun of `gender` (a `body-gender-*` value; "" for the default).
fn colour_word(colour: crate::sim::Colour, gender: &str) -> String {
    use crate::sim::Colour::*;
    match colour {
        White => colour_name_white(gender),
        Black => colour_name_black(gender),
        Silver => colour_name_silver(gender),
        Grey => colour_name_grey(gender),
        Blue => colour_name_blue(gender),
        Red => colour_name_red(gender),
        Green => colour_name_green(gender),
        Brown => colour_name_brown(gender),
        Yellow => colour_name_yellow(gender),
    }
}

/// The grammatical gender of a body type's noun in the language ("feminine" for Spanish la
/// SUV), the key colour words select on; never shown.
fn body_gender(body: crate::sim::BodyType) -> &'static str {
    use crate::sim::BodyType::*;
    match body {
        Sedan => body_gender_sedan(),
        Suv => body_gender_suv(),
        Pickup => body_gender_pickup(),
        Hatchback => body_gender_hatchback(),
        Minivan => body_gender_minivan(),
        Van => body_gender_van(),
        Coupe => body_gender_coupe(),
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
pub fn verdict(verdict: crate::scenario::Verdict) -> &'static str {
    use crate::scenario::Verdict;
    match verdict {
        Verdict::Right => verdict_right(),
        Verdict::RightButVague => verdict_vague(),
        Verdict::Wrong => verdict_wrong(),
    }
}

/// "140 m" or "2.3 km"; "under 10 m" for what rounds to none (a guess on the very spot).
pub fn distance(meters: f64) -> String {
    if meters < 5.0 {
        distance_under_ten_meters().to_owned()
    } else if meters < 995.0 {
        distance_meters((meters / 10.0).round() * 10.0)
    } else {
        distance_km(ftl::Arg::fixed(meters / 1000.0, 1))
    }
}

/// The town-wide work's progress: step `done + 1` of `total` is under way.
pub fn town_work_step(done: u32, total: u32) -> String {
    let what = match done {
        0 => town_work_driving(),
        1 => town_work_indexing(),
        2 => town_work_convoys(),
        _ => town_work_uniqueness(),
    };
    messages::town_work_step((done + 1).min(total), total, what)
}

/// The sentence over the chart: `(k, share)` of the first point reaching 95% (or the last).
pub fn uniqueness_sentence(point: Option<(u32, f64)>) -> String {
    match point {
        Some((k, share)) => messages::uniqueness_sentence(k, share * 100.0),
        None => uniqueness_idle().to_owned(),
    }
}

/// Something in the seed field that is not a whole number: the run keeps its seed.
pub fn seed_not_a_number(kept: u64) -> String {
    messages::seed_not_a_number(kept.to_string())
}

/// A place as lists and titles name it: "St. Mary's (church)"; a place whose name already
/// says its kind is named once: "Route 30 Office Park", not "Route 30 Office Park (office
/// park)"; a place without a name (the visitor's own) from its kind: "Your home".
pub fn place_label(name: &str, kind: crate::sim::PlaceKind) -> String {
    let words = place_with_kind(name, kind);
    if name.is_empty() {
        capitalised(&words)
    } else {
        words
    }
}

/// A place inside a sentence: its name as it is, or for a place without a name (the
/// visitor's home, workplace or a stop where no town place is, `sim::Place::name`) words from
/// its kind in the language now chosen: "your home", "your stop (gym)".
pub fn place_name(name: &str, kind: crate::sim::PlaceKind) -> String {
    if name.is_empty() {
        unnamed_place(kind)
    } else {
        name.to_owned()
    }
}

fn unnamed_place(kind: crate::sim::PlaceKind) -> String {
    use crate::sim::PlaceKind;
    match kind {
        PlaceKind::Home => unnamed_place_home().to_owned(),
        PlaceKind::OfficePark => unnamed_place_workplace().to_owned(),
        kind => unnamed_place_stop(place_kind_name(kind)),
    }
}

/// A place inside a sentence, its kind added where the name does not say it: "St. Mary's
/// (church)", "your stop (gym)".
fn place_with_kind(name: &str, kind: crate::sim::PlaceKind) -> String {
    if name.is_empty() {
        unnamed_place(kind)
    } else {
        with_kind(name, place_kind_name(kind))
    }
}

fn with_kind(name: &str, kind: &str) -> String {
    if name.to_lowercase().ends_with(&kind.to_lowercase()) {
        name.to_owned()
    } else {
        messages::named_with_kind(name, kind)
    }
}

/// "Home they guessed, 140 m from the truth".
pub fn marker_guess(what: &str, error_meters: Option<f64>) -> String {
    match error_meters {
        Some(m) => marker_guess_off(what, distance(m)),
        None => messages::marker_guess(what),
    }
}

/// The line under the playback controls.
pub fn status_line(so_far: usize, total: usize, complete: bool) -> String {
    if complete {
        status_done(total)
    } else if so_far == 0 {
        status_start().to_owned()
    } else {
        status_so_far(so_far)
    }
}

fn clock(minute_of_day: u32) -> String {
    catalog::clock(minute_of_day)
}

/// The home or work guess: "Within 200 m of a spot near Elm Street, worked out from 21 stops."
pub fn anchor_guess(
    radius_meters: f64,
    near: Option<&crate::scenario::PlaceMention>,
    stops: u32,
) -> String {
    match near {
        Some(place) => anchor_guess_near(
            distance(radius_meters),
            place_name(&place.name, place.kind),
            stops,
        ),
        None => messages::anchor_guess(distance(radius_meters), stops),
    }
}

/// The truth beside a home or work guess.
pub fn anchor_truth(
    near: Option<&crate::scenario::PlaceMention>,
    error_meters: f64,
    inside: bool,
) -> String {
    let inside = if inside { "yes" } else { "no" };
    match near {
        Some(place) => anchor_truth_near(
            place_name(&place.name, place.kind),
            distance(error_meters),
            inside,
        ),
        None => messages::anchor_truth(distance(error_meters), inside),
    }
}

/// One weekday of the routine: "Tue: on the road 4 of 4, first read about 07:42, last about 17:55."
pub fn routine_day(
    day: crate::sim::Weekday,
    driven: u32,
    observed: u32,
    first: Option<u32>,
    last: Option<u32>,
) -> String {
    let mut s = messages::routine_day(weekday_short(day), driven, observed);
    if let Some(first) = first {
        s.push_str(&routine_first(clock(first)));
    }
    if let Some(last) = last {
        s.push_str(&routine_last(clock(last)));
    }
    s.push_str(routine_end());
    s
}

/// The truth beside the routine (and beside a work guess in a life with no workdays).
pub fn routine_truth(workdays: &[crate::sim::Weekday], shift_start_minute_of_day: u32) -> String {
    if workdays.is_empty() {
        return routine_no_work().to_owned();
    }
    let days: Vec<&str> = workdays.iter().map(|d| weekday_short(*d)).collect();
    messages::routine_truth(
        days.join(list_separator()),
        clock(shift_start_minute_of_day),
    )
}

/// A place guess: "Went to St. Mary's Church (church) 4 times."
pub fn place_guess(place: &crate::scenario::PlaceMention, visits: usize) -> String {
    messages::place_guess(place_with_kind(&place.name, place.kind), visits)
}

/// A flag stating at least this confidence is "probably" at its places (more often right
/// than wrong); under it, "may have been" (issue 17: denser networks raise one-off flags
/// stated from 0.3).
const PROBABLY: f64 = 0.5;

/// A flagged sensitive visit, with the confidence the finding states: "Probably at St.
/// Anne's Church or Al-Noor Mosque (4 stops)." or, under an even chance, "May have been
/// at ...".
pub fn sensitive_flag_guess(
    places: &[crate::scenario::PlaceMention],
    stops: usize,
    confidence: f64,
) -> String {
    let names: Vec<String> = places.iter().map(|p| place_name(&p.name, p.kind)).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    if confidence >= PROBABLY {
        messages::sensitive_flag_guess(list_with_or(&names), stops)
    } else {
        messages::sensitive_flag_maybe(list_with_or(&names), stops)
    }
}

/// The truth beside a flagged sensitive visit: how many of its stops really were there.
pub fn sensitive_flag_truth(right: usize, stops: usize) -> String {
    match (right, stops) {
        (0, _) => sensitive_flag_none().to_owned(),
        (r, s) if r == s && s == 1 => sensitive_flag_one().to_owned(),
        (r, s) if r == s => sensitive_flag_all(s),
        (r, s) => sensitive_flag_some(r, s),
    }
}

/// The truth beside a place guess.
pub fn place_truth(true_visits: usize) -> String {
    messages::place_truth(true_visits)
}

/// An associate guess.
pub fn associate_guess(plate: &str, together: u32, days: u32, cameras: u32) -> String {
    messages::associate_guess(plate, together, days, cameras)
}

/// The truth beside an associate guess.
pub fn associate_truth(companion: bool) -> &'static str {
    if companion {
        associate_truth_yes()
    } else {
        associate_truth_no()
    }
}

/// The prediction: "Next Tuesday around 07:45 your car will pass camera FL-07: 80% likely. ..."
pub fn prediction_guess(
    day: crate::sim::Weekday,
    minute_of_day: u32,
    camera: &str,
    probability: f64,
) -> String {
    messages::prediction_guess(
        weekday_name(day),
        clock(minute_of_day),
        camera,
        probability * 100.0,
    )
}

/// What the visitor's car really did on the predicted day (the run continued a week), with
/// the minute of the day it passed the camera, if it did.
pub fn prediction_truth(day: crate::sim::Weekday, camera: &str, passed_at: Option<u32>) -> String {
    match passed_at {
        Some(minute) => prediction_came_true(weekday_name(day), camera, clock(minute)),
        None => prediction_missed(weekday_name(day), camera),
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

/// Under the list of ready-made lives: "Sensitive stops in this life: church, a clinic visit".
pub fn persona_stops(persona: crate::sim::Persona) -> String {
    use crate::sim::Persona::*;
    messages::persona_stops(match persona {
        OfficeParent => persona_stops_office_parent(),
        HospitalNurse => persona_stops_hospital_nurse(),
        FactoryOrganiser => persona_stops_factory_organiser(),
        NightNurse => persona_stops_night_nurse(),
        DayLabourer => persona_stops_day_labourer(),
        Student => persona_stops_student(),
    })
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
        (0, m) => messages::stay_minutes(m),
        (h, 0) => stay_hours(h),
        (h, m) => stay_hours_minutes(h, m),
    };
    messages::stop_line(purpose, place, days, clock(arrive_minute_of_day), stay)
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

/// When the fast-moving facts (contracts, sharing settings, audit logs, laws, counts) were
/// last checked against their sources: the one place this date is kept. It is no later than
/// the oldest `checked` day in `content/references.json` (a test in `content` holds it).
pub const LAST_CHECKED_DATE: &str = "2026-11-30";

/// "Last checked against the sources: 30 Nov 2026.", shown beside fast-moving facts.
pub fn last_checked() -> String {
    messages::last_checked(date(LAST_CHECKED_DATE))
}

/// A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date as the current language writes it: "3 Nov 2025",
/// "3 nov 2025", "3 de nov. de 2025"; "May 2025"; a year alone as it is.
pub fn date(date: &str) -> String {
    match crate::content::date_parts(date) {
        (year, Some(month), Some(day)) => messages::date_day_month_year(day, month, year),
        (year, Some(month), None) => messages::date_month_year(month, year),
        (year, ..) => year.to_owned(),
    }
}

/// A `YYYY-MM-DD` date written out as a sentence says it: "4 October 2026", "4 de octubre
/// de 2026"; a date without its day as [`date`] writes it.
pub fn long_date(date: &str) -> String {
    match crate::content::date_parts(date) {
        (year, Some(month), Some(day)) => messages::date_long(day, month, year),
        _ => self::date(date),
    }
}

// ---------------------------------------------------------------------------------------
// The analyst console and the policy lab (issue 6: console, who can see it, policy lab).
// ---------------------------------------------------------------------------------------

/// "1,234" (or "1.234"): a whole number, grouped the current language's way.
pub fn thousands(n: usize) -> String {
    catalog::whole_number(n)
}

/// "Statewide (40 networks)": a search scope, by its slug.
pub fn scope_label(slug: &str, networks: u32) -> String {
    let what = match slug {
        "own" => scope_own(),
        "statewide" => scope_statewide(),
        _ => scope_national(),
    };
    messages::scope_label(what, networks)
}

/// "4KTR217: 12 reads by 3 cameras in the last 30 days."
pub fn lookup_summary(plate: &str, days: u32, reads: usize, cameras: usize) -> String {
    messages::lookup_summary(plate, reads, cameras, days)
}
/// The vehicles a multi-place search found.
pub fn multi_geo_summary(names: &[String], vehicles: usize) -> String {
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    messages::multi_geo_summary(vehicles, list_with_and(&names))
}

/// "3 vehicles traveled with 4KTR217, most often first."
pub fn convoy_summary(plate: &str, vehicles: usize) -> String {
    messages::convoy_summary(vehicles, plate)
}
/// A stakeout's result from the minute of the run it starts at, the moment written as a
/// sentence says it ("from Day 13 (Sat) at 1:00 PM"; Spanish "desde el día 13 (sáb.) a las
/// 13:00"), not as the playback clock labels it.
pub fn stakeout_summary_from(place: &str, from_minute: u32, vehicles: usize) -> String {
    let minute_of_day = from_minute % crate::sim::MINUTES_PER_DAY;
    messages::stakeout_summary_from(
        vehicles,
        place,
        from_minute / crate::sim::MINUTES_PER_DAY + 1,
        weekday_short(crate::sim::Weekday::of_minute(from_minute)),
        minute_of_day / 60,
        clock(minute_of_day),
    )
}

/// "1 agency", "7 agencies", "about 2,690 agencies".
pub fn agencies(count: u32) -> String {
    match count {
        n if n < 10 => messages::agencies(n),
        n => agencies_about(n),
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

/// What a policy takes away from the findings listed under the common set-up.
pub fn comparison_sentence(lost: usize, kept: usize) -> String {
    match (lost, kept) {
        (0, 0) => comparison_nothing_listed().to_owned(),
        (0, k) => comparison_nothing_lost(k),
        (l, 0) => comparison_all_lost(l),
        (l, k) => comparison_some_lost(l, l + k, k),
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

/// "Day 2, Tue 7:42\u{a0}AM", the time of day the language's way ([`clock`]).
pub fn format_minute(minute: u32) -> String {
    let day = minute / crate::sim::MINUTES_PER_DAY + 1;
    messages::format_minute(
        day,
        weekday_short(crate::sim::Weekday::of_minute(minute)),
        clock(minute % crate::sim::MINUTES_PER_DAY),
    )
}

/// The playback clock: the end of a run of whole days is the end of day 30 ("Day 30, Tue,
/// end of day"; "Día 30, mar 24:00"), not the start of day 31.
pub fn format_playback_minute(minute: u32, end_minute: u32) -> String {
    let per_day = crate::sim::MINUTES_PER_DAY;
    if end_minute == 0 || minute < end_minute || !end_minute.is_multiple_of(per_day) {
        return format_minute(minute);
    }
    let last = end_minute - 1;
    format_end_of_day(
        last / per_day + 1,
        weekday_short(crate::sim::Weekday::of_minute(last)),
    )
}

/// "Silver Toyota Camry sedan, roof rack".
pub fn describe_fingerprint(fingerprint: &crate::sim::Fingerprint) -> String {
    let mut out = messages::fingerprint(
        colour_for_body(fingerprint.colour, fingerprint.body),
        fingerprint.make.to_string(),
        fingerprint.model.to_string(),
        body_name(fingerprint.body),
    );
    for feature in &fingerprint.features {
        out.push_str(list_separator());
        out.push_str(feature_name(*feature));
    }
    out
}

// ---- The visitor's first two minutes on a phone (issue 12): the headline, the story's
// buttons, moving a pin on purpose, map instructions by input, the camera control. ----

/// The headline's first sentence: "Cameras read your plate 212 times in 30 days.", or for
/// the generated town "Cameras in this fictional town read your plate 212 times in 30 days."
pub fn headline_reads(reads: usize, days: u32, fictional: bool) -> String {
    if fictional {
        messages::headline_reads_fictional(reads, days)
    } else {
        messages::headline_reads(reads, days)
    }
}

/// The headline's second sentence: how far off the home and work guesses are, and the
/// sensitive places flagged.
pub fn headline_findings(
    home_off_meters: Option<f64>,
    work_off_meters: Option<f64>,
    sensitive_flags: usize,
) -> String {
    let anchors = match (home_off_meters, work_off_meters) {
        (Some(home), Some(work)) => headline_home_and_work(distance(home), distance(work)),
        (Some(home), None) => headline_home(distance(home)),
        (None, Some(work)) => headline_work(distance(work)),
        (None, None) if sensitive_flags == 0 => return headline_nothing().to_owned(),
        (None, None) => headline_neither().to_owned(),
    };
    messages::headline_findings(anchors, sensitive_flags)
}

/// Said when the drive reaches its end.
pub fn drive_over(reads: usize) -> String {
    messages::drive_over(reads, jump_to_results())
}

/// Where a point is by `place`, the nearest named place: `east` and `north` meters from it
/// (negative for west and south). "250 m north-east of Oak Street School"; "at Oak Street
/// School" within 50 m. The compass point is read from the two offsets, with no angle: no
/// `atan2` in the first visit's download.
pub fn whereabouts(place: &str, east: f64, north: f64) -> String {
    // tan 22.5°: a point within 22.5° of north is north.
    const TAN_HALF_POINT: f64 = 0.414_213_562_373_095;
    let meters = (east * east + north * north).sqrt();
    if meters < 50.0 {
        return messages::map_whereabouts_at(place);
    }
    let north_south = if north >= 0.0 { "n" } else { "s" };
    let east_west = if east >= 0.0 { "e" } else { "w" };
    let point = if east.abs() <= north.abs() * TAN_HALF_POINT {
        north_south.to_owned()
    } else if north.abs() <= east.abs() * TAN_HALF_POINT {
        east_west.to_owned()
    } else {
        format!("{north_south}{east_west}")
    };
    messages::map_whereabouts(distance(meters), point, place)
}

/// Where the map's crosshair is while a pin is placed by keyboard ([`whereabouts`]):
/// "Crosshair 250 m north-east of Oak Street School."
pub fn map_crosshair(place: &str, east: f64, north: f64) -> String {
    messages::map_crosshair(whereabouts(place, east, north))
}

/// Hours from minutes as the hours field shows them: "16", "0.5", "7.25".
fn hours(minutes: u32) -> ftl::Arg {
    let digits = match minutes % 60 {
        0 => 0,
        m if m % 6 == 0 => 1,
        _ => 2,
    };
    ftl::Arg::fixed(f64::from(minutes) / 60.0, digits)
}

/// Under "Hours at work": the number typed lies outside `range` (minutes), and
/// `used_minutes` are simulated instead.
pub fn shift_hours_out_of_range(
    range: &std::ops::RangeInclusive<u32>,
    used_minutes: u32,
) -> String {
    messages::shift_hours_out_of_range(
        hours(*range.start()),
        hours(*range.end()),
        hours(used_minutes),
    )
}

/// Under "Hours at work": what was typed is not a number; the run keeps `kept_minutes`.
pub fn shift_hours_not_a_number(
    range: &std::ops::RangeInclusive<u32>,
    kept_minutes: u32,
) -> String {
    messages::shift_hours_not_a_number(
        hours(*range.start()),
        hours(*range.end()),
        hours(kept_minutes),
    )
}

/// "Home moved.": `what` is the pin's name, "your home".
pub fn moved(what: &str) -> String {
    messages::moved(capitalised(what.trim_start_matches("your ")))
}

/// "40 cameras on Millbrook's 12.5 km²: 3.2 per km²."
pub fn town_density(town: &str, cameras: u32, area_square_km: f64) -> String {
    messages::town_density(
        cameras,
        town,
        ftl::Arg::fixed(area_square_km, 1),
        ftl::Arg::fixed(f64::from(cameras) / area_square_km, 1),
    )
}

/// A real town's density: "Oakland: 480 on about 144 km², 3.3 per km²".
pub fn real_density(town: &str, cameras: u32, area_square_km: f64) -> String {
    messages::real_density(
        town,
        cameras,
        // As the source gives it ("about 144", "about 6.5"), in the language's own digits.
        ftl::Arg::fixed(
            area_square_km,
            if area_square_km.fract() == 0.0 { 0 } else { 1 },
        ),
        ftl::Arg::fixed(f64::from(cameras) / area_square_km, 1),
    )
}

// ---- End of issue 12's phone strings. ----

// ---- Share links and the embed (issue 13). ----

/// What the visitor is told about the link the page opened with: a sentence for each of
/// its first three `problems`, then, when its run was set aside, which run is shown instead:
/// the one saved in this browser (`saved_run`) or the default. Empty for a good link.
pub fn link_problems(
    problems: &[crate::scenario::link::LinkProblem],
    saved_run: bool,
) -> Vec<String> {
    let mut sentences: Vec<String> = problems.iter().take(3).map(link_problem_sentence).collect();
    if problems
        .iter()
        .any(crate::scenario::link::LinkProblem::resets_run)
    {
        let instead = if saved_run {
            link_shown_saved()
        } else {
            link_shown_default()
        };
        sentences.push(instead.to_owned());
    }
    sentences
}

/// One of a link's problems, as a sentence.
fn link_problem_sentence(problem: &crate::scenario::link::LinkProblem) -> String {
    use crate::scenario::link::{LinkProblem::*, NumberSetting};
    let why = match problem {
        TooLong { bytes } => link_too_long(*bytes),
        UnknownVersion(v) => link_unknown_version(v.to_string()),
        OutOfRange { setting, value } => {
            let what = match setting {
                NumberSetting::Version => link_setting_version(),
                NumberSetting::Seed => link_setting_seed(),
                NumberSetting::Days => link_setting_days(),
                NumberSetting::Cameras => link_setting_cameras(),
                NumberSetting::Population => link_setting_population(),
            };
            let range = setting.range();
            match (u32::try_from(*range.start()), u32::try_from(*range.end())) {
                (Ok(low), Ok(high)) => {
                    link_out_of_range_between(what, value.to_string(), low, high)
                }
                _ => link_out_of_range(what, value.to_string()),
            }
        }
        UnknownPersona(p) => link_unknown_persona(p.to_string()),
        UnknownPolicy(p) => link_unknown_policy(p.to_string()),
        UnknownLanguage(l) => return link_unknown_language(l.to_string()),
        Changed => return link_changed().to_owned(),
        BrokenLife => link_broken_life().to_owned(),
        PlaceOffTown => link_place_off_town().to_owned(),
        Malformed => link_malformed().to_owned(),
    };
    messages::link_problem(why)
}

/// "A, B or C".
pub fn list_with_or(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => list_or(rest.join(list_separator()), *last),
    }
}

/// "A, B and C".
pub fn list_with_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => list_and(rest.join(list_separator()), *last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod link_problems {
        use super::*;
        use crate::scenario::link::decode;

        #[test]
        fn a_bad_link_says_once_which_run_is_shown_instead() {
            let (_, problems) = decode("v=1&days=365&cameras=4");
            let saved = link_problems(&problems, true);
            assert_eq!(saved.len(), 3, "{saved:?}");
            assert_eq!(saved[2], link_shown_saved());
            assert_eq!(link_problems(&problems, false)[2], link_shown_default());
            // A language the app lacks leaves the run as the link made it.
            let (_, problems) = decode("v=1&lang=xx");
            assert!(
                !link_problems(&problems, true)
                    .iter()
                    .any(|s| s.contains("instead"))
            );
            assert!(link_problems(&[], true).is_empty());
        }

        #[test]
        fn a_number_out_of_range_says_what_the_control_takes() {
            let (_, problems) = decode("v=1&days=365");
            let days = &link_problems(&problems, false)[0];
            assert!(
                days.contains(r#"number of days is "365", and Plate Trail runs 1 to 90"#),
                "{days}"
            );
            let (_, problems) = decode("v=1&cameras=4");
            assert!(link_problems(&problems, false)[0].contains("runs 5 to 200"));
            // A seed has no range worth saying: every whole number runs.
            let (_, problems) = decode("v=1&seed=-1");
            assert!(link_problems(&problems, false)[0].contains("is not a number"));
        }
    }

    mod plurals {
        use super::*;

        #[test]
        fn the_headline_says_when_the_town_is_made_up() {
            let generated = headline_reads(212, 30, true);
            let imported = headline_reads(212, 30, false);
            assert!(generated.contains("fictional town"), "{generated}");
            assert!(!imported.contains("fictional"), "{imported}");
            assert!(generated.contains("212 times in 30 days"), "{generated}");
            assert!(headline_reads(1, 1, true).contains("once in 1 day"));
        }

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
            let gym = crate::scenario::PlaceMention {
                name: "Gym".into(),
                kind: crate::sim::PlaceKind::Gym,
            };
            assert!(place_guess(&gym, 1).ends_with("Went to Gym once."));
            assert!(days_out_of_range(90, 1).ends_with("so 1 day is simulated."));
        }

        #[test]
        fn the_crosshair_is_placed_by_the_nearest_place_and_a_compass_point() {
            let d = 250.0 / 2f64.sqrt();
            assert_eq!(
                map_crosshair("Oak School", d, d),
                "Crosshair 250\u{a0}m north-east of Oak School."
            );
            // 10° west of north is north; 30° is north-west.
            let at = |meters: f64, degrees: f64| {
                let r = degrees.to_radians();
                (meters * r.sin(), meters * r.cos())
            };
            let (east, north) = at(1400.0, -10.0);
            assert_eq!(
                map_crosshair("Oak School", east, north),
                "Crosshair 1.4\u{a0}km north of Oak School."
            );
            let (east, north) = at(300.0, -30.0);
            assert!(map_crosshair("Oak School", east, north).contains("m north-west of"));
            assert_eq!(
                map_crosshair("Oak School", -300.0, 0.0),
                "Crosshair 300\u{a0}m west of Oak School."
            );
            let (east, north) = at(300.0, 200.0);
            assert_eq!(
                map_crosshair("Oak School", east, north),
                "Crosshair 300\u{a0}m south of Oak School."
            );
            let (east, north) = at(300.0, 135.0);
            assert!(map_crosshair("Oak School", east, north).contains("m south-east of"));
            assert_eq!(
                map_crosshair("Oak School", 12.0, -16.0),
                "Crosshair at Oak School."
            );
        }

        #[test]
        fn hours_at_work_out_of_range_say_what_is_simulated() {
            let range = 30..=16 * 60;
            assert_eq!(
                shift_hours_out_of_range(&range, 16 * 60),
                "Hours at work run from 0.5 to 16, so 16 hours are simulated."
            );
            assert_eq!(
                shift_hours_not_a_number(&range, 60),
                "Enter the hours at work as a number from 0.5 to 16. The run keeps its 1 hour."
            );
            assert!(shift_hours_not_a_number(&range, 435).ends_with("its 7.25 hours."));
        }

        /// A flag stated under an even chance is worded as a possibility, not a likelihood.
        #[test]
        fn a_sensitive_flag_under_an_even_chance_may_have_been_there() {
            let mosque = [crate::scenario::PlaceMention {
                name: "Al-Noor Mosque".into(),
                kind: crate::sim::PlaceKind::Mosque,
            }];
            let likely = sensitive_flag_guess(&mosque, 4, 0.5);
            let possible = sensitive_flag_guess(&mosque, 1, 0.43);
            assert!(likely.starts_with("Probably at Al-Noor Mosque"), "{likely}");
            assert!(likely.ends_with("(4 stops)."), "{likely}");
            assert!(
                possible.starts_with("May have been at Al-Noor Mosque"),
                "{possible}"
            );
            assert!(possible.ends_with("(one stop)."), "{possible}");
        }

        #[test]
        fn a_place_without_a_name_is_named_from_its_kind() {
            use crate::scenario::PlaceMention;
            use crate::sim::PlaceKind;
            assert_eq!(place_label("", PlaceKind::Home), "Your home");
            assert_eq!(place_label("", PlaceKind::OfficePark), "Your workplace");
            assert_eq!(place_label("", PlaceKind::Gym), "Your stop (gym)");
            let home = PlaceMention {
                name: String::new(),
                kind: PlaceKind::Home,
            };
            assert!(anchor_truth(Some(&home), 40.0, false).contains("(near your home)"));
            let gym = PlaceMention {
                name: String::new(),
                kind: PlaceKind::Gym,
            };
            assert!(place_guess(&gym, 2).contains("Went to your stop (gym) "));
        }

        #[test]
        fn a_place_named_for_its_kind_is_named_once() {
            use crate::sim::PlaceKind;
            assert_eq!(place_label("Home", PlaceKind::Home), "Home");
            assert_eq!(
                place_label("Elm Street Gym", PlaceKind::Gym),
                "Elm Street Gym"
            );
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

    mod distances {
        use super::*;

        /// A number never wraps away from its unit, and a guess on the very spot does not
        /// read "0 m".
        #[test]
        fn keep_their_unit_and_never_say_zero() {
            assert_eq!(distance(596.0), "600\u{a0}m");
            assert_eq!(distance(1_240.0), "1.2\u{a0}km");
            assert_eq!(distance(6.0), "10\u{a0}m");
            assert_eq!(distance(0.0), "under 10\u{a0}m");
            assert_eq!(distance(4.9), "under 10\u{a0}m");
            // Rounded to 10 m, 996 m would read "1000 m".
            assert_eq!(distance(996.0), "1.0\u{a0}km");
        }

        /// The policy lab's cells quote the dossier's distances (they read "within 2,009 m
        /// (599 m from your real home)" and "0 m from your real work" beside its "2.0 km" and
        /// "600 m").
        #[test]
        fn the_policy_lab_writes_them_as_the_dossier_does() {
            assert_eq!(
                tools::anchor_found(2_009.0, 599.0, true),
                "Found: within 2.0\u{a0}km (600\u{a0}m from your real home)"
            );
            assert_eq!(
                tools::anchor_found(380.0, 0.0, false),
                "Found: within 380\u{a0}m (under 10\u{a0}m from your real workplace)"
            );
        }
    }

    mod describe_fingerprint {
        use super::*;
        use crate::sim::{BodyType, Colour, Feature, Fingerprint};

        fn car(make: &str, model: &str, colour: Colour, body: BodyType) -> Fingerprint {
            Fingerprint {
                make: make.to_owned(),
                model: model.to_owned(),
                colour,
                body,
                features: vec![],
            }
        }

        /// In `code`, as the capture log and the console write them.
        fn described(code: &str, cars: &[Fingerprint]) -> Vec<String> {
            catalog::in_language(code, || cars.iter().map(describe_fingerprint).collect())
        }

        /// The colour is a lowercase adjective after the noun, agreeing with its gender
        /// (QA saw "SUV Nissan Rogue Blanco" and "picape Ford F-150 Branco").
        #[test]
        fn colours_agree_with_the_body_in_spanish_and_portuguese() {
            let cars = [
                car("Nissan", "Rogue", Colour::White, BodyType::Suv),
                car("Ford", "F-150", Colour::Black, BodyType::Pickup),
                car("Honda", "Odyssey", Colour::Red, BodyType::Minivan),
                car("Toyota", "Camry", Colour::Silver, BodyType::Sedan),
                car("Honda", "Civic", Colour::Grey, BodyType::Hatchback),
            ];
            assert_eq!(
                described("es", &cars),
                [
                    "SUV Nissan Rogue blanca",
                    "pickup Ford F-150 negra",
                    "minivan Honda Odyssey roja",
                    "sedán Toyota Camry plateado",
                    "hatchback Honda Civic gris",
                ]
            );
            assert_eq!(
                described("pt-BR", &cars),
                [
                    "SUV Nissan Rogue branco",
                    "picape Ford F-150 preta",
                    "minivan Honda Odyssey vermelha",
                    "sedã Toyota Camry prata",
                    "hatch Honda Civic cinza",
                ]
            );
            let mut with_rack = car("Subaru", "Outback", Colour::Yellow, BodyType::Van);
            with_rack.features = vec![Feature::RoofRack];
            assert_eq!(
                describe_fingerprint(&with_rack),
                "Yellow Subaru Outback van, roof rack"
            );
        }

        /// A colour on its own (the console saying what it understood) is the default form.
        #[test]
        fn a_colour_on_its_own_is_its_default_form() {
            assert_eq!(colour_name(Colour::White), "White");
            assert_eq!(
                catalog::in_language("es", || colour_name(Colour::White)),
                "blanco"
            );
        }
    }

    mod stakeout_summary_from {
        use super::*;

        /// QA read "645 vehículos fueron vistos cerca de Millbrook Town Hall desde Día 13,
        /// sáb 13:00.": the playback clock's label dropped into a sentence.
        #[test]
        fn says_the_day_and_the_time_as_a_sentence_does() {
            let minute = 12 * crate::sim::MINUTES_PER_DAY + 13 * 60;
            assert_eq!(
                stakeout_summary_from("Millbrook Town Hall", minute, 645),
                "645 vehicles were seen near Millbrook Town Hall from Day 13 (Sat) at 1:00\u{a0}PM."
            );
            let spanish = |minute: u32| {
                catalog::in_language("es", || {
                    stakeout_summary_from("Millbrook Town Hall", minute, 645)
                })
            };
            assert_eq!(
                spanish(minute),
                "645 vehículos fueron vistos cerca de Millbrook Town Hall desde el día 13 (sáb.) a las 13:00."
            );
            assert!(spanish(minute - 12 * 60).ends_with("(sáb.) a la 1:00."));
            let portuguese = catalog::in_language("pt-BR", || {
                stakeout_summary_from("Millbrook Town Hall", minute, 645)
            });
            assert_eq!(
                portuguese,
                "645 veículos foram vistos perto de Millbrook Town Hall a partir do dia 13 (sáb.), às 13:00."
            );
        }
    }

    mod long_date {
        use super::*;

        /// The Massachusetts page's export date in a sentence ("exportados el 2026-10-04").
        #[test]
        fn writes_the_month_out_in_each_language() {
            assert_eq!(long_date("2026-10-04"), "4 October 2026");
            assert_eq!(long_date("2025-05"), "May 2025");
            let attribution = crate::text::tools::ma_attribution(long_date("2026-10-04"));
            assert!(
                attribution.contains("exported on 4 October 2026."),
                "{attribution}"
            );
            for (code, written) in [
                ("es", "exportados el 4 de octubre de 2026."),
                ("pt-BR", "exportados em 4 de outubro de 2026."),
            ] {
                let attribution = catalog::in_language(code, || {
                    crate::text::tools::ma_attribution(long_date("2026-10-04"))
                });
                assert!(attribution.ends_with(written), "{code}: {attribution}");
            }
        }
    }

    mod real_density {
        use super::*;

        /// A real town's area in the language's own digits ("6.5" stayed English in
        /// Spanish beside "1,4 por km²").
        #[test]
        fn writes_the_area_as_the_language_writes_numbers() {
            assert_eq!(
                real_density("Chelsea", 9, 6.5),
                "Chelsea: 9 on about 6.5\u{a0}km², 1.4 per\u{a0}km²"
            );
            assert!(real_density("Oakland", 480, 144.0).contains("about 144\u{a0}km²"));
            let spanish = catalog::in_language("es", || real_density("Chelsea", 9, 6.5));
            assert!(spanish.contains("6,5\u{a0}km²"), "{spanish}");
            assert!(spanish.contains("1,4"), "{spanish}");
        }
    }

    mod format_minute {
        use super::*;

        #[test]
        fn the_end_of_a_30_day_run_is_day_30() {
            let end = 30 * crate::sim::MINUTES_PER_DAY;
            let shown = format_playback_minute(end, end);
            assert!(shown.starts_with("Day 30, "), "{shown}");
            assert!(shown.ends_with("end of day"), "{shown}");
            assert_eq!(format_playback_minute(end - 1, end), format_minute(end - 1));
            assert_eq!(format_playback_minute(0, end), "Day 1, Mon 12:00\u{a0}AM");
        }

        #[test]
        fn names_the_day_weekday_and_clock() {
            assert_eq!(format_minute(0), "Day 1, Mon 12:00\u{a0}AM");
            assert_eq!(
                format_minute(crate::sim::MINUTES_PER_DAY + 7 * 60 + 42),
                "Day 2, Tue 7:42\u{a0}AM"
            );
            assert_eq!(
                format_minute(4 * crate::sim::MINUTES_PER_DAY + 18 * 60 + 5),
                "Day 5, Fri 6:05\u{a0}PM"
            );
        }
    }
}
