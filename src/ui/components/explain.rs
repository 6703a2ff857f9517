//! "Sådan er det beregnet": each formula with the user's own numbers filled in, so an
//! economist can check every figure by hand. Built only while the explanation is open
//! (`Disclosure`).
use super::disclosure::disclosure;
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

/// `steps` as the explanation's list items (for inside its `<dl>`).
pub fn steps(steps: &[Step]) -> Html {
    steps
        .iter()
        .map(|s| {
            html! {
                <div class="explain-step">
                    <dt>{&s.name}</dt>
                    <dd>
                        <code>{&s.formula}</code>
                        <span class="explain-filled">{"= "}{&s.filled}</span>
                        <strong>{"= "}{&s.result}</strong>
                    </dd>
                </div>
            }
        })
        .collect()
}

/// The explanation's body: `steps`, then `more` (further steps already rendered with
/// `steps`, e.g. memoised per case), then `notes` on choices and conventions.
pub fn body(steps_: &[Step], more: Html, notes: &[&str]) -> Html {
    html! {
        <>
            <dl>
                { steps(steps_) }
                { more }
            </dl>
            if !notes.is_empty() {
                <ul class="explain-notes">{ for notes.iter().map(|n| html! { <li>{*n}</li> }) }</ul>
            }
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
