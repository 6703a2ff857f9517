//! Downloads made by the user's own click: the only way data leaves the browser.
use wasm_bindgen::JsCast;

/// Offers `bytes` as a file called `filename`.
pub fn download(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let fail = |_| "Filen kunne ikke hentes.".to_string();
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("Filen kunne ikke hentes.")?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let anchor: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
