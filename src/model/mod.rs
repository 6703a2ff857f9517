//! The domain: pure Rust, exact `Decimal` arithmetic, no web crates. Every function is
//! total: bad input gives a `DomainError`, never a panic.
pub mod calc;
pub mod csv;
pub mod deflate;
pub mod error;
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(items in proptest::collection::vec((0u8..8, any::<u16>()), 0..300)) {
            let mut ours = items.clone();
            super::sort_by_key(&mut ours, |&(k, _)| k);
            let mut std = items;
            std.sort_by_key(|&(k, _)| k);
            prop_assert_eq!(ours, std);
        }
    }
}
