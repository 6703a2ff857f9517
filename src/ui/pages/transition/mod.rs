//! Page "Overgang" (DOMAIN.md §4): Mariagerfjord's transition incentive, case by case and
//! for a year's move-outs together — KPIs, a chart of the cumulative effect, month tables,
//! the særskilt timeopgørelse (with CSV export) and the explanation. All figures come from
//! `model::transition`; dage pr. år and timepris come from the wage page.
//!
//! Split by concern: `inputs` (period and cases), `results` (key figures and notices),
//! `chart` (the cumulative effect), `tables` (per case and month by month), `hours` (the
//! særskilt timeopgørelse), `explain` ("Sådan er det beregnet"); this file holds the page
//! component and the helpers several of them share.

mod chart;
mod explain;
mod hours;
mod inputs;
mod printout;
mod results;
mod tables;

use chart::cumulative_chart;
use hours::hours_section;
use inputs::{cases_section, period_section};
use results::{figures, summary, truncation_notice};
use tables::{case_table, month_table};

use crate::model::csv;
use crate::model::number::format_dk;
use crate::model::transition::{self, Payback, TransitionInput, TransitionResult};
use crate::platform;
use crate::platform::download::download;
use crate::ui::app::SharedFigures;
use crate::ui::components::printout::print_only;
use crate::ui::components::results::{live_summary, stale_banner, use_last_valid};
use crate::ui::components::table::table;
use crate::ui::state::{Action, AppContext, Notice};
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

fn kr(x: Decimal) -> String {
    format_dk(x, 0)
}

/// Payback as text and unit. No extra cost comes first, as in the model: then there is
/// nothing to pay back, whatever the monthly saving.
fn payback_text(p: Payback) -> (String, Option<&'static str>) {
    match p {
        Payback::Months(m) => (format_dk(m, 1), Some("mdr.")),
        Payback::NoExtraCost => ("ingen merudgift".into(), None),
        Payback::Never => ("betaler sig ikke tilbage".into(), None),
    }
}

/// A wide table in a keyboard-scrollable region.
fn scroll_table(id: &str, caption: &str, head: Vec<AttrValue>, rows: Html) -> Html {
    html! {
        <div class="table-scroll" role="region" aria-labelledby={format!("{id}-titel")} tabindex="0">
            { table(id, caption, head, rows) }
        </div>
    }
}

/// A CSV button (`id`, `text`): on click, `make` writes the file `filename` with the context
/// block (botilbud, the months shown, today, `unit`). Only a browser that refuses downloads
/// (a sandboxed iframe) fails; it gets a notice.
fn csv_download(
    ctx: &AppContext,
    shown: &Rc<Computed>,
    id: &'static str,
    text: &'static str,
    filename: &'static str,
    make: fn(&TransitionResult, &csv::Context) -> Vec<u8>,
    unit: &'static str,
) -> Html {
    let onclick = {
        let ctx = ctx.clone();
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| {
            let context = csv::Context {
                botilbud: ctx.scenario.name.clone(),
                period: transition::csv_period(&shown.1),
                generated: platform::today(),
                unit: unit.into(),
            };
            let bytes = make(&shown.1, &context);
            if let Err(message) = download(filename, "text/csv;charset=utf-8", &bytes) {
                ctx.dispatch(Action::Notify(Some(Notice {
                    message,
                    raw: None,
                    detail: None,
                })));
            }
        })
    };
    html! {
        <button type="button" class="csv" data-testid={id} {onclick}>{text}</button>
    }
}

/// What the results show: the cases, their result and the D they were computed with.
type Computed = (TransitionInput, TransitionResult, Decimal);

/// The page component.
#[component]
pub fn TransitionPage() -> Html {
    let (Some(ctx), Some(shared)) = (use_context::<AppContext>(), use_context::<SharedFigures>())
    else {
        return html! {};
    };
    let transition = shared.0.transition();
    let (linked, errors) = (transition.linked.clone(), transition.errors.clone());
    let domain_error = transition.outcome.reason();
    let shown = use_last_valid(transition.outcome.ready().cloned());
    html! {
        <>
        if let Some(shown) = &shown.value { { print_only(&ctx.scenario, shown.clone(), printout::sheet) } }
        <div class="page-grid">
            <form class="inputs" aria-label="Input til overgangsordningen" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <p class="hint">{"Mariagerfjords model: botilbuddets personale følger borgeren ud i egen bolig med §85-støtte i en overgangsperiode, mens botilbuddet beholder den gamle takst. Derefter overtager kommunens bostøtte."}</p>
                { period_section(&ctx, &errors) }
                { cases_section(&ctx, &errors, &transition.warnings, &linked) }
            </form>
            <section class={classes!("results", shown.stale.then_some("stale"))} aria-labelledby="resultat-titel">
                <h2 id="resultat-titel">{"Resultat"}</h2>
                { stale_banner(shown.stale, domain_error) }
                { live_summary(shown.value.as_ref().map(|s| summary(&s.1.totals))) }
                if let Some(shown) = &shown.value {
                    { truncation_notice(&shown.1, &shown.0) }
                    { figures(&shown.1.totals) }
                    { cumulative_chart(&shown.1) }
                    { case_table(&shown.1) }
                    { month_table(&ctx, shown) }
                    { hours_section(&ctx, shown) }
                    { explain::section(shown) }
                }
            </section>
        </div>
        </>
    }
}
