//! Danish number input and output: `1.234.567,50`.
//!
//! Users paste numbers from Danish spreadsheets (`1.234,5`, or `1 234,5` with a space or a
//! no-break space between thousands), type them bare (`1234,5`), with an English decimal point
//! (`1234.5`) or as a half (`½`, `1½`, `2 ½`: the roster's staff counts are often halves). A
//! single dot followed by anything other than exactly three digits is a decimal point;
//! otherwise dots group thousands. Everything else is refused with a Danish message, because
//! a silently misread budget is worse than none.
use super::error::{DResult, DomainError};
use rust_decimal::{Decimal, RoundingStrategy};

/// Largest magnitude accepted from a user. Far above any municipal budget, far below the
/// point where products of a few inputs could overflow `Decimal`.
const MAX_INPUT: i64 = 1_000_000_000_000_000;

/// Thousands separators besides the dot: a space and the no-break spaces (U+00A0, U+202F)
/// that spreadsheets, word processors and browsers' own number formatting put between groups.
const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// The typographic minus (U+2212) shown in results; input accepts it besides `-`.
const MINUS: char = '\u{2212}';

fn err(msg: &str) -> DomainError {
    DomainError::Parse(msg.to_string())
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Checks the integer part: plain digits, or groups `1.234.567` / `1 234 567` (first group
/// 1–3 digits, then groups of exactly 3, one kind of separator throughout). Returns the
/// digits without separators.
fn integer_part(s: &str) -> Option<String> {
    let Some(separator) = s.chars().find(|c| *c == '.' || SPACES.contains(c)) else {
        return all_digits(s).then(|| s.to_string());
    };
    let groups: Vec<&str> = s.split(separator).collect();
    let first_ok = groups
        .first()
        .is_some_and(|g| all_digits(g) && g.len() <= 3);
    let rest_ok = groups.iter().skip(1).all(|g| all_digits(g) && g.len() == 3);
    (first_ok && rest_ok).then(|| groups.concat())
}

/// `integer_part`, where nothing before a decimal mark or `½` means 0 (`,5`, `½`).
fn integer_or_zero(s: &str) -> Option<String> {
    if s.is_empty() {
        Some("0".to_string())
    } else {
        integer_part(s)
    }
}

/// Parses a Danish (or plain) number. See the module doc for the accepted forms.
pub fn parse_dk(text: &str) -> DResult<Decimal> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(err("Skriv et tal."));
    }
    let (negative, body) = match trimmed.strip_prefix(['-', MINUS]) {
        Some(rest) => (true, rest.trim_start()),
        None => (
            false,
            trimmed.strip_prefix('+').unwrap_or(trimmed).trim_start(),
        ),
    };
    let bad = || {
        err(&format!(
            "»{trimmed}« er ikke et tal. Skriv fx 1.234,5 eller 1234,5."
        ))
    };
    let (int_digits, frac_digits) = if let Some(whole) = body.strip_suffix('½') {
        match integer_or_zero(whole.trim_end_matches(SPACES)) {
            Some(i) => (i, "5".to_string()),
            None => return Err(bad()),
        }
    } else if body.matches(',').count() > 1 {
        return Err(bad());
    } else if let Some((int, frac)) = body.split_once(',') {
        match integer_or_zero(int) {
            Some(i) if all_digits(frac) => (i, frac.to_string()),
            _ => return Err(bad()),
        }
    } else if body.matches('.').count() == 1 {
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if frac.len() == 3 && all_digits(int) && int.len() <= 3 && all_digits(frac) {
            // "1.234": a thousands separator.
            (format!("{int}{frac}"), String::new())
        } else if (all_digits(int) || int.is_empty()) && all_digits(frac) {
            (integer_or_zero(int).unwrap_or_default(), frac.to_string())
        } else {
            return Err(bad());
        }
    } else {
        match integer_part(body) {
            Some(i) => (i, String::new()),
            None => return Err(bad()),
        }
    };
    let canonical = if frac_digits.is_empty() {
        int_digits
    } else {
        format!("{int_digits}.{frac_digits}")
    };
    // `from_str_radix` is `from_str` without its fallback to scientific notation (the
    // canonical text has no exponent), which would cost 3 KB of wasm for nothing.
    let value =
        Decimal::from_str_radix(&canonical, 10).map_err(|_| err("Tallet har for mange cifre."))?;
    if value > Decimal::from(MAX_INPUT) {
        return Err(err("Tallet er for stort."));
    }
    // Decimal holds 28 digits; beyond that the parser rounds. A number is what the user
    // typed or an error, never silently another one.
    let typed = frac_digits.trim_end_matches('0').len();
    if typed > value.scale() as usize {
        return Err(err(
            "Tallet har flere decimaler, end der kan regnes præcist med; skriv færre decimaler.",
        ));
    }
    Ok(if negative { -value } else { value })
}

/// Rounds half away from zero (2,345 → 2,35), as people expect of money.
pub fn round(value: Decimal, decimals: u32) -> Decimal {
    value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
}

/// Formats with exactly `decimals` decimals, `.` between thousands, `,` as decimal mark and
/// the typographic minus `−` (U+2212), the sign Danish typesetting uses for negative numbers
/// (as wide as `+`, so a column of signed differences lines up).
pub fn format_dk(value: Decimal, decimals: u32) -> String {
    format_with(value, decimals, Some('.'), MINUS)
}

/// Decimal comma, no thousands separator and a plain `-`: the only form a Danish Excel
/// reads as a number (for CSV export).
pub fn format_plain(value: Decimal, decimals: u32) -> String {
    format_with(value, decimals, None, '-')
}

fn format_with(value: Decimal, decimals: u32, thousands: Option<char>, minus: char) -> String {
    let rounded = round(value, decimals);
    let mut text = rounded.abs().to_string();
    if decimals > 0 && !text.contains('.') {
        text.push('.');
    }
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push(minus);
    }
    for (i, ch) in int.chars().enumerate() {
        if let Some(separator) = thousands.filter(|_| i > 0 && (int.len() - i) % 3 == 0) {
            out.push(separator);
        }
        out.push(ch);
    }
    if decimals > 0 {
        out.push(',');
        out.push_str(frac);
        for _ in frac.len()..decimals as usize {
            out.push('0');
        }
    }
    out
}

/// Like `format_dk` but drops trailing zero decimals: 6,50 → 6,5; 100,00 → 100.
/// For echoing inputs (percentages, hours) the way a person would write them.
pub fn format_dk_trim(value: Decimal, max_decimals: u32) -> String {
    format_dk(
        round(value, max_decimals).normalize(),
        round(value, max_decimals)
            .normalize()
            .scale()
            .min(max_decimals),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn more_decimals_than_decimal_holds_are_an_error_not_rounded() {
        // 29 decimals: rust_decimal would round to 28.
        let long = "0,12345678901234567890123456789";
        assert_eq!(
            super::parse_dk(long),
            Err(super::err(
                "Tallet har flere decimaler, end der kan regnes præcist med; skriv færre decimaler."
            ))
        );
        // 28 decimals, and trailing zeros beyond, are kept exactly.
        let exact = super::parse_dk("0,1234567890123456789012345678000").expect("exact");
        assert_eq!(exact.to_string(), "0.1234567890123456789012345678");
        assert_eq!(
            super::parse_dk("123.456,75").map(|d| d.to_string()),
            Ok("123456.75".into())
        );
    }

    use super::*;
    use proptest::prelude::*;

    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap_or_default()
    }

    #[test]
    fn accepts_the_documented_forms() {
        assert_eq!(parse_dk("1234,5"), Ok(d("1234.5")));
        assert_eq!(parse_dk("1.234,5"), Ok(d("1234.5")));
        assert_eq!(parse_dk("1234.5"), Ok(d("1234.5")));
        assert_eq!(parse_dk("1.234"), Ok(d("1234")));
        assert_eq!(parse_dk("1.234.567,50"), Ok(d("1234567.50")));
        assert_eq!(parse_dk("1.234.567"), Ok(d("1234567")));
        assert_eq!(parse_dk("1.2345"), Ok(d("1.2345")));
        assert_eq!(parse_dk("6,5"), Ok(d("6.5")));
        assert_eq!(parse_dk(" 42 "), Ok(d("42")));
        assert_eq!(parse_dk(",5"), Ok(d("0.5")));
        assert_eq!(parse_dk("-3,5"), Ok(d("-3.5")));
        assert_eq!(parse_dk("0.5"), Ok(d("0.5")));
        assert_eq!(parse_dk("\u{2212}3,5"), Ok(d("-3.5")));
    }

    #[test]
    fn accepts_halves_and_spaces_between_thousands() {
        assert_eq!(parse_dk("½"), Ok(d("0.5")));
        assert_eq!(parse_dk("1½"), Ok(d("1.5")));
        assert_eq!(parse_dk("2 ½"), Ok(d("2.5")));
        assert_eq!(parse_dk("1.234½"), Ok(d("1234.5")));
        assert_eq!(parse_dk("-½"), Ok(d("-0.5")));
        assert_eq!(parse_dk("12 000"), Ok(d("12000")));
        assert_eq!(parse_dk("1 234 567,5"), Ok(d("1234567.5")));
        assert_eq!(parse_dk("1\u{a0}234,5"), Ok(d("1234.5")));
        assert_eq!(parse_dk("1\u{202f}234\u{202f}567"), Ok(d("1234567")));
    }

    #[test]
    fn refuses_everything_else() {
        for bad in [
            "12,3,4",
            "",
            "abc",
            "1.23.4",
            "1,2.3",
            "12.34.567",
            "1e5",
            "--1",
            "1.",
            "1,",
            "12 34",
            "1 2345",
            "1  234",
            "1.234 567",
            "1 234.5",
            "½½",
            "½1",
            "1,5½",
            "1.5½",
            "1½,5",
        ] {
            assert!(parse_dk(bad).is_err(), "{bad} should be refused");
        }
        assert_eq!(
            parse_dk("12,3,4"),
            Err(DomainError::Parse(
                "»12,3,4« er ikke et tal. Skriv fx 1.234,5 eller 1234,5.".into()
            ))
        );
    }

    #[test]
    fn formats_danish() {
        assert_eq!(format_dk(d("1234567.5"), 2), "1.234.567,50");
        assert_eq!(format_dk(d("2.345"), 2), "2,35"); // half away from zero, not to even
        assert_eq!(format_dk(d("-1234.4"), 0), "\u{2212}1.234");
        assert_eq!(format_plain(d("-1234567.891"), 2), "-1234567,89");
        assert_eq!(format_plain(d("0.5"), 0), "1");
        assert_eq!(format_dk(d("-0.001"), 2), "0,00");
        assert_eq!(format_dk(d("999.995"), 2), "1.000,00");
        assert_eq!(format_dk(d("12"), 0), "12");
        assert_eq!(format_dk_trim(d("6.50"), 2), "6,5");
        assert_eq!(format_dk_trim(d("100.00"), 2), "100");
        assert_eq!(format_dk_trim(d("1924"), 2), "1.924");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100_000))]
        /// The parser never panics, whatever the user types or pastes.
        #[test]
        fn parser_never_panics(s in "\\PC{0,40}") {
            let _ = parse_dk(&s);
        }
    }

    proptest! {
        /// Whatever we print, we can read back (2 decimals).
        #[test]
        fn format_then_parse_round_trips(cents in -100_000_000_000_000i64..100_000_000_000_000i64) {
            let value = Decimal::new(cents, 2);
            let text = format_dk(value, 2);
            prop_assert_eq!(parse_dk(&text), Ok(value));
            // Also with a space or a no-break space between thousands.
            for space in SPACES {
                prop_assert_eq!(parse_dk(&text.replace('.', &space.to_string())), Ok(value));
            }
            prop_assert_eq!(parse_dk(&format_plain(value, 2)), Ok(value));
        }

        /// A trailing ½ adds a half to any whole number as we print it.
        #[test]
        fn half_adds_a_half(n in 0i64..1_000_000_000_000) {
            let half = Decimal::new(5, 1);
            prop_assert_eq!(parse_dk(&format!("{}½", format_dk(n.into(), 0))), Ok(Decimal::from(n) + half));
            prop_assert_eq!(parse_dk(&format!("{} ½", n)), Ok(Decimal::from(n) + half));
        }

        /// Number-like strings of digits, dots and commas never panic.
        #[test]
        fn numberish_never_panics(s in "[-+0-9.,]{0,40}") {
            let _ = parse_dk(&s);
        }
    }
}
