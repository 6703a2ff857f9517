//! The one-page printout of a page (issue 15): what a committee gets on paper instead of the
//! screen's form. Title, botilbud and date, the key figures, the one table that matters,
//! the assumptions and the line naming the inputs still at their defaults
//! (`model::printout`). The print stylesheet hides the screen layout and shows this; with
//! "Medtag Sådan er det beregnet" ticked the explanations follow on the next pages.
//!
//! It is built only while a print is under way (between `beforeprint` and `afterprint`):
//! the stress scenario's tables have hundreds of cells, and rebuilding them hidden on every
//! keystroke would cost the typing what nobody sees.
use crate::model::printout::{defaults_in_use, defaults_line, Sheet};
use crate::model::scenario::Scenario;
use crate::platform;
use std::rc::Rc;
use yew::prelude::*;

/// Rows from which the table is set in smaller type so the page still holds on one sheet
/// (the stress scenario's 30 shifts or 40 cases); the page says so.
pub const DENSE_ROWS: usize = 16;

/// What a page puts on paper.
pub struct Printout {
    /// The `data-testid` of the sheet; its defaults line is `udskrift-standard`.
    pub id: &'static str,
    pub title: &'static str,
    pub sheet: Sheet,
    /// (label, value with unit).
    pub figures: Vec<(String, String)>,
    /// The table's caption, column heads and rows (row head first).
    pub caption: &'static str,
    pub head: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
    pub assumptions: Vec<String>,
}

/// The sheet for `scenario`, from `p`.
pub fn view(scenario: &Scenario, p: Printout) -> Html {
    let dense = p.rows.len() >= DENSE_ROWS;
    let defaults = defaults_line(&defaults_in_use(scenario, p.sheet));
    html! {
        <section class={classes!("print-summary", dense.then_some("dense"))} data-testid={p.id} aria-hidden="true">
            <h1>{p.title}</h1>
            <p class="print-who">
                {format!("Botilbud: {} · Dato: {} · Botilbudsberegneren", scenario.name, platform::today())}
            </p>
            <dl class="print-figures">
                { for p.figures.into_iter().map(|(label, value)| html! {
                    <div><dt>{label}</dt><dd>{value}</dd></div>
                }) }
            </dl>
            <table>
                <caption>{p.caption}</caption>
                <thead><tr>{ for p.head.iter().map(|h| html! { <th scope="col">{*h}</th> }) }</tr></thead>
                <tbody>
                    { for p.rows.into_iter().map(|row| {
                        let mut cells = row.into_iter();
                        let head = cells.next().unwrap_or_default();
                        html! { <tr><th scope="row">{head}</th>{ for cells.map(|c| html! { <td>{c}</td> }) }</tr> }
                    }) }
                </tbody>
            </table>
            if dense {
                <p class="print-note">{"Mange rækker: tabellen er sat med mindre skrift, så udskriften holder på én A4-side."}</p>
            }
            <h2>{"Forudsætninger"}</h2>
            <ul>{ for p.assumptions.into_iter().map(|a| html! { <li>{a}</li> }) }</ul>
            <p class="print-defaults" data-testid="udskrift-standard">{defaults}</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PrintOnlyProps {
    /// Builds the sheet; called only while printing.
    pub body: Callback<(), Html>,
}

/// See the module doc: renders `body` only between `beforeprint` and `afterprint`.
#[component]
pub fn PrintOnly(props: &PrintOnlyProps) -> Html {
    let printing = use_state_eq(|| false);
    {
        let printing = printing.setter();
        use_effect_with((), move |_| {
            let listeners = platform::on_print(move |now| printing.set(now));
            move || drop(listeners)
        });
    }
    if *printing {
        props.body.emit(())
    } else {
        html! {}
    }
}

/// A `PrintOnly` sheet of `scenario` from `sheet(scenario, &data)`.
pub fn print_only<T: 'static>(
    scenario: &Rc<Scenario>,
    data: T,
    sheet: fn(&Scenario, &T) -> Printout,
) -> Html {
    let scenario = scenario.clone();
    let body = Callback::from(move |()| view(&scenario, sheet(&scenario, &data)));
    html! { <PrintOnly {body} /> }
}
