//! The only code that touches browser APIs (storage, URL, downloads).
pub mod download;
