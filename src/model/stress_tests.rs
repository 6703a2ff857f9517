//! The stress scenario of issue 7 (`tests/fixtures/stress.json`, made by
//! `scripts/stress-fixture.mjs`): 12 packages with 200 residents, 30 shifts and 40 transition
//! cases over 60 months. `scripts/bench` opens it by link and times keystrokes on every page,
//! so it must stay a valid scenario on which every page computes.
use super::number::parse_dk;
use super::scenario::decode_json;
use super::{roster, tariff, transition, wage};
use rust_decimal::Decimal;

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
    let transition = s.transition.parse().expect("transition parses");
    assert_eq!(transition.cases.len(), 40);
    assert_eq!(transition.horizon, 60);
}

#[test]
fn stress_fixture_computes_on_every_page() {
    let s = decode_json(STRESS)
        .expect("the stress fixture decodes")
        .value;
    // Lønbudget: compute and the reverse calculation, as the page does.
    let wage_input = s.wage.parse().expect("wage parses");
    let wage_result = wage::compute(&wage_input).expect("wage computes");
    let required = parse_dk(&s.wage.required_client_hours).expect("required hours parse");
    wage::requirement(&wage_input, required).expect("requirement computes");
    // Vagtplan: a plan a 160 mio. budget roughly carries (neither half nor double).
    let names: Vec<String> = wage_input.groups.iter().map(|g| g.name.clone()).collect();
    let roster_input = s.roster.parse(&names).expect("roster parses");
    let plan = roster::compute(&roster_input, &wage_input).expect("roster computes");
    assert!(
        plan.coverage_pct > Decimal::from(50) && plan.coverage_pct < Decimal::from(200),
        "coverage {}",
        plan.coverage_pct
    );
    // Takster, with the wage page's link.
    let link = tariff::WageLink::from_wage(&wage_input, &wage_result);
    let tariff_input = s.tariff.parse().expect("tariff parses");
    let tariff_result = tariff::compute(&tariff_input, &link).expect("tariff computes");
    // Overgang, with the packages' døgntakster as the page passes them.
    let rates: Vec<Decimal> = tariff_result
        .packages
        .iter()
        .map(|p| p.daily_rate)
        .collect();
    let context = transition::Context {
        days_per_year: wage_input.days_per_year,
        hourly_price: Some(wage_result.hourly_price),
        package_rates: &rates,
    };
    let input = s.transition.parse().expect("transition parses");
    let result = transition::compute(&input, &context).expect("transition computes");
    assert_eq!(result.cases.len(), 40);
    assert_eq!(result.months.len(), 60);
}
