//! Who can query a car's reads: agencies, the sharing settings an agency picks, and the
//! groups of agencies each setting lets in. (The console's audit log is written by the
//! visitor's own searches: `views::console::audit`.)
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

use serde::{Deserialize, Serialize};

use crate::sim::{CameraOwner, TownMap};

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

/// One group of agencies that can query the car's reads under a setting.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AccessGroup {
    pub kind: AgencyKind,
    /// How many agencies (an estimate for the national figures; see `source`).
    pub agencies: u32,
    pub examples: Vec<Example>,
    /// Where the figure comes from.
    pub source: GroupSource,
}

/// An agency, or a sort of agencies, in a group: a camera operator's own name from the map,
/// or a description the page words in the visitor's language (`text::tools::access_examples`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Example {
    /// An operator's name as the map gives it (a proper name, never translated).
    Named(String),
    /// A neighbouring town's department, where the map names none.
    NeighbouringDepartment,
    StatePolice,
    /// The other departments of the state on the vendor's network.
    OtherDepartmentsInState,
    /// Police departments in other states.
    DepartmentsInOtherStates,
    /// Federal agencies, searching through local departments' access.
    FederalThroughLocal,
    /// The vendor, and whoever it discloses the data to.
    VendorAndWhoever,
}

impl Example {
    /// The operator's name, when the example is one.
    pub fn name(&self) -> Option<&str> {
        match self {
            Example::Named(name) => Some(name),
            _ => None,
        }
    }
}

/// Where a group and its count come from (`text::tools::access_source` words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum GroupSource {
    /// The department that runs the cameras.
    RunsTheCameras,
    /// The one partner a one-to-one setting names.
    OnePartner,
    /// The agencies within the radius the department chose.
    WithinTheRadius,
    /// ACLU of Massachusetts: more than 40 departments contract with Flock ([`STATEWIDE_NETWORKS`]).
    StatewideContracts,
    /// Conway, AR audit records (2026): each federal lookup searched over a thousand networks.
    FederalLookups,
    /// ACLU: the default contract allows disclosure "for investigative purposes".
    VendorContract,
    /// Released records of nationwide searches ([`NATIONAL_REACH_NETWORKS`], [`NATIONAL_NETWORKS`]).
    NationalSearches,
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
    let mut neighbours: Vec<Example> = operators(map, CameraOwner::NeighbourPolice)
        .into_iter()
        .map(Example::Named)
        .collect();
    if neighbours.is_empty() {
        neighbours = vec![Example::NeighbouringDepartment];
    }
    let mut groups = vec![AccessGroup {
        kind: AgencyKind::TownPolice,
        agencies: 1,
        examples: vec![Example::Named(town)],
        source: GroupSource::RunsTheCameras,
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
            source: GroupSource::OnePartner,
        });
    }
    if wider(SharingSetting::Radius) {
        groups.push(AccessGroup {
            kind: AgencyKind::NeighbourPolice,
            agencies: neighbours.len() as u32,
            examples: neighbours.clone(),
            source: GroupSource::WithinTheRadius,
        });
        groups.push(AccessGroup {
            kind: AgencyKind::StatePolice,
            agencies: 1,
            examples: vec![Example::StatePolice],
            source: GroupSource::WithinTheRadius,
        });
    }
    // Statewide and national groups are what is left of the one sourced figure once the
    // agencies already listed are counted, so that the total is that figure.
    let counted = |groups: &[AccessGroup]| groups.iter().map(|g| g.agencies).sum::<u32>();
    if wider(SharingSetting::Statewide) {
        groups.push(AccessGroup {
            kind: AgencyKind::StatewideAgency,
            agencies: STATEWIDE_NETWORKS.saturating_sub(counted(&groups)),
            examples: vec![Example::OtherDepartmentsInState],
            source: GroupSource::StatewideContracts,
        });
    }
    if wider(SharingSetting::National) {
        groups.push(AccessGroup {
            kind: AgencyKind::FederalAgency,
            agencies: 1,
            examples: vec![Example::FederalThroughLocal],
            source: GroupSource::FederalLookups,
        });
    }
    if setting == SharingSetting::VendorContractClause || setting == SharingSetting::National {
        groups.push(AccessGroup {
            kind: AgencyKind::Vendor,
            agencies: 1,
            examples: vec![Example::VendorAndWhoever],
            source: GroupSource::VendorContract,
        });
    }
    if wider(SharingSetting::National) {
        let national = AccessGroup {
            kind: AgencyKind::NationalLookupAgency,
            agencies: NATIONAL_NETWORKS.saturating_sub(counted(&groups)),
            examples: vec![Example::DepartmentsInOtherStates],
            source: GroupSource::NationalSearches,
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
}
