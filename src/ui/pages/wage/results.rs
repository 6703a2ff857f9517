//! The result column: key figures and the hour waterfall (each with its CSV export), the
//! holidays of the year, and the reverse calculation. It only renders what `model::wage`
//! computed.
use super::WAGE;
use crate::model::csv::{Cell, Context};
use crate::model::field::Field;
use crate::model::figures::Outcome;
use crate::model::number::{format_dk, format_dk_trim};
use crate::model::scenario::file_name;
use crate::model::wage::{HoursPerFte, Requirement, WageForm, WageInput, WageResult};
use crate::ui::components::csv_button::csv_button;
use crate::ui::components::disclosure::disclosure;
use crate::ui::components::key_figure::{figures, Figure};
use crate::ui::components::specs::{card, get, FieldSpec, Fields, Form, Key};
use crate::ui::components::waterfall::{waterfall as waterfall_chart, Bar};
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

/// The reverse calculation's input; it has no default to show.
const REQUIRED: FieldSpec<WageForm> = FieldSpec::number(
    Key::Page(Field::KravBorgertimer),
    "Krævede borgerrelaterede timer pr. år",
    Some("t"),
    Some("Fx summen af beboernes pakker (siden Takster)."),
    get!(required_client_hours),
);

/// The key figures (test id, label, value, decimals, unit), shared by the on-screen list and
/// the CSV export.
pub(super) type KeyValue = (
    &'static str,
    &'static str,
    fn(&WageResult) -> Decimal,
    u32,
    &'static str,
);

pub(super) const FIGURES: [KeyValue; 11] = [
    ("aarsvaerk", "Årsværk", |r| r.fte, 2, ""),
    (
        "borger-timer",
        "Borgerrelaterede timer pr. år",
        |r| r.total.client,
        0,
        "t",
    ),
    (
        "timepris",
        "Timepris pr. borgerrelateret time",
        |r| r.hourly_price,
        2,
        "kr.",
    ),
    (
        "timer-pr-beboer-uge",
        "Borgerrelaterede timer pr. beboer pr. uge",
        |r| r.hours_per_resident_week,
        2,
        "t",
    ),
    (
        "min-pr-beboer-doegn",
        "Minutter pr. beboer pr. døgn",
        |r| r.minutes_per_resident_day,
        1,
        "min.",
    ),
    (
        "medarbejdere-paa-vagt",
        "Gns. medarbejdere på vagt (døgnet rundt)",
        |r| r.staff_on_duty,
        2,
        "",
    ),
    (
        "betalte-timer",
        "Betalte timer pr. år",
        |r| r.total.paid,
        0,
        "t",
    ),
    (
        "mulige-timer",
        "Mulige arbejdstimer pr. år",
        |r| r.total.available,
        0,
        "t",
    ),
    (
        "fremmoede-timer",
        "Fremmødetimer pr. år",
        |r| r.total.attendance,
        0,
        "t",
    ),
    (
        "helligdage-timer",
        "Helligdage pr. årsværk",
        |r| r.per_fte.holidays,
        1,
        "t",
    ),
    (
        "omkostning-pr-aarsvaerk",
        "Lønudgift pr. årsværk",
        |r| r.cost_per_fte,
        0,
        "kr.",
    ),
];

/// The line the live region announces: the page's two key figures.
pub(super) fn summary(r: &WageResult) -> String {
    format!(
        "Timepris {} kr. pr. borgerrelateret time; {} årsværk.",
        format_dk(r.hourly_price, 2),
        format_dk(r.fte, 2)
    )
}

/// The CSV context of the wage page's tables: the botilbud, the year, `unit`.
fn csv_context(scenario_name: &str, year: i32, unit: &str) -> Context {
    Context::new(scenario_name, &format!("år {year}"), unit)
}

pub(super) fn key_figures(r: &WageResult, year: i32, scenario_name: &str) -> Html {
    let mut rows = vec![vec![
        Cell::text("Nøgletal"),
        Cell::text("Værdi"),
        Cell::text("Enhed"),
    ]];
    let mut list = Vec::with_capacity(FIGURES.len());
    for (id, label, value, dp, unit) in FIGURES {
        rows.push(vec![
            Cell::text(label),
            Cell::Number(value(r), dp),
            Cell::text(unit),
        ]);
        list.push(Figure::new(id, label, format_dk(value(r), dp), unit));
    }
    html! {
        <>
            { figures("key-figures", list) }
            { csv_button("csv-noegletal", "nøgletal", file_name(&format!("{scenario_name} nøgletal"), "csv"), csv_context(scenario_name, year, "se kolonnen Enhed"), rows) }
        </>
    }
}

/// A bar of the waterfall: label, hours (all årsværk), whether it is a (sub)total.
pub(super) type BarSpec = (&'static str, fn(&HoursPerFte) -> Decimal, bool);

pub(super) const BARS: [BarSpec; 11] = [
    ("Betalte timer", |t| t.paid, true),
    ("Ferie", |t| t.vacation, false),
    ("Feriefridage", |t| t.extra_vacation, false),
    ("Helligdage", |t| t.holidays, false),
    ("Mulige timer", |t| t.available, true),
    ("Sygdom", |t| t.sick, false),
    ("Kursus", |t| t.training, false),
    ("Andet fravær", |t| t.other, false),
    ("Fremmødetimer", |t| t.attendance, true),
    ("Ikke-borgerrelateret tid", |t| t.non_client, false),
    ("Borgerrelaterede timer", |t| t.client, true),
];

pub(super) fn waterfall(r: &WageResult, year: i32, scenario_name: &str) -> Html {
    let mut rows = vec![vec![
        Cell::text("Post"),
        Cell::text("Timer pr. år"),
        Cell::text("Art"),
    ]];
    let mut bars = Vec::with_capacity(BARS.len());
    for (label, value, total) in BARS {
        let value = value(&r.total);
        let kind = if total { "Sum" } else { "Fradrag" };
        rows.push(vec![
            Cell::text(label),
            Cell::Number(value, 0),
            Cell::text(kind),
        ]);
        bars.push(Bar {
            label: label.into(),
            value,
            total,
        });
    }
    html! {
        <>
            { waterfall_chart("vandfald", "Fra betalte timer til borgerrelaterede timer (alle årsværk, pr. år)", &bars, "t") }
            { csv_button("csv-vandfald", "timeregnskabet", file_name(&format!("{scenario_name} timer"), "csv"), csv_context(scenario_name, year, "timer pr. år, alle årsværk"), rows) }
        </>
    }
}

pub(super) fn holiday_list(shown: &Rc<(WageInput, WageResult)>) -> Html {
    let (input, r) = &**shown;
    let year = input.year;
    let summary = format!(
        "Søgnehelligdage på hverdage i {year}: {} dage",
        format_dk_trim(r.holiday_days, 1)
    );
    disclosure(summary.into(), "holidays", None, shown.clone(), |shown| {
        html! {
            <ul data-testid="helligdage-liste">
                { for shown.1.holidays.iter().map(|h| html! {
                    <li>{format!("{}/{} {}", h.date.day, h.date.month, h.name)}</li>
                }) }
            </ul>
        }
    })
}

pub(super) fn reverse_section(
    fields: &Fields,
    form: &WageForm,
    requirement: &Outcome<Requirement>,
) -> Html {
    let required = Form {
        value: form,
        place: WAGE,
        defaults: None,
    };
    let result = match requirement.ready() {
        Some(req) => figures(
            "key-figures",
            vec![
                Figure::new(
                    "krav-aarsvaerk",
                    "Årsværk der skal til",
                    format_dk(req.fte, 2),
                    "",
                ),
                Figure::new(
                    "krav-loenbudget",
                    "Lønbudget der skal til",
                    format_dk(req.budget, 0),
                    "kr.",
                ),
            ],
        ),
        None => html! { <p class="hint">{requirement.reason()}</p> },
    };
    card(
        "card",
        "omvendt-titel",
        "Omvendt: krævede timer → årsværk → lønbudget",
        html! { <>{ fields.field(&required, &REQUIRED, None) }{result}</> },
    )
}
