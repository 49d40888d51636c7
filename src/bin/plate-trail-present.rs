//! Presenter mode's own binary, mounted by `present.html` (written by
//! `scripts/build_present.sh`, a Trunk hook). A talk for a room is a page of its own: the
//! story, its speaker notes window and the audience's QR code stay out of the first visit's
//! download, which every visitor pays for, and load only when someone presents.

fn main() {
    plate_trail::panic_panel::install();
    // In the language the visitor chose in the app (or the link's `?lang=`).
    plate_trail::language::start(|| {
        let document = gloo::utils::document();
        match document.get_element_by_id("app") {
            Some(root) => {
                yew::Renderer::<plate_trail::views::present::Present>::with_root(root).render();
            }
            None => {
                yew::Renderer::<plate_trail::views::present::Present>::new().render();
            }
        }
    });
}
