//! A horizontal waterfall (inline SVG, no chart library): totals as full bars, deductions
//! as floating bars hanging from the previous level. Numbers come formatted from the
//! model; only pixel geometry is computed here.
use crate::model::number::format_dk;
use crate::ui::svg::num;
use crate::ui::text::fill;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

/// One row of the waterfall.
#[derive(Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: Decimal,
    /// A total/subtotal (drawn from 0) rather than a deduction.
    pub total: bool,
}

#[derive(Properties, PartialEq)]
pub struct WaterfallProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub bars: Vec<Bar>,
    /// Unit for the value labels, e.g. "t".
    pub unit: AttrValue,
}

const LABEL_W: f64 = 190.0;
const VALUE_W: f64 = 100.0;
const WIDTH: f64 = 640.0;
const ROW: f64 = 26.0;

/// See the module doc.
#[component]
pub fn Waterfall(props: &WaterfallProps) -> Html {
    let max = props
        .bars
        .iter()
        .filter(|b| b.total)
        .map(|b| b.value)
        .max()
        .unwrap_or(Decimal::ONE)
        .to_f64()
        .unwrap_or(1.0)
        .max(1e-9);
    let scale = (WIDTH - LABEL_W - VALUE_W) / max;
    let height = ROW * props.bars.len() as f64 + 8.0;
    let title_id = fill("{}-titel", [props.id.to_string()]);
    let mut level = 0.0_f64;
    let rows = props.bars.iter().enumerate().map(|(i, bar)| {
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
        let sign = if bar.total { "" } else { "− " };
        html! {
            <g>
                <text x={num(LABEL_W - 8.0, 2)} y={num(y + 16.0, 2)} text-anchor="end" class="wf-label">{&bar.label}</text>
                <rect x={num(LABEL_W + x0 * scale, 2)} y={num(y + 3.0, 2)} width={num(w, 2)} height={num(ROW - 8.0, 2)} class={class} />
                <text x={num(WIDTH - 4.0, 2)} y={num(y + 16.0, 2)} text-anchor="end" class="wf-value">
                    {fill("{}{} {}", [sign.to_string(), format_dk(bar.value, 0), props.unit.to_string()])}
                </text>
            </g>
        }
    });
    html! {
        <figure class="chart" data-testid={props.id.clone()}>
            <svg viewBox={fill("0 0 {} {}", [num(WIDTH, 2), num(height, 2)])} role="img" aria-labelledby={title_id.clone()} width="100%">
                <title id={title_id}>{props.title.clone()}</title>
                { for rows }
            </svg>
            <figcaption>{props.title.clone()}</figcaption>
            <table class="visually-hidden">
                <caption>{props.title.clone()}</caption>
                <thead><tr><th scope="col">{"Trin"}</th><th scope="col">{"Timer"}</th></tr></thead>
                <tbody>
                    { for props.bars.iter().map(|b| html! {
                        <tr><th scope="row">{&b.label}</th><td>{fill("{}{}", [if b.total { "" } else { "−" }.to_string(), format_dk(b.value, 0)])}</td></tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}
