//! Rendering from spec tables. A page lists its inputs (`FieldSpec`, `FlagSpec`) and result
//! columns (`Column`) as data and renders them with the few functions here, instead of one
//! `html!` expansion per input, figure and cell: Yew's `html!` expands every element
//! inline. An input's edit is data too (`Edit::Set(field, text)`), so a spec only says how
//! to read its value. The generic functions below only pick values out of a form and leave
//! the rendering to non-generic ones, so a form type costs a few hundred bytes.
//!
//! Speed: `Fields` keeps each input's callback for the life of the page (by test id). Yew
//! compares callbacks by identity, so fresh ones on every render would re-render every input
//! of the page on every keystroke; with the kept ones it skips each input whose text, hint
//! and error did not change. `Fields::part` goes further for long lists: a row whose data
//! did not change is not even rendered.
use crate::model::edit::{Choice, Edit};
use crate::model::field::{self, Field, FieldRef, Table};
use crate::model::form::{FieldErrors, FieldWarnings};
use crate::ui::components::checkbox::checkbox;
use crate::ui::components::memo::{self, Piece};
use crate::ui::components::number_field::NumberField;
use crate::ui::components::select_input;
use crate::ui::components::text_field::text_field;
use crate::ui::state::{on_choice, on_click, on_flag, on_text, AppState, Dispatch};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Reads one value of a form `F`; the edit that changes it is data (`Edit::Set(field, …)`)
/// and needs no way into the form.
pub type Get<F, T> = fn(&F) -> &T;

/// A `Get` on a field path of the form, e.g. `get!(holiday_options.may_day)`.
macro_rules! get {
    ($($path:ident).+) => {
        |f| &f.$($path).+
    };
}
pub(crate) use get;

/// How a text input is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A Danish number: error text, unit and the default value in the hint.
    Number,
    /// Free text such as a name or pseudonym.
    Text,
}

/// Which input of its form a spec is: a page's own input, or a column of a row (whose
/// row `Place::Row` adds).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Key {
    Page(Field),
    Row(field::Column),
}

/// What a text input shows, whatever form it belongs to.
pub struct Input {
    pub key: Key,
    pub label: &'static str,
    /// The unit after a number. `Some("")` keeps an empty unit column, so the input lines up
    /// with its neighbours that have one.
    pub suffix: Option<&'static str>,
    pub hint: Option<&'static str>,
    pub kind: Kind,
}

/// One text input of a form `F`.
pub struct FieldSpec<F> {
    pub input: Input,
    pub text: Get<F, String>,
}

impl<F> FieldSpec<F> {
    /// A number input.
    pub const fn number(
        key: Key,
        label: &'static str,
        suffix: Option<&'static str>,
        hint: Option<&'static str>,
        text: Get<F, String>,
    ) -> Self {
        let kind = Kind::Number;
        Self {
            input: Input {
                key,
                label,
                suffix,
                hint,
                kind,
            },
            text,
        }
    }

    /// A free-text input.
    pub const fn text(
        key: Key,
        label: &'static str,
        hint: Option<&'static str>,
        text: Get<F, String>,
    ) -> Self {
        let kind = Kind::Text;
        Self {
            input: Input {
                key,
                label,
                suffix: None,
                hint,
                kind,
            },
            text,
        }
    }
}

/// One checkbox of a form `F`.
pub struct FlagSpec<F> {
    /// As `Input::key`.
    pub key: Key,
    pub label: &'static str,
    pub flag: Get<F, bool>,
}

/// Where a form sits in the scenario: it makes its inputs' field ids.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Place {
    /// A page's own form (e.g. the wage form); its inputs are `Key::Page`.
    Page,
    /// Row n of a list (e.g. a tariff package); its inputs are `Key::Row`.
    Row(usize),
}

impl Place {
    /// The input with `key` here. A row column in a page's form (a spec table mistake) is
    /// taken as the first row's.
    pub fn field(self, key: Key) -> FieldRef {
        match (self, key) {
            (_, Key::Page(f)) => f.into(),
            (Place::Row(row), Key::Row(c)) => c.at(row).into(),
            (Place::Page, Key::Row(c)) => c.at(0).into(),
        }
    }
}

/// A form to render inputs for: its current text, where it lives, and the defaults to show
/// in the hints (`None` for rows, which have no defaults).
pub struct Form<'a, F: 'static> {
    pub value: &'a F,
    pub place: Place,
    pub defaults: Option<&'a F>,
}

impl<'a, F> Form<'a, F> {
    /// Row `index` of a list, whose text is `value`.
    pub fn row(value: &'a F, index: usize) -> Self {
        Form {
            value,
            place: Place::Row(index),
            defaults: None,
        }
    }
}

/// Callbacks by test id, sorted for binary search (a page has a few hundred at most).
type Callbacks<T> = RefCell<Vec<(String, Callback<T>)>>;

/// The callbacks of a page's (or a part's) inputs, kept while it is shown.
#[derive(Clone, Default)]
pub struct Kept {
    texts: Rc<Callbacks<String>>,
    flags: Rc<Callbacks<bool>>,
}

/// What a page's inputs need: the state to edit, the parse errors, the kept callbacks.
pub struct Fields {
    dispatcher: UseReducerDispatcher<AppState>,
    pub errors: FieldErrors,
    /// Valid but implausible values, shown by their fields (`with_warnings`).
    warnings: FieldWarnings,
    kept: Kept,
}

/// Hook: the page's `Fields`; callbacks are kept while the page is shown.
#[hook]
pub fn use_fields(dispatcher: UseReducerDispatcher<AppState>, errors: FieldErrors) -> Fields {
    let kept = use_mut_ref(Kept::default).borrow().clone();
    Fields {
        dispatcher,
        errors,
        warnings: FieldWarnings::new(),
        kept,
    }
}

/// The callback kept for `field`, or a new one from `make` (built only when none is kept).
/// A field always names the same input, so a kept callback never edits another one.
fn keep<T: 'static>(
    kept: &Callbacks<T>,
    dispatcher: &Dispatch,
    field: FieldRef,
    make: fn(&Dispatch, FieldRef) -> Callback<T>,
) -> Callback<T> {
    let id = field.id();
    let mut kept = kept.borrow_mut();
    let found = kept.binary_search_by(|(k, _)| k.as_str().cmp(&id));
    if let Some((_, callback)) = found.ok().and_then(|at| kept.get(at)) {
        return callback.clone();
    }
    let at = found.unwrap_or_else(|at| at);
    let callback = make(dispatcher, field);
    kept.insert(at, (id, callback.clone()));
    callback
}

impl Fields {
    /// These fields with `warnings` shown by their fields (pages without any skip this).
    pub fn with_warnings(self, warnings: FieldWarnings) -> Self {
        Self { warnings, ..self }
    }

    /// The parse error of `field`.
    pub fn error(&self, field: impl Into<FieldRef>) -> Option<String> {
        self.errors.get(field).cloned()
    }

    /// Every input of `specs`, in order.
    pub fn all<F>(&self, form: &Form<F>, specs: &[FieldSpec<F>]) -> Html {
        specs
            .iter()
            .map(|spec| self.field(form, spec, None))
            .collect()
    }

    /// The input of `spec`; `hint` replaces the spec's hint (for hints with a live number).
    pub fn field<F>(&self, form: &Form<F>, spec: &FieldSpec<F>, hint: Option<String>) -> Html {
        let field = form.place.field(spec.input.key);
        let get = spec.text;
        let on_change = self.on_text(field);
        let default = form.defaults.map(get);
        self.text_input(
            &spec.input,
            field,
            get(form.value),
            default,
            hint,
            on_change,
        )
    }

    /// The one place a spec'd text input is expanded (see the module doc).
    fn text_input(
        &self,
        input: &Input,
        field: FieldRef,
        value: &str,
        default: Option<&String>,
        hint: Option<String>,
        on_change: Callback<String>,
    ) -> Html {
        let hint = hint
            .map(AttrValue::from)
            .or(input.hint.map(AttrValue::from));
        let error = self.error(field);
        let warning = self.warnings.get(field).cloned();
        let id = field.id();
        match input.kind {
            Kind::Number => {
                let default = default
                    .filter(|d| !d.is_empty())
                    .map(|d| AttrValue::from(d.clone()));
                html! {
                    <NumberField id={id} label={input.label} value={value.to_string()} suffix={input.suffix}
                        hint={hint} default={default} error={error} warning={warning} on_change={on_change} />
                }
            }
            Kind::Text => text_field(id, input.label, value, hint, &on_change),
        }
    }

    /// The checkbox of `spec`.
    pub fn flag<F>(&self, form: &Form<F>, spec: &FlagSpec<F>) -> Html {
        let field = form.place.field(spec.key);
        let on_change = self.on_flag(field);
        checkbox(
            field.id().into(),
            spec.label,
            *(spec.flag)(form.value),
            on_change,
        )
    }

    /// `part`, row `row` of `table`, rendered again only when it or its errors changed.
    pub fn part<P: Part>(&self, table: Table, row: usize, p: P) -> Html {
        part(
            &self.dispatcher,
            &self.errors,
            &self.warnings,
            table,
            row,
            p,
        )
    }

    /// The kept callback of text input `field`, for an input that is not a `FieldSpec`.
    pub fn on_text(&self, field: FieldRef) -> Callback<String> {
        keep(&self.kept.texts, &self.dispatcher, field, on_text)
    }

    /// The kept callback of checkbox `field`, for one that is not a `FlagSpec`.
    pub fn on_flag(&self, field: FieldRef) -> Callback<bool> {
        keep(&self.kept.flags, &self.dispatcher, field, on_flag)
    }

    /// What the inputs send their edits with.
    pub fn dispatch(&self) -> &Dispatch {
        &self.dispatcher
    }

    /// A callback that sends `edit` on a click.
    pub fn send(&self, edit: Edit) -> Callback<MouseEvent> {
        on_click(&self.dispatcher, edit)
    }

    /// A select's callback: the chosen option's value as a `Choice` of `field`.
    pub fn choose(&self, field: FieldRef, choice: fn(&str) -> Option<Choice>) -> Callback<String> {
        on_choice(&self.dispatcher, field, choice)
    }
}

/// A part of a page that renders again only when its own data changed, e.g. one row of a
/// long list: typing elsewhere on the page then leaves it alone (see `Fields::part`).
pub trait Part: PartialEq + 'static {
    fn view(&self, fields: &Fields) -> Html;
}

/// `part`, row `row` of `table` with the errors and warnings of that row, rendered again only
/// when it or they changed: `Fields::part` for a page without `Fields` of its own.
pub fn part<P: Part>(
    dispatcher: &Dispatch,
    errors: &FieldErrors,
    warnings: &FieldWarnings,
    table: Table,
    row: usize,
    part: P,
) -> Html {
    memo::piece(Rc::new(PartPiece {
        dispatcher: dispatcher.clone(),
        errors: errors.of_row(table, row),
        warnings: warnings.of_row(table, row),
        part,
    }))
}

/// A `Part` with what its inputs need, as a `memo::Piece`.
struct PartPiece<P> {
    dispatcher: UseReducerDispatcher<AppState>,
    /// The part's own field errors.
    errors: FieldErrors,
    /// The part's own warnings (`limits`).
    warnings: FieldWarnings,
    part: P,
}

impl<P: Part> Piece for PartPiece<P> {
    fn same(&self, other: &dyn Any) -> bool {
        other.downcast_ref::<Self>().is_some_and(|o| {
            o.dispatcher == self.dispatcher
                && o.errors == self.errors
                && o.warnings == self.warnings
                && o.part == self.part
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn view(&self, kept: &Kept) -> Html {
        let fields = Fields {
            dispatcher: self.dispatcher.clone(),
            errors: self.errors.clone(),
            warnings: self.warnings.clone(),
            kept: kept.clone(),
        };
        self.part.view(&fields)
    }
}

/// A labelled select; `options` are (value, label).
pub fn select(
    field: FieldRef,
    label: &str,
    value: &str,
    options: &[(String, String)],
    on_change: Callback<String>,
) -> Html {
    grouped_select(
        field,
        label,
        value,
        &[(String::new(), options.to_vec())],
        on_change,
    )
}

/// A labelled select whose options come in named groups (`<optgroup>`); a group with an
/// empty name is listed without one.
pub fn grouped_select(
    field: FieldRef,
    label: &str,
    value: &str,
    groups: &[(String, Vec<(String, String)>)],
    on_change: Callback<String>,
) -> Html {
    let id = field.id();
    let onchange = select_input(&on_change);
    let option = |(v, l): &(String, String)| {
        html! { <option value={v.clone()} selected={v == value}>{l.clone()}</option> }
    };
    html! {
        <div class="field">
            <label for={id.clone()}>{label.to_string()}</label>
            <select id={id.clone()} data-testid={id} onchange={onchange}>
                { for groups.iter().map(|(name, options)| if name.is_empty() {
                    html! { <>{ for options.iter().map(option) }</> }
                } else {
                    html! { <optgroup label={name.clone()}>{ for options.iter().map(option) }</optgroup> }
                }) }
            </select>
        </div>
    }
}

/// A plain button; `class` "secondary" for the lesser ones, `label` when `text` alone does
/// not say which row it acts on.
pub fn button(
    class: Option<&'static str>,
    id: Option<String>,
    label: Option<String>,
    text: &'static str,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <button type="button" class={class} data-testid={id} aria-label={label} onclick={onclick}>{text}</button>
    }
}

/// A card of the page: a section titled by its heading (`id`).
pub fn card(class: &'static str, id: &'static str, title: &'static str, body: Html) -> Html {
    html! {
        <section class={class} aria-labelledby={id}>
            <h2 id={id}>{title}</h2>
            {body}
        </section>
    }
}

/// A paragraph of help text.
pub fn hint(text: &'static str) -> Html {
    html! { <p class="hint">{text}</p> }
}

/// A result cell: its text, and what follows it outside the element with the test id (a
/// »+« or a tag the tests must not read as part of the number).
pub struct Cell {
    pub text: String,
    pub after: Option<Html>,
}

impl Cell {
    /// Just text.
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            after: None,
        }
    }

    /// Text with `after` behind it.
    pub fn after(text: String, after: Html) -> Self {
        Self {
            text,
            after: Some(after),
        }
    }
}

/// A column of a result table over rows of type `R`.
pub struct Column<R> {
    pub heading: &'static str,
    /// The cell's test id is the table's `row_id(row, key)`.
    pub key: Option<&'static str>,
    pub cell: fn(&R) -> Cell,
}

/// How a result table is titled: its caption, and whether the scroll region is labelled by
/// the caption (`caption_id`) or by `label`.
pub struct TableHead {
    pub class: &'static str,
    pub caption: &'static str,
    pub caption_id: Option<&'static str>,
    pub label: Option<&'static str>,
    /// The first column's heading; its cells are the rows' headings.
    pub row_heading: &'static str,
}

/// A scrollable result table: per row its heading and the `columns`' cells; test ids are
/// `ids.row_id(row index, column key)`.
pub fn table<R>(
    head: &TableHead,
    columns: &[Column<R>],
    rows: Vec<(String, R)>,
    ids: Table,
) -> Html {
    let mut body = Vec::with_capacity(rows.len());
    for (n, (heading, row)) in rows.into_iter().enumerate() {
        let mut cells = Vec::with_capacity(columns.len());
        for c in columns {
            cells.push(td(c.key.map(|k| ids.row_id(n, k)), (c.cell)(&row)));
        }
        body.push(tr(heading, cells));
    }
    let headings: Vec<&str> = columns.iter().map(|c| c.heading).collect();
    table_frame(head, &headings, body)
}

fn tr(heading: String, cells: Vec<Html>) -> Html {
    html! { <tr><th scope="row">{heading}</th>{ for cells }</tr> }
}

fn td(id: Option<String>, cell: Cell) -> Html {
    match cell.after {
        None => html! { <td data-testid={id}>{cell.text}</td> },
        Some(after) => html! { <td><span data-testid={id}>{cell.text}</span>{after}</td> },
    }
}

fn table_frame(head: &TableHead, headings: &[&'static str], body: Vec<Html>) -> Html {
    html! {
        <div class="table-scroll" role="region" aria-labelledby={head.caption_id} aria-label={head.label} tabindex="0">
            <table class={head.class}>
                <caption id={head.caption_id}>{head.caption}</caption>
                <thead><tr>
                    <th scope="col">{head.row_heading}</th>
                    { for headings.iter().map(|h| html! { <th scope="col">{*h}</th> }) }
                </tr></thead>
                <tbody>{ for body }</tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_come_from_the_place() {
        let belaegning = Key::Page(Field::Belaegning);
        assert_eq!(
            Place::Page.field(belaegning),
            FieldRef::Page(Field::Belaegning)
        );
        let hours = field::Column::PackageHours;
        assert_eq!(Place::Row(2).field(Key::Row(hours)), hours.at(2).into());
        assert_eq!(
            Place::Row(2).field(belaegning),
            FieldRef::Page(Field::Belaegning)
        );
    }
}
