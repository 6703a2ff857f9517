//! The stress scenario of issue 7 (`tests/fixtures/stress.json`, made by
//! `scripts/stress-fixture.mjs`): 12 packages with 200 residents, 30 shifts and 40 transition
//! cases over 60 months. `scripts/bench` opens it by link and times keystrokes on every page,
//! so it must stay a valid scenario on which every page computes.
use super::figures::figures;
use super::scenario::decode_json;
use rust_decimal::Decimal;
use std::rc::Rc;

const STRESS: &str = include_str!("../../tests/fixtures/stress.json");

#[test]
fn stress_fixture_has_the_issues_size() {
    let s = decode_json(STRESS)
        .expect("the stress fixture decodes")
        .value;
    let tariff = s.tariff.parse().expect("tariff parses");
    assert_eq!(tariff.packages.len(), 12);
    let residents: Decimal = tariff.packages.iter().map(|p| p.residents).sum();
    assert_eq!(residents, Decimal::from(200));
    assert_eq!(s.roster.shifts.len(), 30);
    let ids: Vec<_> = s.tariff.packages.iter().map(|p| p.id).collect();
    let links = crate::model::transition::Links {
        package_ids: &ids,
        bostoette_price: s.tariff.bostoette_price(),
    };
    let transition = s.transition.parse(links).expect("transition parses");
    assert_eq!(transition.cases.len(), 40);
    assert_eq!(transition.horizon, 60);
}

#[test]
fn stress_fixture_computes_on_every_page() {
    let s = decode_json(STRESS)
        .expect("the stress fixture decodes")
        .value;
    let f = figures(Rc::new(s), None);
    assert!(f.wage().outcome.ready().is_some(), "wage computes");
    assert!(
        f.wage().requirement.ready().is_some(),
        "requirement computes"
    );
    // Vagtplan: a plan a 160 mio. budget roughly carries (neither half nor double).
    let plan = &f.roster().outcome.ready().expect("roster computes").2;
    assert!(
        plan.coverage_pct > Decimal::from(50) && plan.coverage_pct < Decimal::from(200),
        "coverage {}",
        plan.coverage_pct
    );
    assert!(f.tariff().outcome.ready().is_some(), "tariff computes");
    // Overgang, with the packages' døgntakster.
    assert_eq!(f.transition().linked.packages.len(), 12);
    let result = &f
        .transition()
        .outcome
        .ready()
        .expect("transition computes")
        .1;
    assert_eq!(result.cases.len(), 40);
    assert_eq!(result.months.len(), 60);
}

/// `tests/fixtures/limits.json` (`scripts/limits-fixture.mjs`): every table at its limit.
const LIMITS: &str = include_str!("../../tests/fixtures/limits.json");

#[test]
fn limits_fixture_is_at_every_limit_and_computes() {
    use super::capacity::{of, rows};
    use super::field::Table;
    let decoded = decode_json(LIMITS).expect("the limits fixture decodes");
    assert_eq!(decoded.warnings, []);
    let s = decoded.value;
    for &table in Table::ALL {
        if !matches!(table, Table::Rates | Table::Alternatives) {
            assert_eq!(rows(&s, table), of(table).max, "{table:?}");
        }
    }
    let f = figures(Rc::new(s), None);
    assert!(f.wage().outcome.ready().is_some(), "wage computes");
    assert!(f.roster().outcome.ready().is_some(), "roster computes");
    assert!(f.tariff().outcome.ready().is_some(), "tariff computes");
    let result = &f
        .transition()
        .outcome
        .ready()
        .expect("transition computes")
        .1;
    assert_eq!((result.cases.len(), result.months.len()), (40, 60));
}
