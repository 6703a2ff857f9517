//! The Yew UI: thin components that parse input, call the model and render.
pub mod app;
pub mod components;
pub mod pages;
pub mod state;
pub mod svg;
pub mod text;
