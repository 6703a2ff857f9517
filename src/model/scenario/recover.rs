//! "Prøv at gendanne": a best-effort reading of a stored scenario that does not read, so
//! that every field that still parses is kept. The usual damage is a text cut off (a full
//! storage, a crash mid-write, a hand edit): the longest prefix that ends between two
//! fields is closed with the brackets still open, and the lenient reader gives every field
//! that is missing or wrong its default and names it.
use super::{
    decode_json, library_from, migrate, Decoded, Scenario, ScenarioError, MAX_TEXT, VERSION,
};
use serde_json::Value;

/// At most this many cut points are tried, from the end; each costs one parse.
const MAX_TRIES: usize = 400;

/// Reads `raw` as scenarios, repairing it where it is cut off or has no version: one
/// scenario for a record, every scenario for a library (the single entry the calculator
/// kept before records).
pub fn recover(raw: &str) -> Result<Decoded<Vec<Scenario>>, ScenarioError> {
    if raw.len() > MAX_TEXT {
        return Err(ScenarioError::TooLarge);
    }
    if let Ok(decoded) = decode_json(raw) {
        return Ok(Decoded {
            value: vec![decoded.value],
            warnings: decoded.warnings,
        });
    }
    let first_error = match serde_json::from_str::<Value>(raw) {
        // Whole JSON: a library, or a scenario without its version.
        Ok(value) => return read(value),
        Err(error) => ScenarioError::NotJson(error.to_string()),
    };
    cut_points(raw)
        .into_iter()
        .rev()
        .take(MAX_TRIES)
        .find_map(|(end, open)| {
            let mut text = raw.get(..end)?.trim_end().to_string();
            text.extend(open.chars().rev().map(|c| if c == '{' { '}' } else { ']' }));
            let value: Value = serde_json::from_str(&text).ok()?;
            // Just the opening brace left: nothing of the scenario survived.
            if value.as_object().is_none_or(|m| m.is_empty()) {
                return None;
            }
            read(value).ok()
        })
        .ok_or(first_error)
}

/// A library's scenarios, or one scenario; a scenario without `version` is ours (it
/// came from storage), so it is read as the current one.
fn read(mut value: Value) -> Result<Decoded<Vec<Scenario>>, ScenarioError> {
    let members = value.as_object_mut().ok_or(ScenarioError::Foreign)?;
    if members.contains_key("scenarios") {
        let library = library_from(value)?;
        return Ok(Decoded {
            value: library.value.scenarios,
            warnings: library.warnings,
        });
    }
    members
        .entry("version")
        .or_insert_with(|| Value::from(VERSION));
    let decoded = migrate(value)?;
    Ok(Decoded {
        value: vec![decoded.value],
        warnings: decoded.warnings,
    })
}

/// Every place the text may be cut so that what is before it closes into valid JSON: just
/// before a `,` between members, and just after an opening bracket. Each comes with the
/// brackets open there, innermost last.
fn cut_points(raw: &str) -> Vec<(usize, String)> {
    let mut open = String::new();
    let mut points = Vec::new();
    let (mut in_string, mut escaped) = (false, false);
    for (i, c) in raw.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' | '[' => {
                open.push(c);
                points.push((i + 1, open.clone()));
            }
            '}' | ']' => {
                open.pop();
            }
            ',' => points.push((i, open.clone())),
            _ => {}
        }
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lenient::Problem;
    use crate::model::scenario::{decode_library, encode_compact, encode_library, Library};

    fn example() -> Scenario {
        let mut s = Scenario {
            name: "Egely".into(),
            ..Scenario::default()
        };
        s.wage.budget = "12.300.000".into();
        s
    }

    #[test]
    fn a_cut_off_record_keeps_every_field_before_the_cut() {
        let full = encode_compact(&example());
        // Cut inside the roster: the name and the wage page survive.
        let Some(at) = full.find("\"roster\"") else {
            panic!("roster in the JSON");
        };
        let raw = &full[..at + 40];
        assert!(decode_json(raw).is_err());
        let recovered = recover(raw).expect("recovers");
        let [scenario] = recovered.value.as_slice() else {
            panic!("one scenario");
        };
        assert_eq!(scenario.name, "Egely");
        assert_eq!(scenario.wage, example().wage);
        assert!(recovered
            .warnings
            .iter()
            .any(|w| w.path == "tariff" && w.problem == Problem::Missing));
    }

    #[test]
    fn a_record_without_version_is_read_as_current() {
        let recovered = recover(r#"{"name":"Uden version"}"#).expect("recovers");
        let names: Vec<&str> = recovered.value.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Uden version"]);
    }

    #[test]
    fn what_is_no_scenario_at_all_stays_an_error() {
        assert!(matches!(recover("hej"), Err(ScenarioError::NotJson(_))));
        assert!(matches!(recover("[1,2"), Err(ScenarioError::NotJson(_))));
        assert_eq!(recover(r#"{"version":99}"#), Err(ScenarioError::Newer(99)));
    }

    #[test]
    fn an_intact_record_reads_as_usual() {
        let raw = encode_compact(&example());
        let read = decode_json(&raw).expect("reads");
        assert_eq!(
            recover(&raw),
            Ok(Decoded {
                value: vec![read.value],
                warnings: read.warnings
            })
        );
    }

    #[test]
    fn an_old_library_entry_gives_back_every_scenario_that_survived() {
        let mut second = example();
        second.name = "Anden".into();
        let library = Library::new(0, vec![example(), second]);
        let full = encode_library(&library);
        // Whole: both scenarios (not one scenario made of the library's fields).
        let names = |raw: &str| -> Vec<String> {
            let recovered = recover(raw).expect("recovers");
            recovered.value.into_iter().map(|s| s.name).collect()
        };
        assert_eq!(names(&full), ["Egely", "Anden"]);
        // Cut inside the second scenario's roster: the first whole, the second in part.
        let Some(at) = full.rfind("\"roster\"") else {
            panic!("roster in the JSON");
        };
        let cut = &full[..at + 40];
        assert!(decode_library(cut).is_err());
        let recovered = recover(cut).expect("recovers");
        assert_eq!(recovered.value.len(), 2);
        assert_eq!(recovered.value[0], example());
        assert_eq!(recovered.value[1].name, "Anden");
        assert_eq!(recovered.value[1].wage, example().wage);
    }
}
