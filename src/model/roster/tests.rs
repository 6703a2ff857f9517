use super::*;
use crate::model::holidays::HolidayOptions;
use crate::model::number::round;
use crate::model::wage::{StaffGroup, WageForm};
use proptest::prelude::*;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_default()
}

fn wage_defaults() -> WageInput {
    WageForm::default().parse().expect("wage defaults parse")
}

fn names(wage: &WageInput) -> Vec<String> {
    wage.groups.iter().map(|g| g.name.clone()).collect()
}

fn shift(start: u32, end: u32, staff: [i64; 7], asleep: bool) -> Shift {
    Shift {
        name: "v".into(),
        start: start * 60,
        end: end * 60,
        staff: staff.map(Decimal::from),
        group: 0,
        asleep,
    }
}

fn plan(shifts: Vec<Shift>, wage: &WageInput) -> RosterInput {
    let form = RosterForm {
        shifts: Vec::new(),
        ..RosterForm::default()
    };
    let rates = form
        .rates_for(&names(wage))
        .iter()
        .map(|r| {
            PerWindow::try_from_fn(|w| crate::model::number::parse_dk(r.text(w))).expect("rates")
        })
        .collect();
    RosterInput {
        shifts,
        rates,
        stacking: false,
        sleep_factor_pct: Decimal::ONE_HUNDRED,
    }
}

/// A house with round numbers: one socialpædagog group at 48.100 kr./md. → 48.100 × 12 / 1.924
/// = 300 kr./t, pension 10 %; no holidays off, ferie 184 t, no absence → fremmøde 1.740 t.
fn round_wage() -> WageInput {
    WageInput {
        budget: d("1000000"),
        vacation: d("184"),
        extra_vacation: Decimal::ZERO,
        holiday_day_hours: Decimal::ZERO,
        sick_pct: Decimal::ZERO,
        training_pct: Decimal::ZERO,
        other_pct: Decimal::ZERO,
        groups: vec![StaffGroup {
            name: "Socialpædagog".into(),
            share_pct: Decimal::ONE_HUNDRED,
            monthly_salary: d("48100"),
            pension_pct: d("10"),
        }],
        ..wage_defaults()
    }
}

#[test]
fn one_person_around_the_clock_for_a_year() {
    // 07–15, 15–23, 23–07 with 1 person every day: 24 t × 7 = 168 t/uge, 24 × 365 = 8.760 t/år.
    // Årsværk = 8.760 / fremmøde 1.501,682 (2026 defaults) = 5,833459.
    let wage = wage_defaults();
    let ones = [1; 7];
    let input = plan(
        vec![
            shift(7, 15, ones, false),
            shift(15, 23, ones, false),
            shift(23, 7, ones, false),
        ],
        &wage,
    );
    let r = compute(&input, &wage).expect("result");
    assert_eq!(r.week.hours, d("168"));
    assert_eq!(r.year.hours, d("8760"));
    assert_eq!(r.attendance_per_fte, d("1501.682"));
    assert_eq!(round(r.cost.fte, 6), d("5.833459"));
    // Grundløn = 5,833459 × 33.500 × 12 = 2.345.050,4 kr.; pension 14,2 % of it.
    assert_eq!(round(r.cost.base_pay, 0), d("2345050"));
    assert_eq!(
        round(r.cost.pension, 6),
        round(r.cost.base_pay * d("0.142"), 6)
    );
    // The heatmap has exactly one person in every hour, 12 residents per person.
    assert!(r.heatmap.iter().flatten().all(|c| c.staff == Decimal::ONE));
    assert_eq!(r.heatmap[3][4].residents_per_staff, Some(d("12")));
}

#[test]
fn supplements_for_a_known_week() {
    // 300 kr./t, socialpædagog rates 25 / 25,5 / 20 / 50 % = 75 / 76,5 / 60 / 150 kr./t.
    // Aften 15–23 every day: Mon–Fri 17–23 aften 5 × 6 = 30 t; Sat 15–17 lørdag 2 t,
    //   17–23 aften 6 t (25 > 20); Sun 15–23 søndag 8 t (50 beats aften).
    // Nat 23–07 Saturday only: 23–24 nat 1 t (25,5 > lørdag 20); 00–07 Sunday søndag 7 t.
    // Aften 36 t × 75 = 2.700; nat 1 t × 76,5 = 76,5; lørdag 2 t × 60 = 120;
    // søndag 15 t × 150 = 2.250. In all 5.146,5 kr. for 8 × 7 + 8 = 64 t.
    let wage = round_wage();
    let saturday_only = [0, 0, 0, 0, 0, 1, 0];
    let mut input = plan(
        vec![
            shift(15, 23, [1; 7], false),
            shift(23, 7, saturday_only, false),
        ],
        &wage,
    );
    let r = compute(&input, &wage).expect("result");
    assert_eq!(r.week.hours, d("64"));
    let h = r.week.supplement_hours;
    assert_eq!(
        (h.evening, h.night, h.saturday, h.sunday),
        (d("36"), d("1"), d("2"), d("15"))
    );
    let kr = r.week.supplement_kr;
    assert_eq!(
        (kr.evening, kr.night, kr.saturday, kr.sunday),
        (d("2700"), d("76.5"), d("120"), d("2250"))
    );
    assert_eq!(r.week.supplement_total(), Ok(d("5146.5")));

    // Stacked: Sat 17–23 adds lørdag 6 t, Sat 23–24 lørdag 1 t → lørdag 9 t = 540;
    // Sun 17–23 adds aften 6 t → 42 t = 3.150; Sun 00–06 adds nat 6 t → 7 t = 535,5;
    // søndag 15 t = 2.250. In all 6.475,5 kr.
    input.stacking = true;
    let r = compute(&input, &wage).expect("result");
    let h = r.week.supplement_hours;
    assert_eq!(
        (h.evening, h.night, h.saturday, h.sunday),
        (d("42"), d("7"), d("9"), d("15"))
    );
    assert_eq!(r.week.supplement_total(), Ok(d("6475.5")));
}

#[test]
fn holidays_are_paid_as_sundays() {
    // Day shift 07–15 on Thursdays, 2026: 1 January is a Thursday, so 53 Thursdays = 424 t.
    // Thursday holidays: nytårsdag 1/1, skærtorsdag 2/4, Kristi himmelfart 14/5 → 3 × 8 = 24 t
    // søn-/helligdag; the typical week has none.
    let wage = round_wage();
    let r = compute(
        &plan(vec![shift(7, 15, [0, 0, 0, 1, 0, 0, 0], false)], &wage),
        &wage,
    )
    .expect("result");
    assert_eq!(r.week.hours, d("8"));
    assert_eq!(r.week.supplement_hours.sunday, Decimal::ZERO);
    assert_eq!(r.year.hours, d("424"));
    assert_eq!(r.year.supplement_hours.sunday, d("24"));
    // Juleaftensdag (option) is Thursday 24/12 2026: one more. Grundlovsdag (½, from 12:00)
    // is a Friday, 1. maj (½) a Friday: no Thursday effect.
    let mut wage = round_wage();
    wage.holiday_options = HolidayOptions {
        christmas_eve: true,
        constitution_day: true,
        may_day: true,
    };
    let r = compute(
        &plan(vec![shift(7, 15, [0, 0, 0, 1, 0, 0, 0], false)], &wage),
        &wage,
    )
    .expect("result");
    assert_eq!(r.year.supplement_hours.sunday, d("32"));
    // Friday 07–15 with both half days: 12–15 = 3 t each → 6 t, plus langfredag 3/4 and
    // juledag 25/12 whole (16 t) = 22 t.
    let r = compute(
        &plan(vec![shift(7, 15, [0, 0, 0, 0, 1, 0, 0], false)], &wage),
        &wage,
    )
    .expect("result");
    assert_eq!(r.year.supplement_hours.sunday, d("22"));
}

#[test]
fn a_holiday_on_a_saturday_is_not_also_a_saturday() {
    // 07–15 on Saturdays in 2027 (1 January is a Friday): 52 Saturdays × 8 t = 416 t.
    // Saturday holidays: juledag 25/12 (whole), and with the options 1. maj and grundlovsdag
    // 5/6 (½, from 12:00). Lørdag rate 60 % > søndag 50 %, so without stacking the highest
    // rate would pick lørdag if it applied on a holiday; it must not (holidays are Sundays).
    // 49 ordinary Saturdays: 08–15 lørdag 7 t → 343 t. Juledag: 07–15 søndag 8 t.
    // Half days: 08–12 lørdag 4 t, 12–15 søndag 3 t, twice → lørdag 8 t, søndag 6 t.
    // Lørdag 343 + 8 = 351 t × 300 × 60 % = 63.180 kr.; søndag 8 + 6 = 14 t × 150 = 2.100 kr.
    // No two windows overlap in 07–15, so stacking changes nothing.
    let mut wage = round_wage();
    wage.year = 2027;
    wage.holiday_options = HolidayOptions {
        christmas_eve: false,
        constitution_day: true,
        may_day: true,
    };
    let mut input = plan(vec![shift(7, 15, [0, 0, 0, 0, 0, 1, 0], false)], &wage);
    input.rates = vec![PerWindow {
        evening: d("25"),
        night: d("25.5"),
        saturday: d("60"),
        sunday: d("50"),
    }];
    for stacking in [false, true] {
        input.stacking = stacking;
        let r = compute(&input, &wage).expect("result");
        assert_eq!(r.year.hours, d("416"));
        let h = r.year.supplement_hours;
        assert_eq!(
            (h.evening, h.night, h.saturday, h.sunday),
            (Decimal::ZERO, Decimal::ZERO, d("351"), d("14")),
            "stacking {stacking}"
        );
        let kr = r.year.supplement_kr;
        assert_eq!((kr.saturday, kr.sunday), (d("63180"), d("2100")));
    }
}

#[test]
fn new_years_eve_night_runs_into_next_years_new_years_day() {
    // 2026 ends on a Thursday (31/12); 23–07 on Thursdays: 1/1 2027 00–07 is a holiday.
    // Year: 53 Thursdays. Søn-/helligdag: Thursday nights into holiday Fridays: 2/4→3/4
    // langfredag 7 t, 24/12→25/12 juledag 7 t, 31/12→1/1 7 t; and the Thursday holidays
    // themselves 23–24: 1/1, 2/4, 14/5 → 3 t. In all 24 t.
    let wage = round_wage();
    let r = compute(
        &plan(vec![shift(23, 7, [0, 0, 0, 1, 0, 0, 0], false)], &wage),
        &wage,
    )
    .expect("result");
    assert_eq!(r.year.hours, d("424"));
    assert_eq!(r.year.supplement_hours.sunday, d("24"));
}

#[test]
fn cost_gap_coverage_and_inverse_by_hand() {
    // 08–16 Mon–Fri, 1 person. 2026: 52 weeks + a Thursday = 261 weekdays × 8 = 2.088 t.
    // No window applies on ordinary weekdays 08–16; the 7 weekday holidays × 8 t = 56 t
    // søn-/helligdag × 150 kr. = 8.400 kr.
    // Årsværk = 2.088 / 1.740 = 1,2. Grundløn 1,2 × 577.200 = 692.640; pension 69.264.
    // Lønudgift = 692.640 + 69.264 + 8.400 = 770.304. Gap = 1.000.000 − 770.304 = 229.696.
    // Dækning = 1.000.000 / 770.304 = 129,8189 %; gap in årsværk = 229.696 × 1,2 / 770.304
    // = 0,357827. Tillæg % = 8.400 / 692.640 = 1,212751 %.
    let wage = round_wage();
    let r = compute(
        &plan(vec![shift(8, 16, [1, 1, 1, 1, 1, 0, 0], false)], &wage),
        &wage,
    )
    .expect("result");
    assert_eq!(r.year.hours, d("2088"));
    assert_eq!(r.cost.fte, d("1.2"));
    assert_eq!(r.cost.base_pay, d("692640"));
    assert_eq!(r.cost.pension, d("69264"));
    assert_eq!(r.cost.supplements, d("8400"));
    assert_eq!(r.cost.total, d("770304"));
    assert_eq!(r.gap_kr, d("229696"));
    assert_eq!(round(r.coverage_pct, 4), d("129.8189"));
    assert_eq!(round(r.gap_fte, 6), d("0.357827"));
    assert_eq!(round(r.supplement_pct, 6), d("1.212751"));
    // Scaling the plan by 129,8189 % costs exactly the budget: 2.088 × 1,298189 = 2.710,61 t.
    assert_eq!(round(r.affordable_hours_year, 2), d("2710.62"));
    // One more person every day: 365 × 8 = 2.920 t → 2.920 / 1.740 × 577.200 × 1,1
    // = 1.065.497,93; supplements: 51 ordinary Saturdays × 8 t lørdag × 60 = 24.480;
    // 52 Sundays + 26/12 (a Saturday) + 7 weekday holidays = 60 days × 8 t × 150 = 72.000.
    // = 1.161.977,93 kr.; the gap carries 229.696 / 1.161.977,93 = 0,1977 of such a person.
    let s = &r.shifts[0];
    assert_eq!(round(s.cost_per_extra_staff, 2), d("1161977.93"));
    assert_eq!(s.extra_staff.map(|x| round(x, 4)), Some(d("0.1977")));
    assert_eq!(r.groups[0].hourly_base, d("300"));
    assert_eq!(r.groups[0].cost, r.cost);
}

#[test]
fn extra_staff_reads_as_alternatives_and_flags_the_implausible() {
    // The plan of cost_gap_coverage_and_inverse_by_hand: one more person every day costs
    // 1.161.977,93 kr.; the gap 229.696 kr. carries 0,1977 of one.
    let wage = round_wage();
    let named = |name: &str| Shift {
        name: name.into(),
        ..shift(8, 16, [1, 1, 1, 1, 1, 0, 0], false)
    };
    let one = plan(vec![named("Dag")], &wage);
    let r = compute(&one, &wage).expect("result");
    assert_eq!(
        extra_staff(&one, &r).as_deref(),
        Some("Budgettet rækker desuden til ekstra medarbejdere alle ugens dage: 0,2 på Dag.")
    );
    // Two such shifts cost 1.540.608 kr.: gap −540.608 kr. = 0,4652 fewer on either.
    let two = plan(vec![named("Dag"), named("Aften")], &wage);
    let r = compute(&two, &wage).expect("result");
    assert_eq!(
        extra_staff(&two, &r).as_deref(),
        Some("For at holde budgettet skal der være færre medarbejdere alle ugens dage: 0,5 på Dag eller 0,5 på Aften.")
    );
    // A budget of 10 mio. kr.: gap 9.229.696 kr. = 7,9 extra on a shift of 1 person, more
    // than 3 × its staffing.
    let rich = WageInput {
        budget: d("10000000"),
        ..round_wage()
    };
    let r = compute(&one, &rich).expect("result");
    assert_eq!(
        extra_staff(&one, &r).as_deref(),
        Some("Budgettet rækker desuden til ekstra medarbejdere alle ugens dage: 7,9 på Dag (over 3 gange vagtens bemanding i dag).")
    );
    assert_eq!(
        verdict(r.coverage_pct).text,
        "Budgettet rækker til 1.298 % af vagtplanen"
    );
}

#[test]
fn sleeping_shift_counts_with_the_factor() {
    // Sovende nat 23–07 every day at 50 %: 8 × 7 × ½ = 28 t/uge.
    // The heatmap still shows one person present.
    let wage = round_wage();
    let mut input = plan(vec![shift(23, 7, [1; 7], true)], &wage);
    input.sleep_factor_pct = d("50");
    let r = compute(&input, &wage).expect("result");
    assert_eq!(r.week.hours, d("28"));
    assert_eq!(r.heatmap[2][2].staff, Decimal::ONE);
    // Credited as nat (socialpædagog rates): Mon–Fri nights 23–06 = 7 t each (Saturday's
    // lørdag starts 08); Sat 23–24 = 1 t (Sunday follows); Sun night 23–24 is søndag, then
    // Mon 00–06 = 6 t. 5 × 7 + 1 + 6 = 42 t × ½ = 21 t.
    assert_eq!(r.week.supplement_hours.night, d("21"));
}

#[test]
fn errors_not_panics() {
    let wage = wage_defaults();
    let mut input = plan(vec![shift(7, 15, [1; 7], false)], &wage);
    input.shifts[0].group = 9;
    assert_eq!(
        compute(&input, &wage),
        Err(DomainError::UnknownReference("personalegruppe"))
    );
    let input = plan(vec![], &wage);
    assert_eq!(compute(&input, &wage), Err(DomainError::Empty("vagt")));
    let input = plan(vec![shift(7, 15, [0; 7], false)], &wage);
    assert_eq!(
        compute(&input, &wage),
        Err(DomainError::MustBePositive("Vagtplanens lønudgift"))
    );
    let mut input = plan(vec![shift(7, 15, [1; 7], false)], &wage);
    input.rates.clear();
    assert_eq!(
        compute(&input, &wage),
        Err(DomainError::UnknownReference("tillægssats"))
    );
}

#[test]
fn default_form_gives_a_plausible_house() {
    // Preset: dag 8 t × (5 × 5 + 2 × 4) = 264, aften 8 × (5 × 4 + 2 × 3) = 208, nat 8 × 7 = 56
    // → 528 t/uge. It needs about 18 årsværk; a 10 mio. budget carries a bit more.
    let wage = wage_defaults();
    let input = RosterForm::default().parse(&names(&wage)).expect("parse");
    let r = compute(&input, &wage).expect("result");
    assert_eq!(r.week.hours, d("528"));
    assert!(r.cost.fte > d("18") && r.cost.fte < d("19"));
    assert!(r.coverage_pct > d("100") && r.coverage_pct < d("130"));
}

fn arb_shift() -> impl Strategy<Value = Shift> {
    (
        0u32..1440,
        0u32..1440,
        prop::array::uniform7(0i64..500),
        0usize..3,
        any::<bool>(),
    )
        .prop_map(|(start, end, staff, group, asleep)| Shift {
            name: "s".into(),
            start,
            end,
            staff: staff.map(|s| Decimal::new(s, 1)),
            group,
            asleep,
        })
}

/// Plans and wage terms; `wild` also produces invalid ones (no shifts, missing rates rows,
/// years and day counts out of range) for the no-panic test.
fn arb_case(wild: bool) -> impl Strategy<Value = (RosterInput, WageInput)> {
    let (shifts, rows, years, days) = if wild {
        (0, 0, 1800, 0)
    } else {
        (1, 3, 1900, 10)
    };
    (
        prop::collection::vec(arb_shift(), shifts..5),
        prop::collection::vec(prop::array::uniform4(0i64..10_000), rows..4),
        any::<bool>(),
        0i64..10_001,
        (years..2201, days..3661i64, any::<(bool, bool, bool)>()),
    )
        .prop_map(|(shifts, rates, stacking, factor, (year, days, opts))| {
            let rates = rates
                .into_iter()
                .map(|[e, n, s, su]| PerWindow {
                    evening: Decimal::new(e, 2),
                    night: Decimal::new(n, 2),
                    saturday: Decimal::new(s, 2),
                    sunday: Decimal::new(su, 2),
                })
                .collect();
            let mut wage = wage_defaults();
            wage.year = year;
            wage.days_per_year = Decimal::new(days, 1);
            wage.holiday_options = HolidayOptions {
                christmas_eve: opts.0,
                constitution_day: opts.1,
                may_day: opts.2,
            };
            (
                RosterInput {
                    shifts,
                    rates,
                    stacking,
                    sleep_factor_pct: Decimal::new(factor, 2),
                },
                wage,
            )
        })
}

fn close(a: Decimal, b: Decimal) -> bool {
    (a - b).abs() <= d("0.000000001") * (Decimal::ONE + b.abs())
}

proptest! {
    #[test]
    fn never_panics((input, wage) in arb_case(true), budget in 0i64..i64::MAX) {
        let mut wage = wage;
        wage.budget = Decimal::new(budget, 2);
        let _ = compute(&input, &wage);
    }

    #[test]
    fn staffed_hours_are_the_sum_over_shifts((input, wage) in arb_case(false)) {
        let result = compute(&input, &wage);
        prop_assume!(result.is_ok());
        if let Ok(r) = result {
            let factor = input.sleep_factor_pct / Decimal::ONE_HUNDRED;
            let expected: Decimal = input.shifts.iter().map(|s| {
                let f = if s.asleep { factor } else { Decimal::ONE };
                Decimal::from(duration(s.start, s.end)) * s.staff.iter().sum::<Decimal>() * f / Decimal::from(60)
            }).sum();
            prop_assert!(close(r.week.hours, expected), "{} vs {}", r.week.hours, expected);
            // The year independently: each weekday's count among the whole days from 1 January,
            // plus the fraction of a day as a seventh of a typical week.
            let whole = wage.days_per_year.trunc();
            let first = crate::model::holidays::Date { year: wage.year, month: 1, day: 1 }.weekday();
            let count = |wd: u32| {
                let n = (0..u32::try_from(whole).unwrap_or(0)).filter(|k| (first + k) % 7 == wd).count();
                Decimal::from(n) + (wage.days_per_year - whole) / Decimal::from(7)
            };
            let expected_year: Decimal = input.shifts.iter().map(|s| {
                let f = if s.asleep { factor } else { Decimal::ONE };
                let days: Decimal = (0u32..).zip(s.staff).map(|(wd, n)| n * count(wd)).sum();
                Decimal::from(duration(s.start, s.end)) * days * f / Decimal::from(60)
            }).sum();
            prop_assert!(close(r.year.hours, expected_year), "{} vs {}", r.year.hours, expected_year);
            let year: Decimal = r.shifts.iter().map(|s| s.year.hours).sum();
            prop_assert_eq!(r.year.hours, year);
            if !input.stacking {
                let credited: Decimal = Window::ALL.iter().map(|&w| r.week.supplement_hours.get(w)).sum();
                prop_assert!(credited <= r.week.hours + d("0.000001"));
            }
        }
    }

    #[test]
    fn scaling_the_plan_scales_hours_and_cost((input, wage) in arb_case(false), k in 1i64..10) {
        let result = compute(&input, &wage);
        prop_assume!(result.is_ok());
        if let Ok(r) = result {
            let k = Decimal::from(k);
            let mut scaled = input.clone();
            for s in &mut scaled.shifts {
                s.staff = s.staff.map(|x| x * k);
            }
            let r2 = compute(&scaled, &wage).expect("scaled plan computes too");
            prop_assert!(close(r2.week.hours, r.week.hours * k));
            prop_assert!(close(r2.year.hours, r.year.hours * k));
            prop_assert!(close(r2.cost.total, r.cost.total * k));
            prop_assert!(close(r2.coverage_pct * k, r.coverage_pct));
        }
    }
}

/// The straightforward per-day walk `tally` replaced: the oracle for the grouped one.
fn tally_every_day(
    shift: &Shift,
    rates: &PerWindow<Decimal>,
    stacking: bool,
    days: &[Day],
    after: Day,
) -> [Tally; 7] {
    let mut tallies = [Tally::default(); 7];
    let length = duration(shift.start, shift.end);
    for (i, &day) in days.iter().enumerate() {
        let next = days.get(i + 1).copied().unwrap_or(after);
        let t = &mut tallies[day.weekday as usize];
        for segment in clock::segments(shift.start, length, day, next) {
            t.minutes += u64::from(segment.minutes);
            let credited = clock::credit(&segment, rates, stacking);
            for w in Window::ALL {
                *t.credited.get_mut(w) += u64::from(credited.get(w));
            }
        }
    }
    tallies
}

#[test]
fn a_year_has_few_kinds_of_day() {
    // 2026: 365 days in 7 weekdays + 11 holidays (of which 5 on ordinary weekdays, and their
    // eves) — far fewer kinds than days, and the counts add up to the year.
    let wage = wage_defaults();
    let (days, after, _) = calendar(&wage, 365).expect("calendar");
    let kinds = day_kinds(&days, after);
    assert!(kinds.len() < 40, "{} kinds", kinds.len());
    assert_eq!(kinds.iter().map(|k| k.count).sum::<u64>(), 365);
}

proptest! {
    #[test]
    fn grouped_tally_equals_the_walk_over_every_day(
        (input, wage) in arb_case(false),
        whole in 0u32..367,
    ) {
        let (days, after, _) = calendar(&wage, whole).expect("calendar");
        let kinds = day_kinds(&days, after);
        let week = typical_week();
        let week_kinds = day_kinds(&week, Day::ordinary(0));
        for (shift, rates) in input.shifts.iter().zip(input.rates.iter().cycle()) {
            prop_assert_eq!(
                tally(shift, rates, input.stacking, &kinds),
                tally_every_day(shift, rates, input.stacking, &days, after)
            );
            prop_assert_eq!(
                tally(shift, rates, input.stacking, &week_kinds),
                tally_every_day(shift, rates, input.stacking, &week, Day::ordinary(0))
            );
        }
    }
}
