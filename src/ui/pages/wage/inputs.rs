//! The page's input cards: budget and beboere, personalegrupper, arbejdstid and helligdage,
//! tillæg and fravær — the field specs, the group rows and the note on the measured tillæg.
//! Kept apart from the results so that adding an input means reading only this file.
use crate::model::edit::Edit;
use crate::model::field::{Column, Field, List, Table};
use crate::model::number::format_dk;
use crate::model::wage::{StaffGroupForm, WageForm, WageInput, SALARY_SOURCE};
use crate::ui::components::rows::{Layout, RowButton, RowKind};
use crate::ui::components::specs::{button, card, get, FieldSpec, Fields, FlagSpec, Form, Key};
use yew::prelude::*;

pub(super) const BUDGET: [FieldSpec<WageForm>; 4] = [
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

pub(super) const HOURS: [FieldSpec<WageForm>; 4] = [
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

pub(super) const HOLIDAYS: [FlagSpec<WageForm>; 3] = [
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

pub(super) const ABSENCE: [FieldSpec<WageForm>; 5] = [
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
    copy: Some(RowButton::copy("Kopiér personalegruppe")),
    remove: RowButton::remove("Fjern personalegruppe"),
};

pub(super) fn groups_section(fields: &Fields, groups: &[StaffGroupForm]) -> Html {
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
                <p class="hint">{format!("Andelene skal give 100 %. Standard: socialpædagog 60 % / 33.500 kr. / 14,2 %; social- og sundhedsassistent 25 % / 31.000 kr. / 16 %; pædagogisk medhjælper 15 % / 27.100 kr. / 13,31 % ({SALARY_SOURCE}; erstat med gældende overenskomst).")}</p>
                if let Some(e) = fields.error(List::Grupper) {
                    <p class="error-message" role="alert" data-testid="grupper-fejl">{e}</p>
                }
                { for rows }
                { GROUPS.add_button(fields.dispatch(), groups.len()) }
            </>
        },
    )
}

/// When the shift plan's measured supplement is in use, the typed "tillæg" is not: say so
/// above the field, with the number actually used.
pub(super) fn supplement_source_note(
    fields: &Fields,
    from_roster: bool,
    used: Option<&WageInput>,
) -> Html {
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
