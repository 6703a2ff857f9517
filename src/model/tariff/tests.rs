use super::*;
use crate::model::field::{Column, Field as Input};
use crate::model::number::round;
use proptest::prelude::*;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_default()
}

/// A wage link with round numbers: timepris 350 kr., 28.000 timer, 9,8 mio. kr.
fn link() -> WageLink {
    WageLink {
        hourly_price: d("350"),
        client_hours: d("28000"),
        budget: d("9800000"),
        days_per_year: d("365"),
    }
}

fn defaults() -> TariffInput {
    TariffForm::default().parse().expect("defaults parse")
}

#[test]
fn basistakst_by_hand() {
    // 3.000.000 / (12 × 365 × 0,98) = 3.000.000 / 4.292,4 = 698,9096 → 698,91
    let b = basistakst(d("3000000"), d("12"), d("98"), d("365")).expect("basistakst");
    assert_eq!(round(b, 2), d("698.91"));
    let r = compute(&defaults(), &link()).expect("result");
    assert_eq!(r.fixed_total, d("3000000"));
    assert_eq!(round(r.basistakst, 2), d("698.91"));
    assert_eq!(
        basistakst(d("1"), d("12"), d("0"), d("365")),
        Err(DomainError::MustBePositive("Belægningen"))
    );
}

#[test]
fn gladsaxe_package_3_by_hand() {
    // ydelsestakst = 30 / 7 × 350 = 1.500,00
    // døgntakst = 698,9096 + 1.500 = 2.198,9096 → 2.198,91
    // årspris = 2.198,9096 × 365 = 802.602,01; månedspris = / 12 = 66.883,50
    assert_eq!(ydelsestakst(d("30"), d("350")), Ok(d("1500")));
    let r = compute(&defaults(), &link()).expect("result");
    let p = &r.packages[2];
    assert_eq!(p.service_rate, d("1500"));
    assert_eq!(round(p.daily_rate, 2), d("2198.91"));
    assert_eq!(round(p.yearly_price, 0), d("802602"));
    assert_eq!(round(p.monthly_price, 2), d("66883.50"));
    assert_eq!(p.hourly_price, Some(d("350")));
    assert!(!p.implied);
    // 30 t/uge = 30 × 60 / 7 = 257,14 min/døgn
    assert_eq!(round(p.minutes_per_day, 2), d("257.14"));
}

#[test]
fn overhead_applies_to_both_parts() {
    // (698,9096 + 1.500) × 1,06 = 2.330,844 → 2.330,84
    let mut input = defaults();
    input.overhead_pct = d("6");
    let r = compute(&input, &link()).expect("result");
    assert_eq!(round(r.packages[2].daily_rate, 2), d("2330.84"));
}

#[test]
fn ikast_brande_implied_timepris() {
    // timer_pr_uge = min / 60 × 7; implied = price × 7 / timer = price × 60 / min
    // 1.1: 150 × 60 / 23 = 391,30; 1.2: 250 × 60 / 39 = 384,62; 5.3: 2.498 × 60 / 390 = 384,31
    let mut form = TariffForm::default();
    form.load_preset(Preset::IkastBrande);
    let input = form.parse().expect("ikast parses");
    assert_eq!(input.packages.len(), 13);
    let r = compute(&input, &link()).expect("result");
    let implied: Vec<Decimal> = r
        .packages
        .iter()
        .map(|p| round(p.hourly_price.unwrap_or_default(), 2))
        .collect();
    let expected = [
        "391.30", // 150 × 60 / 23
        "384.62", // 250 × 60 / 39
        "386.13", // 399 × 60 / 62
        "383.72", // 550 × 60 / 86
        "384.10", // 749 × 60 / 117
        "384.73", // 949 × 60 / 148
        "383.00", // 1.149 × 60 / 180
        "383.60", // 1.349 × 60 / 211
        "383.76", // 1.599 × 60 / 250
        "384.73", // 1.898 × 60 / 296
        "384.49", // 2.198 × 60 / 343
        "384.31", // 2.498 × 60 / 390
        "384.31", // 6.1: the minimum, same as 5.3
    ];
    assert_eq!(implied, expected.map(d).to_vec());
    assert!(r.packages.iter().all(|p| p.implied));
    assert!(r.packages[12].open_ended && !r.packages[11].open_ended);
    // The prices are ydelsestakster: døgntakst = basistakst + price (overhead 0).
    // 1.1: 698,9096 + 150 = 848,91
    assert_eq!(r.packages[0].service_rate, d("150"));
    assert_eq!(round(r.packages[0].daily_rate, 2), d("848.91"));
}

#[test]
fn entered_doegntakst_implies_timepris() {
    // price 2.198,91 is the whole døgntakst with overhead 0:
    // implied = (2.198,91 − 698,9096) × 7 / 30 = 1.500,0004 × 7 / 30 = 350,0001
    let mut input = defaults();
    input.packages[2].price = Some(d("2198.91"));
    let r = compute(&input, &link()).expect("result");
    assert_eq!(r.packages[2].daily_rate, d("2198.91"));
    assert_eq!(
        round(r.packages[2].hourly_price.unwrap_or_default(), 2),
        d("350.00")
    );
}

#[test]
fn mixed_house_by_hand() {
    // residents 2, 3, 3, 2, 1, 1 = 12; hours/week 17, 24, 30, 37, 61, 84
    // Σ n × t = 34 + 72 + 90 + 74 + 61 + 84 = 415 t/uge
    // visiterede = 415 × 365 / 7 = 21.639,29 t
    // timebalance = 28.000 − 21.639,2857 = 6.360,71 t; × 350 = 2.226.250 kr.
    // balanceret timepris = 9.800.000 / 21.639,2857 = 452,88 kr.
    // indtægt = Σ n × (basistakst + t/7 × 350) × 365
    //         = 12 × 698,9096 × 365 + 415 × 50 × 365 = 3.061.224,49 + 7.573.750 = 10.634.974
    let r = compute(&defaults(), &link()).expect("result");
    let m = &r.mix;
    assert_eq!(m.residents, d("12"));
    assert_eq!(round(m.ordered_hours, 2), d("21639.29"));
    assert_eq!(round(m.hour_balance, 2), d("6360.71"));
    assert_eq!(round(m.hour_balance_kr, 0), d("2226250"));
    assert_eq!(
        m.balanced_hourly_price.map(|p| round(p, 2)),
        Some(d("452.88"))
    );
    assert_eq!(round(m.revenue_year, 0), d("10634974"));
    assert!(m.at_least, "pakke 6 is open-ended and has a resident");
}

#[test]
fn saertakst_and_glidning_by_hand() {
    // særtakst: 10 t/uge / 7 × 350 = 500 kr./døgn × 4 × 365 / 12 = 121,6667 døgn → 60.833,33
    let s = Saertakst {
        pseudonym: "Borger A".into(),
        extra_hours_per_week: d("10"),
        months: d("4"),
    };
    assert_eq!(
        round(
            saertakst(&s, d("350"), d("365"), d("0")).expect("særtakst"),
            2
        ),
        d("60833.33")
    );
    // with 6 % overhead: 60.833,33 × 1,06 = 64.483,33
    assert_eq!(
        round(
            saertakst(&s, d("350"), d("365"), d("6")).expect("særtakst"),
            2
        ),
        d("64483.33")
    );
    // glidning 3 → 4 for k = 2: (37 − 30) / 7 × 350 = 350 kr./døgn × 2 × 365 = 255.500
    let mut input = defaults();
    input.glidning_residents = d("2");
    let r = compute(&input, &link()).expect("result");
    assert_eq!(r.glidning.len(), 5);
    assert_eq!(
        r.glidning[2],
        GlidningStep {
            from: 2,
            amount: d("255500")
        }
    );
}

#[test]
fn lookup_and_comparison_by_hand() {
    // alt 1: Gladsaxe pakke 3 = 2.198,9096 kr./døgn
    // alt 2: §85 6 t/uge × 350 (the §85 price) / 7 = 300 kr./døgn; × 365 / 12 = 9.125;
    //        × 365 = 109.500; difference to alt 1 = 300 − 2.198,9096 = −1.898,91
    let mut input = defaults();
    input.bostoette_price = d("350");
    let r = compute(&input, &link()).expect("result");
    assert_eq!(r.quotes.len(), 2);
    assert_eq!(r.quotes[1].daily, d("300"));
    assert_eq!(r.quotes[1].monthly, d("9125"));
    assert_eq!(r.quotes[1].yearly, d("109500"));
    assert_eq!(r.differences[0].yearly, Decimal::ZERO);
    assert_eq!(round(r.differences[1].daily, 2), d("-1898.91"));
    // An entered bostøtte price of 420: 6 / 7 × 420 = 360
    let mut input = defaults();
    input.bostoette_price = d("420");
    let q = quote(LookupChoice::Bostoette(d("6")), &[], d("420"), d("365")).expect("quote");
    assert_eq!(q.daily, d("360"));
    assert_eq!(
        compute(&input, &link()).expect("result").quotes[1].daily,
        d("360")
    );
    assert_eq!(
        quote(LookupChoice::Package(9), &[], d("420"), d("365")),
        Err(DomainError::UnknownReference("pakke"))
    );
}

#[test]
fn package_daily_rates_in_package_order() {
    // pakke 1: 698,9096 + 17 / 7 × 350 = 698,9096 + 850 = 1.548,91
    let packages = compute(&defaults(), &link()).expect("result").packages;
    assert_eq!(round(packages[0].daily_rate, 2), d("1548.91"));
    // One result per package of the form, no more: the defaults have six.
    assert!(packages.get(6).is_none());
}

#[test]
fn entered_timepris_overrides_wage() {
    // pakke 1 at 400: 17 / 7 × 400 = 971,43 + 698,91 = 1.670,34
    let form = TariffForm {
        hourly_price: "400".into(),
        ..TariffForm::default()
    };
    let r = compute(&form.parse().expect("parse"), &link()).expect("result");
    assert_eq!(r.hourly_source, HourlySource::Entered);
    assert_eq!(round(r.packages[0].daily_rate, 2), d("1670.34"));
}

#[test]
fn form_errors_are_keyed_by_test_id() {
    let mut form = TariffForm {
        occupancy_pct: "0".into(),
        supplements: vec![SaertakstForm {
            months: "200".into(),
            ..SaertakstForm::default()
        }],
        ..TariffForm::default()
    };
    form.packages[1].hours = "12,3,4".into();
    form.fixed_costs[0].amount = "-5".into();
    form.lookups[0].package = 99;
    form.packages[0].residents = "1,5".into();
    let errors = form.parse().unwrap_err();
    assert_eq!(
        errors[Column::PackageResidents.at(0)],
        "Antal beboere skal være et helt tal."
    );
    assert_eq!(
        errors[Input::Belaegning],
        "Belægningen skal ligge mellem 1 og 100."
    );
    assert!(errors[Column::PackageHours.at(1)].contains("ikke et tal"));
    assert_eq!(
        errors[Column::FixedCostAmount.at(0)],
        "Beløbet må ikke være negativ."
    );
    assert_eq!(
        errors[Column::AlternativeChoice.at(0)],
        "Pakken findes ikke længere. Vælg en anden."
    );
    assert!(errors.contains_key(Column::SaertakstMonths.at(0)));
}

/// Issue 13.11: counts are whole, implausible amounts warn without blocking.
#[test]
fn counts_are_whole_and_implausible_amounts_warn() {
    let form = TariffForm {
        places: "12,5".into(),
        drift_residents: "1,5".into(),
        ..TariffForm::default()
    };
    let errors = form.parse().unwrap_err();
    assert_eq!(
        errors[Input::Pladser],
        "Antal pladser skal være et helt tal."
    );
    assert_eq!(
        errors[Input::GlidningAntal],
        "Antal beboere skal være et helt tal."
    );
    assert!(TariffForm::default().warnings().is_empty());
    let mut form = TariffForm::default();
    form.fixed_costs[0].amount = "1.200.000.000".into();
    form.packages[0].price = "150.000".into();
    form.packages[1].hours = "240".into();
    form.bostoette_price = "4.500".into();
    let warnings = form.warnings();
    assert_eq!(warnings.len(), 4);
    assert_eq!(
        warnings[Column::PackagePrice.at(0)],
        "Taksten er usædvanligt stort (over 20.000). Tjek tallet."
    );
    assert!(warnings.contains_key(Column::FixedCostAmount.at(0)));
    assert!(warnings.contains_key(Column::PackageHours.at(1)));
    assert!(warnings.contains_key(Input::BostoetteTimepris));
    // Minutes per day have their own limit: 390 min is plausible, 2.000 is not.
    let mut ikast = TariffForm::default();
    ikast.load_preset(Preset::IkastBrande);
    assert!(ikast.warnings().is_empty());
    ikast.packages[0].hours = "2.000".into();
    assert!(ikast.warnings().contains_key(Column::PackageHours.at(0)));
    // Warnings never stop the result.
    assert!(form.parse().is_ok());
}

#[test]
fn presets_keep_the_sources_numbers() {
    let mut form = TariffForm::default();
    let hours: Vec<&str> = form.packages.iter().map(|p| p.hours.as_str()).collect();
    assert_eq!(hours, ["17", "24", "30", "37", "61", "84"]);
    form.load_preset(Preset::IkastBrande);
    assert_eq!(form.price_basis, PriceBasis::Ydelsestakst);
    assert_eq!(form.packages[6].price, "1.149");
    assert_eq!(form.packages[6].hours, "180");
    // A choice keeps its row across a template, clamped to the last one.
    form.lookups[0].package = form.packages[12].id;
    form.load_preset(Preset::Gladsaxe);
    assert_eq!(
        form.lookups[0].package, form.packages[5].id,
        "clamped to the last package"
    );
    assert_eq!(form.price_basis, PriceBasis::Doegntakst);
}

#[test]
fn form_round_trips_through_json() {
    let mut form = TariffForm::default();
    form.load_preset(Preset::IkastBrande);
    let read = |text: &str| serde_json::from_str::<TariffForm>(text).map_err(|e| e.to_string());
    let text = serde_json::to_string(&form).expect("json");
    assert!(text.contains(r#""vum":"C","hours":"23","unit":"MinutesPerDay""#));
    assert_eq!(read(&text), Ok(form));
    assert_eq!(read("{}"), Ok(TariffForm::default()));
    // serde_json also read a unit variant as a one-key object.
    let lookup = read(r#"{"lookups":[{"kind":{"Bostoette":null}}]}"#).expect("ok");
    assert_eq!(lookup.lookups[0].kind, LookupKind::Bostoette);
    assert!(read(r#"{"preset":"Odense"}"#).is_err());
}

fn dec(max: i64) -> impl Strategy<Value = Decimal> {
    (-10i64..max).prop_map(|x| Decimal::new(x, 2))
}

fn arb_input() -> impl Strategy<Value = TariffInput> {
    let package = (
        dec(1_000_000),
        prop::option::of(dec(10_000_000)),
        any::<bool>(),
        dec(10_000),
    )
        .prop_map(|(hours, price, open_ended, residents)| Package {
            code: "1".into(),
            name: "p".into(),
            vum: Vum::D,
            hours_per_week: hours,
            price,
            open_ended,
            residents,
        });
    let saertakst = (dec(100_000), dec(20_000)).prop_map(|(h, m)| Saertakst {
        pseudonym: "x".into(),
        extra_hours_per_week: h,
        months: m,
    });
    let lookup = prop_oneof![
        (0usize..8).prop_map(LookupChoice::Package),
        dec(10_000).prop_map(LookupChoice::Bostoette)
    ];
    (
        (
            prop::collection::vec(dec(i64::MAX), 0..4),
            dec(100_000),
            dec(12_000),
            dec(12_000),
        ),
        (
            prop::option::of(dec(1_000_000)),
            any::<bool>(),
            dec(1_000_000),
            dec(10_000),
        ),
        prop::collection::vec(package, 0..7),
        prop::collection::vec(saertakst, 0..3),
        prop::collection::vec(lookup, 0..4),
    )
        .prop_map(|(a, b, packages, saertakster, lookups)| TariffInput {
            fixed_costs: a
                .0
                .into_iter()
                .map(|amount| FixedCost {
                    name: "f".into(),
                    amount,
                })
                .collect(),
            places: a.1,
            occupancy_pct: a.2,
            overhead_pct: a.3,
            hourly_price: b.0,
            price_basis: if b.1 {
                PriceBasis::Ydelsestakst
            } else {
                PriceBasis::Doegntakst
            },
            bostoette_price: b.2,
            glidning_residents: b.3,
            packages,
            saertakster,
            lookups,
            delivered_hours: None,
        })
}

fn arb_link() -> impl Strategy<Value = WageLink> {
    (dec(1_000_000), dec(i64::MAX), dec(i64::MAX), dec(40_000)).prop_map(|(p, h, b, days)| {
        WageLink {
            hourly_price: p,
            client_hours: h,
            budget: b,
            days_per_year: days,
        }
    })
}

proptest! {
    #[test]
    fn never_panics(input in arb_input(), link in arb_link()) {
        let _ = compute(&input, &link);
    }

    #[test]
    fn doegntakst_rises_with_hours(
        hours in 0i64..10_000_000,
        extra in 1i64..10_000_000,
        price in 0i64..10_000_000,
        overhead in 0i64..10_000,
    ) {
        let mut input = defaults();
        input.overhead_pct = Decimal::new(overhead, 2);
        input.hourly_price = Some(Decimal::new(price, 2) + Decimal::ONE);
        input.packages[0].hours_per_week = Decimal::new(hours, 2);
        input.packages[1].hours_per_week = Decimal::new(hours + extra, 2);
        let r = compute(&input, &link()).expect("valid input");
        prop_assert!(r.packages[1].daily_rate > r.packages[0].daily_rate);
    }

    #[test]
    fn hours_and_minutes_round_trip(hundredths in 0i64..100_000_000) {
        let hours = Decimal::new(hundredths, 2);
        let back = minutes_to_hours(hours_to_minutes(hours).expect("minutes")).expect("hours");
        prop_assert!((back - hours).abs() < d("0.000000000001"), "{} came back as {}", hours, back);
        let minutes = Decimal::new(hundredths, 2);
        let back = hours_to_minutes(minutes_to_hours(minutes).expect("hours")).expect("minutes");
        prop_assert!((back - minutes).abs() < d("0.000000000001"), "{} came back as {}", minutes, back);
    }
}
