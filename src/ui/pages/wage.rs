//! Page "Lønbudget → timer" (DOMAIN.md §1): the wage budget as årsværk and hours, the hour
//! waterfall, and the reverse calculation. All figures come from `model::wage`.
use crate::model::csv::Cell;
use crate::model::form::FieldErrors;
use crate::model::number::{format_dk, format_dk_trim, parse_dk};
use crate::model::scenario::file_name;
use crate::model::wage::{self, group_key, StaffGroupForm, WageForm, WageInput, WageResult};
use crate::ui::components::checkbox::Checkbox;
use crate::ui::components::csv_button::CsvButton;
use crate::ui::components::explain::{Explain, Step};
use crate::ui::components::key_figure::KeyFigure;
use crate::ui::components::number_field::NumberField;
use crate::ui::components::results::{use_last_valid, StaleBanner};
use crate::ui::components::text_field::TextField;
use crate::ui::components::waterfall::{Bar, Waterfall};
use crate::ui::state::{edit_callback, AppContext};
use yew::prelude::*;

/// A text field of the wage form: where it lives and how it is labelled.
struct Spec {
    id: &'static str,
    label: &'static str,
    suffix: &'static str,
    hint: Option<&'static str>,
    access: fn(&mut WageForm) -> &mut String,
}

const BUDGET: [Spec; 4] = [
    Spec {
        id: "lonbudget",
        label: "Lønbudget pr. år (kr.)",
        suffix: "kr.",
        hint: None,
        access: |f| &mut f.budget,
    },
    Spec {
        id: "beboere",
        label: "Antal beboere (pladser)",
        suffix: "beboere",
        hint: None,
        access: |f| &mut f.residents,
    },
    Spec {
        id: "aar",
        label: "År",
        suffix: "",
        hint: Some("Bestemmer hvilke helligdage der falder på hverdage."),
        access: |f| &mut f.year,
    },
    Spec {
        id: "dage-pr-aar",
        label: "Dage pr. år",
        suffix: "dage",
        hint: None,
        access: |f| &mut f.days_per_year,
    },
];

const HOURS: [Spec; 4] = [
    Spec {
        id: "norm",
        label: "Årsnorm pr. årsværk (timer)",
        suffix: "t",
        hint: Some("37 t × 52 uger."),
        access: |f| &mut f.norm,
    },
    Spec {
        id: "ferie",
        label: "Ferie pr. årsværk (timer)",
        suffix: "t",
        hint: Some("5 uger × 37 t."),
        access: |f| &mut f.vacation,
    },
    Spec {
        id: "feriefridage",
        label: "6. ferieuge / feriefridage (timer)",
        suffix: "t",
        hint: None,
        access: |f| &mut f.extra_vacation,
    },
    Spec {
        id: "timer-pr-helligdag",
        label: "Timer pr. søgnehelligdag (timer)",
        suffix: "t",
        hint: Some("37 t / 5 dage."),
        access: |f| &mut f.holiday_day_hours,
    },
];

const ABSENCE: [Spec; 5] = [
    Spec {
        id: "tillaeg-pct",
        label: "Variable tillæg, aften/nat/weekend (% af grundløn)",
        suffix: "%",
        hint: None,
        access: |f| &mut f.supplement_pct,
    },
    Spec {
        id: "syg-pct",
        label: "Sygefravær (% af mulige timer)",
        suffix: "%",
        hint: Some(
            "≈ 14,4 dagsværk pr. fuldtidsansat (socialpædagoger på døgninstitutioner, 2019).",
        ),
        access: |f| &mut f.sick_pct,
    },
    Spec {
        id: "kursus-pct",
        label: "Kursus og uddannelse (% af mulige timer)",
        suffix: "%",
        hint: None,
        access: |f| &mut f.training_pct,
    },
    Spec {
        id: "andet-pct",
        label: "Andet fravær (% af mulige timer)",
        suffix: "%",
        hint: None,
        access: |f| &mut f.other_pct,
    },
    Spec {
        id: "ikke-borgerrelateret-pct",
        label: "Ikke-borgerrelateret tid (% af fremmøde)",
        suffix: "%",
        hint: Some("Møder, dokumentation, supervision, overlap."),
        access: |f| &mut f.non_client_pct,
    },
];

fn spec_fields(ctx: &AppContext, errors: &FieldErrors, specs: &[Spec]) -> Html {
    let defaults = WageForm::default();
    let form = ctx.scenario.wage.clone();
    specs
        .iter()
        .map(|spec| {
            let access = spec.access;
            let value = access(&mut form.clone()).clone();
            let default = access(&mut defaults.clone()).clone();
            let on_change = edit_callback(ctx, move |s, v: String| *access(&mut s.wage) = v);
            html! {
                <NumberField id={spec.id} label={spec.label} value={value}
                    suffix={(!spec.suffix.is_empty()).then_some(spec.suffix)}
                    hint={spec.hint} default={default}
                    error={errors.get(spec.id).cloned()} on_change={on_change} />
            }
        })
        .collect()
}

type GroupAccess = fn(&mut StaffGroupForm) -> &mut String;

fn group_row(ctx: &AppContext, errors: &FieldErrors, index: usize, group: &StaffGroupForm) -> Html {
    let field =
        |key: &'static str, label: &'static str, suffix: &'static str, access: GroupAccess| {
            let id = group_key(index, key);
            let value = access(&mut group.clone()).clone();
            let on_change = edit_callback(ctx, move |s, v: String| {
                if let Some(g) = s.wage.groups.get_mut(index) {
                    *access(g) = v;
                }
            });
            html! {
                <NumberField id={id.clone()} label={label} value={value} suffix={suffix}
                    error={errors.get(&id).cloned()} on_change={on_change} />
            }
        };
    let name_id = group_key(index, "navn");
    let on_name = edit_callback(ctx, move |s, v: String| {
        if let Some(g) = s.wage.groups.get_mut(index) {
            g.name = v;
        }
    });
    let on_remove = edit_callback(ctx, move |s, _: MouseEvent| {
        if index < s.wage.groups.len() {
            s.wage.groups.remove(index);
            s.roster.group_removed(index);
        }
    });
    html! {
        <fieldset class="group">
            <legend>{format!("Personalegruppe {}", index + 1)}</legend>
            <TextField id={name_id} label="Navn" value={group.name.clone()} on_change={on_name} />
            { field("andel", "Andel af årsværk (%)", "%", |g| &mut g.share_pct) }
            { field("maanedsloen", "Månedsløn inkl. faste tillæg (kr.)", "kr.", |g| &mut g.monthly_salary) }
            { field("pension", "Pension (% af løn)", "%", |g| &mut g.pension_pct) }
            <button type="button" class="secondary" data-testid={group_key(index, "fjern")}
                aria-label={format!("Fjern personalegruppe {}", index + 1)} onclick={on_remove}>{"Fjern gruppe"}</button>
        </fieldset>
    }
}

fn groups_section(ctx: &AppContext, errors: &FieldErrors) -> Html {
    let groups = &ctx.scenario.wage.groups;
    let on_add = edit_callback(ctx, |s, _: MouseEvent| {
        s.wage.groups.push(StaffGroupForm {
            name: "Ny gruppe".into(),
            share_pct: "0".into(),
            monthly_salary: "30.000".into(),
            pension_pct: "14".into(),
        })
    });
    html! {
        <section class="card" aria-labelledby="grupper-titel">
            <h2 id="grupper-titel">{"Personalegrupper"}</h2>
            <p class="hint">{"Andelene skal give 100 %. Standard: socialpædagog 60 % / 33.500 kr. / 14,2 %; social- og sundhedsassistent 25 % / 31.000 kr. / 16 %; pædagogisk medhjælper 15 % / 27.100 kr. / 13,31 % (SL/FOA 2023–24)."}</p>
            if let Some(e) = errors.get("grupper") {
                <p class="error-message" role="alert" data-testid="grupper-fejl">{e.clone()}</p>
            }
            { for groups.iter().enumerate().map(|(i, g)| group_row(ctx, errors, i, g)) }
            <button type="button" data-testid="gruppe-tilfoej" onclick={on_add}>{"Tilføj personalegruppe"}</button>
        </section>
    }
}

fn holiday_options(ctx: &AppContext) -> Html {
    let opts = ctx.scenario.wage.holiday_options;
    let christmas = edit_callback(ctx, |s, v: bool| s.wage.holiday_options.christmas_eve = v);
    let constitution = edit_callback(ctx, |s, v: bool| {
        s.wage.holiday_options.constitution_day = v
    });
    let may = edit_callback(ctx, |s, v: bool| s.wage.holiday_options.may_day = v);
    html! {
        <fieldset class="options">
            <legend>{"Ekstra fridage (fra som standard)"}</legend>
            <Checkbox id="juleaften" label="Juleaftensdag (1 dag)" checked={opts.christmas_eve} on_change={christmas} />
            <Checkbox id="grundlovsdag" label="Grundlovsdag (½ dag)" checked={opts.constitution_day} on_change={constitution} />
            <Checkbox id="foersteMaj" label="1. maj (½ dag)" checked={opts.may_day} on_change={may} />
        </fieldset>
    }
}

/// One key figure: test id, Danish label, value, decimals, unit.
type Figure = (
    &'static str,
    &'static str,
    rust_decimal::Decimal,
    u32,
    &'static str,
);

/// The key figures, shared by the on-screen list and the CSV export.
fn figures(r: &WageResult) -> [Figure; 11] {
    [
        ("aarsvaerk", "Årsværk", r.fte, 2, ""),
        (
            "borger-timer",
            "Borgerrelaterede timer pr. år",
            r.total.client,
            0,
            "t",
        ),
        (
            "timepris",
            "Timepris pr. borgerrelateret time",
            r.hourly_price,
            2,
            "kr.",
        ),
        (
            "timer-pr-beboer-uge",
            "Borgerrelaterede timer pr. beboer pr. uge",
            r.hours_per_resident_week,
            2,
            "t",
        ),
        (
            "min-pr-beboer-doegn",
            "Minutter pr. beboer pr. døgn",
            r.minutes_per_resident_day,
            1,
            "min.",
        ),
        (
            "medarbejdere-paa-vagt",
            "Gns. medarbejdere på vagt (døgnet rundt)",
            r.staff_on_duty,
            2,
            "",
        ),
        (
            "betalte-timer",
            "Betalte timer pr. år",
            r.total.paid,
            0,
            "t",
        ),
        (
            "mulige-timer",
            "Mulige arbejdstimer pr. år",
            r.total.available,
            0,
            "t",
        ),
        (
            "fremmoede-timer",
            "Fremmødetimer pr. år",
            r.total.attendance,
            0,
            "t",
        ),
        (
            "helligdage-timer",
            "Helligdage pr. årsværk",
            r.per_fte.holidays,
            1,
            "t",
        ),
        (
            "omkostning-pr-aarsvaerk",
            "Lønudgift pr. årsværk",
            r.cost_per_fte,
            0,
            "kr.",
        ),
    ]
}

fn key_figures(r: &WageResult, scenario_name: &str) -> Html {
    let rows: Vec<Vec<Cell>> = std::iter::once(vec![
        Cell::text("Nøgletal"),
        Cell::text("Værdi"),
        Cell::text("Enhed"),
    ])
    .chain(figures(r).into_iter().map(|(_, label, value, dp, unit)| {
        vec![Cell::text(label), Cell::Number(value, dp), Cell::text(unit)]
    }))
    .collect();
    html! {
        <>
            <dl class="key-figures">
                { for figures(r).into_iter().map(|(id, label, value, dp, unit)| html! {
                    <KeyFigure id={id} label={label} value={format_dk(value, dp)}
                        unit={(!unit.is_empty()).then_some(unit)} />
                }) }
            </dl>
            <CsvButton id="csv-noegletal" what="nøgletal" filename={file_name(&format!("{scenario_name} nøgletal"), "csv")} rows={rows} />
        </>
    }
}

fn waterfall(r: &WageResult, scenario_name: &str) -> Html {
    let t = &r.total;
    let bar = |label: &str, value, total| Bar {
        label: label.into(),
        value,
        total,
    };
    let bars = vec![
        bar("Betalte timer", t.paid, true),
        bar("Ferie", t.vacation, false),
        bar("Feriefridage", t.extra_vacation, false),
        bar("Helligdage", t.holidays, false),
        bar("Mulige timer", t.available, true),
        bar("Sygdom", t.sick, false),
        bar("Kursus", t.training, false),
        bar("Andet fravær", t.other, false),
        bar("Fremmødetimer", t.attendance, true),
        bar("Ikke-borgerrelateret tid", t.non_client, false),
        bar("Borgerrelaterede timer", t.client, true),
    ];
    let rows: Vec<Vec<Cell>> = std::iter::once(vec![
        Cell::text("Post"),
        Cell::text("Timer pr. år"),
        Cell::text("Art"),
    ])
    .chain(bars.iter().map(|b| {
        let kind = if b.total { "Sum" } else { "Fradrag" };
        vec![
            Cell::text(&b.label),
            Cell::Number(b.value, 0),
            Cell::text(kind),
        ]
    }))
    .collect();
    html! {
        <>
            <Waterfall id="vandfald" title="Fra betalte timer til borgerrelaterede timer (alle årsværk, pr. år)" bars={bars} unit="t" />
            <CsvButton id="csv-vandfald" what="timeregnskabet" filename={file_name(&format!("{scenario_name} timer"), "csv")} rows={rows} />
        </>
    }
}

/// The explanation with the user's numbers (inputs echoed as typed, results from the model).
fn explanation(i: &WageInput, r: &WageResult) -> Html {
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
                format!("{} kr.", f2(g.annual)),
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
            format!("{} kr.", f2(r.cost_per_fte)),
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
            format!("{} t", f2(r.total.paid)),
        ),
        Step::new(
            "Helligdage pr. årsværk",
            "søgnehelligdage på hverdage × timer pr. dag",
            format!("{} × {}", p(r.holiday_days), p(i.holiday_day_hours)),
            format!("{} t", f2(h.holidays)),
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
            format!("{} t", f2(r.total.available)),
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
            format!("{} t", f2(r.total.attendance)),
        ),
        Step::new(
            "Borgerrelaterede timer",
            "fremmøde × (1 − ikke-borgerrelateret/100)",
            format!(
                "{} × (1 − {}/100)",
                f2(r.total.attendance),
                p(i.non_client_pct)
            ),
            format!("{} t", f2(r.total.client)),
        ),
        Step::new(
            "Timepris",
            "lønbudget / borgerrelaterede timer",
            format!("{} / {}", f2(i.budget), f2(r.total.client)),
            format!("{} kr.", f2(r.hourly_price)),
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
            format!("{} t", f2(r.hours_per_resident_week)),
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
            format!("{} min.", f2(r.minutes_per_resident_day)),
        ),
        Step::new(
            "Gns. medarbejdere på vagt",
            "fremmødetimer / (dage pr. år × 24)",
            format!("{} / ({} × 24)", f2(r.total.attendance), p(i.days_per_year)),
            format_dk(r.staff_on_duty, 2),
        ),
    ]);
    let notes = vec![
        "Sygdom, kursus og andet fravær regnes af de mulige timer; ikke-borgerrelateret tid af fremmødetimerne (DOMAIN.md §1).".to_string(),
        "Variable tillæg lægges på grundlønnen uden pension, som formlen foreskriver.".to_string(),
        "Tal afrundes kun ved visning: kr. med 2 decimaler for priser, hele kr. og timer for årssummer.".to_string(),
    ];
    html! { <Explain steps={steps} notes={notes} /> }
}

fn holiday_list(r: &WageResult, year: i32) -> Html {
    html! {
        <details class="holidays">
            <summary>{format!("Søgnehelligdage på hverdage i {year}: {} dage", format_dk_trim(r.holiday_days, 1))}</summary>
            <ul data-testid="helligdage-liste">
                { for r.holidays.iter().map(|h| html! {
                    <li>{format!("{}/{} {}", h.date.day, h.date.month, h.name)}</li>
                }) }
            </ul>
        </details>
    }
}

fn reverse_section(ctx: &AppContext, input: Option<&WageInput>) -> Html {
    let text = ctx.scenario.wage.required_client_hours.clone();
    let parsed = parse_dk(&text);
    let requirement = match (&parsed, input) {
        (Ok(hours), Some(i)) => wage::requirement(i, *hours).map_err(|e| e.to_string()),
        (Err(e), _) => Err(e.to_string()),
        (Ok(_), None) => Err("Ret først felterne ovenfor.".into()),
    };
    let field_error = parsed.as_ref().err().map(|e| e.to_string());
    let on_change = edit_callback(ctx, |s, v: String| s.wage.required_client_hours = v);
    html! {
        <section class="card" aria-labelledby="omvendt-titel">
            <h2 id="omvendt-titel">{"Omvendt: krævede timer → årsværk → lønbudget"}</h2>
            <NumberField id="krav-borgertimer" label="Krævede borgerrelaterede timer pr. år" value={text}
                suffix="t" hint="Fx summen af beboernes pakker (siden Takster)." error={field_error} on_change={on_change} />
            { match requirement {
                Ok(req) => html! {
                    <dl class="key-figures">
                        <KeyFigure id="krav-aarsvaerk" label="Årsværk der skal til" value={format_dk(req.fte, 2)} />
                        <KeyFigure id="krav-loenbudget" label="Lønbudget der skal til" value={format_dk(req.budget, 0)} unit="kr." />
                    </dl>
                },
                Err(e) => html! { <p class="hint">{e}</p> },
            } }
        </section>
    }
}

/// When the shift plan's measured supplement is in use, the typed "tillæg" is not: say so
/// above the field, with the number actually used.
fn supplement_source_note(ctx: &AppContext, used: Option<&WageInput>) -> Html {
    if !ctx.scenario.wage.supplement_from_roster {
        return html! {};
    }
    let value = used.map_or_else(|| "–".to_string(), |i| format_dk(i.supplement_pct, 2));
    let off = edit_callback(ctx, |s, _: MouseEvent| {
        s.wage.supplement_from_roster = false
    });
    html! {
        <p class="notice" data-testid="tillaeg-fra-vagtplan-note">
            {format!("Variable tillæg måles på vagtplanen: {value} % af grundlønnen. Feltet »Variable tillæg« nedenfor bruges ikke.")}
            <button type="button" class="secondary" onclick={off}>{"Brug det indtastede tillæg"}</button>
        </p>
    }
}

/// The page component.
#[component]
pub fn WagePage() -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let parsed = ctx.scenario.wage.parse();
    let errors = parsed.as_ref().err().cloned().unwrap_or_default();
    let computed = parsed
        .as_ref()
        .ok()
        .map(|i| match ctx.scenario.effective_wage(i) {
            Ok(e) => (e.clone(), wage::compute(&e)),
            Err(err) => (i.clone(), Err(err)),
        });
    let domain_error = match &computed {
        Some((_, Err(e))) => Some(e.to_string()),
        _ => None,
    };
    let ok = computed.and_then(|(i, r)| r.ok().map(|r| (i, r)));
    let shown = use_last_valid(ok);
    html! {
        <div class="page-grid">
            <form class="inputs" aria-label="Input til lønbudget" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <section class="card" aria-labelledby="budget-titel">
                    <h2 id="budget-titel">{"Budget og beboere"}</h2>
                    { spec_fields(&ctx, &errors, &BUDGET) }
                </section>
                { groups_section(&ctx, &errors) }
                <section class="card" aria-labelledby="tid-titel">
                    <h2 id="tid-titel">{"Arbejdstid, ferie og helligdage"}</h2>
                    { spec_fields(&ctx, &errors, &HOURS) }
                    { holiday_options(&ctx) }
                </section>
                <section class="card" aria-labelledby="fravaer-titel">
                    <h2 id="fravaer-titel">{"Tillæg, fravær og ikke-borgerrelateret tid"}</h2>
                    { supplement_source_note(&ctx, shown.value.as_ref().map(|(i, _)| i)) }
                    { spec_fields(&ctx, &errors, &ABSENCE) }
                </section>
            </form>
            <section class={classes!("results", shown.stale.then_some("stale"))} aria-labelledby="resultat-titel" aria-live="polite">
                <h2 id="resultat-titel">{"Resultat"}</h2>
                <StaleBanner stale={shown.stale} reason={domain_error} />
                if let Some((input, result)) = &shown.value {
                    { key_figures(result, &ctx.scenario.name) }
                    { waterfall(result, &ctx.scenario.name) }
                    { holiday_list(result, input.year) }
                    { explanation(input, result) }
                }
                { reverse_section(&ctx, parsed.as_ref().ok()) }
            </section>
        </div>
    }
}
