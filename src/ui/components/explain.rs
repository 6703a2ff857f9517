//! "Sådan er det beregnet": each formula with the user's own numbers filled in, so an
//! economist can check every figure by hand.
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

#[derive(Properties, PartialEq)]
pub struct ExplainProps {
    pub steps: Vec<Step>,
    /// Notes on choices and conventions (shown under the steps).
    #[prop_or_default]
    pub notes: Vec<String>,
    /// More steps after `steps`, already rendered with `step` (e.g. memoised per case).
    #[prop_or_default]
    pub children: Html,
}

/// One step as `Explain` shows it.
pub fn step(s: &Step) -> Html {
    html! {
        <div class="explain-step">
            <dt>{&s.name}</dt>
            <dd>
                <code>{&s.formula}</code>
                <span class="explain-filled">{format!("= {}", s.filled)}</span>
                <strong>{format!("= {}", s.result)}</strong>
            </dd>
        </div>
    }
}

/// See the module doc.
#[component]
pub fn Explain(props: &ExplainProps) -> Html {
    html! {
        <details class="explain" data-testid="forklaring">
            <summary>{"Sådan er det beregnet"}</summary>
            <dl>
                { for props.steps.iter().map(step) }
                { props.children.clone() }
            </dl>
            if !props.notes.is_empty() {
                <ul class="explain-notes">{ for props.notes.iter().map(|n| html! { <li>{n}</li> }) }</ul>
            }
        </details>
    }
}
