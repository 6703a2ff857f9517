//! A labelled Danish number input, laid out as Det Fælles Designsystem does it:
//! label, hint, error text, then the field with its unit. The raw text is kept in the
//! scenario, so an invalid entry is never thrown away. The "standard" badge sits next to the
//! label, not in it, and describes the field: the accessible name stays the visible label
//! (WCAG 2.5.3), so "Lønbudget pr. år (kr.)" is never read as "…(kr.)standard".
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// The `data-testid` and DOM id of the input.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// Unit shown after the field (kr., %, t); never the only cue, the label says it too.
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    /// The default value as text; shown in the hint and marked when in use.
    #[prop_or_default]
    pub default: Option<AttrValue>,
    /// Extra help in the hint line.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Danish error message, shown between label and field.
    #[prop_or_default]
    pub error: Option<String>,
    /// Danish warning for a valid but implausible value; shown like the error, but the
    /// field is not marked invalid and the result still stands.
    #[prop_or_default]
    pub warning: Option<String>,
    pub on_change: Callback<String>,
}

/// See the module doc.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let on_input = super::text_input(&props.on_change);
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-fejl", props.id);
    let default_id = format!("{}-standard", props.id);
    let warning_id = format!("{}-advarsel", props.id);
    let is_default = props
        .default
        .as_ref()
        .is_some_and(|d| d.as_str() == props.value.trim());
    let hint = match (&props.hint, &props.default) {
        (Some(h), Some(d)) => Some(format!("{h} Standard: {d}.")),
        (Some(h), None) => Some(h.to_string()),
        (None, Some(d)) => Some(format!("Standard: {d}.")),
        (None, None) => None,
    };
    let mut described = Vec::new();
    if is_default {
        described.push(default_id.clone());
    }
    if hint.is_some() {
        described.push(hint_id.clone());
    }
    if props.error.is_some() {
        described.push(error_id.clone());
    }
    if props.warning.is_some() {
        described.push(warning_id.clone());
    }
    let class = classes!("field", props.error.as_ref().map(|_| "field-error"));
    html! {
        <div class={class}>
            <div class="field-label">
                <label for={props.id.clone()}>{props.label.clone()}</label>
                if is_default { <span class="default-tag" id={default_id}>{"standard"}</span> }
            </div>
            if let Some(h) = hint { <span class="hint" id={hint_id}>{h}</span> }
            if let Some(e) = &props.error {
                <span class="error-message" id={error_id} role="alert">{e.clone()}</span>
            }
            if let Some(w) = &props.warning {
                <span class="warning-message" id={warning_id}>{w.clone()}</span>
            }
            <div class="input-row">
                <input
                    id={props.id.clone()}
                    data-testid={props.id.clone()}
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    value={props.value.clone()}
                    aria-invalid={props.error.is_some().then_some("true")}
                    aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                    oninput={on_input}
                />
                if let Some(s) = &props.suffix { <span class="suffix" aria-hidden="true">{s.clone()}</span> }
            </div>
        </div>
    }
}
