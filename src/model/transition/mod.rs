//! Mariagerfjord's transition incentive (DOMAIN.md §4), month by month.
//!
//! A §107 botilbud whose resident moves into their own home keeps the old takst for L
//! months while its own staff deliver the §85 support; then the municipality's bostøtte
//! team takes over. Leaders and economists want to see what that does to the botilbud's and
//! the municipality's economy, case by case and for a year's move-outs together, so every
//! case is simulated month by month and the KPIs are sums of those months.
//!
//! Cross-page values (dage_pr_aar and timepris from the wage page, the packages' døgntakster
//! from the tariff page) are arguments (`Context`), never copies in this page's form.
//!
//! What lives where: this file holds the simulation's types, `compute` and the hours CSV;
//! `form` the page's inputs as typed, their defaults and parsing; `tests` the tests.
use super::calc::{self, add, div, mul, sub, sum};
use super::csv::{self, Cell};
use super::error::{DResult, DomainError};
use rust_decimal::Decimal;

mod form;

pub use form::{CaseForm, Links, TransitionForm};

/// Longest horizon we simulate: 5 years, far past the scheme's six months and any budget
/// period; keeps the month table and chart small enough to redraw per keystroke.
pub const MAX_HORIZON: u32 = 60;
/// Largest month number a case field may hold (move-out, refill, stay, transition length).
pub const MAX_MONTHS: u32 = 600;

/// Where the old døgntakst (T_old) comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OldRate {
    /// Typed on this page, kr. per døgn.
    Entered(Decimal),
    /// Package number `i` (0-based) on the Takster page.
    Package(usize),
}

/// The place is refilled `after_months` after the move-out, at `new_rate` kr. per døgn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refill {
    /// r: months from move-out until the place is taken again.
    pub after_months: u32,
    /// T_new, kr. per døgn.
    pub new_rate: Decimal,
}

/// One citizen's move-out, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseInput {
    /// A pseudonym, never a CPR number (the UI says so).
    pub pseudonym: String,
    /// T_old.
    pub old_rate: OldRate,
    /// t0: move-out month, 0 = the start month.
    pub move_out: u32,
    /// L: transition months.
    pub transition_months: u32,
    /// h_t: §85 hours per week during the transition.
    pub hours_transition: Decimal,
    /// c_b: the botilbud's cost per hour; `None` = the wage page's timepris.
    pub cost_per_hour: Option<Decimal>,
    /// h_a: §85 hours per week afterwards.
    pub hours_after: Decimal,
    /// p_b: the bostøtte team's price per hour.
    pub bostotte_price: Decimal,
    /// r and T_new; `None` = the place is never refilled.
    pub refill: Option<Refill>,
    /// S: months the citizen would otherwise have stayed; `None` = the whole horizon.
    pub stay_months: Option<u32>,
}

/// The first simulated month (t = 0) as a calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StartMonth {
    pub year: i32,
    /// 1 = januar … 12 = december.
    pub month: u32,
}

const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
];

impl StartMonth {
    /// Month t as Danish calendar text, e.g. "jan. 2026". Total for any values.
    pub fn label(&self, t: u32) -> String {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(t);
        let name = usize::try_from(index.rem_euclid(12))
            .ok()
            .and_then(|i| MONTH_ABBREVIATIONS.get(i))
            .copied()
            .unwrap_or_default();
        format!("{name} {}", index.div_euclid(12))
    }
}

/// The page's parsed inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransitionInput {
    pub start: StartMonth,
    /// H: months simulated.
    pub horizon: u32,
    pub cases: Vec<CaseInput>,
}

/// Values owned by other pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context<'a> {
    /// D = dage_pr_aar (wage page).
    pub days_per_year: Decimal,
    /// The wage page's timepris, the default c_b; `None` when that page has no valid result.
    pub hourly_price: Option<Decimal>,
    /// Døgntakst of each package on the Takster page, in order.
    pub package_rates: &'a [Decimal],
}

/// Where a case is in month t.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// t < t0: still living in the botilbud.
    Before,
    /// t0 ≤ t < t0 + L: moved out, §85 support from the botilbud's staff.
    Transition,
    /// t ≥ t0 + L: with the municipality's bostøtte team.
    After,
}

/// Money (kr.) and hours in one month, for one case or all together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flows {
    /// The botilbud's income net of transition staff cost, with the scheme.
    pub botilbud_with: Decimal,
    /// The botilbud's income without the scheme.
    pub botilbud_without: Decimal,
    /// The municipality's cost with the scheme.
    pub municipality_with: Decimal,
    /// The municipality's cost without the scheme (bostøtte from the move-out).
    pub municipality_without: Decimal,
    /// The municipality's cost had the citizen stayed S months more.
    pub municipality_stayed: Decimal,
    /// §85 hours delivered by the botilbud's staff (særskilt timeopgørelse).
    pub staff_hours: Decimal,
}

impl Flows {
    fn plus(&self, other: &Flows) -> DResult<Flows> {
        Ok(Flows {
            botilbud_with: add(self.botilbud_with, other.botilbud_with)?,
            botilbud_without: add(self.botilbud_without, other.botilbud_without)?,
            municipality_with: add(self.municipality_with, other.municipality_with)?,
            municipality_without: add(self.municipality_without, other.municipality_without)?,
            municipality_stayed: add(self.municipality_stayed, other.municipality_stayed)?,
            staff_hours: add(self.staff_hours, other.staff_hours)?,
        })
    }

    /// The municipality's gain from the move under the scheme: had stayed − with scheme.
    pub fn municipality_effect(&self) -> DResult<Decimal> {
        sub(self.municipality_stayed, self.municipality_with)
    }

    /// The botilbud's gain from the scheme: with − without.
    pub fn botilbud_effect(&self) -> DResult<Decimal> {
        sub(self.botilbud_with, self.botilbud_without)
    }
}

/// Months until the scheme has paid for itself (ekstra_udgift / besparelse).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payback {
    /// The scheme costs the municipality nothing extra (ekstra_udgift ≤ 0).
    NoExtraCost,
    /// Months; the formula's quotient when both terms are positive.
    Months(Decimal),
    /// Bostøtte is not cheaper than staying (besparelse ≤ 0): it never pays back.
    Never,
}

/// The KPIs of DOMAIN.md §4, for one case or summed over cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kpis {
    /// ekstra_udgift_pr_sag = Σ_transition (T_old·m − h_t·w·p_b).
    pub extra_cost: Decimal,
    /// besparelse_pr_måned = T_old·m − h_a·w·p_b.
    pub monthly_saving: Decimal,
    /// tilbagebetaling_mdr = ekstra_udgift / besparelse.
    pub payback: Payback,
    /// buffer_tilbud = Σ_transition (T_old·m − h_t·w·c_b).
    pub buffer: Decimal,
    /// kommune_akk = Σ_t (had stayed − with scheme).
    pub municipality_cum: Decimal,
    /// tilbud_akk = Σ_t (botilbud with − botilbud without).
    pub botilbud_cum: Decimal,
    /// timer_i_alt = Σ_transition h_t·w.
    pub hours_total: Decimal,
}

fn payback(extra_cost: Decimal, monthly_saving: Decimal) -> DResult<Payback> {
    if extra_cost <= Decimal::ZERO {
        Ok(Payback::NoExtraCost)
    } else if monthly_saving <= Decimal::ZERO {
        Ok(Payback::Never)
    } else {
        div(extra_cost, monthly_saving, DomainError::Overflow).map(Payback::Months)
    }
}

/// One case's month t.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseMonth {
    pub phase: Phase,
    /// The place has a new resident (r set and t ≥ t0 + r).
    pub refilled: bool,
    pub flows: Flows,
}

/// One case's monthly amounts (what the explanation shows) and its months.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseResult {
    /// The pseudonym, or "Sag N" when it was left empty.
    pub name: String,
    /// T_old as resolved (typed or from the package).
    pub old_rate: Decimal,
    /// c_b as resolved (typed or the wage page's timepris).
    pub cost_per_hour: Decimal,
    /// T_old·m.
    pub old_per_month: Decimal,
    /// T_new·m (0 when never refilled).
    pub new_per_month: Decimal,
    /// h_t·w: §85 hours per transition month.
    pub staff_hours_per_month: Decimal,
    /// h_t·w·c_b.
    pub staff_cost_per_month: Decimal,
    /// h_t·w·p_b: what bostøtte would charge for the transition hours.
    pub bostotte_transition_per_month: Decimal,
    /// h_a·w·p_b.
    pub bostotte_after_per_month: Decimal,
    /// Transition months inside the horizon.
    pub transition_months_counted: u32,
    /// Some transition months fall beyond the horizon and are not counted.
    pub transition_truncated: bool,
    pub months: Vec<CaseMonth>,
    pub kpis: Kpis,
}

/// All cases together in month t.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotalMonth {
    /// Calendar month, e.g. "jan. 2026".
    pub label: String,
    pub flows: Flows,
    /// kommune_akk up to and including this month.
    pub municipality_cum: Decimal,
    /// tilbud_akk up to and including this month.
    pub botilbud_cum: Decimal,
}

/// The whole page's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransitionResult {
    /// m = D / 12 days per month.
    pub month_days: Decimal,
    /// w = D / 7 / 12 weeks per month.
    pub month_weeks: Decimal,
    pub cases: Vec<CaseResult>,
    pub months: Vec<TotalMonth>,
    /// KPIs summed over the cases; payback from the sums.
    pub totals: Kpis,
}

/// m and w, the month in days and in weeks.
fn month_units(days_per_year: Decimal) -> DResult<(Decimal, Decimal)> {
    let days = DomainError::MustBePositive("Dage pr. år");
    calc::positive(days_per_year, "Dage pr. år")?;
    let m = div(days_per_year, Decimal::from(12), days.clone())?;
    let w = div(days_per_year, Decimal::from(84), days)?;
    Ok((m, w))
}

/// `value` when `condition` holds, else 0: the formulas' "(condition)" terms.
fn when(condition: bool, value: Decimal) -> Decimal {
    if condition {
        value
    } else {
        Decimal::ZERO
    }
}

/// "Sag N" (1-based) for a case without a pseudonym.
fn case_name(index: usize, pseudonym: &str) -> String {
    let trimmed = pseudonym.trim();
    if trimmed.is_empty() {
        format!("Sag {}", index + 1)
    } else {
        trimmed.to_string()
    }
}

/// One case over H months, DOMAIN.md §4's formulas term by term.
pub fn compute_case(
    case: &CaseInput,
    index: usize,
    horizon: u32,
    ctx: &Context<'_>,
) -> DResult<CaseResult> {
    let (m, w) = month_units(ctx.days_per_year)?;
    let old_rate = match case.old_rate {
        OldRate::Entered(rate) => rate,
        OldRate::Package(i) => ctx
            .package_rates
            .get(i)
            .copied()
            .ok_or(DomainError::UnknownReference("takstpakke"))?,
    };
    let cost_per_hour = match case.cost_per_hour {
        Some(cost) => cost,
        None => ctx.hourly_price.ok_or(DomainError::UnknownReference(
            "timepris fra Lønbudget-siden",
        ))?,
    };
    calc::non_negative(old_rate, "Den gamle takst")?;
    calc::non_negative(cost_per_hour, "Botilbuddets timepris")?;
    calc::non_negative(case.hours_transition, "Timer pr. uge i overgangen")?;
    calc::non_negative(case.hours_after, "Timer pr. uge bagefter")?;
    calc::non_negative(case.bostotte_price, "Bostøttens timepris")?;
    if let Some(refill) = case.refill {
        calc::non_negative(refill.new_rate, "Den nye takst")?;
    }
    check_horizon(horizon)?;

    let old_per_month = mul(old_rate, m)?;
    let new_per_month = mul(case.refill.map_or(Decimal::ZERO, |r| r.new_rate), m)?;
    let staff_hours_per_month = mul(case.hours_transition, w)?;
    let staff_cost_per_month = mul(staff_hours_per_month, cost_per_hour)?;
    let bostotte_transition_per_month = mul(staff_hours_per_month, case.bostotte_price)?;
    let bostotte_after_per_month = mul(mul(case.hours_after, w)?, case.bostotte_price)?;

    let t0 = case.move_out;
    let end = t0.saturating_add(case.transition_months);
    let mut months = Vec::with_capacity(usize::try_from(horizon).unwrap_or_default());
    for t in 0..horizon {
        let phase = if t < t0 {
            Phase::Before
        } else if t < end {
            Phase::Transition
        } else {
            Phase::After
        };
        let before = phase == Phase::Before;
        let transition = phase == Phase::Transition;
        let after = phase == Phase::After;
        let refilled = case
            .refill
            .is_some_and(|r| t >= t0.saturating_add(r.after_months));
        let stayed = case.stay_months.is_none_or(|s| t < t0.saturating_add(s));
        let old_until_transition_end = when(before || transition, old_per_month);
        let new = when(refilled, new_per_month);
        let flows = Flows {
            botilbud_with: sub(
                add(old_until_transition_end, new)?,
                when(transition, staff_cost_per_month),
            )?,
            botilbud_without: add(when(before, old_per_month), new)?,
            municipality_with: add(
                old_until_transition_end,
                when(after, bostotte_after_per_month),
            )?,
            municipality_without: sum([
                Ok(when(before, old_per_month)),
                Ok(when(transition, bostotte_transition_per_month)),
                Ok(when(after, bostotte_after_per_month)),
            ])?,
            municipality_stayed: if stayed {
                old_per_month
            } else {
                bostotte_after_per_month
            },
            staff_hours: when(transition, staff_hours_per_month),
        };
        months.push(CaseMonth {
            phase,
            refilled,
            flows,
        });
    }

    let in_transition = || months.iter().filter(|c| c.phase == Phase::Transition);
    let extra_cost =
        sum(in_transition().map(|_| sub(old_per_month, bostotte_transition_per_month)))?;
    let monthly_saving = sub(old_per_month, bostotte_after_per_month)?;
    let kpis = Kpis {
        extra_cost,
        monthly_saving,
        payback: payback(extra_cost, monthly_saving)?,
        buffer: sum(in_transition().map(|_| sub(old_per_month, staff_cost_per_month)))?,
        municipality_cum: sum(months.iter().map(|c| c.flows.municipality_effect()))?,
        botilbud_cum: sum(months.iter().map(|c| c.flows.botilbud_effect()))?,
        hours_total: sum(in_transition().map(|c| Ok(c.flows.staff_hours)))?,
    };
    let transition_months_counted = u32::try_from(in_transition().count()).unwrap_or_default();
    Ok(CaseResult {
        name: case_name(index, &case.pseudonym),
        old_rate,
        cost_per_hour,
        old_per_month,
        new_per_month,
        staff_hours_per_month,
        staff_cost_per_month,
        bostotte_transition_per_month,
        bostotte_after_per_month,
        transition_months_counted,
        transition_truncated: end > horizon,
        months,
        kpis,
    })
}

fn check_horizon(horizon: u32) -> DResult<()> {
    if horizon == 0 || horizon > MAX_HORIZON {
        return Err(DomainError::OutOfRange(
            "Horisonten",
            Decimal::ONE,
            Decimal::from(MAX_HORIZON),
        ));
    }
    Ok(())
}

/// Every case, then the months and KPIs of all cases together.
pub fn compute(input: &TransitionInput, ctx: &Context<'_>) -> DResult<TransitionResult> {
    recompute(input, ctx, None)
}

/// An earlier computation, for `recompute`.
#[derive(Debug, Clone, Copy)]
pub struct Previous<'a> {
    pub input: &'a TransitionInput,
    pub ctx: &'a Context<'a>,
    pub result: &'a TransitionResult,
}

/// `compute`, taking each case whose input and place are as in `previous` (with the same
/// horizon and context) from its result instead of computing it again. A case's result
/// depends on nothing else, so the result is `compute`'s; a keystroke changes one case, so
/// with dozens of cases over a long horizon most of the work is skipped.
pub fn recompute(
    input: &TransitionInput,
    ctx: &Context<'_>,
    previous: Option<Previous<'_>>,
) -> DResult<TransitionResult> {
    if input.cases.is_empty() {
        return Err(DomainError::Empty("sag"));
    }
    check_horizon(input.horizon)?;
    let (month_days, month_weeks) = month_units(ctx.days_per_year)?;
    let previous = previous.filter(|p| *p.ctx == *ctx && p.input.horizon == input.horizon);
    let unchanged = |i: usize, case: &CaseInput| {
        let p = previous?;
        (p.input.cases.get(i)? == case).then(|| p.result.cases.get(i))?
    };
    let cases = input
        .cases
        .iter()
        .enumerate()
        .map(|(i, case)| match unchanged(i, case) {
            Some(result) => Ok(result.clone()),
            None => compute_case(case, i, input.horizon, ctx),
        })
        .collect::<DResult<Vec<_>>>()?;

    let mut months = Vec::with_capacity(usize::try_from(input.horizon).unwrap_or_default());
    let (mut municipality_cum, mut botilbud_cum) = (Decimal::ZERO, Decimal::ZERO);
    for t in 0..input.horizon {
        let slot = usize::try_from(t).unwrap_or_default();
        let flows = cases
            .iter()
            .filter_map(|c| c.months.get(slot))
            .try_fold(Flows::default(), |acc, month| acc.plus(&month.flows))?;
        municipality_cum = add(municipality_cum, flows.municipality_effect()?)?;
        botilbud_cum = add(botilbud_cum, flows.botilbud_effect()?)?;
        months.push(TotalMonth {
            label: input.start.label(t),
            flows,
            municipality_cum,
            botilbud_cum,
        });
    }

    let total = |f: fn(&Kpis) -> Decimal| sum(cases.iter().map(|c| Ok(f(&c.kpis))));
    let extra_cost = total(|k| k.extra_cost)?;
    let monthly_saving = total(|k| k.monthly_saving)?;
    let totals = Kpis {
        extra_cost,
        monthly_saving,
        payback: payback(extra_cost, monthly_saving)?,
        buffer: total(|k| k.buffer)?,
        municipality_cum: total(|k| k.municipality_cum)?,
        botilbud_cum: total(|k| k.botilbud_cum)?,
        hours_total: total(|k| k.hours_total)?,
    };
    Ok(TransitionResult {
        month_days,
        month_weeks,
        cases,
        months,
        totals,
    })
}

/// The CSV files' period: "jan. 2026 – dec. 2027 (24 måneder)".
pub fn csv_period(result: &TransitionResult) -> String {
    match (result.months.first(), result.months.last()) {
        (Some(first), Some(last)) => format!(
            "{} – {} ({} måneder)",
            first.label,
            last.label,
            result.months.len()
        ),
        _ => "ingen måneder".into(),
    }
}

/// What the særskilt timeopgørelse's hours are: planned, not registered.
pub const HOURS_UNIT: &str =
    "planlagte §85-timer (h_t × uger pr. måned, w = dage pr. år / 7 / 12), ikke registrerede";

/// The month table's unit.
pub const MONTHS_UNIT: &str = "kr. pr. måned (akkumuleret effekt: kr. til og med måneden)";

/// Særskilt timeopgørelse as CSV for Danish Excel: the context block (`csv::with_context`,
/// unit `HOURS_UNIT`), then one row per month, one column per case, a total column and a
/// total row; hours with 2 decimals.
pub fn hours_csv(result: &TransitionResult, context: &csv::Context) -> Vec<u8> {
    let mut header = vec![Cell::text("Måned")];
    header.extend(result.cases.iter().map(|c| Cell::text(c.name.as_str())));
    header.push(Cell::text("I alt"));
    let mut rows = vec![header];
    for (t, month) in result.months.iter().enumerate() {
        let mut row = vec![Cell::text(month.label.as_str())];
        row.extend(result.cases.iter().map(|c| {
            let hours = c
                .months
                .get(t)
                .map_or(Decimal::ZERO, |m| m.flows.staff_hours);
            Cell::Number(hours, 2)
        }));
        row.push(Cell::Number(month.flows.staff_hours, 2));
        rows.push(row);
    }
    let mut total = vec![Cell::text("I alt")];
    total.extend(
        result
            .cases
            .iter()
            .map(|c| Cell::Number(c.kpis.hours_total, 2)),
    );
    total.push(Cell::Number(result.totals.hours_total, 2));
    rows.push(total);
    csv::to_bytes(&csv::with_context(context, rows))
}

/// The month table as CSV: all cases' flows per month in kr. and the accumulated effects,
/// whole kroner, under the context block (unit `MONTHS_UNIT`).
pub fn months_csv(result: &TransitionResult, context: &csv::Context) -> Vec<u8> {
    let mut rows = vec![MONTH_COLUMNS.iter().map(|&h| Cell::text(h)).collect()];
    for m in &result.months {
        let mut row = vec![Cell::text(m.label.as_str())];
        row.extend(month_figures(m).into_iter().map(|x| Cell::Number(x, 0)));
        rows.push(row);
    }
    csv::to_bytes(&csv::with_context(context, rows))
}

/// The month table's headings, on screen and in the CSV.
pub const MONTH_COLUMNS: [&str; 8] = [
    "Måned",
    "Botilbud med ordning",
    "Botilbud uden",
    "Kommune med ordning",
    "Kommune uden",
    "Kommune hvis blevet",
    "Kommunen akk. effekt",
    "Botilbuddet akk. effekt",
];

/// A month's figures in `MONTH_COLUMNS` order (after the month), kr.
pub fn month_figures(m: &TotalMonth) -> [Decimal; 7] {
    let f = &m.flows;
    [
        f.botilbud_with,
        f.botilbud_without,
        f.municipality_with,
        f.municipality_without,
        f.municipality_stayed,
        m.municipality_cum,
        m.botilbud_cum,
    ]
}

#[cfg(test)]
mod tests;
