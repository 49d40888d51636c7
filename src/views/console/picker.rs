//! The tool picker: one radio button per vendor tool, styled as tabs, with a sentence on
//! what the tool does and the source that says the vendor offers it. Draws only.

use yew::prelude::*;

use crate::scenario::console::Tool;
use crate::text;

#[derive(Properties, PartialEq)]
pub struct ToolPickerProps {
    pub tool: Tool,
    pub on_pick: Callback<Tool>,
}

/// What a tool does, with its citations.
pub fn tool_description(tool: Tool) -> Html {
    match tool {
        Tool::Lookup => html! {
            <>{ text::tools::about_lookup() }{ crate::cite!("haveibeenflocked-search-types") }</>
        },
        Tool::Attributes => html! {
            <>{ text::tools::about_attributes() }{ crate::cite!("flock-testing-program") }{ crate::cite!("govtech-vehicle-location") }{ crate::cite!("flock-freeform") }</>
        },
        Tool::MultiGeo => html! {
            <>{ text::tools::about_multi_geo() }{ crate::cite!("maryville-multigeo-convoy") }</>
        },
        Tool::Convoy => html! {
            <>{ text::tools::about_convoy() }{ crate::cite!("maryville-multigeo-convoy") }{ crate::cite!("i2-convoy-analysis") }</>
        },
        Tool::Stakeout => html! {
            <>{ text::tools::about_stakeout() }{ crate::cite!("eff-protest-searches") }</>
        },
        Tool::HotList => html! {
            <>{ text::tools::about_hot_list() }{ crate::cite!("flock-wanted-car") }</>
        },
    }
}

/// The radio group of tools.
#[function_component(ToolPicker)]
pub fn tool_picker(props: &ToolPickerProps) -> Html {
    crate::language::use_language();
    html! {
        <fieldset class="tool-picker">
            <legend>{ text::tools::tool_picker() }</legend>
            { for Tool::ALL.iter().map(|&tool| {
                let on_pick = props.on_pick.clone();
                let id = format!("tool-{}", tool.slug());
                let checked = tool == props.tool;
                html! {
                    <span class={classes!("tool-tab", checked.then_some("is-current"))}>
                        <input type="radio" name="console-tool" id={id.clone()} value={tool.slug()}
                            {checked} onchange={Callback::from(move |_| on_pick.emit(tool))} />
                        <label for={id}>{ tool.label() }</label>
                    </span>
                }
            }) }
        </fieldset>
    }
}
