//! Every change a user can make to a scenario, as data. The UI turns an event into an `Edit`
//! (`Set(field, text)`, `AddRow(table)` …) and the reducer applies it with
//! `Scenario::apply`, so a whole session can be replayed, tested and compared natively,
//! and rules that span pages (removing a staff group moves the shifts that use it) live
//! here once instead of in the view that happens to have the button.
use super::field::{Column, Field, FieldRef, RowField, Table};
use super::number::{format_dk_trim, parse_dk};
use super::roster::{self, ShiftForm};
use super::scenario::Scenario;
use super::tariff::{
    self, hours_to_minutes, minutes_to_hours, FixedCostForm, HoursUnit, LookupForm, LookupKind,
    PackageForm, PriceBasis, SaertakstForm, Vum, MAX_ALTERNATIVES,
};
use super::transition::CaseForm;
use super::wage::StaffGroupForm;
use std::fmt;

/// A change to the open scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// The text of one text input (or of the start-month select, whose value is its text).
    Set(FieldRef, String),
    /// One checkbox.
    SetFlag(FieldRef, bool),
    /// One select whose value is not text.
    Choose(FieldRef, Choice),
    /// A new row at the end of a table, with the values a new row starts with.
    AddRow(Table),
    /// Removes row n, and fixes what refers to it.
    RemoveRow(Table, usize),
    /// A copy of row n right below it, renamed "… (kopi)".
    CopyRow(Table, usize),
    /// Loads a template.
    Preset(Preset),
    /// The scenario's name.
    Rename(String),
}

/// What a select chooses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// A package's VUM category.
    Vum(Vum),
    /// A package's hours unit; switching converts the number (see `set_unit`).
    Unit(HoursUnit),
    /// What a typed package price is.
    Basis(PriceBasis),
    /// A shift's staff group (position on the wage page).
    Group(usize),
    /// A case's old takst: package n's, or `None` for the typed one.
    OldRate(Option<usize>),
    /// An alternative of the price lookup: package n, or `None` for §85 bostøtte.
    Alternative(Option<usize>),
}

/// A template that replaces part of the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// A published package table (Takster); keeps fixed costs and the timepris.
    Tariff(tariff::Preset),
    /// A shift plan (Vagtplan), for the wage page's staff groups.
    Shifts(roster::Preset),
}

impl Preset {
    /// What loading this template changed from `before` to `after`, in Danish, one line per
    /// change: a template replaces the user's choices, so the app says which and offers
    /// "Fortryd" instead of changing them silently.
    pub fn changes(&self, before: &Scenario, after: &Scenario) -> Vec<String> {
        let mut out = Vec::new();
        match self {
            Preset::Tariff(_) => {
                let (b, a) = (&before.tariff, &after.tariff);
                if b.price_basis != a.price_basis {
                    out.push(format!(
                        "Prisgrundlag: {} → {}",
                        basis_label(b.price_basis),
                        basis_label(a.price_basis)
                    ));
                }
                if b.packages != a.packages {
                    out.push(format!(
                        "{} pakker erstattet af {} fra skabelonen",
                        b.packages.len(),
                        a.packages.len()
                    ));
                }
                let name = |form: &tariff::TariffForm, l: &LookupForm| match l.kind {
                    LookupKind::Package => form
                        .packages
                        .get(l.package)
                        .map_or_else(String::new, |p| p.name.clone()),
                    LookupKind::Bostoette => "§85 bostøtte".into(),
                };
                for (i, (lb, la)) in b.lookups.iter().zip(&a.lookups).enumerate() {
                    let (nb, na) = (name(b, lb), name(a, la));
                    if nb != na {
                        out.push(format!("Alternativ {}: {nb} → {na}", i + 1));
                    }
                }
            }
            Preset::Shifts(_) => {
                if before.roster.shifts != after.roster.shifts {
                    out.push(format!(
                        "{} vagter erstattet af skabelonens {}",
                        before.roster.shifts.len(),
                        after.roster.shifts.len()
                    ));
                }
            }
        }
        out
    }
}

/// The price basis as the Takster page names it.
pub(crate) fn basis_label(basis: PriceBasis) -> &'static str {
    match basis {
        PriceBasis::Doegntakst => "hele døgntaksten",
        PriceBasis::Ydelsestakst => "kun ydelsestaksten",
    }
}

/// Why an edit could not be applied. Nothing has changed then. In the app this is a stale
/// event (a click on a row that has just been removed), so the reducer ignores it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// The row is not there (any more).
    NoRow(Table, usize),
    /// The edit does not fit the input (`SetFlag` on a text input, a list as a whole …).
    WrongKind(FieldRef),
    /// The table's rows cannot be added, removed or copied this way.
    Fixed(Table),
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::NoRow(table, row) => write!(f, "row {} of {} is gone", row + 1, table.id()),
            EditError::WrongKind(field) => write!(f, "{} cannot take this edit", field.id()),
            EditError::Fixed(table) => write!(f, "the rows of {} are fixed", table.id()),
        }
    }
}

impl std::error::Error for EditError {}

/// What kind of input a field is, i.e. which edit sets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    Flag,
    Choice,
}

/// The kind of `field`'s input; `None` for a list as a whole, which is no input.
pub fn kind(field: FieldRef) -> Option<Kind> {
    match field {
        FieldRef::Page(
            Field::Juleaften
            | Field::Grundlovsdag
            | Field::FoersteMaj
            | Field::TillaegStabling
            | Field::TillaegFraVagtplan,
        )
        | FieldRef::Row(RowField {
            column: Column::ShiftAsleep | Column::PackageOpenEnded,
            ..
        }) => Some(Kind::Flag),
        FieldRef::Page(Field::Prisgrundlag)
        | FieldRef::Row(RowField {
            column:
                Column::ShiftGroup
                | Column::PackageVum
                | Column::PackageUnit
                | Column::AlternativeChoice
                | Column::CasePackage,
            ..
        }) => Some(Kind::Choice),
        FieldRef::Page(_) | FieldRef::Row(_) => Some(Kind::Text),
        FieldRef::List(_) => None,
    }
}

/// Row `row` of `rows`, or the error naming it.
fn row_of<T>(rows: &mut [T], table: Table, row: usize) -> Result<&mut T, EditError> {
    rows.get_mut(row).ok_or(EditError::NoRow(table, row))
}

impl Scenario {
    /// Applies `edit`; on an error nothing has changed.
    pub fn apply(&mut self, edit: &Edit) -> Result<(), EditError> {
        match edit {
            Edit::Set(field, text) => *self.text_mut(*field)? = text.clone(),
            Edit::SetFlag(field, on) => *self.flag_mut(*field)? = *on,
            Edit::Choose(field, choice) => self.choose(*field, *choice)?,
            Edit::AddRow(table) => self.add_row(*table)?,
            Edit::RemoveRow(table, row) => self.remove_row(*table, *row)?,
            Edit::CopyRow(table, row) => self.copy_row(*table, *row)?,
            Edit::Preset(Preset::Tariff(p)) => self.tariff.load_preset(*p),
            Edit::Preset(Preset::Shifts(p)) => {
                self.roster.shifts = p.shifts(self.wage.groups.len());
            }
            Edit::Rename(name) => self.name = name.clone(),
        }
        Ok(())
    }

    /// The text of a text input.
    fn text_mut(&mut self, field: FieldRef) -> Result<&mut String, EditError> {
        let wrong = EditError::WrongKind(field);
        let (column, row) = match field {
            FieldRef::Page(f) => return self.page_text(f).ok_or(wrong),
            FieldRef::Row(RowField { column, row }) => (column, row),
            FieldRef::List(_) => return Err(wrong),
        };
        let table = column.table();
        if table == Table::Rates {
            // One row per staff group; a group nobody has typed rates for has the defaults
            // for its name until the first edit.
            if row >= self.wage.groups.len() {
                return Err(EditError::NoRow(table, row));
            }
            let names: Vec<String> = self.wage.groups.iter().map(|g| g.name.clone()).collect();
            self.roster.rates = self.roster.rates_for(&names);
        }
        let w = &mut self.wage;
        let t = &mut self.tariff;
        let c = &mut self.transition.cases;
        let text = match column {
            Column::GroupName => &mut row_of(&mut w.groups, table, row)?.name,
            Column::GroupShare => &mut row_of(&mut w.groups, table, row)?.share_pct,
            Column::GroupSalary => &mut row_of(&mut w.groups, table, row)?.monthly_salary,
            Column::GroupPension => &mut row_of(&mut w.groups, table, row)?.pension_pct,
            Column::ShiftName => &mut row_of(&mut self.roster.shifts, table, row)?.name,
            Column::ShiftStart => &mut row_of(&mut self.roster.shifts, table, row)?.start,
            Column::ShiftEnd => &mut row_of(&mut self.roster.shifts, table, row)?.end,
            Column::ShiftMonday
            | Column::ShiftTuesday
            | Column::ShiftWednesday
            | Column::ShiftThursday
            | Column::ShiftFriday
            | Column::ShiftSaturday
            | Column::ShiftSunday => {
                let day = Column::SHIFT_DAYS.iter().position(|&d| d == column);
                let shift = row_of(&mut self.roster.shifts, table, row)?;
                day.and_then(|d| shift.staff.get_mut(d)).ok_or(wrong)?
            }
            Column::RateEvening => &mut row_of(&mut self.roster.rates, table, row)?.evening,
            Column::RateNight => &mut row_of(&mut self.roster.rates, table, row)?.night,
            Column::RateSaturday => &mut row_of(&mut self.roster.rates, table, row)?.saturday,
            Column::RateSunday => &mut row_of(&mut self.roster.rates, table, row)?.sunday,
            Column::FixedCostName => &mut row_of(&mut t.fixed_costs, table, row)?.name,
            Column::FixedCostAmount => &mut row_of(&mut t.fixed_costs, table, row)?.amount,
            Column::PackageCode => &mut row_of(&mut t.packages, table, row)?.code,
            Column::PackageName => &mut row_of(&mut t.packages, table, row)?.name,
            Column::PackageHours => &mut row_of(&mut t.packages, table, row)?.hours,
            Column::PackagePrice => &mut row_of(&mut t.packages, table, row)?.price,
            Column::PackageResidents => &mut row_of(&mut t.packages, table, row)?.residents,
            Column::SaertakstPseudonym => &mut row_of(&mut t.supplements, table, row)?.pseudonym,
            Column::SaertakstHours => &mut row_of(&mut t.supplements, table, row)?.extra_hours,
            Column::SaertakstMonths => &mut row_of(&mut t.supplements, table, row)?.months,
            Column::AlternativeHours => &mut row_of(&mut t.lookups, table, row)?.hours,
            Column::CasePseudonym => &mut row_of(c, table, row)?.pseudonym,
            Column::CaseOldRate => &mut row_of(c, table, row)?.old_rate,
            Column::CaseMoveOut => &mut row_of(c, table, row)?.move_out,
            Column::CaseTransitionMonths => &mut row_of(c, table, row)?.transition_months,
            Column::CaseHoursTransition => &mut row_of(c, table, row)?.hours_transition,
            Column::CaseCostPerHour => &mut row_of(c, table, row)?.cost_per_hour,
            Column::CaseHoursAfter => &mut row_of(c, table, row)?.hours_after,
            Column::CaseBostottePrice => &mut row_of(c, table, row)?.bostotte_price,
            Column::CaseRefillAfter => &mut row_of(c, table, row)?.refill_after,
            Column::CaseNewRate => &mut row_of(c, table, row)?.new_rate,
            Column::CaseStayMonths => &mut row_of(c, table, row)?.stay_months,
            Column::ShiftGroup
            | Column::ShiftAsleep
            | Column::PackageVum
            | Column::PackageUnit
            | Column::PackageOpenEnded
            | Column::AlternativeChoice
            | Column::CasePackage => return Err(wrong),
        };
        Ok(text)
    }

    /// The text of a page's own text input.
    fn page_text(&mut self, field: Field) -> Option<&mut String> {
        let w = &mut self.wage;
        let t = &mut self.tariff;
        let o = &mut self.transition;
        Some(match field {
            Field::Lonbudget => &mut w.budget,
            Field::Beboere => &mut w.residents,
            Field::Aar => &mut w.year,
            Field::DagePrAar => &mut w.days_per_year,
            Field::Norm => &mut w.norm,
            Field::Ferie => &mut w.vacation,
            Field::Feriefridage => &mut w.extra_vacation,
            Field::TimerPrHelligdag => &mut w.holiday_day_hours,
            Field::TillaegPct => &mut w.supplement_pct,
            Field::SygPct => &mut w.sick_pct,
            Field::KursusPct => &mut w.training_pct,
            Field::AndetPct => &mut w.other_pct,
            Field::IkkeBorgerrelateretPct => &mut w.non_client_pct,
            Field::KravBorgertimer => &mut w.required_client_hours,
            Field::SovendeArbejdstidPct => &mut self.roster.sleep_factor_pct,
            Field::Pladser => &mut t.places,
            Field::Belaegning => &mut t.occupancy_pct,
            Field::Overhead => &mut t.overhead_pct,
            Field::IndtastetTimepris => &mut t.hourly_price,
            Field::GlidningAntal => &mut t.drift_residents,
            Field::BostoetteTimepris => &mut t.bostoette_price,
            Field::LeveredeTimer => &mut t.delivered_client_hours,
            Field::StartAar => &mut o.start_year,
            Field::StartMaaned => &mut o.start_month,
            Field::Horisont => &mut o.horizon,
            Field::Juleaften
            | Field::Grundlovsdag
            | Field::FoersteMaj
            | Field::TillaegStabling
            | Field::TillaegFraVagtplan
            | Field::Prisgrundlag => return None,
        })
    }

    /// The value of a checkbox.
    fn flag_mut(&mut self, field: FieldRef) -> Result<&mut bool, EditError> {
        let holidays = &mut self.wage.holiday_options;
        Ok(match field {
            FieldRef::Page(Field::Juleaften) => &mut holidays.christmas_eve,
            FieldRef::Page(Field::Grundlovsdag) => &mut holidays.constitution_day,
            FieldRef::Page(Field::FoersteMaj) => &mut holidays.may_day,
            FieldRef::Page(Field::TillaegStabling) => &mut self.roster.stacking,
            FieldRef::Page(Field::TillaegFraVagtplan) => &mut self.wage.supplement_from_roster,
            FieldRef::Row(RowField {
                column: Column::ShiftAsleep,
                row,
            }) => &mut row_of(&mut self.roster.shifts, Table::Shifts, row)?.asleep,
            FieldRef::Row(RowField {
                column: Column::PackageOpenEnded,
                row,
            }) => &mut row_of(&mut self.tariff.packages, Table::Packages, row)?.open_ended,
            _ => return Err(EditError::WrongKind(field)),
        })
    }

    /// Sets a select.
    fn choose(&mut self, field: FieldRef, choice: Choice) -> Result<(), EditError> {
        let t = &mut self.tariff;
        let (column, row) = match (field, choice) {
            (FieldRef::Page(Field::Prisgrundlag), Choice::Basis(basis)) => {
                t.price_basis = basis;
                return Ok(());
            }
            (FieldRef::Row(RowField { column, row }), _) => (column, row),
            _ => return Err(EditError::WrongKind(field)),
        };
        let table = column.table();
        match (column, choice) {
            (Column::PackageVum, Choice::Vum(vum)) => {
                row_of(&mut t.packages, table, row)?.vum = vum
            }
            (Column::PackageUnit, Choice::Unit(unit)) => {
                set_unit(row_of(&mut t.packages, table, row)?, unit)
            }
            (Column::ShiftGroup, Choice::Group(group)) => {
                row_of(&mut self.roster.shifts, table, row)?.group = group
            }
            (Column::CasePackage, Choice::OldRate(package)) => {
                row_of(&mut self.transition.cases, table, row)?.old_rate_package = package
            }
            (Column::AlternativeChoice, Choice::Alternative(package)) => {
                let lookup = row_of(&mut t.lookups, table, row)?;
                match package {
                    Some(p) => {
                        lookup.kind = LookupKind::Package;
                        lookup.package = p;
                    }
                    None => lookup.kind = LookupKind::Bostoette,
                }
            }
            _ => return Err(EditError::WrongKind(field)),
        }
        Ok(())
    }

    fn add_row(&mut self, table: Table) -> Result<(), EditError> {
        let t = &mut self.tariff;
        match table {
            Table::Groups => self.wage.groups.push(StaffGroupForm {
                name: "Ny gruppe".into(),
                share_pct: "0".into(),
                monthly_salary: "30.000".into(),
                pension_pct: "14".into(),
            }),
            Table::Shifts => self.roster.shifts.push(ShiftForm {
                name: "Ny vagt".into(),
                start: "07:00".into(),
                end: "15:00".into(),
                staff: ["1"; 7].map(String::from),
                ..ShiftForm::default()
            }),
            Table::FixedCosts => t.fixed_costs.push(FixedCostForm {
                name: "Ny udgift".into(),
                amount: "0".into(),
            }),
            Table::Packages => {
                let n = t.packages.len() + 1;
                t.packages.push(PackageForm {
                    code: n.to_string(),
                    name: format!("Pakke {n}"),
                    hours: "0".into(),
                    residents: "0".into(),
                    ..PackageForm::default()
                })
            }
            Table::Saertakster => {
                let n = t.supplements.len() + 1;
                t.supplements.push(SaertakstForm {
                    pseudonym: format!("Borger {n}"),
                    ..SaertakstForm::default()
                })
            }
            Table::Alternatives => {
                if t.lookups.len() >= MAX_ALTERNATIVES {
                    return Err(EditError::Fixed(table));
                }
                t.lookups.push(LookupForm {
                    kind: LookupKind::Bostoette,
                    package: 0,
                    hours: "6".into(),
                })
            }
            Table::Cases => {
                let cases = &mut self.transition.cases;
                let n = cases.len() + 1;
                cases.push(CaseForm::blank(format!("Borger {n}")))
            }
            Table::Rates => return Err(EditError::Fixed(table)),
        }
        Ok(())
    }

    fn remove_row(&mut self, table: Table, row: usize) -> Result<(), EditError> {
        let t = &mut self.tariff;
        let gone = EditError::NoRow(table, row);
        match table {
            Table::Groups => {
                remove(&mut self.wage.groups, row).ok_or(gone)?;
                // The shift plan's references to the groups move with them.
                self.roster.group_removed(row);
            }
            Table::Shifts => remove(&mut self.roster.shifts, row).ok_or(gone)?,
            Table::FixedCosts => remove(&mut t.fixed_costs, row).ok_or(gone)?,
            Table::Packages => {
                remove(&mut t.packages, row).ok_or(gone)?;
                self.package_removed(row);
            }
            Table::Saertakster => remove(&mut t.supplements, row).ok_or(gone)?,
            // The first alternative is the one the price lookup shows: it stays.
            Table::Alternatives if row == 0 => return Err(EditError::Fixed(table)),
            Table::Alternatives => remove(&mut t.lookups, row).ok_or(gone)?,
            Table::Cases => remove(&mut self.transition.cases, row).ok_or(gone)?,
            Table::Rates => return Err(EditError::Fixed(table)),
        }
        Ok(())
    }

    /// What refers to a package by position follows the packages after it. An alternative
    /// of the removed package takes the one now in its place (as loading a preset clamps);
    /// a case that took its old takst from it goes back to its typed takst.
    fn package_removed(&mut self, row: usize) {
        let last = self.tariff.packages.len().saturating_sub(1);
        for lookup in &mut self.tariff.lookups {
            if lookup.package > row {
                lookup.package -= 1;
            }
            lookup.package = lookup.package.min(last);
        }
        for case in &mut self.transition.cases {
            case.old_rate_package = match case.old_rate_package {
                Some(p) if p == row => None,
                Some(p) if p > row => Some(p - 1),
                other => other,
            };
        }
    }

    fn copy_row(&mut self, table: Table, row: usize) -> Result<(), EditError> {
        match table {
            Table::Shifts => copy(&mut self.roster.shifts, table, row, |s| &mut s.name),
            Table::Cases => copy(&mut self.transition.cases, table, row, |c| &mut c.pseudonym),
            _ => Err(EditError::Fixed(table)),
        }
    }
}

/// Removes row `row` if it is there.
fn remove<T>(rows: &mut Vec<T>, row: usize) -> Option<()> {
    (row < rows.len()).then(|| {
        rows.remove(row);
    })
}

/// Inserts a copy of row `row` below it, its `name` marked as a copy.
fn copy<T: Clone>(
    rows: &mut Vec<T>,
    table: Table,
    row: usize,
    name: fn(&mut T) -> &mut String,
) -> Result<(), EditError> {
    let mut copy = rows.get(row).cloned().ok_or(EditError::NoRow(table, row))?;
    let name = name(&mut copy);
    *name = format!("{name} (kopi)");
    rows.insert(row + 1, copy);
    Ok(())
}

/// Switching the unit converts the number, so the package keeps its hours; 4 decimals keep
/// the døgntakst exact to the øre (2 would move it by a few øre).
fn set_unit(package: &mut PackageForm, unit: HoursUnit) {
    if unit == package.unit {
        return;
    }
    let converted = parse_dk(&package.hours).and_then(|x| match unit {
        HoursUnit::MinutesPerDay => hours_to_minutes(x),
        HoursUnit::PerWeek => minutes_to_hours(x),
    });
    if let Ok(x) = converted {
        package.hours = format_dk_trim(x, 4);
    }
    package.unit = unit;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removing_a_group_moves_the_shifts_that_use_it() {
        let mut s = Scenario::default();
        s.apply(&Edit::Choose(
            Column::ShiftGroup.at(0).into(),
            Choice::Group(2),
        ))
        .unwrap();
        s.apply(&Edit::RemoveRow(Table::Groups, 1)).unwrap();
        assert_eq!(s.roster.shifts[0].group, 1);
        s.apply(&Edit::RemoveRow(Table::Groups, 1)).unwrap();
        assert_eq!(s.roster.shifts[0].group, usize::MAX, "its group is gone");
    }

    #[test]
    fn removing_a_package_fixes_what_refers_to_it() {
        let mut s = Scenario::default();
        let (case, alternative) = (Column::CasePackage.at(0), Column::AlternativeChoice.at(0));
        s.apply(&Edit::Choose(case.into(), Choice::OldRate(Some(3))))
            .unwrap();
        s.apply(&Edit::Choose(
            alternative.into(),
            Choice::Alternative(Some(3)),
        ))
        .unwrap();
        s.apply(&Edit::RemoveRow(Table::Packages, 1)).unwrap();
        assert_eq!(s.transition.cases[0].old_rate_package, Some(2));
        assert_eq!(s.tariff.lookups[0].package, 2);
        s.apply(&Edit::RemoveRow(Table::Packages, 2)).unwrap();
        assert_eq!(s.transition.cases[0].old_rate_package, None);
        assert_eq!(s.tariff.lookups[0].package, 2, "the next package");
    }

    #[test]
    fn an_edit_of_a_row_that_is_gone_changes_nothing() {
        let mut s = Scenario::default();
        let before = s.clone();
        let n = s.tariff.packages.len();
        for edit in [
            Edit::Set(Column::PackageHours.at(n).into(), "1".into()),
            Edit::SetFlag(Column::PackageOpenEnded.at(n).into(), true),
            Edit::Choose(Column::PackageVum.at(n).into(), Choice::Vum(Vum::E)),
            Edit::RemoveRow(Table::Packages, n),
            Edit::CopyRow(Table::Cases, 7),
            Edit::Set(Field::Juleaften.into(), "x".into()),
            Edit::SetFlag(Field::Lonbudget.into(), true),
            Edit::RemoveRow(Table::Alternatives, 0),
            Edit::AddRow(Table::Rates),
        ] {
            assert!(s.apply(&edit).is_err(), "{edit:?}");
            assert_eq!(s, before, "{edit:?}");
        }
    }

    /// Issue 13.4: a template says what it changed.
    #[test]
    fn a_preset_lists_what_it_changed() {
        let before = Scenario::default();
        let preset = Preset::Tariff(tariff::Preset::IkastBrande);
        let mut after = before.clone();
        after.apply(&Edit::Preset(preset)).expect("loads");
        let changes = preset.changes(&before, &after);
        assert_eq!(
            changes.first().map(String::as_str),
            Some("Prisgrundlag: hele døgntaksten → kun ydelsestaksten")
        );
        assert!(changes.iter().any(|c| c.ends_with("fra skabelonen")));
        assert!(preset.changes(&after, &after).is_empty());
    }

    #[test]
    fn a_unit_switch_keeps_the_hours() {
        let mut s = Scenario::default();
        let hours = Column::PackageHours.at(0);
        s.apply(&Edit::Set(hours.into(), "7".into())).unwrap();
        let unit = Column::PackageUnit.at(0).into();
        s.apply(&Edit::Choose(unit, Choice::Unit(HoursUnit::MinutesPerDay)))
            .unwrap();
        assert_eq!(s.tariff.packages[0].hours, "60");
        s.apply(&Edit::Choose(unit, Choice::Unit(HoursUnit::PerWeek)))
            .unwrap();
        assert_eq!(s.tariff.packages[0].hours, "7");
    }

    #[test]
    fn a_rate_edit_keeps_the_other_groups_defaults() {
        let mut s = Scenario::default();
        assert!(s.roster.rates.is_empty());
        s.apply(&Edit::Set(Column::RateNight.at(1).into(), "30".into()))
            .unwrap();
        assert_eq!(s.roster.rates.len(), s.wage.groups.len());
        assert_eq!(s.roster.rates[1].night, "30");
    }
}
