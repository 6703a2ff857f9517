//! "Hent som CSV": a results table as a file for Danish Excel (`model::csv`).
use crate::model::csv::{to_bytes, Cell};
use crate::platform::download::download;
use yew::prelude::*;

/// The button with test id `id`; `what` the table is, e.g. "nøgletal" (the button reads
/// "Hent nøgletal som CSV"); `rows` with the headings first. A function, not a component:
/// each component type costs kilobytes of wasm.
pub fn csv_button(
    id: &'static str,
    what: &'static str,
    filename: String,
    rows: Vec<Vec<Cell>>,
) -> Html {
    let onclick = Callback::from(move |_: MouseEvent| {
        // Encoded on click, not on every render. A refused download (sandboxed iframe)
        // leaves nothing to recover; the button simply does nothing there.
        let _ = download(&filename, "text/csv;charset=utf-8", &to_bytes(&rows));
    });
    html! {
        <button type="button" class="secondary csv" data-testid={id} onclick={onclick}>
            {["Hent ", what, " som CSV"].concat()}
        </button>
    }
}
