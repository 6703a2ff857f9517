//! How much the calculator holds: rows per table, scenarios per browser. Each limit is set
//! well above any real botilbud and carries its reason, which the UI shows by a disabled
//! "Tilføj". A file or link with more rows opens what fits (the first rows, with a notice),
//! so no input can make a page compute or draw without bound. The horizon (months) is
//! `transition::MAX_HORIZON`; texts, files and links are capped by `scenario::MAX_TEXT`.
//!
//! The limits were measured against the frame budget: `scripts/bench` opens the scenario
//! `tests/fixtures/limits.json` (every table at its limit) and times a keystroke on each page.
use super::field::Table;
use super::lenient::{FieldWarning, Problem};
use super::scenario::Scenario;
use super::tariff::MAX_ALTERNATIVES;
use serde_json::Value;

/// A table's limit: at most `max` rows of `what` (Danish plural), because `reason`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capacity {
    pub max: usize,
    pub what: &'static str,
    pub reason: &'static str,
}

/// The limit of `table`.
pub const fn of(table: Table) -> Capacity {
    let (max, what, reason) = match table {
        // Personalegrupper: 3–6 in a botilbud's budget; 10 leaves room for every faggruppe
        // a house employs.
        Table::Groups | Table::Rates => (
            10,
            "personalegrupper",
            "et botilbud har typisk 3–6 faggrupper",
        ),
        // Vagter: a large 24/7 house plans 10–25 shifts a week.
        Table::Shifts => (
            30,
            "vagter i planen",
            "selv store døgnbemandede botilbud planlægger 10–25 vagter",
        ),
        // Faste udgifter: the budgets in the reports list 5–15 lines.
        Table::FixedCosts => (
            20,
            "faste udgifter",
            "et botilbuds budget har typisk 5–15 faste udgiftsposter",
        ),
        // Pakker: Gladsaxe has 6, Ikast-Brande 9.
        Table::Packages => (15, "pakker", "kommunernes pakkemodeller har 5–10 pakker"),
        // Særtakster: for the few residents no package covers; 50 is a large house's worth.
        Table::Saertakster => (
            50,
            "særtakster",
            "særtakster gives til de få beboere, ingen pakke dækker",
        ),
        Table::Alternatives => (
            MAX_ALTERNATIVES,
            "prisalternativer",
            "prisopslaget sammenligner højst tre side om side",
        ),
        // Overgangssager: a municipality moves a handful of residents a year.
        Table::Cases => (
            40,
            "overgangssager",
            "en kommune flytter få borgere om året efter ordningen",
        ),
    };
    Capacity { max, what, reason }
}

/// Scenarios in one browser: a consultant with a scenario per botilbud of a large
/// municipality has a few dozen.
pub const MAX_SCENARIOS: usize = 100;

/// How many rows `table` has in `scenario`.
pub fn rows(scenario: &Scenario, table: Table) -> usize {
    match table {
        Table::Groups => scenario.wage.groups.len(),
        Table::Shifts => scenario.roster.shifts.len(),
        Table::Rates => scenario.roster.rates.len(),
        Table::FixedCosts => scenario.tariff.fixed_costs.len(),
        Table::Packages => scenario.tariff.packages.len(),
        Table::Saertakster => scenario.tariff.supplements.len(),
        Table::Alternatives => scenario.tariff.lookups.len(),
        Table::Cases => scenario.transition.cases.len(),
    }
}

/// Whether one more row fits in `table`.
pub fn has_room(scenario: &Scenario, table: Table) -> bool {
    rows(scenario, table) < of(table).max
}

/// Where each table sits in the scenario's JSON (docs/scenario.md).
pub(crate) const LISTS: [(&str, &str, Table); 8] = [
    ("wage", "groups", Table::Groups),
    ("roster", "shifts", Table::Shifts),
    ("roster", "rates", Table::Rates),
    ("tariff", "fixed_costs", Table::FixedCosts),
    ("tariff", "packages", Table::Packages),
    ("tariff", "supplements", Table::Saertakster),
    ("tariff", "lookups", Table::Alternatives),
    ("transition", "cases", Table::Cases),
];

/// Cuts every list of scenario JSON `value` to its limit, before it is read (reading and
/// repairing 100.000 rows would itself freeze the tab). One warning per list that was cut.
pub fn clamp(value: &mut Value) -> Vec<FieldWarning> {
    let mut warnings = Vec::new();
    for (page, list, table) in LISTS {
        let Some(Value::Array(rows)) = value.get_mut(page).and_then(|p| p.get_mut(list)) else {
            continue;
        };
        let max = of(table).max;
        if rows.len() > max {
            warnings.push(FieldWarning {
                path: format!("{page}.{list}"),
                scenario: None,
                problem: Problem::TooMany {
                    had: rows.len(),
                    kept: max,
                },
            });
            rows.truncate(max);
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scenario::{decode_json, encode_compact};

    #[test]
    fn a_scenario_over_the_limits_opens_with_what_fits_and_says_so() {
        let mut value: Value =
            serde_json::from_str(&encode_compact(&Scenario::default())).expect("json");
        value["roster"]["shifts"] = Value::Array(vec![serde_json::json!({}); 100_000]);
        value["transition"]["cases"] = Value::Array(vec![serde_json::json!({}); 12_500]);
        let decoded = decode_json(&value.to_string()).expect("reads");
        assert_eq!(decoded.value.roster.shifts.len(), 30);
        assert_eq!(decoded.value.transition.cases.len(), 40);
        let notices: Vec<String> = decoded
            .warnings
            .iter()
            .filter(|w| matches!(w.problem, Problem::TooMany { .. }))
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            notices,
            [
                "Listen ›roster.shifts‹ havde 100.000 rækker; de første 30 er åbnet (højst 30 vagter i planen: selv store døgnbemandede botilbud planlægger 10–25 vagter).",
                "Listen ›transition.cases‹ havde 12.500 rækker; de første 40 er åbnet (højst 40 overgangssager: en kommune flytter få borgere om året efter ordningen)."
            ]
        );
    }

    #[test]
    fn at_the_limit_nothing_is_cut_and_no_more_rows_fit() {
        let mut s = Scenario::default();
        s.roster.shifts = vec![Default::default(); 30];
        assert!(!has_room(&s, Table::Shifts));
        assert!(has_room(&s, Table::Cases));
        let decoded = decode_json(&encode_compact(&s)).expect("reads");
        assert_eq!(decoded.value.roster.shifts.len(), 30);
        assert!(decoded
            .warnings
            .iter()
            .all(|w| !matches!(w.problem, Problem::TooMany { .. })));
    }

    #[test]
    fn a_full_table_refuses_another_row_and_a_copy() {
        use crate::model::edit::{Edit, EditError};
        let mut s = Scenario::default();
        s.roster.shifts = vec![Default::default(); 30];
        let before = s.clone();
        for edit in [Edit::AddRow(Table::Shifts), Edit::CopyRow(Table::Shifts, 0)] {
            assert_eq!(s.apply(&edit), Err(EditError::Full(Table::Shifts)));
        }
        assert_eq!(s, before);
        s.roster.shifts.pop();
        assert_eq!(s.apply(&Edit::AddRow(Table::Shifts)), Ok(()));
    }

    #[test]
    fn every_limit_has_a_reason_and_room_above_the_examples() {
        for &table in Table::ALL {
            let c = of(table);
            assert!(!c.reason.is_empty() && !c.what.is_empty());
            assert!(rows(&Scenario::default(), table) < c.max, "{table:?}");
        }
    }
}
