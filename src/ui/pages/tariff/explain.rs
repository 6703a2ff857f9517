//! "Sådan er det beregnet": every step of the tariff with the user's own numbers. Long and
//! read on its own, so it lives apart from the figures it explains.
use super::{kr, kr0};
use crate::model::number::format_dk_trim;
use crate::model::tariff::{TariffInput, TariffResult, WageLink};
use crate::ui::components::explain::{self, Step};
use crate::ui::text::with_unit;
use std::rc::Rc;
use yew::prelude::*;

fn explanation(shown: &Rc<(TariffInput, TariffResult, WageLink)>) -> Html {
    let (i, r, link) = &**shown;
    let p = |x| format_dk_trim(x, 2);
    let days = p(link.days_per_year);
    let mut steps = vec![Step::new(
        "Basistakst",
        "Σ faste udgifter / (pladser × dage pr. år × belægning/100)",
        format!(
            "{} / ({} × {days} × {}/100)",
            kr(r.fixed_total),
            p(i.places),
            p(i.occupancy_pct)
        ),
        with_unit(r.basistakst, 2, "kr."),
    )];
    if let (Some(pkg), Some(res)) = (i.packages.first(), r.packages.first()) {
        let service = match pkg.price {
            None => Step::new(
                &format!("Ydelsestakst, pakke {}", pkg.code),
                "timer pr. uge / 7 × timepris",
                format!("{} / 7 × {}", p(pkg.hours_per_week), kr(r.hourly_price)),
                with_unit(res.service_rate, 2, "kr."),
            ),
            Some(price) => Step::new(
                &format!("Beregnet timepris, pakke {}", pkg.code),
                "ydelsestakst × 7 / timer pr. uge",
                format!("{} × 7 / {}", kr(res.service_rate), p(pkg.hours_per_week)),
                format!(
                    "{} kr. (pris {} kr.)",
                    res.hourly_price.map(kr).unwrap_or_else(|| "–".into()),
                    kr(price)
                ),
            ),
        };
        steps.push(service);
        steps.push(Step::new(
            &format!("Døgntakst, pakke {}", pkg.code),
            "(basistakst + ydelsestakst) × (1 + overhead/100)",
            format!(
                "({} + {}) × (1 + {}/100)",
                kr(r.basistakst),
                kr(res.service_rate),
                p(i.overhead_pct)
            ),
            with_unit(res.daily_rate, 2, "kr."),
        ));
        steps.push(Step::new(
            "Månedspris og årspris",
            "døgntakst × dage pr. år / 12; døgntakst × dage pr. år",
            format!(
                "{} × {days} / 12; {} × {days}",
                kr(res.daily_rate),
                kr(res.daily_rate)
            ),
            format!(
                "{} kr.; {} kr.",
                kr(res.monthly_price),
                kr0(res.yearly_price)
            ),
        ));
    }
    steps.extend([
        Step::new(
            "Indtægt pr. år",
            "Σ beboere × døgntakst × dage pr. år",
            format!("Σ over {} pakker", r.packages.len()),
            with_unit(r.mix.revenue_year, 0, "kr."),
        ),
        Step::new(
            "Visiterede timer",
            "Σ beboere × timer pr. uge × dage pr. år / 7",
            format!("Σ over {} pakker", r.packages.len()),
            with_unit(r.mix.ordered_hours, 0, "t"),
        ),
        Step::new(
            "Timebalance",
            "borgerrelaterede timer (Lønbudget) − visiterede timer",
            format!("{} − {}", kr0(link.client_hours), kr0(r.mix.ordered_hours)),
            with_unit(r.mix.hour_balance, 0, "t"),
        ),
        Step::new(
            "Balanceret timepris",
            "lønbudget / visiterede timer",
            format!("{} / {}", kr0(link.budget), kr0(r.mix.ordered_hours)),
            r.mix
                .balanced_hourly_price
                .map(|x| with_unit(x, 2, "kr."))
                .unwrap_or_else(|| "–".into()),
        ),
        Step::new(
            "Særtakst",
            "ekstra timer pr. uge / 7 × timepris × måneder × dage pr. år / 12 × (1 + overhead/100)",
            format!("timepris {} kr.", kr(r.hourly_price)),
            with_unit(r.saertakster_total, 0, "kr. i alt"),
        ),
        Step::new(
            "Glidning",
            "k × (døgntakst næste pakke − døgntakst) × dage pr. år",
            format!("k = {}", p(i.glidning_residents)),
            "se listen".into(),
        ),
    ]);
    let notes = [
        "Timeprisen, lønbudgettet og de borgerrelaterede timer kommer fra siden Lønbudget → timer.",
        "En måned er et år / 12. Tal afrundes kun ved visning.",
        "Pakker markeret »+« (og opefter) regnes med deres minimum.",
    ];
    explain::body(&steps, Html::default(), &notes)
}

/// The "Sådan er det beregnet" disclosure with the tariff's steps.
pub(super) fn section(shown: &Rc<(TariffInput, TariffResult, WageLink)>) -> Html {
    explain::explain(shown.clone(), explanation)
}
