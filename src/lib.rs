//! Botilbudsberegneren: the domain model (pure, `Decimal`) and the Yew UI on top of it.
pub mod model;
pub mod platform;
pub mod ui;
