//! The case worker's price lookup: the §85 bostøtte price, the alternatives to compare and
//! their side-by-side table. A concern of its own: it answers "what does this citizen cost",
//! not "what is the tariff", and the print sheet reuses its table.
use super::{kr, kr0, open_ended_mark, package_label};
use crate::model::edit::Choice;
use crate::model::field::{Column as Input, Field, Table};
use crate::model::number::{format_dk, format_dk_trim};
use crate::model::tariff::{
    LookupChoice, LookupForm, LookupKind, Quote, QuoteDiff, TariffForm, TariffInput, TariffResult,
    WageLink, MAX_ALTERNATIVES,
};
use crate::platform;
use crate::ui::components::key_figure::{figures, Figure};
use crate::ui::components::rows::{Layout, RowButton, RowKind};
use crate::ui::components::specs::{
    button, get, select, table, Cell, Column, FieldSpec, Fields, Form, Key, TableHead,
};
use rust_decimal::Decimal;
use yew::prelude::*;

/// The scenario's one §85 price; its hint says where else it is used.
const BOSTOETTE: FieldSpec<TariffForm> = FieldSpec::number(
    Key::Page(Field::BostoetteTimepris),
    "§85 bostøtte: pris pr. time (kr.)",
    Some("kr."),
    Some("Scenariets ene §85-pris (hvad kommunen betaler for en times bostøtte, ikke botilbuddets timepris). Bruges her og som p_b på siden Overgang, hvor en sag kan have sin egen."),
    get!(bostoette_price),
);

/// Shown for a §85 alternative only.
const LOOKUP_HOURS: FieldSpec<LookupForm> = FieldSpec::number(
    Key::Row(Input::AlternativeHours),
    "§85 timer pr. uge",
    Some("t"),
    Some("Holstebro: pakke 5 = 6 timer pr. uge."),
    get!(hours),
);

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
    // By id: a choice stays on its package when rows above it are removed.
    let mut options: Vec<(String, String)> = form
        .packages
        .iter()
        .map(|p| (format!("pakke-{}", p.id), package_label(p)))
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
            let mut options = options.clone();
            if l.kind == LookupKind::Package && form.package_position(l.package).is_none() {
                options.insert(0, (value.clone(), "Pakken findes ikke længere".into()));
            }
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
    let add = (form.lookups.len() < MAX_ALTERNATIVES)
        .then(|| LOOKUPS.add_button(fields.dispatch(), form.lookups.len()));
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
        open_ended_mark(self.quote.open_ended)
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

pub(super) fn comparison_table(form: &TariffForm, r: &TariffResult) -> Html {
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

pub(super) fn lookup_section(
    fields: &Fields,
    form: &Form<TariffForm>,
    shown: Option<&(TariffInput, TariffResult, WageLink)>,
) -> Html {
    let first = shown.and_then(|(_, r, _)| r.quotes.first());
    let on_print = Callback::from(|_: MouseEvent| platform::print(Some("udskrift-prisoverslag")));
    html! {
        <section class="card lookup" aria-labelledby="opslag-titel">
            <h2 id="opslag-titel">{"Prisopslag til sagsbehandleren"}</h2>
            <div class="lookup-grid">
                <div>
                    { fields.field(form, &BOSTOETTE, None) }
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
