//! "Sådan er det beregnet": every step from lønbudget to timepris with the user's own
//! numbers. Long and read on its own, so it lives apart from the figures it explains.
use crate::model::number::{format_dk, format_dk_trim};
use crate::model::wage::{WageInput, WageResult};
use crate::ui::components::explain::{self, Step};
use crate::ui::text::with_unit;
use std::rc::Rc;
use yew::prelude::*;

/// The explanation with the user's numbers (inputs echoed as typed, results from the model).
fn explanation(shown: &Rc<(WageInput, WageResult)>) -> Html {
    let (i, r) = &**shown;
    let f2 = |x| format_dk(x, 2);
    let p = |x| format_dk_trim(x, 2);
    let h = &r.per_fte;
    let mut steps: Vec<Step> = r
        .groups
        .iter()
        .zip(&i.groups)
        .map(|(g, input)| {
            Step::new(
                &format!("Årsløn, {}", g.name),
                "månedsløn × 12 × (1 + pension/100) + månedsløn × 12 × tillæg/100",
                format!(
                    "{} × 12 × (1 + {}/100) + {} × {}/100",
                    f2(input.monthly_salary),
                    p(input.pension_pct),
                    f2(g.base),
                    p(i.supplement_pct)
                ),
                with_unit(g.annual, 2, "kr."),
            )
        })
        .collect();
    let weighted: Vec<String> = r
        .groups
        .iter()
        .zip(&i.groups)
        .map(|(g, input)| format!("{} % × {}", p(input.share_pct), f2(g.annual)))
        .collect();
    steps.extend([
        Step::new(
            "Lønudgift pr. årsværk (c)",
            "Σ andel × årsløn",
            weighted.join(" + "),
            with_unit(r.cost_per_fte, 2, "kr."),
        ),
        Step::new(
            "Årsværk",
            "lønbudget / c",
            format!("{} / {}", f2(i.budget), f2(r.cost_per_fte)),
            format_dk(r.fte, 4),
        ),
        Step::new(
            "Betalte timer",
            "årsværk × norm",
            format!("{} × {}", format_dk(r.fte, 4), p(i.norm)),
            with_unit(r.total.paid, 2, "t"),
        ),
        Step::new(
            "Helligdage pr. årsværk",
            "søgnehelligdage på hverdage × timer pr. dag",
            format!("{} × {}", p(r.holiday_days), p(i.holiday_day_hours)),
            with_unit(h.holidays, 2, "t"),
        ),
        Step::new(
            "Mulige timer",
            "årsværk × (norm − ferie − feriefridage − helligdage)",
            format!(
                "{} × ({} − {} − {} − {})",
                format_dk(r.fte, 4),
                p(i.norm),
                p(i.vacation),
                p(i.extra_vacation),
                f2(h.holidays)
            ),
            with_unit(r.total.available, 2, "t"),
        ),
        Step::new(
            "Fremmødetimer",
            "mulige × (1 − (syg + kursus + andet)/100)",
            format!(
                "{} × (1 − ({} + {} + {})/100)",
                f2(r.total.available),
                p(i.sick_pct),
                p(i.training_pct),
                p(i.other_pct)
            ),
            with_unit(r.total.attendance, 2, "t"),
        ),
        Step::new(
            "Borgerrelaterede timer",
            "fremmøde × (1 − ikke-borgerrelateret/100)",
            format!(
                "{} × (1 − {}/100)",
                f2(r.total.attendance),
                p(i.non_client_pct)
            ),
            with_unit(r.total.client, 2, "t"),
        ),
        Step::new(
            "Timepris",
            "lønbudget / borgerrelaterede timer",
            format!("{} / {}", f2(i.budget), f2(r.total.client)),
            with_unit(r.hourly_price, 2, "kr."),
        ),
        Step::new(
            "Timer pr. beboer pr. uge",
            "borgerrelaterede timer / beboere × 7 / dage pr. år",
            format!(
                "{} / {} × 7 / {}",
                f2(r.total.client),
                p(i.residents),
                p(i.days_per_year)
            ),
            with_unit(r.hours_per_resident_week, 2, "t"),
        ),
        Step::new(
            "Minutter pr. beboer pr. døgn",
            "borgerrelaterede timer / beboere / dage pr. år × 60",
            format!(
                "{} / {} / {} × 60",
                f2(r.total.client),
                p(i.residents),
                p(i.days_per_year)
            ),
            with_unit(r.minutes_per_resident_day, 2, "min."),
        ),
        Step::new(
            "Gns. medarbejdere på vagt",
            "fremmødetimer / (dage pr. år × 24)",
            format!("{} / ({} × 24)", f2(r.total.attendance), p(i.days_per_year)),
            format_dk(r.staff_on_duty, 2),
        ),
    ]);
    let notes = [
        "Sygdom, kursus og andet fravær regnes af de mulige timer; ikke-borgerrelateret tid af fremmødetimerne.",
        "Variable tillæg lægges på grundlønnen uden pension, som formlen foreskriver.",
        "Tal afrundes kun ved visning: kr. med 2 decimaler for priser, hele kr. og timer for årssummer.",
    ];
    explain::body(&steps, Html::default(), &notes)
}

/// The "Sådan er det beregnet" disclosure with the wage page's steps.
pub(super) fn section(shown: &Rc<(WageInput, WageResult)>) -> Html {
    explain::explain(shown.clone(), explanation)
}
