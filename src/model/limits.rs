//! Plausibility limits: values that parse and compute but lie far outside anything a
//! botilbud has, so they are most likely a typo (three zeros too many). They give a warning
//! by the field, never an error: the result is still shown. Kept in one place so that the
//! README and the checks say the same.
use super::field::FieldRef;
use super::form::FieldWarnings;
use super::number::{format_dk, parse_dk};
use rust_decimal::Decimal;

/// A plausible upper bound for one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// The largest plausible value.
    pub max: i64,
    /// What the field is, in the warning.
    pub label: &'static str,
}

/// 1 mia. kr.: some 2.000 årsværk, far above the wage budget of any single Danish botilbud.
pub const WAGE_BUDGET: Limit = Limit {
    max: 1_000_000_000,
    label: "Lønbudgettet",
};

/// 500 places: the largest Danish botilbud have a few hundred; more is a whole municipality.
pub const RESIDENTS: Limit = Limit {
    max: 500,
    label: "Antallet af beboere",
};

/// 150.000 kr. a month: above the top of any overenskomst scale for a botilbud's staff
/// (leaders included); a yearly salary typed as monthly is twelve times too much.
pub const MONTHLY_SALARY: Limit = Limit {
    max: 150_000,
    label: "Månedslønnen",
};

/// 75 %: the KL døgn agreement's highest supplement (søn- og helligdag) is 50 %, and local
/// agreements add a few points, not 25 more.
pub const SUPPLEMENT_RATE: Limit = Limit {
    max: 75,
    label: "Tillægssatsen",
};

/// 100 mio. kr. a year for one fixed cost line: the whole budget of a botilbud with a few
/// hundred places; a line of a normal house is a few million.
pub const FIXED_COST: Limit = Limit {
    max: 100_000_000,
    label: "Beløbet",
};

/// 20.000 kr. per døgn: twice the most expensive specialised places (some 10.000 kr. a
/// døgn); a takst above that is most likely a monthly or yearly price.
pub const DAILY_RATE: Limit = Limit {
    max: 20_000,
    label: "Taksten",
};

/// 168 hours a week: one member of staff with the citizen around the clock; more is rare
/// (2:1) and far more is a typo. Also a særtakst's extra hours.
pub const HOURS_PER_WEEK: Limit = Limit {
    max: 168,
    label: "Timerne pr. uge",
};

/// 1.440 minutes a day: the same 1:1 around the clock, written as Ikast-Brande does.
pub const MINUTES_PER_DAY: Limit = Limit {
    max: 1_440,
    label: "Minutterne pr. dag",
};

/// 2.000 kr. an hour: three to four times a botilbud's or bostøtte's real hourly price
/// (some 400–600 kr.); more is a daily or monthly price.
pub const HOURLY_PRICE: Limit = Limit {
    max: 2_000,
    label: "Timeprisen",
};

/// The warning by "sovende vagt tæller som arbejdstid" while a sleeping shift exists and
/// the factor is still 100 %: the default counts the sleeping night as awake, which is only
/// right if the local agreement says so (rådighed and sovende vagt are agreed locally,
/// DOMAIN.md §2), so the user is asked to enter the agreed factor. Nothing without a
/// sleeping shift, or for a factor that does not parse (its error says so).
pub fn sleep_factor(any_asleep: bool, text: &str) -> Option<String> {
    let factor = parse_dk(text).ok()?;
    (any_asleep && factor == Decimal::ONE_HUNDRED).then(|| {
        "Sovende vagter tæller nu som fuld arbejdstid (100 %). Indtast den lokalt aftalte procent: rådighed og sovende vagt aftales lokalt."
            .to_string()
    })
}

impl Limit {
    /// The warning for `text` when it is a number above the limit; nothing for text that
    /// does not parse (its error says so) or a plausible value.
    fn warning(&self, text: &str) -> Option<String> {
        let value = parse_dk(text).ok()?;
        (value > Decimal::from(self.max)).then(|| {
            format!(
                "{} er usædvanligt stort (over {}). Tjek tallet.",
                self.label,
                format_dk(Decimal::from(self.max), 0)
            )
        })
    }
}

/// The warnings of `checks` (field, its text, its limit), keyed by field.
pub fn warnings<'a>(checks: impl IntoIterator<Item = (FieldRef, &'a str, Limit)>) -> FieldWarnings {
    let mut warnings = FieldWarnings::new();
    for (key, text, limit) in checks {
        if let Some(message) = limit.warning(text) {
            warnings.insert(key, message);
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::field::Field;

    /// Issue 13.6: only a sleeping shift at the default 100 % warns.
    #[test]
    fn a_sleeping_shift_at_full_time_warns() {
        assert!(sleep_factor(true, "100").is_some_and(|w| w.contains("lokalt aftalte")));
        assert!(sleep_factor(true, "100,0").is_some());
        assert_eq!(sleep_factor(true, "50"), None);
        assert_eq!(sleep_factor(false, "100"), None);
        assert_eq!(sleep_factor(true, "x"), None);
    }

    #[test]
    fn only_implausible_numbers_warn() {
        let w = warnings([
            (Field::Lonbudget.into(), "1.000.000.000.000", WAGE_BUDGET),
            (Field::Beboere.into(), "12", RESIDENTS),
            (Field::Norm.into(), "abc", RESIDENTS),
        ]);
        assert_eq!(w.len(), 1);
        assert_eq!(
            w.get(Field::Lonbudget).map(String::as_str),
            Some("Lønbudgettet er usædvanligt stort (over 1.000.000.000). Tjek tallet.")
        );
    }
}
