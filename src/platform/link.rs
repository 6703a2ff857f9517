//! Share links: the compression half of the link codec, by the browser's
//! `CompressionStream` / `DecompressionStream` (`deflate-raw`) through `js/link.js`, so the
//! wasm carries no compressor. `model::share` does the rest (base64url, size caps, JSON).
//! Both directions are Promise-based, so making and opening a link are async.
use crate::model::scenario::{encode_compact, Decoded, Scenario, ScenarioError, MAX_TEXT};
use crate::model::share::{decode_link_json, encode_link, link_bytes};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/link.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = deflateRaw)]
    async fn deflate_raw(bytes: &[u8]) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(catch, js_name = inflateRaw)]
    async fn inflate_raw(bytes: &[u8], limit: usize) -> Result<JsValue, JsValue>;
}

/// The bytes of a `Uint8Array` the snippet resolved with.
fn bytes_of(value: &JsValue) -> Option<Vec<u8>> {
    value
        .dyn_ref::<js_sys::Uint8Array>()
        .map(js_sys::Uint8Array::to_vec)
}

/// The scenario as the value of the `s` parameter; `None` when the browser cannot compress
/// (no `CompressionStream`: Safari before 16.4, Firefox before 113).
pub async fn encode(scenario: &Scenario) -> Option<String> {
    let compressed = deflate_raw(encode_compact(scenario).as_bytes())
        .await
        .ok()?;
    Some(encode_link(&bytes_of(&compressed)?))
}

/// A link that could not be opened: why, and the text it carried — the JSON when it
/// decompressed, else the parameter itself — for the "download what you got" escape hatch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub error: ScenarioError,
    pub raw: String,
}

/// Reads the value of the `s` parameter back into a scenario. Decompression stops once the
/// output passes `MAX_TEXT`, and the input is capped by `link_bytes`, so no link can hold
/// the tab for long.
pub async fn decode(param: &str) -> Result<Decoded<Scenario>, Unreadable> {
    let unreadable = |error| Unreadable {
        error,
        raw: param.to_string(),
    };
    let compressed = link_bytes(param).map_err(unreadable)?;
    let json = inflate_raw(&compressed, MAX_TEXT)
        .await
        .ok()
        .and_then(|value| bytes_of(&value))
        .ok_or_else(|| unreadable(ScenarioError::BadLink))?;
    decode_link_json(&json).map_err(|error| Unreadable {
        error,
        raw: String::from_utf8_lossy(&json).into_owned(),
    })
}
