//! The inputs each page takes from other pages, as the embedded calculator lists them: an
//! embedded page shows one page only, so a visitor cannot see (or change) the timepris or
//! the packages it computes with unless the page names them with their values and source.
use super::Figures;
use crate::model::number::{format_dk, format_dk_trim};
use rust_decimal::Decimal;

/// One input taken from another page: "Timepris 367,62 kr. fra Lønbudget".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Borrowed {
    /// What it is ("Timepris", "Døgntakst, Pakke 1").
    pub label: String,
    /// The value as shown, with its unit; `None` while the source page has errors.
    pub value: Option<String>,
    /// The page it comes from, as its navigation names it in short.
    pub source: &'static str,
}

const WAGE: &str = "Lønbudget";
const ROSTER: &str = "Vagtplan";
const TARIFF: &str = "Takster";

impl Borrowed {
    fn new(label: impl Into<String>, value: Option<String>, source: &'static str) -> Self {
        Self {
            label: label.into(),
            value,
            source,
        }
    }

    /// The line as shown: "Timepris 367,62 kr. fra Lønbudget", or, while the source page
    /// has errors, "Timepris fra Lønbudget: kan ikke beregnes, siden har fejl".
    pub fn text(&self) -> String {
        match &self.value {
            Some(value) => format!("{} {value} fra {}", self.label, self.source),
            None => format!(
                "{} fra {}: kan ikke beregnes, siden har fejl",
                self.label, self.source
            ),
        }
    }
}

fn kr(value: Decimal, decimals: u32) -> String {
    format!("{} kr.", format_dk(value, decimals))
}

impl Figures {
    /// Lønbudget → timer: the shift plan's measured tillæg, when the user chose to use it.
    pub fn borrowed_by_wage(&self) -> Vec<Borrowed> {
        match &self.wage().measured {
            None => Vec::new(),
            Some(measured) => vec![Borrowed::new(
                "Variable tillæg",
                measured
                    .as_ref()
                    .ok()
                    .map(|pct| format!("{} % af grundløn", format_dk_trim(*pct, 2))),
                ROSTER,
            )],
        }
    }

    /// Vagtplan: the budget it is compared with, the year whose holidays count, and each
    /// staff group's pay (the shift plan's wage cost).
    pub fn borrowed_by_roster(&self) -> Vec<Borrowed> {
        let Ok(wage) = &self.typed else {
            return vec![Borrowed::new("Lønbudget og lønsatser", None, WAGE)];
        };
        let mut out = vec![
            Borrowed::new("Lønbudget", Some(kr(wage.budget, 0)), WAGE),
            Borrowed::new("År", Some(wage.year.to_string()), WAGE),
        ];
        for group in &wage.groups {
            out.push(Borrowed::new(
                format!("Månedsløn, {}", group.name),
                Some(kr(group.monthly_salary, 0)),
                WAGE,
            ));
            out.push(Borrowed::new(
                format!("Pension, {}", group.name),
                Some(format!("{} %", format_dk_trim(group.pension_pct, 2))),
                WAGE,
            ));
        }
        out
    }

    /// Takster: the wage page's timepris, budget and borgerrelaterede timer (`WageLink`).
    pub fn borrowed_by_tariff(&self) -> Vec<Borrowed> {
        let link = self.tariff().link;
        vec![
            Borrowed::new("Timepris", link.map(|l| kr(l.hourly_price, 2)), WAGE),
            Borrowed::new("Lønbudget", link.map(|l| kr(l.budget, 0)), WAGE),
            Borrowed::new(
                "Borgerrelaterede timer pr. år",
                link.map(|l| format!("{} t", format_dk(l.client_hours, 0))),
                WAGE,
            ),
        ]
    }

    /// Overgang: D and the timepris (wage page) and each package's døgntakst (Takster),
    /// which a case can take as its old takst.
    pub fn borrowed_by_transition(&self) -> Vec<Borrowed> {
        let linked = &self.transition().linked;
        let mut out = vec![
            Borrowed::new(
                "Dage pr. år",
                linked.days_per_year.map(|d| format_dk_trim(d, 2)),
                WAGE,
            ),
            Borrowed::new("Timepris", linked.hourly_price.map(|p| kr(p, 2)), WAGE),
        ];
        if self.tariff().outcome.ready().is_none() {
            out.push(Borrowed::new("Pakkernes døgntakster", None, TARIFF));
        }
        for (name, rate) in &linked.packages {
            out.push(Borrowed::new(
                format!("Døgntakst, {name}"),
                Some(kr(*rate, 2)),
                TARIFF,
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::figures::figures;
    use crate::model::scenario::Scenario;
    use crate::model::wage::StaffGroupForm;
    use proptest::prelude::*;
    use std::rc::Rc;

    /// One socialpædagog group at 48.100 kr./md., pension 10 %, no tillæg, 1.000.000 kr.;
    /// ferie 184 t and nothing else off → fremmøde 1.924 − 184 = 1.740 t, borgerrelateret
    /// 1.740 × 85 % = 1.479 t per årsværk. årsløn = 48.100 × 12 × 1,10 = 634.920 kr., so
    /// årsværk = 1.000.000 / 634.920 = 1,575 0016, borger_t = 1,575 0016 × 1.479 = 2.329,43 t
    /// and timepris = 634.920 / 1.479 = 429,290 → 429,29 kr.
    fn round_house() -> Scenario {
        let mut s = Scenario::default();
        let w = &mut s.wage;
        w.budget = "1.000.000".into();
        w.supplement_pct = "0".into();
        (w.vacation, w.extra_vacation, w.holiday_day_hours) =
            ("184".into(), "0".into(), "0".into());
        (w.sick_pct, w.training_pct, w.other_pct) = ("0".into(), "0".into(), "0".into());
        w.groups = vec![StaffGroupForm {
            name: "Socialpædagog".into(),
            share_pct: "100".into(),
            monthly_salary: "48.100".into(),
            pension_pct: "10".into(),
        }];
        s
    }

    fn texts(list: Vec<Borrowed>) -> Vec<String> {
        list.iter().map(Borrowed::text).collect()
    }

    #[test]
    fn takster_names_the_wage_pages_timepris_budget_and_hours() {
        let f = figures(Rc::new(round_house()), None);
        assert_eq!(
            texts(f.borrowed_by_tariff()),
            [
                "Timepris 429,29 kr. fra Lønbudget",
                "Lønbudget 1.000.000 kr. fra Lønbudget",
                "Borgerrelaterede timer pr. år 2.329 t fra Lønbudget",
            ]
        );
    }

    #[test]
    fn vagtplan_names_the_budget_year_and_each_groups_pay() {
        let f = figures(Rc::new(round_house()), None);
        assert_eq!(
            texts(f.borrowed_by_roster()),
            [
                "Lønbudget 1.000.000 kr. fra Lønbudget",
                "År 2026 fra Lønbudget",
                "Månedsløn, Socialpædagog 48.100 kr. fra Lønbudget",
                "Pension, Socialpædagog 10 % fra Lønbudget",
            ]
        );
    }

    #[test]
    fn overgang_names_d_the_timepris_and_each_packages_doegntakst() {
        let f = figures(Rc::new(round_house()), None);
        let list = texts(f.borrowed_by_transition());
        assert_eq!(list[0], "Dage pr. år 365 fra Lønbudget");
        assert_eq!(list[1], "Timepris 429,29 kr. fra Lønbudget");
        // One line per Takster package, with the døgntakst that page computes.
        let tariff = f.tariff();
        let (input, result, _) = &**tariff.outcome.ready().unwrap();
        assert_eq!(list.len(), 2 + input.packages.len());
        let first = &result.packages[0];
        assert_eq!(
            list[2],
            format!(
                "Døgntakst, {} {} kr. fra Takster",
                input.packages[0].name,
                format_dk(first.daily_rate, 2)
            )
        );
    }

    #[test]
    fn the_wage_page_names_the_measured_supplement_only_when_it_is_used() {
        // The default scenario: its shift plan refers to all three default staff groups.
        let mut s = Scenario::default();
        assert_eq!(figures(Rc::new(s.clone()), None).borrowed_by_wage(), []);
        s.wage.supplement_from_roster = true;
        let f = figures(Rc::new(s), None);
        let pct = f.roster().outcome.ready().unwrap().2.supplement_pct;
        assert_eq!(
            texts(f.borrowed_by_wage()),
            [format!(
                "Variable tillæg {} % af grundløn fra Vagtplan",
                format_dk_trim(pct, 2)
            )]
        );
    }

    #[test]
    fn a_source_page_with_errors_is_named_without_a_value() {
        let mut s = round_house();
        s.wage.budget = "x".into();
        let f = figures(Rc::new(s), None);
        assert_eq!(
            texts(f.borrowed_by_tariff())[0],
            "Timepris fra Lønbudget: kan ikke beregnes, siden har fejl"
        );
        assert_eq!(
            texts(f.borrowed_by_roster()),
            ["Lønbudget og lønsatser fra Lønbudget: kan ikke beregnes, siden har fejl"]
        );
        let overgang = texts(f.borrowed_by_transition());
        assert_eq!(
            overgang.last().map(String::as_str),
            Some("Pakkernes døgntakster fra Takster: kan ikke beregnes, siden har fejl")
        );
    }

    proptest! {
        /// For any realistic budget, the embedded Takster page names the timepris the wage
        /// page computes, and every page's list names a value for each line.
        #[test]
        fn the_named_timepris_is_the_wage_pages(budget in 1_000_000u64..200_000_000) {
            let mut s = round_house();
            s.wage.budget = budget.to_string();
            let f = figures(Rc::new(s), None);
            let timepris = f.wage().outcome.ready().unwrap().1.hourly_price;
            let tariff = f.borrowed_by_tariff();
            prop_assert_eq!(tariff[0].value.clone(), Some(kr(timepris, 2)));
            for list in [tariff, f.borrowed_by_roster(), f.borrowed_by_transition()] {
                prop_assert!(list.iter().all(|b| b.value.is_some()));
            }
        }
    }
}
