//! The prisoverslag for the visitationsudvalg: hidden on screen, shown only by the print
//! stylesheet, one A4 page. Apart because what goes on paper is a product decision of its
//! own: the case (pseudonym, sagsnummer, sagsbehandler, dato, indstillet alternativ,
//! periode), the prices side by side and where each price comes from — nothing internal.
use super::alternatives::comparison_table;
use super::sources::sources;
use crate::model::case::CaseDetails;
use crate::model::field::CaseField;
use crate::model::tariff::{TariffInput, TariffResult, WageLink};
use crate::platform;
use crate::ui::state::AppContext;
use yew::prelude::*;

/// The case fields as printed, in form order, with their labels.
pub(super) const CASE_LABELS: [(CaseField, &str); 6] = [
    (CaseField::Borger, "Borger (pseudonym)"),
    (CaseField::Sagsnummer, "Sagsnummer"),
    (CaseField::Sagsbehandler, "Sagsbehandler"),
    (CaseField::Dato, "Dato"),
    (CaseField::Indstillet, "Indstillet alternativ"),
    (CaseField::Periode, "Periode"),
];

/// One line of the case block: the typed text, else a line to write on (the date: today).
fn case_line(case: &CaseDetails, field: CaseField, label: &str) -> Html {
    let typed = case.get(field).trim();
    let value = match (typed.is_empty(), field) {
        (true, CaseField::Dato) => html! {
            <span data-testid="prisoverslag-dato">{platform::today()}</span>
        },
        (true, _) => html! { <span class="blank" aria-hidden="true"></span> },
        (false, CaseField::Dato) => html! {
            <span data-testid="prisoverslag-dato">{typed.to_string()}</span>
        },
        (false, _) => html! { typed.to_string() },
    };
    html! { <div><dt>{label}</dt><dd>{value}</dd></div> }
}

pub(super) fn print_sheet(
    ctx: &AppContext,
    shown: Option<&(TariffInput, TariffResult, WageLink)>,
) -> Html {
    let Some((i, r, link)) = shown else {
        return html! {};
    };
    let case = &ctx.case;
    html! {
        <section class="print-sheet print-summary" data-testid="prisoverslag" aria-hidden="true">
            <h1>{"Prisoverslag til visitationsudvalget"}</h1>
            <p>{format!("Botilbud: {}.", ctx.scenario.name)}</p>
            <dl class="case-block" data-testid="prisoverslag-sag">
                { for CASE_LABELS.iter().map(|(f, label)| case_line(case, *f, label)) }
            </dl>
            { comparison_table(&ctx.scenario.tariff, r) }
            <h2>{"Priserne bygger på"}</h2>
            <ul>{ for sources(&ctx.scenario, i, r, link).into_iter().map(|a| html! { <li>{a}</li> }) }</ul>
            <p class="hint">{"Vejledende beregning fra Botilbudsberegneren. Borgeren omtales med pseudonym; CPR-numre bruges ikke."}</p>
        </section>
    }
}
