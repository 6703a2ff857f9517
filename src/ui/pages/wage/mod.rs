//! Page "Lønbudget → timer" (DOMAIN.md §1): the wage budget as årsværk and hours, the hour
//! waterfall, and the reverse calculation. All figures come from `model::wage`.
//!
//! Split by concern: `inputs` (the form), `results` (the figures), `explain` ("Sådan er det
//! beregnet"); this file holds the page component.

mod explain;
mod inputs;
mod printout;
mod results;

use inputs::{groups_section, supplement_source_note, ABSENCE, BUDGET, HOLIDAYS, HOURS};
use results::{holiday_list, key_figures, reverse_section, summary, waterfall};

use crate::model::wage::WageForm;
use crate::ui::app::SharedFigures;
use crate::ui::components::printout::print_only;
use crate::ui::components::results::{live_summary, stale_banner, use_last_valid};
use crate::ui::components::specs::{card, use_fields, Form, Place};
use crate::ui::state::AppContext;
use yew::prelude::*;

const WAGE: Place = Place::Page;

/// The page component.
#[component]
pub fn WagePage() -> Html {
    let (Some(ctx), Some(shared)) = (use_context::<AppContext>(), use_context::<SharedFigures>())
    else {
        return html! {};
    };
    let form = &ctx.scenario.wage;
    let wage = shared.0.wage();
    let fields = use_fields(ctx.dispatcher(), (*wage.errors).clone())
        .with_warnings((*wage.warnings).clone());
    let shown = use_last_valid(wage.outcome.ready().cloned());
    let defaults = WageForm::default();
    let wage_form = Form {
        value: form,
        place: WAGE,
        defaults: Some(&defaults),
    };
    let used = shown.value.as_ref().map(|s| &s.0);
    html! {
        <>
        if let Some(shown) = &shown.value { { print_only(&ctx.scenario, shown.clone(), printout::sheet) } }
        <div class="page-grid">
            <form class="inputs" aria-label="Input til lønbudget" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { card("card", "budget-titel", "Budget og beboere", fields.all(&wage_form, &BUDGET)) }
                { groups_section(&fields, &form.groups) }
                { card("card", "tid-titel", "Arbejdstid, ferie og helligdage", html! {
                    <>
                        { fields.all(&wage_form, &HOURS) }
                        <fieldset class="options">
                            <legend>{"Ekstra fridage (fra som standard)"}</legend>
                            { for HOLIDAYS.iter().map(|spec| fields.flag(&wage_form, spec)) }
                        </fieldset>
                    </>
                }) }
                { card("card", "fravaer-titel", "Tillæg, fravær og ikke-borgerrelateret tid", html! {
                    <>
                        { supplement_source_note(&fields, form.supplement_from_roster, used) }
                        { fields.all(&wage_form, &ABSENCE) }
                    </>
                }) }
            </form>
            <section class={classes!("results", shown.stale.then_some("stale"))} aria-labelledby="resultat-titel">
                <h2 id="resultat-titel">{"Resultat"}</h2>
                { stale_banner(shown.stale, wage.outcome.reason()) }
                { live_summary(shown.value.as_ref().map(|s| summary(&s.1))) }
                if let Some(shown) = &shown.value {
                    { key_figures(&shown.1, shown.0.year, &ctx.scenario.name) }
                    { waterfall(&shown.1, shown.0.year, &ctx.scenario.name) }
                    { holiday_list(shown) }
                    { explain::section(shown) }
                }
                { reverse_section(&fields, form, &wage.requirement) }
            </section>
        </div>
        </>
    }
}
