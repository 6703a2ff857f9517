use super::*;
use crate::model::number::round;
use crate::model::roster::ShiftForm;
use crate::model::transition::CaseForm;
use crate::model::wage::StaffGroupForm;
use proptest::prelude::*;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_default()
}

/// `f` with every page's figures computed, as after visiting every page.
fn all(f: Figures) -> Figures {
    let _ = (f.wage(), f.roster(), f.tariff(), f.transition());
    f
}

fn scratch(s: &Scenario) -> Figures {
    all(figures(Rc::new(s.clone()), None))
}

/// The figures after an edit.
fn next(s: &Scenario, previous: &Figures) -> Figures {
    all(figures(Rc::new(s.clone()), Some(previous)))
}

fn wage(f: &Figures) -> &(WageInput, WageResult) {
    f.wage().outcome.ready().expect("the wage page computes")
}

/// The round-number house of the roster tests: one socialpædagog group at 48.100 kr./md.
/// (300 kr./t), pension 10 %, 1.000.000 kr.; no holidays off, ferie 184 t, no absence →
/// fremmøde 1.740 t, borgerrelateret 1.740 × 85 % = 1.479 t per årsværk. One day shift
/// 08–16 on weekdays.
fn round_house() -> Scenario {
    let mut s = Scenario::default();
    let w = &mut s.wage;
    w.budget = "1.000.000".into();
    (w.vacation, w.extra_vacation, w.holiday_day_hours) = ("184".into(), "0".into(), "0".into());
    (w.sick_pct, w.training_pct, w.other_pct) = ("0".into(), "0".into(), "0".into());
    w.groups = vec![StaffGroupForm {
        name: "Socialpædagog".into(),
        share_pct: "100".into(),
        monthly_salary: "48.100".into(),
        pension_pct: "10".into(),
    }];
    s.roster.shifts = vec![ShiftForm {
        name: "Dag".into(),
        start: "08:00".into(),
        end: "16:00".into(),
        staff: ["1", "1", "1", "1", "1", "0", "0"].map(String::from),
        group: 0,
        asleep: false,
    }];
    s
}

#[test]
fn the_measured_supplement_reaches_the_wage_page_and_the_tariffs() {
    // Typed 8 %: c = 577.200 × 1,1 + 577.200 × 8 % = 681.096 kr. per årsværk;
    // timepris = c / 1.479 t = 460,51 kr.
    let mut s = round_house();
    let typed = scratch(&s);
    assert_eq!(wage(&typed).0.supplement_pct, d("8"));
    assert_eq!(round(wage(&typed).1.hourly_price, 2), d("460.51"));
    // Measured on the plan (see the roster tests): 8.400 kr. søn-/helligdagstillæg on
    // 692.640 kr. grundløn for 1,2 årsværk = 1,212751 %, i.e. 7.000 kr. per årsværk:
    // c = 634.920 + 7.000 = 641.920 kr.; timepris = 641.920 / 1.479 = 434,02 kr.
    s.wage.supplement_from_roster = true;
    let measured = next(&s, &typed);
    let (input, result) = wage(&measured);
    assert_eq!(round(input.supplement_pct, 6), d("1.212751"));
    let plan = measured
        .roster()
        .outcome
        .ready()
        .expect("the plan computes");
    assert_eq!(input.supplement_pct, plan.2.supplement_pct);
    assert_eq!(round(result.hourly_price, 2), d("434.02"));
    // Only the tillæg differs from the typed input.
    assert_eq!(
        WageInput {
            supplement_pct: d("8"),
            ..input.clone()
        },
        wage(&typed).0
    );
    // Takster and Overgang work with the measured timepris.
    let link = measured.tariff().link.expect("linked");
    assert_eq!(link.hourly_price, result.hourly_price);
    let tariff = measured
        .tariff()
        .outcome
        .ready()
        .expect("the tariffs compute");
    assert_eq!(tariff.1.hourly_price, result.hourly_price);
    assert_eq!(
        measured.transition().linked.hourly_price,
        Some(result.hourly_price)
    );
    // The plan itself does not depend on the wage page's tillæg.
    assert!(Rc::ptr_eq(typed.roster(), measured.roster()));
}

#[test]
fn a_broken_plan_stops_the_measured_supplement() {
    let mut s = round_house();
    s.wage.supplement_from_roster = true;
    s.roster.sleep_factor_pct = "x".into();
    let f = scratch(&s);
    assert_eq!(
        f.wage().outcome.reason().as_deref(),
        Some("Vagtplanen har fejl, så dens tillæg kan ikke bruges. Ret dem på siden Vagtplan.")
    );
    assert_eq!(f.roster().outcome, Outcome::Invalid);
    assert_eq!(f.tariff().link, None);
    // The reverse calculation keeps working on the typed input.
    assert!(f.wage().requirement.ready().is_some());
    // Turned off, the typed tillæg is used again.
    s.wage.supplement_from_roster = false;
    assert!(next(&s, &f).wage().outcome.ready().is_some());
}

#[test]
fn the_timepris_reaches_the_package_prices_and_the_default_c_b() {
    // Ikke-borgerrelateret tid 15 % → 20 %: the same fremmøde buys 80/85 of the
    // borgerrelaterede timer, so the timepris and every ydelsestakst rise by 85/80.
    let mut s = Scenario::default();
    let before = scratch(&s);
    s.wage.non_client_pct = "20".into();
    let after = next(&s, &before);
    let price = |f: &Figures| wage(f).1.hourly_price;
    assert_eq!(
        round(price(&after), 6),
        round(price(&before) * d("85") / d("80"), 6)
    );
    let packages = |f: &Figures| {
        f.tariff()
            .outcome
            .ready()
            .expect("tariffs")
            .1
            .packages
            .clone()
    };
    for (b, a) in packages(&before).iter().zip(&packages(&after)) {
        assert_eq!(
            round(a.service_rate, 6),
            round(b.service_rate * d("85") / d("80"), 6)
        );
    }
    assert_eq!(after.transition().linked.hourly_price, Some(price(&after)));
    let rates: Vec<Decimal> = packages(&after).iter().map(|p| p.daily_rate).collect();
    let linked: Vec<Decimal> = after
        .transition()
        .linked
        .packages
        .iter()
        .map(|p| p.1)
        .collect();
    assert_eq!(linked, rates);
    // The example case's c_b is empty, so its cost follows: 8 t/uge × w × timepris.
    assert!(after.transition().outcome != before.transition().outcome);
}

#[test]
fn a_budget_edit_recomputes_only_what_reads_the_budget() {
    // The timepris is c / borgerrelaterede timer per årsværk: the budget does not move it,
    // so the package prices, and with them Overgang, stay as they were.
    let mut s = Scenario::default();
    let before = scratch(&s);
    s.wage.budget = "12.000.000".into();
    let after = next(&s, &before);
    assert_eq!(wage(&after).1.hourly_price, wage(&before).1.hourly_price);
    assert!(
        !Rc::ptr_eq(after.roster(), before.roster()),
        "the plan's gap to the budget"
    );
    assert!(
        !Rc::ptr_eq(after.tariff(), before.tariff()),
        "the mix against the budget"
    );
    assert_eq!(after.tariff().link.map(|l| l.budget), Some(d("12000000")));
    assert!(Rc::ptr_eq(after.transition(), before.transition()));
}

#[test]
fn an_invalid_wage_page_gives_each_page_its_reason() {
    let mut s = Scenario::default();
    s.wage.budget = "x".into();
    let f = scratch(&s);
    assert_eq!(f.wage().outcome, Outcome::Invalid);
    assert_eq!(f.wage().outcome.reason(), None);
    assert!(f.wage().errors.contains_key(Field::Lonbudget));
    let reason = |o: Option<String>| o.expect("a reason");
    assert_eq!(
        reason(f.wage().requirement.reason()),
        "Ret først felterne ovenfor."
    );
    assert_eq!(
        reason(f.roster().outcome.reason()),
        "Ret først felterne på siden Lønbudget → timer."
    );
    assert_eq!(
        reason(f.tariff().outcome.reason()),
        "Siden Lønbudget → timer har ugyldige felter; timeprisen kommer derfra."
    );
    assert_eq!(f.tariff().link, None);
    assert_eq!(
        reason(f.transition().outcome.reason()),
        "Ret først Lønbudget-siden: dage pr. år og timepris hentes derfra."
    );
    // Only what comes from the Takster page's own inputs is there.
    assert_eq!(
        *f.transition().linked,
        Linked {
            package_ids: vec![0, 1, 2, 3, 4, 5],
            bostoette_price: Some(Decimal::from(450)),
            ..Linked::default()
        }
    );
    // A page's own errors come first on Overgang, not on Vagtplan and Takster.
    s.transition.horizon = "x".into();
    s.roster.sleep_factor_pct = "x".into();
    s.tariff.occupancy_pct = "x".into();
    let f = next(&s, &f);
    assert_eq!(f.transition().outcome, Outcome::Invalid);
    assert!(f.roster().outcome.reason().is_some());
    assert!(f.tariff().outcome.reason().is_some());
}

#[test]
fn the_reverse_calculation_has_its_own_field() {
    let mut s = Scenario::default();
    s.wage.required_client_hours = "abc".into();
    let f = scratch(&s);
    assert!(f.wage().errors.contains_key(Field::KravBorgertimer));
    assert!(
        f.wage().outcome.ready().is_some(),
        "the page's result stays"
    );
    assert!(matches!(
        f.wage().requirement,
        Outcome::Failed(DomainError::Parse(_))
    ));
}

/// Issue 13.12: an error the inputs only make together stands by the field to change,
/// not only in the results banner.
#[test]
fn a_compute_error_stands_by_its_field() {
    let mut s = Scenario::default();
    s.wage.norm = "1,5".into();
    let f = scratch(&s);
    assert_eq!(
        f.wage().errors.get(Field::Norm).map(String::as_str),
        Some(DomainError::NoAvailableHours.to_string().as_str())
    );
    assert_eq!(f.wage().outcome, Outcome::Invalid);
    assert_eq!(f.wage().outcome.reason(), None);

    let mut s = Scenario::default();
    s.wage.sick_pct = "98".into();
    let f = scratch(&s);
    assert!(f.wage().errors.contains_key(Field::SygPct));

    let mut s = Scenario::default();
    for g in &mut s.wage.groups {
        g.monthly_salary = "0".into();
    }
    let f = scratch(&s);
    assert!(f
        .wage()
        .errors
        .contains_key(crate::model::field::List::Grupper));
}

fn transition(f: &Figures) -> &(TransitionInput, TransitionResult, Decimal) {
    f.transition()
        .outcome
        .ready()
        .expect("the Overgang page computes")
}

/// Issue 13.13: a new case starts empty and counts only once it is filled in; "Kopiér"
/// is the way to count the example twice.
#[test]
fn a_new_case_counts_only_when_filled_or_copied() {
    use crate::model::edit::Edit;
    use crate::model::field::{Column, Table};
    let base = Scenario::default();
    let before = transition(&scratch(&base)).1.totals;

    let mut s = base.clone();
    s.apply(&Edit::AddRow(Table::Cases)).expect("added");
    let f = scratch(&s);
    assert!(f.transition().errors.is_empty(), "an empty row is no error");
    assert_eq!(transition(&f).0.cases.len(), 1);
    assert_eq!(transition(&f).1.totals, before);

    // Half filled: the other required fields say so, and nothing counts.
    s.apply(&Edit::Set(Column::CaseOldRate.at(1).into(), "2.000".into()))
        .expect("set");
    let f = scratch(&s);
    assert!(f
        .transition()
        .errors
        .contains_key(Column::CaseMoveOut.at(1)));
    assert_eq!(f.transition().outcome, Outcome::Invalid);

    let mut copied = base.clone();
    copied
        .apply(&Edit::CopyRow(Table::Cases, 0))
        .expect("copied");
    let f = scratch(&copied);
    assert_eq!(
        transition(&f).1.totals.extra_cost,
        before.extra_cost * d("2")
    );
}

#[test]
fn an_edit_recomputes_its_page_and_the_pages_downstream() {
    let s = Scenario::default();
    let before = scratch(&s);
    let same = |a: &Figures, b: &Figures| {
        [
            Rc::ptr_eq(a.wage(), b.wage()),
            Rc::ptr_eq(a.roster(), b.roster()),
            Rc::ptr_eq(a.tariff(), b.tariff()),
            Rc::ptr_eq(a.transition(), b.transition()),
        ]
    };
    let edited = |edit: fn(&mut Scenario)| {
        let mut s = s.clone();
        edit(&mut s);
        next(&s, &before)
    };
    assert_eq!(same(&next(&s, &before), &before), [true; 4]);
    let case = edited(|s| s.transition.cases[0].hours_transition = "9".into());
    assert_eq!(same(&case, &before), [true, true, true, false]);
    let shift = edited(|s| s.roster.shifts[0].staff[0] = "3".into());
    assert_eq!(same(&shift, &before), [true, false, true, true]);
    let occupancy = edited(|s| s.tariff.occupancy_pct = "90".into());
    assert_eq!(same(&occupancy, &before), [true, true, false, false]);
    // The scenario's name is no page's input.
    assert_eq!(
        same(&edited(|s| s.name = "Andet".into()), &before),
        [true; 4]
    );
}

#[test]
fn a_page_is_computed_when_it_is_asked_for() {
    let mut s = Scenario::default();
    let before = scratch(&s);
    s.wage.non_client_pct = "20".into();
    let shown = figures(Rc::new(s.clone()), Some(&before));
    // The wage page on screen: the pages after it wait.
    assert!(shown.wage().outcome.ready().is_some());
    assert!(shown.tariff.value.get().is_none() && shown.transition.value.get().is_none());
    // Figures made meanwhile keep the latest computed ones for when they are asked for.
    let later = figures(Rc::new(s.clone()), Some(&shown));
    assert!(Rc::ptr_eq(later.wage(), shown.wage()));
    let kept = later.transition.earlier.as_ref().expect("kept");
    assert!(Rc::ptr_eq(kept, before.transition()));
    assert_eq!(all(later), scratch(&s));
}

#[test]
fn a_case_edit_takes_the_other_cases_over() {
    let mut s = Scenario::default();
    s.transition.cases.push(CaseForm {
        pseudonym: "Borger B".into(),
        ..CaseForm::default()
    });
    let before = scratch(&s);
    s.transition.cases[0].hours_transition = "9".into();
    let after = next(&s, &before);
    assert_eq!(after, scratch(&s));
    let cases = |f: &Figures| {
        f.transition()
            .outcome
            .ready()
            .expect("computes")
            .1
            .cases
            .clone()
    };
    assert!(cases(&after)[0] != cases(&before)[0]);
    assert_eq!(cases(&after)[1], cases(&before)[1]);
}

/// One edit of a session: a field of some page and the text typed into it.
#[derive(Debug, Clone)]
enum Edit {
    Budget(&'static str),
    NonClient(&'static str),
    FromRoster(bool),
    Staff(&'static str),
    SleepFactor(&'static str),
    Occupancy(&'static str),
    PackageHours(&'static str),
    CaseHours(&'static str),
    CasePackage(Option<usize>),
    Horizon(&'static str),
}

impl Edit {
    fn apply(&self, s: &mut Scenario) {
        match *self {
            Edit::Budget(v) => s.wage.budget = v.into(),
            Edit::NonClient(v) => s.wage.non_client_pct = v.into(),
            Edit::FromRoster(on) => s.wage.supplement_from_roster = on,
            Edit::Staff(v) => s.roster.shifts[0].staff[0] = v.into(),
            Edit::SleepFactor(v) => s.roster.sleep_factor_pct = v.into(),
            Edit::Occupancy(v) => s.tariff.occupancy_pct = v.into(),
            Edit::PackageHours(v) => s.tariff.packages[0].hours = v.into(),
            Edit::CaseHours(v) => s.transition.cases[0].hours_transition = v.into(),
            Edit::CasePackage(p) => s.transition.cases[0].old_rate_package = p,
            Edit::Horizon(v) => s.transition.horizon = v.into(),
        }
    }
}

fn any_edit() -> impl Strategy<Value = Edit> {
    let text = || prop::sample::select(vec!["", "x", "0", "1", "20", "90", "12.000.000", "100"]);
    prop_oneof![
        text().prop_map(Edit::Budget),
        text().prop_map(Edit::NonClient),
        any::<bool>().prop_map(Edit::FromRoster),
        text().prop_map(Edit::Staff),
        text().prop_map(Edit::SleepFactor),
        text().prop_map(Edit::Occupancy),
        text().prop_map(Edit::PackageHours),
        text().prop_map(Edit::CaseHours),
        prop::option::of(0usize..20).prop_map(Edit::CasePackage),
        text().prop_map(Edit::Horizon),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_session_of_edits_gives_the_figures_from_scratch(
        edits in proptest::collection::vec(any_edit(), 1..8)
    ) {
        let mut s = Scenario::default();
        let mut shown = scratch(&s);
        for edit in edits {
            edit.apply(&mut s);
            shown = next(&s, &shown);
            prop_assert_eq!(&shown, &scratch(&s), "after {:?}", edit);
        }
    }
}
