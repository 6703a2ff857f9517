//! A labelled checkbox for the model's on/off options.
use yew::prelude::*;

/// The checkbox with test id `id`. A function, not a component: a page has a handful of
/// checkboxes, and each component type costs kilobytes of wasm.
pub fn checkbox(
    id: AttrValue,
    label: &'static str,
    checked: bool,
    on_change: Callback<bool>,
) -> Html {
    let on_change = super::checked_input(&on_change);
    html! {
        <div class="checkbox">
            <input type="checkbox" id={id.clone()} data-testid={id.clone()}
                checked={checked} onchange={on_change} />
            <label for={id}>{label}</label>
        </div>
    }
}
