//! A whole session through the reducer, by edits alone: templates loaded, rows added,
//! copied and removed, every input of every page and every row set, then saved and read
//! back. Edits are data (`model::edit`), so this needs no browser; it proves that each input
//! has an edit that reaches the scenario, and that what a session builds survives saving.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
use botilbudsberegneren::model::edit::{self, kind, Choice, Edit, Kind};
use botilbudsberegneren::model::field::{Column, Field, FieldRef, Table};
use botilbudsberegneren::model::roster;
use botilbudsberegneren::model::scenario::{
    decode_json, decode_library, encode_json, encode_library, Library, Scenario,
};
use botilbudsberegneren::model::tariff::{self, HoursUnit, PriceBasis, Vum};
use botilbudsberegneren::ui::state::{Action, AppState, Page};
use std::rc::Rc;
use yew::Reducible;

/// Sends `edit` and checks that it applied (a refused edit leaves the very same state).
fn send(state: Rc<AppState>, edit: Edit) -> Rc<AppState> {
    let next = state.clone().reduce(Action::Edit(edit.clone()));
    assert!(!Rc::ptr_eq(&state, &next), "{edit:?} did not apply");
    next
}

/// How many rows `table` has.
fn rows(s: &Scenario, table: Table) -> usize {
    match table {
        Table::Groups | Table::Rates => s.wage.groups.len(),
        Table::Shifts => s.roster.shifts.len(),
        Table::FixedCosts => s.tariff.fixed_costs.len(),
        Table::Packages => s.tariff.packages.len(),
        Table::Saertakster => s.tariff.supplements.len(),
        Table::Alternatives => s.tariff.lookups.len(),
        Table::Cases => s.transition.cases.len(),
    }
}

/// Two different values for a flag or a select: one of them changes it, whatever it was.
fn two_values(field: FieldRef) -> [Edit; 2] {
    let choose = |a, b| [Edit::Choose(field, a), Edit::Choose(field, b)];
    match (kind(field), field) {
        (Some(Kind::Flag), _) => [Edit::SetFlag(field, true), Edit::SetFlag(field, false)],
        (_, FieldRef::Page(Field::Prisgrundlag)) => choose(
            Choice::Basis(PriceBasis::Ydelsestakst),
            Choice::Basis(PriceBasis::Doegntakst),
        ),
        (_, FieldRef::Row(f)) => match f.column {
            Column::ShiftGroup => choose(Choice::Group(1), Choice::Group(0)),
            Column::PackageVum => choose(Choice::Vum(Vum::E), Choice::Vum(Vum::A)),
            Column::PackageUnit => choose(
                Choice::Unit(HoursUnit::MinutesPerDay),
                Choice::Unit(HoursUnit::PerWeek),
            ),
            Column::CasePackage => choose(Choice::OldRate(Some(1)), Choice::OldRate(None)),
            Column::AlternativeChoice => {
                choose(Choice::Alternative(Some(1)), Choice::Alternative(None))
            }
            _ => panic!("{field:?} has no values here"),
        },
        _ => panic!("{field:?} has no values here"),
    }
}

/// Sets `field`: a text input to a text of its own, a flag or select to a value it did not
/// have; checks that the scenario changed.
fn set(state: Rc<AppState>, field: FieldRef) -> Rc<AppState> {
    if kind(field) == Some(Kind::Text) {
        let before = state.scenario.clone();
        let state = send(state, Edit::Set(field, format!("tekst {}", field.id())));
        assert_ne!(*state.scenario, *before, "{field:?} changed nothing");
        return state;
    }
    let [a, b] = two_values(field);
    let first = send(state.clone(), a);
    if first.scenario != state.scenario {
        return first;
    }
    let second = send(first, b);
    assert_ne!(second.scenario, state.scenario, "{field:?} changed nothing");
    second
}

#[test]
fn a_session_of_edits_survives_saving() {
    let mut state = Rc::new(AppState::new(Library::default(), Page::Wage));
    for preset in [
        edit::Preset::Tariff(tariff::Preset::IkastBrande),
        edit::Preset::Shifts(roster::Preset::SleepingNight),
        edit::Preset::Tariff(tariff::Preset::Gladsaxe),
    ] {
        state = send(state, Edit::Preset(preset));
    }
    for &table in Table::ALL {
        if table != Table::Rates {
            let n = rows(&state.scenario, table);
            state = send(state, Edit::AddRow(table));
            assert_eq!(rows(&state.scenario, table), n + 1, "{table:?}");
        }
    }
    for table in [Table::Shifts, Table::Cases] {
        let n = rows(&state.scenario, table);
        state = send(state, Edit::CopyRow(table, 0));
        assert_eq!(rows(&state.scenario, table), n + 1, "{table:?}");
    }

    for &field in Field::ALL {
        state = set(state, field.into());
    }
    for &column in Column::ALL {
        for row in 0..rows(&state.scenario, column.table()) {
            state = set(state, column.at(row).into());
        }
    }

    for (table, row) in [
        (Table::Groups, 0),
        (Table::Shifts, 1),
        (Table::FixedCosts, 0),
        (Table::Packages, 2),
        (Table::Saertakster, 0),
        (Table::Alternatives, 1),
        (Table::Cases, 0),
    ] {
        let n = rows(&state.scenario, table);
        state = send(state, Edit::RemoveRow(table, row));
        assert_eq!(rows(&state.scenario, table), n - 1, "{table:?}");
    }
    state = send(state, Edit::Rename("Hele sessionen".into()));
    let state = state.reduce(Action::Duplicate);

    // Read back without a single repair: every field the session set is saved.
    let scenario = decode_json(&encode_json(&state.scenario)).unwrap();
    assert_eq!(scenario.warnings, []);
    assert_eq!(scenario.value, *state.scenario);
    let library = decode_library(&encode_library(&state.library())).unwrap();
    assert_eq!(library.warnings, []);
    let library = library.value;
    assert_eq!(library, state.library());
    assert_eq!(library.current().name, "Kopi af Hele sessionen");
}
