//! "Hent som CSV": a results table as a file for Danish Excel (`model::csv_export`).
use crate::model::csv_export::{to_csv, Cell};
use crate::platform::download::download;
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
        let csv = to_csv(&props.rows);
        let filename = props.filename.clone();
        Callback::from(move |_: MouseEvent| {
            // A refused download (sandboxed iframe) leaves nothing to recover; the button
            // simply does nothing there.
            let _ = download(&filename, "text/csv;charset=utf-8", csv.as_bytes());
        })
    };
    html! {
        <button type="button" class="secondary csv" data-testid={props.id.clone()} onclick={onclick}>
            {format!("Hent {} som CSV", props.what)}
        </button>
    }
}
