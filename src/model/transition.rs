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
use super::calc::{self, add, div, mul, sub, sum};
use super::csv::{self, Cell};
use super::error::{DResult, DomainError};
use super::field::{Column, Field as Input, List, RowField};
use super::form::{FieldErrors, Reader};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Longest horizon we simulate (20 years); keeps the month tables a sane size.
pub const MAX_HORIZON: u32 = 240;
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

/// Særskilt timeopgørelse as CSV for Danish Excel: one row per month, one column per case,
/// a total column and a total row; hours with 2 decimals.
pub fn hours_csv(result: &TransitionResult) -> Vec<u8> {
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
    csv::to_bytes(&rows)
}

/// One case as typed. Optional fields follow one rule: empty text means "use the default"
/// (c_b → the wage page's timepris; r → never refilled, and then T_new is not read;
/// S → the whole horizon).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseForm {
    pub pseudonym: String,
    /// T_old as typed; ignored when `old_rate_package` is set.
    pub old_rate: String,
    /// Package number (0-based) on the Takster page whose døgntakst is T_old.
    pub old_rate_package: Option<usize>,
    pub move_out: String,
    pub transition_months: String,
    pub hours_transition: String,
    pub cost_per_hour: String,
    pub hours_after: String,
    pub bostotte_price: String,
    pub refill_after: String,
    pub new_rate: String,
    pub stay_months: String,
}

impl Default for CaseForm {
    /// An example move-out at the start month: 2.000 kr./døgn, DOMAIN.md's 6 months with
    /// 8 t/uge from the botilbud (at the wage page's timepris), then 5 t/uge bostøtte at
    /// 450 kr./t; the place is refilled after 3 months at 1.800 kr./døgn.
    fn default() -> Self {
        Self {
            pseudonym: "Borger A".into(),
            old_rate: "2.000".into(),
            old_rate_package: None,
            move_out: "0".into(),
            transition_months: "6".into(),
            hours_transition: "8".into(),
            cost_per_hour: String::new(),
            hours_after: "5".into(),
            bostotte_price: "450".into(),
            refill_after: "3".into(),
            new_rate: "1.800".into(),
            stay_months: String::new(),
        }
    }
}

/// The page's inputs as typed (raw text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TransitionForm {
    pub start_year: String,
    pub start_month: String,
    pub horizon: String,
    pub cases: Vec<CaseForm>,
}

impl Default for TransitionForm {
    /// Start january 2026 (the wage page's default year), DOMAIN.md's 24-month horizon,
    /// one example case.
    fn default() -> Self {
        Self {
            start_year: "2026".into(),
            start_month: "1".into(),
            horizon: "24".into(),
            cases: vec![CaseForm::default()],
        }
    }
}

/// A month count: a whole number 0 … MAX_MONTHS.
fn months(r: &mut Reader, key: RowField, text: &str, label: &'static str) -> u32 {
    u32::try_from(r.integer(key, text, 0, i64::from(MAX_MONTHS), label)).unwrap_or_default()
}

/// Hours per week: 0 … 168.
fn weekly_hours(r: &mut Reader, key: RowField, text: &str, label: &'static str) -> Decimal {
    r.range(key, text, 0, 168, label)
}

/// The "empty = default" rule: `None` for blank text, else the parsed value.
fn optional<T>(text: &str, parse: impl FnOnce() -> T) -> Option<T> {
    (!text.trim().is_empty()).then(parse)
}

impl CaseForm {
    fn parse(&self, index: usize, r: &mut Reader) -> CaseInput {
        use Column::*;
        let key = |column: Column| column.at(index);
        let old_rate = match self.old_rate_package {
            Some(package) => OldRate::Package(package),
            None => OldRate::Entered(r.non_negative(
                key(CaseOldRate),
                &self.old_rate,
                "Den gamle takst",
            )),
        };
        let refill = optional(&self.refill_after, || Refill {
            after_months: months(
                r,
                key(CaseRefillAfter),
                &self.refill_after,
                "Genbesat efter",
            ),
            new_rate: r.non_negative(key(CaseNewRate), &self.new_rate, "Den nye takst"),
        });
        CaseInput {
            pseudonym: self.pseudonym.clone(),
            old_rate,
            move_out: months(r, key(CaseMoveOut), &self.move_out, "Fraflytningsmåneden"),
            transition_months: months(
                r,
                key(CaseTransitionMonths),
                &self.transition_months,
                "Overgangsperioden",
            ),
            hours_transition: weekly_hours(
                r,
                key(CaseHoursTransition),
                &self.hours_transition,
                "Timer pr. uge i overgangen",
            ),
            cost_per_hour: optional(&self.cost_per_hour, || {
                r.non_negative(
                    key(CaseCostPerHour),
                    &self.cost_per_hour,
                    "Botilbuddets timepris",
                )
            }),
            hours_after: weekly_hours(
                r,
                key(CaseHoursAfter),
                &self.hours_after,
                "Timer pr. uge bagefter",
            ),
            bostotte_price: r.non_negative(
                key(CaseBostottePrice),
                &self.bostotte_price,
                "Bostøttens timepris",
            ),
            refill,
            stay_months: optional(&self.stay_months, || {
                months(
                    r,
                    key(CaseStayMonths),
                    &self.stay_months,
                    "Ville ellers være blevet",
                )
            }),
        }
    }
}

impl TransitionForm {
    /// Parses every field; errors are keyed by the field's test id.
    pub fn parse(&self) -> Result<TransitionInput, FieldErrors> {
        let mut r = Reader::new();
        let start = StartMonth {
            year: r.year(Input::StartAar, &self.start_year, "Startåret"),
            month: u32::try_from(r.integer(
                Input::StartMaaned,
                &self.start_month,
                1,
                12,
                "Startmåneden",
            ))
            .unwrap_or_default(),
        };
        let horizon = u32::try_from(r.integer(
            Input::Horisont,
            &self.horizon,
            1,
            i64::from(MAX_HORIZON),
            "Horisonten",
        ))
        .unwrap_or_default();
        let cases: Vec<CaseInput> = self
            .cases
            .iter()
            .enumerate()
            .map(|(i, case)| case.parse(i, &mut r))
            .collect();
        if cases.is_empty() {
            r.fail(List::Sager, DomainError::Empty("sag"));
        }
        r.finish(TransitionInput {
            start,
            horizon,
            cases,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::number::round;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap_or_default()
    }

    const NO_PACKAGES: &[Decimal] = &[];

    fn ctx() -> Context<'static> {
        Context {
            days_per_year: d("365"),
            hourly_price: Some(d("367.62")),
            package_rates: NO_PACKAGES,
        }
    }

    /// The example: 2.000 kr./døgn, 6 months of 8 t/uge at 400 kr., then 5 t/uge at
    /// 450 kr., refilled after 3 months at 1.800 kr./døgn.
    fn example() -> CaseInput {
        CaseInput {
            pseudonym: "Borger A".into(),
            old_rate: OldRate::Entered(d("2000")),
            move_out: 0,
            transition_months: 6,
            hours_transition: d("8"),
            cost_per_hour: Some(d("400")),
            hours_after: d("5"),
            bostotte_price: d("450"),
            refill: Some(Refill {
                after_months: 3,
                new_rate: d("1800"),
            }),
            stay_months: None,
        }
    }

    fn input(cases: Vec<CaseInput>) -> TransitionInput {
        TransitionInput {
            start: StartMonth {
                year: 2026,
                month: 1,
            },
            horizon: 24,
            cases,
        }
    }

    fn r2(x: Decimal) -> Decimal {
        round(x, 2)
    }

    #[test]
    fn single_case_by_hand() {
        // m = 365 / 12 = 30,41667 days; w = 365 / 84 = 4,345238 weeks.
        // T_old·m = 2.000 × 30,41667 = 60.833,33; T_new·m = 1.800 × 30,41667 = 54.750
        // h_t·w = 8 × 4,345238 = 34,7619 t; × 400 = 13.904,76; × 450 = 15.642,86
        // h_a·w·p_b = 5 × 4,345238 × 450 = 9.776,79
        let r = compute(&input(vec![example()]), &ctx()).expect("result");
        let c = &r.cases[0];
        assert_eq!(r2(c.old_per_month), d("60833.33"));
        assert_eq!(r2(c.new_per_month), d("54750"));
        assert_eq!(r2(c.staff_hours_per_month), d("34.76"));
        assert_eq!(r2(c.staff_cost_per_month), d("13904.76"));
        assert_eq!(r2(c.bostotte_transition_per_month), d("15642.86"));
        assert_eq!(r2(c.bostotte_after_per_month), d("9776.79"));

        // Botilbud with scheme: t 0–2 60.833,33 − 13.904,76 = 46.928,57;
        // t 3–5 (+ new resident) 46.928,57 + 54.750 = 101.678,57; t 6–23 54.750.
        // Without: t 0–2 0; t 3–23 54.750.
        let f = |t: usize| c.months[t].flows;
        assert_eq!(c.months[2].phase, Phase::Transition);
        assert!(!c.months[2].refilled && c.months[3].refilled);
        assert_eq!(c.months[6].phase, Phase::After);
        assert_eq!(r2(f(0).botilbud_with), d("46928.57"));
        assert_eq!(r2(f(3).botilbud_with), d("101678.57"));
        assert_eq!(r2(f(6).botilbud_with), d("54750"));
        assert_eq!(f(0).botilbud_without, Decimal::ZERO);
        assert_eq!(r2(f(3).botilbud_without), d("54750"));
        // Municipality: with 60.833,33 in t 0–5, then 9.776,79; without 15.642,86 then
        // 9.776,79; had stayed (S = whole horizon) 60.833,33 every month.
        assert_eq!(r2(f(5).municipality_with), d("60833.33"));
        assert_eq!(r2(f(6).municipality_with), d("9776.79"));
        assert_eq!(r2(f(5).municipality_without), d("15642.86"));
        assert_eq!(r2(f(23).municipality_without), d("9776.79"));
        assert_eq!(r2(f(23).municipality_stayed), d("60833.33"));

        // ekstra = 6 × (60.833,33 − 15.642,86) = 365.000 − 93.857,14 = 271.142,86
        // besparelse = 60.833,33 − 9.776,79 = 51.056,55
        // tilbagebetaling = 271.142,86 / 51.056,55 = 5,3106 months
        // buffer = 6 × (60.833,33 − 13.904,76) = 365.000 − 83.428,57 = 281.571,43
        // kommune_akk = 18 × 51.056,55 = 919.017,86 (t 0–5 with = stayed)
        // tilbud_akk = buffer (the new resident's takst is there with and without)
        // timer_i_alt = 6 × 34,7619 = 208,57 t
        let k = c.kpis;
        assert_eq!(r2(k.extra_cost), d("271142.86"));
        assert_eq!(r2(k.monthly_saving), d("51056.55"));
        assert_eq!(k.payback, Payback::Months(k.extra_cost / k.monthly_saving));
        let Payback::Months(months) = k.payback else {
            panic!()
        };
        assert_eq!(round(months, 4), d("5.3106"));
        assert_eq!(r2(k.buffer), d("281571.43"));
        assert_eq!(r2(k.municipality_cum), d("919017.86"));
        assert_eq!(r2(k.botilbud_cum), d("281571.43"));
        assert_eq!(r2(k.hours_total), d("208.57"));
        assert_eq!(c.transition_months_counted, 6);
        assert!(!c.transition_truncated);
        assert_eq!(r.totals, k);
        assert_eq!(r.months[0].label, "jan. 2026");
        assert_eq!(r.months[23].label, "dec. 2027");
        assert_eq!(r2(r.months[23].municipality_cum), d("919017.86"));
    }

    #[test]
    fn had_stayed_for_s_months_then_bostotte() {
        // S = 10, t0 = 2: T_old·m for t < 12, then h_a·w·p_b; kommune_akk counts only
        // t 8–11 (after transition, before the stay ends): 4 × 51.056,55 = 204.226,19.
        let case = CaseInput {
            move_out: 2,
            stay_months: Some(10),
            ..example()
        };
        let r = compute_case(&case, 0, 24, &ctx()).expect("case");
        assert_eq!(r2(r.months[11].flows.municipality_stayed), d("60833.33"));
        assert_eq!(r2(r.months[12].flows.municipality_stayed), d("9776.79"));
        assert_eq!(r.months[1].phase, Phase::Before);
        assert_eq!(r2(r.kpis.municipality_cum), d("204226.19"));
    }

    #[test]
    fn transition_beyond_horizon_is_cut_and_flagged() {
        // t0 = 21, L = 6, H = 24: only t 21–23 count, 3 × 46.928,57 = 140.785,71.
        let case = CaseInput {
            move_out: 21,
            ..example()
        };
        let r = compute_case(&case, 0, 24, &ctx()).expect("case");
        assert!(r.transition_truncated);
        assert_eq!(r.transition_months_counted, 3);
        assert_eq!(r2(r.kpis.buffer), d("140785.71"));
        assert_eq!(r2(r.kpis.hours_total), d("104.29")); // 3 × 34,7619
    }

    #[test]
    fn defaults_come_from_the_other_pages() {
        // c_b empty → timepris 367,62: staff cost 34,7619 × 367,62 = 12.499,08 + 280,09 = 12.779,17
        let rates = [d("1500"), d("2500")];
        let ctx = Context {
            package_rates: &rates,
            ..ctx()
        };
        let case = CaseInput {
            cost_per_hour: None,
            old_rate: OldRate::Package(1),
            ..example()
        };
        let r = compute_case(&case, 0, 24, &ctx).expect("case");
        assert_eq!(r.cost_per_hour, d("367.62"));
        assert_eq!(r2(r.staff_cost_per_month), d("12779.17"));
        assert_eq!(r.old_rate, d("2500"));
        let gone = CaseInput {
            old_rate: OldRate::Package(2),
            ..example()
        };
        assert_eq!(
            compute_case(&gone, 0, 24, &ctx),
            Err(DomainError::UnknownReference("takstpakke"))
        );
        let no_wage = Context {
            hourly_price: None,
            ..ctx
        };
        assert!(compute_case(&case, 0, 24, &no_wage).is_err());
    }

    #[test]
    fn payback_is_defined_when_there_is_no_saving() {
        assert_eq!(payback(d("100"), d("0")), Ok(Payback::Never));
        assert_eq!(payback(d("100"), d("-5")), Ok(Payback::Never));
        assert_eq!(payback(d("0"), d("-5")), Ok(Payback::NoExtraCost));
        assert_eq!(payback(d("-1"), d("10")), Ok(Payback::NoExtraCost));
        assert_eq!(payback(d("100"), d("40")), Ok(Payback::Months(d("2.5"))));
    }

    /// Five move-outs spread over a year, each different.
    #[test]
    fn no_extra_cost_comes_before_no_saving() {
        // T_old = 100 kr./døgn: T_old·m = 100 × 30,41667 = 3.041,67 kr.
        // ekstra = 6 × (3.041,67 − 15.642,86) = −75.607,14 ≤ 0
        // besparelse = 3.041,67 − 9.776,79 = −6.735,12 ≤ 0
        // Both are ≤ 0: there is nothing to pay back, so "ingen merudgift", not "never".
        let case = CaseInput {
            old_rate: OldRate::Entered(d("100")),
            ..example()
        };
        let k = compute_case(&case, 0, 24, &ctx()).expect("case").kpis;
        assert_eq!(r2(k.extra_cost), d("-75607.14"));
        assert_eq!(r2(k.monthly_saving), d("-6735.12"));
        assert_eq!(k.payback, Payback::NoExtraCost);
        // T_old = 500 kr./døgn: T_old·m = 15.208,33; ekstra = 6 × (15.208,33 − 15.642,86)
        // = −2.607,14 ≤ 0 while besparelse = 15.208,33 − 9.776,79 = 5.431,55 > 0.
        let case = CaseInput {
            old_rate: OldRate::Entered(d("500")),
            ..example()
        };
        let k = compute_case(&case, 0, 24, &ctx()).expect("case").kpis;
        assert_eq!(r2(k.extra_cost), d("-2607.14"));
        assert_eq!(r2(k.monthly_saving), d("5431.55"));
        assert_eq!(k.payback, Payback::NoExtraCost);
        // T_old = 300 kr./døgn, p_b = 100: T_old·m = 9.125; bostøtte 3.476,19 in and
        // 2.172,62 after the transition; ekstra = 6 × 5.648,81 = 33.892,86 > 0 and
        // besparelse = 6.952,38 > 0: 33.892,86 / 6.952,38 = 4,875 months.
        let case = CaseInput {
            old_rate: OldRate::Entered(d("300")),
            bostotte_price: d("100"),
            ..example()
        };
        let k = compute_case(&case, 0, 24, &ctx()).expect("case").kpis;
        assert_eq!(r2(k.extra_cost), d("33892.86"));
        assert_eq!(r2(k.monthly_saving), d("6952.38"));
        let Payback::Months(months) = k.payback else {
            panic!("{:?}", k.payback)
        };
        assert_eq!(round(months, 3), d("4.875"));
    }

    fn year_of_cases() -> Vec<CaseInput> {
        vec![
            example(),
            CaseInput {
                pseudonym: "B".into(),
                move_out: 2,
                refill: None,
                ..example()
            },
            CaseInput {
                pseudonym: "".into(),
                move_out: 5,
                transition_months: 4,
                hours_transition: d("12"),
                ..example()
            },
            CaseInput {
                move_out: 8,
                stay_months: Some(6),
                cost_per_hour: None,
                ..example()
            },
            CaseInput {
                move_out: 11,
                old_rate: OldRate::Entered(d("2498")),
                refill: Some(Refill {
                    after_months: 0,
                    new_rate: d("949"),
                }),
                ..example()
            },
        ]
    }

    #[test]
    fn five_cases_sum_to_the_single_cases() {
        let all = compute(&input(year_of_cases()), &ctx()).expect("all");
        let singles: Vec<TransitionResult> = year_of_cases()
            .into_iter()
            .map(|c| compute(&input(vec![c]), &ctx()).expect("single"))
            .collect();
        let add_up =
            |f: fn(&Kpis) -> Decimal| singles.iter().map(|s| f(&s.totals)).sum::<Decimal>();
        assert_eq!(all.totals.extra_cost, add_up(|k| k.extra_cost));
        assert_eq!(all.totals.monthly_saving, add_up(|k| k.monthly_saving));
        assert_eq!(all.totals.buffer, add_up(|k| k.buffer));
        assert_eq!(all.totals.municipality_cum, add_up(|k| k.municipality_cum));
        assert_eq!(all.totals.botilbud_cum, add_up(|k| k.botilbud_cum));
        assert_eq!(all.totals.hours_total, add_up(|k| k.hours_total));
        for t in 0..24 {
            let hours: Decimal = singles.iter().map(|s| s.months[t].flows.staff_hours).sum();
            let stayed: Decimal = singles
                .iter()
                .map(|s| s.months[t].flows.municipality_stayed)
                .sum();
            assert_eq!(all.months[t].flows.staff_hours, hours);
            assert_eq!(r2(all.months[t].flows.municipality_stayed), r2(stayed));
        }
        assert_eq!(all.cases[2].name, "Sag 3");
        // The single cases' names are their own index; in the year they keep theirs.
        assert_eq!(all.cases[1].name, "B");
    }

    #[test]
    fn recompute_reuses_unchanged_cases_and_equals_compute() {
        let (before, c) = (input(year_of_cases()), ctx());
        let first = compute(&before, &c).expect("result");
        let previous = |result| {
            Some(Previous {
                input: &before,
                ctx: &c,
                result,
            })
        };
        // Nothing, one case, the case list or the horizon changed: always compute's result.
        let mut edited = before.clone();
        edited.cases[1].hours_transition = d("12");
        let mut added = before.clone();
        added.cases.insert(0, example());
        let mut longer = before.clone();
        longer.horizon = 36;
        for changed in [before.clone(), edited, added, longer] {
            assert_eq!(
                recompute(&changed, &c, previous(&first)),
                compute(&changed, &c)
            );
        }
        // Another context (dage pr. år from the wage page): every case again.
        let other = Context {
            days_per_year: d("366"),
            ..c
        };
        assert_eq!(
            recompute(&before, &other, previous(&first)),
            compute(&before, &other)
        );
        // The unchanged cases really are taken over: a doctored earlier result shows through.
        let mut doctored = first.clone();
        doctored.cases[0].kpis.buffer = d("1");
        let reused = recompute(&before, &c, previous(&doctored)).expect("result");
        assert_eq!(reused.cases[0].kpis.buffer, d("1"));
    }

    #[test]
    fn csv_is_a_separate_hour_account() {
        let two = vec![
            example(),
            CaseInput {
                pseudonym: "Æ; \"Ø\"".into(),
                move_out: 1,
                ..example()
            },
        ];
        let r = compute(&input(two), &ctx()).expect("result");
        let text = String::from_utf8(hours_csv(&r)).expect("utf-8");
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines[0], "\u{feff}Måned;Borger A;\"Æ; \"\"Ø\"\"\";I alt");
        // jan.: only case 1 (34,76 t); feb.: both (69,52 t); jul.: only case 2.
        assert_eq!(lines[1], "jan. 2026;34,76;0,00;34,76");
        assert_eq!(lines[2], "feb. 2026;34,76;34,76;69,52");
        assert_eq!(lines[7], "jul. 2026;0,00;34,76;34,76");
        assert_eq!(lines[25], "I alt;208,57;208,57;417,14");
        assert_eq!(lines.len(), 27); // header, 24 months, total, trailing ""
    }

    #[test]
    fn form_defaults_parse_and_optional_fields_are_blank_means_default() {
        let form = TransitionForm::default();
        let parsed = form.parse().expect("defaults parse");
        assert_eq!(parsed.horizon, 24);
        let case = &parsed.cases[0];
        assert_eq!(case.cost_per_hour, None);
        assert_eq!(case.stay_months, None);
        assert_eq!(
            case.refill,
            Some(Refill {
                after_months: 3,
                new_rate: d("1800")
            })
        );
        assert_eq!(case.old_rate, OldRate::Entered(d("2000")));

        let mut form = TransitionForm::default();
        form.cases[0].refill_after = " ".into();
        form.cases[0].new_rate = "ikke læst".into();
        form.cases[0].old_rate_package = Some(4);
        form.cases[0].old_rate = "ignored".into();
        let parsed = form.parse().expect("refill blank parses");
        assert_eq!(parsed.cases[0].refill, None);
        assert_eq!(parsed.cases[0].old_rate, OldRate::Package(4));
    }

    #[test]
    fn form_errors_are_keyed_by_test_id() {
        let mut form = TransitionForm {
            horizon: "0".into(),
            start_month: "13".into(),
            ..TransitionForm::default()
        };
        form.cases.push(CaseForm {
            transition_months: "2,5".into(),
            hours_after: "200".into(),
            cost_per_hour: "-1".into(),
            ..CaseForm::default()
        });
        let errors = form.parse().unwrap_err();
        assert_eq!(
            errors[Input::Horisont],
            "Horisonten skal ligge mellem 1 og 240."
        );
        assert!(errors.contains_key(Input::StartMaaned));
        assert_eq!(
            errors[Column::CaseTransitionMonths.at(1)],
            "Overgangsperioden skal være et helt tal."
        );
        assert!(errors.contains_key(Column::CaseHoursAfter.at(1)));
        assert!(errors.contains_key(Column::CaseCostPerHour.at(1)));
        assert_eq!(errors.len(), 5);
        let empty = TransitionForm {
            cases: vec![],
            ..TransitionForm::default()
        };
        assert_eq!(
            empty.parse().unwrap_err()[List::Sager],
            "Der skal være mindst én sag."
        );
    }

    #[test]
    fn month_labels_roll_over_years() {
        let start = StartMonth {
            year: 2026,
            month: 11,
        };
        assert_eq!(start.label(0), "nov. 2026");
        assert_eq!(start.label(2), "jan. 2027");
        assert_eq!(start.label(14), "jan. 2028");
    }

    fn arb_amount() -> impl Strategy<Value = Decimal> {
        prop_oneof![
            (0i64..500_000).prop_map(|c| Decimal::new(c, 2)),
            any::<i64>().prop_map(|c| Decimal::new(c, 2)),
            Just(Decimal::MAX),
        ]
    }

    fn arb_case() -> impl Strategy<Value = CaseInput> {
        (
            (arb_amount(), 0usize..4, any::<bool>(), 0u32..40, 0u32..12),
            (
                arb_amount(),
                proptest::option::of(arb_amount()),
                arb_amount(),
                arb_amount(),
            ),
            (
                proptest::option::of((0u32..40, arb_amount())),
                proptest::option::of(0u32..40),
            ),
        )
            .prop_map(|(a, b, c)| CaseInput {
                pseudonym: String::new(),
                old_rate: if a.2 {
                    OldRate::Entered(a.0)
                } else {
                    OldRate::Package(a.1)
                },
                move_out: a.3,
                transition_months: a.4,
                hours_transition: b.0,
                cost_per_hour: b.1,
                hours_after: b.2,
                bostotte_price: b.3,
                refill: c.0.map(|(after_months, new_rate)| Refill {
                    after_months,
                    new_rate,
                }),
                stay_months: c.1,
            })
    }

    /// Realistic, valid cases: the invariants get exercised instead of errors.
    fn arb_valid_case() -> impl Strategy<Value = CaseInput> {
        (
            (
                0i64..400_000,
                0u32..30,
                0u32..12,
                0i64..4_000,
                proptest::option::of(0i64..100_000),
            ),
            (0i64..4_000, 0i64..100_000),
            (
                proptest::option::of((0u32..30, 0i64..400_000)),
                proptest::option::of(0u32..30),
            ),
        )
            .prop_map(|(a, b, c)| CaseInput {
                pseudonym: "x".into(),
                old_rate: OldRate::Entered(Decimal::new(a.0, 2)),
                move_out: a.1,
                transition_months: a.2,
                hours_transition: Decimal::new(a.3, 2),
                cost_per_hour: a.4.map(|x| Decimal::new(x, 2)),
                hours_after: Decimal::new(b.0, 2),
                bostotte_price: Decimal::new(b.1, 2),
                refill: c.0.map(|(after_months, rate)| Refill {
                    after_months,
                    new_rate: Decimal::new(rate, 2),
                }),
                stay_months: c.1,
            })
    }

    /// |a − b| below a millionth of a krone: sums taken in another order may differ in the
    /// 20-somethingth digit of `Decimal`, never in anything shown.
    fn close(a: Decimal, b: Decimal) -> bool {
        (a - b).abs() < d("0.000001")
    }

    proptest! {
        #[test]
        fn never_panics(
            cases in prop::collection::vec(arb_case(), 0..4),
            horizon in 0u32..300,
            days in arb_amount(),
            price in proptest::option::of(arb_amount()),
            rates in prop::collection::vec(arb_amount(), 0..3),
        ) {
            let ctx = Context { days_per_year: days, hourly_price: price, package_rates: &rates };
            let input = TransitionInput { start: StartMonth { year: 2026, month: 1 }, horizon, cases };
            if let Ok(r) = compute(&input, &ctx) {
                let _ = hours_csv(&r);
            }
        }

        #[test]
        fn form_parse_never_panics(
            texts in prop::collection::vec("[-0-9.,a ]{0,8}", 14),
            package in proptest::option::of(0usize..5),
        ) {
            let case = CaseForm {
                pseudonym: texts[0].clone(),
                old_rate: texts[1].clone(),
                old_rate_package: package,
                move_out: texts[2].clone(),
                transition_months: texts[3].clone(),
                hours_transition: texts[4].clone(),
                cost_per_hour: texts[5].clone(),
                hours_after: texts[6].clone(),
                bostotte_price: texts[7].clone(),
                refill_after: texts[8].clone(),
                new_rate: texts[9].clone(),
                stay_months: texts[10].clone(),
            };
            let form = TransitionForm {
                start_year: texts[11].clone(),
                start_month: texts[12].clone(),
                horizon: texts[13].clone(),
                cases: vec![case],
            };
            if let Ok(input) = form.parse() {
                let _ = compute(&input, &ctx());
            }
        }

        /// With L = 0 the scheme is no scheme, month by month, for botilbud and municipality.
        #[test]
        fn zero_transition_equals_no_scheme(case in arb_valid_case(), horizon in 1u32..60) {
            let case = CaseInput { transition_months: 0, ..case };
            let r = compute_case(&case, 0, horizon, &ctx()).expect("valid case");
            for m in &r.months {
                prop_assert_eq!(m.flows.botilbud_with, m.flows.botilbud_without);
                prop_assert_eq!(m.flows.municipality_with, m.flows.municipality_without);
                prop_assert_eq!(m.flows.staff_hours, Decimal::ZERO);
            }
            prop_assert_eq!(r.kpis.extra_cost, Decimal::ZERO);
            prop_assert_eq!(r.kpis.botilbud_cum, Decimal::ZERO);
            prop_assert_eq!(r.kpis.payback, Payback::NoExtraCost);
        }

        /// Cumulative figures at the horizon are the sums of the months, per case and in total.
        #[test]
        fn cumulative_equals_sum_of_months(
            cases in prop::collection::vec(arb_valid_case(), 1..5),
            horizon in 1u32..60,
        ) {
            let input = TransitionInput { start: StartMonth { year: 2026, month: 3 }, horizon, cases };
            let r = compute(&input, &ctx()).expect("valid cases");
            for c in &r.cases {
                let mun: Decimal = c.months.iter().map(|m| m.flows.municipality_stayed - m.flows.municipality_with).sum();
                let bot: Decimal = c.months.iter().map(|m| m.flows.botilbud_with - m.flows.botilbud_without).sum();
                let hours: Decimal = c.months.iter().map(|m| m.flows.staff_hours).sum();
                let extra: Decimal = c.months.iter().map(|m| m.flows.municipality_with - m.flows.municipality_without).sum();
                prop_assert!(close(c.kpis.municipality_cum, mun));
                prop_assert!(close(c.kpis.botilbud_cum, bot));
                prop_assert!(close(c.kpis.hours_total, hours));
                prop_assert!(close(c.kpis.extra_cost, extra));
                // By the formulas the botilbud's buffer is its whole gain from the scheme.
                prop_assert!(close(c.kpis.buffer, c.kpis.botilbud_cum));
            }
            let last = r.months.last().expect("horizon ≥ 1");
            prop_assert!(close(last.municipality_cum, r.totals.municipality_cum));
            prop_assert!(close(last.botilbud_cum, r.totals.botilbud_cum));
            let hours: Decimal = r.months.iter().map(|m| m.flows.staff_hours).sum();
            prop_assert!(close(hours, r.totals.hours_total));
        }
    }
}
