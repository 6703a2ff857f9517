//! Key figures: label, Danish-formatted value (the element tests read) and unit, as one
//! `<dl>`. Their texts change on every keystroke; Yew then rewrites just those text nodes.
//! (Writing the list as one raw HTML string was measured: the same first render, but a
//! slower keystroke, because the browser restyles and lays out the replaced list.)
use yew::prelude::*;

/// One key figure.
pub struct Figure {
    /// The `data-testid` of the value element.
    pub id: &'static str,
    pub label: AttrValue,
    /// Already formatted by `model::number`.
    pub value: String,
    /// "" for none.
    pub unit: &'static str,
    /// A second `data-testid` for the same value, when two named figures are always equal
    /// and the page shows them once.
    pub also: Option<&'static str>,
}

impl Figure {
    /// A figure from its four parts.
    pub fn new(
        id: &'static str,
        label: impl Into<AttrValue>,
        value: String,
        unit: &'static str,
    ) -> Self {
        Self {
            id,
            label: label.into(),
            value,
            unit,
            also: None,
        }
    }

    /// The same figure, also found under the test id `id`.
    pub fn also(self, id: &'static str) -> Self {
        Self {
            also: Some(id),
            ..self
        }
    }
}

/// A list of key figures (`<dl>` with `class`).
pub fn figures(class: &'static str, figures: Vec<Figure>) -> Html {
    html! {
        <dl class={class}>
            { for figures.into_iter().map(|f| html! {
                <div class="key-figure">
                    <dt>{f.label}</dt>
                    <dd>
                        if let Some(also) = f.also {
                            <span data-testid={also}><span class="value" data-testid={f.id}>{f.value}</span></span>
                        } else {
                            <span class="value" data-testid={f.id}>{f.value}</span>
                        }
                        if !f.unit.is_empty() { <span class="unit">{" "}{f.unit}</span> }
                    </dd>
                </div>
            }) }
        </dl>
    }
}
