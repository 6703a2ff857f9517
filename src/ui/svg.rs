//! Numbers for SVG attributes (coordinates, opacities).
//!
//! Written with integer arithmetic on purpose: formatting an `f64` with `Display` or
//! `{:.N}` links core's float formatting (about 11 kB) into the wasm, and the charts were its
//! only users.

/// `x` rounded to `decimals` decimals (at most 9), trailing zeros dropped: `num(182.0, 2)` →
/// "182", `num(3.456, 2)` → "3.46", `num(-0.5, 1)` → "-0.5".
pub fn num(x: f64, decimals: u32) -> String {
    let scale = 10_i64.pow(decimals.min(9));
    // `as` saturates (NaN → 0), so no input panics.
    let scaled = (x * scale as f64 + 0.5).floor() as i64;
    let (int, frac) = (scaled / scale, (scaled % scale).unsigned_abs());
    let sign = if scaled < 0 && int == 0 { "-" } else { "" };
    let mut text = format!("{sign}{int}");
    if frac > 0 {
        let digits = format!("{frac:0width$}", width = decimals.min(9) as usize);
        text.push('.');
        text.push_str(digits.trim_end_matches('0'));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::num;

    #[test]
    fn rounds_and_trims() {
        assert_eq!(num(182.0, 2), "182");
        assert_eq!(num(3.456, 2), "3.46");
        assert_eq!(num(0.08, 3), "0.08");
        assert_eq!(num(1.0, 3), "1");
        assert_eq!(num(-0.5, 1), "-0.5");
        assert_eq!(num(-12.25, 1), "-12.2"); // −122,5 + 0,5 = −122 → "-12.2"
        assert_eq!(num(33.333_333, 1), "33.3");
        assert_eq!(num(0.0, 2), "0");
        assert_eq!(num(f64::NAN, 2), "0");
    }
}
