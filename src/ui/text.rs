//! Building display text without `format!`: the pages build a few hundred strings (most of
//! them the filled-in formulas under "Sådan er det beregnet"), and every `format!` call site
//! expands its own `fmt::Arguments` and one drop per argument. These are one call each.
use crate::model::number::format_dk;
use rust_decimal::Decimal;

/// `template` with each `{}` replaced by the next of `args`, in order.
pub fn fill<const N: usize>(template: &str, args: [String; N]) -> String {
    fill_slice(template, &args)
}

/// The part of `fill` that does not depend on `N` (compiled once).
fn fill_slice(template: &str, args: &[String]) -> String {
    let mut parts = template.split("{}");
    let mut out = String::from(parts.next().unwrap_or_default());
    for (part, arg) in parts.zip(args) {
        out.push_str(arg);
        out.push_str(part);
    }
    out
}

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
    fn fills_in_order_like_format() {
        let (a, b) = ("1,5".to_string(), "2".to_string());
        assert_eq!(
            fill("{} × ({} − 1)", [a.clone(), b.clone()]),
            format!("{a} × ({b} − 1)")
        );
        assert_eq!(fill("{}", [a.clone()]), a);
        assert_eq!(fill("over {} måneder", ["12".into()]), "over 12 måneder");
    }

    #[test]
    fn a_unit_follows_after_a_space() {
        assert_eq!(with_unit(Decimal::new(123450, 2), 2, "kr."), "1.234,50 kr.");
        assert_eq!(with_unit(Decimal::new(5, 1), 0, "t"), "1 t");
    }
}
