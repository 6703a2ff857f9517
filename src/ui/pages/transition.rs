//! Page "Overgang" (DOMAIN.md §4): Mariagerfjord's transition incentive, case by case and
//! for a year's move-outs together — KPIs, a chart of the cumulative effect, month tables,
//! the særskilt timeopgørelse (with CSV export) and the explanation. All figures come from
//! `model::transition`; dage pr. år and timepris come from the wage page.
use crate::model::edit::Choice;
use crate::model::field::{Column, Field, List, Table};
use crate::model::figures::Linked;
use crate::model::form::FieldErrors;
use crate::model::number::{format_dk, format_dk_trim};
use crate::model::transition::{
    self, CaseForm, CaseInput, CaseResult, Kpis, OldRate, Payback, TransitionInput,
    TransitionResult,
};
use crate::platform::download::download;
use crate::ui::app::SharedFigures;
use crate::ui::components::explain::{self, Step};
use crate::ui::components::key_figure::{figures as figure_list, Figure};
use crate::ui::components::memo::memo;
use crate::ui::components::number_field::NumberField;
use crate::ui::components::results::{live_summary, stale_banner, use_last_valid};
use crate::ui::components::rows::{Layout, RowButton, RowKind};
use crate::ui::components::select_input;
use crate::ui::components::specs::{get, part, FieldSpec, Fields, Form, Key, Part, Place};
use crate::ui::components::table::{heads, row, table, Cell};
use crate::ui::state::{on_text, Action, AppContext, Notice};
use crate::ui::svg::num;
use crate::ui::text::with_unit;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
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
        None,
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
        pseudonym: String::new(),
        old_rate: String::new(),
        old_rate_package: None,
        move_out: String::new(),
        transition_months: CaseForm::default().transition_months,
        hours_transition: String::new(),
        cost_per_hour: String::new(),
        hours_after: String::new(),
        bostotte_price: String::new(),
        refill_after: String::new(),
        new_rate: String::new(),
        stay_months: String::new(),
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

fn kr(x: Decimal) -> String {
    format_dk(x, 0)
}

fn hours(x: Decimal) -> String {
    format_dk(x, 2)
}

/// Payback as text and unit. No extra cost comes first, as in the model: then there is
/// nothing to pay back, whatever the monthly saving.
fn payback_text(p: Payback) -> (String, Option<&'static str>) {
    match p {
        Payback::Months(m) => (format_dk(m, 1), Some("mdr.")),
        Payback::NoExtraCost => ("ingen merudgift".into(), None),
        Payback::Never => ("betaler sig ikke tilbage".into(), None),
    }
}

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
    if row.linked.packages.is_empty() {
        return html! {};
    }
    let field = Column::CasePackage.at(row.index);
    let id = field.id();
    let on_change =
        select_input(&fields.choose(field.into(), |v| Some(Choice::OldRate(v.parse().ok()))));
    let chosen = row.case.old_rate_package;
    html! {
        <div class="field">
            <label for={id.clone()}>{"Gammel takst fra Takster-siden"}</label>
            <select id={id.clone()} data-testid={id} onchange={on_change}>
                <option value="" selected={chosen.is_none()}>{"Indtast selv"}</option>
                { for row.linked.packages.iter().enumerate().map(|(i, (name, rate))| html! {
                    <option value={i.to_string()} selected={chosen == Some(i)}>
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
            let hint = match (spec.input.key, linked.hourly_price) {
                (Key::Row(Column::CaseCostPerHour), Some(price)) => Some(format!(
                    "Tom = Lønbudget-sidens timepris, nu {} kr.",
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

fn period_section(ctx: &AppContext, errors: &FieldErrors) -> Html {
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

fn cases_section(ctx: &AppContext, errors: &Rc<FieldErrors>, linked: &Rc<Linked>) -> Html {
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
                Table::Cases,
                index,
                CaseRow { index, case: case.clone(), linked: linked.clone() },
            )) }
            { CASES.add_button(&ctx.dispatcher()) }
        </section>
    }
}

/// The key figures, each naming what it is compared with: the extra cost and the botilbud's
/// effect are against moving out without the scheme, the saving and the municipality's
/// effect against staying. The botilbud's buffer and accumulated effect are equal under
/// the formulas, so they are one tile with a note saying why.
fn figures(k: &Kpis) -> Html {
    let (payback, payback_unit) = payback_text(k.payback);
    let list = figure_list(
        "key-figures",
        vec![
            Figure::new(
                "overgang-ekstra-udgift-pr-sag",
                "Kommunens ekstra udgift til ordningen, mod fraflytning uden ordningen",
                kr(k.extra_cost),
                "kr.",
            ),
            Figure::new(
                "overgang-besparelse-pr-maaned",
                "Kommunens besparelse pr. måned med bostøtte, mod at blive boende",
                kr(k.monthly_saving),
                "kr.",
            ),
            Figure::new(
                "overgang-tilbagebetaling-mdr",
                "Tilbagebetalingstid: så mange måneder tidligere skal en flytning ske, før besparelsen har dækket den ekstra udgift",
                payback,
                payback_unit.unwrap_or(""),
            ),
            Figure::new(
                "overgang-kommune-akk",
                "Kommunen, akkumuleret ved horisonten, mod at blive boende",
                kr(k.municipality_cum),
                "kr.",
            ),
            Figure::new(
                "overgang-buffer-tilbud",
                "Botilbuddet: buffer i overgangen = akkumuleret ved horisonten, mod fraflytning uden ordningen",
                kr(k.buffer),
                "kr.",
            )
            .also("overgang-tilbud-akk"),
            Figure::new(
                "overgang-timer-i-alt",
                "§85-timer fra botilbuddets personale",
                hours(k.hours_total),
                "t",
            ),
        ],
    );
    html! {
        <>
            { list }
            <p class="hint" data-testid="overgang-tilbud-note">{"Botilbuddets buffer og akkumulerede effekt er altid ens med formlerne: pladsen genbesættes på samme tidspunkt med og uden ordningen, så den nye beboers takst tæller ens begge steder."}</p>
        </>
    }
}

/// The line the live region announces: payback and both accumulated effects.
fn summary(k: &Kpis) -> String {
    let (payback, unit) = payback_text(k.payback);
    format!(
        "Tilbagebetalingstid {payback}{}; kommunen akkumuleret {} kr.; botilbuddet {} kr.",
        unit.map(|u| format!(" {u}")).unwrap_or_default(),
        kr(k.municipality_cum),
        kr(k.buffer)
    )
}

fn truncation_notice(r: &TransitionResult, input: &TransitionInput) -> Html {
    let cut: Vec<String> = r
        .cases
        .iter()
        .zip(&input.cases)
        .filter(|(c, _)| c.transition_truncated)
        .map(|(c, i)| {
            format!(
                "{} ({} af {} måneder med)",
                c.name, c.transition_months_counted, i.transition_months
            )
        })
        .collect();
    if cut.is_empty() {
        return html! {};
    }
    html! {
        <p class="stale-banner" role="status" data-testid="overgang-udenfor-horisont">
            <strong>{"Uden for horisonten: "}</strong>
            {format!("Overgangsmåneder efter horisonten tælles ikke med: {}. Forlæng horisonten for at se hele overgangen.", cut.join("; "))}
        </p>
    }
}

const CHART_W: f64 = 640.0;
const CHART_H: f64 = 260.0;
const LEFT: f64 = 90.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 34.0;

/// Cumulative effect for municipality and botilbud, month by month, as two lines (solid and
/// dashed, so colour is never the only cue). Its text alternative is the month table, which
/// holds the same figures: a hidden copy would double what a keystroke has to update.
fn cumulative_chart(r: &TransitionResult) -> Html {
    let f = |x: Decimal| x.to_f64().unwrap_or(0.0);
    let (lo_kr, hi_kr) = r
        .months
        .iter()
        .flat_map(|m| [m.municipality_cum, m.botilbud_cum])
        .fold((Decimal::ZERO, Decimal::ZERO), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    let (lo, hi) = (f(lo_kr), f(hi_kr));
    let span = if hi - lo > 0.0 { hi - lo } else { 1.0 };
    let plot_w = CHART_W - LEFT - RIGHT;
    let plot_h = CHART_H - TOP - BOTTOM;
    let last = r.months.len().saturating_sub(1).max(1) as f64;
    let x = |t: usize| LEFT + plot_w * t as f64 / last;
    let y = |v: f64| TOP + plot_h * (hi - v) / span;
    let points = |pick: fn(&transition::TotalMonth) -> Decimal| {
        r.months
            .iter()
            .enumerate()
            .map(|(t, m)| format!("{},{}", num(x(t), 1), num(y(f(pick(m))), 1)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let title = "Akkumuleret effekt over horisonten (kr.)";
    let x_ticks: Vec<usize> = {
        let n = r.months.len();
        let mut ticks = vec![0, n / 2, n.saturating_sub(1)];
        ticks.dedup();
        ticks
    };
    // The top and bottom of the scale, and 0 when the lines cross it.
    let zero = (lo_kr < Decimal::ZERO && hi_kr > Decimal::ZERO).then_some(Decimal::ZERO);
    let y_labels = [Some(hi_kr), zero, Some(lo_kr)].into_iter().flatten().map(|v| {
        html! {
            <text x={num(LEFT - 6.0, 2)} y={num(y(f(v)) + 4.0, 2)} text-anchor="end" class="ov-axis">
                {kr(v)}
            </text>
        }
    });
    html! {
        <figure class="chart" data-testid="overgang-graf">
            <svg viewBox={format!("0 0 {} {}", num(CHART_W, 2), num(CHART_H, 2))} role="img" aria-labelledby="overgang-graf-titel" width="100%">
                <title id="overgang-graf-titel">{title}</title>
                <line x1={num(LEFT, 2)} x2={num(CHART_W - RIGHT, 2)} y1={num(y(0.0), 2)} y2={num(y(0.0), 2)} class="ov-zero" />
                { for y_labels }
                { for x_ticks.iter().filter_map(|&t| r.months.get(t).map(|m| html! {
                    <text x={num(x(t), 2)} y={num(CHART_H - 10.0, 2)} text-anchor={if t + 1 == r.months.len() { "end" } else { "middle" }} class="ov-axis">{&m.label}</text>
                })) }
                <polyline points={points(|m| m.municipality_cum)} class="ov-kommune" data-testid="overgang-graf-kommune" />
                <polyline points={points(|m| m.botilbud_cum)} class="ov-tilbud" data-testid="overgang-graf-tilbud" />
            </svg>
            <figcaption>
                {title}{": "}
                <span class="ov-key ov-key-kommune">{"━ kommunen (hvis blevet − med ordning)"}</span>{", "}
                <span class="ov-key ov-key-tilbud">{"┅ botilbuddet (med − uden ordning)"}</span>
                {". Tallene står i "}<a href="#overgang-maanedstabel-titel">{"tabellen måned for måned"}</a>{" (de to sidste kolonner)."}
            </figcaption>
        </figure>
    }
}

/// A wide table in a keyboard-scrollable region.
fn scroll_table(id: &str, caption: &str, head: Vec<AttrValue>, rows: Html) -> Html {
    html! {
        <div class="table-scroll" role="region" aria-labelledby={format!("{id}-titel")} tabindex="0">
            { table(id, caption, head, rows) }
        </div>
    }
}

/// A row of the case table; like the key figures, the botilbud's buffer and accumulated
/// effect are one column, as they are equal.
fn kpi_row(name: &str, k: &Kpis) -> Html {
    row(
        name.to_string().into(),
        vec![
            Cell::Num(k.extra_cost, 0),
            Cell::Num(k.monthly_saving, 0),
            Cell::Text(payback_text(k.payback).0.into()),
            Cell::Num(k.municipality_cum, 0),
            Cell::Num(k.buffer, 0),
            Cell::Num(k.hours_total, 2),
        ],
        None,
    )
}

fn case_table(r: &TransitionResult) -> Html {
    let head = heads(&[
        "Sag",
        "Ekstra udgift (kr.)",
        "Besparelse pr. md. (kr.)",
        "Tilbagebetaling (mdr.)",
        "Kommunen akk. (kr.)",
        "Botilbuddet: buffer = akk. (kr.)",
        "§85-timer",
    ]);
    let rows = r.cases.iter().map(|c| kpi_row(&c.name, &c.kpis));
    let rows = rows.chain([kpi_row("Alle sager", &r.totals)]).collect();
    scroll_table("overgang-sagstabel", "Pr. sag", head, rows)
}

fn month_table(r: &TransitionResult) -> Html {
    let head = heads(&[
        "Måned",
        "Botilbud med ordning",
        "Botilbud uden",
        "Kommune med ordning",
        "Kommune uden",
        "Kommune hvis blevet",
        "Kommunen akk. effekt",
        "Botilbuddet akk. effekt",
    ]);
    let rows = r.months.iter().map(|m| {
        let f = &m.flows;
        let cells = [
            f.botilbud_with,
            f.botilbud_without,
            f.municipality_with,
            f.municipality_without,
            f.municipality_stayed,
            m.municipality_cum,
            m.botilbud_cum,
        ];
        row(
            m.label.clone().into(),
            cells.map(|x| Cell::Num(x, 0)).to_vec(),
            None,
        )
    });
    scroll_table(
        "overgang-maanedstabel",
        "Måned for måned, alle sager (kr.)",
        head,
        rows.collect(),
    )
}

/// What the results show: the cases, their result and the D they were computed with.
type Computed = (TransitionInput, TransitionResult, Decimal);

fn hours_section(ctx: &AppContext, shown: &Rc<Computed>) -> Html {
    let on_download = {
        let ctx = ctx.clone();
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| {
            let bytes = transition::hours_csv(&shown.1);
            // Only a browser that refuses downloads (a sandboxed iframe) fails here.
            if let Err(message) = download(
                "saerskilt-timeopgoerelse.csv",
                "text/csv;charset=utf-8",
                &bytes,
            ) {
                ctx.dispatch(Action::Notify(Some(Notice { message, raw: None })));
            }
        })
    };
    let r = &shown.1;
    let mut head = heads(&["Måned"]);
    head.extend(r.cases.iter().map(|c| AttrValue::from(c.name.clone())));
    head.push("I alt".into());
    let hours = |x| Cell::Num(x, 2);
    let rows = r.months.iter().enumerate().map(|(t, m)| {
        let cells = r
            .cases
            .iter()
            .map(|c| {
                c.months
                    .get(t)
                    .map_or(Decimal::ZERO, |cm| cm.flows.staff_hours)
            })
            .chain([m.flows.staff_hours]);
        row(m.label.clone().into(), cells.map(hours).collect(), None)
    });
    let totals = r
        .cases
        .iter()
        .map(|c| c.kpis.hours_total)
        .chain([r.totals.hours_total]);
    let total = row("I alt".into(), totals.map(hours).collect(), None);
    html! {
        <section aria-labelledby="timeopgoerelse-titel">
            <h3 id="timeopgoerelse-titel">{"Særskilt timeopgørelse"}</h3>
            <p class="hint">{"§85-timer leveret af botilbuddets personale til fraflyttede borgere, pr. måned og sag — holdes uden for normeringen, som Socialtilsynet krævede i Mariagerfjord."}</p>
            <button type="button" data-testid="overgang-csv" onclick={on_download}>{"Hent timeopgørelsen som CSV (Excel)"}</button>
            { scroll_table("overgang-timetabel", "Timer pr. måned og sag", head, rows.chain([total]).collect()) }
        </section>
    }
}

/// The explanation with the user's numbers, case by case.
fn explanation(shown: &Rc<Computed>) -> Html {
    let (input, r, days) = &**shown;
    let p = |x| format_dk_trim(x, 2);
    let steps = vec![
        Step::new(
            "Dage pr. måned, m",
            "dage pr. år / 12",
            format!("{} / 12", p(*days)),
            format_dk(r.month_days, 4),
        ),
        Step::new(
            "Uger pr. måned, w",
            "dage pr. år / 7 / 12",
            format!("{} / 7 / 12", p(*days)),
            format_dk(r.month_weeks, 4),
        ),
    ];
    let cases = r.cases.iter().zip(&input.cases).map(|(c, i)| {
        let case = CaseExplain {
            // The months are not explained; leaving them out keeps the comparison short.
            case: CaseResult {
                months: Vec::new(),
                ..c.clone()
            },
            input: i.clone(),
            month_days: r.month_days,
            month_weeks: r.month_weeks,
            months: r.months.len(),
        };
        memo(case, case_steps)
    });
    let notes = [
        "Måned t = 0 er startmåneden. Overgang: t0 ≤ t < t0 + L; bagefter: t ≥ t0 + L; genbesat: t ≥ t0 + r.",
        "Botilbud med ordning = T_old·m (før fraflytning og i overgangen) + T_new·m (genbesat) − h_t·w·c_b (i overgangen). Uden ordning = T_old·m (før fraflytning) + T_new·m (genbesat).",
        "Kommune med ordning = T_old·m (før fraflytning og i overgangen) + h_a·w·p_b (bagefter). Uden ordning = T_old·m (før) + h_t·w·p_b (i overgangen) + h_a·w·p_b (bagefter). Hvis blevet = T_old·m i S måneder efter fraflytningen, derefter h_a·w·p_b.",
        "Formlerne er brugt som DOMAIN.md skriver dem: uden ordningen leverer bostøtten de samme h_t timer i overgangen til p_b; pladsen genbesættes på samme tidspunkt med og uden ordningen, og kommunens betaling for den nye beboer indgår ikke. Derfor er botilbuddets akkumulerede effekt lig med bufferen i overgangen.",
        "Tilbagebetalingstid = ekstra udgift / besparelse pr. måned: så mange måneder tidligere skal en fraflytning ske, før ordningen betaler sig. Er den ekstra udgift 0 eller negativ, står der »ingen merudgift« (også når besparelsen er 0 eller negativ); ellers betaler ordningen sig ikke tilbage, når besparelsen er 0 eller negativ.",
        "Overgangsmåneder efter horisonten tælles ikke med.",
        "Tal afrundes kun ved visning: kr. med 2 decimaler for satser, hele kr. for summer.",
    ];
    explain::body(&steps, cases.collect(), &notes)
}

/// What one case's explanation shows (its steps render again only when this changed).
#[derive(PartialEq)]
struct CaseExplain {
    case: CaseResult,
    input: CaseInput,
    month_days: Decimal,
    month_weeks: Decimal,
    months: usize,
}

fn case_steps(e: &CaseExplain) -> Html {
    let (c, i) = (&e.case, &e.input);
    let f2 = |x| format_dk(x, 2);
    let p = |x| format_dk_trim(x, 2);
    let m = format_dk(e.month_days, 4);
    let w = format_dk(e.month_weeks, 4);
    let name = |what: &str| format!("{}: {what}", c.name);
    let source = match i.old_rate {
        OldRate::Entered(_) => "",
        OldRate::Package(_) => " (fra Takster-siden)",
    };
    let cost_source = if i.cost_per_hour.is_none() {
        " (Lønbudget-sidens timepris)"
    } else {
        ""
    };
    let payback = match c.kpis.payback {
        Payback::Months(months) => with_unit(months, 2, "mdr."),
        other => payback_text(other).0,
    };
    let mut steps = vec![
        Step::new(
            &name(&["gammel takst pr. måned", source].concat()),
            "T_old × m",
            format!("{} × {m}", f2(c.old_rate)),
            with_unit(c.old_per_month, 2, "kr."),
        ),
        Step::new(
            &name("§85-timer pr. måned i overgangen"),
            "h_t × w",
            format!("{} × {w}", p(i.hours_transition)),
            with_unit(c.staff_hours_per_month, 2, "t"),
        ),
        Step::new(
            &name(&["botilbuddets udgift pr. måned i overgangen", cost_source].concat()),
            "h_t × w × c_b",
            format!("{} × {}", f2(c.staff_hours_per_month), f2(c.cost_per_hour)),
            with_unit(c.staff_cost_per_month, 2, "kr."),
        ),
        Step::new(
            &name("bostøttens pris for overgangstimerne pr. måned"),
            "h_t × w × p_b",
            format!("{} × {}", f2(c.staff_hours_per_month), f2(i.bostotte_price)),
            with_unit(c.bostotte_transition_per_month, 2, "kr."),
        ),
        Step::new(
            &name("bostøtte pr. måned bagefter"),
            "h_a × w × p_b",
            format!("{} × {w} × {}", p(i.hours_after), f2(i.bostotte_price)),
            with_unit(c.bostotte_after_per_month, 2, "kr."),
        ),
    ];
    if let Some(refill) = i.refill {
        steps.push(Step::new(
            &name("ny takst pr. måned"),
            "T_new × m",
            format!("{} × {m}", f2(refill.new_rate)),
            with_unit(c.new_per_month, 2, "kr."),
        ));
    }
    let n = c.transition_months_counted;
    steps.extend([
        Step::new(
            &name("ekstra udgift"),
            "Σ overgang (T_old·m − h_t·w·p_b)",
            format!(
                "{n} × ({} − {})",
                f2(c.old_per_month),
                f2(c.bostotte_transition_per_month)
            ),
            with_unit(c.kpis.extra_cost, 2, "kr."),
        ),
        Step::new(
            &name("besparelse pr. måned"),
            "T_old·m − h_a·w·p_b",
            format!(
                "{} − {}",
                f2(c.old_per_month),
                f2(c.bostotte_after_per_month)
            ),
            with_unit(c.kpis.monthly_saving, 2, "kr."),
        ),
        Step::new(
            &name("tilbagebetalingstid"),
            "ekstra udgift / besparelse pr. måned",
            format!("{} / {}", f2(c.kpis.extra_cost), f2(c.kpis.monthly_saving)),
            payback,
        ),
        Step::new(
            &name("buffer i overgangen"),
            "Σ overgang (T_old·m − h_t·w·c_b)",
            format!(
                "{n} × ({} − {})",
                f2(c.old_per_month),
                f2(c.staff_cost_per_month)
            ),
            with_unit(c.kpis.buffer, 2, "kr."),
        ),
        Step::new(
            &name("timer i alt"),
            "Σ overgang h_t·w",
            format!("{n} × {}", f2(c.staff_hours_per_month)),
            with_unit(c.kpis.hours_total, 2, "t"),
        ),
        Step::new(
            &name("kommunen akkumuleret"),
            "Σ måneder (hvis blevet − med ordning)",
            format!("over {} måneder", e.months),
            with_unit(c.kpis.municipality_cum, 2, "kr."),
        ),
        Step::new(
            &name("botilbuddet akkumuleret"),
            "Σ måneder (med − uden ordning)",
            format!("over {} måneder", e.months),
            with_unit(c.kpis.botilbud_cum, 2, "kr."),
        ),
    ]);
    explain::steps(&steps)
}

/// The page component.
#[component]
pub fn TransitionPage() -> Html {
    let (Some(ctx), Some(shared)) = (use_context::<AppContext>(), use_context::<SharedFigures>())
    else {
        return html! {};
    };
    let transition = shared.0.transition();
    let (linked, errors) = (transition.linked.clone(), transition.errors.clone());
    let domain_error = transition.outcome.reason();
    let shown = use_last_valid(transition.outcome.ready().cloned());
    html! {
        <div class="page-grid">
            <form class="inputs" aria-label="Input til overgangsordningen" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <p class="hint">{"Mariagerfjords model: botilbuddets personale følger borgeren ud i egen bolig med §85-støtte i en overgangsperiode, mens botilbuddet beholder den gamle takst. Derefter overtager kommunens bostøtte."}</p>
                { period_section(&ctx, &errors) }
                { cases_section(&ctx, &errors, &linked) }
            </form>
            <section class={classes!("results", shown.stale.then_some("stale"))} aria-labelledby="resultat-titel">
                <h2 id="resultat-titel">{"Resultat"}</h2>
                { stale_banner(shown.stale, domain_error) }
                { live_summary(shown.value.as_ref().map(|s| summary(&s.1.totals))) }
                if let Some(shown) = &shown.value {
                    { truncation_notice(&shown.1, &shown.0) }
                    { figures(&shown.1.totals) }
                    { cumulative_chart(&shown.1) }
                    { case_table(&shown.1) }
                    { month_table(&shown.1) }
                    { hours_section(&ctx, shown) }
                    { explain::explain(shown.clone(), explanation) }
                }
            </section>
        </div>
    }
}
