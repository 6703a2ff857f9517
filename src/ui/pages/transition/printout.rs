//! Overgang on paper (`components::printout`): the totals over all cases, one line per case
//! and the assumptions the scheme rests on.
use super::{kr, payback_text, Computed};
use crate::model::number::format_dk;
use crate::model::printout::Sheet;
use crate::model::scenario::Scenario;
use crate::model::transition::Kpis;
use crate::ui::components::printout::Printout;
use std::rc::Rc;

/// Payback with its unit, as the key figures show it.
fn payback(k: &Kpis) -> String {
    match payback_text(k.payback) {
        (text, Some(unit)) => format!("{text} {unit}"),
        (text, None) => text,
    }
}

pub(super) fn sheet(_: &Scenario, shown: &Rc<Computed>) -> Printout {
    let (i, r, days) = &**shown;
    let t = &r.totals;
    let figures = vec![
        (
            "Ekstra udgift for kommunen (mod fraflytning uden ordning)".to_string(),
            format!("{} kr.", kr(t.extra_cost)),
        ),
        (
            "Besparelse pr. måned (mod at blive boende)".into(),
            format!("{} kr.", kr(t.monthly_saving)),
        ),
        ("Tilbagebetaling".into(), payback(t)),
        (
            "Kommunens akkumulerede effekt".into(),
            format!("{} kr.", kr(t.municipality_cum)),
        ),
        (
            "Botilbuddets buffer = akkumulerede effekt".into(),
            format!("{} kr.", kr(t.buffer)),
        ),
        (
            "§85-timer fra botilbuddet i alt (planlagte)".into(),
            format!("{} t", format_dk(t.hours_total, 1)),
        ),
    ];
    let line = |name: String, moved: String, rate: String, k: &Kpis| {
        vec![
            name,
            moved,
            rate,
            kr(k.extra_cost),
            kr(k.monthly_saving),
            payback(k),
            kr(k.municipality_cum),
            kr(k.buffer),
            format_dk(k.hours_total, 1),
        ]
    };
    let mut rows: Vec<Vec<String>> = i
        .cases
        .iter()
        .zip(&r.cases)
        .map(|(c, res)| {
            let moved = format!(
                "{}; {} mdr. à {} t/uge",
                i.start.label(c.move_out),
                c.transition_months,
                format_dk(c.hours_transition, 1)
            );
            line(
                res.name.clone(),
                moved,
                format_dk(res.old_rate, 0),
                &res.kpis,
            )
        })
        .collect();
    rows.push(line("Alle sager".into(), String::new(), String::new(), t));
    let (first, last) = (i.start.label(0), i.start.label(i.horizon.saturating_sub(1)));
    Printout {
        id: "udskrift-overgang",
        title: "Overgangsordning (Mariagerfjord)",
        sheet: Sheet::Transition,
        figures,
        caption: "Pr. sag (kr. over horisonten; besparelse pr. måned)",
        head: vec![
            "Sag",
            "Fraflytning; overgang",
            "Gammel takst, kr./døgn",
            "Ekstra udgift",
            "Besparelse pr. md.",
            "Tilbagebetaling",
            "Kommunen akk.",
            "Botilbuddet akk.",
            "§85-timer",
        ],
        rows,
        assumptions: vec![
            format!("Horisont {} måneder, {first} – {last}; en måned er {} dage / 12.", i.horizon, format_dk(*days, 0)),
            "Botilbuddet beholder den gamle takst i overgangen og betaler selv personalets §85-timer (h_t × uger × c_b); derefter leverer kommunens bostøtte h_a timer pr. uge til §85-prisen.".into(),
            "Uden ordningen leverer bostøtten de samme h_t timer i overgangen til §85-prisen; pladsen genbesættes på samme tid med og uden ordning.".into(),
            "§85-timerne er planlagte (h_t × uger pr. måned), ikke registrerede; de holdes uden for normeringen (særskilt timeopgørelse).".into(),
        ],
    }
}
