//! The prisoverslag print sheet for the visitation committee: hidden on screen, shown only by
//! the print stylesheet. Apart because what goes on paper is a product decision of its own.
use super::kr;
use super::lookup::comparison_table;
use crate::model::number::format_dk_trim;
use crate::model::tariff::{HourlySource, TariffInput, TariffResult, WageLink};
use crate::platform;
use crate::ui::state::AppContext;
use yew::prelude::*;

/// The assumptions a committee needs to read the prices (also printed).
pub(super) fn assumptions(i: &TariffInput, r: &TariffResult, link: &WageLink) -> Vec<String> {
    let p = |x| format_dk_trim(x, 2);
    let source = match r.hourly_source {
        HourlySource::Wage => "fra lønbudgettet",
        HourlySource::Entered => "indtastet",
    };
    vec![
        format!("Basistakst {} kr. pr. døgn ({} pladser, belægning {} %, {} dage pr. år).", kr(r.basistakst), p(i.places), p(i.occupancy_pct), p(link.days_per_year)),
        format!("Timepris {} kr. pr. borgerrelateret time ({source}); overhead {} %.", kr(r.hourly_price), p(i.overhead_pct)),
        format!("§85 bostøtte {} kr. pr. time (scenariets §85-pris, ikke botilbuddets timepris).", kr(r.bostoette_price)),
        "Månedspris = døgnpris × dage pr. år / 12; årspris = døgnpris × dage pr. år. »+« betyder mindst.".into(),
    ]
}

pub(super) fn print_sheet(
    ctx: &AppContext,
    shown: Option<&(TariffInput, TariffResult, WageLink)>,
) -> Html {
    let Some((i, r, link)) = shown else {
        return html! {};
    };
    html! {
        <section class="print-sheet" data-testid="prisoverslag" aria-hidden="true">
            <h1>{"Prisoverslag til visitationsudvalget"}</h1>
            <p>{format!("Botilbud: {}. Dato: ", ctx.scenario.name)}<span data-testid="prisoverslag-dato">{platform::today()}</span></p>
            { comparison_table(&ctx.scenario.tariff, r) }
            <h2>{"Forudsætninger"}</h2>
            <ul>{ for assumptions(i, r, link).into_iter().map(|a| html! { <li>{a}</li> }) }</ul>
            <p class="hint">{"Beregnet med Botilbudsberegneren (DOMAIN.md §3). Borgeren er omtalt med pseudonym."}</p>
        </section>
    }
}
