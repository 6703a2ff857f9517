//! The case table (one row per case and one for all cases) and the month-by-month table of
//! all cases' flows and accumulated effects.
use crate::model::transition::{self, Kpis, TransitionResult};
use crate::ui::components::table::{heads, row, Cell};
use crate::ui::state::AppContext;
use std::rc::Rc;
use yew::prelude::*;

use super::{csv_download, payback_text, scroll_table, Computed};

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

pub(super) fn month_table(ctx: &AppContext, shown: &Rc<Computed>) -> Html {
    let r = &shown.1;
    let head = transition::MONTH_COLUMNS
        .iter()
        .map(|&h| AttrValue::Static(h))
        .collect();
    let rows = r.months.iter().map(|m| {
        row(
            m.label.clone().into(),
            transition::month_figures(m)
                .map(|x| Cell::Num(x, 0))
                .to_vec(),
            None,
        )
    });
    html! {
        <>
            { csv_download(ctx, shown, "overgang-maaneder-csv", "Hent månedstabellen som CSV (Excel)", "overgang-maaneder.csv", transition::months_csv, transition::MONTHS_UNIT) }
            { scroll_table(
                "overgang-maanedstabel",
                "Måned for måned, alle sager (kr.)",
                head,
                rows.collect(),
            ) }
        </>
    }
}
