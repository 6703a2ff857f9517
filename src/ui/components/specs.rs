//! Rendering from spec tables. A page lists its inputs (`FieldSpec`, `FlagSpec`), its lists
//! of rows (`Rows`) and result columns (`Column`) as data and renders
//! them with the few functions here, instead of one `html!` expansion and one edit closure
//! per input, row, figure and cell: Yew's `html!` expands every element inline and every
//! closure is a type of its own. The generic functions below only pick values out of a form
//! and leave the rendering to non-generic ones, so a form type costs a few hundred bytes.
//!
//! Speed: `Fields` keeps each input's callback for the life of the page (by test id). Yew
//! compares callbacks by identity, so fresh ones on every render would re-render every input
//! of the page on every keystroke; with the kept ones it skips each input whose text, hint
//! and error did not change. `Fields::part` goes further for long lists: a row whose data
//! did not change is not even rendered.
use crate::model::field::{self, Field, FieldRef, Table};
use crate::model::form::FieldErrors;
use crate::model::scenario::Scenario;
use crate::ui::components::checkbox::checkbox;
use crate::ui::components::memo::{self, Piece};
use crate::ui::components::number_field::NumberField;
use crate::ui::components::select_input;
use crate::ui::components::text_field::text_field;
use crate::ui::state::{edit_dyn, Action, AppState, Apply};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Reads and writes one value of a form `F`: `lens!(field)` or `lens!(field.inner)`.
pub struct Lens<F, T> {
    pub get: fn(&F) -> &T,
    pub set: fn(&mut F) -> &mut T,
}

/// A `Lens` on a field path of the form, e.g. `lens!(holiday_options.may_day)`.
macro_rules! lens {
    ($($path:ident).+) => {
        $crate::ui::components::specs::Lens {
            get: |f| &f.$($path).+,
            set: |f| &mut f.$($path).+,
        }
    };
}
pub(crate) use lens;

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
    pub text: Lens<F, String>,
}

impl<F> FieldSpec<F> {
    /// A number input.
    pub const fn number(
        key: Key,
        label: &'static str,
        suffix: Option<&'static str>,
        hint: Option<&'static str>,
        text: Lens<F, String>,
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
        text: Lens<F, String>,
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
    pub flag: Lens<F, bool>,
}

/// Where a form sits in the scenario.
pub enum Place<F: 'static> {
    /// A page's own form (e.g. the wage form); its inputs are `Key::Page`.
    Page(fn(&mut Scenario) -> &mut F),
    /// Row `index` of a list (e.g. a tariff package); its inputs are `Key::Row`.
    Row {
        list: fn(&mut Scenario) -> &mut Vec<F>,
        index: usize,
    },
}

impl<F> Clone for Place<F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<F> Copy for Place<F> {}

impl<F> Place<F> {
    /// The input with `key` here. A row column in a page's form (a spec table mistake) is
    /// taken as the first row's.
    pub fn field(self, key: Key) -> FieldRef {
        match (self, key) {
            (_, Key::Page(f)) => f.into(),
            (Place::Row { index, .. }, Key::Row(c)) => c.at(index).into(),
            (Place::Page(_), Key::Row(c)) => c.at(0).into(),
        }
    }

    /// The form in `scenario`; `None` once its row is gone.
    fn find(self, scenario: &mut Scenario) -> Option<&mut F> {
        match self {
            Place::Page(form) => Some(form(scenario)),
            Place::Row { list, index, .. } => list(scenario).get_mut(index),
        }
    }
}

/// A form to render inputs for: its current text, where it lives, and the defaults to show
/// in the hints (`None` for rows, which have no defaults).
pub struct Form<'a, F: 'static> {
    pub value: &'a F,
    pub place: Place<F>,
    pub defaults: Option<&'a F>,
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
    kept: Kept,
}

/// Hook: the page's `Fields`; callbacks are kept while the page is shown.
#[hook]
pub fn use_fields(dispatcher: UseReducerDispatcher<AppState>, errors: FieldErrors) -> Fields {
    let kept = use_mut_ref(Kept::default).borrow().clone();
    Fields {
        dispatcher,
        errors,
        kept,
    }
}

/// The callback kept for `field`, or a new one that writes the value into `set` of the form at
/// `place` (the edit is only built when no callback is kept).
/// A field always names the same value of the scenario, so a kept callback never edits
/// another one.
fn keep<F: 'static, T: Clone + 'static>(
    kept: &Callbacks<T>,
    dispatcher: &UseReducerDispatcher<AppState>,
    field: FieldRef,
    place: Place<F>,
    set: fn(&mut F) -> &mut T,
) -> Callback<T> {
    let id = field.id();
    let mut kept = kept.borrow_mut();
    let found = kept.binary_search_by(|(k, _)| k.as_str().cmp(&id));
    if let Some((_, callback)) = found.ok().and_then(|at| kept.get(at)) {
        return callback.clone();
    }
    let at = found.unwrap_or_else(|at| at);
    let apply: Apply<T> = Rc::new(move |s, v| {
        if let Some(f) = place.find(s) {
            *set(f) = v;
        }
    });
    let callback = edit_dyn(dispatcher.clone(), apply);
    kept.insert(at, (id, callback.clone()));
    callback
}

impl Fields {
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
        let Lens { get, set } = spec.text;
        let on_change = keep(&self.kept.texts, &self.dispatcher, field, form.place, set);
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
        let id = field.id();
        match input.kind {
            Kind::Number => {
                let default = default
                    .filter(|d| !d.is_empty())
                    .map(|d| AttrValue::from(d.clone()));
                html! {
                    <NumberField id={id} label={input.label} value={value.to_string()} suffix={input.suffix}
                        hint={hint} default={default} error={error} on_change={on_change} />
                }
            }
            Kind::Text => text_field(id, input.label, value, hint, &on_change),
        }
    }

    /// The checkbox of `spec`.
    pub fn flag<F>(&self, form: &Form<F>, spec: &FlagSpec<F>) -> Html {
        let field = form.place.field(spec.key);
        let Lens { get, set } = spec.flag;
        let on_change = keep(&self.kept.flags, &self.dispatcher, field, form.place, set);
        checkbox(field.id().into(), spec.label, *get(form.value), on_change)
    }

    /// `part`, row `row` of `table`, rendered again only when it or its errors changed.
    pub fn part<P: Part>(&self, table: Table, row: usize, part: P) -> Html {
        memo::piece(Rc::new(PartPiece {
            dispatcher: self.dispatcher.clone(),
            errors: self.errors.of_row(table, row),
            part,
        }))
    }

    /// A callback that applies `apply(scenario, index)`: a plain function and a number, so
    /// every such callback of every page is one closure type.
    pub fn click(&self, apply: fn(&mut Scenario, usize), index: usize) -> Callback<MouseEvent> {
        let dispatcher = self.dispatcher.clone();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(Action::Edit(Rc::new(move |s: &mut Scenario| {
                apply(s, index)
            })));
        })
    }

    /// As `click`, for a select: `apply(scenario, index, chosen value)`.
    pub fn choose(&self, apply: fn(&mut Scenario, usize, &str), index: usize) -> Callback<String> {
        let dispatcher = self.dispatcher.clone();
        Callback::from(move |value: String| {
            dispatcher.dispatch(Action::Edit(Rc::new(move |s: &mut Scenario| {
                apply(s, index, &value)
            })));
        })
    }
}

/// A part of a page that renders again only when its own data changed, e.g. one row of a
/// long list: typing elsewhere on the page then leaves it alone (see `Fields::part`).
pub trait Part: PartialEq + 'static {
    fn view(&self, fields: &Fields) -> Html;
}

/// A `Part` with what its inputs need, as a `memo::Piece`.
struct PartPiece<P> {
    dispatcher: UseReducerDispatcher<AppState>,
    /// The part's own field errors.
    errors: FieldErrors,
    part: P,
}

impl<P: Part> Piece for PartPiece<P> {
    fn same(&self, other: &dyn Any) -> bool {
        other.downcast_ref::<Self>().is_some_and(|o| {
            o.dispatcher == self.dispatcher && o.errors == self.errors && o.part == self.part
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn view(&self, kept: &Kept) -> Html {
        let fields = Fields {
            dispatcher: self.dispatcher.clone(),
            errors: self.errors.clone(),
            kept: kept.clone(),
        };
        self.part.view(&fields)
    }
}

/// Removes row `index` of `rows` if it is there; says whether it was.
pub fn remove_row<T>(rows: &mut Vec<T>, index: usize) -> bool {
    let there = index < rows.len();
    if there {
        rows.remove(index);
    }
    there
}

/// What a list's rows are called, and how one is removed.
pub struct RowKind {
    /// The table whose rows these are: it makes the rows' test ids.
    pub table: Table,
    /// Removes row n (and whatever refers to it), e.g. with `remove_row`.
    pub remove: fn(&mut Scenario, usize),
    /// The legend ("Fast udgift" → "Fast udgift 1"), and in lower case for the remove
    /// button's label ("Fjern fast udgift 1").
    pub name: (&'static str, &'static str),
    /// The remove button's text.
    pub remove_text: &'static str,
    /// The fieldset's class.
    pub class: &'static str,
}

impl RowKind {
    /// Row `index` as a fieldset: the legend (`legend`, else the numbered name), `body`, and
    /// the remove button unless `removable` is false.
    pub fn fieldset(
        &self,
        fields: &Fields,
        index: usize,
        legend: Option<String>,
        body: Html,
        removable: bool,
    ) -> Html {
        let n = index + 1;
        let legend = legend.unwrap_or_else(|| format!("{} {n}", self.name.0));
        let remove = removable.then(|| {
            button(
                Some("secondary"),
                Some(self.table.row_id(index, "fjern")),
                Some(format!("Fjern {} {n}", self.name.1)),
                self.remove_text,
                fields.click(self.remove, index),
            )
        });
        html! {
            <fieldset class={self.class}>
                <legend>{legend}</legend>
                {body}
                {remove}
            </fieldset>
        }
    }
}

/// A list of rows in a form: where it lives and what its rows are.
pub struct Rows<F: 'static> {
    pub list: fn(&mut Scenario) -> &mut Vec<F>,
    pub kind: RowKind,
}

impl<F> Rows<F> {
    /// Row `index`, whose text is `value`, as a form for `Fields`.
    pub fn form<'a>(&self, value: &'a F, index: usize) -> Form<'a, F> {
        Form {
            value,
            place: Place::Row {
                list: self.list,
                index,
            },
            defaults: None,
        }
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
    let id = field.id();
    let onchange = select_input(&on_change);
    html! {
        <div class="field">
            <label for={id.clone()}>{label.to_string()}</label>
            <select id={id.clone()} data-testid={id} onchange={onchange}>
                { for options.iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={v == value}>{l.clone()}</option>
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
    use crate::model::tariff::{PackageForm, TariffForm};

    #[test]
    fn fields_come_from_the_place() {
        let page: Place<TariffForm> = Place::Page(|s| &mut s.tariff);
        let belaegning = Key::Page(Field::Belaegning);
        assert_eq!(page.field(belaegning), FieldRef::Page(Field::Belaegning));
        let row: Place<PackageForm> = Place::Row {
            list: |s| &mut s.tariff.packages,
            index: 2,
        };
        let hours = field::Column::PackageHours;
        assert_eq!(row.field(Key::Row(hours)), hours.at(2).into());
        assert_eq!(row.field(belaegning), FieldRef::Page(Field::Belaegning));
    }

    #[test]
    fn a_row_that_is_gone_is_neither_edited_nor_removed() {
        let mut scenario = Scenario::default();
        let n = scenario.tariff.packages.len();
        let gone: Place<PackageForm> = Place::Row {
            list: |s| &mut s.tariff.packages,
            index: n,
        };
        assert!(gone.find(&mut scenario).is_none());
        assert!(!remove_row(&mut scenario.tariff.packages, n));
        assert!(remove_row(&mut scenario.tariff.packages, 0));
        assert_eq!(scenario.tariff.packages.len(), n - 1);
    }

    #[test]
    fn lenses_read_and_write_the_same_field() {
        let lens: Lens<PackageForm, String> = lens!(hours);
        let mut form = PackageForm::default();
        *(lens.set)(&mut form) = "17".into();
        assert_eq!((lens.get)(&form), "17");
        assert_eq!(form.hours, "17");
    }
}
