//! "Sådan er det beregnet": every step from timeløn to budgetdækning with the user's own
//! numbers. Long and read on its own, so it lives apart from the figures it explains.
use crate::model::number::{format_dk, format_dk_trim};
use crate::model::roster::{format_time, RosterInput, RosterResult, Window};
use crate::model::wage::WageInput;
use crate::ui::components::explain::{self, Step};
use crate::ui::text::with_unit;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

fn explanation(shown: &Rc<(RosterInput, WageInput, RosterResult)>) -> Html {
    let (input, wage, r) = &**shown;
    let f2 = |x| format_dk(x, 2);
    let p = |x| format_dk_trim(x, 2);
    let mut steps: Vec<Step> = r
        .groups
        .iter()
        .zip(&wage.groups)
        .map(|(g, w)| {
            Step::new(
                &format!("Timeløn, {}", g.name),
                "månedsløn × 12 / norm",
                format!("{} × 12 / {}", f2(w.monthly_salary), p(wage.norm)),
                with_unit(g.hourly_base, 2, "kr."),
            )
        })
        .collect();
    let shift_hours: Vec<String> = input
        .shifts
        .iter()
        .map(|s| {
            let staff: Decimal = s.staff.iter().sum();
            format!(
                "{}–{} × {}",
                format_time(s.start),
                format_time(s.end),
                p(staff)
            )
        })
        .collect();
    steps.extend([
        Step::new(
            "Bemandede timer pr. uge",
            "Σ vagtens længde × medarbejdere pr. ugedag (sovende × arbejdstids-%)",
            shift_hours.join(" + "),
            with_unit(r.week.hours, 2, "t"),
        ),
        Step::new(
            "Bemandede timer pr. år",
            "Σ over årets dage fra 1. januar (hver dag med sin ugedag)",
            format!("{} dage i {}", p(wage.days_per_year), wage.year),
            with_unit(r.year.hours, 2, "t"),
        ),
        Step::new(
            "Årsværk der skal til",
            "bemandede timer / fremmødetimer pr. årsværk",
            format!("{} / {}", f2(r.year.hours), f2(r.attendance_per_fte)),
            format_dk(r.cost.fte, 4),
        ),
        Step::new(
            "Grundløn",
            "Σ årsværk × månedsløn × 12",
            with_unit(r.cost.fte, 4, "årsværk"),
            with_unit(r.cost.base_pay, 2, "kr."),
        ),
        Step::new(
            "Pension",
            "Σ grundløn × pension/100",
            with_unit(r.cost.base_pay, 2, "kr."),
            with_unit(r.cost.pension, 2, "kr."),
        ),
        Step::new(
            "Tillæg",
            "Σ tillægstimer × timeløn × sats/100",
            Window::ALL
                .iter()
                .map(|&w| format!("{} {} kr.", w.label(), f2(r.year.supplement_kr.get(w))))
                .collect::<Vec<_>>()
                .join(" + "),
            with_unit(r.cost.supplements, 2, "kr."),
        ),
        Step::new(
            "Lønudgift",
            "grundløn + pension + tillæg",
            format!(
                "{} + {} + {}",
                f2(r.cost.base_pay),
                f2(r.cost.pension),
                f2(r.cost.supplements)
            ),
            with_unit(r.cost.total, 2, "kr."),
        ),
        Step::new(
            "Forskel til lønbudget",
            "lønbudget − lønudgift",
            format!("{} − {}", f2(r.budget), f2(r.cost.total)),
            with_unit(r.gap_kr, 2, "kr."),
        ),
        Step::new(
            "Forskel i årsværk",
            "forskel × årsværk / lønudgift",
            format!(
                "{} × {} / {}",
                f2(r.gap_kr),
                format_dk(r.cost.fte, 4),
                f2(r.cost.total)
            ),
            format_dk(r.gap_fte, 2),
        ),
        Step::new(
            "Budgettet rækker til",
            "lønbudget / lønudgift × 100",
            format!("{} / {} × 100", f2(r.budget), f2(r.cost.total)),
            with_unit(r.coverage_pct, 1, "%"),
        ),
        Step::new(
            "Målt tillæg",
            "tillæg / grundløn × 100",
            format!("{} / {} × 100", f2(r.cost.supplements), f2(r.cost.base_pay)),
            with_unit(r.supplement_pct, 2, "%"),
        ),
    ]);
    let notes = [
        "En vagt tælles den dag den begynder. Året gennemløber dage pr. år fra 1. januar i det valgte år med deres rigtige ugedage; søgnehelligdage (og de valgte ekstra fridage, halve fra kl. 12) betales som søndag. Ugen er en typisk uge uden helligdage.",
        "Hvert minut får den højeste sats der gælder (ved lige satser: aften, nat, lørdag, søndag i den rækkefølge), medmindre stabling er slået til.",
        "Sovende vagter tæller med arbejdstids-procenten, både i timer og tillæg; varmekortet viser de tilstedeværende.",
        "Årsværk = bemandede timer / fremmøde pr. årsværk, så ferie, helligdage og fravær er dækket. Der regnes ikke pension af tillæg (som på lønsiden), og lønsidens tillægs-% bruges ikke her.",
        "Standardsatserne vælges efter gruppens navn: indeholder det »socialpædagog« → socialpædagog; »medhjælper« → omsorgs-/pædagogmedhjælper; ellers pædagogisk assistent.",
    ];
    explain::body(&steps, Html::default(), &notes)
}

/// The "Sådan er det beregnet" disclosure with the roster page's steps.
pub(super) fn section(shown: &Rc<(RosterInput, WageInput, RosterResult)>) -> Html {
    explain::explain(shown.clone(), explanation)
}
