//! Differentierede takster (DOMAIN.md §3): basistakst, ydelsestakst, resident mix, price lookup.
//!
//! A takst is a basistakst (the house's fixed costs spread over occupied days) plus a
//! ydelsestakst (the package's support hours at a timepris). The timepris, the wage budget and
//! the borgerrelaterede timer it buys come from the wage page (`WageLink`), so this page never
//! keeps its own copy of them: change the wage budget and every price here follows.
//!
//! What lives where: this file holds the computation's types and `compute`; `form` the
//! page's inputs as typed, their defaults and parsing; `presets` the published package
//! tables (Gladsaxe, Ikast-Brande); `tests` the tests.
use super::calc::{self, add, div, mul, pct, sub, sum};
use super::error::{DResult, DomainError};
use super::wage::{WageInput, WageResult};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

mod form;
mod presets;

pub use form::{
    moved_id, FixedCostForm, LookupForm, LookupKind, PackageForm, PackageId, SaertakstForm,
    TariffForm, BOSTOETTE_PRICE, EXAMPLE_SOURCE,
};
pub use presets::{gladsaxe_packages, ikast_brande_packages, Preset};

/// At most this many alternatives side by side in the case worker's price lookup
/// (004 §4.3: the recommendation states the chosen support and 1–2 alternatives).
pub const MAX_ALTERNATIVES: usize = 3;

/// The numbers this page takes from the wage page (DOMAIN.md §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WageLink {
    /// Timepris: lønbudget / borgerrelaterede timer, kr.
    pub hourly_price: Decimal,
    /// Borgerrelaterede timer per year the wage budget buys (borger_t).
    pub client_hours: Decimal,
    /// Lønbudget, kr. per year.
    pub budget: Decimal,
    /// dage_pr_aar.
    pub days_per_year: Decimal,
}

impl WageLink {
    /// The link from a computed wage page.
    pub fn from_wage(input: &WageInput, result: &WageResult) -> Self {
        Self {
            hourly_price: result.hourly_price,
            client_hours: result.total.client,
            budget: input.budget,
            days_per_year: input.days_per_year,
        }
    }
}

/// VUM's overall assessment of the citizen's functional level (A no problem … E complete).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Vum {
    A,
    B,
    #[default]
    C,
    D,
    E,
}

impl Vum {
    /// All categories in order, for a select.
    pub const ALL: [Vum; 5] = [Vum::A, Vum::B, Vum::C, Vum::D, Vum::E];

    /// The letter as shown.
    pub fn letter(self) -> &'static str {
        match self {
            Vum::A => "A",
            Vum::B => "B",
            Vum::C => "C",
            Vum::D => "D",
            Vum::E => "E",
        }
    }
}

/// How a package's support is written: Gladsaxe counts hours per week, Ikast-Brande
/// direct minutes per day. Either converts to the other (`hours_to_minutes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum HoursUnit {
    #[default]
    PerWeek,
    MinutesPerDay,
}

/// What an entered price per døgn means. Published tables differ: some print the whole
/// døgntakst, Ikast-Brande prints only the ydelsestakst (the basistakst comes on top).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum PriceBasis {
    /// The entered price is the whole døgntakst (basistakst + ydelsestakst, incl. overhead).
    #[default]
    Doegntakst,
    /// The entered price is the ydelsestakst only; basistakst and overhead are added.
    Ydelsestakst,
}

/// A fixed cost line of the basistakst (building, leader, night watch, administration …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixedCost {
    pub name: String,
    /// Kr. per year.
    pub amount: Decimal,
}

/// One service package (ydelsespakke).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub code: String,
    pub name: String,
    pub vum: Vum,
    /// Borgerrelaterede timer per week (minutes per day are converted on parsing).
    pub hours_per_week: Decimal,
    /// An entered price per døgn (meaning set by `TariffInput::price_basis`), or none:
    /// then the ydelsestakst is hours × timepris.
    pub price: Option<Decimal>,
    /// "og opefter": the hours and price are a minimum (Gladsaxe 6+, Ikast-Brande 6.1).
    pub open_ended: bool,
    /// Residents in this package (n_p); may be an average over the year.
    pub residents: Decimal,
}

/// A særtakst: extra hours for one resident for a limited time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saertakst {
    /// A pseudonym, never a CPR number.
    pub pseudonym: String,
    pub extra_hours_per_week: Decimal,
    pub months: Decimal,
}

/// One alternative in the price lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookupChoice {
    /// A package by its row in table order (the form's id, resolved when parsed).
    Package(usize),
    /// §85 bostøtte, hours per week at the bostøtte hourly price.
    Bostoette(Decimal),
}

/// Everything §3 needs besides the wage link, parsed and range-checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TariffInput {
    pub fixed_costs: Vec<FixedCost>,
    /// Pladser.
    pub places: Decimal,
    /// Belægning, percent.
    pub occupancy_pct: Decimal,
    /// Overhead, percent on top of basistakst + ydelsestakst.
    pub overhead_pct: Decimal,
    /// A timepris entered by the user; none = the wage page's.
    pub hourly_price: Option<Decimal>,
    pub price_basis: PriceBasis,
    pub packages: Vec<Package>,
    pub saertakster: Vec<Saertakst>,
    /// k in glidning: residents moved one package up.
    pub glidning_residents: Decimal,
    /// The scenario's §85 bostøtte price per hour.
    pub bostoette_price: Decimal,
    pub lookups: Vec<LookupChoice>,
    /// Leverede borgerrelaterede timer per year, when entered (DOMAIN.md §5; the Sammenlign
    /// page sets them against the ordered hours).
    pub delivered_hours: Option<Decimal>,
}

/// Where the timepris in use comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HourlySource {
    Wage,
    Entered,
}

/// One package's prices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageResult {
    pub hours_per_week: Decimal,
    pub minutes_per_day: Decimal,
    /// Ydelsestakst per døgn.
    pub service_rate: Decimal,
    /// Døgntakst.
    pub daily_rate: Decimal,
    pub monthly_price: Decimal,
    pub yearly_price: Decimal,
    /// The timepris behind the price: the one in use, or, for an entered price, the implied
    /// one (none when the package has no hours).
    pub hourly_price: Option<Decimal>,
    /// True when `hourly_price` is implied by an entered price.
    pub implied: bool,
    pub open_ended: bool,
    /// n_p × døgntakst × D.
    pub revenue_year: Decimal,
    /// n_p × timer_pr_uge × D / 7.
    pub hours_year: Decimal,
}

/// The resident mix against the wage budget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MixResult {
    pub residents: Decimal,
    /// indtægt_år.
    pub revenue_year: Decimal,
    /// visiterede_timer per year.
    pub ordered_hours: Decimal,
    /// borger_t from the wage page.
    pub client_hours: Decimal,
    /// timebalance = borger_t − visiterede_timer (positive: spare hours).
    pub hour_balance: Decimal,
    /// timebalance × the wage page's timepris.
    pub hour_balance_kr: Decimal,
    /// lønbudget / visiterede_timer; none when no hours are ordered.
    pub balanced_hourly_price: Option<Decimal>,
    /// An open-ended package has residents, so revenue and hours are a minimum.
    pub at_least: bool,
}

/// The cost of one særtakst.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaertakstResult {
    pub pseudonym: String,
    pub cost: Decimal,
}

/// glidning_kr for k residents moving from package `from` to `from + 1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlidningStep {
    pub from: usize,
    pub amount: Decimal,
}

/// Price of one lookup alternative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub choice: LookupChoice,
    pub daily: Decimal,
    pub monthly: Decimal,
    pub yearly: Decimal,
    /// The price is a minimum (open-ended package).
    pub open_ended: bool,
}

/// A quote's difference to the first alternative (this − first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteDiff {
    pub daily: Decimal,
    pub monthly: Decimal,
    pub yearly: Decimal,
}

/// All outputs of §3.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TariffResult {
    /// Σ faste udgifter.
    pub fixed_total: Decimal,
    pub basistakst: Decimal,
    /// The timepris in use for packages without an entered price and for særtakster.
    pub hourly_price: Decimal,
    pub hourly_source: HourlySource,
    /// The bostøtte price per hour in use.
    pub bostoette_price: Decimal,
    pub packages: Vec<PackageResult>,
    pub mix: MixResult,
    pub saertakster: Vec<SaertakstResult>,
    pub saertakster_total: Decimal,
    /// One step per adjacent pair of packages.
    pub glidning: Vec<GlidningStep>,
    pub quotes: Vec<Quote>,
    /// Per quote, the difference to the first (the first's is zero).
    pub differences: Vec<QuoteDiff>,
}

const SEVEN: Decimal = Decimal::from_parts(7, 0, 0, false, 0);
const TWELVE: Decimal = Decimal::from_parts(12, 0, 0, false, 0);
const SIXTY: Decimal = Decimal::from_parts(60, 0, 0, false, 0);

fn per_week(x: Decimal) -> DResult<Decimal> {
    div(x, SEVEN, DomainError::Overflow)
}

/// Hours per week → minutes per day: h × 60 / 7 (= h × D/7 per year / D × 60).
pub fn hours_to_minutes(hours_per_week: Decimal) -> DResult<Decimal> {
    per_week(mul(hours_per_week, SIXTY)?)
}

/// Minutes per day → hours per week: min / 60 × 7.
pub fn minutes_to_hours(minutes_per_day: Decimal) -> DResult<Decimal> {
    div(mul(minutes_per_day, SEVEN)?, SIXTY, DomainError::Overflow)
}

/// basistakst = Σ faste udgifter / (pladser × dage_pr_aar × belægning/100).
pub fn basistakst(
    fixed_total: Decimal,
    places: Decimal,
    occupancy_pct: Decimal,
    days: Decimal,
) -> DResult<Decimal> {
    calc::non_negative(fixed_total, "De faste udgifter")?;
    calc::positive(places, "Antal pladser")?;
    calc::positive(days, "Dage pr. år")?;
    calc::in_range(
        occupancy_pct,
        Decimal::ZERO,
        Decimal::ONE_HUNDRED,
        "Belægningen",
    )?;
    let occupied_days = pct(mul(places, days)?, occupancy_pct)?;
    div(
        fixed_total,
        occupied_days,
        DomainError::MustBePositive("Belægningen"),
    )
}

/// ydelsestakst = timer_pr_uge / 7 × timepris.
pub fn ydelsestakst(hours_per_week: Decimal, hourly_price: Decimal) -> DResult<Decimal> {
    per_week(mul(hours_per_week, hourly_price)?)
}

/// x × (1 + overhead/100).
fn with_overhead(x: Decimal, overhead_pct: Decimal) -> DResult<Decimal> {
    add(x, pct(x, overhead_pct)?)
}

/// x / (1 + overhead/100).
fn without_overhead(x: Decimal, overhead_pct: Decimal) -> DResult<Decimal> {
    let factor = add(Decimal::ONE, pct(Decimal::ONE, overhead_pct)?)?;
    div(
        x,
        factor,
        DomainError::OutOfRange("Overhead", Decimal::ZERO, Decimal::ONE_HUNDRED),
    )
}

/// (månedspris, årspris) of a døgntakst: × D / 12 and × D.
fn month_and_year(daily: Decimal, days: Decimal) -> DResult<(Decimal, Decimal)> {
    let yearly = mul(daily, days)?;
    Ok((div(yearly, TWELVE, DomainError::Overflow)?, yearly))
}

struct Rates {
    basistakst: Decimal,
    hourly_price: Decimal,
    overhead_pct: Decimal,
    price_basis: PriceBasis,
    days: Decimal,
}

fn package_result(p: &Package, rates: &Rates) -> DResult<PackageResult> {
    calc::non_negative(p.hours_per_week, "Timer pr. uge")?;
    calc::non_negative(p.residents, "Antal beboere")?;
    let (service_rate, daily_rate) = match (p.price, rates.price_basis) {
        (None, _) => {
            let service = ydelsestakst(p.hours_per_week, rates.hourly_price)?;
            (
                service,
                with_overhead(add(rates.basistakst, service)?, rates.overhead_pct)?,
            )
        }
        (Some(price), PriceBasis::Ydelsestakst) => (
            price,
            with_overhead(add(rates.basistakst, price)?, rates.overhead_pct)?,
        ),
        (Some(price), PriceBasis::Doegntakst) => (
            sub(
                without_overhead(price, rates.overhead_pct)?,
                rates.basistakst,
            )?,
            price,
        ),
    };
    calc::non_negative(daily_rate, "Prisen")?;
    // implied timepris = ydelsestakst × 7 / timer_pr_uge
    let hourly_price = match p.price {
        None => Some(rates.hourly_price),
        Some(_) if p.hours_per_week.is_zero() => None,
        Some(_) => Some(div(
            mul(service_rate, SEVEN)?,
            p.hours_per_week,
            DomainError::Overflow,
        )?),
    };
    let (monthly_price, yearly_price) = month_and_year(daily_rate, rates.days)?;
    Ok(PackageResult {
        hours_per_week: p.hours_per_week,
        minutes_per_day: hours_to_minutes(p.hours_per_week)?,
        service_rate,
        daily_rate,
        monthly_price,
        yearly_price,
        hourly_price,
        implied: p.price.is_some(),
        open_ended: p.open_ended,
        revenue_year: mul(p.residents, yearly_price)?,
        hours_year: per_week(mul(mul(p.residents, p.hours_per_week)?, rates.days)?)?,
    })
}

fn mix(input: &TariffInput, packages: &[PackageResult], link: &WageLink) -> DResult<MixResult> {
    let ordered_hours = sum(packages.iter().map(|p| Ok(p.hours_year)))?;
    let hour_balance = sub(link.client_hours, ordered_hours)?;
    let balanced_hourly_price = if ordered_hours.is_zero() {
        None
    } else {
        Some(div(link.budget, ordered_hours, DomainError::Overflow)?)
    };
    Ok(MixResult {
        residents: sum(input.packages.iter().map(|p| Ok(p.residents)))?,
        revenue_year: sum(packages.iter().map(|p| Ok(p.revenue_year)))?,
        ordered_hours,
        client_hours: link.client_hours,
        hour_balance,
        hour_balance_kr: mul(hour_balance, link.hourly_price)?,
        balanced_hourly_price,
        at_least: input
            .packages
            .iter()
            .any(|p| p.open_ended && p.residents > Decimal::ZERO),
    })
}

/// særtakst_kr = ekstra_timer_pr_uge / 7 × timepris × måneder × D / 12 × (1 + overhead/100).
pub fn saertakst(
    s: &Saertakst,
    hourly_price: Decimal,
    days: Decimal,
    overhead_pct: Decimal,
) -> DResult<Decimal> {
    calc::non_negative(s.extra_hours_per_week, "Ekstra timer pr. uge")?;
    calc::non_negative(s.months, "Antal måneder")?;
    let daily = ydelsestakst(s.extra_hours_per_week, hourly_price)?;
    let period = div(mul(s.months, days)?, TWELVE, DomainError::Overflow)?;
    with_overhead(mul(daily, period)?, overhead_pct)
}

/// glidning_kr = k × (døgntakst_{p+1} − døgntakst_p) × D, for every adjacent pair.
fn glidning(packages: &[PackageResult], k: Decimal, days: Decimal) -> DResult<Vec<GlidningStep>> {
    calc::non_negative(k, "Antal beboere der glider")?;
    packages
        .windows(2)
        .enumerate()
        .map(|(from, pair)| match pair {
            [low, high] => Ok(GlidningStep {
                from,
                amount: mul(mul(k, sub(high.daily_rate, low.daily_rate)?)?, days)?,
            }),
            _ => Err(DomainError::UnknownReference("pakke")),
        })
        .collect()
}

/// The price of one lookup alternative: a package's døgntakst, or §85 hours per week at
/// the bostøtte price (timer / 7 × pris per døgn); month and year as for packages.
pub fn quote(
    choice: LookupChoice,
    packages: &[PackageResult],
    bostoette_price: Decimal,
    days: Decimal,
) -> DResult<Quote> {
    let (daily, open_ended) = match choice {
        LookupChoice::Package(index) => {
            let p = packages
                .get(index)
                .ok_or(DomainError::UnknownReference("pakke"))?;
            (p.daily_rate, p.open_ended)
        }
        LookupChoice::Bostoette(hours) => {
            calc::non_negative(hours, "Timer pr. uge")?;
            (ydelsestakst(hours, bostoette_price)?, false)
        }
    };
    let (monthly, yearly) = month_and_year(daily, days)?;
    Ok(Quote {
        choice,
        daily,
        monthly,
        yearly,
        open_ended,
    })
}

/// Each quote minus the first (so the first's difference is zero).
pub fn compare(quotes: &[Quote]) -> DResult<Vec<QuoteDiff>> {
    let Some(first) = quotes.first() else {
        return Ok(Vec::new());
    };
    quotes
        .iter()
        .map(|q| {
            Ok(QuoteDiff {
                daily: sub(q.daily, first.daily)?,
                monthly: sub(q.monthly, first.monthly)?,
                yearly: sub(q.yearly, first.yearly)?,
            })
        })
        .collect()
}

/// DOMAIN.md §3 for a botilbud, with the wage page's numbers in `link`.
pub fn compute(input: &TariffInput, link: &WageLink) -> DResult<TariffResult> {
    let days = calc::positive(link.days_per_year, "Dage pr. år")?;
    calc::in_range(
        input.overhead_pct,
        Decimal::ZERO,
        Decimal::ONE_HUNDRED,
        "Overhead",
    )?;
    for c in &input.fixed_costs {
        calc::non_negative(c.amount, "Den faste udgift")?;
    }
    let fixed_total = sum(input.fixed_costs.iter().map(|c| Ok(c.amount)))?;
    let basistakst = basistakst(fixed_total, input.places, input.occupancy_pct, days)?;
    let (hourly_price, hourly_source) = match input.hourly_price {
        Some(p) => (p, HourlySource::Entered),
        None => (link.hourly_price, HourlySource::Wage),
    };
    calc::non_negative(hourly_price, "Timeprisen")?;
    let bostoette_price = calc::non_negative(input.bostoette_price, "Bostøtteprisen")?;
    let rates = Rates {
        basistakst,
        hourly_price,
        overhead_pct: input.overhead_pct,
        price_basis: input.price_basis,
        days,
    };
    let packages = input
        .packages
        .iter()
        .map(|p| package_result(p, &rates))
        .collect::<DResult<Vec<_>>>()?;
    let saertakster = input
        .saertakster
        .iter()
        .map(|s| {
            let cost = saertakst(s, hourly_price, days, input.overhead_pct)?;
            Ok(SaertakstResult {
                pseudonym: s.pseudonym.clone(),
                cost,
            })
        })
        .collect::<DResult<Vec<_>>>()?;
    let quotes = input
        .lookups
        .iter()
        .map(|&choice| quote(choice, &packages, bostoette_price, days))
        .collect::<DResult<Vec<_>>>()?;
    Ok(TariffResult {
        fixed_total,
        basistakst,
        hourly_price,
        hourly_source,
        bostoette_price,
        mix: mix(input, &packages, link)?,
        saertakster_total: sum(saertakster.iter().map(|s| Ok(s.cost)))?,
        saertakster,
        glidning: glidning(&packages, input.glidning_residents, days)?,
        differences: compare(&quotes)?,
        quotes,
        packages,
    })
}

#[cfg(test)]
mod tests;
