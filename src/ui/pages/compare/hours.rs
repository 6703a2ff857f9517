//! Ordered vs. budgeted vs. delivered hours over all saved scenarios (Ringkøbing-Skjern's
//! "visiterede vs. leverede timer"): a table sortable by every column, and a bar chart whose
//! text alternative is that table.
use crate::model::compare::{delivery_csv_rows, sort_order, Delivery, SortKey, Summary};
use crate::model::csv::Context;
use crate::model::number::format_dk;
use crate::ui::components::csv_button::csv_button;
use crate::ui::svg::num;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

use super::Click;

/// The column sorted by and whether descending.
pub(super) type Sort = (SortKey, bool);

fn cell(d: &Delivery, key: SortKey) -> String {
    match key.value(d) {
        Some(x) => format_dk(x, key.decimals()),
        None => "–".into(),
    }
}

fn table(
    rows: &[(String, Delivery)],
    order: &[usize],
    sort: Sort,
    on_click: &Callback<Click>,
) -> Html {
    let heads = SortKey::ALL.iter().map(|&key| {
        let sorted = sort.0 == key;
        let aria_sort = match (sorted, sort.1) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        };
        let onclick = {
            let on_click = on_click.clone();
            Callback::from(move |_: MouseEvent| on_click.emit(Click::Sort(key)))
        };
        let arrow = match (sorted, sort.1) {
            (false, _) => "",
            (true, false) => " ▲",
            (true, true) => " ▼",
        };
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" class="sort" data-testid={format!("sammenlign-sorter-{}", key.key())} onclick={onclick}>
                    {key.label()}{arrow}
                </button>
            </th>
        }
    });
    let body = order.iter().enumerate().filter_map(|(n, &i)| {
        let (name, d) = rows.get(i)?;
        let cells = SortKey::ALL.iter().skip(1).map(|&key| html! {
            <td data-testid={format!("sammenlign-timer-{}-{}", n + 1, key.key())}>{cell(d, key)}</td>
        });
        Some(html! {
            <tr>
                <th scope="row" data-testid={format!("sammenlign-timer-{}-navn", n + 1)}>{name}</th>
                { for cells }
            </tr>
        })
    });
    html! {
        <div class="table-scroll" role="region" aria-labelledby="sammenlign-timer-tabel-titel" tabindex="0">
            <table data-testid="sammenlign-timer-tabel">
                <caption id="sammenlign-timer-tabel-titel">{"Timer pr. år pr. botilbud (klik på en overskrift for at sortere)"}</caption>
                <thead><tr>{ for heads }</tr></thead>
                <tbody>{ for body }</tbody>
            </table>
        </div>
    }
}

const W: f64 = 360.0;
const LEFT: f64 = 100.0;
const RIGHT: f64 = 60.0;
const BAR: f64 = 14.0;
const GROUP: f64 = 3.0 * (BAR + 3.0) + 22.0;

/// One bar at `y`: its name, the bar (`scale` px per hour) and its value as text.
fn bar(
    y: f64,
    label: &'static str,
    class: &'static str,
    value: Option<Decimal>,
    scale: f64,
) -> Html {
    let width = value.map_or(0.0, |v| v.to_f64().unwrap_or(0.0).max(0.0) * scale);
    let text = value.map_or_else(|| "ikke indtastet".to_string(), |v| format_dk(v, 0));
    html! {
        <>
            <text x={num(LEFT - 6.0, 1)} y={num(y + BAR - 3.0, 1)} text-anchor="end" class="cmp-label">{label}</text>
            <rect x={num(LEFT, 1)} y={num(y, 1)} width={num(width, 1)} height={num(BAR, 1)} class={class} />
            <text x={num(LEFT + width + 4.0, 1)} y={num(y + BAR - 3.0, 1)} class="cmp-label">{text}</text>
        </>
    }
}

/// Three bars per botilbud, in the table's order. Each bar carries its name ("visiteret",
/// "budget", "leveret") and its value as text, and the three have different fills and
/// outlines, so colour is never the only cue. Its text alternative is the table above.
fn chart(rows: &[(String, Delivery)], order: &[usize]) -> Html {
    let f = |x: Decimal| x.to_f64().unwrap_or(0.0);
    let max = rows
        .iter()
        .flat_map(|(_, d)| [d.ordered, d.budget, d.delivered])
        .flatten()
        .map(f)
        .fold(0.0, f64::max);
    let scale = if max > 0.0 {
        (W - LEFT - RIGHT) / max
    } else {
        0.0
    };
    let height = GROUP * order.len() as f64 + 8.0;
    let bars = order.iter().enumerate().filter_map(|(n, &i)| {
        let (name, d) = rows.get(i)?;
        let top = 8.0 + GROUP * n as f64;
        Some(html! {
            <g>
                <text x="4" y={num(top + 12.0, 1)} class="cmp-name">{name}</text>
                { for [("visiteret", "cmp-ordered", d.ordered), ("budgettet køber", "cmp-budget", d.budget), ("leveret", "cmp-delivered", d.delivered)]
                    .into_iter().enumerate().map(|(k, (label, class, value))| {
                        let y = top + 18.0 + k as f64 * (BAR + 3.0);
                        bar(y, label, class, value, scale)
                    }) }
            </g>
        })
    });
    let title = "Visiterede, budgetterede og leverede timer pr. år";
    html! {
        <figure class="chart" data-testid="sammenlign-timer-graf">
            <svg viewBox={format!("0 0 {} {}", num(W, 0), num(height, 0))} role="img" aria-labelledby="sammenlign-timer-graf-titel" width="100%">
                <title id="sammenlign-timer-graf-titel">{title}</title>
                { for bars }
            </svg>
            <figcaption>
                {title}{" — hver søjle har sit navn og sit tal ved siden af. Tallene står i "}
                <a href="#sammenlign-timer-tabel-titel">{"tabellen ovenfor"}</a>{"."}
            </figcaption>
        </figure>
    }
}

/// The hours view over every saved scenario, sorted by `sort`; `on_click` gets the column clicked.
pub(super) fn hours_section(summaries: &[Summary], sort: Sort, on_click: &Callback<Click>) -> Html {
    let rows: Vec<(String, Delivery)> = summaries
        .iter()
        .map(|s| (s.name.clone(), s.delivery.clone()))
        .collect();
    let order = sort_order(&rows, sort.0, sort.1);
    let sorted: Vec<(String, Delivery)> =
        order.iter().filter_map(|&i| rows.get(i).cloned()).collect();
    let missing = rows.iter().any(|(_, d)| d.delivered.is_none());
    html! {
        <section class="card compare-hours" aria-labelledby="sammenlign-timer-titel">
            <h3 id="sammenlign-timer-titel">{"Visiteret, budgetteret og leveret — alle gemte scenarier"}</h3>
            <p class="hint">{"Som i Ringkøbing-Skjern: de timer, beboernes pakker bestiller (visiterede), de borgerrelaterede timer lønbudgettet køber, og de timer, der faktisk leveres (ATA/ansigt-til-ansigt, indtastes under Takster). Positivt leveringsgab: botilbuddet leverer mere, end der er bestilt; negativt: det lever ikke op til bestillingerne."}</p>
            if missing {
                <p class="hint" data-testid="sammenlign-timer-mangler">{"»–« / »ikke indtastet«: de leverede timer er ikke indtastet på siden Takster for det scenarie (eller siden har fejl)."}</p>
            }
            { table(&rows, &order, sort, on_click) }
            { chart(&rows, &order) }
            { csv_button("sammenlign-timer-csv", "timerne", "visiterede-og-leverede-timer.csv".into(), Context::new("alle gemte scenarier", "pr. år", "timer pr. år; gab også i % af visiteret"), delivery_csv_rows(&sorted)) }
        </section>
    }
}
