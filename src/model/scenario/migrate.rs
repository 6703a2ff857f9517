//! The scenario format's version and the migrations that bring older JSON up to it.
use super::{Decoded, Scenario, ScenarioError};
use crate::model::roster::{default_rates, Window};
use crate::model::wage::WageForm;
use crate::model::{capacity, lenient};
use serde_json::Value;

/// Current version of the scenario format (see docs/scenario.md).
pub const VERSION: u32 = 2;

/// One migration step: the JSON of version `n` → the JSON of version `n + 1`.
type Step = fn(Value) -> Result<Value, ScenarioError>;

/// `MIGRATIONS[n]` turns version `n` into version `n + 1`. A new format version means: bump
/// `VERSION`, append one function here, add a fixture `tests/fixtures/scenario-v<n>.json`.
const MIGRATIONS: [Step; VERSION as usize] = [v0_to_v1, v1_to_v2];

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

/// Version 2 (issue 13): packages have ids, rate cells nobody typed are absent, and one §85
/// price per scenario. Each step keeps what an old file meant:
/// - package n gets the id n, which is what `lookups[].package` and
///   `cases[].old_rate_package` (row numbers in version 1) referred to;
/// - a rate cell equal to the default for its group's name is dropped, so it follows the
///   name again (version 1 wrote every cell of every group at the first rate edit);
/// - `tariff.bostoette_price`: kept when typed; empty meant "the timepris in use", which is
///   the defect 13.5 fixes, so it becomes the first case's p_b (the §85 price the file had),
///   or 450 without cases. A case's p_b equal to it is emptied (it follows the scenario's
///   price); a different one stays as the case's own.
fn v1_to_v2(value: Value) -> Result<Value, ScenarioError> {
    let Value::Object(mut members) = value else {
        return Err(ScenarioError::Foreign);
    };
    let names: Vec<String> = match members.get("wage").and_then(|w| w.get("groups")) {
        Some(Value::Array(groups)) => groups
            .iter()
            .map(|g| {
                g.get("name")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            })
            .collect(),
        _ => WageForm::default()
            .groups
            .into_iter()
            .map(|g| g.name)
            .collect(),
    };
    if let Some(Value::Array(rows)) = members.get_mut("roster").and_then(|r| r.get_mut("rates")) {
        for (row, name) in rows.iter_mut().zip(&names) {
            let defaults = default_rates(name).0;
            if let Value::Object(cells) = row {
                cells.retain(|key, text| {
                    let default = match key.as_str() {
                        "evening" => defaults.get(Window::Evening),
                        "night" => defaults.get(Window::Night),
                        "saturday" => defaults.get(Window::Saturday),
                        "sunday" => defaults.get(Window::Sunday),
                        _ => None,
                    };
                    default.map(String::as_str) != text.as_str()
                });
            }
        }
    }
    let case_prices: Vec<String> = match members.get("transition").and_then(|t| t.get("cases")) {
        Some(Value::Array(cases)) => cases
            .iter()
            .map(|c| {
                c.get("bostotte_price")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            })
            .collect(),
        _ => Vec::new(),
    };
    let mut price = String::new();
    if let Some(Value::Object(tariff)) = members.get_mut("tariff") {
        if let Some(Value::Array(packages)) = tariff.get_mut("packages") {
            for (id, package) in packages.iter_mut().enumerate() {
                if let Value::Object(fields) = package {
                    fields.insert("id".into(), id.into());
                }
            }
        }
        let typed = tariff
            .get("bostoette_price")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string);
        price = typed
            .or_else(|| case_prices.iter().find(|p| !p.trim().is_empty()).cloned())
            .unwrap_or_else(|| "450".into());
        tariff.insert("bostoette_price".into(), price.clone().into());
    }
    if let Some(Value::Array(cases)) = members
        .get_mut("transition")
        .and_then(|t| t.get_mut("cases"))
    {
        for case in cases {
            if let Some(p) = case.get_mut("bostotte_price") {
                if p.as_str().map(str::trim) == Some(price.trim()) {
                    *p = "".into();
                }
            }
        }
    }
    members.insert("version".into(), 2.into());
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
    let mut warnings = capacity::clamp(&mut value);
    let (mut value, repairs): (Scenario, _) =
        lenient::read(value).map_err(ScenarioError::Invalid)?;
    value.tariff.repair_package_ids();
    warnings.extend(repairs);
    Ok(Decoded { value, warnings })
}
