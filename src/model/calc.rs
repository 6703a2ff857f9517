//! Checked decimal arithmetic. `Decimal`'s operators panic on overflow and division by
//! zero; a panic kills the WASM app, so the model goes through these instead.
use super::error::{DResult, DomainError};
use rust_decimal::Decimal;

/// a + b, or `Overflow`.
pub fn add(a: Decimal, b: Decimal) -> DResult<Decimal> {
    a.checked_add(b).ok_or(DomainError::Overflow)
}

/// a − b, or `Overflow`.
pub fn sub(a: Decimal, b: Decimal) -> DResult<Decimal> {
    a.checked_sub(b).ok_or(DomainError::Overflow)
}

/// a × b, or `Overflow`.
pub fn mul(a: Decimal, b: Decimal) -> DResult<Decimal> {
    a.checked_mul(b).ok_or(DomainError::Overflow)
}

/// a ÷ b; `zero` is the error to report when b is 0 (the caller knows which input that is).
pub fn div(a: Decimal, b: Decimal, zero: DomainError) -> DResult<Decimal> {
    if b.is_zero() {
        return Err(zero);
    }
    a.checked_div(b).ok_or(DomainError::Overflow)
}

/// p percent of a, i.e. a × p / 100.
pub fn pct(a: Decimal, p: Decimal) -> DResult<Decimal> {
    mul(a, p).map(|x| x / Decimal::ONE_HUNDRED)
}

/// Σ of an iterator of fallible values.
pub fn sum<I: IntoIterator<Item = DResult<Decimal>>>(items: I) -> DResult<Decimal> {
    items
        .into_iter()
        .try_fold(Decimal::ZERO, |acc, x| add(acc, x?))
}

/// Fails with `MustBePositive(field)` unless x > 0.
pub fn positive(x: Decimal, field: &'static str) -> DResult<Decimal> {
    if x > Decimal::ZERO {
        Ok(x)
    } else {
        Err(DomainError::MustBePositive(field))
    }
}

/// Fails with `MustNotBeNegative(field)` when x < 0.
pub fn non_negative(x: Decimal, field: &'static str) -> DResult<Decimal> {
    if x < Decimal::ZERO {
        Err(DomainError::MustNotBeNegative(field))
    } else {
        Ok(x)
    }
}

/// Fails with `OutOfRange` unless min ≤ x ≤ max.
pub fn in_range(x: Decimal, min: Decimal, max: Decimal, field: &'static str) -> DResult<Decimal> {
    if x < min || x > max {
        Err(DomainError::OutOfRange(field, min, max))
    } else {
        Ok(x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overflow_and_zero_are_errors_not_panics() {
        assert_eq!(mul(Decimal::MAX, Decimal::TWO), Err(DomainError::Overflow));
        assert_eq!(
            div(
                Decimal::ONE,
                Decimal::ZERO,
                DomainError::MustBePositive("x")
            ),
            Err(DomainError::MustBePositive("x"))
        );
        // 6,5 % of 200 = 13
        assert_eq!(
            pct(Decimal::from(200), Decimal::new(65, 1)),
            Ok(Decimal::from(13))
        );
    }
}
