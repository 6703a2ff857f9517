//! Display text shared by the pages: an amount with its unit, as the results and the
//! "Sådan er det beregnet" steps show it. Everything else is built with `format!`, so the
//! compiler checks each template against its arguments.
use crate::model::number::format_dk;
use rust_decimal::Decimal;

/// `value` with `decimals` decimals and `unit` after a space ("1.234,50 kr.").
pub fn with_unit(value: Decimal, decimals: u32, unit: &str) -> String {
    let mut text = format_dk(value, decimals);
    text.push(' ');
    text.push_str(unit);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unit_follows_after_a_space() {
        assert_eq!(with_unit(Decimal::new(123450, 2), 2, "kr."), "1.234,50 kr.");
        assert_eq!(with_unit(Decimal::new(5, 1), 0, "t"), "1 t");
    }
}
