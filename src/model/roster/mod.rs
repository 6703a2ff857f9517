//! Vagtplan (DOMAIN.md §2): a shift plan → staffed hours, supplements, årsværk, wage cost and
//! the gap to the lønbudget, and back (how much plan the budget carries).
//!
//! How it is computed, and why:
//! - A shift is counted on the day it starts. The *typical week* is Monday–Sunday without
//!   holidays (a Sunday shift passing midnight ends on the Monday of the same week). The
//!   *year* walks the `dage_pr_aar` days from 1 January of the wage page's year, each with its
//!   real weekday; søgnehelligdage (and the optional days chosen on the wage page) are paid as
//!   Sundays, half days from 12:00. A fraction of a day in `dage_pr_aar` adds that fraction of an
//!   average typical-week day. So one person 24/7 over 365 days is 8.760 hours.
//! - A sleeping shift counts with the locally agreed working-time factor (default 100 %); that
//!   factor applies to its staffed hours *and* its supplement hours (supplements are paid on the
//!   counted working time). The heatmap shows people present, sleeping or not.
//! - Supplements are % of hourly base pay = månedsløn × 12 / norm, per window; each minute gets
//!   the highest applicable rate unless stacking is on.
//! - Staffed hours must be covered despite vacation, holidays and absence, so årsværk needed =
//!   staffed hours / fremmøde per årsværk (wage model), and the wage cost is
//!   årsværk × månedsløn × 12 × (1 + pension/100) + supplements (no pension on supplements, as on
//!   the wage page). The wage page's own tillæg % is not used here: this page measures it.
mod clock;
mod form;
mod verdict;

pub use clock::{duration, format_time, parse_time, PerWindow, Window, DAY};
pub use form::{default_rates, Preset, RatesForm, RosterForm, ShiftForm, RATES_SOURCE, WEEKDAYS};
pub use verdict::{beyond_sensible, extra_staff, verdict, Verdict};

use super::calc::{self, add, div, mul, pct, sub, sum};
use super::error::{DResult, DomainError};
use super::holidays::{self, Date, Holiday};
use super::wage::{self, WageInput};
use clock::{Day, SUNDAY};
use rust_decimal::Decimal;

/// One shift of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shift {
    pub name: String,
    /// Start, minutes after midnight.
    pub start: u32,
    /// End, minutes after midnight; at or before `start` means the shift passes midnight.
    pub end: u32,
    /// Staff on the shift for each start day, Monday … Sunday (½ = every other week).
    pub staff: [Decimal; 7],
    /// Index into `WageInput::groups`.
    pub group: usize,
    /// Sovende vagt: counts with `RosterInput::sleep_factor_pct`.
    pub asleep: bool,
}

/// The plan and its supplement terms, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterInput {
    pub shifts: Vec<Shift>,
    /// Supplement rates, % of hourly base pay, one row per wage staff group (same index).
    pub rates: Vec<PerWindow<Decimal>>,
    /// Pay every applicable window's rate instead of only the highest.
    pub stacking: bool,
    /// Share of a sleeping shift that counts as working time, %.
    pub sleep_factor_pct: Decimal,
}

/// Hours and supplements over a period (the typical week or the year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Period {
    /// Staffed (counted) hours.
    pub hours: Decimal,
    /// Hours credited to each supplement window.
    pub supplement_hours: PerWindow<Decimal>,
    /// Supplement kr. per window.
    pub supplement_kr: PerWindow<Decimal>,
}

impl Period {
    fn plus(&self, other: &Period) -> DResult<Period> {
        let both = |f: fn(&Period) -> PerWindow<Decimal>| {
            PerWindow::try_from_fn(|w| add(f(self).get(w), f(other).get(w)))
        };
        Ok(Period {
            hours: add(self.hours, other.hours)?,
            supplement_hours: both(|p| p.supplement_hours)?,
            supplement_kr: both(|p| p.supplement_kr)?,
        })
    }

    /// Supplement kr. over all windows.
    pub fn supplement_total(&self) -> DResult<Decimal> {
        sum(Window::ALL.map(|w| Ok(self.supplement_kr.get(w))))
    }
}

/// What the year of a set of hours costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cost {
    /// Årsværk needed to staff the hours: hours / fremmøde per årsværk.
    pub fte: Decimal,
    /// Årsværk × månedsløn × 12.
    pub base_pay: Decimal,
    /// Pension on the base pay.
    pub pension: Decimal,
    /// Supplements for the year.
    pub supplements: Decimal,
    /// Base pay + pension + supplements.
    pub total: Decimal,
}

impl Cost {
    fn plus(&self, other: &Cost) -> DResult<Cost> {
        Ok(Cost {
            fte: add(self.fte, other.fte)?,
            base_pay: add(self.base_pay, other.base_pay)?,
            pension: add(self.pension, other.pension)?,
            supplements: add(self.supplements, other.supplements)?,
            total: add(self.total, other.total)?,
        })
    }
}

/// One shift's share of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShiftResult {
    pub name: String,
    pub week: Period,
    pub year: Period,
    pub cost: Cost,
    /// Annual cost of one more person on this shift every day of the week.
    pub cost_per_extra_staff: Decimal,
    /// How many such extra persons the budget gap pays for (negative: how many too many);
    /// `None` when an extra person costs nothing (a sleeping shift counted at 0 %).
    pub extra_staff: Option<Decimal>,
}

/// One wage staff group's share of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupResult {
    pub name: String,
    /// Månedsløn × 12 / norm.
    pub hourly_base: Decimal,
    pub rates: PerWindow<Decimal>,
    pub year: Period,
    pub cost: Cost,
}

/// Staff on duty in one hour of the typical week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HeatCell {
    /// Average number of people present during the hour.
    pub staff: Decimal,
    /// Beboere per person present; `None` when nobody is on duty.
    pub residents_per_staff: Option<Decimal>,
}

/// Everything the Vagtplan page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterResult {
    pub week: Period,
    pub year: Period,
    pub cost: Cost,
    /// Fremmøde per årsværk from the wage model.
    pub attendance_per_fte: Decimal,
    pub budget: Decimal,
    /// Lønbudget − lønudgift (positive: the budget has room to spare).
    pub gap_kr: Decimal,
    /// The gap in årsværk at this plan's average cost per årsværk.
    pub gap_fte: Decimal,
    /// Lønbudget / lønudgift × 100: the share of the plan the budget carries.
    pub coverage_pct: Decimal,
    /// Staffed hours per year the budget carries when the whole plan is scaled uniformly.
    pub affordable_hours_year: Decimal,
    /// Measured supplements as % of base pay (feeds the wage page's tillæg on request).
    pub supplement_pct: Decimal,
    pub shifts: Vec<ShiftResult>,
    pub groups: Vec<GroupResult>,
    /// Monday … Sunday × 00 … 23.
    pub heatmap: [[HeatCell; 24]; 7],
    /// The year's holidays paid as Sundays.
    pub holidays: Vec<Holiday>,
}

/// Minutes of one person on one shift, summed per start weekday (unfactored, exact).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Tally {
    minutes: u64,
    credited: PerWindow<u64>,
}

/// A kind of day as far as a shift starting on it cares: the day and the day after (a shift
/// over midnight ends there), and how many days of the period are of this kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DayKind {
    day: Day,
    next: Day,
    count: u64,
}

/// Groups `days` (each followed by the next, the last by `after`) into their distinct kinds.
/// A year has only a few dozen (7 weekdays, plus the holidays and the days before them), so
/// every shift splits each kind once instead of every day once: a keystroke on a 30-shift plan
/// stays within a frame. The sums are of whole minutes, so the result is exactly the same.
fn day_kinds(days: &[Day], after: Day) -> Vec<DayKind> {
    let mut kinds: Vec<DayKind> = Vec::new();
    let nexts = days.iter().skip(1).chain([&after]);
    for (&day, &next) in days.iter().zip(nexts) {
        match kinds.iter_mut().find(|k| k.day == day && k.next == next) {
            Some(kind) => kind.count += 1,
            None => kinds.push(DayKind {
                day,
                next,
                count: 1,
            }),
        }
    }
    kinds
}

/// Tallies one person on `shift` for every day of `kinds`, into the bucket of the day's
/// weekday.
fn tally(
    shift: &Shift,
    rates: &PerWindow<Decimal>,
    stacking: bool,
    kinds: &[DayKind],
) -> [Tally; 7] {
    let mut tallies = [Tally::default(); 7];
    let length = duration(shift.start, shift.end);
    for kind in kinds {
        let Some(t) = tallies.get_mut(kind.day.weekday as usize) else {
            continue;
        };
        for segment in clock::segments(shift.start, length, kind.day, kind.next) {
            t.minutes += u64::from(segment.minutes) * kind.count;
            let credited = clock::credit(&segment, rates, stacking);
            for w in Window::ALL {
                *t.credited.get_mut(w) += u64::from(credited.get(w)) * kind.count;
            }
        }
    }
    tallies
}

/// Hours and supplements of `staff` persons per weekday, given one person's tallies.
/// `weight` scales everything (the sleep factor, or a fraction of a week).
fn period(
    staff: &[Decimal; 7],
    tallies: &[Tally; 7],
    weight: Decimal,
    hourly: Decimal,
    rates: &PerWindow<Decimal>,
) -> DResult<Period> {
    let hours = |minutes: &dyn Fn(&Tally) -> u64| -> DResult<Decimal> {
        let total = sum(staff
            .iter()
            .zip(tallies)
            .map(|(&s, t)| mul(s, Decimal::from(minutes(t)))))?;
        div(
            mul(total, weight)?,
            Decimal::from(60),
            DomainError::Overflow,
        )
    };
    let supplement_hours = PerWindow::try_from_fn(|w| hours(&|t: &Tally| t.credited.get(w)))?;
    let supplement_kr =
        PerWindow::try_from_fn(|w| pct(mul(supplement_hours.get(w), hourly)?, rates.get(w)))?;
    Ok(Period {
        hours: hours(&|t: &Tally| t.minutes)?,
        supplement_hours,
        supplement_kr,
    })
}

/// The year's cost of staffing `year` with one wage group's terms.
fn cost(year: &Period, attendance: Decimal, group: &wage::StaffGroup) -> DResult<Cost> {
    let fte = div(year.hours, attendance, DomainError::NoAvailableHours)?;
    let base_pay = mul(fte, mul(group.monthly_salary, Decimal::from(12))?)?;
    let pension = pct(base_pay, group.pension_pct)?;
    let supplements = year.supplement_total()?;
    let total = add(add(base_pay, pension)?, supplements)?;
    Ok(Cost {
        fte,
        base_pay,
        pension,
        supplements,
        total,
    })
}

/// The typical week: Monday … Sunday, no holidays, Sunday followed by Monday.
fn typical_week() -> [Day; 7] {
    [0, 1, 2, 3, 4, 5, 6].map(Day::ordinary)
}

/// The year's days from 1 January (`whole` of them) and the day after the last, with
/// holidays of the year (and of the next, for a 366-day plan or a New Year's Eve night shift).
fn calendar(wage: &WageInput, whole: u32) -> DResult<(Vec<Day>, Day, Vec<Holiday>)> {
    let year = wage.year;
    let this = holidays::holidays(year, wage.holiday_options)?;
    let next = if year < holidays::MAX_YEAR {
        holidays::holidays(year + 1, wage.holiday_options)?
    } else {
        Vec::new()
    };
    let offset = holidays::days_in_year(year);
    let marked: Vec<(u32, u32)> = this
        .iter()
        .map(|h| (h.date.ordinal0(), h))
        .chain(next.iter().map(|h| (offset + h.date.ordinal0(), h)))
        .map(|(ordinal, h)| {
            let from = if h.day_fraction >= Decimal::ONE {
                0
            } else {
                DAY / 2
            };
            (ordinal, from)
        })
        .collect();
    let first = Date {
        year,
        month: 1,
        day: 1,
    }
    .weekday();
    let day = |ordinal: u32| {
        let weekday = (first + ordinal) % 7;
        let holiday = marked
            .iter()
            .filter(|(o, _)| *o == ordinal)
            .map(|(_, f)| *f)
            .min();
        let sunday_from = if weekday == SUNDAY {
            0
        } else {
            holiday.unwrap_or(DAY)
        };
        Day {
            weekday,
            sunday_from,
        }
    };
    let days = (0..whole).map(day).collect();
    Ok((days, day(whole), this))
}

/// Checks what the parser already guarantees, so `compute` stays total for any input.
fn validate(input: &RosterInput, wage: &WageInput) -> DResult<()> {
    if input.shifts.is_empty() {
        return Err(DomainError::Empty("vagt"));
    }
    calc::in_range(
        input.sleep_factor_pct,
        Decimal::ZERO,
        Decimal::ONE_HUNDRED,
        "Sovende vagt",
    )?;
    calc::in_range(
        wage.days_per_year,
        Decimal::ONE,
        Decimal::from(366),
        "Dage pr. år",
    )?;
    calc::positive(wage.norm, "Normtiden")?;
    for shift in &input.shifts {
        for s in shift.staff {
            calc::non_negative(s, "Antal medarbejdere")?;
        }
    }
    for rates in &input.rates {
        for w in Window::ALL {
            calc::non_negative(rates.get(w), "Tillægssatsen")?;
        }
    }
    for g in &wage.groups {
        calc::non_negative(g.monthly_salary, "Månedslønnen")?;
        calc::non_negative(g.pension_pct, "Pensionen")?;
    }
    Ok(())
}

/// Shift plan → hours, supplements, årsværk, cost and budget gap (see the module doc).
pub fn compute(input: &RosterInput, wage: &WageInput) -> DResult<RosterResult> {
    validate(input, wage)?;
    let (per_fte, _, _) = wage::hours_per_fte(wage)?;
    let attendance = per_fte.attendance;
    let whole = wage.days_per_year.trunc();
    let fraction_of_week = div(
        sub(wage.days_per_year, whole)?,
        Decimal::from(7),
        DomainError::Overflow,
    )?;
    let (days, after, holidays) = calendar(
        wage,
        u32::try_from(whole).map_err(|_| DomainError::Overflow)?,
    )?;
    let week_kinds = day_kinds(&typical_week(), Day::ordinary(0));
    let year_kinds = day_kinds(&days, after);
    let hourly_of = |g: &wage::StaffGroup| {
        div(
            mul(g.monthly_salary, Decimal::from(12))?,
            wage.norm,
            DomainError::MustBePositive("Normtiden"),
        )
    };

    let mut groups = wage
        .groups
        .iter()
        .zip(&input.rates)
        .map(|(g, rates)| {
            Ok(GroupResult {
                name: g.name.clone(),
                hourly_base: hourly_of(g)?,
                rates: *rates,
                year: Period::default(),
                cost: Cost::default(),
            })
        })
        .collect::<DResult<Vec<_>>>()?;
    let mut shifts = Vec::with_capacity(input.shifts.len());
    let mut grid = [[Decimal::ZERO; 24]; 7];
    for shift in &input.shifts {
        let unknown_group = DomainError::UnknownReference("personalegruppe");
        let group = wage.groups.get(shift.group).ok_or(unknown_group)?;
        let rates =
            (input.rates.get(shift.group)).ok_or(DomainError::UnknownReference("tillægssats"))?;
        let hourly = hourly_of(group)?;
        let factor = if shift.asleep {
            pct(Decimal::ONE, input.sleep_factor_pct)?
        } else {
            Decimal::ONE
        };
        let week_tally = tally(shift, rates, input.stacking, &week_kinds);
        let year_tally = tally(shift, rates, input.stacking, &year_kinds);
        let week_and_year = |staff: &[Decimal; 7]| -> DResult<(Period, Period)> {
            let week = period(staff, &week_tally, factor, hourly, rates)?;
            let rest = period(
                staff,
                &week_tally,
                mul(factor, fraction_of_week)?,
                hourly,
                rates,
            )?;
            let year = period(staff, &year_tally, factor, hourly, rates)?.plus(&rest)?;
            Ok((week, year))
        };
        let (week, year) = week_and_year(&shift.staff)?;
        let (_, one_more_year) = week_and_year(&[Decimal::ONE; 7])?;
        for (weekday, &staff) in (0u32..).zip(&shift.staff) {
            clock::add_presence(
                &mut grid,
                weekday,
                shift.start,
                duration(shift.start, shift.end),
                staff,
            )?;
        }
        let shift_cost = cost(&year, attendance, group)?;
        let g = groups
            .get_mut(shift.group)
            .ok_or(DomainError::UnknownReference("personalegruppe"))?;
        g.year = g.year.plus(&year)?;
        g.cost = g.cost.plus(&shift_cost)?;
        shifts.push(ShiftResult {
            name: shift.name.clone(),
            week,
            year,
            cost: shift_cost,
            cost_per_extra_staff: cost(&one_more_year, attendance, group)?.total,
            extra_staff: None,
        });
    }

    let mut week = Period::default();
    let mut year = Period::default();
    let mut total = Cost::default();
    for s in &shifts {
        week = week.plus(&s.week)?;
        year = year.plus(&s.year)?;
        total = total.plus(&s.cost)?;
    }
    let no_cost = DomainError::MustBePositive("Vagtplanens lønudgift");
    calc::positive(total.total, "Vagtplanens lønudgift")?;
    let gap_kr = sub(wage.budget, total.total)?;
    for s in &mut shifts {
        s.extra_staff = if s.cost_per_extra_staff > Decimal::ZERO {
            Some(div(gap_kr, s.cost_per_extra_staff, no_cost.clone())?)
        } else {
            None
        };
    }
    let scale = div(wage.budget, total.total, no_cost.clone())?;
    let heatmap = grid.map(|row| {
        row.map(|staff| HeatCell {
            staff,
            residents_per_staff: (staff > Decimal::ZERO)
                .then(|| wage.residents.checked_div(staff))
                .flatten(),
        })
    });
    Ok(RosterResult {
        week,
        year,
        cost: total,
        attendance_per_fte: attendance,
        budget: wage.budget,
        gap_kr,
        gap_fte: div(mul(gap_kr, total.fte)?, total.total, no_cost)?,
        coverage_pct: mul(scale, Decimal::ONE_HUNDRED)?,
        affordable_hours_year: mul(year.hours, scale)?,
        supplement_pct: div(
            mul(total.supplements, Decimal::ONE_HUNDRED)?,
            total.base_pay,
            DomainError::MustBePositive("Vagtplanens grundløn"),
        )?,
        shifts,
        groups,
        heatmap,
        holidays,
    })
}

#[cfg(test)]
mod tests;
