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
    let on_input = super::text_input(on_change);
    let hint_id = format!("{id}-hint");
    html! {
        <div class="field">
            <label for={id.clone()}>{label}</label>
            if let Some(h) = &hint { <span class="hint" id={hint_id.clone()}>{h.clone()}</span> }
            <input id={id.clone()} data-testid={id} type="text" autocomplete="off"
                value={value.to_string()}
                aria-describedby={hint.as_ref().map(|_| hint_id)}
                oninput={on_input} />
        </div>
    }
}
