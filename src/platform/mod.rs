//! The only code that touches browser APIs (storage, URL, downloads).

/// Today's date as `d.m.yyyy` (for printed price estimates). Empty outside the browser,
/// so native render tests stay deterministic.
pub fn today() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let now = web_sys::js_sys::Date::new_0();
        format!(
            "{}.{}.{}",
            now.get_date(),
            now.get_month() + 1,
            now.get_full_year()
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// Opens the browser's print dialog (the page's print CSS decides what is printed).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
