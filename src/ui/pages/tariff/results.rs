//! The result column: key figures, the package price table, the resident mix against the
//! wage budget, særtakster and glidning. It only renders what `model::tariff` computed.
use super::explain;
use super::{kr, kr0, open_ended_mark, package_label};
use crate::model::field::Table;
use crate::model::number::{format_dk, format_dk_trim};
use crate::model::tariff::{
    HourlySource, PackageForm, PackageResult, TariffForm, TariffInput, TariffResult, WageLink,
};
use crate::ui::components::key_figure::{figures, Figure};
use crate::ui::components::specs::{table, Cell, Column, TableHead};
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

/// A row of the package table.
struct PackagePrices<'a> {
    form: &'a PackageForm,
    result: &'a PackageResult,
}

impl PackagePrices<'_> {
    fn plus(&self) -> &'static str {
        open_ended_mark(self.result.open_ended)
    }
}

fn package_table(form: &TariffForm, r: &TariffResult) -> Html {
    let columns: [Column<PackagePrices>; 8] = [
        Column {
            heading: "VUM",
            key: None,
            cell: |r| Cell::text(r.form.vum.letter()),
        },
        Column {
            heading: "Timer pr. uge",
            key: Some("timer-uge"),
            cell: |r| Cell::text(format_dk(r.result.hours_per_week, 2) + r.plus()),
        },
        Column {
            heading: "Min. pr. døgn",
            key: Some("min-doegn"),
            cell: |r| Cell::text(format_dk(r.result.minutes_per_day, 0) + r.plus()),
        },
        Column {
            heading: "Ydelsestakst",
            key: Some("ydelsestakst"),
            cell: |r| Cell::text(kr(r.result.service_rate)),
        },
        Column {
            heading: "Døgntakst",
            key: Some("doegntakst"),
            cell: |r| Cell::after(kr(r.result.daily_rate), r.plus().into()),
        },
        Column {
            heading: "Månedspris",
            key: Some("maanedspris"),
            cell: |r| Cell::text(kr0(r.result.monthly_price)),
        },
        Column {
            heading: "Årspris",
            key: Some("aarspris"),
            cell: |r| Cell::text(kr0(r.result.yearly_price)),
        },
        Column {
            heading: "Timepris",
            key: Some("timepris"),
            cell: |r| {
                let hourly = r.result.hourly_price.map(kr).unwrap_or_else(|| "–".into());
                let tag = if r.result.implied {
                    html! { <span class="tag">{" beregnet"}</span> }
                } else {
                    html! {}
                };
                Cell::after(hourly, tag)
            },
        },
    ];
    let rows = form
        .packages
        .iter()
        .zip(&r.packages)
        .map(|(form, result)| (package_label(form), PackagePrices { form, result }))
        .collect();
    let head = TableHead {
        class: "packages",
        caption: "Priser pr. pakke (kr.; »+« = minimum)",
        caption_id: Some("pakketabel-titel"),
        label: None,
        row_heading: "Pakke",
    };
    table(&head, &columns, rows, Table::Packages)
}

fn mix_figures(r: &TariffResult) -> Html {
    let m = &r.mix;
    let least = if m.at_least { "mindst " } else { "" };
    let balanced = m
        .balanced_hourly_price
        .map(kr)
        .unwrap_or_else(|| "–".into());
    let balance_label = if m.hour_balance >= Decimal::ZERO {
        "Timebalance (overskud af timer)"
    } else {
        "Timebalance (underskud af timer)"
    };
    html! {
        <>
            <h3>{"Beboermix mod lønbudgettet"}</h3>
            { figures("key-figures", vec![
                Figure::new("mix-beboere", "Beboere i alt", format_dk_trim(m.residents, 2), ""),
                Figure::new("mix-indtaegt-aar", format!("Indtægt pr. år ({least}kr.)"), kr0(m.revenue_year), "kr."),
                Figure::new("mix-visiterede-timer", format!("Visiterede timer pr. år ({least})"), kr0(m.ordered_hours), "t"),
                Figure::new("mix-borger-timer", "Borgerrelaterede timer lønbudgettet køber", kr0(m.client_hours), "t"),
                Figure::new("mix-timebalance", balance_label, kr0(m.hour_balance), "t"),
                Figure::new("mix-timebalance-kr", "Timebalance i kr. (× timepris fra Lønbudget)", kr0(m.hour_balance_kr), "kr."),
                Figure::new("balanceret-timepris", "Timepris hvor ydelsestaksterne dækker lønbudgettet", balanced, "kr."),
            ]) }
        </>
    }
}

fn saertakster_and_glidning(form: &TariffForm, i: &TariffInput, r: &TariffResult) -> Html {
    let glidning = r.glidning.iter().map(|d| {
        let name = |k: usize| form.packages.get(k).map(|p| p.code.clone()).unwrap_or_default();
        html! {
            <li>{format!("{} beboer(e) fra {} til {}: ", format_dk_trim(i.glidning_residents, 2), name(d.from), name(d.from + 1))}
                <span data-testid={format!("glidning-{}-kr", d.from + 1)}>{kr0(d.amount)}</span>{" kr. pr. år"}</li>
        }
    });
    html! {
        <>
            if !r.saertakster.is_empty() {
                <h3>{"Særtakster"}</h3>
                <ul class="plain">
                    { for r.saertakster.iter().enumerate().map(|(n, s)| html! {
                        <li>{format!("{}: ", s.pseudonym)}<span data-testid={Table::Saertakster.row_id(n, "kr")}>{kr0(s.cost)}</span>{" kr."}</li>
                    }) }
                    <li><strong>{"I alt: "}<span data-testid="saertakster-i-alt">{kr0(r.saertakster_total)}</span>{" kr."}</strong></li>
                </ul>
            }
            <h3>{"Glidning: hvad koster det, når beboere flyttes én pakke op?"}</h3>
            <ul class="plain">{ for glidning }</ul>
        </>
    }
}

/// The line the live region announces: the basistakst and the timepris it is built on.
pub(super) fn summary(r: &TariffResult) -> String {
    format!(
        "Basistakst {} kr. pr. døgn; timepris {} kr.",
        kr(r.basistakst),
        kr(r.hourly_price)
    )
}

/// The results: key figures, package prices, mix, særtakster and glidning, explanation.
pub(super) fn results(
    form: &TariffForm,
    shown: &Rc<(TariffInput, TariffResult, WageLink)>,
) -> Html {
    let (i, r, _) = &**shown;
    html! {
        <>
            { figures("key-figures", vec![
                Figure::new("faste-udgifter-i-alt", "Faste udgifter i alt", kr0(r.fixed_total), "kr."),
                Figure::new("basistakst", "Basistakst pr. døgn", kr(r.basistakst), "kr."),
                Figure::new("timepris-i-brug", match r.hourly_source {
                    HourlySource::Wage => "Timepris (fra Lønbudget)",
                    HourlySource::Entered => "Timepris (indtastet)",
                }, kr(r.hourly_price), "kr."),
            ]) }
            { package_table(form, r) }
            { mix_figures(r) }
            { saertakster_and_glidning(form, i, r) }
            { explain::section(shown) }
        </>
    }
}
