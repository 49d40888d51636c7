//! The policy lab's controls: presets named after real laws and the common set-up (each cited), then the levers
//! themselves: retention, hit-only storage, sharing, fewer cameras. Every control has a
//! label and works from the keyboard. Draws only; changes go out through `on_edit`.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::state::{Lab, LabEdit};
use crate::analyst::policy::{PresetSource, Retention, presets};
use crate::analyst::sharing::SharingSetting;
use crate::scenario::limits::CAMERA_PERCENTS;
use crate::text;

/// Retention choices, shortest first.
pub const RETENTIONS: [Retention; 5] = [
    Retention::ThreeMinutesUnlessHit,
    Retention::FortyEightHours,
    Retention::TwentyOneDays,
    Retention::ThirtyDays,
    Retention::OneYear,
];

/// The citations for a preset's law or set-up.
pub fn preset_cite(source: PresetSource) -> Html {
    match source {
        PresetSource::CommonSetup => html! {
            <>
                { crate::cite!("flock-evidence-policy") }
                { crate::cite!("wyden-ftc-2025") }
            </>
        },
        PresetSource::NewHampshire => html! { { crate::cite!("nh-rsa-261-75-b") } },
        PresetSource::MassachusettsH3431 => html! { { crate::cite!("ma-h-3431") } },
        PresetSource::Maine => html! { { crate::cite!("ncsl-alpr-statutes") } },
        PresetSource::Virginia => html! { { crate::cite!("va-code-2-2-5517") } },
        PresetSource::California => html! { { crate::cite!("ca-sb-34") } },
        PresetSource::Illinois => html! { { crate::cite!("il-hb-3326") } },
        PresetSource::OneYear => Html::default(),
    }
}

fn slug(name: &str) -> String {
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

#[derive(Properties, PartialEq)]
pub struct LabControlsProps {
    pub lab: Lab,
    pub on_edit: Callback<LabEdit>,
}

/// The lab's controls.
#[function_component(LabControls)]
pub fn lab_controls(props: &LabControlsProps) -> Html {
    crate::language::use_language();
    let lab = &props.lab;
    let presets = presets();
    let preset_choices = presets.iter().enumerate().map(|(i, preset)| {
        let on_edit = props.on_edit.clone();
        let name = text::preset_name(preset.source);
        let id = format!("preset-{}", slug(name));
        html! {
            <li>
                <input type="radio" name="policy-preset" id={id.clone()} checked={lab.preset == Some(i)}
                    onchange={Callback::from(move |_| on_edit.emit(LabEdit::Preset(i)))} />
                <label for={id}>
                    <strong>{ name }</strong>{ ": " }{ text::tools::preset_citation(preset.source) }{ preset_cite(preset.source) }
                </label>
            </li>
        }
    });
    let retention_choices = RETENTIONS.iter().map(|&r| {
        let on_edit = props.on_edit.clone();
        let id = format!("retention-{}", r.max_age_minutes());
        html! {
            <span class="choice">
                <input type="radio" name="retention" id={id.clone()} checked={lab.retention == r}
                    onchange={Callback::from(move |_| on_edit.emit(LabEdit::Retention(r)))} />
                <label for={id}>{ text::tools::retention_label(r) }</label>
            </span>
        }
    });
    let on_hit_only = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            on_edit.emit(LabEdit::HitOnly(
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            ))
        })
    };
    let on_sharing = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(&s) = SharingSetting::ALL
                .iter()
                .find(|s| text::tools::sharing_slug(**s) == value)
            {
                on_edit.emit(LabEdit::Sharing(s));
            }
        })
    };
    let on_cameras = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            if let Ok(p) = e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .parse::<u32>()
            {
                on_edit.emit(LabEdit::CameraPercent(p));
            }
        })
    };
    html! {
        <div class="panel lab-controls" data-testid="lab-controls">
            <h4>{ text::tools::lab_controls_title() }</h4>
            <fieldset class="choices presets">
                <legend>{ text::tools::lab_presets() }</legend>
                <ul class="preset-list">{ for preset_choices }</ul>
                <p class="last-checked" data-testid="last-checked">{ text::last_checked() }</p>
            </fieldset>
            <fieldset class="choices">
                <legend>{ text::tools::lab_retention() }</legend>
                { for retention_choices }
            </fieldset>
            <div class="field checkbox-field">
                <input type="checkbox" id="hit-only" checked={lab.hit_only} onchange={on_hit_only} />
                <label for="hit-only">{ text::tools::lab_hit_only() }</label>
            </div>
            <div class="field">
                <label for="lab-sharing">{ text::tools::lab_sharing() }</label>
                <select id="lab-sharing" onchange={on_sharing}>
                    { for SharingSetting::ALL.iter().map(|&s| html! {
                        <option value={text::tools::sharing_slug(s)} selected={s == lab.sharing}>{ text::tools::sharing_label(s) }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="lab-cameras">{ text::tools::lab_cameras() }</label>
                <select id="lab-cameras" onchange={on_cameras}>
                    { for CAMERA_PERCENTS.iter().map(|&p| html! {
                        <option value={p.to_string()} selected={p == lab.camera_percent}>{ text::tools::camera_percent(p) }</option>
                    }) }
                </select>
            </div>
        </div>
    }
}
