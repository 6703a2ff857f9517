//! Sammenlign (DOMAIN.md §5): 2–4 saved scenarios side by side. Each scenario's key figures
//! are read from `model::figures` (every page's result, computed as the pages compute it), so
//! the comparison never recomputes page logic; for each later scenario B against the first,
//! A: Δ = x_B − x_A and Δ% = Δ / |x_A| × 100 (no % when x_A = 0). Below the figures, the
//! inputs in which B differs from A (`inputs`), and over all saved scenarios the ordered vs.
//! budgeted vs. delivered hours (`delivery`).
//!
//! What lives where: this file holds the key figures, the differences, the comparison and
//! its CSV; `inputs` the input lines; `delivery` the hours per botilbud; `tests` the tests.
use super::calc::{div, mul, sub};
use super::csv::Cell;
use super::error::{DResult, DomainError};
use super::figures::{figures, Figures};
use super::number::format_dk;
use super::scenario::Scenario;
use rust_decimal::Decimal;
use std::rc::Rc;

mod delivery;
mod inputs;

pub use delivery::{delivery, sort_order, Delivery, SortKey};
pub use inputs::changes;

/// At most this many scenarios side by side (the table must still fit a printed page).
pub const MAX_COMPARED: usize = 4;

/// The page a key figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Wage,
    Roster,
    Tariff,
    Transition,
}

/// What a key figure counts, for its unit and the unit of its difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Kr,
    Hours,
    Fte,
    Persons,
    Percent,
}

impl Unit {
    /// The unit after a value.
    pub fn suffix(self) -> &'static str {
        match self {
            Unit::Kr => "kr.",
            Unit::Hours => "t",
            Unit::Fte => "årsværk",
            Unit::Persons => "personer",
            Unit::Percent => "%",
        }
    }

    /// The unit after a difference: a difference of percentages is in procentpoint.
    pub fn delta_suffix(self) -> &'static str {
        match self {
            Unit::Percent => "procentpoint",
            other => other.suffix(),
        }
    }
}

/// One row of the comparison: a key figure of one of the pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyFigure {
    Fte,
    ClientHours,
    HourlyPrice,
    StaffOnDuty,
    RosterHours,
    RosterFte,
    WageCost,
    Coverage,
    Basistakst,
    MixRevenue,
    OrderedHours,
    HourBalance,
    ExtraCost,
    MonthlySaving,
    Buffer,
    MunicipalityCum,
    BotilbudCum,
    TransitionHours,
}

impl KeyFigure {
    /// Every key figure, page by page in navigation order.
    pub const ALL: [KeyFigure; 18] = [
        KeyFigure::Fte,
        KeyFigure::ClientHours,
        KeyFigure::HourlyPrice,
        KeyFigure::StaffOnDuty,
        KeyFigure::RosterHours,
        KeyFigure::RosterFte,
        KeyFigure::WageCost,
        KeyFigure::Coverage,
        KeyFigure::Basistakst,
        KeyFigure::MixRevenue,
        KeyFigure::OrderedHours,
        KeyFigure::HourBalance,
        KeyFigure::ExtraCost,
        KeyFigure::MonthlySaving,
        KeyFigure::Buffer,
        KeyFigure::MunicipalityCum,
        KeyFigure::BotilbudCum,
        KeyFigure::TransitionHours,
    ];

    pub fn section(self) -> Section {
        use KeyFigure::*;
        match self {
            Fte | ClientHours | HourlyPrice | StaffOnDuty => Section::Wage,
            RosterHours | RosterFte | WageCost | Coverage => Section::Roster,
            Basistakst | MixRevenue | OrderedHours | HourBalance => Section::Tariff,
            ExtraCost | MonthlySaving | Buffer | MunicipalityCum | BotilbudCum
            | TransitionHours => Section::Transition,
        }
    }

    /// The Danish row label, as the figure's own page names it.
    pub fn label(self) -> &'static str {
        match self {
            KeyFigure::Fte => "Årsværk",
            KeyFigure::ClientHours => "Borgerrelaterede timer pr. år",
            KeyFigure::HourlyPrice => "Timepris (pr. borgerrelateret time)",
            KeyFigure::StaffOnDuty => "Gns. medarbejdere på vagt",
            KeyFigure::RosterHours => "Vagtplanens timer pr. år",
            KeyFigure::RosterFte => "Årsværk vagtplanen kræver",
            KeyFigure::WageCost => "Vagtplanens lønudgift pr. år",
            KeyFigure::Coverage => "Budgettet dækker af vagtplanen",
            KeyFigure::Basistakst => "Basistakst pr. døgn",
            KeyFigure::MixRevenue => "Indtægt fra beboermixet pr. år",
            KeyFigure::OrderedHours => "Visiterede timer pr. år",
            KeyFigure::HourBalance => "Timebalance (borgerrelaterede − visiterede)",
            KeyFigure::ExtraCost => "Overgang: ekstra udgift (mod uden ordning)",
            KeyFigure::MonthlySaving => "Overgang: besparelse pr. måned (mod at blive)",
            KeyFigure::Buffer => "Overgang: botilbuddets buffer",
            KeyFigure::MunicipalityCum => "Overgang: kommunens effekt over horisonten",
            KeyFigure::BotilbudCum => "Overgang: botilbuddets effekt over horisonten",
            KeyFigure::TransitionHours => "Overgang: §85-timer i overgangen",
        }
    }

    /// The part of test ids that names the row (`sammenlign-aarsvaerk-2`).
    pub fn key(self) -> &'static str {
        match self {
            KeyFigure::Fte => "aarsvaerk",
            KeyFigure::ClientHours => "borger-timer",
            KeyFigure::HourlyPrice => "timepris",
            KeyFigure::StaffOnDuty => "paa-vagt",
            KeyFigure::RosterHours => "vagt-timer",
            KeyFigure::RosterFte => "vagt-aarsvaerk",
            KeyFigure::WageCost => "vagt-loenudgift",
            KeyFigure::Coverage => "vagt-daekning",
            KeyFigure::Basistakst => "basistakst",
            KeyFigure::MixRevenue => "mix-indtaegt",
            KeyFigure::OrderedHours => "visiterede-timer",
            KeyFigure::HourBalance => "timebalance",
            KeyFigure::ExtraCost => "ekstra-udgift",
            KeyFigure::MonthlySaving => "besparelse",
            KeyFigure::Buffer => "buffer",
            KeyFigure::MunicipalityCum => "kommune-akk",
            KeyFigure::BotilbudCum => "tilbud-akk",
            KeyFigure::TransitionHours => "overgang-timer",
        }
    }

    pub fn unit(self) -> Unit {
        use KeyFigure::*;
        match self {
            Fte | RosterFte => Unit::Fte,
            ClientHours | RosterHours | OrderedHours | HourBalance | TransitionHours => Unit::Hours,
            StaffOnDuty => Unit::Persons,
            Coverage => Unit::Percent,
            HourlyPrice | WageCost | Basistakst | MixRevenue | ExtraCost | MonthlySaving
            | Buffer | MunicipalityCum | BotilbudCum => Unit::Kr,
        }
    }

    /// Decimals shown, as on the figure's page: kr. with 2 decimals for prices per døgn and
    /// time, whole kr. and hours for annual sums (DOMAIN.md's conventions).
    pub fn decimals(self) -> u32 {
        use KeyFigure::*;
        match self {
            Fte | RosterFte | StaffOnDuty | HourlyPrice | Basistakst => 2,
            Coverage | TransitionHours => 1,
            _ => 0,
        }
    }

    /// The figure in `f`, or `None` while its page has no result.
    pub fn value(self, f: &Figures) -> Option<Decimal> {
        use KeyFigure::*;
        match self.section() {
            Section::Wage => {
                let wage = f.wage();
                let (_, r) = &**wage.outcome.ready()?;
                Some(match self {
                    Fte => r.fte,
                    ClientHours => r.total.client,
                    HourlyPrice => r.hourly_price,
                    _ => r.staff_on_duty,
                })
            }
            Section::Roster => {
                let roster = f.roster();
                let (_, _, r) = &**roster.outcome.ready()?;
                Some(match self {
                    RosterHours => r.year.hours,
                    RosterFte => r.cost.fte,
                    WageCost => r.cost.total,
                    _ => r.coverage_pct,
                })
            }
            Section::Tariff => {
                let tariff = f.tariff();
                let (_, r, _) = &**tariff.outcome.ready()?;
                Some(match self {
                    Basistakst => r.basistakst,
                    MixRevenue => r.mix.revenue_year,
                    OrderedHours => r.mix.ordered_hours,
                    _ => r.mix.hour_balance,
                })
            }
            Section::Transition => {
                let transition = f.transition();
                let k = &transition.outcome.ready()?.1.totals;
                Some(match self {
                    ExtraCost => k.extra_cost,
                    MonthlySaving => k.monthly_saving,
                    Buffer => k.buffer,
                    MunicipalityCum => k.municipality_cum,
                    BotilbudCum => k.botilbud_cum,
                    _ => k.hours_total,
                })
            }
        }
    }
}

/// Which way a figure moved from the first scenario, in words as well as signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Higher,
    Lower,
    Same,
}

impl Direction {
    pub fn word(self) -> &'static str {
        match self {
            Direction::Higher => "højere",
            Direction::Lower => "lavere",
            Direction::Same => "uændret",
        }
    }
}

/// A later scenario's figure against the first one's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Difference {
    /// Δ = x_B − x_A.
    pub delta: Decimal,
    /// Δ / |x_A| × 100; `None` when x_A = 0.
    pub pct: Option<Decimal>,
    pub direction: Direction,
}

/// Δ and Δ% of `other` against `first`. DOMAIN.md writes Δ / x_A; we divide by |x_A| so
/// that Δ% has the sign of Δ also for a negative first figure (a timebalance of −100 t
/// that becomes −50 t is 50 % *higher*, not "−50 %").
pub fn difference(first: Decimal, other: Decimal) -> DResult<Difference> {
    let delta = sub(other, first)?;
    let pct = if first.is_zero() {
        None
    } else {
        Some(div(
            mul(delta, Decimal::ONE_HUNDRED)?,
            first.abs(),
            DomainError::Overflow,
        )?)
    };
    let direction = match delta.cmp(&Decimal::ZERO) {
        std::cmp::Ordering::Greater => Direction::Higher,
        std::cmp::Ordering::Less => Direction::Lower,
        std::cmp::Ordering::Equal => Direction::Same,
    };
    Ok(Difference {
        delta,
        pct,
        direction,
    })
}

/// A number with its sign always written: "+1.234", "−1.234", "0".
pub fn signed(x: Decimal, decimals: u32) -> String {
    let text = format_dk(x, decimals);
    if x > Decimal::ZERO && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{text}")
    } else {
        text
    }
}

impl Difference {
    /// The difference in words and signs for `figure`: "+500.000 kr. (+5,0 %), højere";
    /// "uændret" when nothing moved at the shown precision.
    pub fn text(&self, figure: KeyFigure) -> String {
        let decimals = figure.decimals();
        if format_dk(self.delta, decimals) == format_dk(Decimal::ZERO, decimals) {
            return Direction::Same.word().into();
        }
        let pct = match self.pct {
            Some(p) => format!(" ({} %)", signed(p, 1)),
            None => String::new(),
        };
        format!(
            "{} {}{pct}, {}",
            signed(self.delta, decimals),
            figure.unit().delta_suffix(),
            self.direction.word()
        )
    }
}

/// What the comparison needs of one scenario: its name, every key figure (in
/// `KeyFigure::ALL` order) and its hours per year. Computed once per scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub name: String,
    pub values: Vec<Option<Decimal>>,
    pub delivery: Delivery,
}

impl Summary {
    /// A scenario whose figures cannot be had (a number too large to compute with): every
    /// figure missing, shown as "–" like a page with errors.
    pub fn unavailable(name: &str) -> Self {
        Self {
            name: name.to_string(),
            values: vec![None; KeyFigure::ALL.len()],
            delivery: Delivery::default(),
        }
    }
}

/// The summary of `scenario`, from its figures (`model::figures`, as its pages show them).
pub fn summary(scenario: &Scenario) -> DResult<Summary> {
    let f = figures(Rc::new(scenario.clone()), None);
    let values = KeyFigure::ALL.iter().map(|k| k.value(&f)).collect();
    let tariff = f.tariff();
    let mix = tariff.outcome.ready();
    let delivered = mix.and_then(|t| t.0.delivered_hours);
    let ordered = mix.map(|t| t.1.mix.ordered_hours);
    let budget = mix.map(|t| t.1.mix.client_hours);
    Ok(Summary {
        name: scenario.name.clone(),
        values,
        delivery: delivery(ordered, budget, delivered)?,
    })
}

/// One key figure across the compared scenarios.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureRow {
    pub figure: KeyFigure,
    /// One per scenario, `None` where that scenario's page has no result.
    pub values: Vec<Option<Decimal>>,
    /// One per later scenario, against the first; `None` when either value is missing.
    pub differences: Vec<Option<Difference>>,
}

/// The comparison of 1–4 scenarios, the first being the baseline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub names: Vec<String>,
    pub rows: Vec<FigureRow>,
    /// One list per later scenario: the inputs in which it differs from the first.
    pub changes: Vec<Vec<String>>,
}

/// Compares `chosen` (each scenario with its `summary`), the first being the baseline.
pub fn compare(chosen: &[(&Scenario, &Summary)]) -> DResult<Comparison> {
    let Some(((first, base), later)) = chosen.split_first() else {
        return Err(out_of_range());
    };
    if chosen.len() > MAX_COMPARED {
        return Err(out_of_range());
    }
    let rows = KeyFigure::ALL
        .iter()
        .enumerate()
        .map(|(i, &figure)| {
            let value = |s: &Summary| s.values.get(i).copied().flatten();
            let a = value(base);
            let differences = later
                .iter()
                .map(|(_, s)| match (a, value(s)) {
                    (Some(a), Some(b)) => difference(a, b).map(Some),
                    _ => Ok(None),
                })
                .collect::<DResult<Vec<_>>>()?;
            Ok(FigureRow {
                figure,
                values: chosen.iter().map(|(_, s)| value(s)).collect(),
                differences,
            })
        })
        .collect::<DResult<Vec<_>>>()?;
    Ok(Comparison {
        names: chosen.iter().map(|(_, s)| s.name.clone()).collect(),
        rows,
        changes: later.iter().map(|(s, _)| changes(first, s)).collect(),
    })
}

fn out_of_range() -> DomainError {
    DomainError::OutOfRange(
        "Antal scenarier",
        Decimal::ONE,
        Decimal::from(MAX_COMPARED as u64),
    )
}

/// The comparison as a sheet for Danish Excel: a row per key figure (value per scenario,
/// then Δ and Δ% per later scenario), then the inputs that differ.
pub fn csv_rows(c: &Comparison) -> Vec<Vec<Cell>> {
    let first = c.names.first().cloned().unwrap_or_default();
    let mut head = vec![Cell::text("Nøgletal"), Cell::text("Enhed")];
    head.extend(c.names.iter().map(|n| Cell::text(n.as_str())));
    for name in c.names.iter().skip(1) {
        head.push(Cell::text(format!("Forskel {name} − {first}")));
        head.push(Cell::text(format!("Forskel % {name}")));
    }
    let mut rows = vec![head];
    for r in &c.rows {
        let d = r.figure.decimals();
        let mut row = vec![
            Cell::text(r.figure.label()),
            Cell::text(r.figure.unit().suffix()),
        ];
        row.extend(r.values.iter().map(|v| match v {
            Some(x) => Cell::Number(*x, d),
            None => Cell::text(""),
        }));
        for diff in &r.differences {
            match diff {
                Some(x) => {
                    row.push(Cell::Number(x.delta, d));
                    row.push(x.pct.map_or(Cell::text(""), |p| Cell::Number(p, 1)));
                }
                None => row.extend([Cell::text(""), Cell::text("")]),
            }
        }
        rows.push(row);
    }
    for (name, lines) in c.names.iter().skip(1).zip(&c.changes) {
        rows.push(Vec::new());
        rows.push(vec![Cell::text(format!(
            "Input hvor {name} afviger fra {first}"
        ))]);
        if lines.is_empty() {
            rows.push(vec![Cell::text("Ingen forskelle")]);
        }
        rows.extend(lines.iter().map(|l| vec![Cell::text(l.as_str())]));
    }
    rows
}

/// The hours per botilbud as a sheet: one row per scenario, in the order given.
pub fn delivery_csv_rows(rows: &[(String, Delivery)]) -> Vec<Vec<Cell>> {
    let mut out = vec![SortKey::ALL.iter().map(|k| Cell::text(k.label())).collect()];
    for (name, d) in rows {
        let mut row = vec![Cell::text(name.as_str())];
        row.extend(SortKey::ALL.iter().skip(1).map(|k| match k.value(d) {
            Some(x) => Cell::Number(x, k.decimals()),
            None => Cell::text(""),
        }));
        out.push(row);
    }
    out
}

#[cfg(test)]
mod tests;
