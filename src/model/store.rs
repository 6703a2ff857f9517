//! How the saved scenarios sit in the browser's storage, so that no failure can cost the
//! user more than the one thing that failed.
//!
//! Each scenario is its own record: key `RECORD_PREFIX` + its id, value the scenario's
//! compact JSON (the same text a link carries). There is no shared index: the record keys
//! *are* the index. Two tabs therefore never rewrite each other's list: a tab writes only
//! the records of scenarios it changed and removes only those it deleted, and one damaged
//! record is one lost-looking scenario, never the library. A record that cannot be read is
//! left exactly as it is (this module never writes a key it could not read) and listed as
//! damaged, to download or restore.
//!
//! localStorage rather than IndexedDB: it is synchronous, so the app starts with the saved
//! scenarios in its first frame and a save finishes before the tab closes (`pagehide`); its
//! `storage` event tells the other tabs which record changed; and a botilbud's scenarios are
//! a few kB each, far inside its quota (5 MB per origin in Chromium and Firefox).
//!
//! The logic works on any [`Records`] (the browser's storage in `platform::storage`, a map
//! in the tests), so every failure path is tested natively.
use super::lenient::{FieldWarning, Problem};
use super::scenario::{
    decode_json, decode_library_stored, encode_compact, Library, Scenario, ScenarioError,
    ScenarioId, MAX_TEXT,
};
use std::collections::BTreeMap;
use std::fmt;

/// Prefix of a scenario record's key; the rest is its id.
pub const RECORD_PREFIX: &str = "botilbudsberegneren.scenarie.";
/// The id of the scenario that was open last (any tab); the next start opens it.
pub const OPEN_KEY: &str = "botilbudsberegneren.aabent";
/// Before scenarios were stored one per record, the whole library was one entry under this
/// key. It is moved to records on the first start and removed only after every record was
/// written.
pub const OLD_LIBRARY_KEY: &str = "botilbudsberegneren.scenarier";
/// Where that single-entry storage copied an entry it could not read. Listed as damaged,
/// never written.
pub const OLD_BACKUP_KEY: &str = "botilbudsberegneren.beskadiget";

/// A key-value storage that can fail (the browser's localStorage, a map in tests).
pub trait Records {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// Why the storage refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is switched off or forbidden here (privacy settings, a sandboxed frame).
    Unavailable,
    /// The quota is used up.
    Full,
}

/// The key of scenario `id`'s record.
pub fn record_key(id: ScenarioId) -> String {
    format!("{RECORD_PREFIX}{id}")
}

/// The scenario id of a record key, if `key` is one.
pub fn record_id(key: &str) -> Option<ScenarioId> {
    key.strip_prefix(RECORD_PREFIX)?.parse().ok()
}

/// A stored entry that could not be read. It stays in storage untouched until the user
/// deletes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged {
    pub key: String,
    pub raw: String,
    pub error: ScenarioError,
}

/// What the storage held at start.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// Every record that could be read (the defaults when there was none).
    pub library: Library,
    pub damaged: Vec<Damaged>,
    /// Fields that took their default while reading.
    pub warnings: Vec<FieldWarning>,
    /// What the records held as read, so the first save writes only what changed.
    saver: Saver,
}

impl Loaded {
    /// The saver that continues from this load.
    pub fn saver(&self) -> Saver {
        self.saver.clone()
    }
}

/// The id of the copy that holds what fits of record `id` when it is over the limits: the
/// record's id with bit 62 set (ids drawn from the clock stay below 2^53), so every start
/// finds the same copy instead of making another.
fn cut_copy(id: ScenarioId) -> ScenarioId {
    id | (1 << 62)
}

/// The defaults, for a storage without scenarios. Their id is the same in every tab (1), so
/// two tabs opened on an empty storage share one default scenario instead of saving two.
fn fresh(first_id: ScenarioId) -> Library {
    let mut library = Library::default();
    library.set_next_id(first_id);
    library
}

/// Reads every record. New scenarios of this tab get ids from `first_id` on (the platform
/// draws it from the clock and a random number).
pub fn load(records: &impl Records, first_id: ScenarioId) -> Result<Loaded, StoreError> {
    let mut keys: Vec<(ScenarioId, String)> = records
        .keys()?
        .into_iter()
        .filter_map(|key| record_id(&key).map(|id| (id, key)))
        .collect();
    keys.sort();
    let mut damaged = Vec::new();
    if let Some(raw) = records.get(OLD_BACKUP_KEY)? {
        damaged.push(Damaged {
            key: OLD_BACKUP_KEY.into(),
            error: decode_library_stored(&raw)
                .err()
                .unwrap_or(ScenarioError::Foreign),
            raw,
        });
    }
    let mut warnings = Vec::new();
    let mut saver = Saver::default();
    let mut found = Vec::new();
    let ids: Vec<ScenarioId> = keys.iter().map(|(id, _)| *id).collect();
    for (id, key) in keys {
        let Some(raw) = records.get(&key)? else {
            continue;
        };
        match decode_json(&raw) {
            Ok(decoded) => {
                let cut = decoded
                    .warnings
                    .iter()
                    .any(|w| matches!(w.problem, Problem::TooMany { .. }));
                warnings.extend(decoded.warnings.into_iter().map(|w| FieldWarning {
                    scenario: Some(decoded.value.name.clone()),
                    ..w
                }));
                if cut {
                    // Saved before the limits (`capacity`): the rows that fit open as a
                    // scenario of their own (`cut_copy`, once: a later start finds it), and
                    // the record itself stays as it is, to download whole.
                    damaged.push(Damaged {
                        key,
                        raw,
                        error: ScenarioError::TooLarge,
                    });
                    let copy = cut_copy(id);
                    if !ids.contains(&copy) {
                        found.push((copy, decoded.value));
                    }
                } else {
                    saver.written.insert(id, raw);
                    found.push((id, decoded.value));
                }
            }
            Err(error) => damaged.push(Damaged { key, raw, error }),
        }
    }
    let library = if !found.is_empty() {
        let open = records.get(OPEN_KEY)?.and_then(|id| id.parse().ok());
        let active = found.iter().position(|(id, _)| Some(*id) == open);
        saver.open = open;
        let mut library = Library::from_records(found, active.unwrap_or(0));
        library.set_next_id(first_id);
        library
    } else if let Some(raw) = records.get(OLD_LIBRARY_KEY)? {
        match decode_library_stored(&raw) {
            Ok(decoded) => {
                warnings.extend(decoded.warnings);
                saver.move_old_library = true;
                decoded.value.renumbered(first_id)
            }
            Err(error) => {
                damaged.push(Damaged {
                    key: OLD_LIBRARY_KEY.into(),
                    raw,
                    error,
                });
                fresh(first_id)
            }
        }
    } else {
        fresh(first_id)
    };
    Ok(Loaded {
        library,
        damaged,
        warnings,
        saver,
    })
}

/// Why a save did not store everything. The Display text is the Danish notice; the work
/// stays in the tab either way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// One scenario is larger than a record may be (`MAX_TEXT`, what a file or link may hold).
    TooLarge { name: String, bytes: usize },
    /// The browser's storage is full; `stored` bytes are in use by the saved scenarios.
    Full { stored: usize },
    /// The browser does not allow storage here.
    Unavailable,
}

/// Megabytes with one decimal, Danish style ("2,1").
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    format!("{},{}", tenths / 10, tenths % 10)
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::TooLarge { name, bytes } => write!(
                f,
                "Scenariet »{name}« er for stort til at blive gemt i browseren ({} MB; grænsen er {} MB). Ændringerne er bevaret i dette vindue, indtil det lukkes; brug »Gem som fil« for at beholde dem.",
                megabytes(*bytes),
                megabytes(MAX_TEXT)
            ),
            SaveError::Full { stored } => write!(
                f,
                "Browserens lager er fuldt, så de seneste ændringer er ikke gemt (scenarierne fylder {} MB). Ændringerne er bevaret i dette vindue, indtil det lukkes; brug »Gem som fil«, eller slet scenarier, du ikke bruger.",
                megabytes(*stored)
            ),
            SaveError::Unavailable => write!(
                f,
                "Browseren tillader ikke at gemme her, så ændringerne er ikke gemt. Brug »Gem som fil«."
            ),
        }
    }
}

impl From<StoreError> for SaveError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Unavailable => SaveError::Unavailable,
            StoreError::Full => SaveError::Full { stored: 0 },
        }
    }
}

/// Writes a library as records, each only when it changed since this tab last wrote or saw
/// it. It remembers what it wrote, so it also knows which records this tab deleted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Saver {
    /// Each record's text as this tab last wrote or read it.
    written: BTreeMap<ScenarioId, String>,
    /// The id stored under `OPEN_KEY`, as last written or read.
    open: Option<ScenarioId>,
    /// The old single entry is still there and goes once every record is written.
    move_old_library: bool,
}

impl Saver {
    /// Saves `library`. A scenario that cannot be written does not stop the others; the
    /// first failure is returned.
    pub fn save(&mut self, records: &mut impl Records, library: &Library) -> Result<(), SaveError> {
        let mut failure = None;
        for (id, scenario) in library.records() {
            if let Err(error) = self.write(records, id, scenario) {
                failure.get_or_insert(error);
            }
        }
        let deleted: Vec<ScenarioId> = self
            .written
            .keys()
            .copied()
            .filter(|id| library.records().all(|(kept, _)| kept != *id))
            .collect();
        for id in deleted {
            match records.remove(&record_key(id)) {
                Ok(()) => {
                    self.written.remove(&id);
                }
                Err(error) => {
                    failure.get_or_insert(error.into());
                }
            }
        }
        let open = library.current_id();
        if open != self.open {
            if let Some(id) = open {
                match records.set(OPEN_KEY, &id.to_string()) {
                    Ok(()) => self.open = open,
                    Err(error) => {
                        failure.get_or_insert(error.into());
                    }
                }
            }
        }
        match failure {
            Some(SaveError::Full { .. }) => Err(SaveError::Full {
                stored: self.written.values().map(String::len).sum(),
            }),
            Some(error) => Err(error),
            None => {
                if self.move_old_library && records.remove(OLD_LIBRARY_KEY).is_ok() {
                    self.move_old_library = false;
                }
                Ok(())
            }
        }
    }

    fn write(
        &mut self,
        records: &mut impl Records,
        id: ScenarioId,
        scenario: &Scenario,
    ) -> Result<(), SaveError> {
        let text = encode_compact(scenario);
        if self.written.get(&id) == Some(&text) {
            return Ok(());
        }
        if text.len() > MAX_TEXT {
            return Err(SaveError::TooLarge {
                name: scenario.name.clone(),
                bytes: text.len(),
            });
        }
        records.set(&record_key(id), &text)?;
        self.written.insert(id, text);
        Ok(())
    }

    /// Another tab changed the entry `key` to `text` (`None`: deleted it). A record is
    /// remembered as if this tab had written it, so this tab neither writes it back nor
    /// deletes it again.
    pub fn seen_key(&mut self, key: &str, text: Option<&str>) {
        if let Some(id) = record_id(key) {
            match text {
                Some(text) => self.written.insert(id, text.to_string()),
                None => self.written.remove(&id),
            };
        }
    }
}

/// Another tab's change to one record, as this tab should take it over: `Some(scenario)`
/// for a new or changed record that reads, `None` for a deleted one. A record that does not
/// read is left to the next start (which lists it as damaged).
pub fn external_change(key: &str, text: Option<&str>) -> Option<(ScenarioId, Option<Scenario>)> {
    let id = record_id(key)?;
    match text {
        None => Some((id, None)),
        Some(text) => decode_json(text).ok().map(|d| (id, Some(d.value))),
    }
}

#[cfg(test)]
mod tests;
