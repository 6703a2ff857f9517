//! Every change a user can make to a scenario, as data. The UI turns an event into an `Edit`
//! (`Set(field, text)`, `AddRow(table)` …) and the reducer applies it with
//! `Scenario::apply`, so a whole session can be replayed, tested and compared natively,
//! and rules that span pages (removing a staff group moves the shifts that use it) live
//! here once instead of in the view that happens to have the button.
use super::capacity;
use super::field::{Column, Field, FieldRef, RowField, Table};
use super::number::{format_dk_trim, parse_dk};
use super::roster::{self, ShiftForm};
use super::scenario::Scenario;
use super::tariff::{
    self, hours_to_minutes, minutes_to_hours, FixedCostForm, HoursUnit, LookupForm, LookupKind,
    PackageForm, PackageId, PriceBasis, SaertakstForm, Vum, MAX_ALTERNATIVES,
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
    /// A case's old takst: the package with this id's, or `None` for the typed one.
    OldRate(Option<PackageId>),
    /// An alternative of the price lookup: the package with this id, or `None` for §85
    /// bostøtte.
    Alternative(Option<PackageId>),
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
                        .package_position(l.package)
                        .and_then(|at| form.packages.get(at))
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
    /// The table is at its limit (`capacity`); the UI disables its add button then.
    Full(Table),
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::NoRow(table, row) => write!(f, "row {} of {} is gone", row + 1, table.id()),
            EditError::WrongKind(field) => write!(f, "{} cannot take this edit", field.id()),
            EditError::Fixed(table) => write!(f, "the rows of {} are fixed", table.id()),
            EditError::Full(table) => write!(f, "{} is at its limit", table.id()),
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
            Edit::AddRow(table) | Edit::CopyRow(table, _) if !capacity::has_room(self, *table) => {
                return Err(EditError::Full(*table))
            }
            Edit::AddRow(table) => self.add_row(*table)?,
            Edit::RemoveRow(table, row) => self.remove_row(*table, *row)?,
            Edit::CopyRow(table, row) => self.copy_row(*table, *row)?,
            Edit::Preset(Preset::Tariff(p)) => {
                let moved = self.tariff.load_preset(*p);
                for case in &mut self.transition.cases {
                    case.old_rate_package =
                        case.old_rate_package.map(|id| tariff::moved_id(&moved, id));
                }
            }
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
        if let Some(w) = column.window() {
            // One row per staff group; only the typed cell becomes the user's, the others
            // keep following the group's name.
            if row >= self.wage.groups.len() {
                return Err(EditError::NoRow(table, row));
            }
            return self
                .roster
                .rate_mut(row, w)
                .ok_or(EditError::NoRow(table, row));
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
            // Handled above, by the window.
            Column::RateEvening | Column::RateNight | Column::RateSaturday | Column::RateSunday => {
                return Err(wrong)
            }
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
            // Every new row starts empty but for its name and counts nothing until its
            // numbers are typed (`form::all_empty`); "Kopiér" makes a row that counts.
            Table::Groups => {
                let n = self.wage.groups.len() + 1;
                self.wage
                    .groups
                    .push(StaffGroupForm::blank(format!("Gruppe {n}")))
            }
            Table::Shifts => {
                let n = self.roster.shifts.len() + 1;
                self.roster
                    .shifts
                    .push(ShiftForm::blank(format!("Vagt {n}")))
            }
            Table::FixedCosts => t.fixed_costs.push(FixedCostForm::default()),
            Table::Packages => {
                let n = t.packages.len() + 1;
                t.packages.push(PackageForm {
                    id: t.new_package_id(),
                    code: n.to_string(),
                    name: format!("Pakke {n}"),
                    ..PackageForm::default()
                })
            }
            Table::Saertakster => {
                let n = t.supplements.len() + 1;
                t.supplements
                    .push(SaertakstForm::blank(format!("Borger {n}")))
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
            // Choices refer to packages by id: one of the removed package now says
            // "Pakken findes ikke længere" (`DomainError::PackageGone`), the others keep
            // their package wherever it moved.
            Table::Packages => remove(&mut t.packages, row).ok_or(gone)?,
            Table::Saertakster => remove(&mut t.supplements, row).ok_or(gone)?,
            // The first alternative is the one the price lookup shows: it stays.
            Table::Alternatives if row == 0 => return Err(EditError::Fixed(table)),
            Table::Alternatives => remove(&mut t.lookups, row).ok_or(gone)?,
            Table::Cases => remove(&mut self.transition.cases, row).ok_or(gone)?,
            Table::Rates => return Err(EditError::Fixed(table)),
        }
        Ok(())
    }

    fn copy_row(&mut self, table: Table, row: usize) -> Result<(), EditError> {
        let t = &mut self.tariff;
        match table {
            Table::Groups => {
                copy(&mut self.wage.groups, table, row, |g| &mut g.name)?;
                // The copy sits below its original: the shift plan's references follow.
                self.roster.group_copied(row);
                Ok(())
            }
            Table::Shifts => copy(&mut self.roster.shifts, table, row, |s| &mut s.name),
            Table::FixedCosts => copy(&mut t.fixed_costs, table, row, |c| &mut c.name),
            Table::Packages => {
                let id = t.new_package_id();
                copy(&mut t.packages, table, row, |p| &mut p.name)?;
                if let Some(copied) = t.packages.get_mut(row + 1) {
                    copied.id = id;
                }
                Ok(())
            }
            Table::Saertakster => copy(&mut t.supplements, table, row, |s| &mut s.pseudonym),
            Table::Cases => copy(&mut self.transition.cases, table, row, |c| &mut c.pseudonym),
            Table::Alternatives | Table::Rates => Err(EditError::Fixed(table)),
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
    use crate::model::roster::Window;

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

    /// Issue 13.3: a choice refers to the package, not to its row.
    #[test]
    fn removing_a_package_keeps_the_choices_on_their_package() {
        let mut s = Scenario::default();
        let (case, alternative) = (Column::CasePackage.at(0), Column::AlternativeChoice.at(0));
        // Gladsaxe pakke 3 (30 t) has id 2, in row 3.
        s.apply(&Edit::Choose(case.into(), Choice::OldRate(Some(2))))
            .unwrap();
        s.apply(&Edit::Choose(
            alternative.into(),
            Choice::Alternative(Some(2)),
        ))
        .unwrap();
        s.apply(&Edit::RemoveRow(Table::Packages, 0)).unwrap();
        let input = s.tariff.parse().unwrap();
        // Row 2 now, and still pakke 3.
        assert_eq!(input.lookups[0], tariff::LookupChoice::Package(1));
        assert_eq!(input.packages[1].name, s.tariff.packages[1].name);
        assert_eq!(s.tariff.packages[1].code, "3");
        assert_eq!(s.transition.cases[0].old_rate_package, Some(2));
        // Removing pakke 3 itself: the choices say so instead of switching.
        s.apply(&Edit::RemoveRow(Table::Packages, 1)).unwrap();
        let errors = s.tariff.parse().unwrap_err();
        assert_eq!(
            errors[Column::AlternativeChoice.at(0)],
            "Pakken findes ikke længere. Vælg en anden."
        );
        let ids: Vec<PackageId> = s.tariff.packages.iter().map(|p| p.id).collect();
        let links = crate::model::transition::Links {
            package_ids: &ids,
            bostoette_price: s.tariff.bostoette_price(),
        };
        let errors = s.transition.parse(links).unwrap_err();
        assert!(errors[case].starts_with("Pakken findes ikke længere"));
        // A new and a copied package get ids of their own.
        s.apply(&Edit::AddRow(Table::Packages)).unwrap();
        s.apply(&Edit::CopyRow(Table::Packages, 0)).unwrap();
        let mut ids: Vec<PackageId> = s.tariff.packages.iter().map(|p| p.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), s.tariff.packages.len());
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

    /// Issue 13.13: a new row of every table starts empty and changes no figure until it is
    /// filled in; "Kopiér" makes one that counts.
    #[test]
    fn new_rows_count_nothing_until_filled() {
        let base = Scenario::default();
        let figures = |s: &Scenario| {
            let f = crate::model::figures::figures(std::rc::Rc::new(s.clone()), None);
            // The key figures: a new group is listed (with 0 kr.), but changes none.
            let wage = f
                .wage()
                .outcome
                .ready()
                .map(|w| (w.1.fte, w.1.hourly_price));
            let roster = f.roster().outcome.ready().map(|r| r.2.supplement_pct);
            let tariff = f.tariff().outcome.ready().map(|t| t.1.mix.clone());
            let transition = f.transition().outcome.ready().map(|t| t.1.totals);
            (wage, roster, tariff, transition)
        };
        let before = figures(&base);
        assert!(
            before.0.is_some() && before.1.is_some() && before.2.is_some() && before.3.is_some()
        );
        for table in [
            Table::Groups,
            Table::Shifts,
            Table::FixedCosts,
            Table::Packages,
            Table::Saertakster,
            Table::Cases,
        ] {
            let mut s = base.clone();
            s.apply(&Edit::AddRow(table)).unwrap();
            assert_eq!(figures(&s), before, "{table:?}");
        }
        // A shift with only its start typed is incomplete: its other fields say so.
        let mut s = base.clone();
        s.apply(&Edit::AddRow(Table::Shifts)).unwrap();
        s.apply(&Edit::Set(Column::ShiftStart.at(3).into(), "07:00".into()))
            .unwrap();
        let f = crate::model::figures::figures(std::rc::Rc::new(s), None);
        assert!(f.roster().errors.contains_key(Column::ShiftMonday.at(3)));
        // A copied row counts: a copied shift adds its hours.
        let mut s = base.clone();
        s.apply(&Edit::CopyRow(Table::Shifts, 0)).unwrap();
        assert_ne!(figures(&s).1, before.1);
        assert_eq!(s.roster.shifts[1].name, "Dag (kopi)");
        // A copied staff group sits below its original; the shifts keep their groups.
        let mut s = base.clone();
        s.apply(&Edit::CopyRow(Table::Groups, 0)).unwrap();
        let groups: Vec<usize> = s.roster.shifts.iter().map(|sh| sh.group).collect();
        assert_eq!(groups, [0, 0, 3]);
        assert_eq!(s.wage.groups[1].name, "Socialpædagog (kopi)");
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
        let names: Vec<String> = s.wage.groups.iter().map(|g| g.name.clone()).collect();
        let rates = s.roster.rates_for(&names);
        assert_eq!(rates[1].text(Window::Night), "30");
        assert_eq!(
            rates[2].text(Window::Evening),
            "27,5",
            "medhjælper's default"
        );
    }

    /// Issue 13.2: after a rate edit, renaming a group still gives it its name's defaults,
    /// except in the cells the user typed.
    #[test]
    fn renaming_a_group_after_a_rate_edit_follows_the_new_name() {
        let mut s = Scenario::default();
        s.apply(&Edit::Set(Column::RateNight.at(0).into(), "30".into()))
            .unwrap();
        // Group 2 (Social- og sundhedsassistent → pædagogisk assistent 26 %) becomes a
        // medhjælper (27,5 %); group 1 keeps its typed night but follows the name elsewhere.
        s.apply(&Edit::Set(
            Column::GroupName.at(1).into(),
            "Medhjælper".into(),
        ))
        .unwrap();
        s.apply(&Edit::Set(
            Column::GroupName.at(0).into(),
            "Medhjælper".into(),
        ))
        .unwrap();
        let names: Vec<String> = s.wage.groups.iter().map(|g| g.name.clone()).collect();
        let rates = s.roster.rates_for(&names);
        assert_eq!(rates[1].text(Window::Evening), "27,5");
        assert_eq!(rates[0].text(Window::Evening), "27,5");
        assert_eq!(rates[0].text(Window::Night), "30", "typed");
        assert_eq!(s.roster.typed_rates(), vec![(0, vec![Window::Night])]);
    }
}
