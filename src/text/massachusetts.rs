//! The "Massachusetts today" view's words: the state's mapped cameras, their attribution,
//! the search by operator and the run as dense as a real town. Only the tools module uses
//! them, so the first visit's download leaves them out.

use super::thousands;

pub const TITLE: &str = "Massachusetts today: the mapped cameras";
pub const INTRO: &str = "Every plate-reading camera volunteers have mapped in Massachusetts, drawn over the state's outline: who runs them, and what a network as dense as a real town's finds out about one car.";
pub const LOADING: &str = "Loading the map of Massachusetts' cameras\u{2026}";

/// The file could not be read or fetched.
pub fn failed(reason: &str) -> String {
    format!(
        "The camera map could not be loaded ({reason}). Reload the page to try again; the rest of Plate Trail works without it."
    )
}

/// The attribution, with the export's date.
pub fn attribution(exported: &str) -> String {
    format!(
        "Camera positions \u{a9} OpenStreetMap contributors, under the Open Database License (ODbL): the nodes tagged surveillance:type=ALPR, the data DeFlock shows, exported on {exported}."
    )
}

pub const OUTLINE_CREDIT: &str =
    "State outline: U.S. Census Bureau cartographic boundaries (public domain), via us-atlas.";

/// "1,221 cameras mapped, 998 with an operator named, run by 101 operators."
pub fn totals(cameras: usize, named: usize, operators: usize) -> String {
    format!(
        "{} cameras mapped; {} of them name who runs them, {} operators in all.",
        thousands(cameras),
        thousands(named),
        thousands(operators)
    )
}

pub const FLOOR_NOTE: &str = "A floor, not a count. The map is crowdsourced: it holds only the cameras volunteers have spotted and tagged, so the real number can only be higher, and a camera with no operator tagged is still someone's.";
pub const FLOOR_FLOCK: &str = "More than 40 Massachusetts police departments contract with Flock.";

pub const MAP_TITLE: &str = "The map";
/// The map's accessible name.
pub fn map_label(cameras: usize, matching: Option<usize>) -> String {
    match matching {
        Some(n) => format!(
            "Map of Massachusetts with {} mapped plate-reading cameras; the {} of the operators searched for are drawn larger and darker. The tables below list them.",
            thousands(cameras),
            thousands(n)
        ),
        None => format!(
            "Map of Massachusetts with {} mapped plate-reading cameras. The tables below list them by operator.",
            thousands(cameras)
        ),
    }
}

pub const SEARCH_LABEL: &str = "Search by operator";
pub const SEARCH_HINT: &str = "Part of a name, such as \u{201c}police\u{201d}, \u{201c}Lowell\u{201d} or \u{201c}Home Depot\u{201d}. The table and the map follow as you type.";
pub const SEARCH_CLEAR: &str = "Clear";

/// Announced after each search.
pub fn search_result(query: &str, operators: usize, cameras: usize) -> String {
    match operators {
        0 => format!("No operator matches \u{201c}{query}\u{201d}."),
        1 => format!(
            "1 operator matches \u{201c}{query}\u{201d}, with {} cameras.",
            thousands(cameras)
        ),
        n => format!(
            "{n} operators match \u{201c}{query}\u{201d}, with {} cameras.",
            thousands(cameras)
        ),
    }
}

pub const OPERATORS_CAPTION: &str = "Cameras by operator (most first)";
pub const COLUMN_OPERATOR: &str = "Operator";
pub const COLUMN_CAMERAS: &str = "Cameras";
pub const COLUMN_MAKERS: &str = "Made by";
pub const COLUMN_FACING: &str = "Facing";
pub const COLUMN_WHERE: &str = "Where (lon, lat)";
pub const NO_OPERATOR: &str = "(no operator tagged)";
pub const NO_MAKER: &str = "not tagged";
pub const NO_FACING: &str = "not tagged";

/// The camera list's caption: all of them, or the first `shown`.
pub fn cameras_caption(shown: usize, of: usize) -> String {
    if shown == of {
        format!("The {} cameras of the operators found", thousands(of))
    } else {
        format!(
            "The first {} of the {} cameras of the operators found",
            thousands(shown),
            thousands(of)
        )
    }
}

pub const DENSITY_TITLE: &str = "Run the simulator as dense as a real town";
pub const DENSITY_INTRO: &str = "The simulated town is about the size of a small city. Pick a town whose police cameras are mapped above, and the simulator runs your month under a network as dense as that town's.";
pub const DENSITY_TOWN_LABEL: &str = "Town";

/// The button: "Start a run as dense as Lowell (24 cameras)".
pub fn start_run(town: &str, cameras: u32) -> String {
    format!("Start a run as dense as {town} ({cameras} cameras)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(1221), "1,221");
        assert_eq!(thousands(998), "998");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }
}
