//! The page's input cards: faste udgifter and pladser, timepris and pakketabel, the packages,
//! særtakster and glidning — the field specs, row kinds and sections the form is built of.
//! Kept apart from the results so that adding an input means reading only this file.
use super::kr;
use crate::model::edit::{self, Choice, Edit};
use crate::model::field::{Column as Input, Field, Table};
use crate::model::tariff::{
    FixedCostForm, HoursUnit, PackageForm, Preset, PriceBasis, SaertakstForm, TariffForm, Vum,
    WageLink,
};
use crate::ui::components::rows::{Layout, RowButton, RowKind};
use crate::ui::components::specs::{
    button, card, get, hint, select, FieldSpec, Fields, FlagSpec, Form, Key, Part,
};
use yew::prelude::*;

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

/// The scenario's one §85 price; its hint says where else it is used.
const BOSTOETTE: FieldSpec<TariffForm> = FieldSpec::number(
    Key::Page(Field::BostoetteTimepris),
    "§85 bostøtte: pris pr. time (kr.)",
    Some("kr."),
    Some("Scenariets ene §85-pris (hvad kommunen betaler for en times bostøtte, ikke botilbuddets timepris). Bruges af Prisopslagets §85-alternativer og som p_b på siden Overgang, hvor en sag kan have sin egen."),
    get!(bostoette_price),
);

const GLIDNING: FieldSpec<TariffForm> = FieldSpec::number(
    Key::Page(Field::GlidningAntal),
    "Glidning: beboere der flyttes én pakke op",
    Some("beboere"),
    None,
    get!(drift_residents),
);

/// Optional: the hours actually delivered, which Sammenlign sets against the ordered ones.
const DELIVERED: FieldSpec<TariffForm> = FieldSpec::number(
    Key::Page(Field::LeveredeTimer),
    "Leverede borgerrelaterede timer pr. år",
    Some("t"),
    Some("Valgfrit: de registrerede ATA-/ansigt-til-ansigt-timer. Siden Sammenlign stiller dem over for de visiterede timer. Tomt: ikke indtastet."),
    get!(delivered_client_hours),
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

const FIXED_COSTS: RowKind = RowKind {
    table: Table::FixedCosts,
    name: ("Fast udgift", "fast udgift"),
    layout: Layout::Fieldset {
        class: "row-fields",
        buttons: None,
    },
    add: "Tilføj fast udgift",
    copy: Some(RowButton::copy("Kopiér")),
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
    copy: Some(RowButton::copy("Kopiér pakke")),
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
    copy: Some(RowButton::copy("Kopiér særtakst")),
    remove: RowButton::remove("Fjern"),
};

pub(super) fn fixed_costs_section(fields: &Fields, form: &Form<TariffForm>) -> Html {
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
    let add = FIXED_COSTS.add_button(fields.dispatch(), form.value.fixed_costs.len());
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

pub(super) fn price_section(
    fields: &Fields,
    form: &Form<TariffForm>,
    link: Option<&WageLink>,
) -> Html {
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
                { fields.field(form, &BOSTOETTE, None) }
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

pub(super) fn packages_section(fields: &Fields, form: &TariffForm) -> Html {
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
    let add = PACKAGES.add_button(fields.dispatch(), form.packages.len());
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

pub(super) fn saertakster_section(fields: &Fields, form: &Form<TariffForm>) -> Html {
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
    let add = SAERTAKSTER.add_button(fields.dispatch(), form.value.supplements.len());
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

/// The hours delivered (DOMAIN.md §5): beside the resident mix, whose ordered hours they are
/// compared with on the Sammenlign page.
pub(super) fn delivered_section(fields: &Fields, form: &Form<TariffForm>) -> Html {
    card(
        "card",
        "leverede-titel",
        "Leverede timer",
        fields.field(form, &DELIVERED, None),
    )
}
