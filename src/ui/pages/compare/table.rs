//! The comparison table (a column per scenario, a row per key figure, each later column with
//! its difference to the first in signs and words) and the inputs that differ.
use crate::model::compare::{csv_rows, Comparison, KeyFigure, Section};
use crate::model::csv::Context;
use crate::model::number::format_dk;
use crate::ui::components::csv_button::csv_button;
use crate::ui::state::Page;
use yew::prelude::*;

/// The page a section's figures come from, named as in the navigation.
fn section_label(s: Section) -> &'static str {
    match s {
        Section::Wage => Page::Wage,
        Section::Roster => Page::Roster,
        Section::Tariff => Page::Tariff,
        Section::Transition => Page::Transition,
    }
    .label()
}

fn figure_row(c: &Comparison, i: usize) -> Html {
    let Some(row) = c.rows.get(i) else {
        return html! {};
    };
    let f = row.figure;
    let unit = f.unit().suffix();
    let cells = row.values.iter().enumerate().map(|(col, value)| {
        let id = format!("sammenlign-{}-{}", col + 1, f.key());
        let text = match value {
            Some(x) => format!("{} {unit}", format_dk(*x, f.decimals())),
            None => "–".into(),
        };
        let diff = col
            .checked_sub(1)
            .and_then(|k| row.differences.get(k))
            .map(|d| match d {
                Some(d) => d.text(f),
                None => "ingen forskel at vise".into(),
            });
        html! {
            <td>
                <span data-testid={id.clone()}>{text}</span>
                if let Some(diff) = diff {
                    <span class="compare-diff" data-testid={format!("{id}-forskel")}>{diff}</span>
                }
            </td>
        }
    });
    html! {
        <tr>
            <th scope="row">{f.label()}</th>
            { for cells }
        </tr>
    }
}

/// The table of key figures.
pub(super) fn figures_table(c: &Comparison) -> Html {
    let first = c.names.first().cloned().unwrap_or_default();
    let span = (c.names.len() + 1).to_string();
    let sections = [
        Section::Wage,
        Section::Roster,
        Section::Tariff,
        Section::Transition,
    ];
    let bodies = sections.into_iter().map(|section| {
        let rows = KeyFigure::ALL
            .iter()
            .enumerate()
            .filter(|(_, f)| f.section() == section)
            .map(|(i, _)| figure_row(c, i));
        html! {
            <tbody>
                <tr class="compare-section"><th scope="rowgroup" colspan={span.clone()}>{section_label(section)}</th></tr>
                { for rows }
            </tbody>
        }
    });
    let heads = c.names.iter().enumerate().map(|(i, name)| {
        html! {
            <th scope="col" data-testid={format!("sammenlign-{}-navn", i + 1)}>
                {name}
                if i > 0 { <span class="compare-diff">{format!("forskel til »{first}«")}</span> }
            </th>
        }
    });
    html! {
        <section class="card compare-figures" aria-labelledby="sammenlign-tabel-titel">
            <div class="table-scroll" role="region" aria-labelledby="sammenlign-tabel-titel" tabindex="0">
                <table data-testid="sammenlign-tabel">
                    <caption id="sammenlign-tabel-titel">{"Nøgletal side om side"}</caption>
                    <thead><tr><th scope="col">{"Nøgletal"}</th>{ for heads }</tr></thead>
                    { for bodies }
                </table>
            </div>
            <p class="hint">{"Forskellen er kolonnens tal minus første kolonnes, med fortegn og i ord; procenten er forskellen i procent af første kolonnes tal. »–« betyder, at siden har fejl i det scenarie."}</p>
            { csv_button("sammenlign-csv", "sammenligningen", "sammenligning.csv".into(), Context::new(&c.names.join(" · "), "hvert scenaries eget år", "se rækkernes enheder"), csv_rows(c)) }
        </section>
    }
}

/// The inputs in which each later scenario differs from the first.
pub(super) fn changes_section(c: &Comparison) -> Html {
    let first = c.names.first().cloned().unwrap_or_default();
    let lists = c
        .names
        .iter()
        .skip(1)
        .zip(&c.changes)
        .enumerate()
        .map(|(k, (name, lines))| {
            let id = format!("sammenlign-forskelle-{}", k + 2);
            html! {
                <div data-testid={id}>
                    <h4>{format!("»{name}« mod »{first}«")}</h4>
                    if lines.is_empty() {
                        <p>{"Ingen forskelle i input."}</p>
                    } else {
                        <ul>{ for lines.iter().map(|l| html! { <li>{l}</li> }) }</ul>
                    }
                </div>
            }
        });
    html! {
        <section class="card compare-changes" aria-labelledby="sammenlign-forskelle-titel">
            <h3 id="sammenlign-forskelle-titel">{"Input der er forskellige"}</h3>
            { for lists }
        </section>
    }
}
