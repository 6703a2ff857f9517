//! Golden files pin the scenario format: for every fixture, what it decodes to (`{:#?}`)
//! and the exact bytes the encoders write for it (pretty for files, compact for links and
//! storage, and a library of all fixtures as autosave writes it). They were made by the
//! code before the move to serde, so a change of the wire format or of what a file reads
//! as fails here. `GOLDEN_UPDATE=1 cargo test --test golden` rewrites them (review the
//! diff: it is a format change).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
use botilbudsberegneren::model::scenario::{
    decode_json, encode_compact, encode_json, encode_library, Library, Scenario,
};
use std::path::PathBuf;

fn check(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/golden")
        .join(name);
    if std::env::var_os("GOLDEN_UPDATE").is_some() {
        std::fs::write(&path, actual).expect("write golden file");
    }
    let expected = std::fs::read_to_string(&path).expect("golden file exists");
    assert!(expected == actual, "{name} differs from its golden file");
}

fn decoded(fixture: &str) -> Scenario {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture);
    let text = std::fs::read_to_string(path).expect("fixture exists");
    decode_json(&text).expect("fixture decodes").value
}

fn pin(fixture: &str, stem: &str) {
    let s = decoded(fixture);
    check(&format!("{stem}.debug"), &format!("{s:#?}\n"));
    check(&format!("{stem}.pretty.json"), &encode_json(&s));
    check(&format!("{stem}.compact.json"), &encode_compact(&s));
}

#[test]
fn scenario_v0_is_pinned() {
    pin("scenario-v0.json", "scenario-v0");
}

#[test]
fn scenario_v1_is_pinned() {
    pin("scenario-v1.json", "scenario-v1");
}

#[test]
fn stress_is_pinned() {
    pin("stress.json", "stress");
}

#[test]
fn a_library_of_every_fixture_is_pinned() {
    let library = Library::new(
        1,
        ["scenario-v0.json", "scenario-v1.json", "stress.json"]
            .map(decoded)
            .to_vec(),
    );
    check("library.compact.json", &encode_library(&library));
}
