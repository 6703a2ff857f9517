//! "Hent som CSV": a results table as a file for Danish Excel (`model::csv`).
use crate::model::csv::{to_bytes, with_context, Cell, Context};
use crate::platform;
use crate::platform::download::download;
use yew::prelude::*;

/// The button with test id `id`; `what` the table is, e.g. "nøgletal" (the button reads
/// "Hent nøgletal som CSV"); `rows` with the headings first, written under the context
/// block (`csv::with_context`; its date is filled in on click). A function, not a
/// component: each component type costs kilobytes of wasm.
pub fn csv_button(
    id: &'static str,
    what: &'static str,
    filename: String,
    context: Context,
    rows: Vec<Vec<Cell>>,
) -> Html {
    let onclick = Callback::from(move |_: MouseEvent| {
        // Encoded on click, not on every render. A refused download (sandboxed iframe)
        // leaves nothing to recover; the button simply does nothing there.
        let context = Context {
            generated: platform::today(),
            ..context.clone()
        };
        let rows = with_context(&context, rows.clone());
        let _ = download(&filename, "text/csv;charset=utf-8", &to_bytes(&rows));
    });
    html! {
        <button type="button" class="secondary csv" data-testid={id} onclick={onclick}>
            {["Hent ", what, " som CSV"].concat()}
        </button>
    }
}
