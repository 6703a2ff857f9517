//! The chart of the cumulative effect for municipality and botilbud: inline SVG geometry,
//! axis labels and the two lines. Its text alternative is the month table (`tables`).
use crate::model::transition::{self, TransitionResult};
use crate::ui::svg::num;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

use super::kr;

const CHART_W: f64 = 640.0;
const CHART_H: f64 = 260.0;
const LEFT: f64 = 90.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 34.0;

/// Cumulative effect for municipality and botilbud, month by month, as two lines (solid and
/// dashed, so colour is never the only cue). Its text alternative is the month table, which
/// holds the same figures: a hidden copy would double what a keystroke has to update.
pub(super) fn cumulative_chart(r: &TransitionResult) -> Html {
    let f = |x: Decimal| x.to_f64().unwrap_or(0.0);
    let (lo_kr, hi_kr) = r
        .months
        .iter()
        .flat_map(|m| [m.municipality_cum, m.botilbud_cum])
        .fold((Decimal::ZERO, Decimal::ZERO), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    let (lo, hi) = (f(lo_kr), f(hi_kr));
    let span = if hi - lo > 0.0 { hi - lo } else { 1.0 };
    let plot_w = CHART_W - LEFT - RIGHT;
    let plot_h = CHART_H - TOP - BOTTOM;
    let last = r.months.len().saturating_sub(1).max(1) as f64;
    let x = |t: usize| LEFT + plot_w * t as f64 / last;
    let y = |v: f64| TOP + plot_h * (hi - v) / span;
    let points = |pick: fn(&transition::TotalMonth) -> Decimal| {
        r.months
            .iter()
            .enumerate()
            .map(|(t, m)| format!("{},{}", num(x(t), 1), num(y(f(pick(m))), 1)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let title = "Akkumuleret effekt over horisonten (kr.)";
    let x_ticks: Vec<usize> = {
        let n = r.months.len();
        let mut ticks = vec![0, n / 2, n.saturating_sub(1)];
        ticks.dedup();
        ticks
    };
    // The top and bottom of the scale, and 0 when the lines cross it.
    let zero = (lo_kr < Decimal::ZERO && hi_kr > Decimal::ZERO).then_some(Decimal::ZERO);
    let y_labels = [Some(hi_kr), zero, Some(lo_kr)].into_iter().flatten().map(|v| {
        html! {
            <text x={num(LEFT - 6.0, 2)} y={num(y(f(v)) + 4.0, 2)} text-anchor="end" class="ov-axis">
                {kr(v)}
            </text>
        }
    });
    html! {
        <figure class="chart" data-testid="overgang-graf">
            <svg viewBox={format!("0 0 {} {}", num(CHART_W, 2), num(CHART_H, 2))} role="img" aria-labelledby="overgang-graf-titel" width="100%">
                <title id="overgang-graf-titel">{title}</title>
                <line x1={num(LEFT, 2)} x2={num(CHART_W - RIGHT, 2)} y1={num(y(0.0), 2)} y2={num(y(0.0), 2)} class="ov-zero" />
                { for y_labels }
                { for x_ticks.iter().filter_map(|&t| r.months.get(t).map(|m| html! {
                    <text x={num(x(t), 2)} y={num(CHART_H - 10.0, 2)} text-anchor={if t + 1 == r.months.len() { "end" } else { "middle" }} class="ov-axis">{&m.label}</text>
                })) }
                <polyline points={points(|m| m.municipality_cum)} class="ov-kommune" data-testid="overgang-graf-kommune" />
                <polyline points={points(|m| m.botilbud_cum)} class="ov-tilbud" data-testid="overgang-graf-tilbud" />
            </svg>
            <figcaption>
                {title}{": "}
                <span class="ov-key ov-key-kommune">{"━ kommunen (hvis blevet − med ordning)"}</span>{", "}
                <span class="ov-key ov-key-tilbud">{"┅ botilbuddet (med − uden ordning)"}</span>
                {". Tallene står i "}<a href="#overgang-maanedstabel-titel">{"tabellen måned for måned"}</a>{" (de to sidste kolonner)."}
            </figcaption>
        </figure>
    }
}
