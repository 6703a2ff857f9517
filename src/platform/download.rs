//! Saving a file the app generated (CSV, printouts) on the user's machine: a Blob URL and a
//! temporary link, so nothing is uploaded anywhere.
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Array, Uint8Array};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `bytes` as a download named `filename` with MIME type `mime`. Returns a Danish
/// message when the browser refuses (the caller shows it).
pub fn download(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let fail = |_| "Browseren tillod ikke at gemme filen.".to_string();
    let parts = Array::of1(&Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("Siden har intet dokument.")?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "Kunne ikke lave et link.".to_string())?;
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    // Revoking at once can cancel the download in some browsers; a minute is plenty.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
