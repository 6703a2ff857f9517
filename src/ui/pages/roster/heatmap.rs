//! The week heatmap of staff on duty: an inline SVG of 7 × 24 cells and the same numbers as a
//! table. Its geometry and memoised rows are a concern of their own, apart from the figures.
use crate::model::number::{format_dk, format_dk_trim};
use crate::model::roster::{self, HeatCell, RosterResult, WEEKDAYS};
use crate::ui::components::disclosure::disclosure;
use crate::ui::components::memo::memo;
use crate::ui::components::table::{heads, region, table};
use crate::ui::svg::num;
use crate::ui::text::with_unit;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

const CELL_W: f64 = 22.0;
const CELL_H: f64 = 24.0;
const LEFT: f64 = 70.0;
const TOP: f64 = 18.0;

fn heat_title(day: &str, hour: usize, c: &roster::HeatCell) -> String {
    let per = c
        .residents_per_staff
        .map(|x| with_unit(x, 1, "beboere pr. medarbejder"))
        .unwrap_or_else(|| "ingen på vagt".into());
    format!(
        "{day} kl. {hour:02}–{:02}: {} på vagt, {per}",
        hour + 1,
        format_dk_trim(c.staff, 2)
    )
}

/// One day of the heatmap: the day, its 24 hours, and the most staff of the week (the
/// darkest shade).
type HeatDay = (usize, [HeatCell; 24], Decimal);

fn heat_day(&(d, ref hours, max_staff): &HeatDay) -> Html {
    let max = max_staff.to_f64().unwrap_or(1.0).max(1e-9);
    let y = TOP + d as f64 * CELL_H;
    let day = WEEKDAYS.get(d).map_or("", |(day, _)| *day);
    html! {
        <g>
            <text x={num(LEFT - 6.0, 2)} y={num(y + 16.0, 2)} text-anchor="end" class="hm-label">{day}</text>
            { for hours.iter().enumerate().map(|(h, c)| {
                let share = c.staff.to_f64().unwrap_or(0.0) / max;
                html! {
                    <rect x={num(LEFT + h as f64 * CELL_W, 2)} y={num(y, 2)} width={num(CELL_W - 1.0, 2)}
                        height={num(CELL_H - 1.0, 2)} class="hm-cell" fill-opacity={num(0.08 + 0.92 * share, 3)}>
                        <title>{heat_title(day, h, c)}</title>
                    </rect>
                }
            }) }
        </g>
    }
}

/// One hour of the heatmap's table: staff on duty each day, and residents per staff member.
fn heat_hour(&(h, ref days): &(usize, [HeatCell; 7])) -> Html {
    html! {
        <tr><th scope="row">{format!("{h:02}–{:02}", h + 1)}</th>
        { for days.iter().map(|c| {
            let per = c.residents_per_staff.map(|x| format!(" ({})", format_dk(x, 1))).unwrap_or_default();
            html! { <td>{format!("{}{per}", format_dk_trim(c.staff, 2))}</td> }
        }) }
        </tr>
    }
}

/// The heatmap's numbers as a table, an hour a row.
fn heat_table(heatmap: &[[HeatCell; 24]; 7]) -> Html {
    let mut head = heads(&["Time"]);
    head.extend(WEEKDAYS.map(|(d, _)| AttrValue::Static(d)));
    let rows = (0..24)
        .map(|h| {
            let days = heatmap.map(|day| day.get(h).copied().unwrap_or_default());
            memo((h, days), heat_hour)
        })
        .collect();
    html! {
        { region("Varmekortet som tabel", table("vagt-heatmap-tabel", "Medarbejdere på vagt og beboere pr. medarbejder, pr. time", head, rows)) }
    }
}

/// 7 × 24 heatmap of staff on duty (inline SVG), with the same numbers as a table.
pub(super) fn heatmap(r: &RosterResult) -> Html {
    let max_staff = r
        .heatmap
        .iter()
        .flatten()
        .map(|c| c.staff)
        .max()
        .unwrap_or_default();
    let width = LEFT + 24.0 * CELL_W + 4.0;
    let height = TOP + 7.0 * CELL_H + 4.0;
    let hours = (0..24).step_by(3).map(|h| html! {
        <text x={num(LEFT + h as f64 * CELL_W + 2.0, 2)} y="12" class="hm-label">{format!("{h:02}")}</text>
    });
    html! {
        <figure class="chart" data-testid="vagt-heatmap">
            <div class="chart-canvas">
            <svg viewBox={format!("0 0 {} {}", num(width, 2), num(height, 2))} role="img" aria-labelledby="vagt-heatmap-titel" width="100%">
                <title id="vagt-heatmap-titel">{"Medarbejdere på vagt, typisk uge (mørkere = flere)"}</title>
                { for hours }
                { for r.heatmap.iter().enumerate().map(|(d, hours)| memo((d, *hours, max_staff), heat_day)) }
            </svg>
            </div>
            <figcaption>{format!("Medarbejdere på vagt i en typisk uge (mørkest = {}). Hold musen over en time for beboere pr. medarbejder.", format_dk_trim(max_staff, 2))}</figcaption>
            { disclosure("Vis som tabel".into(), "", None, r.heatmap, heat_table) }
        </figure>
    }
}
