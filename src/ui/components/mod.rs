//! Reusable view pieces shared by the pages.
pub mod checkbox;
pub mod csv_button;
pub mod explain;
pub mod key_figure;
pub mod number_field;
pub mod results;
pub mod scenario_bar;
pub mod text_field;
pub mod waterfall;
