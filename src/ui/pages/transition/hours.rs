//! The særskilt timeopgørelse: §85-hours per month and case, kept outside the normering, with
//! its CSV download (the only browser side effect of the page).
use crate::model::transition;
use crate::ui::components::table::{heads, row, Cell};
use crate::ui::state::AppContext;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

use super::{csv_download, scroll_table, Computed};

pub(super) fn hours_section(ctx: &AppContext, shown: &Rc<Computed>) -> Html {
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
            <p class="hint" data-testid="overgang-timer-planlagte">{"Timerne er planlagte: h_t timer pr. uge × uger pr. måned (dage pr. år / 7 / 12), ikke registrerede timer."}</p>
            { csv_download(ctx, shown, "overgang-csv", "Hent timeopgørelsen som CSV (Excel)", "saerskilt-timeopgoerelse.csv", transition::hours_csv, transition::HOURS_UNIT) }
            { scroll_table("overgang-timetabel", "Timer pr. måned og sag", head, rows.chain([total]).collect()) }
        </section>
    }
}
