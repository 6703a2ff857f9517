//! A labelled free-text input (names, pseudonyms). Rendered as text, never as HTML.
use yew::prelude::*;

/// The input with test id `id` and an optional hint. A function, not a component: there are
/// few text inputs, and each component type costs kilobytes of wasm.
pub fn text_field(
    id: String,
    label: &'static str,
    value: &str,
    hint: Option<AttrValue>,
    on_change: &Callback<String>,
) -> Html {
    text_field_warned(id, label, value, hint, None, on_change)
}

/// `text_field` with a warning that does not block anything (a case number that looks like
/// a CPR number): shown between label and field with the id `<id>-advarsel`, as a number
/// field's warning is, and read out with the field.
pub fn text_field_warned(
    id: String,
    label: &'static str,
    value: &str,
    hint: Option<AttrValue>,
    warning: Option<&'static str>,
    on_change: &Callback<String>,
) -> Html {
    let on_input = super::text_input(on_change);
    let hint_id = format!("{id}-hint");
    let warning_id = format!("{id}-advarsel");
    let described: Vec<&str> = [
        hint.as_ref().map(|_| hint_id.as_str()),
        warning.map(|_| warning_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <div class="field">
            <label for={id.clone()}>{label}</label>
            if let Some(h) = &hint { <span class="hint" id={hint_id.clone()}>{h.clone()}</span> }
            if let Some(w) = warning { <span class="warning-message" id={warning_id.clone()}>{w}</span> }
            <input id={id.clone()} data-testid={id} type="text" autocomplete="off"
                value={value.to_string()}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                oninput={on_input} />
        </div>
    }
}
