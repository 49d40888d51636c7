//! The page's binary only mounts the app; everything else lives in the library. The
//! town-wide worker is a binary of its own (`src/bin/plate-trail-worker.rs`), so the code
//! only the worker runs (the analyst, the vendor's tools, the whole town's run) stays out
//! of the page's first download.

fn main() {
    plate_trail::panic_panel::install();
    plate_trail::app::mount::<plate_trail::views::MainViews>();
}
