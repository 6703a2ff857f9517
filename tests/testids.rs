//! docs/testids.md, the code and the browser tests name the same test ids. Row numbers
//! compare as patterns (`pakke-3-vum`, `pakke-N-vum` and `tillaeg-G-aften` all become
//! `…-N-…`). The code's ids are the inputs `model::field` defines plus every `data-testid`
//! the pages render (the default scenario, one full of errors, one with extras); an id only shown after a
//! click (a notice, the copied link) counts as defined when the UI spells it as a literal.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
use botilbudsberegneren::model::field::{CaseField, Column, Field, List};
use botilbudsberegneren::model::roster::Window;
use botilbudsberegneren::model::scenario::{decode_json, Library, Scenario, ScenarioError};
use botilbudsberegneren::model::store::Damaged;
use botilbudsberegneren::model::tariff::{Preset, SaertakstForm};
use botilbudsberegneren::ui::app::{App, AppProps};
use botilbudsberegneren::ui::state::Page;
use std::collections::BTreeSet;
use std::path::Path;
use yew::ServerRenderer;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The files under `dir` (recursively) whose names end with `ext`.
fn files(dir: &Path, ext: &str) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                todo.push(path);
            } else if path.to_string_lossy().ends_with(ext) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// `pakke-3-vum` / `tillaeg-G-aften` → `pakke-N-vum` / `tillaeg-N-aften`.
fn pattern(id: &str) -> String {
    id.split('-')
        .map(|part| {
            let number = !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
            if number || part == "N" || part == "G" {
                "N"
            } else {
                part
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

fn is_id(token: &str) -> bool {
    !token.is_empty()
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Every backticked id in docs/testids.md, as patterns. `-nat` after `vagt-tillaeg-kr-aften`
/// is shorthand for `vagt-tillaeg-kr-nat`.
fn documented() -> BTreeSet<String> {
    let text = read(&root().join("docs/testids.md"));
    let mut ids = BTreeSet::new();
    let mut last = String::new();
    // Headings name pages and files, not ids.
    let body: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    for (i, token) in body.join("\n").split('`').enumerate() {
        if i % 2 == 0 || !is_id(token) {
            continue;
        }
        let id = match token.strip_prefix('-') {
            Some(rest) => match last.rsplit_once('-') {
                Some((stem, _)) => format!("{stem}-{rest}"),
                None => panic!("shorthand `{token}` with no id before it"),
            },
            None => {
                last = token.to_string();
                token.to_string()
            }
        };
        ids.insert(pattern(&id));
    }
    ids
}

/// The inputs `model::field` defines, as patterns (the list keys are not elements).
fn inputs() -> BTreeSet<String> {
    Field::ALL
        .iter()
        .map(|f| f.id().to_string())
        .chain(Column::ALL.iter().map(|c| pattern(&c.at(0).id())))
        .chain(CaseField::ALL.iter().map(|f| f.id().to_string()))
        .collect()
}

fn render(scenario: Scenario, page: Page, embed: bool) -> String {
    futures::executor::block_on(
        ServerRenderer::<App>::with_props(move || AppProps {
            scenario,
            page,
            embed,
            // A damaged saved entry, so its list and buttons render.
            damaged: vec![Damaged {
                key: "x".into(),
                raw: "{".into(),
                error: ScenarioError::Foreign,
            }],
            ..AppProps::default()
        })
        .hydratable(false)
        .render(),
    )
}

/// Every table at its limit, so the disabled add buttons say why.
fn at_the_limits() -> Scenario {
    decode_json(include_str!("fixtures/limits.json"))
        .unwrap()
        .value
}

/// A scenario where the pages show their error lists.
fn full_of_errors() -> Scenario {
    let mut s = Scenario::default();
    s.wage.groups[0].share_pct = "1".into();
    if let Some(shift) = s.roster.shifts.first_mut() {
        shift.start = "25:00".into();
    }
    s.roster.rates = s.roster.rates_for(&["a".into()]);
    if let Some(rates) = s.roster.rates.first_mut() {
        rates.set(Window::Night, "x".into());
    }
    s.transition.cases.clear();
    s
}

/// A valid scenario with the parts the default one leaves out.
fn with_extras() -> Scenario {
    let mut s = Scenario::default();
    s.tariff.load_preset(Preset::IkastBrande);
    s.tariff.supplements.push(SaertakstForm {
        pseudonym: "A".into(),
        extra_hours: "2".into(),
        months: "4".into(),
    });
    s
}

/// The values of `attribute="…"` in `html`.
fn attribute_values(html: &str, attribute: &str) -> Vec<String> {
    let marker = format!("{attribute}=\"");
    html.split(marker.as_str())
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(String::from)
        .collect()
}

/// Every page, embedded or not, of each of the scenarios, as HTML; and the Sammenlign page
/// with two saved scenarios (with one it has nothing to compare).
fn pages() -> Vec<String> {
    let mut out = Vec::new();
    for scenario in [
        Scenario::default(),
        full_of_errors(),
        with_extras(),
        at_the_limits(),
    ] {
        for page in Page::ALL {
            for embed in [false, true] {
                out.push(render(scenario.clone(), page, embed));
            }
        }
    }
    // Built with `add`, not a struct literal: a library keeps more than its scenarios.
    let mut library = Library::default();
    library.add(with_extras());
    library.select(0);
    out.push(futures::executor::block_on(
        ServerRenderer::<App>::with_props(move || AppProps {
            library,
            page: Page::Compare,
            ..AppProps::default()
        })
        .hydratable(false)
        .render(),
    ));
    out
}

/// Every `data-testid` the app renders, and those of index.html's static start screen
/// (shown until the app mounts), as patterns.
fn rendered() -> BTreeSet<String> {
    let start = read(&root().join("index.html"));
    pages()
        .iter()
        .chain([&start])
        .flat_map(|html| attribute_values(html, "data-testid"))
        .map(|id| pattern(&id))
        .collect()
}

/// The string literals of a Rust or JavaScript source, each with the text just before it.
/// Good enough for our sources: no raw strings hold ids.
fn literals(source: &str, quote: char) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut chars = source.char_indices();
    while let Some((start, c)) = chars.next() {
        if c == '/' && source[start..].starts_with("//") {
            // Skip line comments (doc comments mention ids in prose).
            for (_, c) in chars.by_ref() {
                if c == '\n' {
                    break;
                }
            }
        } else if c == 'r' && quote == '"' && source[start..].starts_with("r#\"") {
            // A raw string (JSON in tests): skip it.
            let end = source[start..]
                .find("\"#")
                .map_or(source.len(), |e| start + e + 2);
            while chars.next().is_some_and(|(i, _)| i + 1 < end) {}
        } else if c == '\'' && quote == '"' {
            // A Rust char literal or lifetime: skip `'"'` whole, leave lifetimes alone.
            if source[start..].starts_with("'\"'") {
                chars.next();
                chars.next();
            }
        } else if c == quote {
            let mut text = String::new();
            while let Some((_, c)) = chars.next() {
                match c {
                    '\\' => {
                        chars.next();
                    }
                    c if c == quote => break,
                    c => text.push(c),
                }
            }
            let before = source[..start].chars().rev().take(40).collect::<String>();
            out.push((before.chars().rev().collect(), text));
        }
    }
    out
}

/// The literals of the Rust files under `dir` (except `skip`) that are ids.
fn rust_literals(dir: &str, skip: Option<&str>) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for path in files(&root().join(dir), ".rs") {
        if skip.is_some_and(|skip| path.ends_with(skip)) {
            continue;
        }
        let name = path.display().to_string();
        for (before, text) in literals(&read(&path), '"') {
            // `Some("t")` in a view is a unit or a result column's key, not an input's id.
            if is_id(&text) && !before.ends_with("Some(") {
                out.insert((text, name.clone()));
            }
        }
    }
    out
}

#[test]
fn every_documented_id_is_defined() {
    let lists = List::ALL.iter().map(|l| l.id().to_string());
    let defined: BTreeSet<String> = inputs()
        .into_iter()
        .chain(rendered())
        .chain(lists)
        .collect();
    let ui: BTreeSet<String> = rust_literals("src/ui", None)
        .into_iter()
        .map(|(text, _)| pattern(&text))
        .collect();
    let missing: Vec<String> = documented()
        .into_iter()
        .filter(|id| !defined.contains(id) && !ui.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "documented in docs/testids.md but not in the code: {missing:?}"
    );
}

#[test]
fn every_defined_id_is_documented() {
    let docs = documented();
    let defined: BTreeSet<String> = inputs().into_iter().chain(rendered()).collect();
    let undocumented: Vec<&String> = defined.iter().filter(|id| !docs.contains(*id)).collect();
    assert!(
        undocumented.is_empty(),
        "in the code but not in docs/testids.md: {undocumented:?}"
    );
}

/// Whether `id` is the documented `doc`; in a template literal's id a `${…}` part stands
/// for any one part (`nav-${key}`, `pakke-${n}-timepris`).
fn matches(id: &str, doc: &str) -> bool {
    let (ids, docs): (Vec<&str>, Vec<&str>) = (id.split('-').collect(), doc.split('-').collect());
    ids.len() == docs.len()
        && ids.iter().zip(&docs).all(|(i, d)| {
            i == d || (i.starts_with("${") && i.ends_with('}')) || (*i == "N" && *d == "N")
        })
}

#[test]
fn the_browser_tests_use_documented_ids() {
    let docs = documented();
    let mut unknown = Vec::new();
    for path in files(&root().join("tests/e2e"), ".mjs") {
        let source = read(&path);
        for quote in ['\'', '"', '`'] {
            for (before, text) in literals(&source, quote) {
                // The calls that take a test id, and `data-testid="…"` in selectors.
                let takes_id = ["getByTestId(", "ext(page, ", "typeInto(page, ", "waitFor: "]
                    .iter()
                    .any(|call| before.ends_with(call));
                let mut ids = if takes_id { vec![text.clone()] } else { vec![] };
                ids.extend(attribute_values(&format!("{quote}{text}"), "data-testid"));
                for id in ids {
                    if !docs.iter().any(|doc| matches(&pattern(&id), doc)) {
                        unknown.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "tests/e2e use ids docs/testids.md does not have: {unknown:?}"
    );
}

/// An input's id is spelled once, in `model::field`: no other model file and no view
/// spells it (views take it from the typed field).
#[test]
fn input_ids_are_spelled_only_in_model_field() {
    // Column ids are words (`pakke`, `navn`) that other text uses too; whole row ids are
    // checked below.
    let mut ids: BTreeSet<String> = Field::ALL.iter().map(|f| f.id().to_string()).collect();
    ids.extend(List::ALL.iter().map(|l| l.id().to_string()));
    let mut spelled: Vec<String> = rust_literals("src/model", Some("src/model/field.rs"))
        .into_iter()
        .chain(rust_literals("src/ui", None))
        .filter(|(text, _)| ids.contains(text))
        .map(|(text, file)| format!("{file}: {text}"))
        .collect();
    // Every documented input id of the other files as well (`pakke-2-timer` in a test).
    let docs = documented();
    let inputs = inputs();
    spelled.extend(
        rust_literals("src/model", Some("src/model/field.rs"))
            .into_iter()
            .chain(rust_literals("src/ui", None))
            .filter(|(text, _)| text.contains('-') && inputs.contains(&pattern(text)))
            .filter(|(text, _)| docs.contains(&pattern(text)))
            .map(|(text, file)| format!("{file}: {text}")),
    );
    spelled.sort();
    spelled.dedup();
    assert!(
        spelled.is_empty(),
        "input ids spelled outside src/model/field.rs: {spelled:?}"
    );
}

/// Every input `model::field` defines is on a page (no id is left over from a removed
/// input).
#[test]
fn every_input_is_rendered() {
    let rendered = rendered();
    let missing: Vec<String> = inputs()
        .into_iter()
        .filter(|id| !rendered.contains(id))
        .collect();
    assert!(missing.is_empty(), "inputs no page renders: {missing:?}");
}

/// Every input and select on a page has its id from `model::field`, except the scenario
/// bar's, which edit the library rather than a scenario's figures, and the Sammenlign
/// page's choice of scenarios, which picks saved scenarios rather than editing one.
#[test]
fn every_rendered_input_is_a_field() {
    let inputs = inputs();
    let mut strays = BTreeSet::new();
    for html in pages() {
        for tag in ["<input ", "<select "] {
            for element in html.split(tag).skip(1) {
                let element = element.split('>').next().unwrap_or_default();
                for id in attribute_values(&format!(" {element}"), " data-testid") {
                    let library = id.starts_with("scenarie-") || id.starts_with("sammenlign-valg-");
                    if !inputs.contains(&pattern(&id)) && !library {
                        strays.insert(id);
                    }
                }
            }
        }
    }
    assert!(
        strays.is_empty(),
        "inputs without a model::field id: {strays:?}"
    );
}
