//! The Takster page on paper (`components::printout`): basistakst, timepris and the
//! resident mix, the package table with VUM level, hours and prices, and the assumptions
//! (the prisoverslag's, plus where the packages come from).
use super::{kr, kr0, open_ended_mark, package_label, TariffShown as Shown};
use crate::model::number::format_dk;
use crate::model::printout::{same_packages, Sheet};
use crate::model::scenario::Scenario;
use crate::model::tariff::Preset;
use crate::ui::components::printout::Printout;
use crate::ui::pages::lookup::sources::sources;

pub(super) fn sheet(scenario: &Scenario, shown: &Shown) -> Printout {
    let (i, r, link) = &**shown;
    let form = &scenario.tariff;
    let at_least = if r.mix.at_least { "mindst " } else { "" };
    let figures = vec![
        (
            "Basistakst pr. døgn".to_string(),
            format!("{} kr.", kr(r.basistakst)),
        ),
        ("Timepris".into(), format!("{} kr.", kr(r.hourly_price))),
        (
            "Faste udgifter pr. år".into(),
            format!("{} kr.", kr0(r.fixed_total)),
        ),
        ("Beboere i pakkerne".into(), format_dk(r.mix.residents, 0)),
        (
            "Indtægt pr. år".into(),
            format!("{at_least}{} kr.", kr0(r.mix.revenue_year)),
        ),
        (
            "Visiterede timer pr. år".into(),
            format!("{at_least}{} t", format_dk(r.mix.ordered_hours, 0)),
        ),
        (
            "Timebalance (borgerrelaterede − visiterede)".into(),
            format!("{} t", format_dk(r.mix.hour_balance, 0)),
        ),
        (
            "Balanceret timepris".into(),
            r.mix
                .balanced_hourly_price
                .map_or("–".into(), |x| format!("{} kr.", kr(x))),
        ),
    ];
    let rows = form
        .packages
        .iter()
        .zip(&r.packages)
        .map(|(p, res)| {
            let plus = open_ended_mark(res.open_ended);
            vec![
                package_label(p),
                p.vum.letter().to_string(),
                format_dk(res.hours_per_week, 2) + plus,
                kr(res.service_rate),
                kr(res.daily_rate) + plus,
                kr0(res.monthly_price) + plus,
                kr0(res.yearly_price) + plus,
                p.residents.clone(),
            ]
        })
        .collect();
    let source = form.preset.source();
    let source = match (same_packages(&form.packages, form.preset), form.preset) {
        (false, _) => format!("Pakkerne er indtastet eller ændret (skabelon: {source})."),
        (true, Preset::Gladsaxe) => format!("Pakkerne: {source}; beboertallene er et eksempel."),
        (true, Preset::IkastBrande) => {
            format!("Pakkerne: {source}; priserne er ydelsestakster (basistaksten lægges til).")
        }
    };
    let mut assumptions = sources(scenario, i, r, link);
    assumptions.push(source);
    Printout {
        id: "udskrift-takster",
        title: "Takster",
        sheet: Sheet::Tariff,
        figures,
        caption: "Pakker: ydelsestakst, døgntakst, måneds- og årspris",
        head: vec![
            "Pakke",
            "VUM",
            "Timer pr. uge",
            "Ydelsestakst, kr.",
            "Døgntakst, kr.",
            "Måned, kr.",
            "År, kr.",
            "Beboere",
        ],
        rows,
        assumptions,
    }
}
