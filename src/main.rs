//! The binary only mounts the app; everything else lives in the library.

fn main() {
    plate_trail::panic_panel::install();
    plate_trail::app::mount();
}
