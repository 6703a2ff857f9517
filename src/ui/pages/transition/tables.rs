//! The case table (one row per case and one for all cases) and the month-by-month table of
//! all cases' flows and accumulated effects.
use crate::model::transition::{Kpis, TransitionResult};
use crate::ui::components::table::{heads, row, Cell};
use yew::prelude::*;

use super::{payback_text, scroll_table};

/// A row of the case table; like the key figures, the botilbud's buffer and accumulated
/// effect are one column, as they are equal.
fn kpi_row(name: &str, k: &Kpis) -> Html {
    row(
        name.to_string().into(),
        vec![
            Cell::Num(k.extra_cost, 0),
            Cell::Num(k.monthly_saving, 0),
            Cell::Text(payback_text(k.payback).0.into()),
            Cell::Num(k.municipality_cum, 0),
            Cell::Num(k.buffer, 0),
            Cell::Num(k.hours_total, 2),
        ],
        None,
    )
}

pub(super) fn case_table(r: &TransitionResult) -> Html {
    let head = heads(&[
        "Sag",
        "Ekstra udgift (kr.)",
        "Besparelse pr. md. (kr.)",
        "Tilbagebetaling (mdr.)",
        "Kommunen akk. (kr.)",
        "Botilbuddet: buffer = akk. (kr.)",
        "§85-timer",
    ]);
    let rows = r.cases.iter().map(|c| kpi_row(&c.name, &c.kpis));
    let rows = rows.chain([kpi_row("Alle sager", &r.totals)]).collect();
    scroll_table("overgang-sagstabel", "Pr. sag", head, rows)
}

pub(super) fn month_table(r: &TransitionResult) -> Html {
    let head = heads(&[
        "Måned",
        "Botilbud med ordning",
        "Botilbud uden",
        "Kommune med ordning",
        "Kommune uden",
        "Kommune hvis blevet",
        "Kommunen akk. effekt",
        "Botilbuddet akk. effekt",
    ]);
    let rows = r.months.iter().map(|m| {
        let f = &m.flows;
        let cells = [
            f.botilbud_with,
            f.botilbud_without,
            f.municipality_with,
            f.municipality_without,
            f.municipality_stayed,
            m.municipality_cum,
            m.botilbud_cum,
        ];
        row(
            m.label.clone().into(),
            cells.map(|x| Cell::Num(x, 0)).to_vec(),
            None,
        )
    });
    scroll_table(
        "overgang-maanedstabel",
        "Måned for måned, alle sager (kr.)",
        head,
        rows.collect(),
    )
}
