//! The top of the result column: the key figures, the line the live region announces and the
//! notice for transition months beyond the horizon. It only renders what
//! `model::transition` computed.
use crate::model::number::format_dk;
use crate::model::transition::{Kpis, TransitionInput, TransitionResult};
use crate::ui::components::key_figure::{figures as figure_list, Figure};
use rust_decimal::Decimal;
use yew::prelude::*;

use super::{kr, payback_text};

fn hours(x: Decimal) -> String {
    format_dk(x, 2)
}

/// The key figures, each naming what it is compared with: the extra cost and the botilbud's
/// effect are against moving out without the scheme, the saving and the municipality's
/// effect against staying. The botilbud's buffer and accumulated effect are equal under
/// the formulas, so they are one tile with a note saying why.
pub(super) fn figures(k: &Kpis) -> Html {
    let (payback, payback_unit) = payback_text(k.payback);
    let list = figure_list(
        "key-figures",
        vec![
            Figure::new(
                "overgang-ekstra-udgift-pr-sag",
                "Kommunens ekstra udgift til ordningen, mod fraflytning uden ordningen",
                kr(k.extra_cost),
                "kr.",
            ),
            Figure::new(
                "overgang-besparelse-pr-maaned",
                "Kommunens besparelse pr. måned med bostøtte, mod at blive boende",
                kr(k.monthly_saving),
                "kr.",
            ),
            Figure::new(
                "overgang-tilbagebetaling-mdr",
                "Tilbagebetalingstid: så mange måneder tidligere skal en flytning ske, før besparelsen har dækket den ekstra udgift",
                payback,
                payback_unit.unwrap_or(""),
            ),
            Figure::new(
                "overgang-kommune-akk",
                "Kommunen, akkumuleret ved horisonten, mod at blive boende",
                kr(k.municipality_cum),
                "kr.",
            ),
            Figure::new(
                "overgang-buffer-tilbud",
                "Botilbuddet: buffer i overgangen = akkumuleret ved horisonten, mod fraflytning uden ordningen",
                kr(k.buffer),
                "kr.",
            )
            .also("overgang-tilbud-akk"),
            Figure::new(
                "overgang-timer-i-alt",
                "§85-timer fra botilbuddets personale",
                hours(k.hours_total),
                "t",
            ),
        ],
    );
    html! {
        <>
            { list }
            <p class="hint" data-testid="overgang-tilbud-note">{"Botilbuddets buffer og akkumulerede effekt er altid ens med formlerne: pladsen genbesættes på samme tidspunkt med og uden ordningen, så den nye beboers takst tæller ens begge steder."}</p>
        </>
    }
}

/// The line the live region announces: payback and both accumulated effects.
pub(super) fn summary(k: &Kpis) -> String {
    let (payback, unit) = payback_text(k.payback);
    format!(
        "Tilbagebetalingstid {payback}{}; kommunen akkumuleret {} kr.; botilbuddet {} kr.",
        unit.map(|u| format!(" {u}")).unwrap_or_default(),
        kr(k.municipality_cum),
        kr(k.buffer)
    )
}

pub(super) fn truncation_notice(r: &TransitionResult, input: &TransitionInput) -> Html {
    let cut: Vec<String> = r
        .cases
        .iter()
        .zip(&input.cases)
        .filter(|(c, _)| c.transition_truncated)
        .map(|(c, i)| {
            format!(
                "{} ({} af {} måneder med)",
                c.name, c.transition_months_counted, i.transition_months
            )
        })
        .collect();
    if cut.is_empty() {
        return html! {};
    }
    html! {
        <p class="stale-banner" role="status" data-testid="overgang-udenfor-horisont">
            <strong>{"Uden for horisonten: "}</strong>
            {format!("Overgangsmåneder efter horisonten tælles ikke med: {}. Forlæng horisonten for at se hele overgangen.", cut.join("; "))}
        </p>
    }
}
