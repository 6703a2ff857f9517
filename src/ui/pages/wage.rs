//! Page "Lønbudget → timer" (DOMAIN.md §1): the wage budget as årsværk and hours, the hour
//! waterfall, and the reverse calculation. All figures come from `model::wage`.
use crate::model::csv::Cell;
use crate::model::edit::Edit;
use crate::model::field::{Column, Field, List, Table};
use crate::model::figures::Outcome;
use crate::model::number::{format_dk, format_dk_trim};
use crate::model::scenario::file_name;
use crate::model::wage::{
    HoursPerFte, Requirement, StaffGroupForm, WageForm, WageInput, WageResult,
};
use crate::ui::app::SharedFigures;
use crate::ui::components::csv_button::csv_button;
use crate::ui::components::disclosure::disclosure;
use crate::ui::components::explain::{self, Step};
use crate::ui::components::key_figure::{figures, Figure};
use crate::ui::components::results::{live_summary, stale_banner, use_last_valid};
use crate::ui::components::rows::{Layout, RowButton, RowKind};
use crate::ui::components::specs::{
    button, card, get, hint, use_fields, FieldSpec, Fields, FlagSpec, Form, Key, Place,
};
use crate::ui::components::waterfall::{waterfall as waterfall_chart, Bar};
use crate::ui::state::AppContext;
use crate::ui::text::with_unit;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

const WAGE: Place = Place::Page;

const BUDGET: [FieldSpec<WageForm>; 4] = [
    FieldSpec::number(
        Key::Page(Field::Lonbudget),
        "Lønbudget pr. år (kr.)",
        Some("kr."),
        None,
        get!(budget),
    ),
    FieldSpec::number(
        Key::Page(Field::Beboere),
        "Antal beboere (pladser)",
        Some("beboere"),
        None,
        get!(residents),
    ),
    FieldSpec::number(
        Key::Page(Field::Aar),
        "År",
        None,
        Some("Bestemmer hvilke helligdage der falder på hverdage."),
        get!(year),
    ),
    FieldSpec::number(
        Key::Page(Field::DagePrAar),
        "Dage pr. år",
        Some("dage"),
        None,
        get!(days_per_year),
    ),
];

const HOURS: [FieldSpec<WageForm>; 4] = [
    FieldSpec::number(
        Key::Page(Field::Norm),
        "Årsnorm pr. årsværk (timer)",
        Some("t"),
        Some("37 t × 52 uger."),
        get!(norm),
    ),
    FieldSpec::number(
        Key::Page(Field::Ferie),
        "Ferie pr. årsværk (timer)",
        Some("t"),
        Some("5 uger × 37 t."),
        get!(vacation),
    ),
    FieldSpec::number(
        Key::Page(Field::Feriefridage),
        "6. ferieuge / feriefridage (timer)",
        Some("t"),
        None,
        get!(extra_vacation),
    ),
    FieldSpec::number(
        Key::Page(Field::TimerPrHelligdag),
        "Timer pr. søgnehelligdag (timer)",
        Some("t"),
        Some("37 t / 5 dage."),
        get!(holiday_day_hours),
    ),
];

const HOLIDAYS: [FlagSpec<WageForm>; 3] = [
    FlagSpec {
        key: Key::Page(Field::Juleaften),
        label: "Juleaftensdag (1 dag)",
        flag: get!(holiday_options.christmas_eve),
    },
    FlagSpec {
        key: Key::Page(Field::Grundlovsdag),
        label: "Grundlovsdag (½ dag)",
        flag: get!(holiday_options.constitution_day),
    },
    FlagSpec {
        key: Key::Page(Field::FoersteMaj),
        label: "1. maj (½ dag)",
        flag: get!(holiday_options.may_day),
    },
];

const ABSENCE: [FieldSpec<WageForm>; 5] = [
    FieldSpec::number(
        Key::Page(Field::TillaegPct),
        "Variable tillæg, aften/nat/weekend (% af grundløn)",
        Some("%"),
        None,
        get!(supplement_pct),
    ),
    FieldSpec::number(
        Key::Page(Field::SygPct),
        "Sygefravær (% af mulige timer)",
        Some("%"),
        Some("≈ 14,4 dagsværk pr. fuldtidsansat (socialpædagoger på døgninstitutioner, 2019)."),
        get!(sick_pct),
    ),
    FieldSpec::number(
        Key::Page(Field::KursusPct),
        "Kursus og uddannelse (% af mulige timer)",
        Some("%"),
        None,
        get!(training_pct),
    ),
    FieldSpec::number(
        Key::Page(Field::AndetPct),
        "Andet fravær (% af mulige timer)",
        Some("%"),
        None,
        get!(other_pct),
    ),
    FieldSpec::number(
        Key::Page(Field::IkkeBorgerrelateretPct),
        "Ikke-borgerrelateret tid (% af fremmøde)",
        Some("%"),
        Some("Møder, dokumentation, supervision, overlap."),
        get!(non_client_pct),
    ),
];

/// The reverse calculation's input; it has no default to show.
const REQUIRED: FieldSpec<WageForm> = FieldSpec::number(
    Key::Page(Field::KravBorgertimer),
    "Krævede borgerrelaterede timer pr. år",
    Some("t"),
    Some("Fx summen af beboernes pakker (siden Takster)."),
    get!(required_client_hours),
);

const GROUP: [FieldSpec<StaffGroupForm>; 4] = [
    FieldSpec::text(Key::Row(Column::GroupName), "Navn", None, get!(name)),
    FieldSpec::number(
        Key::Row(Column::GroupShare),
        "Andel af årsværk (%)",
        Some("%"),
        None,
        get!(share_pct),
    ),
    FieldSpec::number(
        Key::Row(Column::GroupSalary),
        "Månedsløn inkl. faste tillæg (kr.)",
        Some("kr."),
        None,
        get!(monthly_salary),
    ),
    FieldSpec::number(
        Key::Row(Column::GroupPension),
        "Pension (% af løn)",
        Some("%"),
        None,
        get!(pension_pct),
    ),
];

const GROUPS: RowKind = RowKind {
    table: Table::Groups,
    name: ("Personalegruppe", "personalegruppe"),
    layout: Layout::Fieldset {
        class: "group",
        buttons: None,
    },
    add: "Tilføj personalegruppe",
    copy: None,
    remove: RowButton::remove("Fjern personalegruppe"),
};

fn groups_section(fields: &Fields, groups: &[StaffGroupForm]) -> Html {
    let rows: Vec<Html> = groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let body = fields.all(&Form::row(g, i), &GROUP);
            GROUPS.row(fields.dispatch(), i, None, body, true)
        })
        .collect();
    card(
        "card",
        "grupper-titel",
        "Personalegrupper",
        html! {
            <>
                { hint("Andelene skal give 100 %. Standard: socialpædagog 60 % / 33.500 kr. / 14,2 %; social- og sundhedsassistent 25 % / 31.000 kr. / 16 %; pædagogisk medhjælper 15 % / 27.100 kr. / 13,31 % (SL/FOA 2023–24).") }
                if let Some(e) = fields.error(List::Grupper) {
                    <p class="error-message" role="alert" data-testid="grupper-fejl">{e}</p>
                }
                { for rows }
                { GROUPS.add_button(fields.dispatch()) }
            </>
        },
    )
}

/// The key figures (test id, label, value, decimals, unit), shared by the on-screen list and
/// the CSV export.
type KeyValue = (
    &'static str,
    &'static str,
    fn(&WageResult) -> Decimal,
    u32,
    &'static str,
);

const FIGURES: [KeyValue; 11] = [
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
fn summary(r: &WageResult) -> String {
    format!(
        "Timepris {} kr. pr. borgerrelateret time; {} årsværk.",
        format_dk(r.hourly_price, 2),
        format_dk(r.fte, 2)
    )
}

fn key_figures(r: &WageResult, scenario_name: &str) -> Html {
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
            { csv_button("csv-noegletal", "nøgletal", file_name(&format!("{scenario_name} nøgletal"), "csv"), rows) }
        </>
    }
}

/// A bar of the waterfall: label, hours (all årsværk), whether it is a (sub)total.
type BarSpec = (&'static str, fn(&HoursPerFte) -> Decimal, bool);

const BARS: [BarSpec; 11] = [
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

fn waterfall(r: &WageResult, scenario_name: &str) -> Html {
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
            { csv_button("csv-vandfald", "timeregnskabet", file_name(&format!("{scenario_name} timer"), "csv"), rows) }
        </>
    }
}

/// The explanation with the user's numbers (inputs echoed as typed, results from the model).
fn explanation(shown: &Rc<(WageInput, WageResult)>) -> Html {
    let (i, r) = &**shown;
    let f2 = |x| format_dk(x, 2);
    let p = |x| format_dk_trim(x, 2);
    let h = &r.per_fte;
    let mut steps: Vec<Step> = r
        .groups
        .iter()
        .zip(&i.groups)
        .map(|(g, input)| {
            Step::new(
                &format!("Årsløn, {}", g.name),
                "månedsløn × 12 × (1 + pension/100) + månedsløn × 12 × tillæg/100",
                format!(
                    "{} × 12 × (1 + {}/100) + {} × {}/100",
                    f2(input.monthly_salary),
                    p(input.pension_pct),
                    f2(g.base),
                    p(i.supplement_pct)
                ),
                with_unit(g.annual, 2, "kr."),
            )
        })
        .collect();
    let weighted: Vec<String> = r
        .groups
        .iter()
        .zip(&i.groups)
        .map(|(g, input)| format!("{} % × {}", p(input.share_pct), f2(g.annual)))
        .collect();
    steps.extend([
        Step::new(
            "Lønudgift pr. årsværk (c)",
            "Σ andel × årsløn",
            weighted.join(" + "),
            with_unit(r.cost_per_fte, 2, "kr."),
        ),
        Step::new(
            "Årsværk",
            "lønbudget / c",
            format!("{} / {}", f2(i.budget), f2(r.cost_per_fte)),
            format_dk(r.fte, 4),
        ),
        Step::new(
            "Betalte timer",
            "årsværk × norm",
            format!("{} × {}", format_dk(r.fte, 4), p(i.norm)),
            with_unit(r.total.paid, 2, "t"),
        ),
        Step::new(
            "Helligdage pr. årsværk",
            "søgnehelligdage på hverdage × timer pr. dag",
            format!("{} × {}", p(r.holiday_days), p(i.holiday_day_hours)),
            with_unit(h.holidays, 2, "t"),
        ),
        Step::new(
            "Mulige timer",
            "årsværk × (norm − ferie − feriefridage − helligdage)",
            format!(
                "{} × ({} − {} − {} − {})",
                format_dk(r.fte, 4),
                p(i.norm),
                p(i.vacation),
                p(i.extra_vacation),
                f2(h.holidays)
            ),
            with_unit(r.total.available, 2, "t"),
        ),
        Step::new(
            "Fremmødetimer",
            "mulige × (1 − (syg + kursus + andet)/100)",
            format!(
                "{} × (1 − ({} + {} + {})/100)",
                f2(r.total.available),
                p(i.sick_pct),
                p(i.training_pct),
                p(i.other_pct)
            ),
            with_unit(r.total.attendance, 2, "t"),
        ),
        Step::new(
            "Borgerrelaterede timer",
            "fremmøde × (1 − ikke-borgerrelateret/100)",
            format!(
                "{} × (1 − {}/100)",
                f2(r.total.attendance),
                p(i.non_client_pct)
            ),
            with_unit(r.total.client, 2, "t"),
        ),
        Step::new(
            "Timepris",
            "lønbudget / borgerrelaterede timer",
            format!("{} / {}", f2(i.budget), f2(r.total.client)),
            with_unit(r.hourly_price, 2, "kr."),
        ),
        Step::new(
            "Timer pr. beboer pr. uge",
            "borgerrelaterede timer / beboere × 7 / dage pr. år",
            format!(
                "{} / {} × 7 / {}",
                f2(r.total.client),
                p(i.residents),
                p(i.days_per_year)
            ),
            with_unit(r.hours_per_resident_week, 2, "t"),
        ),
        Step::new(
            "Minutter pr. beboer pr. døgn",
            "borgerrelaterede timer / beboere / dage pr. år × 60",
            format!(
                "{} / {} / {} × 60",
                f2(r.total.client),
                p(i.residents),
                p(i.days_per_year)
            ),
            with_unit(r.minutes_per_resident_day, 2, "min."),
        ),
        Step::new(
            "Gns. medarbejdere på vagt",
            "fremmødetimer / (dage pr. år × 24)",
            format!("{} / ({} × 24)", f2(r.total.attendance), p(i.days_per_year)),
            format_dk(r.staff_on_duty, 2),
        ),
    ]);
    let notes = [
        "Sygdom, kursus og andet fravær regnes af de mulige timer; ikke-borgerrelateret tid af fremmødetimerne (DOMAIN.md §1).",
        "Variable tillæg lægges på grundlønnen uden pension, som formlen foreskriver.",
        "Tal afrundes kun ved visning: kr. med 2 decimaler for priser, hele kr. og timer for årssummer.",
    ];
    explain::body(&steps, Html::default(), &notes)
}

fn holiday_list(shown: &Rc<(WageInput, WageResult)>) -> Html {
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

fn reverse_section(fields: &Fields, form: &WageForm, requirement: &Outcome<Requirement>) -> Html {
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

/// When the shift plan's measured supplement is in use, the typed "tillæg" is not: say so
/// above the field, with the number actually used.
fn supplement_source_note(fields: &Fields, from_roster: bool, used: Option<&WageInput>) -> Html {
    if !from_roster {
        return html! {};
    }
    let value = used.map_or_else(|| "–".to_string(), |i| format_dk(i.supplement_pct, 2));
    let off = fields.send(Edit::SetFlag(Field::TillaegFraVagtplan.into(), false));
    html! {
        <p class="notice" data-testid="tillaeg-fra-vagtplan-note">
            {format!("Variable tillæg måles på vagtplanen: {value} % af grundlønnen. Feltet »Variable tillæg« nedenfor bruges ikke.")}
            { button(Some("secondary"), None, None, "Brug det indtastede tillæg", off) }
        </p>
    }
}

/// The page component.
#[component]
pub fn WagePage() -> Html {
    let (Some(ctx), Some(shared)) = (use_context::<AppContext>(), use_context::<SharedFigures>())
    else {
        return html! {};
    };
    let form = &ctx.scenario.wage;
    let wage = shared.0.wage();
    let fields = use_fields(ctx.dispatcher(), (*wage.errors).clone());
    let shown = use_last_valid(wage.outcome.ready().cloned());
    let defaults = WageForm::default();
    let wage_form = Form {
        value: form,
        place: WAGE,
        defaults: Some(&defaults),
    };
    let used = shown.value.as_ref().map(|s| &s.0);
    html! {
        <div class="page-grid">
            <form class="inputs" aria-label="Input til lønbudget" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { card("card", "budget-titel", "Budget og beboere", fields.all(&wage_form, &BUDGET)) }
                { groups_section(&fields, &form.groups) }
                { card("card", "tid-titel", "Arbejdstid, ferie og helligdage", html! {
                    <>
                        { fields.all(&wage_form, &HOURS) }
                        <fieldset class="options">
                            <legend>{"Ekstra fridage (fra som standard)"}</legend>
                            { for HOLIDAYS.iter().map(|spec| fields.flag(&wage_form, spec)) }
                        </fieldset>
                    </>
                }) }
                { card("card", "fravaer-titel", "Tillæg, fravær og ikke-borgerrelateret tid", html! {
                    <>
                        { supplement_source_note(&fields, form.supplement_from_roster, used) }
                        { fields.all(&wage_form, &ABSENCE) }
                    </>
                }) }
            </form>
            <section class={classes!("results", shown.stale.then_some("stale"))} aria-labelledby="resultat-titel">
                <h2 id="resultat-titel">{"Resultat"}</h2>
                { stale_banner(shown.stale, wage.outcome.reason()) }
                { live_summary(shown.value.as_ref().map(|s| summary(&s.1))) }
                if let Some(shown) = &shown.value {
                    { key_figures(&shown.1, &ctx.scenario.name) }
                    { waterfall(&shown.1, &ctx.scenario.name) }
                    { holiday_list(shown) }
                    { explain::explain(shown.clone(), explanation) }
                }
                { reverse_section(&fields, form, &wage.requirement) }
            </section>
        </div>
    }
}
