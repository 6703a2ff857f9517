//! Page "Takster" (DOMAIN.md §3): basistakst and ydelsestakst per package, the resident mix
//! against the wage budget, særtakster, glidning, and the case worker's price lookup with a
//! one-page print. All figures come from `model::tariff`; the timepris, the wage budget and
//! the borgerrelaterede timer come from the wage page through `WageLink`.
use crate::model::form::FieldErrors;
use crate::model::number::{format_dk, format_dk_trim, parse_dk};
use crate::model::tariff::{
    self, fixed_cost_key, hours_to_minutes, lookup_key, minutes_to_hours, package_key,
    supplement_key, FixedCostForm, HourlySource, HoursUnit, LookupChoice, LookupForm, LookupKind,
    PackageForm, Preset, PriceBasis, SupplementForm, TariffForm, TariffInput, TariffResult, Vum,
    WageLink, MAX_ALTERNATIVES,
};
use crate::platform;
use crate::ui::components::checkbox::Checkbox;
use crate::ui::components::explain::{Explain, Step};
use crate::ui::components::key_figure::KeyFigure;
use crate::ui::components::number_field::NumberField;
use crate::ui::components::results::{use_last_valid, StaleBanner};
use crate::ui::components::text_field::TextField;
use crate::ui::state::{edit_callback, AppContext};
use rust_decimal::Decimal;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A package as people name it: its name (the presets put the code in it), else its code.
fn package_label(p: &PackageForm) -> String {
    if p.name.trim().is_empty() {
        p.code.clone()
    } else {
        p.name.clone()
    }
}

fn kr(x: Decimal) -> String {
    format_dk(x, 2)
}

fn kr0(x: Decimal) -> String {
    format_dk(x, 0)
}

/// A labelled select; `options` are (value, label).
fn select(
    id: String,
    label: &str,
    value: &str,
    options: &[(String, String)],
    on_change: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let el: HtmlSelectElement = e.target_unchecked_into();
        on_change.emit(el.value());
    });
    html! {
        <div class="field">
            <label for={id.clone()}>{label.to_string()}</label>
            <select id={id.clone()} data-testid={id} onchange={onchange}>
                { for options.iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={v == value}>{l.clone()}</option>
                }) }
            </select>
        </div>
    }
}

/// A top-level number field of the tariff form.
fn number(
    ctx: &AppContext,
    errors: &FieldErrors,
    id: &'static str,
    label: &'static str,
    suffix: &'static str,
    hint: Option<String>,
    access: fn(&mut TariffForm) -> &mut String,
) -> Html {
    let value = access(&mut ctx.scenario.tariff.clone()).clone();
    let default = access(&mut TariffForm::default()).clone();
    let on_change = edit_callback(ctx, move |s, v: String| *access(&mut s.tariff) = v);
    html! {
        <NumberField id={id} label={label} value={value} suffix={suffix} hint={hint}
            default={(!default.is_empty()).then_some(default)}
            error={errors.get(id).cloned()} on_change={on_change} />
    }
}

fn remove_button(
    ctx: &AppContext,
    id: String,
    label: String,
    remove: impl Fn(&mut TariffForm) + 'static,
) -> Html {
    let onclick = edit_callback(ctx, move |s, _: MouseEvent| remove(&mut s.tariff));
    html! {
        <button type="button" class="secondary" data-testid={id} aria-label={label} onclick={onclick}>{"Fjern"}</button>
    }
}

fn fixed_costs_section(ctx: &AppContext, errors: &FieldErrors) -> Html {
    let rows = ctx.scenario.tariff.fixed_costs.iter().enumerate().map(|(i, c)| {
        let on_name = edit_callback(ctx, move |s, v: String| {
            if let Some(c) = s.tariff.fixed_costs.get_mut(i) {
                c.name = v;
            }
        });
        let on_amount = edit_callback(ctx, move |s, v: String| {
            if let Some(c) = s.tariff.fixed_costs.get_mut(i) {
                c.amount = v;
            }
        });
        let amount_id = fixed_cost_key(i, "beloeb");
        html! {
            <fieldset class="row-fields">
                <legend>{format!("Fast udgift {}", i + 1)}</legend>
                <TextField id={fixed_cost_key(i, "navn")} label="Navn" value={c.name.clone()} on_change={on_name} />
                <NumberField id={amount_id.clone()} label="Beløb pr. år (kr.)" value={c.amount.clone()} suffix="kr."
                    error={errors.get(&amount_id).cloned()} on_change={on_amount} />
                { remove_button(ctx, fixed_cost_key(i, "fjern"), format!("Fjern fast udgift {}", i + 1), move |f| {
                    if i < f.fixed_costs.len() { f.fixed_costs.remove(i); }
                }) }
            </fieldset>
        }
    });
    let on_add = edit_callback(ctx, |s, _: MouseEvent| {
        s.tariff.fixed_costs.push(FixedCostForm {
            name: "Ny udgift".into(),
            amount: "0".into(),
        })
    });
    html! {
        <section class="card" aria-labelledby="basis-titel">
            <h2 id="basis-titel">{"Basistakst: faste udgifter"}</h2>
            <p class="hint">{"Bygning, leder, nattevagt, administration, pedel, regulering fra tidligere år (VIVE 2019, §4.4). Standardbeløbene er et eksempel på 3 mio. kr.; kilderne oplyser ingen basistakst."}</p>
            { for rows }
            <button type="button" data-testid="fast-udgift-tilfoej" onclick={on_add}>{"Tilføj fast udgift"}</button>
            { number(ctx, errors, "pladser", "Antal pladser", "pladser", None, |f| &mut f.places) }
            { number(ctx, errors, "belaegning", "Belægning (%)", "%", Some("Budgetteres typisk med 95–100 %.".into()), |f| &mut f.occupancy_pct) }
            { number(ctx, errors, "overhead", "Overhead (% oven på basis- og ydelsestakst)", "%", Some("Hovedstadens rammeaftale: ca. 6 %.".into()), |f| &mut f.overhead_pct) }
        </section>
    }
}

fn price_section(ctx: &AppContext, errors: &FieldErrors, link: Option<&WageLink>) -> Html {
    let form = &ctx.scenario.tariff;
    let wage_hint = match link {
        Some(l) => format!(
            "Tom = timeprisen fra Lønbudget ({} kr.).",
            kr(l.hourly_price)
        ),
        None => "Tom = timeprisen fra Lønbudget.".into(),
    };
    let basis_options = [
        ("doegntakst".to_string(), "Hele døgntaksten".to_string()),
        (
            "ydelsestakst".to_string(),
            "Kun ydelsestaksten (basistakst lægges oveni)".to_string(),
        ),
    ];
    let basis_value = match form.price_basis {
        PriceBasis::Doegntakst => "doegntakst",
        PriceBasis::Ydelsestakst => "ydelsestakst",
    };
    let on_basis = edit_callback(ctx, |s, v: String| {
        s.tariff.price_basis = if v == "ydelsestakst" {
            PriceBasis::Ydelsestakst
        } else {
            PriceBasis::Doegntakst
        };
    });
    let preset = |id: &'static str, label: &'static str, preset: Preset| {
        let onclick = edit_callback(ctx, move |s, _: MouseEvent| s.tariff.load_preset(preset));
        html! { <button type="button" class="secondary" data-testid={id} onclick={onclick}>{label}</button> }
    };
    html! {
        <section class="card" aria-labelledby="pris-titel">
            <h2 id="pris-titel">{"Timepris og pakketabel"}</h2>
            { number(ctx, errors, "indtastet-timepris", "Timepris (kr. pr. borgerrelateret time)", "kr.", Some(wage_hint), |f| &mut f.hourly_price) }
            { select("prisgrundlag".into(), "En indtastet pris pr. døgn er", basis_value, &basis_options, on_basis) }
            <p class="hint">{"Indlæs en offentliggjort pakketabel (erstatter pakkerne; faste udgifter og timepris bevares):"}</p>
            <div class="button-row">
                { preset("skabelon-gladsaxe", "Gladsaxe (6 pakker, timer pr. uge)", Preset::Gladsaxe) }
                { preset("skabelon-ikast-brande", "Ikast-Brande (priser og minutter pr. døgn)", Preset::IkastBrande) }
            </div>
        </section>
    }
}

fn source_note(form: &TariffForm) -> Html {
    match (form.preset, form.price_basis) {
        (Preset::IkastBrande, PriceBasis::Ydelsestakst) => html! {
            <p class="note" data-testid="ikast-brande-note">
                {"Ikast-Brandes priser (VIVE 2019, boks 4.4) er ydelsestakster: basistaksten er ikke offentliggjort og lægges oveni fra jeres egne faste udgifter. Den beregnede timepris er pris × 7 / timer pr. uge (ca. 384 kr.; 1.1 giver 391 kr. pga. afrunding). 6.1 står i kilden som »2.498+ kr., 390+ min.«: tallene er et minimum. A (råd og vejledning) og B (væresteder) har 0 min. og er udeladt."}
            </p>
        },
        (_, PriceBasis::Ydelsestakst) => html! {
            <p class="note" data-testid="ikast-brande-note">{"Indtastede priser er ydelsestakster; basistaksten og overhead lægges oveni."}</p>
        },
        (Preset::Gladsaxe, _) => html! {
            <p class="note">{"Gladsaxes pakker (VIVE 2019, boks 4.3): gennemsnitligt antal borgerrelaterede timer pr. uge. Pakke 6 gælder »6 og opefter«. Beboertallene er et eksempel."}</p>
        },
        _ => html! {},
    }
}

type PackageAccess = fn(&mut PackageForm) -> &mut String;

fn package_row(ctx: &AppContext, errors: &FieldErrors, i: usize, p: &PackageForm) -> Html {
    let text = |key: &'static str, label: &'static str, access: PackageAccess| {
        let on_change = edit_callback(ctx, move |s, v: String| {
            if let Some(p) = s.tariff.packages.get_mut(i) {
                *access(p) = v;
            }
        });
        html! { <TextField id={package_key(i, key)} label={label} value={access(&mut p.clone()).clone()} on_change={on_change} /> }
    };
    let num = |key: &'static str,
               label: &'static str,
               suffix: &'static str,
               hint: Option<&'static str>,
               access: PackageAccess| {
        let id = package_key(i, key);
        let on_change = edit_callback(ctx, move |s, v: String| {
            if let Some(p) = s.tariff.packages.get_mut(i) {
                *access(p) = v;
            }
        });
        html! {
            <NumberField id={id.clone()} label={label} value={access(&mut p.clone()).clone()} suffix={suffix}
                hint={hint} error={errors.get(&id).cloned()} on_change={on_change} />
        }
    };
    let vum_options: Vec<(String, String)> = Vum::ALL
        .iter()
        .map(|v| (v.letter().to_string(), v.letter().to_string()))
        .collect();
    let on_vum = edit_callback(ctx, move |s, v: String| {
        if let (Some(p), Some(vum)) = (
            s.tariff.packages.get_mut(i),
            Vum::ALL.into_iter().find(|x| x.letter() == v),
        ) {
            p.vum = vum;
        }
    });
    let unit_options = [
        ("uge".to_string(), "timer pr. uge".to_string()),
        ("doegn".to_string(), "minutter pr. døgn".to_string()),
    ];
    let unit_value = match p.unit {
        HoursUnit::PerWeek => "uge",
        HoursUnit::MinutesPerDay => "doegn",
    };
    // Switching the unit converts the number, so the package keeps its hours; 4 decimals
    // keep the døgntakst exact to the øre (2 would move it by a few øre).
    let on_unit = edit_callback(ctx, move |s, v: String| {
        let Some(p) = s.tariff.packages.get_mut(i) else {
            return;
        };
        let unit = if v == "doegn" {
            HoursUnit::MinutesPerDay
        } else {
            HoursUnit::PerWeek
        };
        if unit == p.unit {
            return;
        }
        let converted = parse_dk(&p.hours).and_then(|x| match unit {
            HoursUnit::MinutesPerDay => hours_to_minutes(x),
            HoursUnit::PerWeek => minutes_to_hours(x),
        });
        if let Ok(x) = converted {
            p.hours = format_dk_trim(x, 4);
        }
        p.unit = unit;
    });
    let on_open = edit_callback(ctx, move |s, v: bool| {
        if let Some(p) = s.tariff.packages.get_mut(i) {
            p.open_ended = v;
        }
    });
    html! {
        <fieldset class="row-fields package">
            <legend>{format!("Pakke {}: {}", i + 1, p.code)}</legend>
            { text("kode", "Kode", |p| &mut p.code) }
            { text("navn", "Navn", |p| &mut p.name) }
            { select(package_key(i, "vum"), "VUM-kategori", p.vum.letter(), &vum_options, on_vum) }
            { num("timer", "Støtte", "", Some("Borgerrelaterede timer; enheden vælges nedenfor."), |p| &mut p.hours) }
            { select(package_key(i, "enhed"), "Enhed for støtten", unit_value, &unit_options, on_unit) }
            { num("pris", "Pris pr. døgn (kr.)", "kr.", Some("Tom = timer × timepris."), |p| &mut p.price) }
            <Checkbox id={package_key(i, "opefter")} label="»og opefter« (tallene er et minimum)" checked={p.open_ended} on_change={on_open} />
            { num("beboere", "Beboere i pakken", "beboere", None, |p| &mut p.residents) }
            { remove_button(ctx, package_key(i, "fjern"), format!("Fjern pakke {}", i + 1), move |f| {
                if i < f.packages.len() { f.packages.remove(i); }
            }) }
        </fieldset>
    }
}

fn packages_section(ctx: &AppContext, errors: &FieldErrors) -> Html {
    let form = &ctx.scenario.tariff;
    let on_add = edit_callback(ctx, |s, _: MouseEvent| {
        let n = s.tariff.packages.len() + 1;
        s.tariff.packages.push(PackageForm {
            code: n.to_string(),
            name: format!("Pakke {n}"),
            hours: "0".into(),
            residents: "0".into(),
            ..PackageForm::default()
        })
    });
    html! {
        <section class="card" aria-labelledby="pakker-titel">
            <h2 id="pakker-titel">{"Ydelsespakker og beboere"}</h2>
            { source_note(form) }
            { for form.packages.iter().enumerate().map(|(i, p)| package_row(ctx, errors, i, p)) }
            <button type="button" data-testid="pakke-tilfoej" onclick={on_add}>{"Tilføj pakke"}</button>
        </section>
    }
}

type SupplementAccess = fn(&mut SupplementForm) -> &mut String;

fn supplements_section(ctx: &AppContext, errors: &FieldErrors) -> Html {
    let rows = ctx.scenario.tariff.supplements.iter().enumerate().map(|(i, s)| {
        let field = |key: &'static str, label: &'static str, suffix: &'static str, access: SupplementAccess| {
            let id = supplement_key(i, key);
            let on_change = edit_callback(ctx, move |sc, v: String| {
                if let Some(s) = sc.tariff.supplements.get_mut(i) {
                    *access(s) = v;
                }
            });
            html! {
                <NumberField id={id.clone()} label={label} value={access(&mut s.clone()).clone()} suffix={suffix}
                    error={errors.get(&id).cloned()} on_change={on_change} />
            }
        };
        let on_name = edit_callback(ctx, move |sc, v: String| {
            if let Some(s) = sc.tariff.supplements.get_mut(i) {
                s.pseudonym = v;
            }
        });
        html! {
            <fieldset class="row-fields">
                <legend>{format!("Særtakst {}", i + 1)}</legend>
                <TextField id={supplement_key(i, "pseudonym")} label="Borger (pseudonym)" value={s.pseudonym.clone()}
                    hint="Brug et pseudonym, aldrig CPR-nummer." on_change={on_name} />
                { field("timer", "Ekstra timer pr. uge", "t", |s| &mut s.extra_hours) }
                { field("maaneder", "Antal måneder (Gladsaxe: 4 ad gangen)", "mdr.", |s| &mut s.months) }
                { remove_button(ctx, supplement_key(i, "fjern"), format!("Fjern særtakst {}", i + 1), move |f| {
                    if i < f.supplements.len() { f.supplements.remove(i); }
                }) }
            </fieldset>
        }
    });
    let on_add = edit_callback(ctx, |s, _: MouseEvent| {
        let n = s.tariff.supplements.len() + 1;
        s.tariff.supplements.push(SupplementForm {
            pseudonym: format!("Borger {n}"),
            ..SupplementForm::default()
        })
    });
    html! {
        <section class="card" aria-labelledby="saertakst-titel">
            <h2 id="saertakst-titel">{"Særtakster og glidning"}</h2>
            { for rows }
            <button type="button" data-testid="saertakst-tilfoej" onclick={on_add}>{"Tilføj særtakst"}</button>
            { number(ctx, errors, "glidning-antal", "Glidning: beboere der flyttes én pakke op", "beboere", None, |f| &mut f.drift_residents) }
        </section>
    }
}

fn package_table(form: &TariffForm, r: &TariffResult) -> Html {
    let rows = form.packages.iter().zip(&r.packages).enumerate().map(|(i, (f, p))| {
        let plus = if p.open_ended { "+" } else { "" };
        let id = |key: &str| package_key(i, key);
        let hourly = p.hourly_price.map(kr).unwrap_or_else(|| "–".into());
        html! {
            <tr>
                <th scope="row">{package_label(f)}</th>
                <td>{f.vum.letter()}</td>
                <td data-testid={id("timer-uge")}>{format!("{}{plus}", format_dk(p.hours_per_week, 2))}</td>
                <td data-testid={id("min-doegn")}>{format!("{}{plus}", format_dk(p.minutes_per_day, 0))}</td>
                <td data-testid={id("ydelsestakst")}>{kr(p.service_rate)}</td>
                <td><span data-testid={id("doegntakst")}>{kr(p.daily_rate)}</span>{plus}</td>
                <td data-testid={id("maanedspris")}>{kr0(p.monthly_price)}</td>
                <td data-testid={id("aarspris")}>{kr0(p.yearly_price)}</td>
                <td>
                    <span data-testid={id("timepris")}>{hourly}</span>
                    if p.implied { <span class="tag">{" beregnet"}</span> }
                </td>
            </tr>
        }
    });
    html! {
        <div class="table-scroll" role="region" aria-labelledby="pakketabel-titel" tabindex="0">
            <table class="packages">
                <caption id="pakketabel-titel">{"Priser pr. pakke (kr.; »+« = minimum)"}</caption>
                <thead><tr>
                    <th scope="col">{"Pakke"}</th><th scope="col">{"VUM"}</th><th scope="col">{"Timer pr. uge"}</th>
                    <th scope="col">{"Min. pr. døgn"}</th><th scope="col">{"Ydelsestakst"}</th><th scope="col">{"Døgntakst"}</th>
                    <th scope="col">{"Månedspris"}</th><th scope="col">{"Årspris"}</th><th scope="col">{"Timepris"}</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

fn mix_figures(r: &TariffResult) -> Html {
    let m = &r.mix;
    let least = if m.at_least { "mindst " } else { "" };
    let balanced = m
        .balanced_hourly_price
        .map(kr)
        .unwrap_or_else(|| "–".into());
    let balance_label = if m.hour_balance >= Decimal::ZERO {
        "Timebalance (overskud af timer)"
    } else {
        "Timebalance (underskud af timer)"
    };
    html! {
        <>
            <h3>{"Beboermix mod lønbudgettet"}</h3>
            <dl class="key-figures">
                <KeyFigure id="mix-beboere" label="Beboere i alt" value={format_dk_trim(m.residents, 2)} />
                <KeyFigure id="mix-indtaegt-aar" label={format!("Indtægt pr. år ({least}kr.)")} value={kr0(m.revenue_year)} unit="kr." />
                <KeyFigure id="mix-visiterede-timer" label={format!("Visiterede timer pr. år ({least})")} value={kr0(m.ordered_hours)} unit="t" />
                <KeyFigure id="mix-borger-timer" label="Borgerrelaterede timer lønbudgettet køber" value={kr0(m.client_hours)} unit="t" />
                <KeyFigure id="mix-timebalance" label={balance_label} value={kr0(m.hour_balance)} unit="t" />
                <KeyFigure id="mix-timebalance-kr" label="Timebalance i kr. (× timepris fra Lønbudget)" value={kr0(m.hour_balance_kr)} unit="kr." />
                <KeyFigure id="balanceret-timepris" label="Timepris hvor ydelsestaksterne dækker lønbudgettet" value={balanced} unit="kr." />
            </dl>
        </>
    }
}

fn supplements_and_drift(form: &TariffForm, i: &TariffInput, r: &TariffResult) -> Html {
    let drift = r.drift.iter().map(|d| {
        let name = |k: usize| form.packages.get(k).map(|p| p.code.clone()).unwrap_or_default();
        html! {
            <li>{format!("{} beboer(e) fra {} til {}: ", format_dk_trim(i.drift_residents, 2), name(d.from), name(d.from + 1))}
                <span data-testid={format!("glidning-{}-kr", d.from + 1)}>{kr0(d.amount)}</span>{" kr. pr. år"}</li>
        }
    });
    html! {
        <>
            if !r.supplements.is_empty() {
                <h3>{"Særtakster"}</h3>
                <ul class="plain">
                    { for r.supplements.iter().enumerate().map(|(n, s)| html! {
                        <li>{format!("{}: ", s.pseudonym)}<span data-testid={supplement_key(n, "kr")}>{kr0(s.cost)}</span>{" kr."}</li>
                    }) }
                    <li><strong>{"I alt: "}<span data-testid="saertakster-i-alt">{kr0(r.supplements_total)}</span>{" kr."}</strong></li>
                </ul>
            }
            <h3>{"Glidning: hvad koster det, når beboere flyttes én pakke op?"}</h3>
            <ul class="plain">{ for drift }</ul>
        </>
    }
}

fn explanation(i: &TariffInput, r: &TariffResult, link: &WageLink) -> Html {
    let p = |x| format_dk_trim(x, 2);
    let days = p(link.days_per_year);
    let mut steps = vec![Step::new(
        "Basistakst",
        "Σ faste udgifter / (pladser × dage pr. år × belægning/100)",
        format!(
            "{} / ({} × {} × {}/100)",
            kr(r.fixed_total),
            p(i.places),
            days,
            p(i.occupancy_pct)
        ),
        format!("{} kr.", kr(r.basistakst)),
    )];
    if let (Some(pkg), Some(res)) = (i.packages.first(), r.packages.first()) {
        let service = match pkg.price {
            None => Step::new(
                &format!("Ydelsestakst, pakke {}", pkg.code),
                "timer pr. uge / 7 × timepris",
                format!("{} / 7 × {}", p(pkg.hours_per_week), kr(r.hourly_price)),
                format!("{} kr.", kr(res.service_rate)),
            ),
            Some(price) => Step::new(
                &format!("Beregnet timepris, pakke {}", pkg.code),
                "ydelsestakst × 7 / timer pr. uge",
                format!("{} × 7 / {}", kr(res.service_rate), p(pkg.hours_per_week)),
                format!(
                    "{} kr. (pris {} kr.)",
                    res.hourly_price.map(kr).unwrap_or_else(|| "–".into()),
                    kr(price)
                ),
            ),
        };
        steps.push(service);
        steps.push(Step::new(
            &format!("Døgntakst, pakke {}", pkg.code),
            "(basistakst + ydelsestakst) × (1 + overhead/100)",
            format!(
                "({} + {}) × (1 + {}/100)",
                kr(r.basistakst),
                kr(res.service_rate),
                p(i.overhead_pct)
            ),
            format!("{} kr.", kr(res.daily_rate)),
        ));
        steps.push(Step::new(
            "Månedspris og årspris",
            "døgntakst × dage pr. år / 12; døgntakst × dage pr. år",
            format!(
                "{} × {days} / 12; {} × {days}",
                kr(res.daily_rate),
                kr(res.daily_rate)
            ),
            format!(
                "{} kr.; {} kr.",
                kr(res.monthly_price),
                kr0(res.yearly_price)
            ),
        ));
    }
    steps.extend([
        Step::new(
            "Indtægt pr. år",
            "Σ beboere × døgntakst × dage pr. år",
            format!("Σ over {} pakker", r.packages.len()),
            format!("{} kr.", kr0(r.mix.revenue_year)),
        ),
        Step::new(
            "Visiterede timer",
            "Σ beboere × timer pr. uge × dage pr. år / 7",
            format!("Σ over {} pakker", r.packages.len()),
            format!("{} t", kr0(r.mix.ordered_hours)),
        ),
        Step::new(
            "Timebalance",
            "borgerrelaterede timer (Lønbudget) − visiterede timer",
            format!("{} − {}", kr0(link.client_hours), kr0(r.mix.ordered_hours)),
            format!("{} t", kr0(r.mix.hour_balance)),
        ),
        Step::new(
            "Balanceret timepris",
            "lønbudget / visiterede timer",
            format!("{} / {}", kr0(link.budget), kr0(r.mix.ordered_hours)),
            r.mix
                .balanced_hourly_price
                .map(|x| format!("{} kr.", kr(x)))
                .unwrap_or_else(|| "–".into()),
        ),
        Step::new(
            "Særtakst",
            "ekstra timer pr. uge / 7 × timepris × måneder × dage pr. år / 12 × (1 + overhead/100)",
            format!("timepris {} kr.", kr(r.hourly_price)),
            format!("{} kr. i alt", kr0(r.supplements_total)),
        ),
        Step::new(
            "Glidning",
            "k × (døgntakst næste pakke − døgntakst) × dage pr. år",
            format!("k = {}", p(i.drift_residents)),
            "se listen".into(),
        ),
    ]);
    let notes = vec![
        "Timeprisen, lønbudgettet og de borgerrelaterede timer kommer fra siden Lønbudget → timer."
            .to_string(),
        "En måned er et år / 12. Tal afrundes kun ved visning.".to_string(),
        "Pakker markeret »+« (og opefter) regnes med deres minimum.".to_string(),
    ];
    html! { <Explain steps={steps} notes={notes} /> }
}

fn choice_label(form: &TariffForm, choice: LookupChoice) -> String {
    match choice {
        LookupChoice::Package(i) => form
            .packages
            .get(i)
            .map(|p| format!("{} (VUM {})", package_label(p), p.vum.letter()))
            .unwrap_or_default(),
        LookupChoice::Bostoette(h) => format!("§85 bostøtte, {} t pr. uge", format_dk_trim(h, 2)),
    }
}

fn signed(x: Decimal, dp: u32) -> String {
    let s = format_dk(x, dp);
    if x > Decimal::ZERO {
        format!("+{s}")
    } else {
        s
    }
}

fn alternative_inputs(ctx: &AppContext, errors: &FieldErrors) -> Html {
    let form = &ctx.scenario.tariff;
    let mut options: Vec<(String, String)> = form
        .packages
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("pakke-{i}"), package_label(p)))
        .collect();
    options.push(("bostoette".into(), "§85 bostøtte (timer pr. uge)".into()));
    let rows = form.lookups.iter().enumerate().map(|(n, l)| {
        let value = match l.kind {
            LookupKind::Package => format!("pakke-{}", l.package),
            LookupKind::Bostoette => "bostoette".into(),
        };
        let on_choice = edit_callback(ctx, move |s, v: String| {
            if let Some(l) = s.tariff.lookups.get_mut(n) {
                match v.strip_prefix("pakke-").and_then(|i| i.parse().ok()) {
                    Some(i) => {
                        l.kind = LookupKind::Package;
                        l.package = i;
                    }
                    None => l.kind = LookupKind::Bostoette,
                }
            }
        });
        let hours_id = lookup_key(n, "timer");
        let on_hours = edit_callback(ctx, move |s, v: String| {
            if let Some(l) = s.tariff.lookups.get_mut(n) {
                l.hours = v;
            }
        });
        let choice_id = lookup_key(n, "valg");
        html! {
            <fieldset class="row-fields">
                <legend>{format!("Alternativ {}", n + 1)}</legend>
                { select(choice_id.clone(), "Indsats", &value, &options, on_choice) }
                if let Some(e) = errors.get(&choice_id) { <p class="error-message" role="alert">{e.clone()}</p> }
                if l.kind == LookupKind::Bostoette {
                    <NumberField id={hours_id.clone()} label="§85 timer pr. uge" value={l.hours.clone()} suffix="t"
                        hint="Holstebro: pakke 5 = 6 timer pr. uge." error={errors.get(&hours_id).cloned()} on_change={on_hours} />
                }
                if n > 0 {
                    { remove_button(ctx, lookup_key(n, "fjern"), format!("Fjern alternativ {}", n + 1), move |f| {
                        if n < f.lookups.len() { f.lookups.remove(n); }
                    }) }
                }
            </fieldset>
        }
    });
    let on_add = edit_callback(ctx, |s, _: MouseEvent| {
        if s.tariff.lookups.len() < MAX_ALTERNATIVES {
            s.tariff.lookups.push(LookupForm {
                kind: LookupKind::Bostoette,
                package: 0,
                hours: "6".into(),
            });
        }
    });
    html! {
        <>
            { for rows }
            if form.lookups.len() < MAX_ALTERNATIVES {
                <button type="button" data-testid="alternativ-tilfoej" onclick={on_add}>{"Tilføj alternativ"}</button>
            }
        </>
    }
}

fn comparison_table(form: &TariffForm, r: &TariffResult) -> Html {
    let rows = r.quotes.iter().zip(&r.differences).enumerate().map(|(n, (q, d))| {
        let id = |k: &str| lookup_key(n, k);
        let plus = if q.open_ended { "+" } else { "" };
        html! {
            <tr>
                <th scope="row">{format!("{}. {}", n + 1, choice_label(form, q.choice))}</th>
                <td><span data-testid={id("doegn")}>{kr(q.daily)}</span>{plus}</td>
                <td><span data-testid={id("maaned")}>{kr0(q.monthly)}</span>{plus}</td>
                <td><span data-testid={id("aar")}>{kr0(q.yearly)}</span>{plus}</td>
                <td data-testid={id("forskel-doegn")}>{if n == 0 { "–".into() } else { signed(d.daily, 2) }}</td>
                <td data-testid={id("forskel-maaned")}>{if n == 0 { "–".into() } else { signed(d.monthly, 0) }}</td>
                <td data-testid={id("forskel-aar")}>{if n == 0 { "–".into() } else { signed(d.yearly, 0) }}</td>
            </tr>
        }
    });
    html! {
        <div class="table-scroll" role="region" aria-label="Sammenligning af alternativer" tabindex="0">
            <table class="comparison">
                <caption>{"Alternativer side om side (kr.; forskel til alternativ 1)"}</caption>
                <thead><tr>
                    <th scope="col">{"Indsats"}</th><th scope="col">{"Pr. døgn"}</th><th scope="col">{"Pr. måned"}</th>
                    <th scope="col">{"Pr. år"}</th><th scope="col">{"Forskel pr. døgn"}</th><th scope="col">{"Forskel pr. måned"}</th>
                    <th scope="col">{"Forskel pr. år"}</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

/// The assumptions a committee needs to read the prices (also printed).
fn assumptions(i: &TariffInput, r: &TariffResult, link: &WageLink) -> Vec<String> {
    let p = |x| format_dk_trim(x, 2);
    let source = match r.hourly_source {
        HourlySource::Wage => "fra lønbudgettet",
        HourlySource::Entered => "indtastet",
    };
    let bostoette = match i.bostoette_price {
        Some(_) => "indtastet",
        None => "= timeprisen",
    };
    vec![
        format!("Basistakst {} kr. pr. døgn ({} pladser, belægning {} %, {} dage pr. år).", kr(r.basistakst), p(i.places), p(i.occupancy_pct), p(link.days_per_year)),
        format!("Timepris {} kr. pr. borgerrelateret time ({source}); overhead {} %.", kr(r.hourly_price), p(i.overhead_pct)),
        format!("§85 bostøtte {} kr. pr. time ({bostoette}).", kr(r.bostoette_price)),
        "Månedspris = døgnpris × dage pr. år / 12; årspris = døgnpris × dage pr. år. »+« betyder mindst.".into(),
    ]
}

fn lookup_section(
    ctx: &AppContext,
    errors: &FieldErrors,
    shown: Option<&(TariffInput, TariffResult, WageLink)>,
) -> Html {
    let form = &ctx.scenario.tariff;
    let bostoette_hint =
        shown.map(|(_, r, _)| format!("Tom = timeprisen i brug ({} kr.).", kr(r.hourly_price)));
    let first = shown.and_then(|(_, r, _)| r.quotes.first());
    let on_print = Callback::from(|_: MouseEvent| platform::print());
    html! {
        <section class="card lookup" aria-labelledby="opslag-titel">
            <h2 id="opslag-titel">{"Prisopslag til sagsbehandleren"}</h2>
            <div class="lookup-grid">
                <div>
                    { number(ctx, errors, "bostoette-timepris", "§85 bostøtte: pris pr. time (kr.)", "kr.", bostoette_hint, |f| &mut f.bostoette_price) }
                    { alternative_inputs(ctx, errors) }
                </div>
                <div>
                    if let Some(q) = first {
                        <dl class="key-figures lookup-figures">
                            <KeyFigure id="opslag-doegn" label="Pris pr. døgn" value={kr(q.daily)} unit="kr." />
                            <KeyFigure id="opslag-maaned" label="Pris pr. måned" value={kr0(q.monthly)} unit="kr." />
                            <KeyFigure id="opslag-aar" label="Pris pr. år" value={kr0(q.yearly)} unit="kr." />
                        </dl>
                    }
                    if let Some((_, r, _)) = shown { { comparison_table(form, r) } }
                    <button type="button" data-testid="udskriv" onclick={on_print}>{"Udskriv prisoverslag"}</button>
                </div>
            </div>
        </section>
    }
}

fn print_sheet(ctx: &AppContext, shown: Option<&(TariffInput, TariffResult, WageLink)>) -> Html {
    let Some((i, r, link)) = shown else {
        return html! {};
    };
    html! {
        <section class="print-sheet" data-testid="prisoverslag" aria-hidden="true">
            <h1>{"Prisoverslag til visitationsudvalget"}</h1>
            <p>{format!("Botilbud: {}. Dato: ", ctx.scenario.name)}<span data-testid="prisoverslag-dato">{platform::today()}</span></p>
            { comparison_table(&ctx.scenario.tariff, r) }
            <h2>{"Forudsætninger"}</h2>
            <ul>{ for assumptions(i, r, link).into_iter().map(|a| html! { <li>{a}</li> }) }</ul>
            <p class="hint">{"Beregnet med Botilbudsberegneren (DOMAIN.md §3). Borgeren er omtalt med pseudonym."}</p>
        </section>
    }
}

/// The page component.
#[component]
pub fn TariffPage() -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let link = ctx
        .scenario
        .wage_figures()
        .map(|(i, r)| WageLink::from_wage(&i, &r));
    let parsed = ctx.scenario.tariff.parse();
    let errors = parsed.as_ref().err().cloned().unwrap_or_default();
    let computed = match (parsed.as_ref().ok(), link) {
        (Some(i), Some(l)) => Some((i.clone(), tariff::compute(i, &l), l)),
        _ => None,
    };
    let reason = match (&computed, link) {
        (_, None) => Some(
            "Siden Lønbudget → timer har ugyldige felter; timeprisen kommer derfra.".to_string(),
        ),
        (Some((_, Err(e), _)), _) => Some(e.to_string()),
        _ => None,
    };
    let ok = computed.and_then(|(i, r, l)| r.ok().map(|r| (i, r, l)));
    let shown = use_last_valid(ok);
    let value = shown.value.as_ref();
    html! {
        <div class="tariff-page">
            <div class="page-grid">
                <form class="inputs" aria-label="Input til takster" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { fixed_costs_section(&ctx, &errors) }
                    { price_section(&ctx, &errors, link.as_ref()) }
                    { packages_section(&ctx, &errors) }
                    { supplements_section(&ctx, &errors) }
                </form>
                <section class={classes!("results", shown.stale.then_some("stale"))} aria-labelledby="takst-resultat-titel" aria-live="polite">
                    <h2 id="takst-resultat-titel">{"Resultat"}</h2>
                    <StaleBanner stale={shown.stale} reason={reason} />
                    if let Some((i, r, l)) = value {
                        <dl class="key-figures">
                            <KeyFigure id="faste-udgifter-i-alt" label="Faste udgifter i alt" value={kr0(r.fixed_total)} unit="kr." />
                            <KeyFigure id="basistakst" label="Basistakst pr. døgn" value={kr(r.basistakst)} unit="kr." />
                            <KeyFigure id="timepris-i-brug" label={match r.hourly_source { HourlySource::Wage => "Timepris (fra Lønbudget)", HourlySource::Entered => "Timepris (indtastet)" }} value={kr(r.hourly_price)} unit="kr." />
                        </dl>
                        { package_table(&ctx.scenario.tariff, r) }
                        { mix_figures(r) }
                        { supplements_and_drift(&ctx.scenario.tariff, i, r) }
                        { explanation(i, r, l) }
                    }
                </section>
            </div>
            { lookup_section(&ctx, &errors, value) }
            { print_sheet(&ctx, value) }
        </div>
    }
}
