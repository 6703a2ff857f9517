//! One scenario = every input of every page for one botilbud. It is what gets saved,
//! shared in a link and exported; pages read and write only their own part.
//!
//! Everything that comes from outside (localStorage, a link, an uploaded file) goes through
//! `decode_json` (or `decode_library`), which never panics and says in Danish what is wrong.
//! The JSON is serde's (derived on every form); a damaged field is read leniently
//! (`lenient`): it takes its default and the user is told which. Old files keep working
//! through `migrate`; the format is documented in docs/scenario.md.
//!
//! What lives where: this file holds `Scenario`, `Library` and their JSON codec; `migrate`
//! the format version and the steps that bring old files up to it; `tests` the tests.
use super::lenient::{FieldWarning, Problem};
use super::roster::RosterForm;
use super::tariff::TariffForm;
use super::transition::TransitionForm;
use super::wage::WageForm;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

mod library;
mod migrate;
mod recover;

#[cfg(test)]
pub(crate) use library::numbered_from;
pub use library::{External, Library, ScenarioId};

pub use migrate::{migrate, VERSION};
pub use recover::recover;

/// Largest text accepted as a scenario: a real one is a few kB, so anything this big is
/// not ours, and refusing it keeps a hostile file from eating the tab's memory.
pub const MAX_TEXT: usize = 2_000_000;

/// All inputs, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scenario {
    pub version: u32,
    /// The botilbud's name (user text; always rendered as text).
    pub name: String,
    pub wage: WageForm,
    pub roster: RosterForm,
    pub tariff: TariffForm,
    pub transition: TransitionForm,
}

impl Default for Scenario {
    fn default() -> Self {
        Self {
            version: VERSION,
            name: "Mit botilbud".into(),
            wage: WageForm::default(),
            roster: RosterForm::default(),
            tariff: TariffForm::default(),
            transition: TransitionForm::default(),
        }
    }
}

/// Why a text could not be read as a scenario. The Display text is shown to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScenarioError {
    /// Not JSON at all, or cut off (detail from the parser, for the curious).
    NotJson(String),
    /// JSON, but not a scenario from this calculator (no `version` number).
    Foreign,
    /// Made by a newer version of the calculator than this one.
    Newer(u64),
    /// A scenario whose fields have the wrong shape (detail from the parser).
    Invalid(String),
    /// A link whose scenario part is damaged (cut off when copied, for example).
    BadLink,
    /// Far larger than any scenario.
    TooLarge,
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScenarioError::NotJson(_) => write!(
                f,
                "Teksten er ikke et gyldigt scenarie (den er ikke gyldig JSON; måske er den afskåret eller redigeret i hånden)."
            ),
            ScenarioError::Foreign => write!(
                f,
                "Teksten er ikke et scenarie fra Botilbudsberegneren (feltet »version« mangler)."
            ),
            ScenarioError::Newer(v) => write!(
                f,
                "Scenariet er lavet med en nyere udgave af Botilbudsberegneren (format {v}; denne udgave kan læse op til {VERSION}). Genindlæs siden for at hente den nyeste udgave."
            ),
            ScenarioError::Invalid(_) => {
                write!(f, "Scenariet er beskadiget og kan ikke læses.")
            }
            ScenarioError::BadLink => write!(
                f,
                "Linket er beskadiget eller ufuldstændigt. Bed afsenderen om at kopiere det igen."
            ),
            ScenarioError::TooLarge => write!(f, "Teksten er for stor til at være et scenarie."),
        }
    }
}

impl ScenarioError {
    /// The parser's own words (English, with line and column), for "Tekniske detaljer": the
    /// Danish message never carries them.
    pub fn detail(&self) -> Option<String> {
        match self {
            ScenarioError::NotJson(detail) | ScenarioError::Invalid(detail) => Some(detail.clone()),
            _ => None,
        }
    }
}

impl std::error::Error for ScenarioError {}

/// What was read, and which fields of it were not read as written (each took its default).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<T> {
    pub value: T,
    pub warnings: Vec<FieldWarning>,
}

/// Parses JSON text of at most `MAX_TEXT` bytes. serde_json refuses nesting deeper than
/// 127 levels, so a hostile text cannot overflow the stack; a repeated key is read as its
/// last value.
fn parse(text: &str) -> Result<Value, ScenarioError> {
    if text.len() > MAX_TEXT {
        return Err(ScenarioError::TooLarge);
    }
    serde_json::from_str(text).map_err(|e| ScenarioError::NotJson(e.to_string()))
}

/// Reads a scenario from JSON text (file, storage or the inside of a link).
pub fn decode_json(text: &str) -> Result<Decoded<Scenario>, ScenarioError> {
    let mut decoded = migrate(parse(text.trim_start_matches('\u{feff}'))?)?;
    // The browser reads bad bytes of a file (and lone surrogates of stored text) as U+FFFD
    // without a word; the user is told instead.
    let count = text.matches('\u{FFFD}').count();
    if count > 0 {
        decoded.warnings.insert(
            0,
            FieldWarning {
                path: String::new(),
                scenario: None,
                problem: Problem::Replaced { count },
            },
        );
    }
    Ok(decoded)
}

/// The scenario as pretty JSON for download (what `decode_json` reads back). Writing
/// strings, numbers and bools to a `String` cannot fail, so the empty fallback is never
/// used.
pub fn encode_json(scenario: &Scenario) -> String {
    serde_json::to_string_pretty(scenario).unwrap_or_default()
}

/// The scenario as compact JSON (for links and storage).
pub fn encode_compact(scenario: &Scenario) -> String {
    serde_json::to_string(scenario).unwrap_or_default()
}

/// A file name for the scenario: its name in lower case ASCII (æ → ae …), safe on every
/// operating system, followed by `extension`.
pub fn file_name(name: &str, extension: &str) -> String {
    let mut out = String::new();
    for ch in name.trim().to_lowercase().chars() {
        match ch {
            'a'..='z' | '0'..='9' => out.push(ch),
            'æ' => out.push_str("ae"),
            'ø' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            _ if !out.ends_with('-') && !out.is_empty() => out.push('-'),
            _ => {}
        }
    }
    let stem = out.trim_end_matches('-');
    let stem: String = if stem.is_empty() { "scenarie" } else { stem }
        .chars()
        .take(60)
        .collect();
    format!("{stem}.{extension}")
}

/// Reads the saved library. Each scenario goes through `migrate`, so old saves keep
/// working, and is read leniently (its warnings name it). A scenario that is not one, or
/// is from a newer version, rejects the whole entry (the caller keeps its raw text).
pub fn decode_library(text: &str) -> Result<Decoded<Library>, ScenarioError> {
    library_from(parse(text)?)
}

/// Reads a library the calculator itself stored (the single entry it kept before records).
/// No size limit: the browser's quota bounds it, and such an entry could grow past
/// `MAX_TEXT` (which is why it was replaced by one record per scenario); refusing it would
/// lose it.
pub fn decode_library_stored(text: &str) -> Result<Decoded<Library>, ScenarioError> {
    library_from(serde_json::from_str(text).map_err(|e| ScenarioError::NotJson(e.to_string()))?)
}

pub(super) fn library_from(value: Value) -> Result<Decoded<Library>, ScenarioError> {
    let Value::Object(mut members) = value else {
        return Err(ScenarioError::Foreign);
    };
    let Some(Value::Array(items)) = members.remove("scenarios") else {
        return Err(ScenarioError::Foreign);
    };
    let mut scenarios = Vec::with_capacity(items.len());
    let mut warnings = Vec::new();
    for item in items {
        let decoded = migrate(item)?;
        warnings.extend(decoded.warnings.into_iter().map(|w| FieldWarning {
            scenario: Some(decoded.value.name.clone()),
            ..w
        }));
        scenarios.push(decoded.value);
    }
    if scenarios.is_empty() {
        return Err(ScenarioError::Invalid("ingen scenarier".into()));
    }
    let active = members
        .get("active")
        .and_then(Value::as_u64)
        .and_then(|a| usize::try_from(a).ok())
        .filter(|a| *a < scenarios.len())
        .unwrap_or(0);
    Ok(Decoded {
        value: Library::new(active, scenarios),
        warnings,
    })
}

/// The library as compact JSON for localStorage.
pub fn encode_library(library: &Library) -> String {
    serde_json::to_string(library).unwrap_or_default()
}

#[cfg(test)]
pub(crate) mod tests;
