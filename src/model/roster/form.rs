//! The Vagtplan page's inputs as typed, their defaults and presets, and parsing them.
use super::clock::{parse_time, PerWindow, Window};
use super::{RosterInput, Shift};
use crate::model::error::DomainError;
use crate::model::field::{Column, Field as Input, FieldRef, List};
use crate::model::form::{all_empty, FieldErrors, FieldWarnings, Reader};
use crate::model::limits;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Monday … Sunday: (Danish label, the shift's staff column).
pub const WEEKDAYS: [(&str, Column); 7] = [
    ("Mandag", Column::ShiftMonday),
    ("Tirsdag", Column::ShiftTuesday),
    ("Onsdag", Column::ShiftWednesday),
    ("Torsdag", Column::ShiftThursday),
    ("Fredag", Column::ShiftFriday),
    ("Lørdag", Column::ShiftSaturday),
    ("Søndag", Column::ShiftSunday),
];

/// One shift as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ShiftForm {
    pub name: String,
    pub start: String,
    pub end: String,
    /// Staff count per start day, Monday … Sunday.
    pub staff: [String; 7],
    /// Index into the wage page's staff groups.
    pub group: usize,
    pub asleep: bool,
}

impl ShiftForm {
    /// A new row (`Edit::AddRow`): only a name, so it counts nothing until it is filled in
    /// ("Kopiér" copies a shift that counts).
    pub fn blank(name: String) -> Self {
        Self {
            name,
            ..Self::default()
        }
    }

    /// True while its times and staff counts are all empty (see `form::all_empty`).
    fn is_blank(&self) -> bool {
        all_empty(self.staff.iter().chain([&self.start, &self.end]))
    }

    fn new(
        name: &str,
        start: &str,
        end: &str,
        staff: [&str; 7],
        group: usize,
        asleep: bool,
    ) -> Self {
        Self {
            name: name.into(),
            start: start.into(),
            end: end.into(),
            staff: staff.map(String::from),
            group,
            asleep,
        }
    }
}

/// One staff group's supplement rates (% of hourly base pay), cell by cell: a cell the user
/// has typed holds the text; an untyped one (`None`, absent in the JSON) follows
/// `default_rates` of the group's current name, so renaming a group changes exactly the
/// cells nobody typed (issue 13.2). Files written before this held every cell of every row
/// from the first edit on; they still read, every cell then counts as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RatesForm {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evening: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub night: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saturday: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sunday: Option<String>,
}

impl RatesForm {
    /// The cell for window `w`: the typed text, or `None` when it follows the name.
    pub fn get(&self, w: Window) -> Option<&String> {
        self.cell(w).as_ref()
    }

    /// The text for window `w`, empty when untyped (a resolved row has every cell).
    pub fn text(&self, w: Window) -> &str {
        self.get(w).map_or("", String::as_str)
    }

    /// The cell for window `w`, to type into.
    pub fn cell_mut(&mut self, w: Window) -> &mut Option<String> {
        match w {
            Window::Evening => &mut self.evening,
            Window::Night => &mut self.night,
            Window::Saturday => &mut self.saturday,
            Window::Sunday => &mut self.sunday,
        }
    }

    fn cell(&self, w: Window) -> &Option<String> {
        match w {
            Window::Evening => &self.evening,
            Window::Night => &self.night,
            Window::Saturday => &self.saturday,
            Window::Sunday => &self.sunday,
        }
    }

    /// Types `text` into the cell for window `w`.
    pub fn set(&mut self, w: Window, text: String) {
        *self.cell_mut(w) = Some(text);
    }

    /// This row with every untyped cell taken from `default_rates(group_name)`.
    pub fn resolved(&self, group_name: &str) -> RatesForm {
        let mut row = default_rates(group_name).0;
        for w in Window::ALL {
            if let Some(text) = self.get(w) {
                row.set(w, text.clone());
            }
        }
        row
    }
}

/// Where the default supplement rates come from and at which level (OK24 raised them), said
/// on screen and on paper so a reader knows to replace them.
pub const RATES_SOURCE: &str = "KL 64.11, 2016-niveau";

/// The KL døgn agreement 64.11 rates (`RATES_SOURCE`) that fit a staff group's name:
/// "socialpædagog" → socialpædagog 25 / 25,5 / 20 / 50 %; a name with "medhjælper" →
/// omsorgs-/pædagogmedhjælper 27,5 / 28 / 23 / 50 %; anything else → pædagogisk assistent
/// 26 / 26,5 / 21 / 50 %. Returns the row and the KL group it was taken from.
pub fn default_rates(group_name: &str) -> (RatesForm, &'static str) {
    let name = group_name.to_lowercase();
    let (label, [evening, night, saturday, sunday]) = if name.contains("socialpædagog") {
        ("socialpædagog", ["25", "25,5", "20", "50"])
    } else if name.contains("medhjælper") {
        ("omsorgs-/pædagogmedhjælper", ["27,5", "28", "23", "50"])
    } else {
        ("pædagogisk assistent", ["26", "26,5", "21", "50"])
    };
    let rates = RatesForm {
        evening: Some(evening.into()),
        night: Some(night.into()),
        saturday: Some(saturday.into()),
        sunday: Some(sunday.into()),
    };
    (rates, label)
}

/// Ready-made plans: dag 07–15, aften 15–23, nat 23–07, more staff on weekdays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// Dag/aften/nat, vågen nat.
    AwakeNight,
    /// Dag/aften/nat, sovende nat.
    SleepingNight,
}

impl Preset {
    pub const ALL: [Preset; 2] = [Preset::AwakeNight, Preset::SleepingNight];

    /// Danish name for the button.
    pub fn label(self) -> &'static str {
        match self {
            Preset::AwakeNight => "Dag/aften/nat, vågen nat",
            Preset::SleepingNight => "Dag/aften/nat, sovende nat",
        }
    }

    /// The preset's shifts for a wage page with `groups` staff groups: day and evening with
    /// the first group, the night with the third (by default pædagogisk medhjælper) or the
    /// last there is.
    pub fn shifts(self, groups: usize) -> Vec<ShiftForm> {
        let night_group = 2.min(groups.saturating_sub(1));
        let asleep = self == Preset::SleepingNight;
        let night = if asleep { "Sovende nat" } else { "Vågen nat" };
        vec![
            ShiftForm::new(
                "Dag",
                "07:00",
                "15:00",
                ["5", "5", "5", "5", "5", "4", "4"],
                0,
                false,
            ),
            ShiftForm::new(
                "Aften",
                "15:00",
                "23:00",
                ["4", "4", "4", "4", "4", "3", "3"],
                0,
                false,
            ),
            ShiftForm::new(night, "23:00", "07:00", ["1"; 7], night_group, asleep),
        ]
    }
}

/// The page's inputs as typed (raw text), so invalid entries survive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RosterForm {
    pub shifts: Vec<ShiftForm>,
    /// Supplement rates per wage staff group (same index). Rows and cells the user has not
    /// typed are missing and follow `default_rates` of the group's current name (see
    /// `rates_for`).
    pub rates: Vec<RatesForm>,
    pub stacking: bool,
    /// Working-time share of a sleeping shift, %.
    pub sleep_factor_pct: String,
}

impl Default for RosterForm {
    /// The awake-night preset for the wage page's three default groups; sleeping shifts
    /// count 100 % until the local agreement is entered (DOMAIN.md §2).
    fn default() -> Self {
        Self {
            shifts: Preset::AwakeNight.shifts(3),
            rates: Vec::new(),
            stacking: false,
            sleep_factor_pct: "100".into(),
        }
    }
}

impl RosterForm {
    /// One rates row per wage staff group, every cell filled: the user's typed cells, the
    /// others the default for the group's current name.
    pub fn rates_for(&self, group_names: &[String]) -> Vec<RatesForm> {
        group_names
            .iter()
            .enumerate()
            .map(|(i, name)| match self.rates.get(i) {
                Some(row) => row.resolved(name),
                None => default_rates(name).0,
            })
            .collect()
    }

    /// The cell of group `group`, window `w`, to type into: it becomes typed, rows up to it
    /// are added untyped. `None` only if the row could not be made.
    pub fn rate_mut(&mut self, group: usize, w: Window) -> Option<&mut String> {
        if self.rates.len() <= group {
            self.rates
                .resize(group.saturating_add(1), RatesForm::default());
        }
        let row = self.rates.get_mut(group)?;
        Some(row.cell_mut(w).get_or_insert_with(String::new))
    }

    /// The cells the user has typed, per group (by index) in window order: what the note by
    /// the rates table lists (the rest follow the group's name).
    pub fn typed_rates(&self) -> Vec<(usize, Vec<Window>)> {
        self.rates
            .iter()
            .enumerate()
            .map(|(i, row)| {
                (
                    i,
                    Window::ALL
                        .into_iter()
                        .filter(|&w| row.get(w).is_some())
                        .collect::<Vec<_>>(),
                )
            })
            .filter(|(_, windows)| !windows.is_empty())
            .collect()
    }

    /// Keeps shifts and rate rows aligned when the wage page removes staff group `index`:
    /// later groups move up one place; shifts on the removed group point nowhere, so the page
    /// asks the user to choose a group instead of silently moving them to another one.
    pub fn group_removed(&mut self, index: usize) {
        if index < self.rates.len() {
            self.rates.remove(index);
        }
        for shift in &mut self.shifts {
            if shift.group == index {
                shift.group = usize::MAX;
            } else if shift.group > index {
                shift.group -= 1;
            }
        }
    }

    /// Valid values the user should look at (see `limits`): the sleeping-shift factor left
    /// at 100 % while a shift sleeps, and implausible supplement rates.
    pub fn warnings(&self, group_names: &[String]) -> FieldWarnings {
        let rates = self.rates_for(group_names);
        let mut warnings = limits::warnings(rates.iter().enumerate().flat_map(|(i, row)| {
            Window::ALL.map(|w| {
                (
                    Column::rate(w).at(i).into(),
                    row.text(w),
                    limits::SUPPLEMENT_RATE,
                )
            })
        }));
        let asleep = self.shifts.iter().any(|s| s.asleep);
        if let Some(w) = limits::sleep_factor(asleep, &self.sleep_factor_pct) {
            warnings.insert(Input::SovendeArbejdstidPct, w);
        }
        warnings
    }

    /// Keeps shifts and rate rows aligned when the wage page copies staff group `index` to
    /// `index + 1`: later groups move down one place, the copy gets the original's rates.
    pub fn group_copied(&mut self, index: usize) {
        if let Some(rates) = self.rates.get(index).cloned() {
            self.rates.insert(index + 1, rates);
        }
        for shift in &mut self.shifts {
            if shift.group > index && shift.group != usize::MAX {
                shift.group += 1;
            }
        }
    }

    /// Parses every field; errors are keyed by the field's test id. `group_names` are the
    /// wage page's staff groups, which the shifts refer to by index.
    pub fn parse(&self, group_names: &[String]) -> Result<RosterInput, FieldErrors> {
        let mut r = Reader::new();
        let time = |r: &mut Reader, key: FieldRef, text: &str| {
            parse_time(text).unwrap_or_else(|e| {
                r.fail(key, e);
                0
            })
        };
        let shifts = self
            .shifts
            .iter()
            .enumerate()
            .map(|(i, s)| {
                if s.is_blank() {
                    // A new row nobody has filled in: on duty nobody, so it counts nothing.
                    return Shift {
                        name: s.name.clone(),
                        start: 0,
                        end: 0,
                        staff: [Decimal::ZERO; 7],
                        group: s.group,
                        asleep: s.asleep,
                    };
                }
                if s.group >= group_names.len() {
                    r.fail(
                        Column::ShiftGroup.at(i),
                        DomainError::UnknownReference("personalegruppe"),
                    );
                }
                let mut staff = [Decimal::ZERO; 7];
                for ((count, text), (_, day)) in staff.iter_mut().zip(&s.staff).zip(WEEKDAYS) {
                    *count = r.halves(day.at(i), text, 0, 1000, "Antal medarbejdere");
                }
                Shift {
                    name: s.name.clone(),
                    start: time(&mut r, Column::ShiftStart.at(i).into(), &s.start),
                    end: time(&mut r, Column::ShiftEnd.at(i).into(), &s.end),
                    staff,
                    group: s.group,
                    asleep: s.asleep,
                }
            })
            .collect();
        if self.shifts.is_empty() {
            r.fail(List::Vagter, DomainError::Empty("vagt"));
        }
        let rates = self
            .rates_for(group_names)
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let mut rate =
                    |w| r.range(Column::rate(w).at(i), row.text(w), 0, 100, "Tillægssatsen");
                PerWindow {
                    evening: rate(Window::Evening),
                    night: rate(Window::Night),
                    saturday: rate(Window::Saturday),
                    sunday: rate(Window::Sunday),
                }
            })
            .collect();
        let input = RosterInput {
            shifts,
            rates,
            stacking: self.stacking,
            sleep_factor_pct: r.range(
                Input::SovendeArbejdstidPct,
                &self.sleep_factor_pct,
                0,
                100,
                "Sovende vagts arbejdstid",
            ),
        };
        r.finish(input)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Vec<String> {
        crate::model::wage::WageForm::default()
            .groups
            .into_iter()
            .map(|g| g.name)
            .collect()
    }

    #[test]
    fn defaults_parse_with_kl_rates_by_group_name() {
        let input = RosterForm::default()
            .parse(&names())
            .expect("defaults parse");
        assert_eq!(input.shifts.len(), 3);
        assert_eq!(input.shifts[2].start, 23 * 60);
        assert_eq!(input.shifts[2].group, 2);
        // The hint's "½ = hver anden uge" is accepted as typed.
        let mut form = RosterForm::default();
        form.shifts[0].staff[6] = "1½".into();
        let halved = form.parse(&names()).expect("½ parses");
        assert_eq!(halved.shifts[0].staff[6], Decimal::new(15, 1));
        // Socialpædagog, Social- og sundhedsassistent (→ pædagogisk assistent), medhjælper.
        assert_eq!(input.rates[0].night, Decimal::new(255, 1));
        assert_eq!(input.rates[1].saturday, Decimal::from(21));
        assert_eq!(input.rates[2].evening, Decimal::new(275, 1));
        assert_eq!(
            default_rates("Pædagogisk Medhjælper").1,
            "omsorgs-/pædagogmedhjælper"
        );
    }

    #[test]
    fn errors_are_keyed_by_test_id() {
        let mut form = RosterForm::default();
        form.shifts[0].start = "25:00".into();
        form.shifts[1].staff[5] = "-1".into();
        form.shifts[2].group = 7;
        form.rates = vec![RatesForm {
            evening: Some("x".into()),
            ..default_rates("socialpædagog").0
        }];
        form.sleep_factor_pct = "120".into();
        let errors = form.parse(&names()).unwrap_err();
        assert!(errors[Column::ShiftStart.at(0)].contains("klokkeslæt"));
        assert_eq!(
            errors[Column::ShiftSaturday.at(1)],
            "Antal medarbejdere skal ligge mellem 0 og 1.000."
        );
        assert_eq!(errors[Column::ShiftGroup.at(2)], "Ukendt personalegruppe.");
        assert!(errors[Column::RateEvening.at(0)].contains("ikke et tal"));
        assert!(errors.contains_key(Input::SovendeArbejdstidPct));
        assert_eq!(errors.len(), 5);
        let empty = RosterForm {
            shifts: vec![],
            ..RosterForm::default()
        };
        assert_eq!(
            empty.parse(&names()).unwrap_err()[List::Vagter],
            "Der skal være mindst én vagt."
        );
    }

    #[test]
    fn removing_a_wage_group_keeps_references_aligned() {
        // Groups 0, 1, 2; shifts on 0, 0, 2; rates edited for all three. Remove group 1:
        // the night shift now refers to group 1 (formerly 2), rates rows 0 and 2 remain.
        let mut form = RosterForm::default();
        form.rates = form.rates_for(&names());
        form.group_removed(1);
        let groups: Vec<usize> = form.shifts.iter().map(|s| s.group).collect();
        assert_eq!(groups, vec![0, 0, 1]);
        assert_eq!(form.rates.len(), 2);
        assert_eq!(form.rates[1].text(Window::Evening), "27,5");
        // Removing the group a shift uses leaves it unassigned, reported as a field error.
        form.group_removed(0);
        let mut remaining = names();
        remaining.drain(..2);
        let errors = form.parse(&remaining).unwrap_err();
        assert_eq!(errors[Column::ShiftGroup.at(0)], "Ukendt personalegruppe.");
    }

    /// Issue 13.11: staff counts are whole or half (½ = every other week).
    #[test]
    fn staff_counts_are_whole_or_half() {
        let mut form = RosterForm::default();
        form.shifts[0].staff[0] = "1,3".into();
        form.shifts[0].staff[1] = "2,5".into();
        let errors = form.parse(&names()).unwrap_err();
        assert_eq!(
            errors[Column::ShiftMonday.at(0)],
            "Antal medarbejdere skal være et helt tal eller et halvt (½ = hver anden uge)."
        );
        assert!(!errors.contains_key(Column::ShiftTuesday.at(0)));
        assert_eq!(errors.len(), 1);
    }

    /// Issue 13.6 and 13.11: a sleeping shift at 100 % and implausible rates warn.
    #[test]
    fn warnings_by_the_sleep_factor_and_the_rates() {
        let mut form = RosterForm::default();
        assert!(form.warnings(&names()).is_empty(), "no sleeping shift");
        form.shifts = Preset::SleepingNight.shifts(3);
        let warnings = form.warnings(&names());
        assert!(warnings[Input::SovendeArbejdstidPct].contains("lokalt aftalte"));
        form.sleep_factor_pct = "50".into();
        assert!(form.warnings(&names()).is_empty());
        form.rates = vec![RatesForm::default()];
        form.rates[0].set(Window::Sunday, "80".into());
        let warnings = form.warnings(&names());
        assert_eq!(
            warnings[Column::RateSunday.at(0)],
            "Tillægssatsen er usædvanligt stort (over 75). Tjek tallet."
        );
        assert!(form.parse(&names()).is_ok(), "a warning does not block");
    }

    #[test]
    fn presets_fit_the_number_of_groups() {
        let one = Preset::SleepingNight.shifts(1);
        assert!(one.iter().all(|s| s.group == 0));
        assert!(one[2].asleep);
        assert_eq!(Preset::AwakeNight.shifts(5)[2].group, 2);
    }
}
