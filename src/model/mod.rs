//! The domain: pure Rust, exact `Decimal` arithmetic, no web crates. Every function is
//! total: bad input gives a `DomainError`, never a panic.
pub mod calc;
pub mod capacity;
pub mod case;
pub mod compare;
pub mod csv;
pub mod edit;
pub mod error;
pub mod field;
pub mod figures;
pub mod form;
pub mod holidays;
pub mod lenient;
pub mod limits;
pub mod number;
pub mod printout;
pub mod roster;
pub mod scenario;
pub mod share;
pub mod store;
pub mod tariff;
pub mod transition;
pub mod wage;

#[cfg(test)]
mod stress_tests;
