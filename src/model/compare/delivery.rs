//! Ordered vs. budgeted vs. delivered hours per botilbud (DOMAIN.md §5, after
//! Ringkøbing-Skjern: "visiterede vs. leverede timer"). One row per saved scenario:
//!
//! ```text
//! visiterede_t  = Σ_p n_p × timer_pr_uge_p × D / 7        (Takster, the resident mix)
//! borger_t      = what the wage budget buys                (Lønbudget → timer)
//! leverede_t    = entered on Takster (ATA / face-to-face hours registered per year)
//! budgetgab     = borger_t − visiterede_t   (= timebalance)
//! leveringsgab  = leverede_t − visiterede_t
//! leveringsgrad = leverede_t / visiterede_t × 100
//! ```
//!
//! The gaps are also given as % of visiteret (gab / visiterede_t × 100), so houses of
//! different sizes compare. Everything a scenario cannot give (its Takster page has errors,
//! no hours are ordered, nothing delivered is entered) is `None`, never a made-up 0.
use crate::model::calc::{div, mul, sub};
use crate::model::error::{DResult, DomainError};
use rust_decimal::Decimal;
use std::cmp::Ordering;

/// One botilbud's hours per year.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Delivery {
    /// visiterede_t: the hours ordered through the residents' packages.
    pub ordered: Option<Decimal>,
    /// borger_t: the borgerrelaterede timer the wage budget buys.
    pub budget: Option<Decimal>,
    /// leverede_t, when entered.
    pub delivered: Option<Decimal>,
    /// budgetgab = borger_t − visiterede_t (positive: the budget buys more than is ordered).
    pub budget_gap: Option<Decimal>,
    /// budgetgab / visiterede_t × 100.
    pub budget_gap_pct: Option<Decimal>,
    /// leveringsgab = leverede_t − visiterede_t (positive: delivers more than ordered).
    pub delivery_gap: Option<Decimal>,
    /// leveringsgab / visiterede_t × 100.
    pub delivery_gap_pct: Option<Decimal>,
    /// leveringsgrad = leverede_t / visiterede_t × 100.
    pub delivery_rate_pct: Option<Decimal>,
}

/// x / visiterede × 100; `None` when nothing is ordered (no share of nothing).
fn of_ordered(x: Decimal, ordered: Decimal) -> DResult<Option<Decimal>> {
    if ordered.is_zero() {
        return Ok(None);
    }
    div(
        mul(x, Decimal::ONE_HUNDRED)?,
        ordered,
        DomainError::Overflow,
    )
    .map(Some)
}

/// The row from the three hour figures (each `None` when the scenario cannot give it).
pub fn delivery(
    ordered: Option<Decimal>,
    budget: Option<Decimal>,
    delivered: Option<Decimal>,
) -> DResult<Delivery> {
    let gap = |x: Option<Decimal>| -> DResult<(Option<Decimal>, Option<Decimal>)> {
        match (x, ordered) {
            (Some(x), Some(o)) => {
                let gap = sub(x, o)?;
                Ok((Some(gap), of_ordered(gap, o)?))
            }
            _ => Ok((None, None)),
        }
    };
    let (budget_gap, budget_gap_pct) = gap(budget)?;
    let (delivery_gap, delivery_gap_pct) = gap(delivered)?;
    let delivery_rate_pct = match (delivered, ordered) {
        (Some(d), Some(o)) => of_ordered(d, o)?,
        _ => None,
    };
    Ok(Delivery {
        ordered,
        budget,
        delivered,
        budget_gap,
        budget_gap_pct,
        delivery_gap,
        delivery_gap_pct,
        delivery_rate_pct,
    })
}

/// A column of the delivery table to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Ordered,
    Budget,
    Delivered,
    BudgetGap,
    BudgetGapPct,
    DeliveryGap,
    DeliveryGapPct,
    DeliveryRate,
}

impl SortKey {
    /// The columns in table order.
    pub const ALL: [SortKey; 9] = [
        SortKey::Name,
        SortKey::Ordered,
        SortKey::Budget,
        SortKey::Delivered,
        SortKey::BudgetGap,
        SortKey::BudgetGapPct,
        SortKey::DeliveryGap,
        SortKey::DeliveryGapPct,
        SortKey::DeliveryRate,
    ];

    /// The column's Danish heading.
    pub fn label(self) -> &'static str {
        match self {
            SortKey::Name => "Botilbud",
            SortKey::Ordered => "Visiterede timer",
            SortKey::Budget => "Timer budgettet køber",
            SortKey::Delivered => "Leverede timer",
            SortKey::BudgetGap => "Budgetgab (timer)",
            SortKey::BudgetGapPct => "Budgetgab (% af visiteret)",
            SortKey::DeliveryGap => "Leveringsgab (timer)",
            SortKey::DeliveryGapPct => "Leveringsgab (% af visiteret)",
            SortKey::DeliveryRate => "Leveringsgrad (%)",
        }
    }

    /// The part of test ids that names the column.
    pub fn key(self) -> &'static str {
        match self {
            SortKey::Name => "navn",
            SortKey::Ordered => "visiterede",
            SortKey::Budget => "budget",
            SortKey::Delivered => "leverede",
            SortKey::BudgetGap => "budgetgab",
            SortKey::BudgetGapPct => "budgetgab-pct",
            SortKey::DeliveryGap => "leveringsgab",
            SortKey::DeliveryGapPct => "leveringsgab-pct",
            SortKey::DeliveryRate => "leveringsgrad",
        }
    }

    /// Decimals shown: whole hours, percentages with one decimal.
    pub fn decimals(self) -> u32 {
        match self {
            SortKey::BudgetGapPct | SortKey::DeliveryGapPct | SortKey::DeliveryRate => 1,
            _ => 0,
        }
    }

    /// The number in this column (`None` for the name column and for a missing figure).
    pub fn value(self, d: &Delivery) -> Option<Decimal> {
        match self {
            SortKey::Name => None,
            SortKey::Ordered => d.ordered,
            SortKey::Budget => d.budget,
            SortKey::Delivered => d.delivered,
            SortKey::BudgetGap => d.budget_gap,
            SortKey::BudgetGapPct => d.budget_gap_pct,
            SortKey::DeliveryGap => d.delivery_gap,
            SortKey::DeliveryGapPct => d.delivery_gap_pct,
            SortKey::DeliveryRate => d.delivery_rate_pct,
        }
    }
}

/// The order to show `rows` (name, figures) in, as positions: by `key`, ascending or
/// `descending`; rows without the figure always come last (in their own order), and ties
/// keep their order, so sorting twice gives the same table. An insertion sort: a library
/// holds a few dozen botilbud at most, and std's sort would add kilobytes of wasm for this
/// one comparison.
pub fn sort_order(rows: &[(String, Delivery)], key: SortKey, descending: bool) -> Vec<usize> {
    let directed = |o: Ordering| if descending { o.reverse() } else { o };
    let compare = |(na, a): &(String, Delivery), (nb, b): &(String, Delivery)| match key {
        SortKey::Name => directed(na.to_lowercase().cmp(&nb.to_lowercase())),
        _ => match (key.value(a), key.value(b)) {
            (Some(x), Some(y)) => directed(x.cmp(&y)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        },
    };
    let mut order: Vec<usize> = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        // Before the first row it sorts strictly before: equal rows keep their order.
        let at = order
            .iter()
            .position(|&j| {
                rows.get(j)
                    .is_some_and(|other| compare(row, other) == Ordering::Less)
            })
            .unwrap_or(order.len());
        order.insert(at, i);
    }
    order
}
