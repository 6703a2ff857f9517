//! Page "Prisopslag" (DOMAIN.md §3): the case worker's question "what does this citizen
//! cost". Choose a package of Takster's (grouped by VUM level) or §85 hours, see the price
//! per døgn, måned and år at once, compare up to three alternatives, and print the
//! prisoverslag for the visitationsudvalg. It has no prices of its own: it reads Takster's
//! figures (`Figures::tariff`) and says where they come from, with a button to Takster.
//!
//! Split by concern: `alternatives` (the choices, the price, the comparison table),
//! `sources` (where the prices come from, on screen and on paper), `print` (the sheet);
//! this file holds the page and the case details form.
mod alternatives;
mod print;
pub(crate) mod sources;

use alternatives::{alternative_inputs, comparison_table, price_figures, summary};
use print::{print_sheet, CASE_LABELS};
use sources::sources;

use crate::model::case::CaseDetails;
use crate::model::field::CaseField;
use crate::model::tariff::TariffForm;
use crate::platform;
use crate::ui::app::SharedFigures;
use crate::ui::components::results::{live_summary, stale_banner};
use crate::ui::components::specs::{button, card};
use crate::ui::components::text_field::text_field_warned;
use crate::ui::pages::tariff::{tariff_form, use_tariff_view};
use crate::ui::state::{Action, AppContext, Page};
use yew::prelude::*;

/// A field's hint, where the label alone does not say what to write.
fn case_hint(field: CaseField) -> Option<AttrValue> {
    match field {
        CaseField::Borger => Some("Et pseudonym, aldrig navn eller CPR-nummer.".into()),
        CaseField::Dato => Some("Tom = dags dato.".into()),
        CaseField::Indstillet => Some("Fx »Alternativ 1: Pakke 3«.".into()),
        CaseField::Periode => Some("Fx »1.3.2027–28.2.2028«.".into()),
        CaseField::Sagsnummer | CaseField::Sagsbehandler => None,
    }
}

/// The case details printed on the prisoverslag. They belong to this tab only (never saved,
/// never in a link: `model::case`); the page says so.
fn case_section(ctx: &AppContext, case: &CaseDetails) -> Html {
    let warnings = case.warnings();
    let fields = CASE_LABELS.iter().map(|(field, label)| {
        let on_change = {
            let ctx = ctx.clone();
            let field = *field;
            Callback::from(move |text: String| ctx.dispatch(Action::Case(field, text)))
        };
        let warning = warnings.iter().find(|(f, _)| f == field).map(|(_, w)| *w);
        text_field_warned(
            field.id().into(),
            label,
            case.get(*field),
            case_hint(*field),
            warning,
            &on_change,
        )
    });
    card(
        "card case-details",
        "sag-titel",
        "Sagen på prisoverslaget",
        html! {
            <>
                <p class="hint">{"Kommer kun med på udskriften. Gemmes ikke i scenariet og kommer ikke med i links eller filer."}</p>
                <div class="case-fields">{ for fields }</div>
            </>
        },
    )
}

/// The page component.
#[component]
pub fn LookupPage() -> Html {
    let (Some(ctx), Some(shared)) = (use_context::<AppContext>(), use_context::<SharedFigures>())
    else {
        return html! {};
    };
    let (fields, reason, shown) = use_tariff_view(&ctx, &shared);
    let value = shown.value.as_deref();
    let defaults = TariffForm::default();
    let form = tariff_form(&ctx, &defaults);
    let on_print = Callback::from(|_: MouseEvent| platform::print(None));
    let to_tariff = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::Navigate(Page::Tariff)))
    };
    html! {
        <div class="lookup-page">
            <div class="page-grid">
                <form class="inputs" aria-label="Input til prisopslag" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { card("card lookup", "valg-titel", "Hvad skal prissættes?", alternative_inputs(&fields, form.value)) }
                </form>
                <section class={classes!("results", shown.stale.then_some("stale"))} aria-labelledby="opslag-titel">
                    <h2 id="opslag-titel">{"Pris"}</h2>
                    { stale_banner(shown.stale, reason) }
                    { live_summary(value.map(|(_, r, _)| summary(r))) }
                    if let Some((i, r, link)) = value {
                        { price_figures(r) }
                        { comparison_table(form.value, r) }
                        <div class="button-row">
                            { button(None, Some("udskriv".into()), None, "Udskriv prisoverslag", on_print) }
                        </div>
                        <section class="sources" aria-labelledby="kilder-titel" data-testid="opslag-kilder">
                            <h3 id="kilder-titel">{"Hvor priserne kommer fra"}</h3>
                            <ul>{ for sources(&ctx.scenario, i, r, link).into_iter().map(|s| html! { <li>{s}</li> }) }</ul>
                            { button(Some("secondary"), Some("opslag-til-takster".into()), None, "Ret pakker og priser på Takster", to_tariff) }
                        </section>
                    }
                </section>
            </div>
            { case_section(&ctx, &ctx.case) }
            { print_sheet(&ctx, value) }
        </div>
    }
}
