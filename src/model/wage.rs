//! Lønbudget → medarbejdertimer (DOMAIN.md §1): how many årsværk and how many
//! borgerrelaterede timer a wage budget buys, and the reverse.
//!
//! The chain mirrors how a botilbud leader reasons: paid hours, minus vacation and
//! holidays (mulige timer), minus absence (fremmøde), minus meetings and documentation
//! (borgerrelaterede timer). Every step is kept so the UI can draw it as a waterfall.
use super::calc::{self, add, div, mul, pct, sub, sum};
use super::error::{DResult, DomainError};
use super::field::{self, Column, FieldRef, List};
use super::form::{all_empty, FieldErrors, FieldWarnings, Reader};
use super::holidays::{self, Holiday, HolidayOptions};
use super::limits;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One staff group (personalegruppe) and its terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffGroup {
    pub name: String,
    /// Share of the årsværk, percent; all groups sum to 100.
    pub share_pct: Decimal,
    /// Monthly salary incl. fixed supplements, kr.
    pub monthly_salary: Decimal,
    /// Employer pension, percent of salary.
    pub pension_pct: Decimal,
}

/// Everything §1 needs, already parsed and range-checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WageInput {
    /// Lønbudget, kr. per year.
    pub budget: Decimal,
    /// Residents (beboere / pladser).
    pub residents: Decimal,
    /// The year whose holidays count.
    pub year: i32,
    /// Variable supplements (evening/night/weekend), percent of base pay.
    pub supplement_pct: Decimal,
    /// Annual norm per årsværk, hours.
    pub norm: Decimal,
    /// Ferie per årsværk, hours.
    pub vacation: Decimal,
    /// 6. ferieuge / feriefridage per årsværk, hours.
    pub extra_vacation: Decimal,
    /// Hours per weekday holiday (7,4 = 37 / 5).
    pub holiday_day_hours: Decimal,
    pub holiday_options: HolidayOptions,
    /// Sygefravær, percent of mulige timer.
    pub sick_pct: Decimal,
    /// Kursus/uddannelse, percent of mulige timer.
    pub training_pct: Decimal,
    /// Andet fravær, percent of mulige timer.
    pub other_pct: Decimal,
    /// Ikke-borgerrelateret tid, percent of fremmøde.
    pub non_client_pct: Decimal,
    /// Days per year (365 unless the user plans with 366 or 364).
    pub days_per_year: Decimal,
    pub groups: Vec<StaffGroup>,
}

/// One staff group's annual cost per årsværk (årsløn_g) and weighted contribution to c.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupCost {
    pub name: String,
    /// base_g = månedsløn × 12.
    pub base: Decimal,
    /// årsløn_g = base × (1 + pension/100) + base × tillæg/100.
    pub annual: Decimal,
    /// andel/100 × årsløn_g.
    pub weighted: Decimal,
}

/// Hours per årsværk, step by step (the waterfall for one full-time employee).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursPerFte {
    pub paid: Decimal,
    pub vacation: Decimal,
    pub extra_vacation: Decimal,
    pub holidays: Decimal,
    pub available: Decimal,
    pub sick: Decimal,
    pub training: Decimal,
    pub other: Decimal,
    pub attendance: Decimal,
    pub non_client: Decimal,
    pub client: Decimal,
}

/// All outputs of §1 for a budget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WageResult {
    pub groups: Vec<GroupCost>,
    /// c: kr. per årsværk.
    pub cost_per_fte: Decimal,
    pub fte: Decimal,
    /// The weekday holidays of the year that were counted.
    pub holidays: Vec<Holiday>,
    pub holiday_days: Decimal,
    pub per_fte: HoursPerFte,
    /// The same steps for all årsværk together (per_fte × årsværk).
    pub total: HoursPerFte,
    /// Lønbudget / borgerrelaterede timer.
    pub hourly_price: Decimal,
    pub hours_per_resident_week: Decimal,
    pub minutes_per_resident_day: Decimal,
    /// Average staff on duty at any moment: fremmøde / (dage × 24).
    pub staff_on_duty: Decimal,
}

/// Reverse direction: the årsværk and budget needed for a number of borgerrelaterede timer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    pub client_hours: Decimal,
    pub fte: Decimal,
    pub budget: Decimal,
}

/// c = Σ andel/100 × (base × (1 + pension/100) + base × tillæg/100), per staff group.
pub fn group_costs(input: &WageInput) -> DResult<(Vec<GroupCost>, Decimal)> {
    if input.groups.is_empty() {
        return Err(DomainError::Empty("personalegruppe"));
    }
    let share_sum = sum(input.groups.iter().map(|g| Ok(g.share_pct)))?;
    if share_sum != Decimal::ONE_HUNDRED {
        return Err(DomainError::SharesNotHundred(share_sum));
    }
    let mut costs = Vec::with_capacity(input.groups.len());
    for g in &input.groups {
        calc::non_negative(g.share_pct, "Andelen")?;
        calc::non_negative(g.monthly_salary, "Månedslønnen")?;
        calc::non_negative(g.pension_pct, "Pensionen")?;
        let base = mul(g.monthly_salary, Decimal::from(12))?;
        let annual = add(
            add(base, pct(base, g.pension_pct)?)?,
            pct(base, input.supplement_pct)?,
        )?;
        let weighted = pct(annual, g.share_pct)?;
        costs.push(GroupCost {
            name: g.name.clone(),
            base,
            annual,
            weighted,
        });
    }
    let c = sum(costs.iter().map(|g| Ok(g.weighted)))?;
    calc::positive(c, "Lønnen pr. årsværk")?;
    Ok((costs, c))
}

/// The hour waterfall for one årsværk; independent of the budget.
pub fn hours_per_fte(input: &WageInput) -> DResult<(HoursPerFte, Vec<Holiday>, Decimal)> {
    calc::positive(input.norm, "Normtiden")?;
    calc::non_negative(input.vacation, "Ferien")?;
    calc::non_negative(input.extra_vacation, "Feriefridagene")?;
    calc::non_negative(input.holiday_day_hours, "Timer pr. helligdag")?;
    for (p, field) in [
        (input.sick_pct, "Sygefraværet"),
        (input.training_pct, "Kursus og uddannelse"),
        (input.other_pct, "Andet fravær"),
        (input.non_client_pct, "Ikke-borgerrelateret tid"),
        (input.supplement_pct, "Tillægget"),
    ] {
        calc::non_negative(p, field)?;
    }
    let holidays = holidays::weekday_holidays(input.year, input.holiday_options)?;
    let holiday_days = sum(holidays.iter().map(|h| Ok(h.day_fraction)))?;
    let holiday_hours = mul(holiday_days, input.holiday_day_hours)?;
    let available = sub(
        sub(sub(input.norm, input.vacation)?, input.extra_vacation)?,
        holiday_hours,
    )?;
    if available <= Decimal::ZERO {
        return Err(DomainError::NoAvailableHours);
    }
    let absence_pct = sum([input.sick_pct, input.training_pct, input.other_pct].map(Ok))?;
    if absence_pct >= Decimal::ONE_HUNDRED {
        return Err(DomainError::AbsenceAtLeastHundred);
    }
    if input.non_client_pct >= Decimal::ONE_HUNDRED {
        return Err(DomainError::OutOfRange(
            "Ikke-borgerrelateret tid",
            Decimal::ZERO,
            Decimal::from(99),
        ));
    }
    let sick = pct(available, input.sick_pct)?;
    let training = pct(available, input.training_pct)?;
    let other = pct(available, input.other_pct)?;
    // fremmøde = mulige × (1 − (syg + kursus + andet)/100)
    let attendance = sub(available, pct(available, absence_pct)?)?;
    let non_client = pct(attendance, input.non_client_pct)?;
    let client = sub(attendance, non_client)?;
    let steps = HoursPerFte {
        paid: input.norm,
        vacation: input.vacation,
        extra_vacation: input.extra_vacation,
        holidays: holiday_hours,
        available,
        sick,
        training,
        other,
        attendance,
        non_client,
        client,
    };
    Ok((steps, holidays, holiday_days))
}

impl HoursPerFte {
    /// Every step multiplied by `fte`.
    fn scaled(&self, fte: Decimal) -> DResult<HoursPerFte> {
        Ok(HoursPerFte {
            paid: mul(self.paid, fte)?,
            vacation: mul(self.vacation, fte)?,
            extra_vacation: mul(self.extra_vacation, fte)?,
            holidays: mul(self.holidays, fte)?,
            available: mul(self.available, fte)?,
            sick: mul(self.sick, fte)?,
            training: mul(self.training, fte)?,
            other: mul(self.other, fte)?,
            attendance: mul(self.attendance, fte)?,
            non_client: mul(self.non_client, fte)?,
            client: mul(self.client, fte)?,
        })
    }
}

/// Lønbudget → årsværk → hours, DOMAIN.md §1 exactly.
pub fn compute(input: &WageInput) -> DResult<WageResult> {
    calc::positive(input.budget, "Lønbudgettet")?;
    calc::positive(input.residents, "Antal beboere")?;
    calc::positive(input.days_per_year, "Dage pr. år")?;
    let (groups, c) = group_costs(input)?;
    let (per_fte, holidays, holiday_days) = hours_per_fte(input)?;
    let fte = div(
        input.budget,
        c,
        DomainError::MustBePositive("Lønnen pr. årsværk"),
    )?;
    let total = per_fte.scaled(fte)?;
    let no_hours = DomainError::MustBePositive("Borgerrelateret tid");
    let hourly_price = div(input.budget, total.client, no_hours.clone())?;
    let per_resident_year = div(total.client, input.residents, no_hours)?;
    let days = DomainError::MustBePositive("Dage pr. år");
    let hours_per_resident_week = div(
        mul(per_resident_year, Decimal::from(7))?,
        input.days_per_year,
        days.clone(),
    )?;
    let minutes_per_resident_day = mul(
        div(per_resident_year, input.days_per_year, days.clone())?,
        Decimal::from(60),
    )?;
    let staff_on_duty = div(
        total.attendance,
        mul(input.days_per_year, Decimal::from(24))?,
        days,
    )?;
    Ok(WageResult {
        groups,
        cost_per_fte: c,
        fte,
        holidays,
        holiday_days,
        per_fte,
        total,
        hourly_price,
        hours_per_resident_week,
        minutes_per_resident_day,
        staff_on_duty,
    })
}

/// The field a `compute` error belongs to, so its message stands by that field instead of
/// only in the results banner: the inputs are valid one by one, but this field is the one
/// to change (a norm of 1,5 hours leaves no mulige timer after ferie).
pub fn error_field(error: &DomainError) -> Option<FieldRef> {
    match error {
        DomainError::NoAvailableHours => Some(field::Field::Norm.into()),
        DomainError::AbsenceAtLeastHundred => Some(field::Field::SygPct.into()),
        DomainError::MustBePositive("Lønnen pr. årsværk") => Some(List::Grupper.into()),
        _ => None,
    }
}

/// Required borgerrelaterede timer → årsværk → lønbudget (the reverse of `compute`;
/// `input.budget` is ignored).
pub fn requirement(input: &WageInput, client_hours: Decimal) -> DResult<Requirement> {
    calc::non_negative(client_hours, "Borgerrelaterede timer")?;
    let (_, c) = group_costs(input)?;
    let (per_fte, _, _) = hours_per_fte(input)?;
    let fte = div(
        client_hours,
        per_fte.client,
        DomainError::MustBePositive("Borgerrelateret tid"),
    )?;
    let budget = mul(fte, c)?;
    Ok(Requirement {
        client_hours,
        fte,
        budget,
    })
}

/// The wage page's inputs as typed (raw text), so invalid entries survive. Missing fields
/// (older scenario files) get their defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WageForm {
    pub budget: String,
    pub residents: String,
    pub year: String,
    pub supplement_pct: String,
    pub norm: String,
    pub vacation: String,
    pub extra_vacation: String,
    pub holiday_day_hours: String,
    pub holiday_options: HolidayOptions,
    pub sick_pct: String,
    pub training_pct: String,
    pub other_pct: String,
    pub non_client_pct: String,
    pub days_per_year: String,
    pub groups: Vec<StaffGroupForm>,
    /// When true, the variable supplement % is the one measured on the shift plan
    /// (Vagtplan page) instead of `supplement_pct`: one source of truth.
    pub supplement_from_roster: bool,
    /// Reverse direction: required borgerrelaterede timer per year. Missing from a file
    /// (made before it existed) it is empty, not the form's default.
    #[serde(default)]
    pub required_client_hours: String,
}

/// One staff group as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StaffGroupForm {
    pub name: String,
    pub share_pct: String,
    pub monthly_salary: String,
    pub pension_pct: String,
}

impl StaffGroupForm {
    /// A new row (`Edit::AddRow`): only a name, so it counts nothing until it is filled in.
    pub fn blank(name: String) -> Self {
        Self {
            name,
            ..Self::default()
        }
    }

    /// While its numbers are all empty, the group as it counts: no share, so it adds
    /// nothing to the wage average (it keeps its place, which shifts and rates refer to).
    fn unfilled(&self) -> Option<StaffGroup> {
        all_empty([&self.share_pct, &self.monthly_salary, &self.pension_pct]).then(|| StaffGroup {
            name: self.name.clone(),
            share_pct: Decimal::ZERO,
            monthly_salary: Decimal::ZERO,
            pension_pct: Decimal::ZERO,
        })
    }

    fn new(name: &str, share: &str, salary: &str, pension: &str) -> Self {
        Self {
            name: name.into(),
            share_pct: share.into(),
            monthly_salary: salary.into(),
            pension_pct: pension.into(),
        }
    }
}

/// Where the default staff groups' salaries and pensions come from and at which level, said
/// on screen and on paper so a reader knows to replace them with the current agreement.
pub const SALARY_SOURCE: &str = "SL/FOA 2023–24-niveau";

/// Where the default sygefravær (6,5 %) comes from (DOMAIN.md §1).
pub const SICK_SOURCE: &str = "socialpædagoger på døgninstitutioner, 2019";

impl Default for WageForm {
    /// DOMAIN.md §1 defaults (`SALARY_SOURCE` salary levels). Budget and residents are an
    /// example house of 12 places with a 10 mio. kr. wage budget.
    fn default() -> Self {
        Self {
            budget: "10.000.000".into(),
            residents: "12".into(),
            year: "2026".into(),
            supplement_pct: "8".into(),
            norm: "1.924".into(),
            vacation: "185".into(),
            extra_vacation: "37".into(),
            holiday_day_hours: "7,4".into(),
            holiday_options: HolidayOptions::default(),
            sick_pct: "6,5".into(),
            training_pct: "1,5".into(),
            other_pct: "1".into(),
            non_client_pct: "15".into(),
            days_per_year: "365".into(),
            groups: vec![
                StaffGroupForm::new("Socialpædagog", "60", "33.500", "14,2"),
                StaffGroupForm::new("Social- og sundhedsassistent", "25", "31.000", "16"),
                StaffGroupForm::new("Pædagogisk medhjælper", "15", "27.100", "13,31"),
            ],
            supplement_from_roster: false,
            required_client_hours: "25.000".into(),
        }
    }
}

impl WageForm {
    /// The fields whose values are valid but implausible (see `limits`).
    pub fn warnings(&self) -> FieldWarnings {
        let salaries = self.groups.iter().enumerate().map(|(i, g)| {
            (
                Column::GroupSalary.at(i).into(),
                g.monthly_salary.as_str(),
                limits::MONTHLY_SALARY,
            )
        });
        limits::warnings(
            [
                (
                    field::Field::Lonbudget.into(),
                    self.budget.as_str(),
                    limits::WAGE_BUDGET,
                ),
                (
                    field::Field::Beboere.into(),
                    self.residents.as_str(),
                    limits::RESIDENTS,
                ),
            ]
            .into_iter()
            .chain(salaries),
        )
    }

    /// Parses every field; errors are keyed by the field's test id.
    pub fn parse(&self) -> Result<WageInput, FieldErrors> {
        use field::Field::*;
        let mut r = Reader::new();
        let pct = |r: &mut Reader, key: field::FieldRef, text: &str, label| {
            r.range(key, text, 0, 100, label)
        };
        let input = WageInput {
            budget: r.positive(Lonbudget, &self.budget, "Lønbudgettet"),
            residents: r.count(Beboere, &self.residents, true, "Antal beboere"),
            year: r.year(Aar, &self.year, "Året"),
            supplement_pct: pct(&mut r, TillaegPct.into(), &self.supplement_pct, "Tillægget"),
            norm: r.positive(Norm, &self.norm, "Normtiden"),
            vacation: r.non_negative(Ferie, &self.vacation, "Ferien"),
            extra_vacation: r.non_negative(Feriefridage, &self.extra_vacation, "Feriefridagene"),
            holiday_day_hours: r.range(
                TimerPrHelligdag,
                &self.holiday_day_hours,
                0,
                24,
                "Timer pr. helligdag",
            ),
            holiday_options: self.holiday_options,
            sick_pct: pct(&mut r, SygPct.into(), &self.sick_pct, "Sygefraværet"),
            training_pct: pct(
                &mut r,
                KursusPct.into(),
                &self.training_pct,
                "Kursus og uddannelse",
            ),
            other_pct: pct(&mut r, AndetPct.into(), &self.other_pct, "Andet fravær"),
            non_client_pct: r.range(
                IkkeBorgerrelateretPct,
                &self.non_client_pct,
                0,
                99,
                "Ikke-borgerrelateret tid",
            ),
            days_per_year: r.range(DagePrAar, &self.days_per_year, 1, 366, "Dage pr. år"),
            groups: self
                .groups
                .iter()
                .enumerate()
                .map(|(i, g)| {
                    g.unfilled().unwrap_or_else(|| StaffGroup {
                        name: g.name.clone(),
                        share_pct: pct(
                            &mut r,
                            Column::GroupShare.at(i).into(),
                            &g.share_pct,
                            "Andelen",
                        ),
                        monthly_salary: r.non_negative(
                            Column::GroupSalary.at(i),
                            &g.monthly_salary,
                            "Månedslønnen",
                        ),
                        pension_pct: pct(
                            &mut r,
                            Column::GroupPension.at(i).into(),
                            &g.pension_pct,
                            "Pensionen",
                        ),
                    })
                })
                .collect(),
        };
        if input.groups.is_empty() {
            r.fail(List::Grupper, DomainError::Empty("personalegruppe"));
        } else if let Ok(total) = sum(input.groups.iter().map(|g| Ok(g.share_pct))) {
            if total != Decimal::ONE_HUNDRED {
                r.fail(List::Grupper, DomainError::SharesNotHundred(total));
            }
        }
        r.finish(input)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap_or_default()
    }

    fn defaults() -> WageInput {
        WageForm::default().parse().expect("defaults parse")
    }

    #[test]
    fn cost_per_fte_by_hand() {
        // socialpædagog: 33.500 × 12 = 402.000; × 1,142 = 459.084; + 8 % × 402.000 = 32.160
        //   → 491.244; × 60 % = 294.746,4
        // SSA: 31.000 × 12 = 372.000; × 1,16 = 431.520; + 29.760 → 461.280; × 25 % = 115.320
        // PM: 27.100 × 12 = 325.200; × 1,1331 = 368.484,12; + 26.016 → 394.500,12;
        //   × 15 % = 59.175,018
        // c = 294.746,4 + 115.320 + 59.175,018 = 469.241,418
        let (groups, c) = group_costs(&defaults()).expect("costs");
        assert_eq!(groups[0].annual, d("491244"));
        assert_eq!(groups[2].annual, d("394500.12"));
        assert_eq!(c, d("469241.418"));
    }

    #[test]
    fn hours_per_fte_2026_by_hand() {
        // helligdage 2026: 7 weekdays × 7,4 = 51,8 t
        // mulige = 1.924 − 185 − 37 − 51,8 = 1.650,2
        // fremmøde = 1.650,2 × (1 − 9/100) = 1.501,682
        // borger = 1.501,682 × 0,85 = 1.276,4297
        let (h, _, days) = hours_per_fte(&defaults()).expect("hours");
        assert_eq!(days, d("7"));
        assert_eq!(h.holidays, d("51.8"));
        assert_eq!(h.available, d("1650.2"));
        assert_eq!(h.sick, d("107.263")); // 6,5 % of 1.650,2
        assert_eq!(h.attendance, d("1501.682"));
        assert_eq!(h.client, d("1276.4297"));
    }

    #[test]
    fn full_result_by_hand() {
        // årsværk = 10.000.000 / 469.241,418 = 21,310992
        // borger_t = 21,310992 × 1.276,4297 = 27.201,98 t
        // timepris = 10.000.000 / 27.201,98 = 367,620 kr.
        // pr. beboer pr. uge = 27.201,98 / 12 × 7 / 365 = 2.266,832 × 0,0191781 = 43,47 t
        // min. pr. beboer pr. døgn = 2.266,832 / 365 × 60 = 372,63 min
        // på vagt = 21,310992 × 1.501,682 / (365 × 24) = 32.002,33 / 8.760 = 3,6532
        let r = compute(&defaults()).expect("result");
        let round = |x: Decimal, dp| crate::model::number::round(x, dp);
        assert_eq!(round(r.fte, 4), d("21.3110"));
        assert_eq!(round(r.total.client, 2), d("27201.98"));
        assert_eq!(round(r.hourly_price, 2), d("367.62"));
        assert_eq!(round(r.hours_per_resident_week, 2), d("43.47"));
        assert_eq!(round(r.minutes_per_resident_day, 2), d("372.63"));
        assert_eq!(round(r.staff_on_duty, 4), d("3.6532"));
        assert_eq!(round(r.total.paid, 1), d("41002.3")); // 21,3110 × 1.924
    }

    #[test]
    fn domain_errors_not_panics() {
        let mut input = defaults();
        input.groups[0].share_pct = d("50");
        assert_eq!(compute(&input), Err(DomainError::SharesNotHundred(d("90"))));
        let mut input = defaults();
        input.residents = Decimal::ZERO;
        assert_eq!(
            compute(&input),
            Err(DomainError::MustBePositive("Antal beboere"))
        );
        let mut input = defaults();
        input.sick_pct = d("98"); // 98 + 1,5 + 1 = 100,5 %
        assert_eq!(compute(&input), Err(DomainError::AbsenceAtLeastHundred));
        let mut input = defaults();
        input.vacation = d("2000");
        assert_eq!(compute(&input), Err(DomainError::NoAvailableHours));
        let mut input = defaults();
        input.groups.clear();
        assert_eq!(compute(&input), Err(DomainError::Empty("personalegruppe")));
    }

    #[test]
    fn form_errors_are_keyed_by_test_id() {
        let mut form = WageForm {
            budget: "12,3,4".into(),
            ..WageForm::default()
        };
        form.groups[1].share_pct = "20".into();
        let errors = form.parse().unwrap_err();
        assert!(errors[field::Field::Lonbudget].contains("ikke et tal"));
        assert_eq!(
            errors[List::Grupper],
            "Andelene skal give 100 % i alt (nu 95 %)."
        );
    }

    /// Issue 13.11: residents are whole; an implausible budget warns but still parses.
    #[test]
    fn whole_residents_and_plausible_amounts() {
        let form = WageForm {
            residents: "1,5".into(),
            ..WageForm::default()
        };
        let errors = form.parse().unwrap_err();
        assert_eq!(
            errors[field::Field::Beboere],
            "Antal beboere skal være et helt tal."
        );
        let form = WageForm {
            budget: "1.000.000.000.000".into(),
            ..WageForm::default()
        };
        assert!(form.parse().is_ok(), "a warning does not block");
        assert!(form.warnings().contains_key(field::Field::Lonbudget));
        assert!(WageForm::default().warnings().is_empty());
        // Issue 13.11: a yearly salary typed as monthly warns by its row's field.
        let mut form = WageForm::default();
        form.groups[1].monthly_salary = "372.000".into();
        assert!(form.warnings().contains_key(Column::GroupSalary.at(1)));
        assert!(form.parse().is_ok());
    }

    #[test]
    fn reverse_by_hand() {
        // 1.276,4297 borgerrelaterede timer = exactly 1 årsværk = c = 469.241,418 kr.
        let req = requirement(&defaults(), d("1276.4297")).expect("req");
        assert_eq!(req.fte, Decimal::ONE);
        assert_eq!(req.budget, d("469241.418"));
    }

    fn arb_input() -> impl Strategy<Value = WageInput> {
        (
            (
                0i64..1_000_000_000_000,
                0i64..10_000,
                1800i32..2300,
                -10i64..20_000,
            ),
            (0i64..400_000, 0i64..400_000, 0i64..100_000, 0i64..1_000),
            (
                0i64..20_000,
                0i64..20_000,
                0i64..20_000,
                0i64..20_000,
                0i64..4_000,
            ),
            prop::collection::vec((0i64..20_000, 0i64..10_000_000, 0i64..5_000), 0..4),
            any::<(bool, bool, bool)>(),
        )
            .prop_map(|(a, b, c, groups, opts)| WageInput {
                budget: Decimal::new(a.0, 2),
                residents: Decimal::from(a.1),
                year: a.2,
                supplement_pct: Decimal::new(a.3, 2),
                norm: Decimal::new(b.0, 2),
                vacation: Decimal::new(b.1, 2),
                extra_vacation: Decimal::new(b.2, 2),
                holiday_day_hours: Decimal::new(b.3, 2),
                holiday_options: HolidayOptions {
                    christmas_eve: opts.0,
                    constitution_day: opts.1,
                    may_day: opts.2,
                },
                sick_pct: Decimal::new(c.0, 2),
                training_pct: Decimal::new(c.1, 2),
                other_pct: Decimal::new(c.2, 2),
                non_client_pct: Decimal::new(c.3, 2),
                days_per_year: Decimal::new(c.4, 1),
                groups: groups
                    .into_iter()
                    .map(|(s, m, p)| StaffGroup {
                        name: "g".into(),
                        share_pct: Decimal::new(s, 2),
                        monthly_salary: Decimal::new(m, 2),
                        pension_pct: Decimal::new(p, 2),
                    })
                    .collect(),
            })
    }

    /// Valid-by-construction inputs (shares sum to 100), so the invariants get exercised.
    fn arb_valid_input() -> impl Strategy<Value = WageInput> {
        (arb_input(), 1i64..99).prop_map(|(mut input, split)| {
            input.groups = vec![
                StaffGroup {
                    name: "a".into(),
                    share_pct: Decimal::from(split),
                    monthly_salary: d("30000"),
                    pension_pct: d("14"),
                },
                StaffGroup {
                    name: "b".into(),
                    share_pct: Decimal::from(100 - split),
                    monthly_salary: d("27000"),
                    pension_pct: d("12"),
                },
            ];
            input.budget += Decimal::ONE;
            input
        })
    }

    proptest! {
        #[test]
        fn never_panics(input in arb_input(), hours in 0i64..100_000_000) {
            let _ = compute(&input);
            let _ = requirement(&input, Decimal::new(hours, 1));
        }

        #[test]
        fn hours_never_exceed_paid_hours(input in arb_valid_input()) {
            if let Ok(r) = compute(&input) {
                prop_assert!(r.total.client <= r.total.attendance);
                prop_assert!(r.total.attendance <= r.total.available);
                prop_assert!(r.total.available <= r.total.paid);
                prop_assert!(r.total.client > Decimal::ZERO);
            }
        }

        #[test]
        fn reverse_round_trips(input in arb_valid_input()) {
            if let Ok(r) = compute(&input) {
                if let Ok(req) = requirement(&input, r.total.client) {
                    prop_assert!((req.budget - input.budget).abs() <= d("0.01"),
                        "budget {} came back as {}", input.budget, req.budget);
                }
            }
        }
    }
}
