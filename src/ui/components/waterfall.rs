//! A horizontal waterfall (inline SVG, no chart library): totals as full bars, deductions
//! as floating bars hanging from the previous level. Numbers come formatted from the
//! model; only pixel geometry is computed here.
use crate::model::number::format_dk;
use crate::ui::svg::num;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

/// One row of the waterfall.
pub struct Bar {
    pub label: String,
    pub value: Decimal,
    /// A total/subtotal (drawn from 0) rather than a deduction.
    pub total: bool,
}

const LABEL_W: f64 = 190.0;
const VALUE_W: f64 = 100.0;
const WIDTH: f64 = 640.0;
const ROW: f64 = 26.0;

/// The chart, with a visually hidden table of the same numbers for screen readers.
pub fn waterfall(id: &str, title: &str, bars: &[Bar], unit: &str) -> Html {
    let max = bars
        .iter()
        .filter(|b| b.total)
        .map(|b| b.value)
        .max()
        .unwrap_or(Decimal::ONE)
        .to_f64()
        .unwrap_or(1.0)
        .max(1e-9);
    let scale = (WIDTH - LABEL_W - VALUE_W) / max;
    let height = ROW * bars.len() as f64 + 8.0;
    let title_id = format!("{id}-titel");
    let mut level = 0.0_f64;
    let rows = bars.iter().enumerate().map(|(i, bar)| {
        let v = bar.value.to_f64().unwrap_or(0.0);
        let (x0, x1) = if bar.total {
            level = v;
            (0.0, v)
        } else {
            let top = level;
            level -= v;
            (level, top)
        };
        let y = 4.0 + ROW * i as f64;
        let w = ((x1 - x0) * scale).max(1.0);
        let class = if bar.total { "wf-total" } else { "wf-step" };
        let sign = if bar.total { "" } else { "−" };
        html! {
            <g>
                <text x={num(LABEL_W - 8.0, 2)} y={num(y + 16.0, 2)} text-anchor="end" class="wf-label">{bar.label.clone()}</text>
                <rect x={num(LABEL_W + x0 * scale, 2)} y={num(y + 3.0, 2)} width={num(w, 2)} height={num(ROW - 8.0, 2)} class={class} />
                <text x={num(WIDTH - 4.0, 2)} y={num(y + 16.0, 2)} text-anchor="end" class="wf-value">
                    {format!("{sign}{} {unit}", format_dk(bar.value, 0))}
                </text>
            </g>
        }
    }).collect::<Html>();
    html! {
        <figure class="chart" data-testid={id.to_string()}>
            <svg viewBox={format!("0 0 {} {}", num(WIDTH, 2), num(height, 2))} role="img" aria-labelledby={title_id.clone()} width="100%">
                <title id={title_id}>{title.to_string()}</title>
                { rows }
            </svg>
            <figcaption>{title.to_string()}</figcaption>
            // Hidden by its wrapper: a table ignores the 1 px width of `visually-hidden`, and
            // the wide one stretched the page sideways on a phone.
            <div class="visually-hidden"><table>
                <caption>{title.to_string()}</caption>
                <thead><tr><th scope="col">{"Trin"}</th><th scope="col">{"Timer"}</th></tr></thead>
                <tbody>
                    { for bars.iter().map(|b| html! {
                        <tr><th scope="row">{b.label.clone()}</th><td>{if b.total { "" } else { "−" }}{format_dk(b.value, 0)}</td></tr>
                    }) }
                </tbody>
            </table></div>
        </figure>
    }
}
