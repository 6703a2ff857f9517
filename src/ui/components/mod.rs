//! Reusable view pieces shared by the pages.
pub mod checkbox;
pub mod csv_button;
pub mod disclosure;
pub mod embed_bar;
pub mod explain;
pub mod key_figure;
pub mod memo;
pub mod number_field;
pub mod printout;
pub mod results;
pub mod rows;
pub mod scenario_bar;
pub mod specs;
pub mod storage_notices;
pub mod table;
pub mod text_field;
pub mod waterfall;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// An `oninput` handler that passes the input's text on: every keystroke goes to the
/// scenario, so results follow the typing.
pub fn text_input(on_change: &Callback<String>) -> Callback<InputEvent> {
    let on_change = on_change.clone();
    Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        on_change.emit(input.value());
    })
}

/// An `onchange` handler for a checkbox that passes its new state on.
pub fn checked_input(on_change: &Callback<bool>) -> Callback<Event> {
    let on_change = on_change.clone();
    Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        on_change.emit(input.checked());
    })
}

/// An `onchange` handler for a `<select>` that passes the chosen option's value on.
pub fn select_input(on_change: &Callback<String>) -> Callback<Event> {
    let on_change = on_change.clone();
    Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        on_change.emit(select.value());
    })
}
