//! The page around the app: the static start screen of `index.html`, and, embedded, the
//! content height for the intranet page that holds the iframe.
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/embed.js")]
extern "C" {
    #[wasm_bindgen(js_name = postHeight)]
    fn post_height();
}

/// Removes `index.html`'s "Indlæser beregneren …" (and its hidden failure text): the app
/// has mounted. Called after the first render, so a start that dies while rendering still
/// leaves the failure text for `js/boot.js` to show.
pub fn started() {
    if let Some(start) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("start"))
    {
        start.remove();
    }
}

/// Tells the parent window the content height now and on every change (`js/embed.js`; the
/// message shape is in the README), so it can fit the iframe to the page.
pub fn report_height() {
    post_height();
}
