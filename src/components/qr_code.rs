//! A QR code drawn as SVG from a text (the audience link in presenter mode): the `qrcode`
//! crate makes the modules, this draws them as one path with the quiet zone the standard
//! asks for. Nothing is fetched; a text too long for any QR code draws nothing but the text.

use qrcode::{Color, QrCode};
use yew::prelude::*;

/// Modules of white margin around the code (the standard's quiet zone).
const QUIET_ZONE_MODULES: usize = 4;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// What the code encodes.
    pub text: AttrValue,
    /// The accessible name of the drawing.
    pub label: AttrValue,
}

/// The SVG path of the dark modules of `code`, one unit per module, shifted by the quiet
/// zone: "M5 4h1v1h-1z..." with runs of dark modules merged along each row.
fn dark_path(code: &QrCode) -> String {
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if colors[y * width + x] == Color::Dark {
                let start = x;
                while x < width && colors[y * width + x] == Color::Dark {
                    x += 1;
                }
                let run = x - start;
                path.push_str(&format!(
                    "M{} {}h{run}v1h-{run}z",
                    start + QUIET_ZONE_MODULES,
                    y + QUIET_ZONE_MODULES
                ));
            } else {
                x += 1;
            }
        }
    }
    path
}

/// The QR code of `text`, black on white whatever the page's palette (scanners need it).
#[function_component(QrCodeImage)]
pub fn qr_code_image(props: &QrCodeProps) -> Html {
    crate::language::use_language();
    let drawing = use_memo(props.text.clone(), |text| {
        QrCode::new(text.as_bytes())
            .ok()
            .map(|code| (code.width() + 2 * QUIET_ZONE_MODULES, dark_path(&code)))
    });
    let Some((size, path)) = (*drawing).clone() else {
        return Html::default();
    };
    html! {
        <svg class="qr-code" role="img" aria-label={props.label.clone()} data-testid="qr-code"
            viewBox={format!("0 0 {size} {size}")} shape-rendering="crispEdges">
            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
            <path d={path} fill="#000" />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_every_dark_module_once() {
        let code = QrCode::new(b"https://example.org/?v=1&seed=7#/simulator").unwrap();
        let dark = code
            .to_colors()
            .iter()
            .filter(|&&c| c == Color::Dark)
            .count();
        let path = dark_path(&code);
        let drawn: usize = path
            .split('h')
            .skip(1)
            .step_by(2)
            .map(|run| run.split('v').next().unwrap().parse::<usize>().unwrap())
            .sum();
        assert_eq!(drawn, dark);
        assert!(
            path.starts_with("M4 4h7"),
            "the finder pattern's top row: {path}"
        );
    }
}
