//! Page "Vagtplan" (DOMAIN.md §2): the shift table, supplement rates, the week heatmap and
//! what the plan costs against the lønbudget. All figures come from `model::roster`.
//!
//! Split by concern: `inputs` (the shift table and the rates), `results` (the verdict and
//! the figures), `heatmap` (the week of staff on duty), `explain` ("Sådan er det beregnet");
//! this file holds the page component.

mod explain;
mod heatmap;
mod inputs;
mod printout;
mod results;

use heatmap::heatmap;
use inputs::{rates_section, shift_table};
use results::{figures, shift_results, summary, verdict, window_table};

use crate::ui::app::SharedFigures;
use crate::ui::components::printout::print_only;
use crate::ui::components::results::{live_summary, stale_banner, use_last_valid};
use crate::ui::components::table::region;
use crate::ui::state::AppContext;
use yew::prelude::*;

/// The page component.
#[component]
pub fn RosterPage() -> Html {
    let (Some(ctx), Some(shared)) = (use_context::<AppContext>(), use_context::<SharedFigures>())
    else {
        return html! {};
    };
    let roster = shared.0.roster();
    let (names, errors) = (roster.names.clone(), roster.errors.clone());
    let warnings = roster.warnings.clone();
    let reason = roster.outcome.reason();
    let shown = use_last_valid(roster.outcome.ready().cloned());
    html! {
        <div class="roster-page">
            if let Some(shown) = &shown.value { { print_only(&ctx.scenario, shown.clone(), printout::sheet) } }
            // The answer first: the verdict against the budget above the shift table, so
            // it is on the first screen (issue 14.2); the figures behind it follow below.
            <section class={classes!("answer", shown.stale.then_some("stale"))} aria-label="Dommen over vagtplanen">
                if let Some(shown) = &shown.value { { verdict(&shown.0, &shown.2) } }
            </section>
            <form aria-label="Input til vagtplan" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { shift_table(&ctx, &errors, &names) }
            </form>
            <div class="page-grid">
                <form class="inputs" aria-label="Tillæg til vagtplan" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { rates_section(&ctx, &errors, &warnings, &names) }
                </form>
                <section class={classes!("results", shown.stale.then_some("stale"))} aria-labelledby="vagt-resultat-titel">
                    <h2 id="vagt-resultat-titel">{"Resultat"}</h2>
                    { stale_banner(shown.stale, reason) }
                    { live_summary(shown.value.as_ref().map(|s| summary(&s.2))) }
                    if let Some(shown) = &shown.value {
                        { figures(&shown.2) }
                        { heatmap(&shown.2) }
                        { region("Tillæg pr. vindue", window_table(&shown.2)) }
                        { region("Resultat pr. vagt", shift_results(&shown.2)) }
                        { explain::section(shown) }
                    }
                </section>
            </div>
        </div>
    }
}
