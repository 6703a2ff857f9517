use super::*;
use crate::model::holidays::HolidayOptions;
use crate::model::lenient::{self, Problem};
use crate::model::tariff::{PackageForm, Vum};
use proptest::prelude::*;

const FULL_EXAMPLE: &str = include_str!("../../../tests/fixtures/scenario-v2.json");
const V1_EXAMPLE: &str = include_str!("../../../tests/fixtures/scenario-v1.json");
const V0_EXAMPLE: &str = include_str!("../../../tests/fixtures/scenario-v0.json");

/// A text that must read with no field warnings (but the note on U+FFFD, which the
/// generated texts may hold as typed characters).
fn clean(text: &str) -> Result<Scenario, ScenarioError> {
    decode_json(text).map(|d| {
        let fields: Vec<_> = d
            .warnings
            .iter()
            .filter(|w| !matches!(w.problem, Problem::Replaced { .. }))
            .collect();
        assert!(fields.is_empty(), "{text}: {fields:?}");
        d.value
    })
}

/// A text read leniently: the scenario and its warnings as (problem, path).
fn lenient(text: &str) -> (Scenario, Vec<(Problem, String)>) {
    let d = decode_json(text).expect("reads");
    let warnings = d
        .warnings
        .into_iter()
        .map(|w| (w.problem, w.path))
        .collect();
    (d.value, warnings)
}

fn edited() -> Scenario {
    let mut s = Scenario {
        name: "Bofællesskabet <Egen> & \"Co\"".into(),
        ..Scenario::default()
    };
    s.wage.budget = "12.500.000".into();
    s.wage.groups.truncate(2);
    s.wage.holiday_options.may_day = true;
    s
}

#[test]
fn json_round_trip_keeps_every_field() {
    for s in [Scenario::default(), edited()] {
        assert_eq!(clean(&encode_json(&s)), Ok(s.clone()));
        assert_eq!(clean(&encode_compact(&s)), Ok(s));
    }
}

#[test]
fn the_documented_example_file_is_current_and_complete() {
    let s = clean(FULL_EXAMPLE).expect("example decodes");
    assert_eq!(s.version, VERSION);
    assert_eq!(s.name, "Bofællesskabet Egely");
    // Every field is written out in the example (it was made by serde_json's pretty
    // printer): re-encoding gives the same bytes, so field order and format are kept.
    assert_eq!(encode_json(&s), FULL_EXAMPLE.trim_end());
}

#[test]
fn version_0_is_migrated() {
    let (s, warnings) = lenient(V0_EXAMPLE);
    assert_eq!(s.version, VERSION);
    assert_eq!(s.name, "Botilbud fra version 0");
    assert_eq!(s.wage.budget, "8.000.000");
    // Fields missing in old files get their defaults, except `required_client_hours`,
    // which has always been read as empty then (serde's field-level default).
    assert_eq!(s.wage.norm, WageForm::default().norm);
    assert_eq!(s.wage.required_client_hours, "");
    assert_eq!(s.transition, TransitionForm::default());
    // Every field the old file lacks is named, the nested ones of a present object too.
    assert!(warnings.contains(&(Problem::Missing, "transition".into())));
    assert!(warnings.contains(&(Problem::Missing, "wage.norm".into())));
    assert!(!warnings
        .iter()
        .any(|(_, path)| path == "name" || path == "wage.budget"));
}

/// Version 1 → 2 (issue 13.2, 13.3, 13.5): the old file means what it meant.
#[test]
fn version_1_is_migrated() {
    let s = clean(V1_EXAMPLE).expect("version 1 decodes");
    assert_eq!(s.version, VERSION);
    // Package n has the id n, so the lookup's `package: 2` is still the third package.
    let ids: Vec<usize> = s.tariff.packages.iter().map(|p| p.id).collect();
    assert_eq!(ids, [0, 1, 2, 3, 4, 5]);
    assert_eq!(s.tariff.lookups[0].package, 2);
    // The empty §85 price (then: the timepris in use) becomes the case's p_b of 450, which
    // the case now follows.
    assert_eq!(s.tariff.bostoette_price, "450");
    assert_eq!(s.transition.cases[0].bostotte_price, "");
    // A typed §85 price is kept; a case with another p_b keeps its own.
    let v1 = r#"{"version":1,"tariff":{"bostoette_price":"400"},"transition":{"cases":[{"bostotte_price":"450"},{"bostotte_price":"400"}]}}"#;
    let (s, _) = lenient(v1);
    assert_eq!(s.tariff.bostoette_price, "400");
    let own: Vec<&str> = s
        .transition
        .cases
        .iter()
        .map(|c| c.bostotte_price.as_str())
        .collect();
    assert_eq!(own, ["450", ""]);
    // Rate cells equal to their group's default follow the name again; typed ones stay.
    let v1 = r#"{"version":1,"roster":{"rates":[{"evening":"25","night":"30","saturday":"20","sunday":"50"}]}}"#;
    let (s, _) = lenient(v1);
    assert_eq!(
        s.roster.typed_rates(),
        vec![(0, vec![crate::model::roster::Window::Night])]
    );
    // Duplicate ids (a damaged file) are made unique.
    let v2 = r#"{"version":2,"tariff":{"packages":[{"id":3},{"id":3}]}}"#;
    let (s, _) = lenient(v2);
    assert_eq!(s.tariff.packages[1].id, 4);
}

#[test]
fn version_0_name_wins_over_a_name_field() {
    let (s, _) = lenient(r#"{"version":0,"name":"ny","botilbud":"gammel"}"#);
    assert_eq!((s.version, s.name.as_str()), (VERSION, "gammel"));
}

#[test]
fn fields_are_read_as_serde_reads_them() {
    // The last of repeated keys wins, even over a broken earlier one, silently (as
    // every version of the calculator read them).
    let (s, warnings) = lenient(r#"{"version":1,"name":5,"name":"B","version":1}"#);
    assert_eq!(s.name, "B");
    assert!(warnings
        .iter()
        .all(|(problem, _)| *problem == Problem::Missing));
    // A struct may be an array of its fields in order; missing ones take defaults.
    let (s, _) = lenient(r#"{"version":1,"wage":["1","2"]}"#);
    assert_eq!(
        (s.wage.budget.as_str(), s.wage.residents.as_str()),
        ("1", "2")
    );
    assert_eq!(s.wage.year, "2026");
    assert_eq!(s.wage.required_client_hours, "");
    // Missing in a present wage object, `required_client_hours` is empty.
    let group = r#"{"name":"A","share_pct":"1","monthly_salary":"2","pension_pct":"3"}"#;
    let (s, _) = lenient(&format!(r#"{{"version":1,"wage":{{"groups":[{group}]}}}}"#));
    assert_eq!(s.wage.groups.len(), 1);
    assert_eq!(s.wage.required_client_hours, "");
    // Optional package reference: null or an unsigned integer.
    let case = |v: &str| {
        lenient(&format!(
            r#"{{"version":1,"transition":{{"cases":[{{"old_rate_package":{v}}}]}}}}"#
        ))
    };
    assert_eq!(case("null").0.transition.cases[0].old_rate_package, None);
    assert_eq!(case("3").0.transition.cases[0].old_rate_package, Some(3));
    for bad in ["-1", "1.0", "1e2", "\"3\"", "99999999999999999999"] {
        let (s, warnings) = case(bad);
        assert_eq!(s.transition.cases[0].old_rate_package, None, "{bad}");
        let path = "transition.cases[0].old_rate_package".to_string();
        assert!(warnings.contains(&(Problem::Invalid, path)), "{bad}");
    }
    // The version is read as a number only.
    assert_eq!(
        decode_json(r#"{"version":1.0}"#),
        Err(ScenarioError::Foreign)
    );
    assert_eq!(
        decode_json(r#"{"version":-0}"#),
        Err(ScenarioError::Foreign)
    );
}

#[test]
fn a_damaged_field_takes_its_default_and_is_named() {
    for (text, problem, path) in [
        (
            r#"{"version":1,"wage":{"holiday_options":{"may_day":1}}}"#,
            Problem::Invalid,
            "wage.holiday_options.may_day",
        ),
        (
            r#"{"version":1,"wage":{"supplement_from_roster":null}}"#,
            Problem::Invalid,
            "wage.supplement_from_roster",
        ),
        (r#"{"version":1,"wage":"x"}"#, Problem::Invalid, "wage"),
        (
            r#"{"version":1,"tariff":{"packages":[{"vum":"F"}]}}"#,
            Problem::Invalid,
            "tariff.packages[0].vum",
        ),
        (
            r#"{"version":1,"roster":{"shifts":[{"group":-1}]}}"#,
            Problem::Invalid,
            "roster.shifts[0].group",
        ),
        // A shift's staff is exactly seven days.
        (
            r#"{"version":1,"roster":{"shifts":[{"staff":["1"]}]}}"#,
            Problem::Invalid,
            "roster.shifts[0].staff",
        ),
        // A list item that is not one is left out; the others stay.
        (
            r#"{"version":1,"tariff":{"packages":[{"code":"x"},7,{"code":"y"}]}}"#,
            Problem::Dropped,
            "tariff.packages[1]",
        ),
        // A unit variant with a value: the field holding it defaults.
        (
            r#"{"version":1,"tariff":{"lookups":[{"kind":{"Bostoette":5}}]}}"#,
            Problem::Invalid,
            "tariff.lookups[0].kind",
        ),
        // A staff group missing fields keeps the rest.
        (
            r#"{"version":1,"wage":{"groups":[{"name":"A"}]}}"#,
            Problem::Missing,
            "wage.groups[0].share_pct",
        ),
    ] {
        let (_, warnings) = lenient(text);
        assert!(
            warnings.contains(&(problem, path.into())),
            "{text}: {warnings:?}"
        );
    }
    let (s, _) = lenient(r#"{"version":1,"tariff":{"packages":[{"code":"x"},7,{"code":"y"}]}}"#);
    let codes: Vec<&str> = s.tariff.packages.iter().map(|p| p.code.as_str()).collect();
    assert_eq!(codes, ["x", "y"]);
    let (s, _) = lenient(
        r#"{"version":1,"name":"A","wage":{"budget":"5","holiday_options":{"may_day":1}}}"#,
    );
    assert_eq!((s.name.as_str(), s.wage.budget.as_str()), ("A", "5"));
    assert_eq!(s.wage.holiday_options, HolidayOptions::default());
}

/// The library of `edited()` and a scenario damaged by `damage` (a field set in the
/// complete example), as autosave would have it.
fn damaged_library(damage: impl FnOnce(&mut Value)) -> String {
    let mut bad: Value = serde_json::from_str(FULL_EXAMPLE).expect("example");
    damage(&mut bad);
    let good: Value = serde_json::from_str(&encode_compact(&edited())).expect("json");
    serde_json::json!({"active": 1, "scenarios": [good, bad]}).to_string()
}

/// Reads `damaged_library` and checks that only the one field changed: the good
/// scenario is unchanged, the damaged one is the example with `field` at its default.
fn check_library(
    damage: impl FnOnce(&mut Value),
    repair: impl FnOnce(&mut Scenario),
    expected: FieldWarning,
    notice: &str,
) {
    let decoded = decode_library(&damaged_library(damage)).expect("reads");
    let mut example = clean(FULL_EXAMPLE).expect("example");
    repair(&mut example);
    assert_eq!(decoded.value, Library::new(1, vec![edited(), example]));
    assert_eq!(expected.to_string(), notice);
    assert_eq!(decoded.warnings, [expected]);
}

fn warning(path: &str, problem: Problem) -> FieldWarning {
    FieldWarning {
        path: path.into(),
        scenario: Some("Bofællesskabet Egely".into()),
        problem,
    }
}

#[test]
fn a_library_keeps_everything_but_an_unknown_field() {
    check_library(
        |v| v["tariff"]["packages"][2]["colour"] = "red".into(),
        |_| {},
        warning("tariff.packages[2].colour", Problem::Unknown),
        "Feltet ›tariff.packages[2].colour‹ i scenariet »Bofællesskabet Egely« er ukendt og er sprunget over.",
    );
}

#[test]
fn a_library_keeps_everything_but_a_missing_field() {
    check_library(
        |v| {
            v["tariff"]["packages"][2]
                .as_object_mut()
                .map(|p| p.remove("price"));
        },
        |s| s.tariff.packages[2].price = PackageForm::default().price,
        warning("tariff.packages[2].price", Problem::Missing),
        "Feltet ›tariff.packages[2].price‹ i scenariet »Bofællesskabet Egely« manglede og har fået standardværdien.",
    );
}

#[test]
fn a_library_keeps_everything_but_an_unknown_enum_value() {
    check_library(
        |v| v["tariff"]["packages"][2]["vum"] = "F".into(),
        |s| s.tariff.packages[2].vum = Vum::default(),
        warning("tariff.packages[2].vum", Problem::Invalid),
        "Feltet ›tariff.packages[2].vum‹ i scenariet »Bofællesskabet Egely« havde en ukendt værdi og har fået standardværdien.",
    );
}

#[test]
fn a_library_keeps_everything_but_a_wrongly_typed_value() {
    check_library(
        |v| v["wage"]["holiday_options"]["may_day"] = 1.into(),
        |s| s.wage.holiday_options.may_day = false,
        warning("wage.holiday_options.may_day", Problem::Invalid),
        "Feltet ›wage.holiday_options.may_day‹ i scenariet »Bofællesskabet Egely« havde en ukendt værdi og har fået standardværdien.",
    );
}

#[test]
fn a_notice_names_a_few_fields_and_counts_the_rest() {
    let warnings: Vec<FieldWarning> = (0..7)
        .map(|i| FieldWarning {
            path: format!("x{i}"),
            scenario: None,
            problem: Problem::Unknown,
        })
        .collect();
    assert_eq!(lenient::notice("Filen er åbnet, men:", &[]), None);
    let text = lenient::notice("Filen er åbnet, men:", &warnings).expect("notice");
    assert!(text.starts_with("Filen er åbnet, men: Feltet ›x0‹ er ukendt"));
    assert!(text.contains("›x4‹") && !text.contains("›x5‹"));
    assert!(text.ends_with(" Desuden 2 felter mere."));
}

#[test]
fn too_many_damaged_fields_reject_the_scenario() {
    // 160 bad values in 40 cases (a longer list is cut to its limit before it is read).
    let cases: Vec<String> = (0..40)
        .map(|_| {
            r#"{"old_rate_package":"x","move_out":5,"stay_months":7,"refill_after":1}"#.to_string()
        })
        .collect();
    let text = format!(
        r#"{{"version":1,"transition":{{"cases":[{}]}}}}"#,
        cases.join(",")
    );
    assert!(matches!(decode_json(&text), Err(ScenarioError::Invalid(_))));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", encode_json(&edited()));
    assert_eq!(clean(&text), Ok(edited()));
}

#[test]
fn bad_input_gives_the_right_error() {
    assert!(matches!(decode_json("hej"), Err(ScenarioError::NotJson(_))));
    assert!(matches!(
        decode_json(r#"{"version": 1, "na"#),
        Err(ScenarioError::NotJson(_))
    ));
    assert_eq!(decode_json("[1,2]"), Err(ScenarioError::Foreign));
    assert_eq!(decode_json(r#"{"name":"x"}"#), Err(ScenarioError::Foreign));
    assert_eq!(
        decode_json(r#"{"version":"1"}"#),
        Err(ScenarioError::Foreign)
    );
    assert_eq!(
        decode_json(r#"{"version":7}"#),
        Err(ScenarioError::Newer(7))
    );
    let huge = " ".repeat(MAX_TEXT + 1);
    assert_eq!(decode_json(&huge), Err(ScenarioError::TooLarge));
}

#[test]
fn errors_are_danish() {
    assert!(ScenarioError::Newer(2).to_string().contains("nyere udgave"));
    assert!(ScenarioError::Foreign
        .to_string()
        .contains("ikke et scenarie fra Botilbudsberegneren"));
    assert!(ScenarioError::NotJson("x".into())
        .to_string()
        .contains("ikke et gyldigt scenarie"));
}

#[test]
fn unknown_fields_are_ignored_and_missing_ones_defaulted() {
    let (s, warnings) = lenient(r#"{"version":1,"name":"A","future":true}"#);
    assert_eq!(s.name, "A");
    assert_eq!(s.wage, WageForm::default());
    assert!(warnings.contains(&(Problem::Unknown, "future".into())));
    assert!(warnings.contains(&(Problem::Missing, "wage".into())));
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    // serde_json reads up to 127 levels: JSON, but not a scenario.
    assert_eq!(decode_json(&nested(127)), Err(ScenarioError::Foreign));
    assert!(matches!(
        decode_json(&nested(128)),
        Err(ScenarioError::NotJson(_))
    ));
    assert!(matches!(
        decode_json(&nested(100_000)),
        Err(ScenarioError::NotJson(_))
    ));
    let objects = format!(
        "{{\"version\":1,\"name\":{}1{}}}",
        "{\"a\":".repeat(200),
        "}".repeat(200)
    );
    assert!(matches!(
        decode_library(&objects),
        Err(ScenarioError::NotJson(_))
    ));
}

#[test]
fn file_names_are_safe() {
    assert_eq!(
        file_name("Bofællesskabet Ågården", "json"),
        "bofaellesskabet-aagaarden.json"
    );
    assert_eq!(
        file_name("<script>alert(1)</script>", "csv"),
        "script-alert-1-script.csv"
    );
    assert_eq!(file_name("   ", "json"), "scenarie.json");
    assert_eq!(file_name("../../etc/passwd", "json"), "etc-passwd.json");
}

#[test]
fn library_operations() {
    let mut lib = Library::default();
    lib.create();
    assert_eq!(lib.active, 1);
    assert_eq!(lib.current().name, "Nyt botilbud");
    lib.create();
    assert_eq!(lib.current().name, "Nyt botilbud (2)");
    lib.select(0);
    lib.duplicate();
    assert_eq!(lib.current().name, "Kopi af Mit botilbud");
    assert_eq!(lib.scenarios.len(), 4);
    lib.select(99);
    assert_eq!(lib.active, 3);
    lib.delete();
    assert_eq!(lib.scenarios.len(), 3);
    assert_eq!(lib.active, 2);
    lib.delete();
    lib.delete();
    lib.delete();
    assert_eq!(lib.scenarios, vec![Scenario::default()]);
    assert_eq!(lib.active, 0);
    // Adding a scenario that is already there opens it instead of copying it.
    lib.add(edited());
    lib.add(Scenario::default());
    assert_eq!((lib.scenarios.len(), lib.active), (2, 0));
    let mut changed = edited();
    changed.name = "B".into();
    lib.set_current(changed.clone());
    assert_eq!(lib.current(), changed);
}

#[test]
fn adding_a_scenario_under_a_taken_name_numbers_it_and_finds_it_again() {
    let mut lib = Library::default();
    let mut linked = Scenario::default();
    linked.wage.budget = "12.000.000".into();
    // Same name as the saved default, other figures: a new entry with a free name.
    lib.add(linked.clone());
    assert_eq!(lib.current().name, "Mit botilbud (2)");
    assert_eq!((lib.scenarios.len(), lib.active), (2, 1));
    // The same link again opens that entry; the saved one is opened as itself.
    lib.select(0);
    lib.add(linked.clone());
    assert_eq!((lib.scenarios.len(), lib.active), (2, 1));
    lib.add(Scenario::default());
    assert_eq!((lib.scenarios.len(), lib.active), (2, 0));
    // A third version counts on; a name that merely starts alike is no match.
    linked.wage.budget = "13.000.000".into();
    lib.add(linked);
    assert_eq!(lib.current().name, "Mit botilbud (3)");
    assert!(numbered_from("Mit botilbud (12)", "Mit botilbud"));
    assert!(!numbered_from("Mit botilbud (1)", "Mit botilbud"));
    assert!(!numbered_from("Mit botilbud 2", "Mit botilbud"));
    assert!(!numbered_from("Mit botilbud (x)", "Mit botilbud"));
}

#[test]
fn compact_and_pretty_json_are_serde_jsons() {
    let mut s = Scenario {
        name: "A \"quoted\" {name}, [x]: \\ æ\n".into(),
        ..Scenario::default()
    };
    s.wage.groups.clear();
    let compact = encode_compact(&s);
    assert!(compact.starts_with(
        r#"{"version":2,"name":"A \"quoted\" {name}, [x]: \\ æ\n","wage":{"budget":"10.000.000","#
    ));
    assert!(
        compact.contains(r#""days_per_year":"365","groups":[],"supplement_from_roster":false,"#)
    );
    let pretty = encode_json(&s);
    assert!(pretty.starts_with(
        "{\n  \"version\": 2,\n  \"name\": \"A \\\"quoted\\\" {name}, [x]: \\\\ æ\\n\",\n  \"wage\": {\n    \"budget\": \"10.000.000\",\n"
    ));
    assert!(pretty.contains("\n    \"groups\": [],\n"));
    let parse = |text: &str| serde_json::from_str::<Value>(text).expect("json");
    assert_eq!(parse(&pretty), parse(&compact));
}

#[test]
fn library_round_trip_and_damage() {
    let mut lib = Library::default();
    lib.add(edited());
    let read = |text: &str| decode_library(text).map(|d| d.value);
    assert_eq!(
        decode_library(&encode_library(&lib)).map(|d| d.warnings),
        Ok(vec![])
    );
    assert_eq!(read(&encode_library(&lib)), Ok(lib.clone()));
    assert_eq!(decode_library("{}"), Err(ScenarioError::Foreign));
    assert!(decode_library(r#"{"active":0,"scenarios":[]}"#).is_err());
    assert_eq!(
        decode_library(r#"{"active":0,"scenarios":[{"version":9}]}"#),
        Err(ScenarioError::Newer(9))
    );
    // An out-of-range active index falls back to the first scenario.
    let lib = read(r#"{"active":5,"scenarios":[{"version":1}]}"#).expect("ok");
    assert_eq!(lib.active, 0);
}

/// Fuzz cases per property: `default`, or `FUZZ_CASES` for a longer run.
pub(crate) fn fuzz_cases(default: u32) -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Strategy: any scenario — the complete example with every text, flag, number and
/// choice replaced and every list cut to a random length.
fn any_scenario() -> impl Strategy<Value = Scenario> {
    use crate::model::tariff::{HoursUnit, LookupKind, Preset, PriceBasis};
    /// The names serde writes for `variants`.
    fn names<C: Serialize>(variants: &[C]) -> Vec<Value> {
        variants
            .iter()
            .map(|v| serde_json::to_value(v).expect("a name"))
            .collect()
    }
    type Random<'a> = &'a mut dyn FnMut() -> (String, u64);
    fn fill(value: &mut Value, r: Random, choices: &[(&str, Vec<Value>)]) {
        match value {
            Value::String(s) => *s = r().0,
            Value::Bool(b) => *b = r().1 % 2 == 1,
            Value::Number(_) | Value::Null => {
                let n = r().1;
                *value = if n.is_multiple_of(5) && matches!(value, Value::Null) {
                    Value::Null
                } else {
                    Value::from(n % 1_000)
                };
            }
            Value::Array(items) => {
                let keep = items.len() == 7 || r().1.is_multiple_of(4);
                if !keep {
                    items.truncate((r().1 % (items.len() as u64 + 1)) as usize);
                }
                items.iter_mut().for_each(|v| fill(v, r, choices));
            }
            Value::Object(members) => {
                for (key, v) in members {
                    match choices.iter().find(|(k, _)| k == key) {
                        Some((_, names)) => {
                            let pick = r().1 as usize % names.len();
                            *v = names[pick].clone();
                        }
                        None => fill(v, r, choices),
                    }
                }
            }
        }
    }
    (
        proptest::collection::vec(any::<String>(), 64),
        proptest::collection::vec(any::<u64>(), 64),
    )
        .prop_map(|(texts, numbers)| {
            let mut value: Value = serde_json::from_str(FULL_EXAMPLE).expect("example");
            let choices = [
                ("vum", names(&Vum::ALL)),
                (
                    "unit",
                    names(&[HoursUnit::PerWeek, HoursUnit::MinutesPerDay]),
                ),
                (
                    "price_basis",
                    names(&[PriceBasis::Doegntakst, PriceBasis::Ydelsestakst]),
                ),
                ("preset", names(&[Preset::Gladsaxe, Preset::IkastBrande])),
                ("kind", names(&[LookupKind::Package, LookupKind::Bostoette])),
            ];
            let mut i = 0usize;
            let mut random = || {
                i += 1;
                (texts[i % 64].clone(), numbers[i % 64] / 7 + i as u64)
            };
            fill(&mut value, &mut random, &choices);
            value["version"] = 1.into();
            let decoded = migrate(value).expect("a filled-in example is a scenario");
            assert_eq!(decoded.warnings, []);
            decoded.value
        })
}

/// Strategy: valid encodings with a few bytes overwritten, inserted or cut off.
fn mutated_encoding() -> impl Strategy<Value = String> {
    let base = encode_compact(&edited()).into_bytes();
    let len = base.len();
    (
        proptest::collection::vec((0..len, any::<u8>()), 0..4),
        0..=len,
    )
        .prop_map(move |(edits, cut)| {
            let mut bytes = base.clone();
            for (at, byte) in edits {
                if let Some(b) = bytes.get_mut(at) {
                    *b = byte;
                }
            }
            bytes.truncate(cut.max(1));
            String::from_utf8_lossy(&bytes).into_owned()
        })
}

proptest! {
    // 100.000 cases in all (see docs/scenario.md): the decoder never panics.
    #![proptest_config(ProptestConfig::with_cases(fuzz_cases(40_000)))]

    #[test]
    fn decode_never_panics_on_any_string(text in ".{0,200}") {
        let _ = decode_json(&text);
        let _ = decode_library(&text);
    }

    #[test]
    fn decode_never_panics_on_mutated_scenarios(text in mutated_encoding()) {
        if let Ok(s) = decode_json(&text) {
            // Whatever it accepts, it can write back and read again unchanged.
            prop_assert_eq!(clean(&encode_json(&s.value)), Ok(s.value));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn any_name_round_trips(name in any::<String>(), budget in any::<String>()) {
        let mut s = Scenario { name, ..Scenario::default() };
        s.wage.budget = budget;
        prop_assert_eq!(clean(&encode_json(&s)), Ok(s));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn any_scenario_round_trips(s in any_scenario()) {
        prop_assert_eq!(clean(&encode_json(&s)), Ok(s.clone()));
        prop_assert_eq!(clean(&encode_compact(&s)), Ok(s.clone()));
        let library = Library::new(0, vec![s.clone(), s]);
        prop_assert_eq!(decode_library(&encode_library(&library)), Ok(Decoded { value: library, warnings: vec![] }));
    }
}

#[test]
fn messages_are_danish_and_the_parsers_words_are_only_details() {
    let Err(error) = decode_json(r#"{"version":1,"name":"Kaput"#) else {
        panic!("cut off");
    };
    assert_eq!(
        error.to_string(),
        "Teksten er ikke et gyldigt scenarie (den er ikke gyldig JSON; måske er den afskåret eller redigeret i hånden)."
    );
    assert!(error
        .detail()
        .is_some_and(|d| d.contains("EOF while parsing")));
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let Err(error) = decode_json(&deep) else {
        panic!("too deep");
    };
    assert!(!error.to_string().contains("recursion"), "{error}");
    assert!(error
        .detail()
        .is_some_and(|d| d.contains("recursion limit")));
}

#[test]
fn characters_the_browser_replaced_are_reported() {
    let s = Scenario {
        name: "Eg\u{FFFD}ly \u{FFFD}".into(),
        ..Scenario::default()
    };
    let decoded = decode_json(&encode_compact(&s)).expect("reads");
    assert_eq!(decoded.value.name, "Eg\u{FFFD}ly \u{FFFD}");
    assert_eq!(
        decoded.warnings.first().map(ToString::to_string).as_deref(),
        Some("Teksten havde 2 tegn, der ikke kunne læses (ugyldig UTF-8 eller en halv UTF-16-surrogat); de står nu som »\u{FFFD}«.")
    );
}
