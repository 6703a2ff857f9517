//! A key figure: label, Danish-formatted value (the element tests read) and unit.
use crate::ui::text::fill;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeyFigureProps {
    /// The `data-testid` of the value element.
    pub id: AttrValue,
    pub label: AttrValue,
    /// Already formatted by `model::number`.
    pub value: String,
    #[prop_or_default]
    pub unit: Option<AttrValue>,
}

/// See the module doc.
#[component]
pub fn KeyFigure(props: &KeyFigureProps) -> Html {
    html! {
        <div class="key-figure">
            <dt>{props.label.clone()}</dt>
            <dd>
                <span class="value" data-testid={props.id.clone()}>{&props.value}</span>
                if let Some(u) = &props.unit { <span class="unit">{fill(" {}", [u.to_string()])}</span> }
            </dd>
        </div>
    }
}

/// A page's key figures as one `<dl>`, from (test id, label, value, unit): one loop instead
/// of a component call per figure keeps the pages' code small.
pub fn key_figures(
    figures: Vec<(&'static str, &'static str, String, Option<&'static str>)>,
) -> Html {
    html! {
        <dl class="key-figures">
            { for figures.into_iter().map(|(id, label, value, unit)| html! {
                <KeyFigure {id} {label} {value} unit={unit.map(AttrValue::Static)} />
            }) }
        </dl>
    }
}
