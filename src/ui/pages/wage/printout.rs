//! The wage page on paper (`components::printout`): its key figures, the hour account from
//! paid to borgerrelaterede timer, and the assumptions with the salaries' level.
use super::results::{BARS, FIGURES};
use crate::model::number::{format_dk, format_dk_trim};
use crate::model::printout::Sheet;
use crate::model::scenario::Scenario;
use crate::model::wage::{WageInput, WageResult, SALARY_SOURCE};
use crate::ui::components::printout::Printout;
use std::rc::Rc;

/// A number as the page shows it, with its unit.
fn with_unit(value: String, unit: &str) -> String {
    if unit.is_empty() {
        value
    } else {
        format!("{value} {unit}")
    }
}

pub(super) fn sheet(_: &Scenario, shown: &Rc<(WageInput, WageResult)>) -> Printout {
    let (i, r) = &**shown;
    let p = |x| format_dk_trim(x, 2);
    let mut figures = vec![(
        "Lønbudget".to_string(),
        format!("{} kr.", format_dk(i.budget, 0)),
    )];
    figures.extend(FIGURES.iter().map(|(_, label, value, dp, unit)| {
        (label.to_string(), with_unit(format_dk(value(r), *dp), unit))
    }));
    let per_fte = |x| format_dk(x, 1);
    let rows = BARS
        .iter()
        .map(|(label, value, total)| {
            vec![
                label.to_string(),
                format_dk(value(&r.total), 0),
                per_fte(value(&r.per_fte)),
                if *total { "Sum" } else { "Fradrag" }.to_string(),
            ]
        })
        .collect();
    let groups: Vec<String> = i
        .groups
        .iter()
        .map(|g| {
            format!(
                "{} {} % à {} kr./md. + {} % pension",
                g.name,
                p(g.share_pct),
                format_dk(g.monthly_salary, 0),
                p(g.pension_pct)
            )
        })
        .collect();
    Printout {
        id: "udskrift-loen",
        title: "Lønbudget → timer",
        sheet: Sheet::Wage,
        figures,
        caption: "Fra betalte timer til borgerrelaterede timer",
        head: vec!["Post", "Timer pr. år, alle årsværk", "Pr. årsværk", "Art"],
        rows,
        assumptions: vec![
            format!(
                "Personalegrupper: {} (standardværdierne er {SALARY_SOURCE}; erstat dem med gældende overenskomst).",
                groups.join("; ")
            ),
            format!(
                "Årsløn = månedsløn × 12 × (1 + pension) + månedsløn × 12 × variable tillæg {} %; lønudgift pr. årsværk = vægtet efter andelene.",
                p(i.supplement_pct)
            ),
            format!(
                "Årsnorm {} t; ferie {} t; feriefridage {} t; {} søgnehelligdage på hverdage i {} à {} t.",
                p(i.norm),
                p(i.vacation),
                p(i.extra_vacation),
                format_dk_trim(r.holiday_days, 1),
                i.year,
                p(i.holiday_day_hours)
            ),
            format!(
                "Fravær i % af mulige timer: sygdom {} %, kursus {} %, andet {} %; ikke-borgerrelateret tid {} % af fremmødet.",
                p(i.sick_pct),
                p(i.training_pct),
                p(i.other_pct),
                p(i.non_client_pct)
            ),
            format!(
                "{} beboere, {} dage pr. år; timepris = lønbudget / borgerrelaterede timer.",
                p(i.residents),
                p(i.days_per_year)
            ),
        ],
    }
}
