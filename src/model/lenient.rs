//! Reading a saved or opened scenario leniently: one damaged field must not cost the user
//! the whole scenario (or the whole library of them). The derived `Deserialize` stops at
//! the first bad value; `serde_path_to_error` says where it is, that value is taken out of
//! the JSON (so the field takes its `#[serde(default)]`) and reading starts again. Unknown
//! and missing keys are found afterwards by comparing the JSON read with the JSON the
//! result writes. Each repair becomes a `FieldWarning` the user is shown; nothing here knows
//! any field by name.
use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;
use serde_path_to_error::Segment;
use std::fmt;

use super::capacity;
use super::number::format_dk;
use rust_decimal::Decimal;

/// At most this many bad values are taken out of one scenario; more means the text is not
/// a damaged scenario but something else, and each repair costs a full read.
const MAX_REPAIRS: usize = 100;

/// What was wrong with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// A key this calculator does not know (made by a newer version, or edited by hand).
    Unknown,
    /// A key that was not there (an older file); the field has its default.
    Missing,
    /// A value of the wrong type or an unknown choice; the field has its default.
    Invalid,
    /// A list item that could not be read at all; it is left out.
    Dropped,
    /// A list longer than its limit (`capacity`): the first `kept` of `had` rows are read.
    TooMany { had: usize, kept: usize },
    /// The text had `count` characters that could not be read (invalid UTF-8, a lone
    /// UTF-16 surrogate); the browser put U+FFFD in their place.
    Replaced { count: usize },
}

/// One field that was not read as written. Its Display is the Danish notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldWarning {
    /// Where, as `tariff.packages[2].vum`.
    pub path: String,
    /// The scenario's name when it is one of several (a saved library).
    pub scenario: Option<String>,
    pub problem: Problem,
}

impl fmt::Display for FieldWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Problem::Replaced { count } = self.problem {
            return write!(
                f,
                "Teksten havde {count} tegn, der ikke kunne læses (ugyldig UTF-8 eller en halv UTF-16-surrogat); de står nu som »\u{FFFD}«."
            );
        }
        if let Problem::TooMany { had, kept } = self.problem {
            write!(
                f,
                "Listen ›{}‹ havde {} rækker; de første {kept} er åbnet",
                self.path,
                format_dk(Decimal::from(had), 0)
            )?;
            if let Some(name) = &self.scenario {
                write!(f, " i scenariet »{name}«")?;
            }
            return match capacity::LISTS
                .iter()
                .find(|(page, list, _)| format!("{page}.{list}") == self.path)
            {
                Some((_, _, table)) => {
                    let c = capacity::of(*table);
                    write!(f, " (højst {} {}: {}).", c.max, c.what, c.reason)
                }
                None => write!(f, "."),
            };
        }
        let (what, outcome) = match self.problem {
            Problem::Unknown => ("Feltet", "er ukendt og er sprunget over"),
            Problem::Missing => ("Feltet", "manglede og har fået standardværdien"),
            Problem::Invalid => (
                "Feltet",
                "havde en ukendt værdi og har fået standardværdien",
            ),
            Problem::Dropped | Problem::TooMany { .. } | Problem::Replaced { .. } => {
                ("Elementet", "kunne ikke læses og er udeladt")
            }
        };
        write!(f, "{what} ›{}‹", self.path)?;
        if let Some(name) = &self.scenario {
            write!(f, " i scenariet »{name}«")?;
        }
        write!(f, " {outcome}.")
    }
}

/// At most this many warnings are spelled out in a notice; the rest are counted.
const SHOWN: usize = 5;

/// The Danish notice for `warnings` after `intro` (e.g. "Filen er åbnet, men:"), or `None`
/// when everything was read as written.
pub fn notice(intro: &str, warnings: &[FieldWarning]) -> Option<String> {
    let (first, rest) = warnings.split_at_checked(SHOWN).unwrap_or((warnings, &[]));
    if first.is_empty() {
        return None;
    }
    let mut text = intro.to_string();
    for warning in first {
        text.push(' ');
        text.push_str(&warning.to_string());
    }
    if !rest.is_empty() {
        text.push_str(&format!(" Desuden {} felter mere.", rest.len()));
    }
    Some(text)
}

/// Reads `value` as a `T`, repairing what can be repaired. `Err` (serde's message) only
/// when the value as a whole is not a `T` or has too many bad values.
pub fn read<T: DeserializeOwned + Serialize>(
    mut value: Value,
) -> Result<(T, Vec<FieldWarning>), String> {
    let mut warnings = Vec::new();
    for _ in 0..=MAX_REPAIRS {
        let error = match serde_path_to_error::deserialize::<_, T>(&value) {
            Ok(read) => {
                // Through text, not `to_value`: the app already has that serializer and
                // parser; another instantiation of every `Serialize` would cost wasm (3 KB
                // gzipped).
                let written = serde_json::to_string(&read)
                    .and_then(|text| serde_json::from_str(&text))
                    .map_err(|e| e.to_string())?;
                compare(&value, &written, &mut String::new(), &mut warnings);
                return Ok((read, warnings));
            }
            Err(error) => error,
        };
        // The innermost object member or list item on the path that can be taken out (the
        // path may end inside an enum's variant).
        let segments: Vec<&Segment> = error.path().iter().collect();
        let Some(at) = (1..=segments.len())
            .rev()
            .find(|&n| remove(&mut value, segments.get(..n).unwrap_or_default()))
        else {
            return Err(error.into_inner().to_string());
        };
        let taken = segments.get(..at).unwrap_or_default();
        let problem = match taken.last() {
            Some(Segment::Seq { .. }) => Problem::Dropped,
            _ => Problem::Invalid,
        };
        warnings.push(FieldWarning {
            path: display(taken),
            scenario: None,
            problem,
        });
    }
    Err("for mange beskadigede felter".into())
}

/// A path as the notice shows it: `tariff.packages[2].vum`.
fn display(path: &[&Segment]) -> String {
    let mut text = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => text.push_str(&format!("[{index}]")),
            Segment::Map { key } => push_key(&mut text, key),
            Segment::Enum { variant } => push_key(&mut text, variant),
            Segment::Unknown => push_key(&mut text, "?"),
        }
    }
    text
}

/// Appends an object key to a path.
fn push_key(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}

/// Takes the value at `path` out of its object or array; false when there is none.
fn remove(value: &mut Value, path: &[&Segment]) -> bool {
    let Some((last, parents)) = path.split_last() else {
        return false;
    };
    let mut parent = Some(value);
    for segment in parents {
        parent = match (parent, segment) {
            (Some(Value::Object(map)), Segment::Map { key }) => map.get_mut(key),
            (Some(Value::Array(items)), Segment::Seq { index }) => items.get_mut(*index),
            _ => None,
        };
    }
    match (parent, last) {
        (Some(Value::Object(map)), Segment::Map { key }) => map.remove(key).is_some(),
        (Some(Value::Array(items)), Segment::Seq { index }) if *index < items.len() => {
            items.remove(*index);
            true
        }
        _ => false,
    }
}

/// Warns about keys only in `read` (unknown) or only in `written` (missing) — except keys
/// already reported as taken out — walking both trees in step. `path` is where they are.
fn compare(read: &Value, written: &Value, path: &mut String, warnings: &mut Vec<FieldWarning>) {
    let at = path.len();
    match (read, written) {
        (Value::Object(read), Value::Object(written)) => {
            for (key, value) in read {
                push_key(path, key);
                match written.get(key) {
                    Some(written) => compare(value, written, path, warnings),
                    None => warn(warnings, path, Problem::Unknown),
                }
                path.truncate(at);
            }
            for key in written.keys().filter(|key| !read.contains_key(*key)) {
                push_key(path, key);
                if !warnings.iter().any(|w| w.path == *path) {
                    warn(warnings, path, Problem::Missing);
                }
                path.truncate(at);
            }
        }
        (Value::Array(read), Value::Array(written)) => {
            for (index, (read, written)) in read.iter().zip(written).enumerate() {
                path.push_str(&format!("[{index}]"));
                compare(read, written, path, warnings);
                path.truncate(at);
            }
        }
        _ => {}
    }
}

fn warn(warnings: &mut Vec<FieldWarning>, path: &str, problem: Problem) {
    warnings.push(FieldWarning {
        path: path.to_string(),
        scenario: None,
        problem,
    });
}
