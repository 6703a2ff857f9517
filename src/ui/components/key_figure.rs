//! Key figures: label, Danish-formatted value (the element tests read) and unit, as one
//! `<dl>` of raw markup (see `raw`): they are output only.
use super::raw::Markup;
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
        }
    }
}

/// A list of key figures (`<dl>` with `class`).
pub fn figures(class: &'static str, figures: Vec<Figure>) -> Html {
    let mut m = Markup::default();
    m.open("dl", &[("class", class)]);
    for f in &figures {
        m.open("div", &[("class", "key-figure")])
            .element("dt", &[], &f.label)
            .open("dd", &[])
            .element(
                "span",
                &[("class", "value"), ("data-testid", f.id)],
                &f.value,
            );
        if !f.unit.is_empty() {
            m.open("span", &[("class", "unit")])
                .text(" ")
                .text(f.unit)
                .close("span");
        }
        m.close("dd").close("div");
    }
    m.close("dl");
    m.html()
}
