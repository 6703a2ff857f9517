//! The one row editor: every list of rows (staff groups, shifts, fixed costs, packages,
//! særtakster, alternatives, cases) is declared as a `RowKind` and rendered by it, so a
//! row's frame, its copy/remove buttons, their labels and test ids are made in one place.
//! A row's buttons send `Edit::CopyRow`/`Edit::RemoveRow` and the add button
//! `Edit::AddRow`: the model decides what a new or copied row holds and what a removal
//! fixes elsewhere. Its inputs send `Edit::Set` through `specs::Fields`' kept callbacks.
//!
//! A fieldset per row and a row of a table are two layouts of the same thing; a long list
//! keeps each row behind `specs::part`, so a keystroke renders only its row.
use crate::model::capacity;
use crate::model::edit::Edit;
use crate::model::field::Table;
use crate::ui::state::{on_click, Dispatch};
use yew::prelude::*;

/// A button of each row: its test id part (`vagt-N-{part}`), the verb of its label
/// ("Slet vagt N") and its text.
pub struct RowButton {
    pub part: &'static str,
    pub verb: &'static str,
    pub text: &'static str,
}

impl RowButton {
    /// "Fjern …" with the test id `…-N-fjern`.
    pub const fn remove(text: &'static str) -> Self {
        Self {
            part: "fjern",
            verb: "Fjern",
            text,
        }
    }

    /// "Kopiér …" with the test id `…-N-kopier`.
    pub const fn copy(text: &'static str) -> Self {
        Self {
            part: "kopier",
            verb: "Kopiér",
            text,
        }
    }
}

/// How a row is laid out.
pub enum Layout {
    /// A fieldset of class `class` with a legend; the buttons follow the inputs, wrapped in
    /// a `div` of class `buttons` if that is given.
    Fieldset {
        class: &'static str,
        buttons: Option<&'static str>,
    },
    /// A table row: the inputs are its cells, the buttons go in a last cell.
    TableRow,
}

/// A list of rows: which table, what a row is called, how it looks, its buttons.
pub struct RowKind {
    /// The table whose rows these are: it makes the rows' test ids.
    pub table: Table,
    /// The legend ("Fast udgift" → "Fast udgift 1"), and the name in the buttons' labels
    /// ("Fjern fast udgift 1").
    pub name: (&'static str, &'static str),
    pub layout: Layout,
    /// The add button's text (test id `{table}-tilfoej`).
    pub add: &'static str,
    pub copy: Option<RowButton>,
    pub remove: RowButton,
}

impl RowKind {
    /// Row `index`: `body` (its inputs or cells) in the frame of the layout, the legend
    /// (`legend`, else the numbered name) and the buttons; no remove button unless
    /// `removable`.
    pub fn row(
        &self,
        dispatch: &Dispatch,
        index: usize,
        legend: Option<String>,
        body: Html,
        removable: bool,
    ) -> Html {
        let n = index + 1;
        let button = |b: &RowButton, edit: Edit| {
            html! {
                <button type="button" class="secondary" data-testid={self.table.row_id(index, b.part)}
                    aria-label={format!("{} {} {n}", b.verb, self.name.1)} onclick={on_click(dispatch, edit)}>{b.text}</button>
            }
        };
        let copy = self
            .copy
            .as_ref()
            .map(|b| button(b, Edit::CopyRow(self.table, index)));
        let remove = removable.then(|| button(&self.remove, Edit::RemoveRow(self.table, index)));
        match self.layout {
            Layout::TableRow => html! {
                <tr>{body}<td class="row-actions">{copy}{remove}</td></tr>
            },
            Layout::Fieldset { class, buttons } => {
                let legend = legend.unwrap_or_else(|| format!("{} {n}", self.name.0));
                let buttons = match buttons {
                    Some(class) => html! { <div class={class}>{copy}{remove}</div> },
                    None => html! { <>{copy}{remove}</> },
                };
                html! {
                    <fieldset class={class}>
                        <legend>{legend}</legend>
                        {body}
                        {buttons}
                    </fieldset>
                }
            }
        }
    }

    /// The button that adds a row to the `rows` there are; at the table's limit it is
    /// disabled and says why (`model::capacity`).
    pub fn add_button(&self, dispatch: &Dispatch, rows: usize) -> Html {
        let id = format!("{}-tilfoej", self.table.id());
        let limit = capacity::of(self.table);
        if rows >= limit.max {
            let why = format!("{}-graense", self.table.id());
            return html! {
                <>
                    <button type="button" data-testid={id} disabled=true aria-describedby={why.clone()}>{self.add}</button>
                    <p class="hint" id={why.clone()} data-testid={why}>
                        {format!("Der kan højst være {} {}: {}.", limit.max, limit.what, limit.reason)}
                    </p>
                </>
            };
        }
        let onclick = on_click(dispatch, Edit::AddRow(self.table));
        html! { <button type="button" data-testid={id} onclick={onclick}>{self.add}</button> }
    }
}
