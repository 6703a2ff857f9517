//! Page "Sammenlign" (DOMAIN.md §5): 2–4 saved scenarios side by side — every page's key
//! figures with the difference to the first, the inputs that differ — and, over all saved
//! scenarios, ordered vs. budgeted vs. delivered hours. Every figure comes from
//! `model::compare` (which reads `model::figures`); this page only chooses and renders.
//!
//! Split by concern: `table` (the comparison and the differing inputs), `hours` (the hours
//! per botilbud: sortable table and bar chart), `explain` ("Sådan er det beregnet"); this
//! file holds the page component and the choice of scenarios.

mod explain;
mod hours;
mod table;

use hours::Sort;

use crate::model::compare::{compare, summary, Comparison, SortKey, Summary, MAX_COMPARED};
use crate::model::scenario::{Library, Scenario};
use crate::ui::components::results::live_summary;
use crate::ui::state::AppContext;
use std::rc::Rc;
use yew::prelude::*;

/// Every saved scenario (the open one as it is now) with its summary, computed once per
/// change of the library, not on every click of the page.
#[derive(PartialEq)]
struct Saved {
    library: Library,
    summaries: Vec<Summary>,
}

fn saved(library: Library) -> Saved {
    let summaries = library
        .scenarios
        .iter()
        .map(|s| summary(s).unwrap_or_else(|_| Summary::unavailable(&s.name)))
        .collect();
    Saved { library, summaries }
}

/// What the page's own controls chose.
#[derive(Clone, PartialEq)]
struct View {
    /// Library positions to compare with the open scenario.
    chosen: Vec<usize>,
    /// The hours table's column and whether descending.
    sort: Sort,
}

/// A click on one of the page's controls.
pub(super) enum Click {
    /// Compare, or stop comparing, with saved scenario n.
    Toggle(usize),
    /// Sort the hours table by this column.
    Sort(SortKey),
}

/// The library positions compared: the open scenario first, then the chosen ones in
/// library order (stale positions of deleted scenarios are dropped).
fn compared(saved: &Saved, chosen: &[usize]) -> Vec<usize> {
    let active = saved.library.active;
    let others = (0..saved.library.scenarios.len()).filter(|i| *i != active && chosen.contains(i));
    std::iter::once(active)
        .chain(others)
        .take(MAX_COMPARED)
        .collect()
}

/// The checkboxes that choose the scenarios besides the open one.
fn chooser(saved: &Saved, chosen: &[usize], on_click: &Callback<Click>) -> Html {
    let active = saved.library.active;
    let open = saved
        .library
        .scenarios
        .get(active)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let full = compared(saved, chosen).len() >= MAX_COMPARED;
    let boxes = saved.library.scenarios.iter().enumerate().filter(|(i, _)| *i != active).map(|(i, s)| {
        let id = format!("sammenlign-valg-{}", i + 1);
        let checked = chosen.contains(&i);
        let onchange = {
            let on_click = on_click.clone();
            Callback::from(move |_: Event| on_click.emit(Click::Toggle(i)))
        };
        html! {
            <div class="checkbox">
                <input type="checkbox" id={id.clone()} data-testid={id.clone()} checked={checked}
                    disabled={full && !checked} onchange={onchange} />
                <label for={id}>{&s.name}</label>
            </div>
        }
    });
    html! {
        <fieldset class="card compare-choice" data-testid="sammenlign-valg">
            <legend>{"Scenarier at sammenligne"}</legend>
            <p>{"Første kolonne er det åbne scenarie, »"}{open}{"«; de andre sammenlignes med det."}</p>
            if saved.library.scenarios.len() < 2 {
                <p class="hint" data-testid="sammenlign-kun-et">{"Der er kun ét gemt scenarie. Lav et til med »Kopiér« eller »Nyt« i scenariemenuen øverst, ret det, og kom tilbage hertil."}</p>
            } else {
                { for boxes }
                <p class="hint">{format!("Vælg 1–{} at sammenligne med (højst {MAX_COMPARED} scenarier ad gangen).", MAX_COMPARED - 1)}</p>
            }
        </fieldset>
    }
}

/// The key figures in one Danish line for screen readers.
fn summary_line(c: &Comparison) -> String {
    format!(
        "Sammenligner {} scenarier: {}.",
        c.names.len(),
        c.names.join(", ")
    )
}

/// The page component.
#[component]
pub fn ComparePage() -> Html {
    let ctx = use_context::<AppContext>();
    let revision = ctx.as_ref().map(|c| c.revision());
    let saved = {
        let ctx = ctx.clone();
        use_memo(revision, move |_| {
            saved(ctx.map(|c| c.library()).unwrap_or_default())
        })
    };
    // Besides the open scenario: the first other one, until the user chooses. The hours
    // table starts sorted by name. One state and one callback type for both (each costs wasm).
    let view = {
        let first_other = usize::from(saved.library.active == 0);
        use_state(move || View {
            chosen: vec![first_other],
            sort: (SortKey::Name, false),
        })
    };
    let on_click = {
        let view = view.clone();
        Callback::from(move |click: Click| {
            let mut next = (*view).clone();
            match click {
                Click::Toggle(i) => match next.chosen.iter().position(|c| *c == i) {
                    Some(at) => {
                        next.chosen.remove(at);
                    }
                    None => next.chosen.push(i),
                },
                // A second click on the same column turns the order around.
                Click::Sort(key) => next.sort = (key, view.sort.0 == key && !view.sort.1),
            }
            view.set(next);
        })
    };
    let chosen = &view.chosen;
    let positions = compared(&saved, chosen);
    let pairs: Vec<(&Scenario, &Summary)> = positions
        .iter()
        .filter_map(|&i| Some((saved.library.scenarios.get(i)?, saved.summaries.get(i)?)))
        .collect();
    let comparison = compare(&pairs).ok().map(Rc::new);
    html! {
        <div class="compare-page print-screen">
            { chooser(&saved, chosen, &on_click) }
            { live_summary(comparison.as_deref().map(summary_line)) }
            if let Some(c) = &comparison {
                { table::figures_table(c) }
                { table::changes_section(c) }
            }
            { hours::hours_section(&saved.summaries, view.sort, &on_click) }
            { explain::section(comparison.clone(), saved.summaries.get(saved.library.active).cloned()) }
        </div>
    }
}
