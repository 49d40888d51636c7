//! Who can query a car's reads: agencies, the sharing settings an agency picks, and a
//! simulated audit log of the searches they run.
//!
//! Figures come from `shared/docs/facts.md`, with their sources:
//! - sharing options one-to-one, radius, statewide, nationwide ("National Lookup", reciprocal)
//!   (flocksafety.com/blog/does-flock-share-data-with-ice); about 75% of agencies used National
//!   Lookup (Wyden/Krishnamoorthi letter, reported secondhand);
//! - Flock says it works with more than 5,000 police departments (wyden.senate.gov,
//!   flocksafety.com/trust/data-privacy); the agencies one National Lookup search reaches are
//!   counted from the Conway records below ([`NATIONAL_NETWORKS`]), not from this;
//! - more than 40 Massachusetts police departments contract with Flock (ACLU of Massachusetts,
//!   data.aclum.org, 7 October 2025; [`STATEWIDE_NETWORKS`]);
//! - the default contract lets Flock disclose agency data "for investigative purposes" even
//!   when the department restricts sharing (ACLU, aclu.org/news/privacy-technology/flock-massachusetts-and-updates);
//! - audit logs record agency, officer, plate, a free-text reason, case number, filters and
//!   how many networks were searched; federal lookups searched 1,076 to 2,690 networks per
//!   query (arkansas-surveillance.org, Conway PD records, 2026).
//!
//! The audit log is simulated, deterministic from a seed (`rand_pcg::Pcg64`); its reasons
//! echo documented ones but no entry describes a real search.

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64;
use serde::{Deserialize, Serialize};

use crate::sim::{CameraOwner, Plate, TownMap};

/// What sort of organisation is searching.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum AgencyKind {
    /// The police department that runs the town's cameras.
    TownPolice,
    /// Police of the neighbouring towns.
    NeighbourPolice,
    StatePolice,
    /// Other police departments in the state on the same network.
    StatewideAgency,
    /// Agencies anywhere in the country that opted in to national lookup.
    NationalLookupAgency,
    /// Federal agencies searching through national lookup.
    FederalAgency,
    /// The camera vendor itself, under its contract clause.
    Vendor,
}

/// A named agency (for the audit log and examples).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Agency {
    pub name: String,
    pub kind: AgencyKind,
}

/// The sharing setting the town's police department picks for its cameras.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SharingSetting {
    /// The town's police only.
    None,
    /// One named partner agency.
    OneToOne,
    /// Agencies within a radius: the neighbouring towns and the state police.
    Radius,
    /// Every participating agency in the state.
    Statewide,
    /// National Lookup: every participating agency in the country, federal ones included.
    National,
    /// No sharing chosen, but the vendor's default contract still lets it disclose the data.
    VendorContractClause,
}

impl SharingSetting {
    /// All settings, narrowest first.
    pub const ALL: [SharingSetting; 6] = [
        SharingSetting::None,
        SharingSetting::OneToOne,
        SharingSetting::VendorContractClause,
        SharingSetting::Radius,
        SharingSetting::Statewide,
        SharingSetting::National,
    ];
}

/// Agencies, each with its own camera network, that a statewide search reaches: the
/// Massachusetts police departments that contract with Flock ("more than 40", ACLU of
/// Massachusetts). The one statewide figure: the console's scope, the audit log and the
/// policy lab's who-can-see-it all read it, so they agree.
pub const STATEWIDE_NETWORKS: u32 = 40;
/// Agencies, each with its own network, that a National Lookup search reaches: the most
/// networks one federal lookup searched in the Conway, AR audit records (2026; 1,076 to
/// 2,690 per search). The one national figure, read by the same three places; it lies
/// inside [`NATIONAL_REACH_NETWORKS`], the range the app states.
pub const NATIONAL_NETWORKS: u32 = 2_690;
/// The one sourced range of networks a nationwide search has reached in released records:
/// the fewest, in federal lookups against Conway, AR (2026), and the most, in one search from
/// Johnson County, TX (May 2025; 404 Media). `text::national_reach()` states it.
pub const NATIONAL_REACH_NETWORKS: (u32, u32) = (1_076, 6_809);
/// Fewest and most networks one federal lookup searched (Conway, AR records, 2026).
pub const FEDERAL_NETWORKS_SEARCHED: (u32, u32) = (1_076, NATIONAL_NETWORKS);

/// One group of agencies that can query the car's reads under a setting.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AccessGroup {
    pub kind: AgencyKind,
    /// How many agencies (an estimate for the national figures; see `source`).
    pub agencies: u32,
    pub examples: Vec<String>,
    /// Where the figure comes from.
    pub source: &'static str,
}

/// Everyone who can query the car's reads under one setting.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Access {
    pub setting: SharingSetting,
    pub groups: Vec<AccessGroup>,
    pub total_agencies: u32,
}

fn operators(map: &TownMap, owner: CameraOwner) -> Vec<String> {
    let mut names: Vec<String> = map
        .cameras
        .iter()
        .filter(|c| c.owner == owner)
        .map(|c| c.operator.clone())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Who can query the town's reads under `setting`.
pub fn who_can_query(setting: SharingSetting, map: &TownMap) -> Access {
    let town = operators(map, CameraOwner::TownPolice)
        .into_iter()
        .next()
        .unwrap_or_else(|| format!("{} Police Department", map.name));
    let mut neighbours = operators(map, CameraOwner::NeighbourPolice);
    if neighbours.is_empty() {
        neighbours = vec!["a neighboring town's police department".to_string()];
    }
    let mut groups = vec![AccessGroup {
        kind: AgencyKind::TownPolice,
        agencies: 1,
        examples: vec![town],
        source: "the department that runs the cameras",
    }];
    let wider = |s: SharingSetting| match setting {
        SharingSetting::None | SharingSetting::VendorContractClause => false,
        SharingSetting::OneToOne => s == SharingSetting::OneToOne,
        _ => setting >= s,
    };
    if wider(SharingSetting::OneToOne) && setting == SharingSetting::OneToOne {
        groups.push(AccessGroup {
            kind: AgencyKind::NeighbourPolice,
            agencies: 1,
            examples: neighbours[..1].to_vec(),
            source: "one partner chosen by the department",
        });
    }
    if wider(SharingSetting::Radius) {
        groups.push(AccessGroup {
            kind: AgencyKind::NeighbourPolice,
            agencies: neighbours.len() as u32,
            examples: neighbours.clone(),
            source: "agencies within the chosen radius",
        });
        groups.push(AccessGroup {
            kind: AgencyKind::StatePolice,
            agencies: 1,
            examples: vec!["State Police".to_string()],
            source: "agencies within the chosen radius",
        });
    }
    // Statewide and national groups are what is left of the one sourced figure once the
    // agencies already listed are counted, so that the total is that figure.
    let counted = |groups: &[AccessGroup]| groups.iter().map(|g| g.agencies).sum::<u32>();
    if wider(SharingSetting::Statewide) {
        groups.push(AccessGroup {
            kind: AgencyKind::StatewideAgency,
            agencies: STATEWIDE_NETWORKS.saturating_sub(counted(&groups)),
            examples: vec!["other Massachusetts police departments on Flock".to_string()],
            source: "ACLU of Massachusetts: more than 40 MA departments contract with Flock; 40 in all here",
        });
    }
    if wider(SharingSetting::National) {
        groups.push(AccessGroup {
            kind: AgencyKind::FederalAgency,
            agencies: 1,
            examples: vec!["federal agencies searching through local departments' access".to_string()],
            source: "Conway, AR audit records (2026): federal lookups each searched more than a thousand networks",
        });
    }
    if setting == SharingSetting::VendorContractClause || setting == SharingSetting::National {
        groups.push(AccessGroup {
            kind: AgencyKind::Vendor,
            agencies: 1,
            examples: vec!["Flock Safety, and whoever it discloses to".to_string()],
            source: "ACLU: default contract allows disclosure \"for investigative purposes\"",
        });
    }
    if wider(SharingSetting::National) {
        let national = AccessGroup {
            kind: AgencyKind::NationalLookupAgency,
            agencies: NATIONAL_NETWORKS.saturating_sub(counted(&groups)),
            examples: vec!["police departments in other states".to_string()],
            source: "released records: one nationwide search reached 1,076 to 6,809 networks (Conway, AR, 2026; Johnson County, TX, 2025); 2,690 in all here, the most one Conway lookup reached",
        };
        let at = groups
            .iter()
            .position(|g| g.kind == AgencyKind::FederalAgency)
            .unwrap_or(groups.len());
        groups.insert(at, national);
    }
    let total_agencies = counted(&groups);
    Access {
        setting,
        groups,
        total_agencies,
    }
}

/// Why a search was run, as the audit log's free-text "reason" field is classified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SearchPurpose {
    StolenVehicle,
    Investigation,
    MissingPerson,
    Immigration,
    ReproductiveHealth,
    Protest,
    NoReasonGiven,
}

/// The kind of search, as the audit log records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum SearchType {
    Lookup,
    AttributeSearch,
    Convoy,
    MultiGeo,
}

/// One row of the simulated audit log.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AuditEntry {
    pub minute: u32,
    pub agency: Agency,
    pub officer: String,
    /// The free-text reason as typed.
    pub reason: String,
    pub purpose: SearchPurpose,
    pub case_number: String,
    pub plate: Plate,
    pub search_type: SearchType,
    pub networks_searched: u32,
}

const REASONS: &[(SearchPurpose, &str)] = &[
    (SearchPurpose::StolenVehicle, "stolen vehicle"),
    (SearchPurpose::Investigation, "investigation"),
    (SearchPurpose::Investigation, "suspicious vehicle"),
    (SearchPurpose::Investigation, "larceny"),
    (SearchPurpose::MissingPerson, "missing person"),
    (SearchPurpose::NoReasonGiven, "inv"),
    (SearchPurpose::NoReasonGiven, "."),
    (SearchPurpose::Immigration, "immigration"),
    (SearchPurpose::Immigration, "ICE WARRANT"),
    (
        SearchPurpose::ReproductiveHealth,
        "welfare check - pregnancy",
    ),
    (SearchPurpose::Protest, "protest"),
];

const SURNAMES: &[&str] = &[
    "Walsh", "Nguyen", "Rivera", "O'Brien", "Patel", "Kowalski", "Murphy", "Silva", "Chen",
];

/// A simulated audit log: `searches` searches for `plate` between `from_minute` and
/// `to_minute` by agencies that `setting` lets in, in time order; the same seed gives the same
/// log everywhere.
pub fn simulate_audit_log(
    setting: SharingSetting,
    map: &TownMap,
    plate: Plate,
    minutes: std::ops::Range<u32>,
    searches: u32,
    seed: u64,
) -> Vec<AuditEntry> {
    let access = who_can_query(setting, map);
    let mut rng = Pcg64::seed_from_u64(seed);
    let groups = &access.groups;
    let mut log: Vec<AuditEntry> = (0..searches)
        .map(|n| {
            let group = &groups[rng.random_range(0..groups.len() as u32) as usize];
            let example =
                &group.examples[rng.random_range(0..group.examples.len() as u32) as usize];
            let name = match group.kind {
                AgencyKind::StatewideAgency => format!(
                    "Police Department #{}",
                    rng.random_range(1..=STATEWIDE_NETWORKS)
                ),
                AgencyKind::NationalLookupAgency => {
                    format!(
                        "Out-of-state Agency #{}",
                        rng.random_range(1..=NATIONAL_NETWORKS)
                    )
                }
                AgencyKind::FederalAgency => "Federal agency (via a local department)".to_string(),
                _ => example.clone(),
            };
            let (purpose, reason) = match group.kind {
                AgencyKind::TownPolice | AgencyKind::NeighbourPolice | AgencyKind::StatePolice => {
                    REASONS[rng.random_range(0..7u32) as usize]
                }
                _ => REASONS[rng.random_range(0..REASONS.len() as u32) as usize],
            };
            let networks_searched = match group.kind {
                AgencyKind::TownPolice | AgencyKind::Vendor => 1,
                AgencyKind::NeighbourPolice | AgencyKind::StatePolice => rng.random_range(1..=8u32),
                AgencyKind::StatewideAgency => rng.random_range(1..=STATEWIDE_NETWORKS),
                AgencyKind::NationalLookupAgency | AgencyKind::FederalAgency => {
                    rng.random_range(FEDERAL_NETWORKS_SEARCHED.0..=FEDERAL_NETWORKS_SEARCHED.1)
                }
            };
            let search_type = [
                SearchType::Lookup,
                SearchType::Lookup,
                SearchType::AttributeSearch,
                SearchType::Convoy,
                SearchType::MultiGeo,
            ][rng.random_range(0..5u32) as usize];
            AuditEntry {
                minute: rng.random_range(minutes.start..minutes.end.max(minutes.start + 1)),
                agency: Agency {
                    name,
                    kind: group.kind,
                },
                officer: format!(
                    "Ofc. {} #{}",
                    SURNAMES[rng.random_range(0..SURNAMES.len() as u32) as usize],
                    rng.random_range(100..1000u32)
                ),
                reason: reason.to_string(),
                purpose,
                case_number: format!("{}-{:05}", 2026, rng.random_range(0..100_000u32) + n),
                plate,
                search_type,
                networks_searched,
            }
        })
        .collect();
    log.sort_by(|a, b| {
        a.minute
            .cmp(&b.minute)
            .then(a.case_number.cmp(&b.case_number))
    });
    log
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyst::fixtures;

    mod who_can_see {
        use super::*;

        #[test]
        fn no_sharing_means_the_town_police_alone() {
            let access = who_can_query(SharingSetting::None, &fixtures::grid_town());
            assert_eq!(access.total_agencies, 1);
        }

        #[test]
        fn statewide_and_national_totals_are_the_one_sourced_figure() {
            let map = fixtures::grid_town();
            assert_eq!(
                who_can_query(SharingSetting::Statewide, &map).total_agencies,
                STATEWIDE_NETWORKS
            );
            assert_eq!(
                who_can_query(SharingSetting::National, &map).total_agencies,
                NATIONAL_NETWORKS
            );
        }

        #[test]
        fn national_lookup_means_thousands_of_agencies() {
            let access = who_can_query(SharingSetting::National, &fixtures::grid_town());
            assert!(access.total_agencies > 2_000, "{}", access.total_agencies);
            assert!(
                access
                    .groups
                    .iter()
                    .any(|g| g.kind == AgencyKind::FederalAgency)
            );
        }

        #[test]
        fn each_wider_setting_lets_in_at_least_as_many() {
            let map = fixtures::grid_town();
            let counts: Vec<u32> = SharingSetting::ALL
                .iter()
                .map(|&s| who_can_query(s, &map).total_agencies)
                .collect();
            assert!(counts.windows(2).all(|w| w[0] <= w[1]), "{counts:?}");
        }

        #[test]
        fn the_vendor_clause_reaches_past_a_no_sharing_setting() {
            let access =
                who_can_query(SharingSetting::VendorContractClause, &fixtures::grid_town());
            assert!(access.groups.iter().any(|g| g.kind == AgencyKind::Vendor));
        }
    }

    mod audit_log {
        use super::*;

        #[test]
        fn the_same_seed_gives_the_same_log() {
            let map = fixtures::grid_town();
            let plate = fixtures::plate("4KTR217");
            let a = simulate_audit_log(SharingSetting::National, &map, plate, 0..40_000, 50, 7);
            let b = simulate_audit_log(SharingSetting::National, &map, plate, 0..40_000, 50, 7);
            assert_eq!(a, b);
            assert!(a.windows(2).all(|w| w[0].minute <= w[1].minute));
        }

        #[test]
        fn national_searches_span_over_a_thousand_networks() {
            let map = fixtures::grid_town();
            let plate = fixtures::plate("4KTR217");
            let log = simulate_audit_log(SharingSetting::National, &map, plate, 0..40_000, 200, 3);
            assert!(
                log.iter()
                    .any(|e| e.networks_searched >= FEDERAL_NETWORKS_SEARCHED.0)
            );
            assert!(log.iter().all(|e| e.networks_searched <= NATIONAL_NETWORKS));
        }

        #[test]
        fn without_sharing_only_the_town_searches() {
            let map = fixtures::grid_town();
            let plate = fixtures::plate("4KTR217");
            let log = simulate_audit_log(SharingSetting::None, &map, plate, 0..40_000, 30, 3);
            assert!(log.iter().all(|e| e.agency.kind == AgencyKind::TownPolice));
        }
    }
}
