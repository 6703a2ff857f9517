//! The little JSON the scenario format needs, written by hand because serde's derived
//! visitors cost ~100 KB of wasm (half of it per-struct code). A parsed text is a `Value`
//! tree; a struct is a `Record`, one table of its fields that one generic reader and one
//! writer walk.
//!
//! Behaviour follows what `serde_json` + `#[derive(Deserialize)]` did, so files, links and
//! saves read exactly as before: an object's later duplicate key wins, unknown keys are
//! ignored, a struct may also be written as an array of its fields in order, nesting deeper
//! than 127 levels is refused. Numbers keep their source text (nothing is rounded); the only
//! difference is that a number too large for an `f64` (`1e400`) is no longer an error
//! where it is ignored.
// Removed by the serde/link-codec change.
#![allow(
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]
use std::fmt;

/// A JSON value. Objects keep their members in source order, duplicates included (lookups
/// take the last one, as a map built from the text would).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number exactly as written (valid JSON number syntax).
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The number as a `u64` when it is written as one (no sign, fraction or exponent).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(text) if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
            _ => None,
        }
    }

    /// The member `key` of an object (the last one when the key is repeated).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|m| &m.1),
            _ => None,
        }
    }
}

/// JSON text as serde_json wrote it, written straight from the data (no `Value` tree, so
/// autosave stays cheap): compact, or pretty — two spaces per level, `": "` after keys,
/// empty `[]` and `{}` on one line.
pub struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
    /// Nothing written yet in the innermost open array or object.
    empty: bool,
}

impl Writer {
    fn newline(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    /// Before an array item or object member: the comma and line break.
    fn separate(&mut self) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        self.newline();
    }

    /// Starts an array (`[`) or object (`{`).
    pub fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    /// Ends an array (`]`) or object (`}`).
    pub fn close(&mut self, bracket: char) {
        self.depth = self.depth.saturating_sub(1);
        if !self.empty {
            self.newline();
        }
        self.out.push(bracket);
        self.empty = false;
    }

    /// Starts an array item.
    pub fn item(&mut self) {
        self.separate();
    }

    /// Starts an object member: its key and colon.
    pub fn key(&mut self, key: &str) {
        self.separate();
        self.string(key);
        self.out.push_str(if self.pretty { ": " } else { ":" });
    }

    /// A literal or number, written as is.
    pub fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// A string literal with serde_json's escapes: `\"`, `\\`, the short forms
    /// `\b \f \n \r \t` and `\u00xx` (lower-case hex) for the other control characters;
    /// nothing else escaped.
    pub fn string(&mut self, s: &str) {
        let out = &mut self.out;
        out.push('"');
        let mut rest = s;
        // Copy runs that need no escape whole; the bytes escaped are ASCII, so every cut is
        // at a character boundary.
        while let Some(at) = rest
            .bytes()
            .position(|b| b < 0x20 || b == b'"' || b == b'\\')
        {
            let (run, tail) = rest.split_at(at);
            out.push_str(run);
            let byte = tail.as_bytes().first().copied().unwrap_or_default();
            match byte {
                b'"' => out.push_str("\\\""),
                b'\\' => out.push_str("\\\\"),
                0x08 => out.push_str("\\b"),
                0x0c => out.push_str("\\f"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\t' => out.push_str("\\t"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.push_str("\\u00");
                    out.push(char::from(HEX[usize::from(byte >> 4)]));
                    out.push(char::from(HEX[usize::from(byte & 15)]));
                }
            }
            rest = tail.get(1..).unwrap_or_default();
        }
        out.push_str(rest);
        out.push('"');
    }
}

/// Compact JSON: no whitespace (links and storage).
pub fn to_compact(value: &dyn Json) -> String {
    write(value, false)
}

/// Pretty JSON as `serde_json::to_string_pretty` wrote it (file export).
pub fn to_pretty(value: &dyn Json) -> String {
    write(value, true)
}

fn write(value: &dyn Json, pretty: bool) -> String {
    let mut w = Writer {
        out: String::new(),
        pretty,
        depth: 0,
        empty: true,
    };
    value.write_json(&mut w);
    w.out
}

/// Where and why a text is not JSON. Shown to the user inside a Danish sentence, so it
/// reads like serde_json's messages ("… at line 1 column 5").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    message: &'static str,
    line: usize,
    column: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

impl std::error::Error for ParseError {}

/// Containers nested deeper than this are refused (serde_json's limit), so a hostile text
/// cannot overflow the stack.
pub const MAX_DEPTH: usize = 127;

/// Parses one JSON value; whitespace around it is allowed, anything else after it is not.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut p = Parser {
        text,
        pos: 0,
        depth: 0,
    };
    let value = p.value()?;
    p.skip_whitespace();
    if p.pos < text.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek();
        self.pos += usize::from(b.is_some());
        b
    }

    fn error(&self, message: &'static str) -> ParseError {
        let before = self.text.get(..self.pos).unwrap_or(self.text);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        ParseError {
            message,
            line: before.matches('\n').count() + 1,
            column: before.len() - line_start + 1,
        }
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Consumes `byte` (after whitespace) or fails with `message`.
    fn expect(&mut self, byte: u8, message: &'static str) -> Result<(), ParseError> {
        self.skip_whitespace();
        if self.next() == Some(byte) {
            Ok(())
        } else {
            Err(self.error(message))
        }
    }

    fn value(&mut self) -> Result<Value, ParseError> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'{' | b'[') => {
                if self.depth >= MAX_DEPTH {
                    return Err(self.error("recursion limit exceeded"));
                }
                self.depth += 1;
                let value = if self.peek() == Some(b'{') {
                    self.object()
                } else {
                    self.array()
                };
                self.depth -= 1;
                value
            }
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected value")),
            None => Err(self.error("EOF while parsing a value")),
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, ParseError> {
        if self
            .text
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(word))
        {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("expected ident"))
        }
    }

    /// Comma-separated items up to `close`; `item` parses one.
    fn items(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Result<(), ParseError>,
    ) -> Result<(), ParseError> {
        self.pos += 1; // the opening bracket
        self.skip_whitespace();
        if self.peek() == Some(close) {
            self.pos += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.skip_whitespace();
            match self.next() {
                Some(b',') => {}
                Some(b) if b == close => return Ok(()),
                Some(_) => return Err(self.error("expected `,` or closing bracket")),
                None => return Err(self.error("EOF while parsing a list or object")),
            }
        }
    }

    fn array(&mut self) -> Result<Value, ParseError> {
        let mut items = Vec::new();
        self.items(b']', |p| {
            items.push(p.value()?);
            Ok(())
        })?;
        Ok(Value::Array(items))
    }

    fn object(&mut self) -> Result<Value, ParseError> {
        let mut members = Vec::new();
        self.items(b'}', |p| {
            p.skip_whitespace();
            if p.peek() != Some(b'"') {
                return Err(p.error("key must be a string"));
            }
            let key = p.string()?;
            p.expect(b':', "expected `:`")?;
            members.push((key, p.value()?));
            Ok(())
        })?;
        Ok(Value::Object(members))
    }

    /// JSON's number syntax: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.pos;
        let digits = |p: &mut Self| {
            let from = p.pos;
            while p.peek().is_some_and(|b| b.is_ascii_digit()) {
                p.pos += 1;
            }
            p.pos > from
        };
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        if self.peek() == Some(b'0') {
            self.pos += 1;
        } else if !digits(self) {
            return Err(self.error("invalid number"));
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        let text = self.text.get(start..self.pos).unwrap_or_default();
        Ok(Value::Number(text.to_string()))
    }

    /// A string literal (the cursor is on its opening quote).
    fn string(&mut self) -> Result<String, ParseError> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.pos += 1;
            }
            // The stop bytes are ASCII, so both ends are character boundaries.
            out.push_str(self.text.get(start..self.pos).unwrap_or_default());
            match self.next() {
                Some(b'"') => return Ok(out),
                Some(b'\\') => out.push(self.escape()?),
                Some(_) => {
                    self.pos -= 1;
                    return Err(self.error("control character (\\u0000-\\u001F) in a string"));
                }
                None => return Err(self.error("EOF while parsing a string")),
            }
        }
    }

    /// The character of an escape (the cursor is after the backslash). `\uXXXX` escapes of
    /// UTF-16 surrogates must come in valid pairs.
    fn escape(&mut self) -> Result<char, ParseError> {
        let c = match self.next() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let high = self.hex4()?;
                let code = match high {
                    0xDC00..=0xDFFF => return Err(self.error("lone surrogate in hex escape")),
                    0xD800..=0xDBFF => {
                        if self.next() != Some(b'\\') || self.next() != Some(b'u') {
                            return Err(self.error("unexpected end of hex escape"));
                        }
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(self.error("lone surrogate in hex escape"));
                        }
                        0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    }
                    _ => high,
                };
                char::from_u32(code).ok_or_else(|| self.error("invalid escape"))?
            }
            _ => return Err(self.error("invalid escape")),
        };
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = self
                .next()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.error("invalid escape"))?;
            n = n * 16 + digit;
        }
        Ok(n)
    }
}

/// A type that converts to and from a JSON value. Object-safe, so a record's field table
/// can hold `&dyn Json` accessors and one non-generic reader serves every struct.
pub trait Json {
    fn write_json(&self, w: &mut Writer);
    /// Reads `value` into `self`. On error `self` may be partly written; the message names
    /// the field path.
    fn read_json(&mut self, value: Value) -> Result<(), String>;
}

/// One field of a record: its JSON key and how to reach it.
pub struct Field<T> {
    pub name: &'static str,
    pub get: fn(&T) -> &dyn Json,
    pub get_mut: fn(&mut T) -> &mut dyn Json,
}

/// The field table of a record, in declaration order (the order they are written):
/// `fields!(budget, residents, …)`.
macro_rules! fields {
    ($($field:ident),* $(,)?) => {
        &[$($crate::model::json::Field {
            name: stringify!($field),
            get: |r| &r.$field,
            get_mut: |r| &mut r.$field,
        }),*]
    };
}
pub(crate) use fields;

/// A struct that is a JSON object, described by a table of its fields.
pub trait Record: Default + 'static {
    const FIELDS: &'static [Field<Self>];
    /// True for a struct without `#[serde(default)]`: every field must be present.
    const REQUIRED: bool = false;
    /// The record before a present object's fields are read into it, i.e. what a missing
    /// field becomes. Usually `default()`; a field-level `#[serde(default)]` made that field
    /// its type's default instead.
    fn blank() -> Self {
        Self::default()
    }
}

/// A record with its type erased, so reading and writing is one function each instead of
/// one per struct.
trait Fields {
    fn required(&self) -> bool;
    /// Field `index`: its key and value (`None` past the last field).
    fn field(&self, index: usize) -> Option<(&'static str, &dyn Json)>;
    fn field_mut(&mut self, index: usize) -> Option<(&'static str, &mut dyn Json)>;
}

impl<T: Record> Fields for T {
    fn required(&self) -> bool {
        T::REQUIRED
    }
    fn field(&self, index: usize) -> Option<(&'static str, &dyn Json)> {
        T::FIELDS.get(index).map(|f| (f.name, (f.get)(self)))
    }
    fn field_mut(&mut self, index: usize) -> Option<(&'static str, &mut dyn Json)> {
        T::FIELDS.get(index).map(|f| (f.name, (f.get_mut)(self)))
    }
}

fn write_fields(record: &dyn Fields, w: &mut Writer) {
    w.open('{');
    for (name, field) in (0..).map_while(|i| record.field(i)) {
        w.key(name);
        field.write_json(w);
    }
    w.close('}');
}

/// Reads an object (by key; the last of repeated keys wins; unknown keys are ignored) or
/// an array (fields in order) into a blank record.
fn read_fields(record: &mut dyn Fields, value: Value) -> Result<(), String> {
    let (mut members, mut items, by_key) = match value {
        Value::Object(members) => (members, Vec::new().into_iter(), true),
        Value::Array(items) => (Vec::new(), items.into_iter(), false),
        other => return invalid(&other, "an object"),
    };
    let required = record.required();
    let mut index = 0;
    while let Some((name, field)) = record.field_mut(index) {
        let value = if by_key {
            let at = members.iter().rposition(|(k, _)| k == name);
            at.and_then(|at| members.get_mut(at))
                .map(|m| std::mem::replace(&mut m.1, Value::Null))
        } else {
            items.next()
        };
        match value {
            Some(value) => field.read_json(value).map_err(|e| format!("{name}: {e}"))?,
            None if required => return Err(format!("missing field `{name}`")),
            None => {}
        }
        index += 1;
    }
    if items.next().is_some() {
        return Err(format!("invalid length, expected at most {index} elements"));
    }
    Ok(())
}

/// The items of an array.
fn items(value: Value) -> Result<Vec<Value>, String> {
    match value {
        Value::Array(items) => Ok(items),
        other => invalid(&other, "an array"),
    }
}

/// Writes an array (one function for every element type).
fn write_array(items: &mut dyn Iterator<Item = &dyn Json>, w: &mut Writer) {
    w.open('[');
    for item in items {
        w.item();
        item.write_json(w);
    }
    w.close(']');
}

/// What a value is, for error messages.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn invalid<T>(value: &Value, expected: &str) -> Result<T, String> {
    Err(format!(
        "invalid type: {}, expected {expected}",
        kind(value)
    ))
}

impl<T: Record> Json for T {
    fn write_json(&self, w: &mut Writer) {
        write_fields(self, w);
    }
    fn read_json(&mut self, value: Value) -> Result<(), String> {
        *self = T::blank();
        read_fields(self, value)
    }
}

impl<T: Record> Json for Vec<T> {
    fn write_json(&self, w: &mut Writer) {
        write_array(&mut self.iter().map(|r| r as &dyn Json), w);
    }
    fn read_json(&mut self, value: Value) -> Result<(), String> {
        self.clear();
        for item in items(value)? {
            let mut record = T::blank();
            read_fields(&mut record, item)?;
            self.push(record);
        }
        Ok(())
    }
}

impl Json for String {
    fn write_json(&self, w: &mut Writer) {
        w.string(self);
    }
    fn read_json(&mut self, value: Value) -> Result<(), String> {
        match value {
            Value::String(s) => *self = s,
            other => return invalid(&other, "a string"),
        }
        Ok(())
    }
}

impl Json for bool {
    fn write_json(&self, w: &mut Writer) {
        w.raw(if *self { "true" } else { "false" });
    }
    fn read_json(&mut self, value: Value) -> Result<(), String> {
        match value {
            Value::Bool(b) => *self = b,
            other => return invalid(&other, "a boolean"),
        }
        Ok(())
    }
}

/// An unsigned integer that fits `T` (serde refused fractions, signs and overflow too).
fn read_unsigned<T: TryFrom<u64>>(slot: &mut T, value: &Value) -> Result<(), String> {
    match value.as_u64().map(T::try_from) {
        Some(Ok(n)) => *slot = n,
        _ => return invalid(value, "an unsigned integer in range"),
    }
    Ok(())
}

impl Json for usize {
    fn write_json(&self, w: &mut Writer) {
        w.raw(&self.to_string());
    }
    fn read_json(&mut self, value: Value) -> Result<(), String> {
        read_unsigned(self, &value)
    }
}

impl Json for u32 {
    fn write_json(&self, w: &mut Writer) {
        w.raw(&self.to_string());
    }
    fn read_json(&mut self, value: Value) -> Result<(), String> {
        read_unsigned(self, &value)
    }
}

impl Json for Option<usize> {
    fn write_json(&self, w: &mut Writer) {
        match self {
            Some(n) => n.write_json(w),
            None => w.raw("null"),
        }
    }
    fn read_json(&mut self, value: Value) -> Result<(), String> {
        *self = match value {
            Value::Null => None,
            other => {
                let mut n = 0;
                read_unsigned(&mut n, &other)?;
                Some(n)
            }
        };
        Ok(())
    }
}

/// A fixed-size array must have exactly its length.
impl<const N: usize> Json for [String; N] {
    fn write_json(&self, w: &mut Writer) {
        write_array(&mut self.iter().map(|s| s as &dyn Json), w);
    }
    fn read_json(&mut self, value: Value) -> Result<(), String> {
        let items = items(value)?;
        if items.len() != N {
            return Err(format!("invalid length {}, expected {N}", items.len()));
        }
        for (slot, item) in self.iter_mut().zip(items) {
            slot.read_json(item)?;
        }
        Ok(())
    }
}

/// Any JSON value, written as parsed (tests, tools).
impl Json for Value {
    fn write_json(&self, w: &mut Writer) {
        match self {
            Value::Null => w.raw("null"),
            Value::Bool(b) => b.write_json(w),
            Value::Number(text) => w.raw(text),
            Value::String(s) => w.string(s),
            Value::Array(items) => write_array(&mut items.iter().map(|v| v as &dyn Json), w),
            Value::Object(members) => {
                w.open('{');
                for (key, value) in members {
                    w.key(key);
                    value.write_json(w);
                }
                w.close('}');
            }
        }
    }
    fn read_json(&mut self, value: Value) -> Result<(), String> {
        *self = value;
        Ok(())
    }
}

/// A unit-only enum, written as its variant name (serde's default representation).
pub trait Choice: Copy + PartialEq + 'static {
    /// Every variant and its name.
    const NAMES: &'static [(Self, &'static str)];
}

/// Implements `Json` for `Choice` enums (a blanket impl would overlap the records').
macro_rules! choice_json {
    ($($ty:ty),*) => {$(
        impl $crate::model::json::Json for $ty {
            fn write_json(&self, w: &mut $crate::model::json::Writer) {
                $crate::model::json::choice_write(*self, w)
            }
            fn read_json(&mut self, value: $crate::model::json::Value) -> Result<(), String> {
                $crate::model::json::choice_read(self, value)
            }
        }
    )*};
}
pub(crate) use choice_json;

pub fn choice_write<C: Choice>(choice: C, w: &mut Writer) {
    let name = C::NAMES.iter().find(|(c, _)| *c == choice);
    w.string(name.map(|(_, n)| *n).unwrap_or_default());
}

pub fn choice_read<C: Choice>(slot: &mut C, value: Value) -> Result<(), String> {
    let index = variant_index(&mut C::NAMES.iter().map(|(_, name)| *name), value)?;
    if let Some((choice, _)) = C::NAMES.get(index) {
        *slot = *choice;
    }
    Ok(())
}

/// Which of `names` a value names: a string, or an object `{"Name": null}` (serde_json
/// accepts that form for unit variants too).
fn variant_index(mut names: &mut dyn Iterator<Item = &str>, value: Value) -> Result<usize, String> {
    let name = match value {
        Value::String(name) => name,
        // A repeated key counts once, as in the map serde_json built.
        Value::Object(mut members) => match members.pop() {
            Some((name, Value::Null)) if members.iter().all(|(k, _)| *k == name) => name,
            _ => return Err("invalid value: map, expected map with a single key".into()),
        },
        other => return invalid(&other, "a variant name"),
    };
    Iterator::position(&mut names, |n| n == name).ok_or_else(|| format!("unknown variant `{name}`"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn s(text: &str) -> Value {
        Value::String(text.into())
    }

    #[test]
    fn parses_every_kind_of_value() {
        let v = parse(" {\"a\" : [1, -2.5e+3, true, false, null, \"x\"], \"b\": {}} ").expect("ok");
        let expected = Value::Object(vec![
            (
                "a".into(),
                Value::Array(vec![
                    Value::Number("1".into()),
                    Value::Number("-2.5e+3".into()),
                    Value::Bool(true),
                    Value::Bool(false),
                    Value::Null,
                    s("x"),
                ]),
            ),
            ("b".into(), Value::Object(vec![])),
        ]);
        assert_eq!(v, expected);
    }

    #[test]
    fn escapes_are_decoded() {
        // \u00e6 = æ; \ud83d\ude00 is the UTF-16 pair of U+1F600 (😀):
        // 0x10000 + (0x3d << 10) + 0x200 = 0x1F600.
        let v = parse(r#""\"\\\/\b\f\n\r\t\u00e6\u00C6\ud83d\ude00""#).expect("ok");
        assert_eq!(v, s("\"\\/\u{8}\u{c}\n\r\tæÆ😀"));
        for bad in [
            r#""\ud83d""#,       // high surrogate alone
            r#""\ud83dx""#,      // … followed by a character
            r#""\ud83d\u0041""#, // … followed by a non-surrogate escape
            r#""\ude00""#,       // low surrogate alone
            r#""\x""#,           // unknown escape
            r#""\u12""#,         // short escape
            r#""\u12g4""#,       // not hex
            "\"a\u{1}b\"",       // raw control character
            "\"abc",             // unterminated
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn numbers_keep_their_text_and_follow_the_grammar() {
        for ok in [
            "0",
            "-0",
            "12",
            "1.50",
            "1e400",
            "-0.0E-7",
            "18446744073709551616",
        ] {
            assert_eq!(parse(ok), Ok(Value::Number(ok.into())));
        }
        for bad in [
            "01", "-", "1.", ".5", "+1", "1e", "1e+", "0x10", "1.e3", "--1",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        let n = |t: &str| Value::Number(t.into());
        assert_eq!(n("42").as_u64(), Some(42));
        assert_eq!(n("18446744073709551615").as_u64(), Some(u64::MAX));
        for not_u64 in ["18446744073709551616", "-0", "-1", "1.0", "1e2"] {
            assert_eq!(n(not_u64).as_u64(), None, "{not_u64}");
        }
    }

    #[test]
    fn malformed_texts_are_errors() {
        for bad in [
            "",
            " ",
            "[1,]",
            "[1 2]",
            "{\"a\":1,}",
            "{\"a\"}",
            "{a:1}",
            "{\"a\":1",
            "[",
            "tru",
            "nul",
            "true false",
            "[1]]",
            "{\"a\":1}x",
            "\u{feff}{}",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        let e = parse("{\n  \"a\": x}").expect_err("bad");
        assert_eq!(e.to_string(), "expected value at line 2 column 8");
    }

    #[test]
    fn nesting_is_limited_to_127_levels() {
        let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        assert!(parse(&nested(MAX_DEPTH + 1)).is_err());
        let objects = format!("{}1{}", "{\"a\":".repeat(128), "}".repeat(128));
        assert!(parse(&objects).is_err());
        assert!(parse(&nested(1_000_000)).is_err(), "no stack overflow");
    }

    #[test]
    fn the_last_of_repeated_keys_wins() {
        let v = parse(r#"{"a":1,"b":2,"a":3}"#).expect("ok");
        assert_eq!(v.get("a"), Some(&Value::Number("3".into())));
        assert_eq!(v.get("c"), None);
    }

    #[test]
    fn writes_serde_jsons_bytes() {
        let v = Value::Object(vec![
            (
                "name".into(),
                s("A \"b\" \\ / æ 😀 \u{7f}\u{1}\u{8}\u{c}\n\r\t\u{1f}"),
            ),
            (
                "list".into(),
                Value::Array(vec![Value::Number("1".into()), Value::Null]),
            ),
            ("empty".into(), Value::Array(vec![])),
            ("obj".into(), Value::Object(vec![])),
            ("flag".into(), Value::Bool(false)),
        ]);
        let compact = "{\"name\":\"A \\\"b\\\" \\\\ / æ 😀 \u{7f}\\u0001\\b\\f\\n\\r\\t\\u001f\",\
                       \"list\":[1,null],\"empty\":[],\"obj\":{},\"flag\":false}";
        assert_eq!(to_compact(&v), compact);
        let pretty = "{\n  \"name\": \"A \\\"b\\\" \\\\ / æ 😀 \u{7f}\\u0001\\b\\f\\n\\r\\t\\u001f\",\n  \"list\": [\n    1,\n    null\n  ],\n  \"empty\": [],\n  \"obj\": {},\n  \"flag\": false\n}";
        assert_eq!(to_pretty(&v), pretty);
        assert_eq!(parse(compact), Ok(v.clone()));
        assert_eq!(parse(pretty), Ok(v));
    }

    fn any_value() -> impl Strategy<Value = Value> {
        let number = "-?(0|[1-9][0-9]{0,20})(\\.[0-9]{1,5})?([eE][+-]?[0-9]{1,3})?";
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            number.prop_map(Value::Number),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(6, 64, 8, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                proptest::collection::vec((any::<String>(), inner), 0..8).prop_map(Value::Object),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn write_then_parse_round_trips(v in any_value()) {
            prop_assert_eq!(parse(&to_compact(&v)), Ok(v.clone()));
            prop_assert_eq!(parse(&to_pretty(&v)), Ok(v));
        }

        #[test]
        fn any_string_round_trips(text in any::<String>()) {
            prop_assert_eq!(parse(&to_compact(&s(&text))), Ok(s(&text)));
        }

        #[test]
        fn parse_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = parse(&String::from_utf8_lossy(&bytes));
        }

        #[test]
        fn parse_never_panics_on_json_like_text(text in "[\\[\\]{}\",:0-9a-z\\\\ .eE+-]{0,100}") {
            let _ = parse(&text);
        }
    }
}
