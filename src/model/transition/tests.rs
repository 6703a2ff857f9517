use super::*;
use crate::model::field::{Column, Field as Input, List};
use crate::model::number::round;
use proptest::prelude::*;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_default()
}

const NO_PACKAGES: &[Decimal] = &[];

/// The default Takster page's inputs: Gladsaxe's six packages (ids 0–5), §85 at 450 kr.
fn links() -> Links<'static> {
    Links {
        package_ids: &[0, 1, 2, 3, 4, 5],
        bostoette_price: Some(d("450")),
    }
}

fn ctx() -> Context<'static> {
    Context {
        days_per_year: d("365"),
        hourly_price: Some(d("367.62")),
        package_rates: NO_PACKAGES,
    }
}

/// The example: 2.000 kr./døgn, 6 months of 8 t/uge at 400 kr., then 5 t/uge at
/// 450 kr., refilled after 3 months at 1.800 kr./døgn.
fn example() -> CaseInput {
    CaseInput {
        pseudonym: "Borger A".into(),
        old_rate: OldRate::Entered(d("2000")),
        move_out: 0,
        transition_months: 6,
        hours_transition: d("8"),
        cost_per_hour: Some(d("400")),
        hours_after: d("5"),
        bostotte_price: d("450"),
        refill: Some(Refill {
            after_months: 3,
            new_rate: d("1800"),
        }),
        stay_months: None,
    }
}

fn input(cases: Vec<CaseInput>) -> TransitionInput {
    TransitionInput {
        start: StartMonth {
            year: 2026,
            month: 1,
        },
        horizon: 24,
        cases,
    }
}

fn r2(x: Decimal) -> Decimal {
    round(x, 2)
}

#[test]
fn single_case_by_hand() {
    // m = 365 / 12 = 30,41667 days; w = 365 / 84 = 4,345238 weeks.
    // T_old·m = 2.000 × 30,41667 = 60.833,33; T_new·m = 1.800 × 30,41667 = 54.750
    // h_t·w = 8 × 4,345238 = 34,7619 t; × 400 = 13.904,76; × 450 = 15.642,86
    // h_a·w·p_b = 5 × 4,345238 × 450 = 9.776,79
    let r = compute(&input(vec![example()]), &ctx()).expect("result");
    let c = &r.cases[0];
    assert_eq!(r2(c.old_per_month), d("60833.33"));
    assert_eq!(r2(c.new_per_month), d("54750"));
    assert_eq!(r2(c.staff_hours_per_month), d("34.76"));
    assert_eq!(r2(c.staff_cost_per_month), d("13904.76"));
    assert_eq!(r2(c.bostotte_transition_per_month), d("15642.86"));
    assert_eq!(r2(c.bostotte_after_per_month), d("9776.79"));

    // Botilbud with scheme: t 0–2 60.833,33 − 13.904,76 = 46.928,57;
    // t 3–5 (+ new resident) 46.928,57 + 54.750 = 101.678,57; t 6–23 54.750.
    // Without: t 0–2 0; t 3–23 54.750.
    let f = |t: usize| c.months[t].flows;
    assert_eq!(c.months[2].phase, Phase::Transition);
    assert!(!c.months[2].refilled && c.months[3].refilled);
    assert_eq!(c.months[6].phase, Phase::After);
    assert_eq!(r2(f(0).botilbud_with), d("46928.57"));
    assert_eq!(r2(f(3).botilbud_with), d("101678.57"));
    assert_eq!(r2(f(6).botilbud_with), d("54750"));
    assert_eq!(f(0).botilbud_without, Decimal::ZERO);
    assert_eq!(r2(f(3).botilbud_without), d("54750"));
    // Municipality: with 60.833,33 in t 0–5, then 9.776,79; without 15.642,86 then
    // 9.776,79; had stayed (S = whole horizon) 60.833,33 every month.
    assert_eq!(r2(f(5).municipality_with), d("60833.33"));
    assert_eq!(r2(f(6).municipality_with), d("9776.79"));
    assert_eq!(r2(f(5).municipality_without), d("15642.86"));
    assert_eq!(r2(f(23).municipality_without), d("9776.79"));
    assert_eq!(r2(f(23).municipality_stayed), d("60833.33"));

    // ekstra = 6 × (60.833,33 − 15.642,86) = 365.000 − 93.857,14 = 271.142,86
    // besparelse = 60.833,33 − 9.776,79 = 51.056,55
    // tilbagebetaling = 271.142,86 / 51.056,55 = 5,3106 months
    // buffer = 6 × (60.833,33 − 13.904,76) = 365.000 − 83.428,57 = 281.571,43
    // kommune_akk = 18 × 51.056,55 = 919.017,86 (t 0–5 with = stayed)
    // tilbud_akk = buffer (the new resident's takst is there with and without)
    // timer_i_alt = 6 × 34,7619 = 208,57 t
    let k = c.kpis;
    assert_eq!(r2(k.extra_cost), d("271142.86"));
    assert_eq!(r2(k.monthly_saving), d("51056.55"));
    assert_eq!(k.payback, Payback::Months(k.extra_cost / k.monthly_saving));
    let Payback::Months(months) = k.payback else {
        panic!()
    };
    assert_eq!(round(months, 4), d("5.3106"));
    assert_eq!(r2(k.buffer), d("281571.43"));
    assert_eq!(r2(k.municipality_cum), d("919017.86"));
    assert_eq!(r2(k.botilbud_cum), d("281571.43"));
    assert_eq!(r2(k.hours_total), d("208.57"));
    assert_eq!(c.transition_months_counted, 6);
    assert!(!c.transition_truncated);
    assert_eq!(r.totals, k);
    assert_eq!(r.months[0].label, "jan. 2026");
    assert_eq!(r.months[23].label, "dec. 2027");
    assert_eq!(r2(r.months[23].municipality_cum), d("919017.86"));
}

#[test]
fn had_stayed_for_s_months_then_bostotte() {
    // S = 10, t0 = 2: T_old·m for t < 12, then h_a·w·p_b; kommune_akk counts only
    // t 8–11 (after transition, before the stay ends): 4 × 51.056,55 = 204.226,19.
    let case = CaseInput {
        move_out: 2,
        stay_months: Some(10),
        ..example()
    };
    let r = compute_case(&case, 0, 24, &ctx()).expect("case");
    assert_eq!(r2(r.months[11].flows.municipality_stayed), d("60833.33"));
    assert_eq!(r2(r.months[12].flows.municipality_stayed), d("9776.79"));
    assert_eq!(r.months[1].phase, Phase::Before);
    assert_eq!(r2(r.kpis.municipality_cum), d("204226.19"));
}

#[test]
fn transition_beyond_horizon_is_cut_and_flagged() {
    // t0 = 21, L = 6, H = 24: only t 21–23 count, 3 × 46.928,57 = 140.785,71.
    let case = CaseInput {
        move_out: 21,
        ..example()
    };
    let r = compute_case(&case, 0, 24, &ctx()).expect("case");
    assert!(r.transition_truncated);
    assert_eq!(r.transition_months_counted, 3);
    assert_eq!(r2(r.kpis.buffer), d("140785.71"));
    assert_eq!(r2(r.kpis.hours_total), d("104.29")); // 3 × 34,7619
}

#[test]
fn defaults_come_from_the_other_pages() {
    // c_b empty → timepris 367,62: staff cost 34,7619 × 367,62 = 12.499,08 + 280,09 = 12.779,17
    let rates = [d("1500"), d("2500")];
    let ctx = Context {
        package_rates: &rates,
        ..ctx()
    };
    let case = CaseInput {
        cost_per_hour: None,
        old_rate: OldRate::Package(1),
        ..example()
    };
    let r = compute_case(&case, 0, 24, &ctx).expect("case");
    assert_eq!(r.cost_per_hour, d("367.62"));
    assert_eq!(r2(r.staff_cost_per_month), d("12779.17"));
    assert_eq!(r.old_rate, d("2500"));
    let gone = CaseInput {
        old_rate: OldRate::Package(2),
        ..example()
    };
    assert_eq!(
        compute_case(&gone, 0, 24, &ctx),
        Err(DomainError::UnknownReference("takstpakke"))
    );
    let no_wage = Context {
        hourly_price: None,
        ..ctx
    };
    assert!(compute_case(&case, 0, 24, &no_wage).is_err());
}

#[test]
fn payback_is_defined_when_there_is_no_saving() {
    assert_eq!(payback(d("100"), d("0")), Ok(Payback::Never));
    assert_eq!(payback(d("100"), d("-5")), Ok(Payback::Never));
    assert_eq!(payback(d("0"), d("-5")), Ok(Payback::NoExtraCost));
    assert_eq!(payback(d("-1"), d("10")), Ok(Payback::NoExtraCost));
    assert_eq!(payback(d("100"), d("40")), Ok(Payback::Months(d("2.5"))));
}

#[test]
fn no_extra_cost_comes_before_no_saving() {
    // T_old = 100 kr./døgn: T_old·m = 100 × 30,41667 = 3.041,67 kr.
    // ekstra = 6 × (3.041,67 − 15.642,86) = −75.607,14 ≤ 0
    // besparelse = 3.041,67 − 9.776,79 = −6.735,12 ≤ 0
    // Both are ≤ 0: there is nothing to pay back, so "ingen merudgift", not "never".
    let case = CaseInput {
        old_rate: OldRate::Entered(d("100")),
        ..example()
    };
    let k = compute_case(&case, 0, 24, &ctx()).expect("case").kpis;
    assert_eq!(r2(k.extra_cost), d("-75607.14"));
    assert_eq!(r2(k.monthly_saving), d("-6735.12"));
    assert_eq!(k.payback, Payback::NoExtraCost);
    // T_old = 500 kr./døgn: T_old·m = 15.208,33; ekstra = 6 × (15.208,33 − 15.642,86)
    // = −2.607,14 ≤ 0 while besparelse = 15.208,33 − 9.776,79 = 5.431,55 > 0.
    let case = CaseInput {
        old_rate: OldRate::Entered(d("500")),
        ..example()
    };
    let k = compute_case(&case, 0, 24, &ctx()).expect("case").kpis;
    assert_eq!(r2(k.extra_cost), d("-2607.14"));
    assert_eq!(r2(k.monthly_saving), d("5431.55"));
    assert_eq!(k.payback, Payback::NoExtraCost);
    // T_old = 300 kr./døgn, p_b = 100: T_old·m = 9.125; bostøtte 3.476,19 in and
    // 2.172,62 after the transition; ekstra = 6 × 5.648,81 = 33.892,86 > 0 and
    // besparelse = 6.952,38 > 0: 33.892,86 / 6.952,38 = 4,875 months.
    let case = CaseInput {
        old_rate: OldRate::Entered(d("300")),
        bostotte_price: d("100"),
        ..example()
    };
    let k = compute_case(&case, 0, 24, &ctx()).expect("case").kpis;
    assert_eq!(r2(k.extra_cost), d("33892.86"));
    assert_eq!(r2(k.monthly_saving), d("6952.38"));
    let Payback::Months(months) = k.payback else {
        panic!("{:?}", k.payback)
    };
    assert_eq!(round(months, 3), d("4.875"));
}

/// Five move-outs spread over a year, each different.
fn year_of_cases() -> Vec<CaseInput> {
    vec![
        example(),
        CaseInput {
            pseudonym: "B".into(),
            move_out: 2,
            refill: None,
            ..example()
        },
        CaseInput {
            pseudonym: "".into(),
            move_out: 5,
            transition_months: 4,
            hours_transition: d("12"),
            ..example()
        },
        CaseInput {
            move_out: 8,
            stay_months: Some(6),
            cost_per_hour: None,
            ..example()
        },
        CaseInput {
            move_out: 11,
            old_rate: OldRate::Entered(d("2498")),
            refill: Some(Refill {
                after_months: 0,
                new_rate: d("949"),
            }),
            ..example()
        },
    ]
}

#[test]
fn five_cases_sum_to_the_single_cases() {
    let all = compute(&input(year_of_cases()), &ctx()).expect("all");
    let singles: Vec<TransitionResult> = year_of_cases()
        .into_iter()
        .map(|c| compute(&input(vec![c]), &ctx()).expect("single"))
        .collect();
    let add_up = |f: fn(&Kpis) -> Decimal| singles.iter().map(|s| f(&s.totals)).sum::<Decimal>();
    assert_eq!(all.totals.extra_cost, add_up(|k| k.extra_cost));
    assert_eq!(all.totals.monthly_saving, add_up(|k| k.monthly_saving));
    assert_eq!(all.totals.buffer, add_up(|k| k.buffer));
    assert_eq!(all.totals.municipality_cum, add_up(|k| k.municipality_cum));
    assert_eq!(all.totals.botilbud_cum, add_up(|k| k.botilbud_cum));
    assert_eq!(all.totals.hours_total, add_up(|k| k.hours_total));
    for t in 0..24 {
        let hours: Decimal = singles.iter().map(|s| s.months[t].flows.staff_hours).sum();
        let stayed: Decimal = singles
            .iter()
            .map(|s| s.months[t].flows.municipality_stayed)
            .sum();
        assert_eq!(all.months[t].flows.staff_hours, hours);
        assert_eq!(r2(all.months[t].flows.municipality_stayed), r2(stayed));
    }
    assert_eq!(all.cases[2].name, "Sag 3");
    // The single cases' names are their own index; in the year they keep theirs.
    assert_eq!(all.cases[1].name, "B");
}

#[test]
fn recompute_reuses_unchanged_cases_and_equals_compute() {
    let (before, c) = (input(year_of_cases()), ctx());
    let first = compute(&before, &c).expect("result");
    let previous = |result| {
        Some(Previous {
            input: &before,
            ctx: &c,
            result,
        })
    };
    // Nothing, one case, the case list or the horizon changed: always compute's result.
    let mut edited = before.clone();
    edited.cases[1].hours_transition = d("12");
    let mut added = before.clone();
    added.cases.insert(0, example());
    let mut longer = before.clone();
    longer.horizon = 36;
    for changed in [before.clone(), edited, added, longer] {
        assert_eq!(
            recompute(&changed, &c, previous(&first)),
            compute(&changed, &c)
        );
    }
    // Another context (dage pr. år from the wage page): every case again.
    let other = Context {
        days_per_year: d("366"),
        ..c
    };
    assert_eq!(
        recompute(&before, &other, previous(&first)),
        compute(&before, &other)
    );
    // The unchanged cases really are taken over: a doctored earlier result shows through.
    let mut doctored = first.clone();
    doctored.cases[0].kpis.buffer = d("1");
    let reused = recompute(&before, &c, previous(&doctored)).expect("result");
    assert_eq!(reused.cases[0].kpis.buffer, d("1"));
}

#[test]
fn csv_is_a_separate_hour_account() {
    let two = vec![
        example(),
        CaseInput {
            pseudonym: "Æ; \"Ø\"".into(),
            move_out: 1,
            ..example()
        },
    ];
    let r = compute(&input(two), &ctx()).expect("result");
    let context = crate::model::csv::Context {
        botilbud: "Hus".into(),
        period: csv_period(&r),
        generated: "01.01.2026".into(),
        unit: HOURS_UNIT.into(),
    };
    let text = String::from_utf8(hours_csv(&r, &context)).expect("utf-8");
    let all: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(all[0], "\u{feff}Botilbud;Hus");
    assert_eq!(all[1], "Periode;jan. 2026 – dec. 2027 (24 måneder)");
    assert_eq!(all[2], "Dannet;01.01.2026");
    assert!(all[3].starts_with("Enhed;planlagte §85-timer (h_t × uger pr. måned"));
    assert_eq!(all[4], "");
    let lines = &all[5..];
    assert_eq!(lines[0], "Måned;Borger A;\"Æ; \"\"Ø\"\"\";I alt");
    // jan.: only case 1 (34,76 t); feb.: both (69,52 t); jul.: only case 2.
    assert_eq!(lines[1], "jan. 2026;34,76;0,00;34,76");
    assert_eq!(lines[2], "feb. 2026;34,76;34,76;69,52");
    assert_eq!(lines[7], "jul. 2026;0,00;34,76;34,76");
    assert_eq!(lines[25], "I alt;208,57;208,57;417,14");
    assert_eq!(lines.len(), 27); // header, 24 months, total, trailing ""

    // The month table in kr.: jan. with the scheme, the botilbud keeps both T_old·m
    // (2.000 × 365/12 = 60.833,33 each) and pays case 1's staff hours (34,76 t × c_b 400 =
    // 13.904,76): 2 × 60.833,33 − 13.904,76 = 107.761,90 → 107762; without the scheme only
    // case 2 (not yet moved out) pays: 60.833,33 → 60833.
    let text = String::from_utf8(months_csv(&r, &context)).expect("utf-8");
    let all: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(all[5], MONTH_COLUMNS.join(";"));
    assert!(all[6].starts_with("jan. 2026;107762;60833;"), "{}", all[6]);
    assert_eq!(all.len(), 5 + 1 + 24 + 1);
}

#[test]
fn form_defaults_parse_and_optional_fields_are_blank_means_default() {
    let form = TransitionForm::default();
    let parsed = form.parse(links()).expect("defaults parse");
    assert_eq!(parsed.horizon, 24);
    let case = &parsed.cases[0];
    assert_eq!(case.cost_per_hour, None);
    assert_eq!(case.stay_months, None);
    assert_eq!(
        case.refill,
        Some(Refill {
            after_months: 3,
            new_rate: d("1800")
        })
    );
    assert_eq!(case.old_rate, OldRate::Entered(d("2000")));
    // Issue 13.5: an empty p_b is the scenario's §85 price; a typed one is the case's own.
    assert_eq!(case.bostotte_price, d("450"));
    let mut own = TransitionForm::default();
    own.cases[0].bostotte_price = "500".into();
    assert_eq!(
        own.parse(links()).unwrap().cases[0].bostotte_price,
        d("500")
    );
    let no_price = Links {
        bostoette_price: None,
        ..links()
    };
    let errors = form.parse(no_price).unwrap_err();
    assert!(errors[Column::CaseBostottePrice.at(0)].contains("siden Takster"));

    let mut form = TransitionForm::default();
    form.cases[0].refill_after = " ".into();
    form.cases[0].new_rate = "ikke læst".into();
    form.cases[0].old_rate_package = Some(4);
    form.cases[0].old_rate = "ignored".into();
    let parsed = form.parse(links()).expect("refill blank parses");
    assert_eq!(parsed.cases[0].refill, None);
    assert_eq!(parsed.cases[0].old_rate, OldRate::Package(4));
}

/// Issue 13.11: a takst far above any botilbud's warns by its field.
#[test]
fn implausible_takster_warn() {
    let mut form = TransitionForm::default();
    assert!(form.warnings().is_empty());
    form.cases[0].old_rate = "60.000".into();
    form.cases[0].bostotte_price = "4.500".into();
    let warnings = form.warnings();
    assert!(warnings.contains_key(Column::CaseOldRate.at(0)));
    assert!(warnings.contains_key(Column::CaseBostottePrice.at(0)));
    assert_eq!(warnings.len(), 2);
}

#[test]
fn form_errors_are_keyed_by_test_id() {
    let mut form = TransitionForm {
        horizon: "0".into(),
        start_month: "13".into(),
        ..TransitionForm::default()
    };
    form.cases.push(CaseForm {
        transition_months: "2,5".into(),
        hours_after: "200".into(),
        cost_per_hour: "-1".into(),
        ..CaseForm::default()
    });
    let errors = form.parse(links()).unwrap_err();
    assert_eq!(
        errors[Input::Horisont],
        "Horisonten skal ligge mellem 1 og 60."
    );
    assert!(errors.contains_key(Input::StartMaaned));
    assert_eq!(
        errors[Column::CaseTransitionMonths.at(1)],
        "Overgangsperioden skal være et helt tal."
    );
    assert!(errors.contains_key(Column::CaseHoursAfter.at(1)));
    assert!(errors.contains_key(Column::CaseCostPerHour.at(1)));
    assert_eq!(errors.len(), 5);
    let empty = TransitionForm {
        cases: vec![],
        ..TransitionForm::default()
    };
    assert_eq!(
        empty.parse(links()).unwrap_err()[List::Sager],
        "Der skal være mindst én sag."
    );
}

#[test]
fn month_labels_roll_over_years() {
    let start = StartMonth {
        year: 2026,
        month: 11,
    };
    assert_eq!(start.label(0), "nov. 2026");
    assert_eq!(start.label(2), "jan. 2027");
    assert_eq!(start.label(14), "jan. 2028");
}

fn arb_amount() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (0i64..500_000).prop_map(|c| Decimal::new(c, 2)),
        any::<i64>().prop_map(|c| Decimal::new(c, 2)),
        Just(Decimal::MAX),
    ]
}

fn arb_case() -> impl Strategy<Value = CaseInput> {
    (
        (arb_amount(), 0usize..4, any::<bool>(), 0u32..40, 0u32..12),
        (
            arb_amount(),
            proptest::option::of(arb_amount()),
            arb_amount(),
            arb_amount(),
        ),
        (
            proptest::option::of((0u32..40, arb_amount())),
            proptest::option::of(0u32..40),
        ),
    )
        .prop_map(|(a, b, c)| CaseInput {
            pseudonym: String::new(),
            old_rate: if a.2 {
                OldRate::Entered(a.0)
            } else {
                OldRate::Package(a.1)
            },
            move_out: a.3,
            transition_months: a.4,
            hours_transition: b.0,
            cost_per_hour: b.1,
            hours_after: b.2,
            bostotte_price: b.3,
            refill: c.0.map(|(after_months, new_rate)| Refill {
                after_months,
                new_rate,
            }),
            stay_months: c.1,
        })
}

/// Realistic, valid cases: the invariants get exercised instead of errors.
fn arb_valid_case() -> impl Strategy<Value = CaseInput> {
    (
        (
            0i64..400_000,
            0u32..30,
            0u32..12,
            0i64..4_000,
            proptest::option::of(0i64..100_000),
        ),
        (0i64..4_000, 0i64..100_000),
        (
            proptest::option::of((0u32..30, 0i64..400_000)),
            proptest::option::of(0u32..30),
        ),
    )
        .prop_map(|(a, b, c)| CaseInput {
            pseudonym: "x".into(),
            old_rate: OldRate::Entered(Decimal::new(a.0, 2)),
            move_out: a.1,
            transition_months: a.2,
            hours_transition: Decimal::new(a.3, 2),
            cost_per_hour: a.4.map(|x| Decimal::new(x, 2)),
            hours_after: Decimal::new(b.0, 2),
            bostotte_price: Decimal::new(b.1, 2),
            refill: c.0.map(|(after_months, rate)| Refill {
                after_months,
                new_rate: Decimal::new(rate, 2),
            }),
            stay_months: c.1,
        })
}

/// |a − b| below a millionth of a krone: sums taken in another order may differ in the
/// 20-somethingth digit of `Decimal`, never in anything shown.
fn close(a: Decimal, b: Decimal) -> bool {
    (a - b).abs() < d("0.000001")
}

proptest! {
    #[test]
    fn never_panics(
        cases in prop::collection::vec(arb_case(), 0..4),
        horizon in 0u32..300,
        days in arb_amount(),
        price in proptest::option::of(arb_amount()),
        rates in prop::collection::vec(arb_amount(), 0..3),
    ) {
        let ctx = Context { days_per_year: days, hourly_price: price, package_rates: &rates };
        let input = TransitionInput { start: StartMonth { year: 2026, month: 1 }, horizon, cases };
        if let Ok(r) = compute(&input, &ctx) {
            let context = crate::model::csv::Context {
                botilbud: String::new(),
                period: csv_period(&r),
                generated: String::new(),
                unit: String::new(),
            };
            let _ = hours_csv(&r, &context);
            let _ = months_csv(&r, &context);
        }
    }

    #[test]
    fn form_parse_never_panics(
        texts in prop::collection::vec("[-0-9.,a ]{0,8}", 14),
        package in proptest::option::of(0usize..5),
    ) {
        let case = CaseForm {
            pseudonym: texts[0].clone(),
            old_rate: texts[1].clone(),
            old_rate_package: package,
            move_out: texts[2].clone(),
            transition_months: texts[3].clone(),
            hours_transition: texts[4].clone(),
            cost_per_hour: texts[5].clone(),
            hours_after: texts[6].clone(),
            bostotte_price: texts[7].clone(),
            refill_after: texts[8].clone(),
            new_rate: texts[9].clone(),
            stay_months: texts[10].clone(),
        };
        let form = TransitionForm {
            start_year: texts[11].clone(),
            start_month: texts[12].clone(),
            horizon: texts[13].clone(),
            cases: vec![case],
        };
        if let Ok(input) = form.parse(links()) {
            let _ = compute(&input, &ctx());
        }
    }

    /// With L = 0 the scheme is no scheme, month by month, for botilbud and municipality.
    #[test]
    fn zero_transition_equals_no_scheme(case in arb_valid_case(), horizon in 1u32..60) {
        let case = CaseInput { transition_months: 0, ..case };
        let r = compute_case(&case, 0, horizon, &ctx()).expect("valid case");
        for m in &r.months {
            prop_assert_eq!(m.flows.botilbud_with, m.flows.botilbud_without);
            prop_assert_eq!(m.flows.municipality_with, m.flows.municipality_without);
            prop_assert_eq!(m.flows.staff_hours, Decimal::ZERO);
        }
        prop_assert_eq!(r.kpis.extra_cost, Decimal::ZERO);
        prop_assert_eq!(r.kpis.botilbud_cum, Decimal::ZERO);
        prop_assert_eq!(r.kpis.payback, Payback::NoExtraCost);
    }

    /// Cumulative figures at the horizon are the sums of the months, per case and in total.
    #[test]
    fn cumulative_equals_sum_of_months(
        cases in prop::collection::vec(arb_valid_case(), 1..5),
        horizon in 1u32..60,
    ) {
        let input = TransitionInput { start: StartMonth { year: 2026, month: 3 }, horizon, cases };
        let r = compute(&input, &ctx()).expect("valid cases");
        for c in &r.cases {
            let mun: Decimal = c.months.iter().map(|m| m.flows.municipality_stayed - m.flows.municipality_with).sum();
            let bot: Decimal = c.months.iter().map(|m| m.flows.botilbud_with - m.flows.botilbud_without).sum();
            let hours: Decimal = c.months.iter().map(|m| m.flows.staff_hours).sum();
            let extra: Decimal = c.months.iter().map(|m| m.flows.municipality_with - m.flows.municipality_without).sum();
            prop_assert!(close(c.kpis.municipality_cum, mun));
            prop_assert!(close(c.kpis.botilbud_cum, bot));
            prop_assert!(close(c.kpis.hours_total, hours));
            prop_assert!(close(c.kpis.extra_cost, extra));
            // By the formulas the botilbud's buffer is its whole gain from the scheme.
            prop_assert!(close(c.kpis.buffer, c.kpis.botilbud_cum));
        }
        let last = r.months.last().expect("horizon ≥ 1");
        prop_assert!(close(last.municipality_cum, r.totals.municipality_cum));
        prop_assert!(close(last.botilbud_cum, r.totals.botilbud_cum));
        let hours: Decimal = r.months.iter().map(|m| m.flows.staff_hours).sum();
        prop_assert!(close(hours, r.totals.hours_total));
    }
}
