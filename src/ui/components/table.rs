//! Rows of result tables that render again only when their figures changed (see `memo`):
//! the cells hold the model's numbers, so an unchanged row costs a comparison, not
//! formatting and diffing.
use super::memo::memo;
use crate::model::number::format_dk;
use rust_decimal::Decimal;
use yew::prelude::*;

/// One table cell.
#[derive(Clone, PartialEq)]
pub enum Cell {
    /// A number, shown with this many decimals.
    Num(Decimal, u32),
    Text(AttrValue),
}

#[derive(PartialEq)]
struct Row {
    head: AttrValue,
    cells: Vec<Cell>,
    last_id: Option<AttrValue>,
}

fn view(row: &Row) -> Html {
    let last = row.cells.len().saturating_sub(1);
    html! {
        <tr>
            <th scope="row">{row.head.clone()}</th>
            { for row.cells.iter().enumerate().map(|(i, cell)| {
                let id = if i == last { row.last_id.clone() } else { None };
                match cell {
                    Cell::Num(x, decimals) => html! { <td data-testid={id}>{format_dk(*x, *decimals)}</td> },
                    Cell::Text(text) => html! { <td data-testid={id}>{text.clone()}</td> },
                }
            }) }
        </tr>
    }
}

/// A wide table's own scroll region: the only kind of element that may scroll inside the
/// page (the page itself never scrolls sideways). Named and focusable, so a keyboard user
/// can scroll it and a screen reader announces what it holds.
pub fn region(label: &'static str, body: Html) -> Html {
    html! {
        <div class="table-scroll" role="region" aria-label={label} tabindex="0">{ body }</div>
    }
}

/// Column heads from fixed texts.
pub fn heads(texts: &[&'static str]) -> Vec<AttrValue> {
    texts.iter().map(|t| AttrValue::Static(t)).collect()
}

/// A result table: `data-testid` `id`, a caption (id `{id}-titel`, for a region that needs
/// a name), column heads and `row`s.
pub fn table(id: &str, caption: &str, head: Vec<AttrValue>, rows: Html) -> Html {
    html! {
        <table data-testid={id.to_string()}>
            <caption id={format!("{id}-titel")}>{caption}</caption>
            <thead><tr>{ for head.into_iter().map(|h| html! { <th scope="col">{h}</th> }) }</tr></thead>
            <tbody>{ rows }</tbody>
        </table>
    }
}

/// A `<tr>`: a row header, then the cells; `last_id` is the test id of the last cell.
pub fn row(head: AttrValue, cells: Vec<Cell>, last_id: Option<String>) -> Html {
    let row = Row {
        head,
        cells,
        last_id: last_id.map(AttrValue::from),
    };
    memo(row, view)
}
