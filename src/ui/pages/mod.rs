//! One module per page of the calculator.
pub mod compare;
pub mod lookup;
pub mod roster;
pub mod tariff;
pub mod transition;
pub mod wage;
