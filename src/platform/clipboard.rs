//! Copy to the clipboard. May be refused (iframe without clipboard permission); the UI
//! therefore also shows the text, selected, for a manual copy.
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// Copies `text`; `done` gets whether the browser accepted it.
pub fn copy(text: &str, done: Callback<bool>) {
    let Some(window) = web_sys::window() else {
        done.emit(false);
        return;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(JsFuture::from(promise).await.is_ok());
    });
}
