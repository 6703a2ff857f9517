//! The result column: the verdict, the key figures, the supplement windows and the per-shift
//! table. It only renders what `model::roster` computed.
use crate::model::field::Table;
use crate::model::number::format_dk;
use crate::model::roster::{self, RosterInput, RosterResult, Window};
use crate::ui::components::key_figure::{figures as figure_list, Figure};
use crate::ui::components::table::{heads, row, table, Cell};
use rust_decimal::Decimal;
use yew::prelude::*;

fn kr(x: Decimal) -> String {
    format_dk(x, 0)
}

pub(super) fn figures(r: &RosterResult) -> Html {
    figure_list(
        "key-figures",
        vec![
            Figure::new(
                "vagt-timer-uge",
                "Bemandede timer pr. uge",
                format_dk(r.week.hours, 1),
                "t",
            ),
            Figure::new(
                "vagt-timer-aar",
                "Bemandede timer pr. år",
                kr(r.year.hours),
                "t",
            ),
            Figure::new(
                "vagt-aarsvaerk",
                "Årsværk der skal til",
                format_dk(r.cost.fte, 2),
                "",
            ),
            Figure::new(
                "vagt-loenudgift",
                "Lønudgift pr. år inkl. pension og tillæg",
                kr(r.cost.total),
                "kr.",
            ),
            Figure::new(
                "vagt-tillaeg-kr",
                "Tillæg pr. år",
                kr(r.cost.supplements),
                "kr.",
            ),
            Figure::new(
                "vagt-tillaeg-pct",
                "Målt tillæg (% af grundløn)",
                format_dk(r.supplement_pct, 2),
                "%",
            ),
            Figure::new(
                "vagt-budget-gab-kr",
                "Lønbudget − lønudgift",
                kr(r.gap_kr),
                "kr.",
            ),
            Figure::new(
                "vagt-budget-gab-aarsvaerk",
                "Forskel i årsværk",
                format_dk(r.gap_fte, 2),
                "",
            ),
            Figure::new(
                "vagt-budget-daekning-pct",
                "Budgettet rækker til",
                format_dk(r.coverage_pct, 1),
                "% af vagtplanen",
            ),
            Figure::new(
                "vagt-timer-budget",
                "Bemandede timer budgettet kan bære",
                kr(r.affordable_hours_year),
                "t/år",
            ),
        ],
    )
}

/// The verdict, at the top of the results: the lønbudget the plan is compared with, whether
/// it carries the plan (in words, the colour only repeats it) and the extra staff per shift
/// as the alternatives they are.
pub(super) fn verdict(input: &RosterInput, r: &RosterResult) -> Html {
    let v = roster::verdict(r.coverage_pct);
    let class = classes!(
        "verdict",
        if v.enough {
            "verdict-ok"
        } else {
            "verdict-short"
        }
    );
    html! {
        <div class={class}>
            <p class="verdict-text" data-testid="vagt-dom">{v.text}</p>
            <p>
                {"Lønbudget "}<span data-testid="vagt-loenbudget">{kr(r.budget)}</span>
                {format!(" kr. (fra Lønbudget-siden) mod vagtplanens lønudgift {} kr.", kr(r.cost.total))}
            </p>
            if let Some(text) = roster::extra_staff(input, r) {
                <p data-testid="vagt-ekstra-alternativer">{text}</p>
            }
        </div>
    }
}

/// The line the live region announces: the verdict and the wage cost.
pub(super) fn summary(r: &RosterResult) -> String {
    format!(
        "{}; lønudgift {} kr. pr. år.",
        roster::verdict(r.coverage_pct).text,
        kr(r.cost.total)
    )
}

pub(super) fn window_table(r: &RosterResult) -> Html {
    let rows = Window::ALL.iter().map(|&w| {
        let cells = vec![
            Cell::Num(r.week.supplement_hours.get(w), 1),
            Cell::Num(r.year.supplement_hours.get(w), 0),
            Cell::Num(r.year.supplement_kr.get(w), 0),
        ];
        row(
            w.label().into(),
            cells,
            Some(format!("vagt-tillaeg-kr-{}", w.key())),
        )
    });
    let head = heads(&["Vindue", "Timer pr. uge", "Timer pr. år", "Kr. pr. år"]);
    table(
        "vagt-tillaeg-tabel",
        "Tillæg pr. vindue",
        head,
        rows.collect(),
    )
}

pub(super) fn shift_results(r: &RosterResult) -> Html {
    let rows = r.shifts.iter().enumerate().map(|(i, s)| {
        let extra = s
            .extra_staff
            .map_or(Cell::Text("–".into()), |x| Cell::Num(x, 1));
        let cells = vec![
            Cell::Num(s.year.hours, 0),
            Cell::Num(s.cost.total, 0),
            Cell::Num(s.cost_per_extra_staff, 0),
            extra,
        ];
        row(
            s.name.clone().into(),
            cells,
            Some(Table::Shifts.row_id(i, "ekstra")),
        )
    });
    let head = heads(&[
        "Vagt",
        "Timer pr. år",
        "Lønudgift, kr.",
        "Kr. pr. ekstra medarbejder",
        "Ekstra medarbejdere",
    ]);
    table(
        "vagt-pr-vagt",
        "Pr. vagt: hvad den koster, og hvor mange ekstra medarbejdere (alle ugens dage) budgettet rækker til",
        head,
        rows.collect(),
    )
}
