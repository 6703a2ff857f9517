//! "Sådan er det beregnet": each formula with the user's own numbers filled in, so an
//! economist can check every figure by hand. The steps and notes are raw markup (see
//! `raw`); the `<details>` around them is a Yew element, so an opened explanation stays
//! open while the user types.
use super::raw::Markup;
use yew::prelude::*;

/// One line: what is computed, the formula, the formula with numbers, the result.
#[derive(Clone, PartialEq)]
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

/// The closed explanation: `steps`, then `more` (further steps already rendered with
/// `steps`, e.g. memoised per case), then `notes` on choices and conventions.
pub fn explain(steps_: &[Step], more: Html, notes: &[&str]) -> Html {
    let mut list = Markup::default();
    if !notes.is_empty() {
        list.open("ul", &[("class", "explain-notes")]);
        for n in notes {
            list.element("li", &[], n);
        }
        list.close("ul");
    }
    html! {
        <details class="explain" data-testid="forklaring">
            <summary>{"Sådan er det beregnet"}</summary>
            <dl>
                { steps(steps_) }
                { more }
            </dl>
            { list.html() }
        </details>
    }
}

/// The closed explanation before its steps are rendered (`later::use_after_paint`): the same
/// `<details>` element, so it stays when the steps arrive.
pub fn pending() -> Html {
    explain(&[], Html::default(), &[])
}
