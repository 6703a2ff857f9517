//! The scenario format's version and the migrations that bring older JSON up to it.
use super::{Decoded, Scenario, ScenarioError};
use crate::model::lenient;
use serde_json::Value;

/// Current version of the scenario format (see docs/scenario.md).
pub const VERSION: u32 = 1;

/// One migration step: the JSON of version `n` → the JSON of version `n + 1`.
type Step = fn(Value) -> Result<Value, ScenarioError>;

/// `MIGRATIONS[n]` turns version `n` into version `n + 1`. A new format version means: bump
/// `VERSION`, append one function here, add a fixture `tests/fixtures/scenario-v<n>.json`.
const MIGRATIONS: [Step; VERSION as usize] = [v0_to_v1];

/// Version 0 was the pre-release format, in which the botilbud's name was called
/// `botilbud`. It also serves as the template for the next real migration.
fn v0_to_v1(value: Value) -> Result<Value, ScenarioError> {
    let Value::Object(mut members) = value else {
        return Err(ScenarioError::Foreign);
    };
    if let Some(name) = members.remove("botilbud") {
        members.insert("name".into(), name);
    }
    members.insert("version".into(), 1.into());
    Ok(Value::Object(members))
}

/// Brings scenario JSON of any known version up to `VERSION` and reads it.
pub fn migrate(mut value: Value) -> Result<Decoded<Scenario>, ScenarioError> {
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(ScenarioError::Foreign)?;
    if version > u64::from(VERSION) {
        return Err(ScenarioError::Newer(version));
    }
    for step in MIGRATIONS
        .iter()
        .skip(usize::try_from(version).unwrap_or(0))
    {
        value = step(value)?;
    }
    let (value, warnings) = lenient::read(value).map_err(ScenarioError::Invalid)?;
    Ok(Decoded { value, warnings })
}
