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
