//! The page's input cards: the shift table (with its presets and the error list under it)
//! and the supplement rates with the sovende vagt settings. Kept apart from the results so
//! that adding an input means reading only this file.
use crate::model::edit::{self, Choice, Edit};
use crate::model::field::{Column, Field, List, RowField, Table};
use crate::model::form::{FieldErrors, FieldWarnings};
use crate::model::roster::{
    default_rates, Preset, RosterForm, ShiftForm, Window, RATES_SOURCE, WEEKDAYS,
};
use crate::ui::components::checkbox::checkbox;
use crate::ui::components::number_field::NumberField;
use crate::ui::components::rows::{Layout, RowButton, RowKind};
use crate::ui::components::specs::{part, Fields, Part};
use crate::ui::components::table::region;
use crate::ui::components::{checked_input, select_input, text_input};
use crate::ui::state::{on_click, on_flag, on_text, AppContext};
use std::rc::Rc;
use yew::prelude::*;

/// A compact text input for a table cell; the visible column header plus `aria-label` name it.
fn cell(
    field: RowField,
    label: String,
    value: &str,
    errors: &FieldErrors,
    on_change: Callback<String>,
) -> Html {
    let oninput = text_input(&on_change);
    let error = errors.get(field);
    let id = field.id();
    html! {
        <input type="text" id={id.clone()} data-testid={id.clone()} aria-label={label} value={value.to_string()}
            autocomplete="off" class={classes!("cell", error.map(|_| "cell-error"))}
            aria-invalid={error.map(|_| "true")} {oninput} />
    }
}

const SHIFTS: RowKind = RowKind {
    table: Table::Shifts,
    name: ("Vagt", "vagt"),
    layout: Layout::TableRow,
    add: "Tilføj vagt",
    copy: Some(RowButton::copy("Kopiér")),
    remove: RowButton {
        part: "slet",
        verb: "Slet",
        text: "Slet",
    },
};

/// Everything a shift row shows besides its errors: a row renders again only when this or
/// its own errors changed (`specs::part`).
#[derive(PartialEq)]
struct ShiftRow {
    index: usize,
    shift: ShiftForm,
    names: Rc<Vec<String>>,
}

impl Part for ShiftRow {
    fn view(&self, fields: &Fields) -> Html {
        shift_row(fields, self)
    }
}

fn shift_row(fields: &Fields, row: &ShiftRow) -> Html {
    let ShiftRow {
        index,
        shift,
        names,
    } = row;
    let errors = &fields.errors;
    let (i, n) = (*index, index + 1);
    let columns = [
        (Column::ShiftName, "navn", &shift.name),
        (Column::ShiftStart, "start (tt:mm)", &shift.start),
        (Column::ShiftEnd, "slut (tt:mm)", &shift.end),
    ]
    .map(|(key, label, value)| (key, label.to_string(), value))
    .into_iter()
    .chain(
        WEEKDAYS
            .iter()
            .zip(&shift.staff)
            .map(|((label, key), value)| (*key, format!("medarbejdere {label}"), value)),
    );
    let cells = columns.map(|(key, label, value)| {
        let field = key.at(i);
        let on_change = fields.on_text(field.into());
        html! { <td>{ cell(field, format!("Vagt {n}: {label}"), value, errors, on_change) }</td> }
    });
    let group = Column::ShiftGroup.at(i);
    let on_group =
        select_input(&fields.choose(group.into(), |g| g.parse().ok().map(Choice::Group)));
    let on_asleep = checked_input(&fields.on_flag(Column::ShiftAsleep.at(i).into()));
    let group_id = group.id();
    let asleep_id = Column::ShiftAsleep.at(i).id();
    let body = html! {
        <>
            { for cells }
            <td>
                <select id={group_id.clone()} data-testid={group_id.clone()} aria-label={format!("Vagt {n}: personalegruppe")}
                    aria-invalid={errors.contains_key(group).then_some("true")} onchange={on_group}>
                    { for names.iter().enumerate().map(|(g, name)| html! {
                        <option value={g.to_string()} selected={g == shift.group}>{name}</option>
                    }) }
                    if shift.group >= names.len() {
                        <option value={shift.group.to_string()} selected=true>{"(ukendt gruppe)"}</option>
                    }
                </select>
            </td>
            <td>
                <input type="checkbox" id={asleep_id.clone()} data-testid={asleep_id} checked={shift.asleep}
                    aria-label={format!("Vagt {n}: sovende vagt")} onchange={on_asleep} />
            </td>
        </>
    };
    SHIFTS.row(fields.dispatch(), i, None, body, true)
}

/// "vagt-2-slut" → "Vagt 2, slut"; "tillaeg-1-nat" → "Tillæg 1, nat": where the error is.
fn field_label(key: &str) -> String {
    let mut parts = key.splitn(3, '-');
    let (kind, n, field) = (parts.next(), parts.next(), parts.next());
    let field = WEEKDAYS
        .iter()
        .find(|(_, c)| Some(c.id()) == field)
        .map(|(label, _)| label.to_lowercase())
        .or_else(|| field.map(|f| f.replace('-', " ")))
        .unwrap_or_default();
    match (kind, n) {
        (Some("vagt"), Some(n)) => format!("Vagt {n}, {field}"),
        (Some("tillaeg"), Some(n)) => {
            format!("Tillæg, gruppe {n}, {field}")
        }
        _ => key.to_string(),
    }
}

/// Field errors of a table, listed under it (the cells are too small for messages).
fn error_list(errors: &FieldErrors, table: Table) -> Html {
    message_list(errors, table, format!("{}-fejl", table.id()), false)
}

/// Warnings of the rate cells (`limits`), listed under the table like the errors; each item
/// has the id `<field>-advarsel`, as a number field's warning has.
fn rate_warnings(warnings: &FieldWarnings) -> Html {
    message_list(warnings, Table::Rates, "tillaeg-advarsler".into(), true)
}

fn message_list(messages: &FieldErrors, table: Table, test_id: String, warning: bool) -> Html {
    let mine = messages.of_table(table);
    if mine.is_empty() {
        return html! {};
    }
    let (class, role) = match warning {
        false => ("error-message", Some("alert")),
        true => ("warning-message", None),
    };
    let item = |(k, e): (&String, &String)| {
        let id = warning.then(|| format!("{k}-advarsel"));
        html! { <li id={id}><a href={format!("#{k}")}>{field_label(k)}</a>{format!(": {e}")}</li> }
    };
    html! {
        <div class={class} role={role} data-testid={test_id}>
            <ul>{ for mine.iter().map(item) }</ul>
        </div>
    }
}

pub(super) fn shift_table(
    ctx: &AppContext,
    errors: &Rc<FieldErrors>,
    names: &Rc<Vec<String>>,
) -> Html {
    let dispatch = ctx.dispatcher();
    let presets = Preset::ALL.map(|p| {
        let on_click = on_click(&dispatch, Edit::Preset(edit::Preset::Shifts(p)));
        let id = match p {
            Preset::AwakeNight => "vagt-skabelon-vaagen",
            Preset::SleepingNight => "vagt-skabelon-sovende",
        };
        html! { <button type="button" class="secondary" data-testid={id} onclick={on_click}>{p.label()}</button> }
    });
    let shifts = &ctx.scenario.roster.shifts;
    html! {
        <section class="card roster-shifts" aria-labelledby="vagter-titel">
            <h2 id="vagter-titel">{"Vagter"}</h2>
            <p class="hint">{"Tal pr. dag er medarbejdere på vagten den dag den begynder (½ = hver anden uge). En vagt hvor slut ligger før start, går over midnat. Tab flytter mellem felterne."}</p>
            if let Some(e) = errors.get(List::Vagter) {
                <p class="error-message" role="alert">{e.clone()}</p>
            }
            { region("Vagtplanens vagter", html! {
                <table class="shift-table">
                    <caption class="visually-hidden">{"Vagtplanens vagter"}</caption>
                    <thead><tr>
                        <th scope="col">{"Vagt"}</th><th scope="col">{"Start"}</th><th scope="col">{"Slut"}</th>
                        { for WEEKDAYS.iter().map(|(label, _)| html! { <th scope="col" title={*label}>{label.get(..3).unwrap_or(label)}</th> }) }
                        <th scope="col">{"Personalegruppe"}</th><th scope="col">{"Sovende"}</th><th scope="col">{"Handling"}</th>
                    </tr></thead>
                    <tbody>{ for shifts.iter().enumerate().map(|(index, shift)| part(
                        &dispatch,
                        errors,
                        &FieldWarnings::new(),
                        Table::Shifts,
                        index,
                        ShiftRow { index, shift: shift.clone(), names: names.clone() },
                    )) }</tbody>
                </table>
            }) }
            { error_list(errors, Table::Shifts) }
            <div class="button-row">
                { SHIFTS.add_button(&dispatch, shifts.len()) }
                <span class="hint">{"Skabelon (erstatter vagterne):"}</span>
                { for presets }
            </div>
        </section>
    }
}

/// Which rate cells are the user's (typed); the others follow the group's name, so a
/// renamed group gets its new name's defaults in every cell nobody typed (issue 13.2).
fn typed_rates_note(form: &RosterForm, names: &[String]) -> Html {
    let typed: Vec<String> = form
        .typed_rates()
        .into_iter()
        .filter_map(|(g, windows)| {
            let name = names.get(g)?;
            let cells: Vec<String> = windows.iter().map(|w| w.label().to_lowercase()).collect();
            Some(format!("{name}: {}", cells.join(", ")))
        })
        .collect();
    let text = if typed.is_empty() {
        "Ingen satser er indtastet: alle følger gruppens navn.".to_string()
    } else {
        format!(
            "Indtastet af dig: {}. De øvrige satser følger gruppens navn.",
            typed.join("; ")
        )
    };
    html! { <p class="hint" data-testid="tillaeg-indtastet">{text}</p> }
}

pub(super) fn rates_section(
    ctx: &AppContext,
    errors: &FieldErrors,
    warnings: &FieldWarnings,
    names: &[String],
) -> Html {
    let rows = ctx.scenario.roster.rates_for(names);
    let form = &ctx.scenario.roster;
    let dispatch = ctx.dispatcher();
    let on_stacking = on_flag(&dispatch, Field::TillaegStabling.into());
    let on_factor = on_text(&dispatch, Field::SovendeArbejdstidPct.into());
    let on_feed = on_flag(&dispatch, Field::TillaegFraVagtplan.into());
    html! {
        <section class="card" aria-labelledby="satser-titel">
            <h2 id="satser-titel">{"Tillæg og sovende vagt"}</h2>
            <p class="hint">{format!("Satser i % af timelønnen (månedsløn × 12 / norm). Standard: KL's døgnoverenskomst ({RATES_SOURCE}), valgt efter gruppens navn; OK24 har hævet dem.")}</p>
            { region("Tillægssatser pr. personalegruppe", html! {
            <table class="rates-table">
                <caption class="visually-hidden">{"Tillægssatser pr. personalegruppe"}</caption>
                <thead><tr><th scope="col">{"Gruppe"}</th>
                    { for Window::ALL.iter().map(|w| html! { <th scope="col">{w.label()}</th> }) }
                </tr></thead>
                <tbody>
                { for names.iter().zip(&rows).enumerate().map(|(i, (name, row))| html! {
                    <tr>
                        <th scope="row">{name}</th>
                        { for Window::ALL.iter().map(|&w| {
                            let field = Column::rate(w).at(i);
                            let on_change = on_text(&dispatch, field.into());
                            html! { <td>{ cell(field, format!("{name}: {} i %", w.label()), row.text(w), errors, on_change) }</td> }
                        }) }
                    </tr>
                }) }
                </tbody>
            </table>
            }) }
            <p class="hint">{format!("Standardsatser valgt efter navn: {}.", names.iter().map(|n| format!("{n} → {}", default_rates(n).1)).collect::<Vec<_>>().join("; "))}</p>
            { typed_rates_note(form, names) }
            { error_list(errors, Table::Rates) }
            { rate_warnings(warnings) }
            { checkbox(Field::TillaegStabling.id().into(), "Læg tillæg sammen (stabling), når flere gælder samtidig", form.stacking, on_stacking) }
            <NumberField id={Field::SovendeArbejdstidPct.id()} label="Sovende vagt tæller som arbejdstid (%)" value={form.sleep_factor_pct.clone()}
                suffix="%" default="100" hint="Aftales lokalt." error={errors.get(Field::SovendeArbejdstidPct).cloned()}
                warning={warnings.get(Field::SovendeArbejdstidPct).cloned()} on_change={on_factor} />
            { checkbox(Field::TillaegFraVagtplan.id().into(), "Brug vagtplanens målte tillæg som tillæg på siden Lønbudget → timer",
                ctx.scenario.wage.supplement_from_roster, on_feed) }
        </section>
    }
}
