//! Page "Takster" (DOMAIN.md §3): basistakst and ydelsestakst per package, the resident mix
//! against the wage budget, særtakster and glidning. All figures come from `model::tariff`;
//! the timepris, the wage budget and the borgerrelaterede timer come from the wage page
//! through `WageLink`. The case worker's price lookup reads these packages and prices on a
//! page of its own (`pages::lookup`); this page keeps a pointer to it.
//!
//! Split by concern: `inputs` (the form), `results` (the figures), `explain` ("Sådan er det
//! beregnet"); this file holds the page component and the formatting its parts (and the
//! price lookup's) share.

mod explain;
mod inputs;
mod printout;
mod results;

use inputs::{
    delivered_section, fixed_costs_section, packages_section, price_section, saertakster_section,
};
use results::{results, summary};

use crate::model::number::format_dk;
use crate::model::tariff::{PackageForm, TariffForm, TariffInput, TariffResult, WageLink};
use crate::ui::app::SharedFigures;
use crate::ui::components::printout::print_only;
use crate::ui::components::results::{live_summary, stale_banner, use_last_valid, Shown};
use crate::ui::components::specs::{button, use_fields, Fields, Form, Place};
use crate::ui::state::{Action, AppContext, Page};
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

/// "+" after a figure that is a minimum ("og opefter"), else nothing: the package table and
/// the comparison of alternatives mark open-ended packages alike.
pub(crate) fn open_ended_mark(open_ended: bool) -> &'static str {
    if open_ended {
        "+"
    } else {
        ""
    }
}

/// A package as people name it: its name (the presets put the code in it), else its code.
pub(crate) fn package_label(p: &PackageForm) -> String {
    if p.name.trim().is_empty() {
        p.code.clone()
    } else {
        p.name.clone()
    }
}

pub(crate) fn kr(x: Decimal) -> String {
    format_dk(x, 2)
}

pub(crate) fn kr0(x: Decimal) -> String {
    format_dk(x, 0)
}

pub(crate) const TARIFF: Place = Place::Page;

/// Takster's figures as the pages show them.
pub(crate) type TariffShown = Rc<(TariffInput, TariffResult, WageLink)>;

/// Hook: what Takster and Prisopslag both start from — Takster's fields with their errors
/// and warnings, why there is no result (if so), and the last valid result.
#[hook]
pub(crate) fn use_tariff_view(
    ctx: &AppContext,
    shared: &SharedFigures,
) -> (Fields, Option<String>, Shown<TariffShown>) {
    let tariff = shared.0.tariff();
    let fields = use_fields(ctx.dispatcher(), (*tariff.errors).clone())
        .with_warnings((*tariff.warnings).clone());
    let shown = use_last_valid(tariff.outcome.ready().cloned());
    (fields, tariff.outcome.reason(), shown)
}

/// Takster's inputs as typed, with `defaults` for the "standard" badges.
pub(crate) fn tariff_form<'a>(
    ctx: &'a AppContext,
    defaults: &'a TariffForm,
) -> Form<'a, TariffForm> {
    Form {
        value: &ctx.scenario.tariff,
        place: TARIFF,
        defaults: Some(defaults),
    }
}

/// The page component.
#[component]
pub fn TariffPage() -> Html {
    let (Some(ctx), Some(shared)) = (use_context::<AppContext>(), use_context::<SharedFigures>())
    else {
        return html! {};
    };
    let link = shared.0.tariff().link;
    let (fields, reason, shown) = use_tariff_view(&ctx, &shared);
    let value = shown.value.as_deref();
    let defaults = TariffForm::default();
    let form = tariff_form(&ctx, &defaults);
    html! {
        <div class="tariff-page">
            if let Some(shown) = &shown.value { { print_only(&ctx.scenario, shown.clone(), printout::sheet) } }
            <div class="page-grid">
                <form class="inputs" aria-label="Input til takster" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { fixed_costs_section(&fields, &form) }
                    { price_section(&fields, &form, link.as_ref()) }
                    { packages_section(&fields, form.value) }
                    { delivered_section(&fields, &form) }
                    { saertakster_section(&fields, &form) }
                </form>
                <section class={classes!("results", shown.stale.then_some("stale"))} aria-labelledby="takst-resultat-titel">
                    <h2 id="takst-resultat-titel">{"Resultat"}</h2>
                    { stale_banner(shown.stale, reason) }
                    { live_summary(value.map(|(_, r, _)| summary(r))) }
                    if let Some(shown) = &shown.value { { results(&ctx.scenario.tariff, shown) } }
                </section>
            </div>
            { lookup_pointer(&ctx) }
        </div>
    }
}

/// Where the price lookup went: a short card at the end of the page (where it used to be)
/// with a button to the page "Prisopslag", which reads this page's packages and prices.
fn lookup_pointer(ctx: &AppContext) -> Html {
    let go = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::Navigate(Page::Lookup)))
    };
    html! {
        <section class="card" aria-labelledby="til-opslag-titel">
            <h2 id="til-opslag-titel">{"Prisopslag til sagsbehandleren"}</h2>
            <p>{"Prisen for én borger (en pakke eller §85-timer), op til tre alternativer side om side og prisoverslaget til visitationsudvalget står på siden Prisopslag. Den bruger pakkerne og priserne på denne side."}</p>
            { button(None, Some("takster-til-prisopslag".into()), None, "Gå til Prisopslag", go) }
        </section>
    }
}
