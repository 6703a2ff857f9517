//! Differentierede takster (DOMAIN.md §3): basistakst, ydelsestakst, resident mix, price lookup.
//!
//! A takst is a basistakst (the house's fixed costs spread over occupied days) plus a
//! ydelsestakst (the package's support hours at a timepris). The timepris, the wage budget and
//! the borgerrelaterede timer it buys come from the wage page (`WageLink`), so this page never
//! keeps its own copy of them: change the wage budget and every price here follows.
use super::calc::{self, add, div, mul, pct, sub, sum};
use super::error::{DResult, DomainError};
use super::field::{Column, Field as Input, FieldRef, List};
use super::form::{FieldErrors, Reader};
use super::wage::{WageInput, WageResult};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

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
pub struct Supplement {
    /// A pseudonym, never a CPR number.
    pub pseudonym: String,
    pub extra_hours_per_week: Decimal,
    pub months: Decimal,
}

/// One alternative in the price lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookupChoice {
    /// A package by index in table order.
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
    pub supplements: Vec<Supplement>,
    /// k in glidning: residents moved one package up.
    pub drift_residents: Decimal,
    /// Bostøtte price per hour; none = the timepris in use.
    pub bostoette_price: Option<Decimal>,
    pub lookups: Vec<LookupChoice>,
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
pub struct SupplementResult {
    pub pseudonym: String,
    pub cost: Decimal,
}

/// glidning_kr for k residents moving from package `from` to `from + 1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriftStep {
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
    pub supplements: Vec<SupplementResult>,
    pub supplements_total: Decimal,
    /// One step per adjacent pair of packages.
    pub drift: Vec<DriftStep>,
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
    s: &Supplement,
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
fn drift(packages: &[PackageResult], k: Decimal, days: Decimal) -> DResult<Vec<DriftStep>> {
    calc::non_negative(k, "Antal beboere der glider")?;
    packages
        .windows(2)
        .enumerate()
        .map(|(from, pair)| match pair {
            [low, high] => Ok(DriftStep {
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
    let bostoette_price = calc::non_negative(
        input.bostoette_price.unwrap_or(hourly_price),
        "Bostøtteprisen",
    )?;
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
    let supplements = input
        .supplements
        .iter()
        .map(|s| {
            let cost = saertakst(s, hourly_price, days, input.overhead_pct)?;
            Ok(SupplementResult {
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
        supplements_total: sum(supplements.iter().map(|s| Ok(s.cost)))?,
        supplements,
        drift: drift(&packages, input.drift_residents, days)?,
        differences: compare(&quotes)?,
        quotes,
        packages,
    })
}

// ---------------------------------------------------------------------------------------
// Form (raw text) and presets
// ---------------------------------------------------------------------------------------

/// A fixed cost line as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct FixedCostForm {
    pub name: String,
    pub amount: String,
}

/// A package as typed. `hours` is in `unit`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PackageForm {
    pub code: String,
    pub name: String,
    pub vum: Vum,
    pub hours: String,
    pub unit: HoursUnit,
    /// Empty: no entered price.
    pub price: String,
    pub open_ended: bool,
    pub residents: String,
}

/// A særtakst as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SupplementForm {
    pub pseudonym: String,
    pub extra_hours: String,
    pub months: String,
}

impl Default for SupplementForm {
    /// Gladsaxe grants særtakster 4 months at a time (004 Boks 4.2).
    fn default() -> Self {
        Self {
            pseudonym: String::new(),
            extra_hours: "0".into(),
            months: "4".into(),
        }
    }
}

/// What a lookup alternative prices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum LookupKind {
    #[default]
    Package,
    Bostoette,
}

/// A lookup alternative as chosen.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LookupForm {
    pub kind: LookupKind,
    /// Package index (table order) when `kind` is `Package`.
    pub package: usize,
    /// §85 hours per week when `kind` is `Bostoette`.
    pub hours: String,
}

/// Which published table the packages came from; drives the note shown with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Preset {
    #[default]
    Gladsaxe,
    IkastBrande,
}

/// The page's inputs as typed (raw text), so invalid entries survive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TariffForm {
    pub fixed_costs: Vec<FixedCostForm>,
    pub places: String,
    pub occupancy_pct: String,
    pub overhead_pct: String,
    /// Empty: the wage page's timepris.
    pub hourly_price: String,
    pub price_basis: PriceBasis,
    pub preset: Preset,
    pub packages: Vec<PackageForm>,
    pub supplements: Vec<SupplementForm>,
    pub drift_residents: String,
    /// Empty: the timepris in use.
    pub bostoette_price: String,
    pub lookups: Vec<LookupForm>,
}

fn fixed(name: &str, amount: &str) -> FixedCostForm {
    FixedCostForm {
        name: name.into(),
        amount: amount.into(),
    }
}

fn gladsaxe_package(n: u8, vum: Vum, hours: &str, up_to: &str, residents: &str) -> PackageForm {
    PackageForm {
        code: n.to_string(),
        name: format!("Pakke {n} ({up_to})"),
        vum,
        hours: hours.into(),
        unit: HoursUnit::PerWeek,
        price: String::new(),
        open_ended: n == 6,
        residents: residents.into(),
    }
}

fn ikast_package(code: &str, vum: Vum, price: &str, minutes: &str) -> PackageForm {
    PackageForm {
        code: code.into(),
        name: format!("Ydelsespakke {code}"),
        vum,
        hours: minutes.into(),
        unit: HoursUnit::MinutesPerDay,
        price: price.into(),
        open_ended: code == "6.1",
        residents: "0".into(),
    }
}

/// Gladsaxe's six packages (004 Boks 4.3): average borgerrelaterede timer per week, "op til"
/// in the name. Pakke 6 is "6 og opefter". The residents are an example house of 12.
pub fn gladsaxe_packages() -> Vec<PackageForm> {
    vec![
        gladsaxe_package(1, Vum::C, "17", "op til 20 t", "2"),
        gladsaxe_package(2, Vum::D, "24", "op til 27 t", "3"),
        gladsaxe_package(3, Vum::D, "30", "op til 34 t", "3"),
        gladsaxe_package(4, Vum::D, "37", "op til 49 t", "2"),
        gladsaxe_package(5, Vum::E, "61", "op til 72 t", "1"),
        gladsaxe_package(6, Vum::E, "84", "72 t og opefter", "1"),
    ]
}

/// Ikast-Brande's packages (004 Boks 4.4): price per døgn (ydelsestakst) and direct minutes
/// per day. 6.1 is printed "2.498+ kr. / 390+ min": kept as an open-ended row whose numbers
/// are the minimum. A and B (råd og vejledning, væresteder, 0 min) are not botilbud
/// packages and are left out.
pub fn ikast_brande_packages() -> Vec<PackageForm> {
    [
        ("1.1", Vum::C, "150", "23"),
        ("1.2", Vum::C, "250", "39"),
        ("1.3", Vum::C, "399", "62"),
        ("2.1", Vum::C, "550", "86"),
        ("2.2", Vum::C, "749", "117"),
        ("3.1", Vum::D, "949", "148"),
        ("3.2", Vum::D, "1.149", "180"),
        ("4.1", Vum::D, "1.349", "211"),
        ("4.2", Vum::D, "1.599", "250"),
        ("5.1", Vum::D, "1.898", "296"),
        ("5.2", Vum::D, "2.198", "343"),
        ("5.3", Vum::D, "2.498", "390"),
        ("6.1", Vum::E, "2.498", "390"),
    ]
    .into_iter()
    .map(|(code, vum, price, minutes)| ikast_package(code, vum, price, minutes))
    .collect()
}

impl Default for TariffForm {
    /// Gladsaxe's packages at the wage page's timepris, with example fixed costs of
    /// 3 mio. kr. for 12 places (the sources publish no basistakst). Belægning 98 % and
    /// overhead 0 % are DOMAIN.md's defaults. The lookup compares Gladsaxe pakke 3 with
    /// Holstebro's §85 limit "pakke 5 = 6 timer pr. uge" (004 Tabel 4.1).
    fn default() -> Self {
        Self {
            fixed_costs: vec![
                fixed("Bygning og drift", "1.200.000"),
                fixed("Leder", "700.000"),
                fixed("Nattevagt", "800.000"),
                fixed("Administration", "300.000"),
            ],
            places: "12".into(),
            occupancy_pct: "98".into(),
            overhead_pct: "0".into(),
            hourly_price: String::new(),
            price_basis: PriceBasis::Doegntakst,
            preset: Preset::Gladsaxe,
            packages: gladsaxe_packages(),
            supplements: Vec::new(),
            drift_residents: "1".into(),
            bostoette_price: String::new(),
            lookups: vec![
                LookupForm {
                    kind: LookupKind::Package,
                    package: 2,
                    hours: "6".into(),
                },
                LookupForm {
                    kind: LookupKind::Bostoette,
                    package: 0,
                    hours: "6".into(),
                },
            ],
        }
    }
}

/// Empty text = none; otherwise a number ≥ 0.
fn optional(
    r: &mut Reader,
    key: impl Into<FieldRef>,
    text: &str,
    label: &'static str,
) -> Option<Decimal> {
    (!text.trim().is_empty()).then(|| r.non_negative(key, text, label))
}

impl TariffForm {
    /// Replaces the packages with a published table (and the price meaning it uses);
    /// fixed costs, timepris and the rest stay the user's.
    pub fn load_preset(&mut self, preset: Preset) {
        match preset {
            Preset::Gladsaxe => {
                self.packages = gladsaxe_packages();
                self.price_basis = PriceBasis::Doegntakst;
            }
            Preset::IkastBrande => {
                self.packages = ikast_brande_packages();
                self.price_basis = PriceBasis::Ydelsestakst;
            }
        }
        self.preset = preset;
        let last = self.packages.len().saturating_sub(1);
        for lookup in &mut self.lookups {
            lookup.package = lookup.package.min(last);
        }
    }

    /// Parses every field; errors are keyed by the field's test id.
    pub fn parse(&self) -> Result<TariffInput, FieldErrors> {
        let mut r = Reader::new();
        let fixed_costs = self
            .fixed_costs
            .iter()
            .enumerate()
            .map(|(i, c)| FixedCost {
                name: c.name.clone(),
                amount: r.non_negative(Column::FixedCostAmount.at(i), &c.amount, "Beløbet"),
            })
            .collect();
        let packages = self
            .packages
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let key = Column::PackageHours.at(i);
                let amount = r.non_negative(key, &p.hours, "Timerne");
                let converted = match p.unit {
                    HoursUnit::PerWeek => Ok(amount),
                    HoursUnit::MinutesPerDay => minutes_to_hours(amount),
                };
                Package {
                    code: p.code.clone(),
                    name: p.name.clone(),
                    vum: p.vum,
                    hours_per_week: converted.unwrap_or_else(|e| {
                        r.fail(key, e);
                        Decimal::ZERO
                    }),
                    price: optional(&mut r, Column::PackagePrice.at(i), &p.price, "Prisen"),
                    open_ended: p.open_ended,
                    residents: r.non_negative(
                        Column::PackageResidents.at(i),
                        &p.residents,
                        "Antal beboere",
                    ),
                }
            })
            .collect::<Vec<_>>();
        let supplements = self
            .supplements
            .iter()
            .enumerate()
            .map(|(i, s)| Supplement {
                pseudonym: s.pseudonym.clone(),
                extra_hours_per_week: r.non_negative(
                    Column::SupplementHours.at(i),
                    &s.extra_hours,
                    "Ekstra timer",
                ),
                months: r.range(
                    Column::SupplementMonths.at(i),
                    &s.months,
                    0,
                    120,
                    "Antal måneder",
                ),
            })
            .collect();
        if self.lookups.len() > MAX_ALTERNATIVES {
            r.fail(
                List::Alternativer,
                DomainError::OutOfRange("Antal alternativer", Decimal::ONE, Decimal::from(3)),
            );
        }
        let lookups = self
            .lookups
            .iter()
            .enumerate()
            .map(|(i, l)| match l.kind {
                LookupKind::Package => {
                    if l.package >= packages.len() {
                        r.fail(
                            Column::AlternativeChoice.at(i),
                            DomainError::UnknownReference("pakke"),
                        );
                    }
                    LookupChoice::Package(l.package)
                }
                LookupKind::Bostoette => LookupChoice::Bostoette(r.non_negative(
                    Column::AlternativeHours.at(i),
                    &l.hours,
                    "Timer pr. uge",
                )),
            })
            .collect();
        let input = TariffInput {
            fixed_costs,
            places: r.positive(Input::Pladser, &self.places, "Antal pladser"),
            occupancy_pct: r.range(
                Input::Belaegning,
                &self.occupancy_pct,
                1,
                100,
                "Belægningen",
            ),
            overhead_pct: r.range(Input::Overhead, &self.overhead_pct, 0, 100, "Overhead"),
            hourly_price: optional(
                &mut r,
                Input::IndtastetTimepris,
                &self.hourly_price,
                "Timeprisen",
            ),
            price_basis: self.price_basis,
            packages,
            supplements,
            drift_residents: r.non_negative(
                Input::GlidningAntal,
                &self.drift_residents,
                "Antal beboere",
            ),
            bostoette_price: optional(
                &mut r,
                Input::BostoetteTimepris,
                &self.bostoette_price,
                "Bostøtteprisen",
            ),
            lookups,
        };
        r.finish(input)
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

    /// A wage link with round numbers: timepris 350 kr., 28.000 timer, 9,8 mio. kr.
    fn link() -> WageLink {
        WageLink {
            hourly_price: d("350"),
            client_hours: d("28000"),
            budget: d("9800000"),
            days_per_year: d("365"),
        }
    }

    fn defaults() -> TariffInput {
        TariffForm::default().parse().expect("defaults parse")
    }

    #[test]
    fn basistakst_by_hand() {
        // 3.000.000 / (12 × 365 × 0,98) = 3.000.000 / 4.292,4 = 698,9096 → 698,91
        let b = basistakst(d("3000000"), d("12"), d("98"), d("365")).expect("basistakst");
        assert_eq!(round(b, 2), d("698.91"));
        let r = compute(&defaults(), &link()).expect("result");
        assert_eq!(r.fixed_total, d("3000000"));
        assert_eq!(round(r.basistakst, 2), d("698.91"));
        assert_eq!(
            basistakst(d("1"), d("12"), d("0"), d("365")),
            Err(DomainError::MustBePositive("Belægningen"))
        );
    }

    #[test]
    fn gladsaxe_package_3_by_hand() {
        // ydelsestakst = 30 / 7 × 350 = 1.500,00
        // døgntakst = 698,9096 + 1.500 = 2.198,9096 → 2.198,91
        // årspris = 2.198,9096 × 365 = 802.602,01; månedspris = / 12 = 66.883,50
        assert_eq!(ydelsestakst(d("30"), d("350")), Ok(d("1500")));
        let r = compute(&defaults(), &link()).expect("result");
        let p = &r.packages[2];
        assert_eq!(p.service_rate, d("1500"));
        assert_eq!(round(p.daily_rate, 2), d("2198.91"));
        assert_eq!(round(p.yearly_price, 0), d("802602"));
        assert_eq!(round(p.monthly_price, 2), d("66883.50"));
        assert_eq!(p.hourly_price, Some(d("350")));
        assert!(!p.implied);
        // 30 t/uge = 30 × 60 / 7 = 257,14 min/døgn
        assert_eq!(round(p.minutes_per_day, 2), d("257.14"));
    }

    #[test]
    fn overhead_applies_to_both_parts() {
        // (698,9096 + 1.500) × 1,06 = 2.330,844 → 2.330,84
        let mut input = defaults();
        input.overhead_pct = d("6");
        let r = compute(&input, &link()).expect("result");
        assert_eq!(round(r.packages[2].daily_rate, 2), d("2330.84"));
    }

    #[test]
    fn ikast_brande_implied_timepris() {
        // timer_pr_uge = min / 60 × 7; implied = price × 7 / timer = price × 60 / min
        // 1.1: 150 × 60 / 23 = 391,30; 1.2: 250 × 60 / 39 = 384,62; 5.3: 2.498 × 60 / 390 = 384,31
        let mut form = TariffForm::default();
        form.load_preset(Preset::IkastBrande);
        let input = form.parse().expect("ikast parses");
        assert_eq!(input.packages.len(), 13);
        let r = compute(&input, &link()).expect("result");
        let implied: Vec<Decimal> = r
            .packages
            .iter()
            .map(|p| round(p.hourly_price.unwrap_or_default(), 2))
            .collect();
        let expected = [
            "391.30", // 150 × 60 / 23
            "384.62", // 250 × 60 / 39
            "386.13", // 399 × 60 / 62
            "383.72", // 550 × 60 / 86
            "384.10", // 749 × 60 / 117
            "384.73", // 949 × 60 / 148
            "383.00", // 1.149 × 60 / 180
            "383.60", // 1.349 × 60 / 211
            "383.76", // 1.599 × 60 / 250
            "384.73", // 1.898 × 60 / 296
            "384.49", // 2.198 × 60 / 343
            "384.31", // 2.498 × 60 / 390
            "384.31", // 6.1: the minimum, same as 5.3
        ];
        assert_eq!(implied, expected.map(d).to_vec());
        assert!(r.packages.iter().all(|p| p.implied));
        assert!(r.packages[12].open_ended && !r.packages[11].open_ended);
        // The prices are ydelsestakster: døgntakst = basistakst + price (overhead 0).
        // 1.1: 698,9096 + 150 = 848,91
        assert_eq!(r.packages[0].service_rate, d("150"));
        assert_eq!(round(r.packages[0].daily_rate, 2), d("848.91"));
    }

    #[test]
    fn entered_doegntakst_implies_timepris() {
        // price 2.198,91 is the whole døgntakst with overhead 0:
        // implied = (2.198,91 − 698,9096) × 7 / 30 = 1.500,0004 × 7 / 30 = 350,0001
        let mut input = defaults();
        input.packages[2].price = Some(d("2198.91"));
        let r = compute(&input, &link()).expect("result");
        assert_eq!(r.packages[2].daily_rate, d("2198.91"));
        assert_eq!(
            round(r.packages[2].hourly_price.unwrap_or_default(), 2),
            d("350.00")
        );
    }

    #[test]
    fn mixed_house_by_hand() {
        // residents 2, 3, 3, 2, 1, 1 = 12; hours/week 17, 24, 30, 37, 61, 84
        // Σ n × t = 34 + 72 + 90 + 74 + 61 + 84 = 415 t/uge
        // visiterede = 415 × 365 / 7 = 21.639,29 t
        // timebalance = 28.000 − 21.639,2857 = 6.360,71 t; × 350 = 2.226.250 kr.
        // balanceret timepris = 9.800.000 / 21.639,2857 = 452,88 kr.
        // indtægt = Σ n × (basistakst + t/7 × 350) × 365
        //         = 12 × 698,9096 × 365 + 415 × 50 × 365 = 3.061.224,49 + 7.573.750 = 10.634.974
        let r = compute(&defaults(), &link()).expect("result");
        let m = &r.mix;
        assert_eq!(m.residents, d("12"));
        assert_eq!(round(m.ordered_hours, 2), d("21639.29"));
        assert_eq!(round(m.hour_balance, 2), d("6360.71"));
        assert_eq!(round(m.hour_balance_kr, 0), d("2226250"));
        assert_eq!(
            m.balanced_hourly_price.map(|p| round(p, 2)),
            Some(d("452.88"))
        );
        assert_eq!(round(m.revenue_year, 0), d("10634974"));
        assert!(m.at_least, "pakke 6 is open-ended and has a resident");
    }

    #[test]
    fn saertakst_and_glidning_by_hand() {
        // særtakst: 10 t/uge / 7 × 350 = 500 kr./døgn × 4 × 365 / 12 = 121,6667 døgn → 60.833,33
        let s = Supplement {
            pseudonym: "Borger A".into(),
            extra_hours_per_week: d("10"),
            months: d("4"),
        };
        assert_eq!(
            round(
                saertakst(&s, d("350"), d("365"), d("0")).expect("særtakst"),
                2
            ),
            d("60833.33")
        );
        // with 6 % overhead: 60.833,33 × 1,06 = 64.483,33
        assert_eq!(
            round(
                saertakst(&s, d("350"), d("365"), d("6")).expect("særtakst"),
                2
            ),
            d("64483.33")
        );
        // glidning 3 → 4 for k = 2: (37 − 30) / 7 × 350 = 350 kr./døgn × 2 × 365 = 255.500
        let mut input = defaults();
        input.drift_residents = d("2");
        let r = compute(&input, &link()).expect("result");
        assert_eq!(r.drift.len(), 5);
        assert_eq!(
            r.drift[2],
            DriftStep {
                from: 2,
                amount: d("255500")
            }
        );
    }

    #[test]
    fn lookup_and_comparison_by_hand() {
        // alt 1: Gladsaxe pakke 3 = 2.198,9096 kr./døgn
        // alt 2: §85 6 t/uge × 350 (the timepris in use) / 7 = 300 kr./døgn; × 365 / 12 = 9.125;
        //        × 365 = 109.500; difference to alt 1 = 300 − 2.198,9096 = −1.898,91
        let r = compute(&defaults(), &link()).expect("result");
        assert_eq!(r.quotes.len(), 2);
        assert_eq!(r.quotes[1].daily, d("300"));
        assert_eq!(r.quotes[1].monthly, d("9125"));
        assert_eq!(r.quotes[1].yearly, d("109500"));
        assert_eq!(r.differences[0].yearly, Decimal::ZERO);
        assert_eq!(round(r.differences[1].daily, 2), d("-1898.91"));
        // An entered bostøtte price of 420: 6 / 7 × 420 = 360
        let mut input = defaults();
        input.bostoette_price = Some(d("420"));
        let q = quote(LookupChoice::Bostoette(d("6")), &[], d("420"), d("365")).expect("quote");
        assert_eq!(q.daily, d("360"));
        assert_eq!(
            compute(&input, &link()).expect("result").quotes[1].daily,
            d("360")
        );
        assert_eq!(
            quote(LookupChoice::Package(9), &[], d("420"), d("365")),
            Err(DomainError::UnknownReference("pakke"))
        );
    }

    #[test]
    fn package_daily_rates_in_package_order() {
        // pakke 1: 698,9096 + 17 / 7 × 350 = 698,9096 + 850 = 1.548,91
        let packages = compute(&defaults(), &link()).expect("result").packages;
        assert_eq!(round(packages[0].daily_rate, 2), d("1548.91"));
        // One result per package of the form, no more: the defaults have six.
        assert!(packages.get(6).is_none());
    }

    #[test]
    fn entered_timepris_overrides_wage() {
        // pakke 1 at 400: 17 / 7 × 400 = 971,43 + 698,91 = 1.670,34
        let form = TariffForm {
            hourly_price: "400".into(),
            ..TariffForm::default()
        };
        let r = compute(&form.parse().expect("parse"), &link()).expect("result");
        assert_eq!(r.hourly_source, HourlySource::Entered);
        assert_eq!(round(r.packages[0].daily_rate, 2), d("1670.34"));
    }

    #[test]
    fn form_errors_are_keyed_by_test_id() {
        let mut form = TariffForm {
            occupancy_pct: "0".into(),
            supplements: vec![SupplementForm {
                months: "200".into(),
                ..SupplementForm::default()
            }],
            ..TariffForm::default()
        };
        form.packages[1].hours = "12,3,4".into();
        form.fixed_costs[0].amount = "-5".into();
        form.lookups[0].package = 99;
        let errors = form.parse().unwrap_err();
        assert_eq!(
            errors[Input::Belaegning],
            "Belægningen skal ligge mellem 1 og 100."
        );
        assert!(errors[Column::PackageHours.at(1)].contains("ikke et tal"));
        assert_eq!(
            errors[Column::FixedCostAmount.at(0)],
            "Beløbet må ikke være negativ."
        );
        assert_eq!(errors[Column::AlternativeChoice.at(0)], "Ukendt pakke.");
        assert!(errors.contains_key(Column::SupplementMonths.at(0)));
    }

    #[test]
    fn presets_keep_the_sources_numbers() {
        let mut form = TariffForm::default();
        let hours: Vec<&str> = form.packages.iter().map(|p| p.hours.as_str()).collect();
        assert_eq!(hours, ["17", "24", "30", "37", "61", "84"]);
        form.load_preset(Preset::IkastBrande);
        assert_eq!(form.price_basis, PriceBasis::Ydelsestakst);
        assert_eq!(form.packages[6].price, "1.149");
        assert_eq!(form.packages[6].hours, "180");
        form.lookups[0].package = 12;
        form.load_preset(Preset::Gladsaxe);
        assert_eq!(form.lookups[0].package, 5, "clamped to the last package");
        assert_eq!(form.price_basis, PriceBasis::Doegntakst);
    }

    #[test]
    fn form_round_trips_through_json() {
        let mut form = TariffForm::default();
        form.load_preset(Preset::IkastBrande);
        let read = |text: &str| serde_json::from_str::<TariffForm>(text).map_err(|e| e.to_string());
        let text = serde_json::to_string(&form).expect("json");
        assert!(text.contains(r#""vum":"C","hours":"23","unit":"MinutesPerDay""#));
        assert_eq!(read(&text), Ok(form));
        assert_eq!(read("{}"), Ok(TariffForm::default()));
        // serde_json also read a unit variant as a one-key object.
        let lookup = read(r#"{"lookups":[{"kind":{"Bostoette":null}}]}"#).expect("ok");
        assert_eq!(lookup.lookups[0].kind, LookupKind::Bostoette);
        assert!(read(r#"{"preset":"Odense"}"#).is_err());
    }

    fn dec(max: i64) -> impl Strategy<Value = Decimal> {
        (-10i64..max).prop_map(|x| Decimal::new(x, 2))
    }

    fn arb_input() -> impl Strategy<Value = TariffInput> {
        let package = (
            dec(1_000_000),
            prop::option::of(dec(10_000_000)),
            any::<bool>(),
            dec(10_000),
        )
            .prop_map(|(hours, price, open_ended, residents)| Package {
                code: "1".into(),
                name: "p".into(),
                vum: Vum::D,
                hours_per_week: hours,
                price,
                open_ended,
                residents,
            });
        let supplement = (dec(100_000), dec(20_000)).prop_map(|(h, m)| Supplement {
            pseudonym: "x".into(),
            extra_hours_per_week: h,
            months: m,
        });
        let lookup = prop_oneof![
            (0usize..8).prop_map(LookupChoice::Package),
            dec(10_000).prop_map(LookupChoice::Bostoette)
        ];
        (
            (
                prop::collection::vec(dec(i64::MAX), 0..4),
                dec(100_000),
                dec(12_000),
                dec(12_000),
            ),
            (
                prop::option::of(dec(1_000_000)),
                any::<bool>(),
                prop::option::of(dec(1_000_000)),
                dec(10_000),
            ),
            prop::collection::vec(package, 0..7),
            prop::collection::vec(supplement, 0..3),
            prop::collection::vec(lookup, 0..4),
        )
            .prop_map(|(a, b, packages, supplements, lookups)| TariffInput {
                fixed_costs: a
                    .0
                    .into_iter()
                    .map(|amount| FixedCost {
                        name: "f".into(),
                        amount,
                    })
                    .collect(),
                places: a.1,
                occupancy_pct: a.2,
                overhead_pct: a.3,
                hourly_price: b.0,
                price_basis: if b.1 {
                    PriceBasis::Ydelsestakst
                } else {
                    PriceBasis::Doegntakst
                },
                bostoette_price: b.2,
                drift_residents: b.3,
                packages,
                supplements,
                lookups,
            })
    }

    fn arb_link() -> impl Strategy<Value = WageLink> {
        (dec(1_000_000), dec(i64::MAX), dec(i64::MAX), dec(40_000)).prop_map(|(p, h, b, days)| {
            WageLink {
                hourly_price: p,
                client_hours: h,
                budget: b,
                days_per_year: days,
            }
        })
    }

    proptest! {
        #[test]
        fn never_panics(input in arb_input(), link in arb_link()) {
            let _ = compute(&input, &link);
        }

        #[test]
        fn doegntakst_rises_with_hours(
            hours in 0i64..10_000_000,
            extra in 1i64..10_000_000,
            price in 0i64..10_000_000,
            overhead in 0i64..10_000,
        ) {
            let mut input = defaults();
            input.overhead_pct = Decimal::new(overhead, 2);
            input.hourly_price = Some(Decimal::new(price, 2) + Decimal::ONE);
            input.packages[0].hours_per_week = Decimal::new(hours, 2);
            input.packages[1].hours_per_week = Decimal::new(hours + extra, 2);
            let r = compute(&input, &link()).expect("valid input");
            prop_assert!(r.packages[1].daily_rate > r.packages[0].daily_rate);
        }

        #[test]
        fn hours_and_minutes_round_trip(hundredths in 0i64..100_000_000) {
            let hours = Decimal::new(hundredths, 2);
            let back = minutes_to_hours(hours_to_minutes(hours).expect("minutes")).expect("hours");
            prop_assert!((back - hours).abs() < d("0.000000000001"), "{} came back as {}", hours, back);
            let minutes = Decimal::new(hundredths, 2);
            let back = hours_to_minutes(minutes_to_hours(minutes).expect("hours")).expect("minutes");
            prop_assert!((back - minutes).abs() < d("0.000000000001"), "{} came back as {}", minutes, back);
        }
    }
}
