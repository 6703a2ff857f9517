//! Page "Takster" (DOMAIN.md §3): basistakst and ydelsestakst per package, the resident mix
//! against the wage budget, særtakster, glidning, and the case worker's price lookup with a
//! one-page print. All figures come from `model::tariff`; the timepris, the wage budget and
//! the borgerrelaterede timer come from the wage page through `WageLink`.
use crate::model::edit::{self, Choice, Edit};
use crate::model::field::{Column as Input, Field, Table};
use crate::model::number::{format_dk, format_dk_trim};
use crate::model::tariff::{
    FixedCostForm, HourlySource, HoursUnit, LookupChoice, LookupForm, LookupKind, PackageForm,
    PackageResult, Preset, PriceBasis, Quote, QuoteDiff, SaertakstForm, TariffForm, TariffInput,
    TariffResult, Vum, WageLink, MAX_ALTERNATIVES,
};
use crate::platform;
use crate::ui::app::SharedFigures;
use crate::ui::components::explain::{self, Step};
use crate::ui::components::key_figure::{figures, Figure};
use crate::ui::components::results::{live_summary, stale_banner, use_last_valid};
use crate::ui::components::rows::{Layout, RowButton, RowKind};
use crate::ui::components::specs::{
    button, card, get, hint, select, table, use_fields, Cell, Column, FieldSpec, Fields, FlagSpec,
    Form, Key, Part, Place, TableHead,
};
use crate::ui::state::AppContext;
use crate::ui::text::with_unit;
use rust_decimal::Decimal;
use std::rc::Rc;
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

const TARIFF: Place = Place::Page;

const PLACES: [FieldSpec<TariffForm>; 3] = [
    FieldSpec::number(
        Key::Page(Field::Pladser),
        "Antal pladser",
        Some("pladser"),
        None,
        get!(places),
    ),
    FieldSpec::number(
        Key::Page(Field::Belaegning),
        "Belægning (%)",
        Some("%"),
        Some("Budgetteres typisk med 95–100 %."),
        get!(occupancy_pct),
    ),
    FieldSpec::number(
        Key::Page(Field::Overhead),
        "Overhead (% oven på basis- og ydelsestakst)",
        Some("%"),
        Some("Hovedstadens rammeaftale: ca. 6 %."),
        get!(overhead_pct),
    ),
];

/// Its hint names the wage page's timepris.
const HOURLY: FieldSpec<TariffForm> = FieldSpec::number(
    Key::Page(Field::IndtastetTimepris),
    "Timepris (kr. pr. borgerrelateret time)",
    Some("kr."),
    None,
    get!(hourly_price),
);

const GLIDNING: FieldSpec<TariffForm> = FieldSpec::number(
    Key::Page(Field::GlidningAntal),
    "Glidning: beboere der flyttes én pakke op",
    Some("beboere"),
    None,
    get!(drift_residents),
);

/// Its hint names the timepris in use.
const BOSTOETTE: FieldSpec<TariffForm> = FieldSpec::number(
    Key::Page(Field::BostoetteTimepris),
    "§85 bostøtte: pris pr. time (kr.)",
    Some("kr."),
    None,
    get!(bostoette_price),
);

const FIXED_COST: [FieldSpec<FixedCostForm>; 2] = [
    FieldSpec::text(Key::Row(Input::FixedCostName), "Navn", None, get!(name)),
    FieldSpec::number(
        Key::Row(Input::FixedCostAmount),
        "Beløb pr. år (kr.)",
        Some("kr."),
        None,
        get!(amount),
    ),
];

/// In form order; the selects and the checkbox go between them (`package_row`).
const PACKAGE: [FieldSpec<PackageForm>; 5] = [
    FieldSpec::text(Key::Row(Input::PackageCode), "Kode", None, get!(code)),
    FieldSpec::text(Key::Row(Input::PackageName), "Navn", None, get!(name)),
    FieldSpec::number(
        Key::Row(Input::PackageHours),
        "Støtte",
        Some(""),
        Some("Borgerrelaterede timer; enheden vælges nedenfor."),
        get!(hours),
    ),
    FieldSpec::number(
        Key::Row(Input::PackagePrice),
        "Pris pr. døgn (kr.)",
        Some("kr."),
        Some("Tom = timer × timepris."),
        get!(price),
    ),
    FieldSpec::number(
        Key::Row(Input::PackageResidents),
        "Beboere i pakken",
        Some("beboere"),
        None,
        get!(residents),
    ),
];

const OPEN_ENDED: FlagSpec<PackageForm> = FlagSpec {
    key: Key::Row(Input::PackageOpenEnded),
    label: "»og opefter« (tallene er et minimum)",
    flag: get!(open_ended),
};

const SAERTAKST: [FieldSpec<SaertakstForm>; 3] = [
    FieldSpec::text(
        Key::Row(Input::SaertakstPseudonym),
        "Borger (pseudonym)",
        Some("Brug et pseudonym, aldrig CPR-nummer."),
        get!(pseudonym),
    ),
    FieldSpec::number(
        Key::Row(Input::SaertakstHours),
        "Ekstra timer pr. uge",
        Some("t"),
        None,
        get!(extra_hours),
    ),
    FieldSpec::number(
        Key::Row(Input::SaertakstMonths),
        "Antal måneder (Gladsaxe: 4 ad gangen)",
        Some("mdr."),
        None,
        get!(months),
    ),
];

/// Shown for a §85 alternative only.
const LOOKUP_HOURS: FieldSpec<LookupForm> = FieldSpec::number(
    Key::Row(Input::AlternativeHours),
    "§85 timer pr. uge",
    Some("t"),
    Some("Holstebro: pakke 5 = 6 timer pr. uge."),
    get!(hours),
);

const FIXED_COSTS: RowKind = RowKind {
    table: Table::FixedCosts,
    name: ("Fast udgift", "fast udgift"),
    layout: Layout::Fieldset {
        class: "row-fields",
        buttons: None,
    },
    add: "Tilføj fast udgift",
    copy: None,
    remove: RowButton::remove("Fjern"),
};

const PACKAGES: RowKind = RowKind {
    table: Table::Packages,
    name: ("Pakke", "pakke"),
    layout: Layout::Fieldset {
        class: "row-fields package",
        buttons: None,
    },
    add: "Tilføj pakke",
    copy: None,
    remove: RowButton::remove("Fjern"),
};

const SAERTAKSTER: RowKind = RowKind {
    table: Table::Saertakster,
    name: ("Særtakst", "særtakst"),
    layout: Layout::Fieldset {
        class: "row-fields",
        buttons: None,
    },
    add: "Tilføj særtakst",
    copy: None,
    remove: RowButton::remove("Fjern"),
};

const LOOKUPS: RowKind = RowKind {
    table: Table::Alternatives,
    name: ("Alternativ", "alternativ"),
    layout: Layout::Fieldset {
        class: "row-fields",
        buttons: None,
    },
    add: "Tilføj alternativ",
    copy: None,
    remove: RowButton::remove("Fjern"),
};

fn fixed_costs_section(fields: &Fields, form: &Form<TariffForm>) -> Html {
    let rows: Vec<Html> = form
        .value
        .fixed_costs
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let body = fields.all(&Form::row(c, i), &FIXED_COST);
            FIXED_COSTS.row(fields.dispatch(), i, None, body, true)
        })
        .collect();
    let add = FIXED_COSTS.add_button(fields.dispatch());
    card(
        "card",
        "basis-titel",
        "Basistakst: faste udgifter",
        html! {
            <>
                { hint("Bygning, leder, nattevagt, administration, pedel, regulering fra tidligere år (VIVE 2019, §4.4). Standardbeløbene er et eksempel på 3 mio. kr.; kilderne oplyser ingen basistakst.") }
                { for rows }
                {add}
                { fields.all(form, &PLACES) }
            </>
        },
    )
}

/// (value, label) pairs for `select`.
fn options(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(v, l)| (v.to_string(), l.to_string()))
        .collect()
}

fn price_section(fields: &Fields, form: &Form<TariffForm>, link: Option<&WageLink>) -> Html {
    let wage_hint = match link {
        Some(l) => format!(
            "Tom = timeprisen fra Lønbudget ({} kr.).",
            kr(l.hourly_price)
        ),
        None => "Tom = timeprisen fra Lønbudget.".into(),
    };
    let basis_value = match form.value.price_basis {
        PriceBasis::Doegntakst => "doegntakst",
        PriceBasis::Ydelsestakst => "ydelsestakst",
    };
    let on_basis = fields.choose(Field::Prisgrundlag.into(), |v| {
        Some(Choice::Basis(if v == "ydelsestakst" {
            PriceBasis::Ydelsestakst
        } else {
            PriceBasis::Doegntakst
        }))
    });
    let preset = |id: &'static str, text: &'static str, preset: Preset| {
        let load = fields.send(Edit::Preset(edit::Preset::Tariff(preset)));
        button(Some("secondary"), Some(id.into()), None, text, load)
    };
    card(
        "card",
        "pris-titel",
        "Timepris og pakketabel",
        html! {
            <>
                { fields.field(form, &HOURLY, Some(wage_hint)) }
                { select(Field::Prisgrundlag.into(), "En indtastet pris pr. døgn er", basis_value, &options(&[
                    ("doegntakst", "Hele døgntaksten"),
                    ("ydelsestakst", "Kun ydelsestaksten (basistakst lægges oveni)"),
                ]), on_basis) }
                { hint("Indlæs en offentliggjort pakketabel (erstatter pakkerne; faste udgifter og timepris bevares):") }
                <div class="button-row">
                    { preset("skabelon-gladsaxe", "Gladsaxe (6 pakker, timer pr. uge)", Preset::Gladsaxe) }
                    { preset("skabelon-ikast-brande", "Ikast-Brande (priser og minutter pr. døgn)", Preset::IkastBrande) }
                </div>
            </>
        },
    )
}

fn source_note(form: &TariffForm) -> Html {
    let (id, text) = match (form.preset, form.price_basis) {
        (Preset::IkastBrande, PriceBasis::Ydelsestakst) => (
            Some("ikast-brande-note"),
            "Ikast-Brandes priser (VIVE 2019, boks 4.4) er ydelsestakster: basistaksten er ikke offentliggjort og lægges oveni fra jeres egne faste udgifter. Den beregnede timepris er pris × 7 / timer pr. uge (ca. 384 kr.; 1.1 giver 391 kr. pga. afrunding). 6.1 står i kilden som »2.498+ kr., 390+ min.«: tallene er et minimum. A (råd og vejledning) og B (væresteder) har 0 min. og er udeladt.",
        ),
        (_, PriceBasis::Ydelsestakst) => (
            Some("ikast-brande-note"),
            "Indtastede priser er ydelsestakster; basistaksten og overhead lægges oveni.",
        ),
        (Preset::Gladsaxe, _) => (
            None,
            "Gladsaxes pakker (VIVE 2019, boks 4.3): gennemsnitligt antal borgerrelaterede timer pr. uge. Pakke 6 gælder »6 og opefter«. Beboertallene er et eksempel.",
        ),
        _ => return html! {},
    };
    html! { <p class="note" data-testid={id}>{text}</p> }
}

/// A package's inputs: rendered again only when the package changed (`Part`), as the
/// stress scenario's dozen packages would otherwise slow down every keystroke on the page.
#[derive(PartialEq)]
struct PackageRow {
    index: usize,
    form: PackageForm,
}

impl Part for PackageRow {
    fn view(&self, fields: &Fields) -> Html {
        package_row(fields, self.index, &self.form)
    }
}

fn package_row(fields: &Fields, i: usize, p: &PackageForm) -> Html {
    let form = Form::row(p, i);
    let vum_options: Vec<(String, String)> = Vum::ALL
        .iter()
        .map(|v| (v.letter().to_string(), v.letter().to_string()))
        .collect();
    let unit_options = options(&[("uge", "timer pr. uge"), ("doegn", "minutter pr. døgn")]);
    let on_vum = fields.choose(Input::PackageVum.at(i).into(), |v| {
        Vum::ALL
            .into_iter()
            .find(|x| x.letter() == v)
            .map(Choice::Vum)
    });
    let unit_value = match p.unit {
        HoursUnit::PerWeek => "uge",
        HoursUnit::MinutesPerDay => "doegn",
    };
    let on_unit = fields.choose(Input::PackageUnit.at(i).into(), |v| {
        Some(Choice::Unit(if v == "doegn" {
            HoursUnit::MinutesPerDay
        } else {
            HoursUnit::PerWeek
        }))
    });
    let [code, name, hours, price, residents] = &PACKAGE;
    let body = html! {
        <>
            { fields.field(&form, code, None) }
            { fields.field(&form, name, None) }
            { select(Input::PackageVum.at(i).into(), "VUM-kategori", p.vum.letter(), &vum_options, on_vum) }
            { fields.field(&form, hours, None) }
            { select(Input::PackageUnit.at(i).into(), "Enhed for støtten", unit_value, &unit_options, on_unit) }
            { fields.field(&form, price, None) }
            { fields.flag(&form, &OPEN_ENDED) }
            { fields.field(&form, residents, None) }
        </>
    };
    let legend = format!("Pakke {}: {}", i + 1, p.code);
    PACKAGES.row(fields.dispatch(), i, Some(legend), body, true)
}

fn packages_section(fields: &Fields, form: &TariffForm) -> Html {
    let rows: Vec<Html> = form
        .packages
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let row = PackageRow {
                index: i,
                form: p.clone(),
            };
            fields.part(Table::Packages, i, row)
        })
        .collect();
    let add = PACKAGES.add_button(fields.dispatch());
    card(
        "card",
        "pakker-titel",
        "Ydelsespakker og beboere",
        html! {
            <>
                { source_note(form) }
                { for rows }
                {add}
            </>
        },
    )
}

fn saertakster_section(fields: &Fields, form: &Form<TariffForm>) -> Html {
    let rows: Vec<Html> = form
        .value
        .supplements
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let body = fields.all(&Form::row(s, i), &SAERTAKST);
            SAERTAKSTER.row(fields.dispatch(), i, None, body, true)
        })
        .collect();
    let add = SAERTAKSTER.add_button(fields.dispatch());
    card(
        "card",
        "saertakst-titel",
        "Særtakster og glidning",
        html! {
            <>
                { for rows }
                {add}
                { fields.field(form, &GLIDNING, None) }
            </>
        },
    )
}

/// A row of the package table.
struct PackagePrices<'a> {
    form: &'a PackageForm,
    result: &'a PackageResult,
}

impl PackagePrices<'_> {
    fn plus(&self) -> &'static str {
        if self.result.open_ended {
            "+"
        } else {
            ""
        }
    }
}

fn package_table(form: &TariffForm, r: &TariffResult) -> Html {
    let columns: [Column<PackagePrices>; 8] = [
        Column {
            heading: "VUM",
            key: None,
            cell: |r| Cell::text(r.form.vum.letter()),
        },
        Column {
            heading: "Timer pr. uge",
            key: Some("timer-uge"),
            cell: |r| Cell::text(format_dk(r.result.hours_per_week, 2) + r.plus()),
        },
        Column {
            heading: "Min. pr. døgn",
            key: Some("min-doegn"),
            cell: |r| Cell::text(format_dk(r.result.minutes_per_day, 0) + r.plus()),
        },
        Column {
            heading: "Ydelsestakst",
            key: Some("ydelsestakst"),
            cell: |r| Cell::text(kr(r.result.service_rate)),
        },
        Column {
            heading: "Døgntakst",
            key: Some("doegntakst"),
            cell: |r| Cell::after(kr(r.result.daily_rate), r.plus().into()),
        },
        Column {
            heading: "Månedspris",
            key: Some("maanedspris"),
            cell: |r| Cell::text(kr0(r.result.monthly_price)),
        },
        Column {
            heading: "Årspris",
            key: Some("aarspris"),
            cell: |r| Cell::text(kr0(r.result.yearly_price)),
        },
        Column {
            heading: "Timepris",
            key: Some("timepris"),
            cell: |r| {
                let hourly = r.result.hourly_price.map(kr).unwrap_or_else(|| "–".into());
                let tag = if r.result.implied {
                    html! { <span class="tag">{" beregnet"}</span> }
                } else {
                    html! {}
                };
                Cell::after(hourly, tag)
            },
        },
    ];
    let rows = form
        .packages
        .iter()
        .zip(&r.packages)
        .map(|(form, result)| (package_label(form), PackagePrices { form, result }))
        .collect();
    let head = TableHead {
        class: "packages",
        caption: "Priser pr. pakke (kr.; »+« = minimum)",
        caption_id: Some("pakketabel-titel"),
        label: None,
        row_heading: "Pakke",
    };
    table(&head, &columns, rows, Table::Packages)
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
            { figures("key-figures", vec![
                Figure::new("mix-beboere", "Beboere i alt", format_dk_trim(m.residents, 2), ""),
                Figure::new("mix-indtaegt-aar", format!("Indtægt pr. år ({least}kr.)"), kr0(m.revenue_year), "kr."),
                Figure::new("mix-visiterede-timer", format!("Visiterede timer pr. år ({least})"), kr0(m.ordered_hours), "t"),
                Figure::new("mix-borger-timer", "Borgerrelaterede timer lønbudgettet køber", kr0(m.client_hours), "t"),
                Figure::new("mix-timebalance", balance_label, kr0(m.hour_balance), "t"),
                Figure::new("mix-timebalance-kr", "Timebalance i kr. (× timepris fra Lønbudget)", kr0(m.hour_balance_kr), "kr."),
                Figure::new("balanceret-timepris", "Timepris hvor ydelsestaksterne dækker lønbudgettet", balanced, "kr."),
            ]) }
        </>
    }
}

fn saertakster_and_glidning(form: &TariffForm, i: &TariffInput, r: &TariffResult) -> Html {
    let glidning = r.glidning.iter().map(|d| {
        let name = |k: usize| form.packages.get(k).map(|p| p.code.clone()).unwrap_or_default();
        html! {
            <li>{format!("{} beboer(e) fra {} til {}: ", format_dk_trim(i.glidning_residents, 2), name(d.from), name(d.from + 1))}
                <span data-testid={format!("glidning-{}-kr", d.from + 1)}>{kr0(d.amount)}</span>{" kr. pr. år"}</li>
        }
    });
    html! {
        <>
            if !r.saertakster.is_empty() {
                <h3>{"Særtakster"}</h3>
                <ul class="plain">
                    { for r.saertakster.iter().enumerate().map(|(n, s)| html! {
                        <li>{format!("{}: ", s.pseudonym)}<span data-testid={Table::Saertakster.row_id(n, "kr")}>{kr0(s.cost)}</span>{" kr."}</li>
                    }) }
                    <li><strong>{"I alt: "}<span data-testid="saertakster-i-alt">{kr0(r.saertakster_total)}</span>{" kr."}</strong></li>
                </ul>
            }
            <h3>{"Glidning: hvad koster det, når beboere flyttes én pakke op?"}</h3>
            <ul class="plain">{ for glidning }</ul>
        </>
    }
}

fn explanation(shown: &Rc<(TariffInput, TariffResult, WageLink)>) -> Html {
    let (i, r, link) = &**shown;
    let p = |x| format_dk_trim(x, 2);
    let days = p(link.days_per_year);
    let mut steps = vec![Step::new(
        "Basistakst",
        "Σ faste udgifter / (pladser × dage pr. år × belægning/100)",
        format!(
            "{} / ({} × {days} × {}/100)",
            kr(r.fixed_total),
            p(i.places),
            p(i.occupancy_pct)
        ),
        with_unit(r.basistakst, 2, "kr."),
    )];
    if let (Some(pkg), Some(res)) = (i.packages.first(), r.packages.first()) {
        let service = match pkg.price {
            None => Step::new(
                &format!("Ydelsestakst, pakke {}", pkg.code),
                "timer pr. uge / 7 × timepris",
                format!("{} / 7 × {}", p(pkg.hours_per_week), kr(r.hourly_price)),
                with_unit(res.service_rate, 2, "kr."),
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
            with_unit(res.daily_rate, 2, "kr."),
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
            with_unit(r.mix.revenue_year, 0, "kr."),
        ),
        Step::new(
            "Visiterede timer",
            "Σ beboere × timer pr. uge × dage pr. år / 7",
            format!("Σ over {} pakker", r.packages.len()),
            with_unit(r.mix.ordered_hours, 0, "t"),
        ),
        Step::new(
            "Timebalance",
            "borgerrelaterede timer (Lønbudget) − visiterede timer",
            format!("{} − {}", kr0(link.client_hours), kr0(r.mix.ordered_hours)),
            with_unit(r.mix.hour_balance, 0, "t"),
        ),
        Step::new(
            "Balanceret timepris",
            "lønbudget / visiterede timer",
            format!("{} / {}", kr0(link.budget), kr0(r.mix.ordered_hours)),
            r.mix
                .balanced_hourly_price
                .map(|x| with_unit(x, 2, "kr."))
                .unwrap_or_else(|| "–".into()),
        ),
        Step::new(
            "Særtakst",
            "ekstra timer pr. uge / 7 × timepris × måneder × dage pr. år / 12 × (1 + overhead/100)",
            format!("timepris {} kr.", kr(r.hourly_price)),
            with_unit(r.saertakster_total, 0, "kr. i alt"),
        ),
        Step::new(
            "Glidning",
            "k × (døgntakst næste pakke − døgntakst) × dage pr. år",
            format!("k = {}", p(i.glidning_residents)),
            "se listen".into(),
        ),
    ]);
    let notes = [
        "Timeprisen, lønbudgettet og de borgerrelaterede timer kommer fra siden Lønbudget → timer.",
        "En måned er et år / 12. Tal afrundes kun ved visning.",
        "Pakker markeret »+« (og opefter) regnes med deres minimum.",
    ];
    explain::body(&steps, Html::default(), &notes)
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

fn alternative_inputs(fields: &Fields, form: &TariffForm) -> Html {
    let mut options: Vec<(String, String)> = form
        .packages
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("pakke-{i}"), package_label(p)))
        .collect();
    options.push(("bostoette".into(), "§85 bostøtte (timer pr. uge)".into()));
    let rows: Vec<Html> = form
        .lookups
        .iter()
        .enumerate()
        .map(|(n, l)| {
            let value = match l.kind {
                LookupKind::Package => format!("pakke-{}", l.package),
                LookupKind::Bostoette => "bostoette".into(),
            };
            let choice = Input::AlternativeChoice.at(n);
            let on_choice = fields.choose(choice.into(), |v| match v.strip_prefix("pakke-") {
                Some(i) => i.parse().ok().map(|i| Choice::Alternative(Some(i))),
                None => Some(Choice::Alternative(None)),
            });
            let error = fields.error(choice);
            let body = html! {
                <>
                    { select(choice.into(), "Indsats", &value, &options, on_choice) }
                    if let Some(e) = error { <p class="error-message" role="alert">{e}</p> }
                    if l.kind == LookupKind::Bostoette {
                        { fields.field(&Form::row(l, n), &LOOKUP_HOURS, None) }
                    }
                </>
            };
            // The first alternative is the one the price lookup shows: it stays.
            LOOKUPS.row(fields.dispatch(), n, None, body, n > 0)
        })
        .collect();
    let add =
        (form.lookups.len() < MAX_ALTERNATIVES).then(|| LOOKUPS.add_button(fields.dispatch()));
    html! { <>{ for rows }{add}</> }
}

/// A row of the comparison of alternatives.
struct QuoteRow<'a> {
    first: bool,
    quote: &'a Quote,
    diff: &'a QuoteDiff,
}

impl QuoteRow<'_> {
    fn plus(&self) -> &'static str {
        if self.quote.open_ended {
            "+"
        } else {
            ""
        }
    }

    /// The difference to the first alternative (none for the first itself).
    fn diff(&self, x: Decimal, dp: u32) -> Cell {
        Cell::text(if self.first {
            "–".into()
        } else {
            signed(x, dp)
        })
    }
}

fn comparison_table(form: &TariffForm, r: &TariffResult) -> Html {
    let columns: [Column<QuoteRow>; 6] = [
        Column {
            heading: "Pr. døgn",
            key: Some("doegn"),
            cell: |r| Cell::after(kr(r.quote.daily), r.plus().into()),
        },
        Column {
            heading: "Pr. måned",
            key: Some("maaned"),
            cell: |r| Cell::after(kr0(r.quote.monthly), r.plus().into()),
        },
        Column {
            heading: "Pr. år",
            key: Some("aar"),
            cell: |r| Cell::after(kr0(r.quote.yearly), r.plus().into()),
        },
        Column {
            heading: "Forskel pr. døgn",
            key: Some("forskel-doegn"),
            cell: |r| r.diff(r.diff.daily, 2),
        },
        Column {
            heading: "Forskel pr. måned",
            key: Some("forskel-maaned"),
            cell: |r| r.diff(r.diff.monthly, 0),
        },
        Column {
            heading: "Forskel pr. år",
            key: Some("forskel-aar"),
            cell: |r| r.diff(r.diff.yearly, 0),
        },
    ];
    let rows = r
        .quotes
        .iter()
        .zip(&r.differences)
        .enumerate()
        .map(|(n, (quote, diff))| {
            let heading = format!("{}. {}", n + 1, choice_label(form, quote.choice));
            let row = QuoteRow {
                first: n == 0,
                quote,
                diff,
            };
            (heading, row)
        })
        .collect();
    let head = TableHead {
        class: "comparison",
        caption: "Alternativer side om side (kr.; forskel til alternativ 1)",
        caption_id: None,
        label: Some("Sammenligning af alternativer"),
        row_heading: "Indsats",
    };
    table(&head, &columns, rows, Table::Alternatives)
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
    fields: &Fields,
    form: &Form<TariffForm>,
    shown: Option<&(TariffInput, TariffResult, WageLink)>,
) -> Html {
    let bostoette_hint =
        shown.map(|(_, r, _)| format!("Tom = timeprisen i brug ({} kr.).", kr(r.hourly_price)));
    let first = shown.and_then(|(_, r, _)| r.quotes.first());
    let on_print = Callback::from(|_: MouseEvent| platform::print());
    html! {
        <section class="card lookup" aria-labelledby="opslag-titel">
            <h2 id="opslag-titel">{"Prisopslag til sagsbehandleren"}</h2>
            <div class="lookup-grid">
                <div>
                    { fields.field(form, &BOSTOETTE, bostoette_hint) }
                    { alternative_inputs(fields, form.value) }
                </div>
                <div>
                    if let Some(q) = first {
                        { figures("key-figures lookup-figures", vec![
                            Figure::new("opslag-doegn", "Pris pr. døgn", kr(q.daily), "kr."),
                            Figure::new("opslag-maaned", "Pris pr. måned", kr0(q.monthly), "kr."),
                            Figure::new("opslag-aar", "Pris pr. år", kr0(q.yearly), "kr."),
                        ]) }
                    }
                    if let Some((_, r, _)) = shown { { comparison_table(form.value, r) } }
                    { button(None, Some("udskriv".into()), None, "Udskriv prisoverslag", on_print) }
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

/// The line the live region announces: the basistakst and the timepris it is built on.
fn summary(r: &TariffResult) -> String {
    format!(
        "Basistakst {} kr. pr. døgn; timepris {} kr.",
        kr(r.basistakst),
        kr(r.hourly_price)
    )
}

/// The results: key figures, package prices, mix, særtakster and glidning, explanation.
fn results(form: &TariffForm, shown: &Rc<(TariffInput, TariffResult, WageLink)>) -> Html {
    let (i, r, _) = &**shown;
    html! {
        <>
            { figures("key-figures", vec![
                Figure::new("faste-udgifter-i-alt", "Faste udgifter i alt", kr0(r.fixed_total), "kr."),
                Figure::new("basistakst", "Basistakst pr. døgn", kr(r.basistakst), "kr."),
                Figure::new("timepris-i-brug", match r.hourly_source {
                    HourlySource::Wage => "Timepris (fra Lønbudget)",
                    HourlySource::Entered => "Timepris (indtastet)",
                }, kr(r.hourly_price), "kr."),
            ]) }
            { package_table(form, r) }
            { mix_figures(r) }
            { saertakster_and_glidning(form, i, r) }
            { explain::explain(shown.clone(), explanation) }
        </>
    }
}

/// The page component.
#[component]
pub fn TariffPage() -> Html {
    let (Some(ctx), Some(shared)) = (use_context::<AppContext>(), use_context::<SharedFigures>())
    else {
        return html! {};
    };
    let tariff = shared.0.tariff();
    let link = tariff.link;
    let fields = use_fields(ctx.dispatcher(), (*tariff.errors).clone());
    let reason = tariff.outcome.reason();
    let shown = use_last_valid(tariff.outcome.ready().cloned());
    let value = shown.value.as_deref();
    let defaults = TariffForm::default();
    let form = Form {
        value: &ctx.scenario.tariff,
        place: TARIFF,
        defaults: Some(&defaults),
    };
    html! {
        <div class="tariff-page">
            <div class="page-grid">
                <form class="inputs" aria-label="Input til takster" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { fixed_costs_section(&fields, &form) }
                    { price_section(&fields, &form, link.as_ref()) }
                    { packages_section(&fields, form.value) }
                    { saertakster_section(&fields, &form) }
                </form>
                <section class={classes!("results", shown.stale.then_some("stale"))} aria-labelledby="takst-resultat-titel">
                    <h2 id="takst-resultat-titel">{"Resultat"}</h2>
                    { stale_banner(shown.stale, reason) }
                    { live_summary(value.map(|(_, r, _)| summary(r))) }
                    if let Some(shown) = &shown.value { { results(&ctx.scenario.tariff, shown) } }
                </section>
            </div>
            { lookup_section(&fields, &form, value) }
            { print_sheet(&ctx, value) }
        </div>
    }
}
