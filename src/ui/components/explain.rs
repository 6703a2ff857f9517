//! "Sådan er det beregnet": each formula with the user's own numbers filled in, so an
//! economist can check every figure by hand. The steps and notes are raw markup (see
//! `raw`), built only while the explanation is open (`Disclosure`).
use super::disclosure::disclosure;
use super::raw::Markup;
use yew::prelude::*;

/// One line: what is computed, the formula, the formula with numbers, the result.
pub struct Step {
    pub name: String,
    pub formula: String,
    pub filled: String,
    pub result: String,
}

impl Step {
    /// A step from its four parts.
    pub fn new(name: &str, formula: &str, filled: String, result: String) -> Self {
        Self {
            name: name.into(),
            formula: formula.into(),
            filled,
            result,
        }
    }
}

/// `steps` as the explanation's list items (raw markup for inside its `<dl>`).
pub fn steps(steps: &[Step]) -> Html {
    let mut m = Markup::default();
    for s in steps {
        m.open("div", &[("class", "explain-step")])
            .element("dt", &[], &s.name)
            .open("dd", &[])
            .element("code", &[], &s.formula)
            .element(
                "span",
                &[("class", "explain-filled")],
                &format!("= {}", s.filled),
            )
            .element("strong", &[], &format!("= {}", s.result))
            .close("dd")
            .close("div");
    }
    m.html()
}

/// The explanation's body: `steps`, then `more` (further steps already rendered with
/// `steps`, e.g. memoised per case), then `notes` on choices and conventions.
pub fn body(steps_: &[Step], more: Html, notes: &[&str]) -> Html {
    let mut list = Markup::default();
    if !notes.is_empty() {
        list.open("ul", &[("class", "explain-notes")]);
        for n in notes {
            list.element("li", &[], n);
        }
        list.close("ul");
    }
    html! {
        <>
            <dl>
                { steps(steps_) }
                { more }
            </dl>
            { list.html() }
        </>
    }
}

/// "Sådan er det beregnet" with `body(&data)` inside, built only while open (`Disclosure`).
pub fn explain<T: 'static>(data: T, body: fn(&T) -> Html) -> Html {
    disclosure(
        "Sådan er det beregnet".into(),
        "explain",
        Some("forklaring"),
        data,
        body,
    )
}
