//! From what the user typed to typed model input. Forms keep the raw text (so nothing the
//! user typed is lost, even when it is invalid); parsing collects one Danish message per
//! field, keyed by the field's `data-testid` (from `field::FieldRef`, the only way in), so
//! the UI can show it between label and field.
use super::calc;
use super::error::DomainError;
use super::field::{FieldRef, Table};
use super::holidays;
use super::number::parse_dk;
use rust_decimal::Decimal;

/// Field key (the input's `data-testid`) → Danish error message, in key order. Keys go in
/// and are looked up only as `FieldRef`s.
/// A sorted `Vec`, not a `BTreeMap`: a form has a handful of errors, and this was the app's
/// only `BTreeMap`, whose code cost some 9 KB of wasm.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<(String, String)>);

impl FieldErrors {
    /// No errors.
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    /// The message of `key`.
    pub fn get(&self, key: impl Into<FieldRef>) -> Option<&String> {
        self.find(&key.into().id())
            .ok()
            .and_then(|at| self.0.get(at))
            .map(|(_, message)| message)
    }

    pub fn contains_key(&self, key: impl Into<FieldRef>) -> bool {
        self.find(&key.into().id()).is_ok()
    }

    /// Sets the message of `key`, replacing an earlier one.
    pub fn insert(&mut self, key: impl Into<FieldRef>, message: String) {
        let key = key.into().id();
        match self.find(&key) {
            Ok(at) => {
                if let Some((_, old)) = self.0.get_mut(at) {
                    *old = message;
                }
            }
            Err(at) => self.0.insert(at, (key, message)),
        }
    }

    /// Sets the message of `key` unless it has one: the first error of a field is kept.
    fn add(&mut self, key: FieldRef, message: impl FnOnce() -> String) {
        let key = key.id();
        if let Err(at) = self.find(&key) {
            self.0.insert(at, (key, message()));
        }
    }

    /// The errors whose keys start with `prefix`.
    fn starting_with(&self, prefix: &str) -> FieldErrors {
        FieldErrors(
            self.0
                .iter()
                .filter(|(k, _)| k.starts_with(prefix))
                .cloned()
                .collect(),
        )
    }

    /// The errors of the inputs in every row of `table` (`vagt-…`).
    pub fn of_table(&self, table: Table) -> FieldErrors {
        self.starting_with(&format!("{}-", table.id()))
    }

    /// The errors of the inputs in row `row` of `table` (`pakke-3-…`).
    pub fn of_row(&self, table: Table, row: usize) -> FieldErrors {
        self.starting_with(&table.row_prefix(row))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// (key, message) in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &String)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

/// Field key → Danish warning: a value that is valid but implausible (see `limits`). Kept
/// apart from the errors because a warning never stops the result.
pub type FieldWarnings = FieldErrors;

/// `errors[Field::Lonbudget]` in tests (the app itself uses `get`, which cannot panic).
#[cfg(test)]
impl<K: Into<FieldRef>> std::ops::Index<K> for FieldErrors {
    type Output = String;

    fn index(&self, key: K) -> &String {
        self.get(key).expect("no error for this key")
    }
}

impl<'a> IntoIterator for &'a FieldErrors {
    type Item = (&'a String, &'a String);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, String)>,
        fn(&'a (String, String)) -> (&'a String, &'a String),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

/// True when every one of `texts` is empty: a row nobody has filled in yet (every table's
/// new row starts so). Such a row counts nothing and is no error, so a half-made table never
/// changes a result; once one of its fields is filled, the others' errors say what is missing.
pub fn all_empty<'a>(texts: impl IntoIterator<Item = &'a String>) -> bool {
    texts.into_iter().all(|text| text.trim().is_empty())
}

/// Collects parse and range errors while a form is read, field by field.
#[derive(Debug, Default)]
pub struct Reader {
    errors: FieldErrors,
}

impl Reader {
    /// A reader with no errors yet.
    pub fn new() -> Self {
        Self::default()
    }

    fn record<T: Default>(&mut self, key: FieldRef, result: Result<T, DomainError>) -> T {
        match result {
            Ok(value) => value,
            Err(error) => {
                self.errors.add(key, || error.to_string());
                T::default()
            }
        }
    }

    /// Any number (may be negative).
    pub fn number(&mut self, key: impl Into<FieldRef>, text: &str) -> Decimal {
        self.record(key.into(), parse_dk(text))
    }

    /// A number ≥ 0; `label` names the field in the message.
    pub fn non_negative(
        &mut self,
        key: impl Into<FieldRef>,
        text: &str,
        label: &'static str,
    ) -> Decimal {
        self.record(
            key.into(),
            parse_dk(text).and_then(|x| calc::non_negative(x, label)),
        )
    }

    /// A number > 0.
    pub fn positive(
        &mut self,
        key: impl Into<FieldRef>,
        text: &str,
        label: &'static str,
    ) -> Decimal {
        self.record(
            key.into(),
            parse_dk(text).and_then(|x| calc::positive(x, label)),
        )
    }

    /// A number within [min, max].
    pub fn range(
        &mut self,
        key: impl Into<FieldRef>,
        text: &str,
        min: i64,
        max: i64,
        label: &'static str,
    ) -> Decimal {
        let checked = parse_dk(text)
            .and_then(|x| calc::in_range(x, Decimal::from(min), Decimal::from(max), label));
        self.record(key.into(), checked)
    }

    /// A whole number within [min, max].
    pub fn integer(
        &mut self,
        key: impl Into<FieldRef>,
        text: &str,
        min: i64,
        max: i64,
        label: &'static str,
    ) -> i64 {
        let key = key.into();
        let value = self.range(key, text, min, max, label);
        self.whole(key, value, label)
    }

    /// A staff count within [min, max] in whole or half people: "½" on a shift means every
    /// other week (the shift table's hint), other fractions are a typo.
    pub fn halves(
        &mut self,
        key: impl Into<FieldRef>,
        text: &str,
        min: i64,
        max: i64,
        label: &'static str,
    ) -> Decimal {
        let key = key.into();
        let value = self.range(key, text, min, max, label);
        let doubled = value.checked_mul(Decimal::TWO).unwrap_or_default();
        if !doubled.fract().is_zero() {
            self.errors.add(key, || {
                format!("{label} skal være et helt tal eller et halvt (½ = hver anden uge).")
            });
        }
        value
    }

    /// A count of people or places: a whole number, > 0 when `at_least_one`, else ≥ 0.
    pub fn count(
        &mut self,
        key: impl Into<FieldRef>,
        text: &str,
        at_least_one: bool,
        label: &'static str,
    ) -> Decimal {
        let key = key.into();
        let value = if at_least_one {
            self.positive(key, text, label)
        } else {
            self.non_negative(key, text, label)
        };
        self.whole(key, value, label);
        value
    }

    /// A year the holiday calendar covers, as a whole number.
    pub fn year(&mut self, key: impl Into<FieldRef>, text: &str, label: &'static str) -> i32 {
        let key = key.into();
        let value = self.number(key, text);
        let whole = self.whole(key, value, label);
        let checked = i32::try_from(whole)
            .map_err(|_| DomainError::YearOutOfRange(label))
            .and_then(|year| holidays::check_year(year, label));
        self.record(key, checked)
    }

    /// `value` as a whole number, recording an error if it has decimals.
    fn whole(&mut self, key: FieldRef, value: Decimal, label: &'static str) -> i64 {
        if !value.fract().is_zero() {
            self.errors
                .add(key, || format!("{label} skal være et helt tal."));
        }
        i64::try_from(value.trunc()).unwrap_or_default()
    }

    /// Records an error found by a cross-field check (for example shares ≠ 100 %).
    pub fn fail(&mut self, key: impl Into<FieldRef>, error: DomainError) {
        self.errors.add(key.into(), || error.to_string());
    }

    /// The typed value, or every field's error.
    pub fn finish<T>(self, value: T) -> Result<T, FieldErrors> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::field::{Column, Field};

    #[test]
    fn collects_one_message_per_field() {
        let mut r = Reader::new();
        assert_eq!(r.number(Field::Norm, "12,5"), Decimal::new(125, 1));
        r.positive(Field::Beboere, "0", "Antal beboere");
        r.number(Column::GroupShare.at(1), "12,3,4");
        assert_eq!(r.year(Field::Aar, "2026,5", "Året"), 2026);
        assert_eq!(r.year(Field::StartAar, "1899", "Året"), 0);
        r.integer(Field::Horisont, "1001", 0, 1000, "Antal");
        let errors = r.finish(()).unwrap_err();
        assert_eq!(errors.len(), 5);
        assert_eq!(
            errors[Field::Beboere],
            "Antal beboere skal være større end 0."
        );
        assert_eq!(errors[Field::Aar], "Året skal være et helt tal.");
        // A year is written without a thousands dot; other numbers keep it.
        assert_eq!(
            errors[Field::StartAar],
            "Året skal ligge mellem 1900 og 2200."
        );
        assert_eq!(
            errors[Field::Horisont],
            "Antal skal ligge mellem 0 og 1.000."
        );
        assert!(errors.contains_key(Column::GroupShare.at(1)));
        assert_eq!(errors.of_row(Table::Groups, 1).len(), 1);
        assert!(errors.of_table(Table::Packages).is_empty());
    }
}
