//! The shift plan's verdict in words: whether the lønbudget carries the plan, and the extra
//! staff per shift as the alternatives they are (the budget pays for one of them, not all).
//! Pure text from the result, so the page only places it and the wording is tested here.
use super::{RosterInput, RosterResult};
use crate::model::number::format_dk;
use rust_decimal::Decimal;

/// How many times a shift's staffing today an extra count may be before it is flagged: more
/// extra persons than that is no adjustment of the shift but a different plan.
const SENSIBLE_MULTIPLE: Decimal = Decimal::from_parts(3, 0, 0, false, 0);

/// Whether the budget carries the plan, and the sentence that says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub enough: bool,
    pub text: String,
}

/// "Budgettet rækker til 214 % af vagtplanen" or "… rækker kun til 86 % …". The share is
/// cut, not rounded, to whole per cent: a budget just short of the plan never reads 100 %.
pub fn verdict(coverage_pct: Decimal) -> Verdict {
    let enough = coverage_pct >= Decimal::ONE_HUNDRED;
    let share = format_dk(coverage_pct.trunc(), 0);
    let rækker = if enough {
        "rækker til"
    } else {
        "rækker kun til"
    };
    Verdict {
        enough,
        text: format!("Budgettet {rækker} {share} % af vagtplanen"),
    }
}

/// Whether `extra` persons on a shift staffed with `staff` (per weekday) today is beyond a
/// sensible change: more than [`SENSIBLE_MULTIPLE`] times its largest staffing added, or
/// more persons removed than it has.
pub fn beyond_sensible(extra: Decimal, staff: &[Decimal; 7]) -> bool {
    let today = staff.iter().copied().max().unwrap_or_default();
    if extra >= Decimal::ZERO {
        today
            .checked_mul(SENSIBLE_MULTIPLE)
            .is_none_or(|limit| extra > limit)
    } else {
        -extra > today
    }
}

/// The extra staff (every day of the week) the budget gap pays for, as alternatives: "… ekstra
/// medarbejdere alle ugens dage: 6,6 på Dag eller 7,3 på Nat." When the gap is negative, how
/// many fewer it takes instead. A count beyond a sensible change says so in words.
/// `None` when no shift has a cost per extra person.
pub fn extra_staff(input: &RosterInput, result: &RosterResult) -> Option<String> {
    let more = result.gap_kr >= Decimal::ZERO;
    let parts: Vec<String> = input
        .shifts
        .iter()
        .zip(&result.shifts)
        .filter_map(|(shift, r)| {
            let extra = r.extra_staff?;
            let flag = if beyond_sensible(extra, &shift.staff) {
                if more {
                    " (over 3 gange vagtens bemanding i dag)"
                } else {
                    " (flere end vagten har i dag)"
                }
            } else {
                ""
            };
            Some(format!("{} på {}{flag}", format_dk(extra.abs(), 1), r.name))
        })
        .collect();
    let (last, rest) = parts.split_last()?;
    let list = if rest.is_empty() {
        last.clone()
    } else {
        format!("{} eller {last}", rest.join(", "))
    };
    let lead = if more {
        "Budgettet rækker desuden til ekstra medarbejdere alle ugens dage"
    } else {
        "For at holde budgettet skal der være færre medarbejdere alle ugens dage"
    };
    Some(format!("{lead}: {list}."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap_or_default()
    }

    #[test]
    fn the_verdict_says_enough_or_only_and_never_rounds_up_to_100() {
        assert_eq!(
            verdict(d("214.26")),
            Verdict {
                enough: true,
                text: "Budgettet rækker til 214 % af vagtplanen".into()
            }
        );
        assert_eq!(
            verdict(d("86.9")).text,
            "Budgettet rækker kun til 86 % af vagtplanen"
        );
        assert!(!verdict(d("99.99")).enough);
        assert_eq!(
            verdict(d("99.99")).text,
            "Budgettet rækker kun til 99 % af vagtplanen"
        );
        assert_eq!(
            verdict(d("1234.5")).text,
            "Budgettet rækker til 1.234 % af vagtplanen"
        );
        assert!(verdict(Decimal::ONE_HUNDRED).enough);
    }

    #[test]
    fn extra_staff_beyond_three_times_today_or_below_zero_is_flagged() {
        let two = [d("2"), d("2"), d("2"), d("2"), d("2"), d("1"), d("1")];
        assert!(!beyond_sensible(d("6"), &two));
        assert!(beyond_sensible(d("6.1"), &two));
        assert!(!beyond_sensible(d("-2"), &two));
        assert!(beyond_sensible(d("-2.1"), &two));
        let none = [Decimal::ZERO; 7];
        assert!(beyond_sensible(d("0.1"), &none));
        assert!(!beyond_sensible(Decimal::ZERO, &none));
    }
}
