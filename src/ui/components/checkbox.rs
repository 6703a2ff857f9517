//! A labelled checkbox for the model's on/off options.
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub on_change: Callback<bool>,
}

/// See the module doc.
#[component]
pub fn Checkbox(props: &CheckboxProps) -> Html {
    let on_change = {
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.checked());
        })
    };
    html! {
        <div class="checkbox">
            <input type="checkbox" id={props.id.clone()} data-testid={props.id.clone()}
                checked={props.checked} onchange={on_change} />
            <label for={props.id.clone()}>{props.label.clone()}</label>
        </div>
    }
}
