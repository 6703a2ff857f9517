//! The særskilt timeopgørelse: §85-hours per month and case, kept outside the normering, with
//! its CSV download (the only browser side effect of the page).
use crate::model::transition;
use crate::platform::download::download;
use crate::ui::components::table::{heads, row, Cell};
use crate::ui::state::{Action, AppContext, Notice};
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

use super::{scroll_table, Computed};

pub(super) fn hours_section(ctx: &AppContext, shown: &Rc<Computed>) -> Html {
    let on_download = {
        let ctx = ctx.clone();
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| {
            let bytes = transition::hours_csv(&shown.1);
            // Only a browser that refuses downloads (a sandboxed iframe) fails here.
            if let Err(message) = download(
                "saerskilt-timeopgoerelse.csv",
                "text/csv;charset=utf-8",
                &bytes,
            ) {
                ctx.dispatch(Action::Notify(Some(Notice { message, raw: None })));
            }
        })
    };
    let r = &shown.1;
    let mut head = heads(&["Måned"]);
    head.extend(r.cases.iter().map(|c| AttrValue::from(c.name.clone())));
    head.push("I alt".into());
    let hours = |x| Cell::Num(x, 2);
    let rows = r.months.iter().enumerate().map(|(t, m)| {
        let cells = r
            .cases
            .iter()
            .map(|c| {
                c.months
                    .get(t)
                    .map_or(Decimal::ZERO, |cm| cm.flows.staff_hours)
            })
            .chain([m.flows.staff_hours]);
        row(m.label.clone().into(), cells.map(hours).collect(), None)
    });
    let totals = r
        .cases
        .iter()
        .map(|c| c.kpis.hours_total)
        .chain([r.totals.hours_total]);
    let total = row("I alt".into(), totals.map(hours).collect(), None);
    html! {
        <section aria-labelledby="timeopgoerelse-titel">
            <h3 id="timeopgoerelse-titel">{"Særskilt timeopgørelse"}</h3>
            <p class="hint">{"§85-timer leveret af botilbuddets personale til fraflyttede borgere, pr. måned og sag — holdes uden for normeringen, som Socialtilsynet krævede i Mariagerfjord."}</p>
            <button type="button" data-testid="overgang-csv" onclick={on_download}>{"Hent timeopgørelsen som CSV (Excel)"}</button>
            { scroll_table("overgang-timetabel", "Timer pr. måned og sag", head, rows.chain([total]).collect()) }
        </section>
    }
}
