//! The alternatives to compare (a package of Takster's, grouped by VUM level, or §85 hours),
//! the price of the first per døgn, måned and år, and their side-by-side table, which the
//! print sheet reuses.
use crate::model::edit::Choice;
use crate::model::field::{Column as Input, Table};
use crate::model::number::{format_dk, format_dk_trim};
use crate::model::tariff::{
    LookupChoice, LookupForm, LookupKind, Quote, QuoteDiff, TariffForm, TariffResult, Vum,
    MAX_ALTERNATIVES,
};
use crate::ui::components::key_figure::{figures, Figure};
use crate::ui::components::rows::{Layout, RowButton, RowKind};
use crate::ui::components::specs::{
    get, grouped_select, table, Cell, Column, FieldSpec, Fields, Form, Key, TableHead,
};
use crate::ui::pages::tariff::{kr, kr0, open_ended_mark, package_label};
use rust_decimal::Decimal;
use yew::prelude::*;

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

/// The choices of a select: Takster's packages by VUM level (A … E, levels without a
/// package left out), then §85 bostøtte. By id: a choice stays on its package when rows
/// above it are removed.
fn choice_groups(form: &TariffForm) -> Vec<(String, Vec<(String, String)>)> {
    let mut groups: Vec<(String, Vec<(String, String)>)> = Vum::ALL
        .iter()
        .map(|vum| {
            let packages = form.packages.iter().filter(|p| p.vum == *vum);
            let options = packages
                .map(|p| (format!("pakke-{}", p.id), package_label(p)))
                .collect();
            (format!("VUM {}", vum.letter()), options)
        })
        .filter(|(_, options): &(String, Vec<_>)| !options.is_empty())
        .collect();
    groups.push((
        "Bostøtte".into(),
        vec![("bostoette".into(), "§85 bostøtte (timer pr. uge)".into())],
    ));
    groups
}

pub(super) fn alternative_inputs(fields: &Fields, form: &TariffForm) -> Html {
    let groups = choice_groups(form);
    let rows: Vec<Html> = form
        .lookups
        .iter()
        .enumerate()
        .map(|(n, l)| {
            let value = match l.kind {
                LookupKind::Package => format!("pakke-{}", l.package),
                LookupKind::Bostoette => "bostoette".into(),
            };
            let mut groups = groups.clone();
            if l.kind == LookupKind::Package && form.package_position(l.package).is_none() {
                let gone = (value.clone(), "Pakken findes ikke længere".into());
                groups.insert(0, (String::new(), vec![gone]));
            }
            let choice = Input::AlternativeChoice.at(n);
            let on_choice = fields.choose(choice.into(), |v| match v.strip_prefix("pakke-") {
                Some(i) => i.parse().ok().map(|i| Choice::Alternative(Some(i))),
                None => Some(Choice::Alternative(None)),
            });
            let error = fields.error(choice);
            let body = html! {
                <>
                    { grouped_select(choice.into(), "Indsats", &value, &groups, on_choice) }
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

/// The price of the first alternative per døgn, måned and år: the answer the page is for.
pub(super) fn price_figures(r: &TariffResult) -> Html {
    let Some(q) = r.quotes.first() else {
        return html! {};
    };
    // An open-ended package ("og opefter") costs at least this much.
    let label = |what: &str| {
        if q.open_ended {
            format!("Pris pr. {what}, mindst")
        } else {
            format!("Pris pr. {what}")
        }
    };
    figures(
        "key-figures lookup-figures",
        vec![
            Figure::new("opslag-doegn", label("døgn"), kr(q.daily), "kr."),
            Figure::new("opslag-maaned", label("måned"), kr0(q.monthly), "kr."),
            Figure::new("opslag-aar", label("år"), kr0(q.yearly), "kr."),
        ],
    )
}

/// The page's one live line: the first alternative's price, read out as it changes.
pub(super) fn summary(r: &TariffResult) -> String {
    r.quotes
        .first()
        .map(|q| {
            format!(
                "Pris pr. døgn {} kr., pr. måned {} kr., pr. år {} kr.",
                kr(q.daily),
                kr0(q.monthly),
                kr0(q.yearly)
            )
        })
        .unwrap_or_default()
}
