use super::*;
use crate::model::csv::to_string;
use crate::model::number::round;
use crate::model::tariff::PackageForm;
use proptest::prelude::*;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_default()
}

fn with_budget(budget: &str) -> Scenario {
    let mut s = Scenario::default();
    s.wage.budget = budget.into();
    s.name = format!("Budget {budget}");
    s
}

fn compared(scenarios: &[Scenario]) -> Comparison {
    let summaries: Vec<Summary> = scenarios
        .iter()
        .map(|s| summary(s).expect("summary"))
        .collect();
    let pairs: Vec<(&Scenario, &Summary)> = scenarios.iter().zip(&summaries).collect();
    compare(&pairs).expect("comparison")
}

fn row(c: &Comparison, figure: KeyFigure) -> &FigureRow {
    c.rows
        .iter()
        .find(|r| r.figure == figure)
        .expect("every key figure has a row")
}

fn value(c: &Comparison, figure: KeyFigure, column: usize) -> Decimal {
    row(c, figure).values[column].expect("the page computes")
}

fn diff(c: &Comparison, figure: KeyFigure) -> Difference {
    row(c, figure).differences[0].expect("both values")
}

#[test]
fn differences_by_hand() {
    // 250 − 200 = +50; 50 / 200 × 100 = 25 %
    let up = difference(d("200"), d("250")).expect("difference");
    assert_eq!(
        (up.delta, up.pct, up.direction),
        (d("50"), Some(d("25")), Direction::Higher)
    );
    // −50 − (−100) = +50; 50 / |−100| × 100 = +50 %: higher, and the % says so too
    let neg = difference(d("-100"), d("-50")).expect("difference");
    assert_eq!(
        (neg.delta, neg.pct, neg.direction),
        (d("50"), Some(d("50")), Direction::Higher)
    );
    // 150 − 200 = −50 = −25 %
    let down = difference(d("200"), d("150")).expect("difference");
    assert_eq!(
        (down.delta, down.pct, down.direction),
        (d("-50"), Some(d("-25")), Direction::Lower)
    );
    // No % of nothing.
    let from_zero = difference(Decimal::ZERO, d("5")).expect("difference");
    assert_eq!((from_zero.delta, from_zero.pct), (d("5"), None));
    assert_eq!(
        difference(d("7"), d("7")).map(|x| x.direction),
        Ok(Direction::Same)
    );
}

#[test]
fn differences_in_words_and_signs() {
    // 10.500.000 − 10.000.000 = +500.000 kr. = +5,0 %
    let kr = difference(d("10000000"), d("10500000")).expect("difference");
    assert_eq!(
        kr.text(KeyFigure::MixRevenue),
        "+500.000 kr. (+5,0 %), højere"
    );
    // 91,5 − 86 = +5,5 procentpoint; 5,5 / 86 = 6,395 % → +6,4 %
    let pp = difference(d("86"), d("91.5")).expect("difference");
    assert_eq!(
        pp.text(KeyFigure::Coverage),
        "+5,5 procentpoint (+6,4 %), højere"
    );
    // 20,5 − 21,31 = −0,81 årsværk; −0,81 / 21,31 = −3,80 % → −3,8 %
    let fte = difference(d("21.31"), d("20.5")).expect("difference");
    assert_eq!(
        fte.text(KeyFigure::Fte),
        "\u{2212}0,81 årsværk (\u{2212}3,8 %), lavere"
    );
    // Below the shown precision it did not move.
    let tiny = difference(d("367.62"), d("367.621")).expect("difference");
    assert_eq!(tiny.text(KeyFigure::HourlyPrice), "uændret");
    let none = difference(Decimal::ZERO, d("12")).expect("difference");
    assert_eq!(none.text(KeyFigure::ExtraCost), "+12 kr., højere");
}

#[test]
fn signs_are_always_written() {
    assert_eq!(signed(d("1234.5"), 1), "+1.234,5");
    assert_eq!(signed(d("-1234.5"), 0), "\u{2212}1.235");
    assert_eq!(signed(Decimal::ZERO, 2), "0,00");
    assert_eq!(signed(d("0.001"), 2), "0,00"); // rounds to zero: no sign
}

/// A 20 % larger wage budget (12 instead of 10 mio. kr.) against the default house:
/// DOMAIN.md §1 is linear in the budget, so by hand (c = 469.241,418 kr. per årsværk,
/// borgerrelateret 1.276,4297 t and fremmøde 1.501,682 t per årsværk, see `wage`):
/// - årsværk 10.000.000 / 469.241,418 = 21,310992 → 12.000.000 / … = 25,573190; Δ 4,262198
/// - borger_t 21,310992 × 1.276,4297 = 27.201,98 → 32.642,38 t; Δ 5.440,40 t = +20,0 %
/// - timepris = budget / borger_t = 367,62 kr. in both: uændret
/// - på vagt 21,310992 × 1.501,682 / 8.760 = 3,6532 → 4,3839; Δ 0,7306 = +20,0 %
/// - visiterede 415 t/uge × 365 / 7 = 21.639,29 t in both (the mix does not change)
/// - timebalance 27.201,98 − 21.639,29 = 5.562,70 → 32.642,38 − 21.639,29 = 11.003,09 t;
///   Δ 5.440,40 t = 5.440,40 / 5.562,70 = +97,80 %
/// - the plan's cost does not depend on the budget, so its hours stay and the coverage
///   (budget / cost × 100) grows by 20 % of itself.
#[test]
fn a_larger_budget_by_hand() {
    let c = compared(&[with_budget("10.000.000"), with_budget("12.000.000")]);
    assert_eq!(c.names, ["Budget 10.000.000", "Budget 12.000.000"]);
    let r4 = |x: Decimal| round(x, 4);
    assert_eq!(r4(value(&c, KeyFigure::Fte, 0)), d("21.3110"));
    assert_eq!(r4(value(&c, KeyFigure::Fte, 1)), d("25.5732"));
    assert_eq!(r4(diff(&c, KeyFigure::Fte).delta), d("4.2622"));
    assert_eq!(diff(&c, KeyFigure::Fte).pct.map(r4), Some(d("20")));
    assert_eq!(
        round(value(&c, KeyFigure::ClientHours, 1), 2),
        d("32642.38")
    );
    assert_eq!(
        round(diff(&c, KeyFigure::ClientHours).delta, 2),
        d("5440.40")
    );
    assert_eq!(round(value(&c, KeyFigure::HourlyPrice, 0), 2), d("367.62"));
    assert_eq!(
        diff(&c, KeyFigure::HourlyPrice).text(KeyFigure::HourlyPrice),
        "uændret"
    );
    assert_eq!(r4(value(&c, KeyFigure::StaffOnDuty, 0)), d("3.6532"));
    assert_eq!(r4(value(&c, KeyFigure::StaffOnDuty, 1)), d("4.3839"));
    assert_eq!(
        round(value(&c, KeyFigure::OrderedHours, 0), 2),
        d("21639.29")
    );
    assert_eq!(diff(&c, KeyFigure::OrderedHours).delta, Decimal::ZERO);
    assert_eq!(round(value(&c, KeyFigure::HourBalance, 0), 2), d("5562.70"));
    assert_eq!(
        round(value(&c, KeyFigure::HourBalance, 1), 2),
        d("11003.09")
    );
    assert_eq!(
        diff(&c, KeyFigure::HourBalance).pct.map(|p| round(p, 2)),
        Some(d("97.80"))
    );
    assert_eq!(diff(&c, KeyFigure::RosterHours).delta, Decimal::ZERO);
    assert_eq!(diff(&c, KeyFigure::WageCost).delta, Decimal::ZERO);
    let coverage = diff(&c, KeyFigure::Coverage);
    assert_eq!(coverage.pct.map(r4), Some(d("20")));
    assert_eq!(
        r4(value(&c, KeyFigure::Coverage, 1)),
        r4(value(&c, KeyFigure::Coverage, 0) * d("1.2"))
    );
    // The timepris is the same, so every takst and the transition figures stay.
    for figure in [
        KeyFigure::Basistakst,
        KeyFigure::MixRevenue,
        KeyFigure::ExtraCost,
        KeyFigure::MonthlySaving,
        KeyFigure::Buffer,
        KeyFigure::MunicipalityCum,
        KeyFigure::BotilbudCum,
        KeyFigure::TransitionHours,
    ] {
        assert_eq!(diff(&c, figure).direction, Direction::Same, "{figure:?}");
    }
    assert_eq!(c.changes, [["Lønbudget: 10.000.000 → 12.000.000 kr."]]);
}

/// Each figure is the one its page shows (`model::figures`), not a copy of the logic.
#[test]
fn the_figures_are_the_pages_figures() {
    let s = Scenario::default();
    let f = figures(Rc::new(s.clone()), None);
    let sum = summary(&s).expect("summary");
    let wage = &f.wage().outcome.ready().expect("wage").1;
    let roster = &f.roster().outcome.ready().expect("roster").2;
    let tariff = &f.tariff().outcome.ready().expect("tariff").1;
    let totals = &f.transition().outcome.ready().expect("transition").1.totals;
    let expected = [
        wage.fte,
        wage.total.client,
        wage.hourly_price,
        wage.staff_on_duty,
        roster.year.hours,
        roster.cost.fte,
        roster.cost.total,
        roster.coverage_pct,
        tariff.basistakst,
        tariff.mix.revenue_year,
        tariff.mix.ordered_hours,
        tariff.mix.hour_balance,
        totals.extra_cost,
        totals.monthly_saving,
        totals.buffer,
        totals.municipality_cum,
        totals.botilbud_cum,
        totals.hours_total,
    ];
    assert_eq!(sum.values, expected.map(Some).to_vec());
}

#[test]
fn a_page_with_errors_gives_no_figure_and_no_difference() {
    let mut broken = Scenario::default();
    broken.tariff.places = "x".into();
    let c = compared(&[Scenario::default(), broken]);
    assert_eq!(row(&c, KeyFigure::Basistakst).values[1], None);
    assert_eq!(row(&c, KeyFigure::Basistakst).differences, [None]);
    // The other pages still compare.
    assert_eq!(diff(&c, KeyFigure::Fte).direction, Direction::Same);
    assert_eq!(c.changes, [["Antal pladser: 12 → »x«"]]);
}

#[test]
fn one_to_four_scenarios() {
    let s = Scenario::default();
    let sum = summary(&s).expect("summary");
    let pairs = vec![(&s, &sum); 5];
    let range = Err(DomainError::OutOfRange("Antal scenarier", d("1"), d("4")));
    assert_eq!(compare(&pairs), range);
    assert_eq!(compare(&[]), range);
    let four = compare(&pairs[..4]).expect("four");
    assert_eq!(four.names.len(), 4);
    assert!(four
        .rows
        .iter()
        .all(|r| r.values.len() == 4 && r.differences.len() == 3));
    assert_eq!(four.changes, vec![Vec::<String>::new(); 3]);
    let one = compare(&pairs[..1]).expect("one");
    assert!(one.rows.iter().all(|r| r.differences.is_empty()));
}

#[test]
fn the_inputs_that_differ_in_plain_danish() {
    let mut a = Scenario::default();
    a.wage.budget = "11.800.000".into();
    let mut b = a.clone();
    b.wage.budget = "12300000".into(); // typed without dots: still a number
    b.wage.holiday_options.christmas_eve = true;
    if let Some(night) = b.roster.shifts.get_mut(2) {
        night.asleep = true;
        night.staff[5] = "2".into();
    }
    b.tariff.delivered_client_hours = "20.000".into();
    b.tariff.packages[0].hours = "18".into();
    b.transition.cases[0].hours_transition = "8,0".into(); // the same number as "8"
    assert_eq!(
        changes(&a, &b),
        [
            "Lønbudget: 11.800.000 → 12.300.000 kr.",
            "Juleaftensdag fri: nej → ja",
            "Vagt »Vågen nat«, bemanding lørdag: 1 → 2",
            "Vagt »Vågen nat«: vågen → sovende",
            "Leverede borgerrelaterede timer pr. år: (tom) → 20.000 t",
            "Pakke »Pakke 1 (op til 20 t)«, støtte: 17 → 18 timer pr. uge",
        ]
    );
    assert!(changes(&a, &a).is_empty());
}

#[test]
fn rows_are_matched_by_name() {
    let a = Scenario::default();
    let mut b = a.clone();
    b.roster.shifts.remove(0);
    b.tariff.packages.push(PackageForm {
        name: "Ekstra".into(),
        ..PackageForm::default()
    });
    b.transition.cases[0].pseudonym = String::new();
    let lines = changes(&a, &b);
    assert_eq!(
        lines,
        [
            "Vagt »Dag«: fjernet",
            "Pakke »Ekstra«: tilføjet",
            "Sag »Borger A«: fjernet",
            "Sag 1: tilføjet",
        ]
    );
}

/// Ringkøbing-Skjern's hours (DOMAIN.md §5) with round numbers: 20.000 t ordered, the
/// budget buys 25.000 t, 18.000 t delivered:
/// budgetgab 25.000 − 20.000 = 5.000 t = 25 % of visiteret; leveringsgab 18.000 − 20.000
/// = −2.000 t = −10 %; leveringsgrad 18.000 / 20.000 = 90 %.
#[test]
fn delivery_by_hand() {
    let x = delivery(Some(d("20000")), Some(d("25000")), Some(d("18000"))).expect("delivery");
    assert_eq!(x.budget_gap, Some(d("5000")));
    assert_eq!(x.budget_gap_pct, Some(d("25")));
    assert_eq!(x.delivery_gap, Some(d("-2000")));
    assert_eq!(x.delivery_gap_pct, Some(d("-10")));
    assert_eq!(x.delivery_rate_pct, Some(d("90")));
    // Nothing ordered: gaps in hours, no share of nothing.
    let zero = delivery(Some(Decimal::ZERO), Some(d("100")), Some(d("50"))).expect("delivery");
    assert_eq!(
        (zero.budget_gap, zero.budget_gap_pct),
        (Some(d("100")), None)
    );
    assert_eq!(zero.delivery_rate_pct, None);
    // Nothing delivered entered: no delivery gap, the budget gap still.
    let open = delivery(Some(d("20000")), Some(d("25000")), None).expect("delivery");
    assert_eq!((open.delivery_gap, open.delivery_rate_pct), (None, None));
    assert_eq!(open.budget_gap, Some(d("5000")));
}

/// The default house with 20.000 t delivered: visiterede 415 × 365 / 7 = 21.639,29 t,
/// borger_t 27.201,98 t (see above); leveringsgab 20.000 − 21.639,29 = −1.639,29 t
/// = −7,58 %; leveringsgrad 20.000 / 21.639,29 = 92,42 %; budgetgab 5.562,70 t = 25,71 %.
#[test]
fn delivery_of_the_default_house_by_hand() {
    let mut s = Scenario::default();
    s.tariff.delivered_client_hours = "20.000".into();
    let x = summary(&s).expect("summary").delivery;
    let r2 = |x: Option<Decimal>| x.map(|x| round(x, 2));
    assert_eq!(r2(x.ordered), Some(d("21639.29")));
    assert_eq!(r2(x.budget), Some(d("27201.98")));
    assert_eq!(x.delivered, Some(d("20000")));
    assert_eq!(r2(x.delivery_gap), Some(d("-1639.29")));
    assert_eq!(r2(x.delivery_gap_pct), Some(d("-7.58")));
    assert_eq!(r2(x.delivery_rate_pct), Some(d("92.42")));
    assert_eq!(r2(x.budget_gap), Some(d("5562.70")));
    assert_eq!(r2(x.budget_gap_pct), Some(d("25.71")));
    // Not entered by default.
    assert_eq!(
        summary(&Scenario::default())
            .expect("summary")
            .delivery
            .delivered,
        None
    );
}

#[test]
fn delivered_hours_are_checked_like_any_number() {
    let mut form = Scenario::default().tariff;
    form.delivered_client_hours = "-5".into();
    let errors = form.parse().expect_err("negative hours");
    assert_eq!(
        errors
            .get(crate::model::field::Field::LeveredeTimer)
            .map(String::as_str),
        Some("De leverede timer må ikke være negativ.")
    );
    form.delivered_client_hours = " ".into();
    assert_eq!(form.parse().map(|i| i.delivered_hours), Ok(None));
}

#[test]
fn sorting_the_hours() {
    let row = |name: &str, gap: Option<&str>| {
        (
            name.to_string(),
            Delivery {
                delivery_gap: gap.map(d),
                ..Delivery::default()
            },
        )
    };
    let rows = [
        row("Bakkehuset", Some("-200")),
        row("anemonen", None),
        row("Cedertræet", Some("300")),
        row("Damhuset", Some("-200")),
    ];
    assert_eq!(sort_order(&rows, SortKey::Name, false), [1, 0, 2, 3]);
    assert_eq!(sort_order(&rows, SortKey::Name, true), [3, 2, 0, 1]);
    // Ties keep their order; a missing figure comes last either way.
    assert_eq!(sort_order(&rows, SortKey::DeliveryGap, false), [0, 3, 2, 1]);
    assert_eq!(sort_order(&rows, SortKey::DeliveryGap, true), [2, 0, 3, 1]);
}

#[test]
fn the_comparison_as_csv() {
    let c = compared(&[with_budget("10.000.000"), with_budget("12.000.000")]);
    let text = to_string(&csv_rows(&c));
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Nøgletal;Enhed;Budget 10.000.000;Budget 12.000.000;Forskel Budget 12.000.000 − Budget 10.000.000;Forskel % Budget 12.000.000"
    );
    // 21,310992 → 25,573190: Δ 4,26; 20,0 %
    assert_eq!(lines[1], "Årsværk;årsværk;21,31;25,57;4,26;20,0");
    assert!(lines.contains(&"Input hvor Budget 12.000.000 afviger fra Budget 10.000.000"));
    assert!(lines.contains(&"Lønbudget: 10.000.000 → 12.000.000 kr."));
    let hours = to_string(&delivery_csv_rows(&[(
        "A".into(),
        delivery(Some(d("20000")), Some(d("25000")), Some(d("18000"))).expect("delivery"),
    )]));
    assert!(hours.ends_with("A;20000;25000;18000;5000;25,0;-2000;-10,0;90,0\r\n"));
}

proptest! {
    /// Δ brings the first figure to the other; Δ% has Δ's sign and is Δ of |first| in %.
    #[test]
    fn differences_add_up(a in -10_000_000_000i64..10_000_000_000, b in -10_000_000_000i64..10_000_000_000) {
        let (a, b) = (Decimal::new(a, 2), Decimal::new(b, 2));
        let x = difference(a, b).expect("difference");
        prop_assert_eq!(a + x.delta, b);
        prop_assert_eq!(x.direction == Direction::Higher, b > a);
        match x.pct {
            None => prop_assert!(a.is_zero()),
            Some(p) => {
                prop_assert_eq!(p.is_sign_negative() && !p.is_zero(), b < a);
                prop_assert!((p * a.abs() / Decimal::ONE_HUNDRED - x.delta).abs() < d("0.000001"));
            }
        }
    }

    /// A scenario compared with itself differs in nothing, whatever its budget and mix.
    #[test]
    fn a_scenario_equals_itself(budget in 1_000_000u32..50_000_000, residents in 0u32..20) {
        let mut s = Scenario::default();
        s.wage.budget = budget.to_string();
        s.tariff.packages[0].residents = residents.to_string();
        let c = compared(&[s.clone(), s]);
        prop_assert!(c.changes.iter().all(Vec::is_empty));
        for r in &c.rows {
            prop_assert!(r.values[0].is_some(), "{:?} computes", r.figure);
            prop_assert_eq!(r.differences[0].map(|x| x.direction), Some(Direction::Same));
        }
    }

    /// The order is a permutation of the rows, sorted by the column with the missing
    /// figures last, and equal figures in their own order.
    #[test]
    fn the_hours_sort(gaps in prop::collection::vec(prop::option::of(-5i64..5), 0..12), descending in any::<bool>()) {
        let rows: Vec<(String, Delivery)> = gaps
            .iter()
            .enumerate()
            .map(|(i, g)| (format!("B{i}"), Delivery { delivery_gap: g.map(Decimal::from), ..Delivery::default() }))
            .collect();
        let order = sort_order(&rows, SortKey::DeliveryGap, descending);
        let mut seen = order.clone();
        seen.sort_unstable();
        prop_assert_eq!(seen, (0..rows.len()).collect::<Vec<_>>());
        for pair in order.windows(2) {
            let (i, j) = (pair[0], pair[1]);
            match (gaps[i], gaps[j]) {
                (Some(x), Some(y)) if x == y => prop_assert!(i < j),
                (Some(x), Some(y)) => prop_assert!((x > y) == descending, "{} before {}", x, y),
                (None, Some(_)) => prop_assert!(false, "a missing figure before a present one"),
                (Some(_), None) => {}
                (None, None) => prop_assert!(i < j),
            }
        }
    }

    /// The hours add up: borger_t − visiterede = budgetgab, and leveringsgrad − 100 is the
    /// leveringsgab in % of visiteret.
    #[test]
    fn the_hours_add_up(o in 1u32..100_000, b in 0u32..100_000, l in 0u32..100_000) {
        let (o, b, l) = (Decimal::from(o), Decimal::from(b), Decimal::from(l));
        let x = delivery(Some(o), Some(b), Some(l)).expect("delivery");
        prop_assert_eq!(x.budget_gap.map(|g| g + o), Some(b));
        prop_assert_eq!(x.delivery_gap.map(|g| g + o), Some(l));
        let (rate, gap) = (x.delivery_rate_pct.expect("rate"), x.delivery_gap_pct.expect("gap"));
        prop_assert!((rate - Decimal::ONE_HUNDRED - gap).abs() < d("0.000001"));
    }
}

/// The new field is written only when entered, so files from before it (and the golden
/// encodings) stay byte for byte the same, and one with it reads back without notices.
#[test]
fn delivered_hours_are_saved_only_when_entered() {
    use crate::model::scenario::{decode_json, encode_compact};
    let mut s = Scenario::default();
    assert!(!encode_compact(&s).contains("delivered_client_hours"));
    s.tariff.delivered_client_hours = "20.000".into();
    let text = encode_compact(&s);
    assert!(text.contains(r#""delivered_client_hours":"20.000""#));
    let back = decode_json(&text).expect("decodes");
    assert_eq!(back.value, s);
    assert!(back.warnings.is_empty());
}

/// A hand-written empty value reads as not entered (the lenient reader notes the key, as
/// the encoder never writes it).
#[test]
fn an_empty_delivered_hours_key_reads_as_not_entered() {
    use crate::model::scenario::{decode_json, encode_compact};
    let text = encode_compact(&Scenario::default())
        .replace(r#""lookups":"#, r#""delivered_client_hours":"","lookups":"#);
    let back = decode_json(&text).expect("decodes");
    assert_eq!(back.value, Scenario::default());
    let paths: Vec<&str> = back.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(paths, ["tariff.delivered_client_hours"]);
}
