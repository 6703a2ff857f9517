//! "Hent som CSV": a results table as a file for Danish Excel (`model::csv`).
use crate::model::csv::{to_bytes, Cell};
use crate::platform::download::download;
use crate::ui::text::fill;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CsvButtonProps {
    pub id: AttrValue,
    /// What the table is, e.g. "nøgletal" (the button reads "Hent nøgletal som CSV").
    pub what: AttrValue,
    pub filename: AttrValue,
    /// Headings first.
    pub rows: Vec<Vec<Cell>>,
}

/// See the module doc.
#[component]
pub fn CsvButton(props: &CsvButtonProps) -> Html {
    let onclick = {
        let rows = props.rows.clone();
        let filename = props.filename.clone();
        Callback::from(move |_: MouseEvent| {
            // Encoded on click, not on every render. A refused download (sandboxed iframe)
            // leaves nothing to recover; the button simply does nothing there.
            let _ = download(&filename, "text/csv;charset=utf-8", &to_bytes(&rows));
        })
    };
    html! {
        <button type="button" class="secondary csv" data-testid={props.id.clone()} onclick={onclick}>
            {fill("Hent {} som CSV", [props.what.to_string()])}
        </button>
    }
}
