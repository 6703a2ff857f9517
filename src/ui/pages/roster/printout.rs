//! The shift plan on paper (`components::printout`): the verdict and key figures, every
//! shift with all seven days, its group, sovende, hours and cost, and the assumptions with
//! the supplement rates' level.
use crate::model::number::{format_dk, format_dk_trim};
use crate::model::printout::Sheet;
use crate::model::roster::{self, format_time, RosterInput, RosterResult, RATES_SOURCE, WEEKDAYS};
use crate::model::scenario::Scenario;
use crate::model::wage::WageInput;
use crate::ui::components::printout::Printout;
use std::rc::Rc;

/// What the page shows: the plan, the wage input it was costed with, its result.
type Shown = Rc<(RosterInput, WageInput, RosterResult)>;

pub(super) fn sheet(_: &Scenario, shown: &Shown) -> Printout {
    let (i, wage, r) = &**shown;
    let kr = |x| format!("{} kr.", format_dk(x, 0));
    let figures = vec![
        (
            "Vurdering".to_string(),
            roster::verdict(r.coverage_pct).text,
        ),
        ("Lønbudget (fra Lønbudget)".into(), kr(r.budget)),
        (
            "Lønudgift pr. år inkl. pension og tillæg".into(),
            kr(r.cost.total),
        ),
        ("Lønbudget − lønudgift".into(), kr(r.gap_kr)),
        ("Årsværk der skal til".into(), format_dk(r.cost.fte, 2)),
        (
            "Bemandede timer pr. uge".into(),
            format!("{} t", format_dk(r.week.hours, 1)),
        ),
        (
            "Bemandede timer pr. år".into(),
            format!("{} t", format_dk(r.year.hours, 0)),
        ),
        ("Tillæg pr. år".into(), kr(r.cost.supplements)),
    ];
    let mut head = vec!["Vagt", "Tid"];
    head.extend(WEEKDAYS.iter().map(|(day, _)| *day));
    head.extend([
        "Gruppe",
        "Sovende",
        "Timer pr. uge",
        "Timer pr. år",
        "Lønudgift, kr.",
    ]);
    let rows = i
        .shifts
        .iter()
        .zip(&r.shifts)
        .map(|(s, res)| {
            let mut row = vec![
                s.name.clone(),
                format!("{}–{}", format_time(s.start), format_time(s.end)),
            ];
            row.extend(s.staff.iter().map(|&x| format_dk_trim(x, 1)));
            let group = wage.groups.get(s.group).map_or("–", |g| g.name.as_str());
            row.extend([
                group.to_string(),
                if s.asleep { "ja" } else { "nej" }.to_string(),
                format_dk(res.week.hours, 1),
                format_dk(res.year.hours, 0),
                format_dk(res.cost.total, 0),
            ]);
            row
        })
        .collect();
    let stacking = if i.stacking {
        "alle vinduers satser lægges sammen"
    } else {
        "hvert minut får den højeste sats"
    };
    Printout {
        id: "udskrift-vagtplan",
        title: "Vagtplan",
        sheet: Sheet::Roster,
        figures,
        caption: "Vagterne: medarbejdere pr. ugedag, timer og lønudgift",
        head,
        rows,
        assumptions: vec![
            format!("Tillægssatser i % af timelønnen (månedsløn × 12 / norm); standard: {RATES_SOURCE} (OK24 har hævet dem); {stacking}."),
            format!(
                "Sovende vagt tæller {} % som arbejdstid (timer og tillægstimer).",
                format_dk_trim(i.sleep_factor_pct, 2)
            ),
            format!(
                "Året {}: en vagt tæller på den dag, den starter; helligdage tæller som søndag.",
                wage.year
            ),
            "Lønudgift = årsværk × månedsløn × 12 × (1 + pension) + tillæg (ingen pension af tillæg); årsværk = bemandede timer / fremmødetimer pr. årsværk.".into(),
        ],
    }
}
