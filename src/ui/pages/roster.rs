//! Page "Vagtplan" (DOMAIN.md §2): the shift table, supplement rates, the week heatmap and
//! what the plan costs against the lønbudget. All figures come from `model::roster`.
use crate::model::edit::{self, Choice, Edit};
use crate::model::field::{Column, Field, List, RowField, Table};
use crate::model::form::FieldErrors;
use crate::model::number::{format_dk, format_dk_trim};
use crate::model::roster::{
    self, default_rates, format_time, HeatCell, Preset, RosterInput, RosterResult, ShiftForm,
    Window, WEEKDAYS,
};
use crate::model::wage::WageInput;
use crate::ui::app::SharedFigures;
use crate::ui::components::checkbox::checkbox;
use crate::ui::components::disclosure::disclosure;
use crate::ui::components::explain::{self, Step};
use crate::ui::components::key_figure::{figures as figure_list, Figure};
use crate::ui::components::memo::memo;
use crate::ui::components::number_field::NumberField;
use crate::ui::components::results::{live_summary, stale_banner, use_last_valid};
use crate::ui::components::rows::{Layout, RowButton, RowKind};
use crate::ui::components::specs::{part, Fields, Part};
use crate::ui::components::table::{heads, row, table, Cell};
use crate::ui::components::{checked_input, select_input, text_input};
use crate::ui::state::{on_click, on_flag, on_text, AppContext};
use crate::ui::svg::num;
use crate::ui::text::with_unit;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
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

/// Field errors of the shift table, listed under it (the cells are too small for messages).
fn error_list(errors: &FieldErrors, table: Table) -> Html {
    let mine = errors.of_table(table);
    if mine.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-message" role="alert" data-testid={format!("{}-fejl", table.id())}>
            <ul>{ for mine.iter().map(|(k, e)| html! { <li><a href={format!("#{k}")}>{field_label(k)}</a>{format!(": {e}")}</li> }) }</ul>
        </div>
    }
}

fn shift_table(ctx: &AppContext, errors: &Rc<FieldErrors>, names: &Rc<Vec<String>>) -> Html {
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
            <div class="table-scroll">
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
                        Table::Shifts,
                        index,
                        ShiftRow { index, shift: shift.clone(), names: names.clone() },
                    )) }</tbody>
                </table>
            </div>
            { error_list(errors, Table::Shifts) }
            <div class="button-row">
                { SHIFTS.add_button(&dispatch) }
                <span class="hint">{"Skabelon (erstatter vagterne):"}</span>
                { for presets }
            </div>
        </section>
    }
}

fn rates_section(ctx: &AppContext, errors: &FieldErrors, names: &[String]) -> Html {
    let rows = ctx.scenario.roster.rates_for(names);
    let form = &ctx.scenario.roster;
    let dispatch = ctx.dispatcher();
    let on_stacking = on_flag(&dispatch, Field::TillaegStabling.into());
    let on_factor = on_text(&dispatch, Field::SovendeArbejdstidPct.into());
    let on_feed = on_flag(&dispatch, Field::TillaegFraVagtplan.into());
    html! {
        <section class="card" aria-labelledby="satser-titel">
            <h2 id="satser-titel">{"Tillæg og sovende vagt"}</h2>
            <p class="hint">{"Satser i % af timelønnen (månedsløn × 12 / norm). Standard: KL's døgnoverenskomst 64.11 (2016-niveau), valgt efter gruppens navn; OK24 har hævet dem."}</p>
            <div class="table-scroll">
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
                            html! { <td>{ cell(field, format!("{name}: {} i %", w.label()), row.get(w), errors, on_change) }</td> }
                        }) }
                    </tr>
                }) }
                </tbody>
            </table>
            </div>
            <p class="hint">{format!("Standardsatser valgt efter navn: {}.", names.iter().map(|n| format!("{n} → {}", default_rates(n).1)).collect::<Vec<_>>().join("; "))}</p>
            { error_list(errors, Table::Rates) }
            { checkbox(Field::TillaegStabling.id().into(), "Læg tillæg sammen (stabling), når flere gælder samtidig", form.stacking, on_stacking) }
            <NumberField id={Field::SovendeArbejdstidPct.id()} label="Sovende vagt tæller som arbejdstid (%)" value={form.sleep_factor_pct.clone()}
                suffix="%" default="100" hint="Aftales lokalt." error={errors.get(Field::SovendeArbejdstidPct).cloned()} on_change={on_factor} />
            { checkbox(Field::TillaegFraVagtplan.id().into(), "Brug vagtplanens målte tillæg som tillæg på siden Lønbudget → timer",
                ctx.scenario.wage.supplement_from_roster, on_feed) }
        </section>
    }
}

fn kr(x: Decimal) -> String {
    format_dk(x, 0)
}

fn figures(r: &RosterResult) -> Html {
    figure_list(
        "key-figures",
        vec![
            Figure::new(
                "vagt-timer-uge",
                "Bemandede timer pr. uge",
                format_dk(r.week.hours, 1),
                "t",
            ),
            Figure::new(
                "vagt-timer-aar",
                "Bemandede timer pr. år",
                kr(r.year.hours),
                "t",
            ),
            Figure::new(
                "vagt-aarsvaerk",
                "Årsværk der skal til",
                format_dk(r.cost.fte, 2),
                "",
            ),
            Figure::new(
                "vagt-loenudgift",
                "Lønudgift pr. år inkl. pension og tillæg",
                kr(r.cost.total),
                "kr.",
            ),
            Figure::new(
                "vagt-tillaeg-kr",
                "Tillæg pr. år",
                kr(r.cost.supplements),
                "kr.",
            ),
            Figure::new(
                "vagt-tillaeg-pct",
                "Målt tillæg (% af grundløn)",
                format_dk(r.supplement_pct, 2),
                "%",
            ),
            Figure::new(
                "vagt-budget-gab-kr",
                "Lønbudget − lønudgift",
                kr(r.gap_kr),
                "kr.",
            ),
            Figure::new(
                "vagt-budget-gab-aarsvaerk",
                "Forskel i årsværk",
                format_dk(r.gap_fte, 2),
                "",
            ),
            Figure::new(
                "vagt-budget-daekning-pct",
                "Budgettet rækker til",
                format_dk(r.coverage_pct, 1),
                "% af vagtplanen",
            ),
            Figure::new(
                "vagt-timer-budget",
                "Bemandede timer budgettet kan bære",
                kr(r.affordable_hours_year),
                "t/år",
            ),
        ],
    )
}

/// The verdict, at the top of the results: the lønbudget the plan is compared with, whether
/// it carries the plan (in words, the colour only repeats it) and the extra staff per shift
/// as the alternatives they are.
fn verdict(input: &RosterInput, r: &RosterResult) -> Html {
    let v = roster::verdict(r.coverage_pct);
    let class = classes!(
        "verdict",
        if v.enough {
            "verdict-ok"
        } else {
            "verdict-short"
        }
    );
    html! {
        <div class={class}>
            <p class="verdict-text" data-testid="vagt-dom">{v.text}</p>
            <p>
                {"Lønbudget "}<span data-testid="vagt-loenbudget">{kr(r.budget)}</span>
                {format!(" kr. (fra Lønbudget-siden) mod vagtplanens lønudgift {} kr.", kr(r.cost.total))}
            </p>
            if let Some(text) = roster::extra_staff(input, r) {
                <p data-testid="vagt-ekstra-alternativer">{text}</p>
            }
        </div>
    }
}

/// The line the live region announces: the verdict and the wage cost.
fn summary(r: &RosterResult) -> String {
    format!(
        "{}; lønudgift {} kr. pr. år.",
        roster::verdict(r.coverage_pct).text,
        kr(r.cost.total)
    )
}

fn window_table(r: &RosterResult) -> Html {
    let rows = Window::ALL.iter().map(|&w| {
        let cells = vec![
            Cell::Num(r.week.supplement_hours.get(w), 1),
            Cell::Num(r.year.supplement_hours.get(w), 0),
            Cell::Num(r.year.supplement_kr.get(w), 0),
        ];
        row(
            w.label().into(),
            cells,
            Some(format!("vagt-tillaeg-kr-{}", w.key())),
        )
    });
    let head = heads(&["Vindue", "Timer pr. uge", "Timer pr. år", "Kr. pr. år"]);
    table(
        "vagt-tillaeg-tabel",
        "Tillæg pr. vindue",
        head,
        rows.collect(),
    )
}

fn shift_results(r: &RosterResult) -> Html {
    let rows = r.shifts.iter().enumerate().map(|(i, s)| {
        let extra = s
            .extra_staff
            .map_or(Cell::Text("–".into()), |x| Cell::Num(x, 1));
        let cells = vec![
            Cell::Num(s.year.hours, 0),
            Cell::Num(s.cost.total, 0),
            Cell::Num(s.cost_per_extra_staff, 0),
            extra,
        ];
        row(
            s.name.clone().into(),
            cells,
            Some(Table::Shifts.row_id(i, "ekstra")),
        )
    });
    let head = heads(&[
        "Vagt",
        "Timer pr. år",
        "Lønudgift, kr.",
        "Kr. pr. ekstra medarbejder",
        "Ekstra medarbejdere",
    ]);
    table(
        "vagt-pr-vagt",
        "Pr. vagt: hvad den koster, og hvor mange ekstra medarbejdere (alle ugens dage) budgettet rækker til",
        head,
        rows.collect(),
    )
}

const CELL_W: f64 = 22.0;
const CELL_H: f64 = 24.0;
const LEFT: f64 = 70.0;
const TOP: f64 = 18.0;

fn heat_title(day: &str, hour: usize, c: &roster::HeatCell) -> String {
    let per = c
        .residents_per_staff
        .map(|x| with_unit(x, 1, "beboere pr. medarbejder"))
        .unwrap_or_else(|| "ingen på vagt".into());
    format!(
        "{day} kl. {hour:02}–{:02}: {} på vagt, {per}",
        hour + 1,
        format_dk_trim(c.staff, 2)
    )
}

/// One day of the heatmap: the day, its 24 hours, and the most staff of the week (the
/// darkest shade).
type HeatDay = (usize, [HeatCell; 24], Decimal);

fn heat_day(&(d, ref hours, max_staff): &HeatDay) -> Html {
    let max = max_staff.to_f64().unwrap_or(1.0).max(1e-9);
    let y = TOP + d as f64 * CELL_H;
    let day = WEEKDAYS.get(d).map_or("", |(day, _)| *day);
    html! {
        <g>
            <text x={num(LEFT - 6.0, 2)} y={num(y + 16.0, 2)} text-anchor="end" class="hm-label">{day}</text>
            { for hours.iter().enumerate().map(|(h, c)| {
                let share = c.staff.to_f64().unwrap_or(0.0) / max;
                html! {
                    <rect x={num(LEFT + h as f64 * CELL_W, 2)} y={num(y, 2)} width={num(CELL_W - 1.0, 2)}
                        height={num(CELL_H - 1.0, 2)} class="hm-cell" fill-opacity={num(0.08 + 0.92 * share, 3)}>
                        <title>{heat_title(day, h, c)}</title>
                    </rect>
                }
            }) }
        </g>
    }
}

/// One hour of the heatmap's table: staff on duty each day, and residents per staff member.
fn heat_hour(&(h, ref days): &(usize, [HeatCell; 7])) -> Html {
    html! {
        <tr><th scope="row">{format!("{h:02}–{:02}", h + 1)}</th>
        { for days.iter().map(|c| {
            let per = c.residents_per_staff.map(|x| format!(" ({})", format_dk(x, 1))).unwrap_or_default();
            html! { <td>{format!("{}{per}", format_dk_trim(c.staff, 2))}</td> }
        }) }
        </tr>
    }
}

/// The heatmap's numbers as a table, an hour a row.
fn heat_table(heatmap: &[[HeatCell; 24]; 7]) -> Html {
    let mut head = heads(&["Time"]);
    head.extend(WEEKDAYS.map(|(d, _)| AttrValue::Static(d)));
    let rows = (0..24)
        .map(|h| {
            let days = heatmap.map(|day| day.get(h).copied().unwrap_or_default());
            memo((h, days), heat_hour)
        })
        .collect();
    html! {
        <div class="table-scroll">
            { table("vagt-heatmap-tabel", "Medarbejdere på vagt og beboere pr. medarbejder, pr. time", head, rows) }
        </div>
    }
}

/// 7 × 24 heatmap of staff on duty (inline SVG), with the same numbers as a table.
fn heatmap(r: &RosterResult) -> Html {
    let max_staff = r
        .heatmap
        .iter()
        .flatten()
        .map(|c| c.staff)
        .max()
        .unwrap_or_default();
    let width = LEFT + 24.0 * CELL_W + 4.0;
    let height = TOP + 7.0 * CELL_H + 4.0;
    let hours = (0..24).step_by(3).map(|h| html! {
        <text x={num(LEFT + h as f64 * CELL_W + 2.0, 2)} y="12" class="hm-label">{format!("{h:02}")}</text>
    });
    html! {
        <figure class="chart" data-testid="vagt-heatmap">
            <div class="chart-canvas">
            <svg viewBox={format!("0 0 {} {}", num(width, 2), num(height, 2))} role="img" aria-labelledby="vagt-heatmap-titel" width="100%">
                <title id="vagt-heatmap-titel">{"Medarbejdere på vagt, typisk uge (mørkere = flere)"}</title>
                { for hours }
                { for r.heatmap.iter().enumerate().map(|(d, hours)| memo((d, *hours, max_staff), heat_day)) }
            </svg>
            </div>
            <figcaption>{format!("Medarbejdere på vagt i en typisk uge (mørkest = {}). Hold musen over en time for beboere pr. medarbejder.", format_dk_trim(max_staff, 2))}</figcaption>
            { disclosure("Vis som tabel".into(), "", None, r.heatmap, heat_table) }
        </figure>
    }
}

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

/// The page component.
#[component]
pub fn RosterPage() -> Html {
    let (Some(ctx), Some(shared)) = (use_context::<AppContext>(), use_context::<SharedFigures>())
    else {
        return html! {};
    };
    let roster = shared.0.roster();
    let (names, errors) = (roster.names.clone(), roster.errors.clone());
    let reason = roster.outcome.reason();
    let shown = use_last_valid(roster.outcome.ready().cloned());
    html! {
        <div class="roster-page">
            <form aria-label="Input til vagtplan" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { shift_table(&ctx, &errors, &names) }
            </form>
            <div class="page-grid">
                <form class="inputs" aria-label="Tillæg til vagtplan" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { rates_section(&ctx, &errors, &names) }
                </form>
                <section class={classes!("results", shown.stale.then_some("stale"))} aria-labelledby="vagt-resultat-titel">
                    <h2 id="vagt-resultat-titel">{"Resultat"}</h2>
                    { stale_banner(shown.stale, reason) }
                    { live_summary(shown.value.as_ref().map(|s| summary(&s.2))) }
                    if let Some(shown) = &shown.value {
                        { verdict(&shown.0, &shown.2) }
                        { figures(&shown.2) }
                        { heatmap(&shown.2) }
                        <div class="table-scroll">{ window_table(&shown.2) }</div>
                        <div class="table-scroll">{ shift_results(&shown.2) }</div>
                        { explain::explain(shown.clone(), explanation) }
                    }
                </section>
            </div>
        </div>
    }
}
