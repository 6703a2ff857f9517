//! Autosave in localStorage, one record per scenario (`model::store` has the layout and
//! why). This file only adapts the browser's `Storage` to `store::Records` and keeps the
//! tab's `Saver`, which remembers what this tab last wrote.
use crate::model::scenario::{Library, Scenario, ScenarioId};
use crate::model::store::{self, Records, Saver, StoreError};
use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    /// What this tab last wrote or saw in each record.
    static SAVER: RefCell<Saver> = RefCell::new(Saver::default());
}

/// The browser's localStorage as `Records`.
struct Browser(web_sys::Storage);

/// A refused write: `QuotaExceededError` is a full storage, anything else storage that is
/// switched off.
fn refusal(error: wasm_bindgen::JsValue) -> StoreError {
    match error.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
        Some(name) if name == "QuotaExceededError" => StoreError::Full,
        _ => StoreError::Unavailable,
    }
}

impl Records for Browser {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get_item(key).map_err(refusal)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set_item(key, value).map_err(refusal)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.remove_item(key).map_err(refusal)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let count = self.0.length().map_err(refusal)?;
        (0..count)
            .map(|i| {
                self.0
                    .key(i)
                    .map(Option::unwrap_or_default)
                    .map_err(refusal)
            })
            .collect()
    }
}

fn browser() -> Option<Browser> {
    web_sys::window()?
        .local_storage()
        .ok()
        .flatten()
        .map(Browser)
}

/// The first id of scenarios made in this tab: milliseconds since 1970 × 1000 plus a random
/// 0–999, so two tabs started in the same millisecond still differ (ids stay below 2^53).
fn first_id() -> ScenarioId {
    let now = js_sys::Date::now().max(0.0);
    let random = (js_sys::Math::random() * 1000.0).floor();
    (now * 1000.0 + random) as ScenarioId
}

/// Reads the saved scenarios; `None` when the browser refuses storage here.
pub fn load() -> Option<store::Loaded> {
    let loaded = store::load(&browser()?, first_id()).ok()?;
    SAVER.with(|saver| *saver.borrow_mut() = loaded.saver());
    Some(loaded)
}

/// Saves the scenarios that changed; the error is the Danish message for the user.
pub fn save(library: &Library) -> Result<(), String> {
    let mut records = browser().ok_or_else(|| store::SaveError::Unavailable.to_string())?;
    SAVER
        .with(|saver| saver.borrow_mut().save(&mut records, library))
        .map_err(|e| e.to_string())
}

/// Deletes a damaged entry the user chose to delete.
pub fn discard(key: &str) {
    if let Some(mut records) = browser() {
        let _ = records.remove(key);
    }
}

/// Calls `on_change` with each scenario another tab added, changed (`Some`) or deleted
/// (`None`). Dropping the listener stops it.
pub fn on_change(
    on_change: impl Fn(ScenarioId, Option<Scenario>) + 'static,
) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "storage",
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            let Some(key) = event.key() else {
                return;
            };
            let text = event.new_value();
            SAVER.with(|saver| saver.borrow_mut().seen_key(&key, text.as_deref()));
            if let Some((id, scenario)) = store::external_change(&key, text.as_deref()) {
                on_change(id, scenario);
            }
        },
    ))
}
