//! Autosave in localStorage. A damaged or foreign entry is never overwritten blindly: its
//! raw text is copied to a backup key first and handed to the UI for download.
use crate::model::scenario::{decode_library, encode_library, Decoded, Library, ScenarioError};

/// The saved scenarios (see `model::scenario::Library`).
const KEY: &str = "botilbudsberegneren.scenarier";
/// The last entry that could not be read, kept until the next damaged one.
const BACKUP_KEY: &str = "botilbudsberegneren.beskadiget";

/// What was found in storage.
pub enum Loaded {
    /// Nothing saved yet.
    Empty,
    /// Read, with the fields that took their default.
    Found(Decoded<Library>),
    /// An entry that could not be read; `raw` is its text.
    Damaged { error: ScenarioError, raw: String },
    /// The browser refuses storage here (sandboxed iframe, privacy settings).
    Unavailable,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the saved scenarios.
pub fn load() -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded::Unavailable;
    };
    let raw = match storage.get_item(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Empty,
        Err(_) => return Loaded::Unavailable,
    };
    match decode_library(&raw) {
        Ok(decoded) => Loaded::Found(decoded),
        Err(error) => {
            let _ = storage.set_item(BACKUP_KEY, &raw);
            Loaded::Damaged { error, raw }
        }
    }
}

/// Saves the scenarios; the error is a Danish message for the user.
pub fn save(library: &Library) -> Result<(), String> {
    let storage = local_storage().ok_or("Browseren tillader ikke at gemme her.")?;
    storage
        .set_item(KEY, &encode_library(library))
        .map_err(|_| {
            "Scenarierne kunne ikke gemmes (browserens lager er fuldt eller slået fra).".to_string()
        })
}
