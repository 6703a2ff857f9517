//! Reading a file the user picked (scenario import).
use crate::model::scenario::MAX_TEXT;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::Callback;

/// Reads the first file chosen in `input` as text; `done` gets the text or a Danish error.
/// The input is cleared, so choosing the same file again fires again.
pub fn read_text(input: &HtmlInputElement, done: Callback<Result<String, String>>) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    input.set_value("");
    if file.size() > MAX_TEXT as f64 {
        done.emit(Err("Filen er for stor til at være et scenarie.".into()));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
            .ok_or_else(|| "Filen kunne ikke læses.".to_string());
        done.emit(text);
    });
}
