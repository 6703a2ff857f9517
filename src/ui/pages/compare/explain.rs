//! "Sådan er det beregnet" for the Sammenlign page: the difference and the hours
//! definitions (DOMAIN.md §5), filled in with the first two compared scenarios' numbers.
use crate::model::compare::{Comparison, Delivery, KeyFigure, Summary};
use crate::model::number::format_dk;
use crate::ui::components::explain::{body, explain, Step};
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

const NOTES: [&str; 5] = [
    "Hvert scenaries tal er dem, dets egne sider viser (samme beregning); intet regnes om her.",
    "Forskellen i procent deles med første kolonnes tal uden fortegn, så procenten har samme fortegn som forskellen — også når første tal er negativt (en timebalance på −100 t, der bliver −50 t, er 50 % højere). Er første tal 0, vises ingen procent.",
    "Input sammenlignes som tal, ikke som tekst (10000000 og 10.000.000 er det samme). Rækker (personalegrupper, vagter, pakker, sager …) parres efter navn, rækker uden navn efter plads; en række, kun det ene scenarie har, står som »tilføjet« eller »fjernet«. Prisopslagets alternativer er ikke med.",
    "Leverede borgerrelaterede timer pr. år indtastes under Takster (feltet »Leverede borgerrelaterede timer pr. år«). Tomt felt: ikke indtastet, og leveringsgab og leveringsgrad vises som »–«.",
    "Budgetgab er det samme tal som Takster-sidens timebalance.",
];

fn hours(x: Option<Decimal>) -> String {
    x.map_or_else(|| "–".into(), |x| format_dk(x, 0))
}

fn pct(x: Option<Decimal>) -> String {
    x.map_or_else(|| "–".into(), |x| format!("{} %", format_dk(x, 1)))
}

fn hour_steps(name: &str, d: &Delivery) -> Vec<Step> {
    let named = |what: &str| format!("{what} (»{name}«)");
    vec![
        Step::new(
            &named("Visiterede timer"),
            "visiterede_t = Σ beboere_p × timer pr. uge_p × D / 7",
            "beboermixet på siden Takster".into(),
            format!("{} t", hours(d.ordered)),
        ),
        Step::new(
            &named("Timer budgettet køber"),
            "borger_t = fremmøde × (1 − ikke-borgerrelateret/100)",
            "siden Lønbudget → timer".into(),
            format!("{} t", hours(d.budget)),
        ),
        Step::new(
            &named("Leverede timer"),
            "leverede_t = indtastet (ATA/ansigt-til-ansigt)",
            "siden Takster".into(),
            format!("{} t", hours(d.delivered)),
        ),
        Step::new(
            &named("Budgetgab"),
            "budgetgab = borger_t − visiterede_t",
            format!("{} − {}", hours(d.budget), hours(d.ordered)),
            format!(
                "{} t ({} af visiteret)",
                hours(d.budget_gap),
                pct(d.budget_gap_pct)
            ),
        ),
        Step::new(
            &named("Leveringsgab"),
            "leveringsgab = leverede_t − visiterede_t",
            format!("{} − {}", hours(d.delivered), hours(d.ordered)),
            format!(
                "{} t ({} af visiteret)",
                hours(d.delivery_gap),
                pct(d.delivery_gap_pct)
            ),
        ),
        Step::new(
            &named("Leveringsgrad"),
            "leveringsgrad = leverede_t / visiterede_t × 100",
            format!("{} / {} × 100", hours(d.delivered), hours(d.ordered)),
            pct(d.delivery_rate_pct),
        ),
    ]
}

fn difference_step(c: &Comparison) -> Option<Step> {
    let (a, b) = (c.names.first()?, c.names.get(1)?);
    let row = c.rows.iter().find(|r| r.figure == KeyFigure::Fte)?;
    let (Some(x), Some(y)) = (*row.values.first()?, *row.values.get(1)?) else {
        return None;
    };
    let d = (*row.differences.first()?)?;
    Some(Step::new(
        &format!("Forskel, årsværk (»{b}« mod »{a}«)"),
        "Δ = x_B − x_A;  Δ% = Δ / |x_A| × 100",
        format!("{} − {}", format_dk(y, 2), format_dk(x, 2)),
        d.text(KeyFigure::Fte),
    ))
}

/// The comparison, and the open scenario's summary (its hours fill the definitions).
type Data = (Option<Rc<Comparison>>, Option<Summary>);

fn view(data: &Data) -> Html {
    let (comparison, open) = data;
    let mut steps: Vec<Step> = comparison
        .as_deref()
        .and_then(difference_step)
        .into_iter()
        .collect();
    if let Some(open) = open {
        steps.extend(hour_steps(&open.name, &open.delivery));
    }
    body(&steps, html! {}, &NOTES)
}

/// The explanation, built only while open.
pub(super) fn section(comparison: Option<Rc<Comparison>>, open: Option<Summary>) -> Html {
    explain((comparison, open), view)
}
