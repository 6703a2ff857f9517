//! The domain: pure Rust, exact `Decimal` arithmetic, no web crates. Every function is
//! total: bad input gives a `DomainError`, never a panic.
pub mod calc;
pub mod csv;
pub mod deflate;
pub mod error;
pub mod figures;
pub mod form;
pub mod holidays;
pub mod json;
pub mod number;
pub mod roster;
pub mod scenario;
pub mod share;
pub mod tariff;
pub mod transition;
pub mod wage;

#[cfg(test)]
mod stress_tests;

/// Sorts `items` by `key`, stably (equal keys keep their order), by insertion. The model
/// sorts three short lists (at most 288 items, most under 20); the standard library's sorts
/// cost 3–5 KB of wasm per element type, this a few hundred bytes.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// `text` in lower case as far as the app can tell: ASCII letters and Æ, Ø, Å are lowered
/// (plus the Kelvin and Ångström signs and dotted İ, the only other characters whose lower
/// case contains one of those), every other character is kept as it is. The callers only
/// look for ASCII letters, digits and æ/ø/å in the result, so it matches `str::to_lowercase`
/// for them (a test checks every character) without its 3 KB of wasm and Unicode tables.
pub fn to_lower(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            'Æ' => out.push('æ'),
            'Ø' => out.push('ø'),
            'Å' | '\u{212B}' => out.push('å'),
            '\u{212A}' => out.push('k'),
            '\u{130}' => out.push_str("i\u{307}"),
            _ => out.push(ch.to_ascii_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// What the callers of `to_lower` keep of a text: its ASCII letters, digits and æ/ø/å,
    /// every run of other characters as one space.
    fn kept(text: &str) -> String {
        let mut out = String::new();
        for ch in text.chars() {
            if ch.is_ascii_alphanumeric() || "æøå".contains(ch) {
                out.push(ch);
            } else if !out.ends_with(' ') {
                out.push(' ');
            }
        }
        out
    }

    #[test]
    fn lowers_every_character_as_far_as_the_callers_can_tell() {
        for ch in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("a{ch}b");
            assert_eq!(
                kept(&super::to_lower(&text)),
                kept(&text.to_lowercase()),
                "{ch:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(items in proptest::collection::vec((0u8..8, any::<u16>()), 0..300)) {
            let mut ours = items.clone();
            super::sort_by_key(&mut ours, |&(k, _)| k);
            let mut std = items;
            std.sort_by_key(|&(k, _)| k);
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn lowers_text_as_far_as_the_callers_can_tell(text in "\\PC{0,20}") {
            prop_assert_eq!(kept(&super::to_lower(&text)), kept(&text.to_lowercase()));
        }
    }
}
