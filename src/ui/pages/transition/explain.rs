//! "Sådan er det beregnet": m and w, then every case's steps with the user's own numbers.
//! Long and read on its own, so it lives apart from the figures it explains.
use crate::model::number::{format_dk, format_dk_trim};
use crate::model::transition::{CaseInput, CaseResult, OldRate, Payback};
use crate::ui::components::explain::{self, Step};
use crate::ui::components::memo::memo;
use crate::ui::text::with_unit;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

use super::{payback_text, Computed};

/// The explanation with the user's numbers, case by case.
fn explanation(shown: &Rc<Computed>) -> Html {
    let (input, r, days) = &**shown;
    let p = |x| format_dk_trim(x, 2);
    let steps = vec![
        Step::new(
            "Dage pr. måned, m",
            "dage pr. år / 12",
            format!("{} / 12", p(*days)),
            format_dk(r.month_days, 4),
        ),
        Step::new(
            "Uger pr. måned, w",
            "dage pr. år / 7 / 12",
            format!("{} / 7 / 12", p(*days)),
            format_dk(r.month_weeks, 4),
        ),
    ];
    let cases = r.cases.iter().zip(&input.cases).map(|(c, i)| {
        let case = CaseExplain {
            // The months are not explained; leaving them out keeps the comparison short.
            case: CaseResult {
                months: Vec::new(),
                ..c.clone()
            },
            input: i.clone(),
            month_days: r.month_days,
            month_weeks: r.month_weeks,
            months: r.months.len(),
        };
        memo(case, case_steps)
    });
    let notes = [
        "Måned t = 0 er startmåneden. Overgang: t0 ≤ t < t0 + L; bagefter: t ≥ t0 + L; genbesat: t ≥ t0 + r.",
        "Botilbud med ordning = T_old·m (før fraflytning og i overgangen) + T_new·m (genbesat) − h_t·w·c_b (i overgangen). Uden ordning = T_old·m (før fraflytning) + T_new·m (genbesat).",
        "Kommune med ordning = T_old·m (før fraflytning og i overgangen) + h_a·w·p_b (bagefter). Uden ordning = T_old·m (før) + h_t·w·p_b (i overgangen) + h_a·w·p_b (bagefter). Hvis blevet = T_old·m i S måneder efter fraflytningen, derefter h_a·w·p_b.",
        "Formlerne er brugt, som de står i beregnerens dokumentation: uden ordningen leverer bostøtten de samme h_t timer i overgangen til p_b; pladsen genbesættes på samme tidspunkt med og uden ordningen, og kommunens betaling for den nye beboer indgår ikke. Derfor er botilbuddets akkumulerede effekt lig med bufferen i overgangen.",
        "Tilbagebetalingstid = ekstra udgift / besparelse pr. måned: så mange måneder tidligere skal en fraflytning ske, før ordningen betaler sig. Er den ekstra udgift 0 eller negativ, står der »ingen merudgift« (også når besparelsen er 0 eller negativ); ellers betaler ordningen sig ikke tilbage, når besparelsen er 0 eller negativ.",
        "Overgangsmåneder efter horisonten tælles ikke med.",
        "Tal afrundes kun ved visning: kr. med 2 decimaler for satser, hele kr. for summer.",
    ];
    explain::body(&steps, cases.collect(), &notes)
}

/// What one case's explanation shows (its steps render again only when this changed).
#[derive(PartialEq)]
struct CaseExplain {
    case: CaseResult,
    input: CaseInput,
    month_days: Decimal,
    month_weeks: Decimal,
    months: usize,
}

fn case_steps(e: &CaseExplain) -> Html {
    let (c, i) = (&e.case, &e.input);
    let f2 = |x| format_dk(x, 2);
    let p = |x| format_dk_trim(x, 2);
    let m = format_dk(e.month_days, 4);
    let w = format_dk(e.month_weeks, 4);
    let name = |what: &str| format!("{}: {what}", c.name);
    let source = match i.old_rate {
        OldRate::Entered(_) => "",
        OldRate::Package(_) => " (fra Takster-siden)",
    };
    let cost_source = if i.cost_per_hour.is_none() {
        " (Lønbudget-sidens timepris)"
    } else {
        ""
    };
    let payback = match c.kpis.payback {
        Payback::Months(months) => with_unit(months, 2, "mdr."),
        other => payback_text(other).0,
    };
    let mut steps = vec![
        Step::new(
            &name(&["gammel takst pr. måned", source].concat()),
            "T_old × m",
            format!("{} × {m}", f2(c.old_rate)),
            with_unit(c.old_per_month, 2, "kr."),
        ),
        Step::new(
            &name("§85-timer pr. måned i overgangen"),
            "h_t × w",
            format!("{} × {w}", p(i.hours_transition)),
            with_unit(c.staff_hours_per_month, 2, "t"),
        ),
        Step::new(
            &name(&["botilbuddets udgift pr. måned i overgangen", cost_source].concat()),
            "h_t × w × c_b",
            format!("{} × {}", f2(c.staff_hours_per_month), f2(c.cost_per_hour)),
            with_unit(c.staff_cost_per_month, 2, "kr."),
        ),
        Step::new(
            &name("bostøttens pris for overgangstimerne pr. måned"),
            "h_t × w × p_b",
            format!("{} × {}", f2(c.staff_hours_per_month), f2(i.bostotte_price)),
            with_unit(c.bostotte_transition_per_month, 2, "kr."),
        ),
        Step::new(
            &name("bostøtte pr. måned bagefter"),
            "h_a × w × p_b",
            format!("{} × {w} × {}", p(i.hours_after), f2(i.bostotte_price)),
            with_unit(c.bostotte_after_per_month, 2, "kr."),
        ),
    ];
    if let Some(refill) = i.refill {
        steps.push(Step::new(
            &name("ny takst pr. måned"),
            "T_new × m",
            format!("{} × {m}", f2(refill.new_rate)),
            with_unit(c.new_per_month, 2, "kr."),
        ));
    }
    let n = c.transition_months_counted;
    steps.extend([
        Step::new(
            &name("ekstra udgift"),
            "Σ overgang (T_old·m − h_t·w·p_b)",
            format!(
                "{n} × ({} − {})",
                f2(c.old_per_month),
                f2(c.bostotte_transition_per_month)
            ),
            with_unit(c.kpis.extra_cost, 2, "kr."),
        ),
        Step::new(
            &name("besparelse pr. måned"),
            "T_old·m − h_a·w·p_b",
            format!(
                "{} − {}",
                f2(c.old_per_month),
                f2(c.bostotte_after_per_month)
            ),
            with_unit(c.kpis.monthly_saving, 2, "kr."),
        ),
        Step::new(
            &name("tilbagebetalingstid"),
            "ekstra udgift / besparelse pr. måned",
            format!("{} / {}", f2(c.kpis.extra_cost), f2(c.kpis.monthly_saving)),
            payback,
        ),
        Step::new(
            &name("buffer i overgangen"),
            "Σ overgang (T_old·m − h_t·w·c_b)",
            format!(
                "{n} × ({} − {})",
                f2(c.old_per_month),
                f2(c.staff_cost_per_month)
            ),
            with_unit(c.kpis.buffer, 2, "kr."),
        ),
        Step::new(
            &name("timer i alt"),
            "Σ overgang h_t·w",
            format!("{n} × {}", f2(c.staff_hours_per_month)),
            with_unit(c.kpis.hours_total, 2, "t"),
        ),
        Step::new(
            &name("kommunen akkumuleret"),
            "Σ måneder (hvis blevet − med ordning)",
            format!("over {} måneder", e.months),
            with_unit(c.kpis.municipality_cum, 2, "kr."),
        ),
        Step::new(
            &name("botilbuddet akkumuleret"),
            "Σ måneder (med − uden ordning)",
            format!("over {} måneder", e.months),
            with_unit(c.kpis.botilbud_cum, 2, "kr."),
        ),
    ]);
    explain::steps(&steps)
}

/// The "Sådan er det beregnet" disclosure with the transition page's steps.
pub(super) fn section(shown: &Rc<Computed>) -> Html {
    explain::explain(shown.clone(), explanation)
}
