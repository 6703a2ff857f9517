//! The page's input cards: the period (startmåned, startår, horisont) and the cases, each a
//! fieldset with its field specs and the package select. Kept apart from the results so that
//! adding an input means reading only this file.
use crate::model::edit::Choice;
use crate::model::field::{Column, Field, List, Table};
use crate::model::figures::Linked;
use crate::model::form::{FieldErrors, FieldWarnings};
use crate::model::number::format_dk;
use crate::model::transition::CaseForm;
use crate::ui::components::number_field::NumberField;
use crate::ui::components::rows::{Layout, RowButton, RowKind};
use crate::ui::components::select_input;
use crate::ui::components::specs::{get, part, FieldSpec, Fields, Form, Key, Part, Place};
use crate::ui::state::{on_text, AppContext};
use std::rc::Rc;
use yew::prelude::*;

/// A case's pseudonym.
const PSEUDONYM: FieldSpec<CaseForm> = FieldSpec::text(
    Key::Row(Column::CasePseudonym),
    "Pseudonym",
    Some("Brug et pseudonym, aldrig CPR-nummer eller navn."),
    get!(pseudonym),
);

/// A case's number fields, in form order.
const CASE_FIELDS: [FieldSpec<CaseForm>; 10] = [
    FieldSpec::number(
        Key::Row(Column::CaseOldRate),
        "Gammel døgntakst, T_old (kr. pr. døgn)",
        Some("kr."),
        Some("Den takst botilbuddet beholder i overgangen."),
        get!(old_rate),
    ),
    FieldSpec::number(
        Key::Row(Column::CaseMoveOut),
        "Fraflytningsmåned, t0 (måned nr.)",
        Some("md."),
        Some("0 = startmåneden, 1 = måneden efter osv."),
        get!(move_out),
    ),
    FieldSpec::number(
        Key::Row(Column::CaseTransitionMonths),
        "Overgangsperiode, L (måneder)",
        Some("md."),
        Some("Mariagerfjord: 6 måneder."),
        get!(transition_months),
    ),
    FieldSpec::number(
        Key::Row(Column::CaseHoursTransition),
        "§85-timer pr. uge i overgangen, h_t (timer)",
        Some("t"),
        Some("Leveres af botilbuddets personale."),
        get!(hours_transition),
    ),
    FieldSpec::number(
        Key::Row(Column::CaseCostPerHour),
        "Botilbuddets timepris for dem, c_b (kr. pr. time)",
        Some("kr."),
        Some("Tom = Lønbudget-sidens timepris."),
        get!(cost_per_hour),
    ),
    FieldSpec::number(
        Key::Row(Column::CaseHoursAfter),
        "§85-timer pr. uge bagefter, h_a (timer)",
        Some("t"),
        Some("Leveres af kommunens bostøtte."),
        get!(hours_after),
    ),
    FieldSpec::number(
        Key::Row(Column::CaseBostottePrice),
        "Bostøttens timepris, p_b (kr. pr. time)",
        Some("kr."),
        Some("Tom = §85-prisen fra siden Takster."),
        get!(bostotte_price),
    ),
    FieldSpec::number(
        Key::Row(Column::CaseRefillAfter),
        "Pladsen genbesat efter, r (måneder)",
        Some("md."),
        Some("Måneder fra fraflytningen. Tom = pladsen genbesættes ikke."),
        get!(refill_after),
    ),
    FieldSpec::number(
        Key::Row(Column::CaseNewRate),
        "Ny døgntakst, T_new (kr. pr. døgn)",
        Some("kr."),
        Some("Den nye beboers takst; bruges kun når r er udfyldt."),
        get!(new_rate),
    ),
    FieldSpec::number(
        Key::Row(Column::CaseStayMonths),
        "Ville ellers være blevet, S (måneder)",
        Some("md."),
        Some("Måneder fra fraflytningsmåneden. Tom = hele horisonten."),
        get!(stay_months),
    ),
];

/// The defaults a case's inputs show: only L has one in DOMAIN.md; the rest of the example
/// case are examples, and an empty default shows none.
fn shown_defaults() -> CaseForm {
    CaseForm {
        transition_months: CaseForm::default().transition_months,
        ..CaseForm::blank(String::new())
    }
}

const MONTH_NAMES: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

const CASES: RowKind = RowKind {
    table: Table::Cases,
    name: ("Sag", "Sag"),
    layout: Layout::Fieldset {
        class: "group case",
        buttons: Some("case-buttons"),
    },
    add: "Tilføj sag",
    copy: Some(RowButton::copy("Kopiér sag")),
    remove: RowButton::remove("Fjern sag"),
};

/// Everything a case's fieldset shows besides its errors: it renders again only when this
/// or its own errors changed (`specs::part`).
#[derive(PartialEq)]
struct CaseRow {
    index: usize,
    case: CaseForm,
    linked: Rc<Linked>,
}

impl Part for CaseRow {
    fn view(&self, fields: &Fields) -> Html {
        case_row(fields, self)
    }
}

fn package_select(fields: &Fields, row: &CaseRow) -> Html {
    // Shown while Takster has prices, and always for a case that took a package's takst,
    // so its error (a removed package, Takster's own errors) stands by the choice.
    if row.linked.packages.is_empty() && row.case.old_rate_package.is_none() {
        return html! {};
    }
    let field = Column::CasePackage.at(row.index);
    let id = field.id();
    let on_change =
        select_input(&fields.choose(field.into(), |v| Some(Choice::OldRate(v.parse().ok()))));
    let chosen = row.case.old_rate_package;
    // A chosen package the options do not list: removed, or Takster has no prices now.
    let unlisted = chosen.and_then(|c| {
        let label = if !row.linked.package_ids.contains(&c) {
            "Pakken findes ikke længere"
        } else if row.linked.packages.is_empty() {
            "Pakkens takst mangler (ret siden Takster)"
        } else {
            return None;
        };
        Some((c.to_string(), label))
    });
    let error = fields.error(field);
    html! {
        <div class={classes!("field", error.as_ref().map(|_| "field-error"))}>
            <label for={id.clone()}>{"Gammel takst fra Takster-siden"}</label>
            if let Some(e) = error {
                <span class="error-message" role="alert" id={format!("{id}-fejl")}>{e}</span>
            }
            <select id={id.clone()} data-testid={id} onchange={on_change}>
                <option value="" selected={chosen.is_none()}>{"Indtast selv"}</option>
                if let Some((value, label)) = unlisted {
                    <option value={value} selected=true>{label}</option>
                }
                { for row.linked.package_ids.iter().zip(&row.linked.packages).map(|(&id, (name, rate))| html! {
                    <option value={id.to_string()} selected={chosen == Some(id)}>
                        {format!("{name}: {} kr. pr. døgn", format_dk(*rate, 2))}
                    </option>
                }) }
            </select>
        </div>
    }
}

fn case_row(fields: &Fields, row: &CaseRow) -> Html {
    let CaseRow {
        index,
        case,
        linked,
    } = row;
    let defaults = shown_defaults();
    let form = Form {
        value: case,
        place: Place::Row(*index),
        defaults: Some(&defaults),
    };
    let typed_old_rate = case.old_rate_package.is_none();
    let inputs = CASE_FIELDS
        .iter()
        .filter(|spec| typed_old_rate || spec.input.key != Key::Row(Column::CaseOldRate))
        .map(|spec| {
            let hint = match (spec.input.key, linked.hourly_price, linked.bostoette_price) {
                (Key::Row(Column::CaseCostPerHour), Some(price), _) => Some(format!(
                    "Tom = Lønbudget-sidens timepris, nu {} kr.",
                    format_dk(price, 2)
                )),
                (Key::Row(Column::CaseBostottePrice), _, Some(price)) => Some(format!(
                    "Tom = scenariets §85-pris fra siden Takster, nu {} kr.",
                    format_dk(price, 2)
                )),
                _ => None,
            };
            fields.field(&form, spec, hint)
        });
    let body = html! {
        <>
            { fields.field(&form, &PSEUDONYM, None) }
            { package_select(fields, row) }
            { for inputs }
        </>
    };
    let legend = format!("Sag {}: {}", index + 1, case.pseudonym);
    CASES.row(fields.dispatch(), *index, Some(legend), body, true)
}

pub(super) fn period_section(ctx: &AppContext, errors: &FieldErrors) -> Html {
    let form = &ctx.scenario.transition;
    let dispatch = ctx.dispatcher();
    let on_year = on_text(&dispatch, Field::StartAar.into());
    let on_horizon = on_text(&dispatch, Field::Horisont.into());
    let on_month = select_input(&on_text(&dispatch, Field::StartMaaned.into()));
    let month_error = errors.get(Field::StartMaaned).cloned();
    let month_id = Field::StartMaaned.id();
    html! {
        <section class="card" aria-labelledby="periode-titel">
            <h2 id="periode-titel">{"Periode"}</h2>
            <div class={classes!("field", month_error.as_ref().map(|_| "field-error"))}>
                <label for={month_id}>{"Startmåned (måned 0)"}</label>
                if let Some(e) = month_error {
                    <span class="error-message" role="alert">{e}</span>
                }
                <select id={month_id} data-testid={month_id} onchange={on_month}>
                    { for MONTH_NAMES.iter().enumerate().map(|(i, name)| {
                        let value = (i + 1).to_string();
                        let selected = form.start_month.trim() == value;
                        html! { <option selected={selected} value={value}>{*name}</option> }
                    }) }
                </select>
            </div>
            <NumberField id={Field::StartAar.id()} label="Startår" value={form.start_year.clone()}
                error={errors.get(Field::StartAar).cloned()} on_change={on_year} />
            <NumberField id={Field::Horisont.id()} label="Horisont, H (måneder)" value={form.horizon.clone()} suffix="md."
                default="24" hint="Hvor mange måneder der regnes frem (højst 240)."
                error={errors.get(Field::Horisont).cloned()} on_change={on_horizon} />
        </section>
    }
}

pub(super) fn cases_section(
    ctx: &AppContext,
    errors: &Rc<FieldErrors>,
    warnings: &FieldWarnings,
    linked: &Rc<Linked>,
) -> Html {
    html! {
        <section class="card" aria-labelledby="sager-titel">
            <h2 id="sager-titel">{"Sager (fraflytninger)"}</h2>
            <p class="hint">{"Én sag pr. borger, der flytter fra botilbuddet i egen bolig med §85-støtte. Flere sager lægges sammen (fx et års fraflytninger)."}</p>
            if let Some(e) = errors.get(List::Sager) {
                <p class="error-message" role="alert" data-testid="sager-fejl">{e.clone()}</p>
            }
            { for ctx.scenario.transition.cases.iter().enumerate().map(|(index, case)| part(
                &ctx.dispatcher(),
                errors,
                warnings,
                Table::Cases,
                index,
                CaseRow { index, case: case.clone(), linked: linked.clone() },
            )) }
            { CASES.add_button(&ctx.dispatcher(), ctx.scenario.transition.cases.len()) }
        </section>
    }
}
