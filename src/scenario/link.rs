//! The share link: everything that shapes a run, written into a page address's query so a
//! link opens the same run (the same digest, the same dossier) on any machine, and read
//! back from an address someone else made, which may be truncated, tampered with or hostile.
//!
//! The format (version 1), query parameters before the hash; the view stays in the route
//! hash (`#/simulator`):
//!
//! `?v=1&c=3fa01b&seed=7&days=30&cameras=40&persona=hospital-nurse&life=...&policy=maine#/simulator`
//!
//! | parameter | meaning | when written |
//! |---|---|---|
//! | `v` | the format's version; none means 1 | always |
//! | `c` | the link's check: six hex digits over the settings that follow but `lang` and `embed` ([`check_of`]); a link cut short or edited after it is opened as it reads, with a note; a link without one (written by hand, or before the check) is taken as it reads | always, after `v` |
//! | `seed` | the run's seed, any `u64` | always |
//! | `days` | days simulated, 1 to [`MAX_DAYS`] | always |
//! | `cameras` | cameras in the town, [`CAMERA_COUNT`] | always |
//! | `population` | background cars, [`POPULATION`] | when not the default |
//! | `persona` | a ready-made life, by slug ([`persona_slug`]) | when chosen |
//! | `life` | the visitor's edited life ([`CommuterPlan`]), see below | when edited |
//! | `policy` | the policy lab's preset, by slug ([`POLICY_SLUGS`]) | when not the first |
//! | `keep`, `hit`, `share`, `running` | the policy lab's levers moved by hand from that preset ([`LabLevers`]): the retention ([`RETENTION_SLUGS`]), hot-list reads only (`1` or `0`), the sharing ([`SHARING_SLUGS`]) and the percent of cameras running (one of [`CAMERA_PERCENTS`]) | each when it differs from the preset |
//! | `town` | a town read from a map file: its digest, `-`, its name in letters, digits and `-` ([`town_value`]); the link cannot carry the town, so the page asks for the file | when imported |
//! | `lang` | the language, a code of [`LANGUAGE_CODES`] (`en`, `es`, `pt-BR`; `en-XA` is the layout tests' pseudo-locale) | when not English |
//! | `embed` | the compact app for an iframe (no value) | in embed snippets |
//!
//! `life` is a compact binary form, base64url without padding: lon/lat as the exact bits
//! of their `f64`s (so the run is the very same one), enums as one-byte codes from
//! append-only tables, numbers as LEB128 varints. A 24-stop life is about 900 characters.
//! Hand-written rather than serde + postcard + base64: this is decoded on the first screen,
//! whose download has a budget, and the format must stay fixed whatever those crates do.
//!
//! Decoding never panics. Input longer than [`MAX_QUERY_BYTES`] is refused before any
//! parsing but a look for its `lang`, so the refusal is said in the link's language.
//! Anything wrong with what shapes the run (a newer version, a number out of range, an
//! unknown persona or preset, a broken `life`, a malformed parameter) names no run, so the
//! visitor's own (or the default) is shown, and says why ([`LinkProblem`]). An unknown
//! language is ignored with a problem too, and a check that does not match is said while
//! the link opens as it reads; unknown parameter names (a mail client's tracking tag) are
//! ignored.
//!
//! Pure: no UI crates; the page reads and writes the address (`views::share`).

use crate::analyst::policy::{PresetSource, Retention, presets};
use crate::analyst::sharing::SharingSetting;
use crate::scenario::limits::{
    CAMERA_COUNT, CAMERA_PERCENTS, MAX_DAYS, POPULATION, numbers_plausible, places_on_town,
};
use crate::sim::{
    CommuterPlan, Persona, PlaceKind, RegularStop, Scenario, StopDays, StopPurpose, TownFile,
    Weekday,
};

/// The format this module writes.
pub const VERSION: u32 = 1;

/// Longest query read, bytes: a 24-stop life with every stop on many days fits with room to
/// spare; anything longer is refused unread.
pub const MAX_QUERY_BYTES: usize = 8_192;

/// The ready-made lives, by their slug in links. Append only: a link names them forever.
pub const PERSONA_SLUGS: [(Persona, &str); 6] = [
    (Persona::OfficeParent, "office-parent"),
    (Persona::HospitalNurse, "hospital-nurse"),
    (Persona::FactoryOrganiser, "factory-organiser"),
    (Persona::NightNurse, "night-nurse"),
    (Persona::DayLabourer, "day-labourer"),
    (Persona::Student, "student"),
];

/// The policy lab's presets by their slug in links. Append only.
pub const POLICY_SLUGS: [(PresetSource, &str); 8] = [
    (PresetSource::CommonSetup, "common-setup"),
    (PresetSource::NewHampshire, "new-hampshire"),
    (PresetSource::MassachusettsH3431, "massachusetts-h3431"),
    (PresetSource::Maine, "maine"),
    (PresetSource::Virginia, "virginia"),
    (PresetSource::California, "california"),
    (PresetSource::Illinois, "illinois"),
    (PresetSource::OneYear, "one-year"),
];

/// The policy lab's retentions by their slug in links. Append only.
pub const RETENTION_SLUGS: [(Retention, &str); 5] = [
    (Retention::ThreeMinutesUnlessHit, "3-minutes-unless-hit"),
    (Retention::FortyEightHours, "48-hours"),
    (Retention::TwentyOneDays, "21-days"),
    (Retention::ThirtyDays, "30-days"),
    (Retention::OneYear, "1-year"),
];

/// The policy lab's sharing settings by their slug in links. Append only.
pub const SHARING_SLUGS: [(SharingSetting, &str); 6] = [
    (SharingSetting::None, "none"),
    (SharingSetting::OneToOne, "one-to-one"),
    (SharingSetting::VendorContractClause, "vendor-clause"),
    (SharingSetting::Radius, "radius"),
    (SharingSetting::Statewide, "statewide"),
    (SharingSetting::National, "national"),
];

/// The slug of `value` in `table`.
fn slug_of<T: PartialEq>(table: &[(T, &'static str)], value: &T) -> &'static str {
    table.iter().find(|(v, _)| v == value).map_or("", |e| e.1)
}

/// The value a slug names in `table`.
fn named<T: Copy>(table: &[(T, &'static str)], slug: &str) -> Option<T> {
    table.iter().find(|e| e.1 == slug).map(|e| e.0)
}

/// The index in [`presets`] of the preset a slug names.
fn preset_index(slug: &str) -> Option<usize> {
    let source = POLICY_SLUGS.iter().find(|(_, s)| *s == slug)?.0;
    crate::analyst::policy::preset_index(source)
}

/// The slug of the preset at `index` in [`presets`].
fn preset_slug(index: usize) -> Option<&'static str> {
    let source = presets().get(index)?.source;
    POLICY_SLUGS
        .iter()
        .find(|(s, _)| *s == source)
        .map(|(_, slug)| *slug)
}

/// Stop purposes by their one-byte code in `life`. Append only.
const PURPOSE_CODES: [StopPurpose; 15] = [
    StopPurpose::SchoolDropOff,
    StopPurpose::Gym,
    StopPurpose::Grocery,
    StopPurpose::Worship,
    StopPurpose::Clinic,
    StopPurpose::LegalAid,
    StopPurpose::UnionMeeting,
    StopPurpose::Protest,
    StopPurpose::Friend,
    StopPurpose::WeekendTrip,
    StopPurpose::JobSite,
    StopPurpose::CourtHearing,
    StopPurpose::NightOut,
    StopPurpose::PartTimeJob,
    StopPurpose::Errand,
];

/// Kinds of place by their one-byte code in `life`: [`PlaceKind::ALL`]'s order, append only.
const KIND_CODES: &[PlaceKind] = &PlaceKind::ALL;

/// The languages a link may ask for, from `locales/languages.json` (written by `build.rs`).
pub const LANGUAGE_CODES: &[&str] = include!(concat!(env!("OUT_DIR"), "/language_codes.rs"));

/// The language a link asks for: one of [`LANGUAGE_CODES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language(pub &'static str);

impl Language {
    pub const ENGLISH: Language = Language("en");

    /// The language of a code, matched without regard to case (`pt-br` is `pt-BR`).
    pub fn from_code(code: &str) -> Option<Language> {
        LANGUAGE_CODES
            .iter()
            .find(|c| c.eq_ignore_ascii_case(code))
            .map(|c| Language(c))
    }
}

impl Default for Language {
    fn default() -> Language {
        Language::ENGLISH
    }
}

/// What a share link carries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunLink {
    /// The run; `None` when the address names none (the visitor's own scenario applies).
    pub scenario: Option<Scenario>,
    /// The policy lab's preset, an index into [`crate::analyst::policy::presets`].
    pub policy: usize,
    /// The lab's levers moved by hand from that preset.
    pub levers: LabLevers,
    pub language: Language,
    /// Show the compact app made for an iframe.
    pub embed: bool,
}

/// The policy lab's levers a visitor moved by hand, on top of the preset the link names:
/// each `None` is the preset's own setting, so a teacher's "Maine, but only hot-list reads"
/// opens as set on every student's screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LabLevers {
    pub retention: Option<Retention>,
    pub hit_only: Option<bool>,
    pub sharing: Option<SharingSetting>,
    /// Percent of the cameras running, one of [`CAMERA_PERCENTS`].
    pub camera_percent: Option<u32>,
}

/// A setting a link gives a number for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberSetting {
    Version,
    Seed,
    Days,
    Cameras,
    Population,
}

impl NumberSetting {
    /// The numbers a link may give this setting: those its control takes.
    pub fn range(self) -> std::ops::RangeInclusive<u64> {
        let of = |range: &std::ops::RangeInclusive<u32>| {
            u64::from(*range.start())..=u64::from(*range.end())
        };
        match self {
            NumberSetting::Version => 1..=u64::MAX,
            NumberSetting::Seed => 0..=u64::MAX,
            NumberSetting::Days => of(&(1..=MAX_DAYS)),
            NumberSetting::Cameras => of(&CAMERA_COUNT),
            NumberSetting::Population => of(&POPULATION),
        }
    }
}

/// What was wrong with a link, for the visitor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// Longer than [`MAX_QUERY_BYTES`]; not read at all.
    TooLong {
        bytes: usize,
    },
    /// Made by a newer Plate Trail (or tampered with): the version it names.
    UnknownVersion(String),
    /// Not a number, or out of the setting's range.
    OutOfRange {
        setting: NumberSetting,
        value: String,
    },
    UnknownPersona(String),
    UnknownPolicy(String),
    /// Ignored: the page stays in English.
    UnknownLanguage(String),
    /// The edited life could not be read (cut short, changed, or impossible numbers).
    BrokenLife,
    /// The link's check ([`check_of`]) does not match what it now names: cut short or
    /// changed since Plate Trail wrote it. Opened as it reads, and said.
    Changed,
    /// The edited life puts a place (home, work, a stop) off the town's map.
    PlaceOffTown,
    /// A parameter that is not `name=value` of plain letters, digits, `-` and `_`.
    Malformed,
}

impl LinkProblem {
    /// Whether the problem makes the link name no run (all but the language and a check
    /// that does not match): the visitor's own is shown.
    pub fn resets_run(&self) -> bool {
        !matches!(self, LinkProblem::UnknownLanguage(_) | LinkProblem::Changed)
    }
}

/// Parameter names that shape the run: a query with none of them names no run.
const RUN_PARAMETERS: [&str; 9] = [
    "town",
    "v",
    "seed",
    "days",
    "cameras",
    "population",
    "persona",
    "life",
    "policy",
];

/// The policy lab's levers' parameter names ([`LabLevers`]): they shape no run.
const LEVER_PARAMETERS: [&str; 4] = ["keep", "hit", "share", "running"];

/// The link's slug for a persona.
pub fn persona_slug(persona: Persona) -> &'static str {
    PERSONA_SLUGS
        .iter()
        .find(|(p, _)| *p == persona)
        .map_or("office-parent", |(_, slug)| slug)
}

/// What the page address's query (with or without its `?`) carries, and what was wrong
/// with it. Never panics. With any problem but the language, the link names no run and no
/// levers: the page shows the visitor's own run (saved in their browser, else the default),
/// so an edit made after a bad link is saved over nothing but that.
pub fn decode(query: &str) -> (RunLink, Vec<LinkProblem>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut link = RunLink::default();
    if query.len() > MAX_QUERY_BYTES {
        link.language = query
            .split('&')
            .find_map(|pair| pair.strip_prefix("lang="))
            .and_then(Language::from_code)
            .unwrap_or_default();
        return (link, vec![LinkProblem::TooLong { bytes: query.len() }]);
    }
    let mut problems = Vec::new();
    let mut scenario = Scenario::default();
    let mut check = None;
    let mut names_run = false;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let plain = |s: &str| {
            s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        };
        // Other pages' parameters (the presenter's `deck` and `law`, a mail client's
        // tracking tag) are not this format's to judge.
        let known = RUN_PARAMETERS.contains(&name)
            || ["lang", "embed", "c"].contains(&name)
            || LEVER_PARAMETERS.contains(&name);
        if !plain(name) || known && !plain(value) {
            problems.push(LinkProblem::Malformed);
            names_run = true;
            continue;
        }
        names_run |= RUN_PARAMETERS.contains(&name);
        let mut number = |setting: NumberSetting| match value.parse::<u64>() {
            Ok(n) if setting.range().contains(&n) => Some(n),
            _ => {
                problems.push(LinkProblem::OutOfRange {
                    setting,
                    value: shortened(value),
                });
                None
            }
        };
        match name {
            "v" if number(NumberSetting::Version).is_some_and(|v| v != 1) => {
                problems.push(LinkProblem::UnknownVersion(shortened(value)));
            }
            "seed" => scenario.seed = number(NumberSetting::Seed).unwrap_or(1),
            "days" => scenario.days = number(NumberSetting::Days).map_or(30, |n| n as u32),
            "cameras" => {
                if let Some(n) = number(NumberSetting::Cameras) {
                    scenario.camera_count = n as u32;
                }
            }
            "population" => {
                if let Some(n) = number(NumberSetting::Population) {
                    scenario.population = n as u32;
                }
            }
            "persona" => match PERSONA_SLUGS.iter().find(|(_, slug)| *slug == value) {
                Some((persona, _)) => scenario.persona = Some(*persona),
                None => problems.push(LinkProblem::UnknownPersona(shortened(value))),
            },
            "policy" => match preset_index(value) {
                Some(index) => link.policy = index,
                None => problems.push(LinkProblem::UnknownPolicy(shortened(value))),
            },
            "keep" | "hit" | "share" | "running" => {
                let levers = &mut link.levers;
                let read = match name {
                    "keep" => named(&RETENTION_SLUGS, value).map(|r| levers.retention = Some(r)),
                    "hit" => named(&[(false, "0"), (true, "1")], value)
                        .map(|h| levers.hit_only = Some(h)),
                    "share" => named(&SHARING_SLUGS, value).map(|s| levers.sharing = Some(s)),
                    _ => value
                        .parse::<u32>()
                        .ok()
                        .filter(|p| CAMERA_PERCENTS.contains(p))
                        .map(|p| levers.camera_percent = Some(p)),
                };
                if read.is_none() {
                    problems.push(LinkProblem::UnknownPolicy(shortened(value)));
                }
            }
            "life" => match decode_life(value) {
                Some(plan) => scenario.commuter = Some(plan),
                None => problems.push(LinkProblem::BrokenLife),
            },
            "lang" => match Language::from_code(value) {
                Some(language) => link.language = language,
                None => problems.push(LinkProblem::UnknownLanguage(shortened(value))),
            },
            "embed" => link.embed = true,
            "c" => check = Some(value),
            "town" => match town_of_value(value) {
                Some(file) => scenario.town_file = Some(file),
                None => problems.push(LinkProblem::Malformed),
            },
            _ => {}
        }
    }
    // The counts were checked against the same limits above; the life is checked here.
    if scenario.commuter.is_some() {
        if !numbers_plausible(&scenario) {
            problems.push(LinkProblem::BrokenLife);
        } else if !places_on_town(&scenario) {
            problems.push(LinkProblem::PlaceOffTown);
        }
    }
    if problems.iter().any(LinkProblem::resets_run) {
        link.scenario = None;
        link.policy = 0;
        link.levers = LabLevers::default();
    } else if names_run {
        link.scenario = Some(scenario);
    }
    if check.is_some_and(|check| check != check_of(&link))
        && !problems.iter().any(LinkProblem::resets_run)
    {
        problems.push(LinkProblem::Changed);
    }
    (link, problems)
}

/// The check a link carries (`c`, written after `v`): six hex digits of FNV-1a over the
/// settings it names for the run and the policy lab, as [`encode`] spells them; not its
/// language or `embed`, which change no result. A link cut short anywhere after it, or
/// edited, names other settings and so is said to be ([`LinkProblem::Changed`]); a link
/// written by hand, without one, is taken as it reads.
pub fn check_of(link: &RunLink) -> String {
    let settings = settings_of(&RunLink {
        language: Language::ENGLISH,
        embed: false,
        ..link.clone()
    });
    let mut hash = crate::sim::digest::Fnv1a::default();
    hash.bytes(settings.as_bytes());
    format!("{:06x}", hash.finish() & 0xff_ffff)
}

/// A value as a message may quote it: at most 24 characters.
fn shortened(value: &str) -> String {
    value.chars().take(24).collect()
}

/// The query (without `?`) that [`decode`] reads back as `link`: the version, the link's
/// check ([`check_of`]), then its settings; settings at their default are left out where the
/// format allows.
pub fn encode(link: &RunLink) -> String {
    format!("v={VERSION}&c={}{}", check_of(link), settings_of(link))
}

/// The parameters after the version and the check, each with its leading `&`.
fn settings_of(link: &RunLink) -> String {
    let mut query = String::new();
    if let Some(scenario) = &link.scenario {
        query += &format!(
            "&seed={}&days={}&cameras={}",
            scenario.seed, scenario.days, scenario.camera_count
        );
        if scenario.population != Scenario::default().population {
            query += &format!("&population={}", scenario.population);
        }
        if let Some(persona) = scenario.persona {
            query += &format!("&persona={}", persona_slug(persona));
        }
        if let Some(plan) = &scenario.commuter {
            query += "&life=";
            query += &encode_life(plan);
        }
        if let Some(file) = &scenario.town_file {
            query += "&town=";
            query += &town_value(file);
        }
    }
    if let Some(slug) = preset_slug(link.policy).filter(|_| link.policy > 0) {
        query += &format!("&policy={slug}");
    }
    let levers = &link.levers;
    if let Some(r) = levers.retention {
        query += &format!("&keep={}", slug_of(&RETENTION_SLUGS, &r));
    }
    if let Some(h) = levers.hit_only {
        query += &format!("&hit={}", u8::from(h));
    }
    if let Some(s) = levers.sharing {
        query += &format!("&share={}", slug_of(&SHARING_SLUGS, &s));
    }
    if let Some(p) = levers.camera_percent {
        query += &format!("&running={p}");
    }
    if link.language != Language::ENGLISH {
        query += &format!("&lang={}", link.language.0);
    }
    if link.embed {
        query += "&embed";
    }
    query
}

/// The `town` parameter's value: the digest (16 hex digits), `-`, and the town's name with
/// anything but ASCII letters and digits as `-`, at most 40 characters.
pub fn town_value(file: &TownFile) -> String {
    let name: String = file
        .name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .take(40)
        .collect();
    format!("{}-{name}", file.digest)
}

/// Reads a `town` value back; `None` unless it starts with 16 hex digits and `-`.
fn town_of_value(value: &str) -> Option<TownFile> {
    let (digest, name) = value.split_once('-')?;
    let hex = digest.len() == 16 && digest.bytes().all(|b| b.is_ascii_hexdigit());
    hex.then(|| TownFile {
        name: name.to_owned(),
        digest: digest.to_ascii_lowercase(),
    })
}

/// `life`'s binary form, base64url.
pub fn encode_life(plan: &CommuterPlan) -> String {
    let mut out = Writer::default();
    let persona = PERSONA_SLUGS.iter().position(|(p, _)| *p == plan.persona);
    out.byte(persona.unwrap_or(0) as u8);
    out.lon_lat(plan.home);
    out.lon_lat(plan.work);
    out.weekdays(&plan.workdays);
    out.varint(plan.shift_start_minute_of_day.into());
    out.varint(plan.shift_minutes.into());
    out.byte(u8::from(plan.carpool) | (u8::from(plan.partner) << 1));
    out.float(plan.plans_change_probability);
    out.float(plan.alternative_route_probability);
    out.varint(plan.stops.len() as u64);
    for stop in &plan.stops {
        let purpose = PURPOSE_CODES.iter().position(|p| *p == stop.purpose);
        let kind = KIND_CODES.iter().position(|k| *k == stop.kind);
        out.byte(purpose.unwrap_or(0) as u8);
        out.byte(kind.unwrap_or(0) as u8);
        out.lon_lat(stop.position);
        match &stop.days {
            StopDays::Weekly(days) => {
                out.byte(0);
                out.weekdays(days);
            }
            StopDays::OnDays(days) => {
                out.byte(1);
                out.varint(days.len() as u64);
                days.iter().for_each(|&d| out.varint(d.into()));
            }
        }
        out.varint(stop.arrive_minute_of_day.into());
        out.varint(stop.stay_minutes.into());
        out.byte(u8::from(stop.with_partner));
    }
    base64url(&out.0)
}

/// The plan `life` holds, or `None` when it is cut short, has bytes to spare or names a
/// code no table has.
pub fn decode_life(value: &str) -> Option<CommuterPlan> {
    let bytes = from_base64url(value)?;
    let mut input = Reader(&bytes);
    let r = &mut input;
    let persona = PERSONA_SLUGS.get(usize::from(r.byte()?))?.0;
    let mut plan = CommuterPlan {
        persona,
        home: r.lon_lat()?,
        work: r.lon_lat()?,
        workdays: r.weekdays()?,
        shift_start_minute_of_day: r.small()?,
        shift_minutes: r.small()?,
        ..CommuterPlan::default()
    };
    let companions = r.byte()?;
    if companions > 3 {
        return None;
    }
    plan.carpool = companions & 1 == 1;
    plan.partner = companions & 2 == 2;
    plan.plans_change_probability = r.float()?;
    plan.alternative_route_probability = r.float()?;
    let count = r.varint()?;
    for _ in 0..count {
        let purpose = *PURPOSE_CODES.get(usize::from(r.byte()?))?;
        let kind = *KIND_CODES.get(usize::from(r.byte()?))?;
        let position = r.lon_lat()?;
        let days = match r.byte()? {
            0 => StopDays::Weekly(r.weekdays()?),
            1 => {
                let n = r.varint()?;
                // Each day takes a byte at least: a count beyond what is left is a lie.
                if n > r.0.len() as u64 {
                    return None;
                }
                StopDays::OnDays((0..n).map(|_| r.small()).collect::<Option<_>>()?)
            }
            _ => return None,
        };
        let arrive_minute_of_day = r.small()?;
        let stay_minutes = r.small()?;
        let with_partner = match r.byte()? {
            0 => false,
            1 => true,
            _ => return None,
        };
        plan.stops.push(RegularStop {
            purpose,
            kind,
            position,
            days,
            arrive_minute_of_day,
            stay_minutes,
            with_partner,
        });
    }
    r.0.is_empty().then_some(plan)
}

/// Bytes being written for `life`.
#[derive(Default)]
struct Writer(Vec<u8>);

impl Writer {
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    /// LEB128: seven bits a byte, low first.
    fn varint(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.0.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn float(&mut self, x: f64) {
        self.0.extend_from_slice(&x.to_bits().to_le_bytes());
    }

    fn lon_lat(&mut self, p: [f64; 2]) {
        self.float(p[0]);
        self.float(p[1]);
    }

    /// A count, then each day's index (Monday 0), in the plan's order.
    fn weekdays(&mut self, days: &[Weekday]) {
        self.byte(days.len() as u8);
        days.iter().for_each(|d| self.byte(d.index() as u8));
    }
}

/// Bytes of `life` left to read.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(b)
    }

    fn varint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    /// A varint that fits a `u32`.
    fn small(&mut self) -> Option<u32> {
        u32::try_from(self.varint()?).ok()
    }

    fn float(&mut self) -> Option<f64> {
        let (bits, rest) = self.0.split_first_chunk::<8>()?;
        self.0 = rest;
        Some(f64::from_bits(u64::from_le_bytes(*bits)))
    }

    fn lon_lat(&mut self) -> Option<[f64; 2]> {
        Some([self.float()?, self.float()?])
    }

    fn weekdays(&mut self) -> Option<Vec<Weekday>> {
        let n = self.byte()?;
        if n > 7 {
            return None;
        }
        (0..n)
            .map(|_| Weekday::ALL.get(usize::from(self.byte()?)).copied())
            .collect()
    }
}

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 section 5).
fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(BASE64URL[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// The bytes of base64url without padding; `None` for any other character or a length no
/// encoder writes.
fn from_base64url(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let digit = BASE64URL.iter().position(|&d| d == c)? as u32;
            n |= digit << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests;
