//! The page address: link parameters in, share links out.
use crate::model::share::{parse_params, LinkParams, PARAM};

/// The parameters of the current address (query and fragment).
pub fn params() -> LinkParams {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return LinkParams::default();
    };
    parse_params(
        &location.search().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    )
}

/// The address of this page with the scenario in the fragment (never in the query, so it
/// is not sent to the server).
pub fn share_url(encoded: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = base.split('#').next().unwrap_or_default();
    format!("{base}#{PARAM}={encoded}")
}

/// Removes the fragment once its scenario is in the library, so a reload does not open
/// the link's version again over the user's later edits.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

/// The address that opens the scenario `encoded` in the full calculator on page `page`,
/// from an embedded page (`model::share::full_link`).
pub fn full_url(encoded: &str, page: &str) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    crate::model::share::full_link(&href, encoded, page)
}
