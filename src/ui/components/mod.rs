//! Reusable view pieces shared by the pages.
pub mod checkbox;
pub mod explain;
pub mod key_figure;
pub mod number_field;
pub mod results;
pub mod text_field;
pub mod waterfall;
