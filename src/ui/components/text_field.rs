//! A labelled free-text input (names, pseudonyms). Rendered as text, never as HTML.
use crate::ui::text::fill;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub on_change: Callback<String>,
}

/// See the module doc.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let on_input = super::text_input(&props.on_change);
    let hint_id = fill("{}-hint", [props.id.to_string()]);
    html! {
        <div class="field">
            <label for={props.id.clone()}>{props.label.clone()}</label>
            if let Some(h) = &props.hint { <span class="hint" id={hint_id.clone()}>{h.clone()}</span> }
            <input id={props.id.clone()} data-testid={props.id.clone()} type="text" autocomplete="off"
                value={props.value.clone()}
                aria-describedby={props.hint.as_ref().map(|_| hint_id)}
                oninput={on_input} />
        </div>
    }
}
