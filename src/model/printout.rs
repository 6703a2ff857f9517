//! What a printout says about the inputs behind it. A committee reads the paper without the
//! screen's "standard" badges, so each page's printout ends with the line "Vejledende
//! beregning. Standardværdier er brugt for: …", naming every input of that page (and the
//! inputs it takes from other pages) that still holds `Scenario::default()`'s value — with
//! the source and level of the preset ones, so a reader knows which to replace.
use super::roster::{Window, RATES_SOURCE};
use super::scenario::Scenario;
use super::tariff::{PackageForm, Preset, EXAMPLE_SOURCE};
use super::wage::{SALARY_SOURCE, SICK_SOURCE};

/// Which page is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    Wage,
    Roster,
    Tariff,
    Transition,
}

/// A package table equal to a preset's, ignoring the ids (a loaded template gets fresh ids,
/// yet its numbers are still the published defaults).
pub fn same_packages(packages: &[PackageForm], preset: Preset) -> bool {
    let table = preset.packages();
    packages.len() == table.len()
        && packages.iter().zip(&table).all(|(a, b)| {
            PackageForm {
                id: b.id,
                ..a.clone()
            } == *b
        })
}

/// The labels (Danish, lower case, with source where the default is a published figure) of
/// the inputs on `sheet` that still hold their default value, in the page's order.
pub fn defaults_in_use(s: &Scenario, sheet: Sheet) -> Vec<String> {
    let d = Scenario::default();
    let (w, dw) = (&s.wage, &d.wage);
    let mut out: Vec<String> = Vec::new();
    let mut add = |at_default: bool, label: String| {
        if at_default {
            out.push(label);
        }
    };
    let salaries = || format!("personalegruppernes andele, løn og pension ({SALARY_SOURCE})");
    match sheet {
        Sheet::Wage => {
            add(w.budget == dw.budget, "lønbudget (eksempel)".into());
            add(w.residents == dw.residents, "antal beboere".into());
            add(w.year == dw.year, "år".into());
            add(w.days_per_year == dw.days_per_year, "dage pr. år".into());
            add(w.groups == dw.groups, salaries());
            add(w.norm == dw.norm, "årsnorm".into());
            add(w.vacation == dw.vacation, "ferietimer".into());
            add(
                w.extra_vacation == dw.extra_vacation,
                "feriefridage (6. ferieuge)".into(),
            );
            add(
                w.holiday_day_hours == dw.holiday_day_hours,
                "timer pr. søgnehelligdag".into(),
            );
            add(
                !w.supplement_from_roster && w.supplement_pct == dw.supplement_pct,
                "variable tillæg".into(),
            );
            add(
                w.sick_pct == dw.sick_pct,
                format!("sygefravær ({SICK_SOURCE})"),
            );
            add(w.training_pct == dw.training_pct, "kursus".into());
            add(w.other_pct == dw.other_pct, "andet fravær".into());
            add(
                w.non_client_pct == dw.non_client_pct,
                "ikke-borgerrelateret tid".into(),
            );
        }
        Sheet::Roster => {
            let (r, dr) = (&s.roster, &d.roster);
            add(r.shifts == dr.shifts, "vagterne (skabelonen)".into());
            // A rates cell the user did not type follows the KL table for its group.
            let typed_all = (0..w.groups.len()).all(|g| {
                r.rates
                    .get(g)
                    .is_some_and(|row| Window::ALL.iter().all(|&x| row.get(x).is_some()))
            });
            add(!typed_all, format!("tillægssatser ({RATES_SOURCE})"));
            let asleep = r.shifts.iter().any(|x| x.asleep);
            add(
                asleep && r.sleep_factor_pct == dr.sleep_factor_pct,
                "sovende vagt tæller som arbejdstid".into(),
            );
            add(w.groups == dw.groups, salaries());
            add(w.year == dw.year, "år".into());
            add(w.budget == dw.budget, "lønbudget (eksempel)".into());
        }
        Sheet::Tariff => {
            let (t, dt) = (&s.tariff, &d.tariff);
            add(
                t.fixed_costs == dt.fixed_costs,
                format!("faste udgifter ({EXAMPLE_SOURCE})"),
            );
            add(t.places == dt.places, "antal pladser".into());
            add(t.occupancy_pct == dt.occupancy_pct, "belægning".into());
            add(t.overhead_pct == dt.overhead_pct, "overhead i %".into());
            let preset = [Preset::Gladsaxe, Preset::IkastBrande]
                .into_iter()
                .find(|&p| same_packages(&t.packages, p));
            if let Some(p) = preset {
                add(true, format!("ydelsespakkerne ({})", p.source()));
            }
            add(
                t.hourly_price.trim().is_empty() && w.budget == dw.budget,
                "timepris (fra lønbudgettets eksempel)".into(),
            );
            add(
                t.bostoette_price == dt.bostoette_price,
                format!("§85-timepris ({EXAMPLE_SOURCE})"),
            );
        }
        Sheet::Transition => {
            let (x, dx) = (&s.transition, &d.transition);
            add(
                x.start_year == dx.start_year && x.start_month == dx.start_month,
                "startmåned".into(),
            );
            add(x.horizon == dx.horizon, "horisont (måneder)".into());
            add(x.cases == dx.cases, "sagerne (eksempel)".into());
            add(
                s.tariff.bostoette_price == d.tariff.bostoette_price,
                format!("§85-timepris ({EXAMPLE_SOURCE})"),
            );
        }
    }
    out
}

/// The printout's last line: "Vejledende beregning. Standardværdier er brugt for: a, b og
/// c." — or that every input was typed.
pub fn defaults_line(labels: &[String]) -> String {
    match labels.split_last() {
        None => "Vejledende beregning. Alle input er indtastet (ingen standardværdier).".into(),
        Some((last, [])) => format!("Vejledende beregning. Standardværdier er brugt for: {last}."),
        Some((last, rest)) => format!(
            "Vejledende beregning. Standardværdier er brugt for: {} og {last}.",
            rest.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::edit::Edit;
    use crate::model::field::{Column, Field};
    use proptest::prelude::*;

    fn set(s: &mut Scenario, field: impl Into<crate::model::field::FieldRef>, text: &str) {
        s.apply(&Edit::Set(field.into(), text.into())).unwrap();
    }

    #[test]
    fn the_default_scenario_names_every_input_with_its_source() {
        let s = Scenario::default();
        let wage = defaults_in_use(&s, Sheet::Wage);
        assert_eq!(wage.len(), 14, "{wage:?}");
        assert!(wage.contains(
            &"personalegruppernes andele, løn og pension (SL/FOA 2023–24-niveau)".to_string()
        ));
        assert!(
            wage.contains(&"sygefravær (socialpædagoger på døgninstitutioner, 2019)".to_string())
        );
        let roster = defaults_in_use(&s, Sheet::Roster);
        assert!(roster.contains(&"tillægssatser (KL 64.11, 2016-niveau)".to_string()));
        // The default plan has no sleeping shift: its factor does not matter.
        assert!(!roster.iter().any(|l| l.starts_with("sovende")));
        let tariff = defaults_in_use(&s, Sheet::Tariff);
        assert!(tariff.contains(&"ydelsespakkerne (Gladsaxe, VIVE 2019 boks 4.3)".to_string()));
        assert!(tariff.contains(&"faste udgifter (eksempel, ikke fra en kilde)".to_string()));
        let transition = defaults_in_use(&s, Sheet::Transition);
        assert_eq!(
            transition,
            vec![
                "startmåned",
                "horisont (måneder)",
                "sagerne (eksempel)",
                "§85-timepris (eksempel, ikke fra en kilde)"
            ]
        );
    }

    #[test]
    fn a_typed_input_leaves_the_line() {
        let mut s = Scenario::default();
        set(&mut s, Field::Lonbudget, "12.000.000");
        set(&mut s, Column::GroupSalary.at(0), "35.000");
        let wage = defaults_in_use(&s, Sheet::Wage);
        assert!(!wage.iter().any(|l| l.starts_with("lønbudget")));
        assert!(!wage.iter().any(|l| l.starts_with("personalegruppernes")));
        assert_eq!(wage.len(), 12);
        // The same value typed again is the default again.
        set(&mut s, Field::Lonbudget, "10.000.000");
        assert!(defaults_in_use(&s, Sheet::Wage)
            .iter()
            .any(|l| l.starts_with("lønbudget")));
    }

    #[test]
    fn rates_are_named_until_every_cell_is_typed() {
        let mut s = Scenario::default();
        for g in 0..3 {
            for c in [Column::RateEvening, Column::RateNight, Column::RateSaturday] {
                set(&mut s, c.at(g), "30");
            }
        }
        assert!(defaults_in_use(&s, Sheet::Roster)
            .iter()
            .any(|l| l.starts_with("tillægssatser")));
        for g in 0..3 {
            set(&mut s, Column::RateSunday.at(g), "50");
        }
        assert!(!defaults_in_use(&s, Sheet::Roster)
            .iter()
            .any(|l| l.starts_with("tillægssatser")));
    }

    #[test]
    fn a_loaded_template_is_named_by_its_source() {
        let mut s = Scenario::default();
        s.apply(&Edit::Preset(crate::model::edit::Preset::Tariff(
            Preset::IkastBrande,
        )))
        .unwrap();
        let tariff = defaults_in_use(&s, Sheet::Tariff);
        assert!(tariff.contains(&"ydelsespakkerne (Ikast-Brande, VIVE 2019 boks 4.4)".to_string()));
        set(&mut s, Column::PackageHours.at(0), "25");
        assert!(!defaults_in_use(&s, Sheet::Tariff)
            .iter()
            .any(|l| l.starts_with("ydelsespakkerne")));
    }

    #[test]
    fn the_line_joins_with_og() {
        let l = |xs: &[&str]| defaults_line(&xs.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(
            l(&[]),
            "Vejledende beregning. Alle input er indtastet (ingen standardværdier)."
        );
        assert_eq!(
            l(&["år"]),
            "Vejledende beregning. Standardværdier er brugt for: år."
        );
        assert_eq!(
            l(&["år", "ferietimer", "årsnorm"]),
            "Vejledende beregning. Standardværdier er brugt for: år, ferietimer og årsnorm."
        );
    }

    proptest! {
        /// Whatever is typed into the lønbudget, it is named exactly when it is the
        /// default text, and the other labels stay.
        #[test]
        fn budget_named_iff_default(budget in "[0-9]{1,3}(\\.[0-9]{3}){0,3}") {
            let mut s = Scenario::default();
            set(&mut s, Field::Lonbudget, &budget);
            let wage = defaults_in_use(&s, Sheet::Wage);
            let named = wage.iter().any(|l| l.starts_with("lønbudget"));
            prop_assert_eq!(named, budget == "10.000.000");
            prop_assert_eq!(wage.len(), if named { 14 } else { 13 });
        }
    }
}
