//! The tools module's binary: the analyst console, the policy lab, Massachusetts today,
//! Cameras on my route and Take action ([`plate_trail::views::ToolsViews`]), loaded by
//! `static/start.js` for their hashes (`#/console`, `#/policy`, `#/massachusetts`,
//! `#/route`, `#/action`), so the first visit's download (the simulator) leaves them out.
//! Built by `scripts/build_modules.sh`, a Trunk hook.

fn main() {
    plate_trail::panic_panel::install();
    plate_trail::app::mount::<plate_trail::views::ToolsViews>();
}
