//! Where the prices come from, in words: on screen under the price (so the case worker
//! can tell the committee) and on the printed prisoverslag, from one function.
use crate::model::number::format_dk_trim;
use crate::model::scenario::Scenario;
use crate::model::tariff::{HourlySource, PriceBasis, TariffInput, TariffResult, WageLink};
use crate::ui::pages::tariff::{kr, kr0};

/// The sources and rules behind every price of the lookup: scenario and packages, the
/// basistakst with its inputs, the timepris and where it was set, the §85 price and how
/// month and year follow from the day.
pub(crate) fn sources(
    scenario: &Scenario,
    i: &TariffInput,
    r: &TariffResult,
    link: &WageLink,
) -> Vec<String> {
    let p = |x| format_dk_trim(x, 2);
    let basis = match i.price_basis {
        PriceBasis::Doegntakst => "hele døgntaksten",
        PriceBasis::Ydelsestakst => "kun ydelsestaksten (basistaksten lægges oveni)",
    };
    let hourly = match r.hourly_source {
        HourlySource::Wage => format!(
            "beregnet på siden Lønbudget → timer: lønbudget {} kr. / {} borgerrelaterede timer pr. år",
            kr0(link.budget),
            kr0(link.client_hours)
        ),
        HourlySource::Entered => "indtastet på siden Takster".into(),
    };
    let overhead = if i.overhead_pct.is_zero() {
        String::new()
    } else {
        format!(
            " Overhead {} % oven på basis- og ydelsestakst.",
            p(i.overhead_pct)
        )
    };
    vec![
        format!(
            "Scenarie »{}«: pakker og priser fra siden Takster ({} pakker; en indtastet pris pr. døgn er {basis}).",
            scenario.name,
            i.packages.len()
        ),
        format!(
            "Basistakst {} kr. pr. døgn: faste udgifter {} kr. pr. år fordelt på {} pladser, belægning {} %, {} dage pr. år (siden Takster).",
            kr(r.basistakst),
            kr0(r.fixed_total),
            p(i.places),
            p(i.occupancy_pct),
            p(link.days_per_year)
        ),
        format!(
            "Timepris {} kr. pr. borgerrelateret time, {hourly}.{overhead}",
            kr(r.hourly_price)
        ),
        format!(
            "§85 bostøtte {} kr. pr. time: scenariets §85-pris (siden Takster), ikke botilbuddets timepris.",
            kr(r.bostoette_price)
        ),
        format!(
            "Månedspris = døgnpris × {} dage / 12; årspris = døgnpris × {} dage. »+« betyder mindst (pakken er »og opefter«).",
            p(link.days_per_year),
            p(link.days_per_year)
        ),
    ]
}
