//! Native timing of the model work one keystroke triggers (README "Ydelse").
//!
//! The browser benchmark (scripts/bench) measures input → result on screen, which includes
//! Yew's diff and the DOM. This harness times the pure model functions alone for the same
//! scenario, so a slow keystroke can be attributed to the model or to the view.
//! Plain `std::time::Instant`: no extra dependency, and the numbers only need to be good to
//! a few per cent.
//!
//! `cargo bench --bench model` prints a table; `cargo bench --bench model -- --json` prints one
//! JSON object per case and line (scripts/bench reads it).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
use botilbudsberegneren::model::figures::{figures, Figures};
use botilbudsberegneren::model::scenario::{decode_json, Scenario};
use std::hint::black_box;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// Warm-up calls before timing (caches, branch predictors, allocator).
const WARMUP: usize = 200;
/// Timing stops after this many calls or `BUDGET`, whichever comes first.
const MAX_CALLS: usize = 20_000;
const BUDGET: Duration = Duration::from_millis(700);

/// The stress scenario of issue 7 (12 packages with 200 residents, 30 shifts, 40 transition
/// cases over 60 months); scripts/bench opens the same file by link in the browser.
const STRESS: &str = include_str!("../tests/fixtures/stress.json");

/// One timed case: what a keystroke on a page recomputes.
struct Case {
    name: &'static str,
    run: Box<dyn FnMut()>,
}

/// Every page's figures computed, as after visiting every page.
fn all(f: Figures) -> Figures {
    let _ = (f.wage(), f.roster(), f.tariff(), f.transition());
    f
}

/// A keystroke on a page of `scenario`: the figures after `edit`, from the figures before it,
/// as far as `page` (the page on screen) asks for them — what the app computes per keystroke.
fn keystroke(
    name: &'static str,
    scenario: &Scenario,
    edit: fn(&mut Scenario),
    page: fn(&Figures),
) -> Case {
    let before = all(figures(Rc::new(scenario.clone()), None));
    let mut edited = scenario.clone();
    edit(&mut edited);
    assert!(edited != *scenario, "{name}: the edit changes the scenario");
    let edited = Rc::new(edited);
    Case {
        name,
        run: Box::new(move || {
            page(black_box(&figures(
                black_box(edited.clone()),
                Some(&before),
            )));
        }),
    }
}

/// The cases: the link's decoding, every page's figures from scratch (opening the link and
/// visiting every page), and one keystroke on each page, in the field scripts/bench.mjs
/// edits in the browser.
fn cases() -> Vec<Case> {
    let s = decode_json(STRESS)
        .expect("the stress scenario decodes")
        .value;
    let all_pages = all(figures(Rc::new(s.clone()), None));
    assert!(
        all_pages.wage().outcome.ready().is_some()
            && all_pages.roster().outcome.ready().is_some()
            && all_pages.tariff().outcome.ready().is_some()
            && all_pages.transition().outcome.ready().is_some(),
        "every page computes on the stress scenario"
    );
    let scratch = Rc::new(s.clone());
    vec![
        Case {
            name: "decode the stress scenario (JSON)",
            run: Box::new(|| {
                black_box(decode_json(black_box(STRESS)).ok());
            }),
        },
        Case {
            name: "every page from scratch (open the link, visit all)",
            run: Box::new(move || {
                black_box(all(figures(black_box(scratch.clone()), None)));
            }),
        },
        keystroke(
            "Lønbudget keystroke: lonbudget",
            &s,
            |s| s.wage.budget = "150.123.457".into(),
            |f| {
                black_box(f.wage());
            },
        ),
        keystroke(
            "Vagtplan keystroke: vagt-1-mandag, 30 shifts",
            &s,
            |s| s.roster.shifts[0].staff[0] = "5".into(),
            |f| {
                black_box(f.roster());
            },
        ),
        keystroke(
            "Takster keystroke: belaegning, 12 packages",
            &s,
            |s| s.tariff.occupancy_pct = "60,5".into(),
            |f| {
                black_box(f.tariff());
            },
        ),
        keystroke(
            "Overgang keystroke: sag-1-h-t, 40 cases × 60 md.",
            &s,
            |s| s.transition.cases[0].hours_transition = "4,5".into(),
            |f| {
                black_box(f.transition());
            },
        ),
    ]
}

struct Stats {
    calls: usize,
    median_us: f64,
    p95_us: f64,
    min_us: f64,
}

fn measure(run: &mut dyn FnMut()) -> Stats {
    for _ in 0..WARMUP {
        run();
    }
    let mut samples = Vec::with_capacity(MAX_CALLS);
    let started = Instant::now();
    while samples.len() < MAX_CALLS && started.elapsed() < BUDGET {
        let t = Instant::now();
        run();
        samples.push(t.elapsed().as_secs_f64() * 1e6);
    }
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| {
        let i = ((samples.len() - 1) as f64 * q).round() as usize;
        samples[i]
    };
    Stats {
        calls: samples.len(),
        median_us: at(0.5),
        p95_us: at(0.95),
        min_us: at(0.0),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // `cargo test --all-targets` runs this binary without `--bench` (which `cargo bench`
    // passes): then one call per case checks that the cases still run, and nothing is timed.
    if !args.iter().any(|a| a == "--bench") {
        for mut case in cases() {
            (case.run)();
        }
        println!(
            "benches/model.rs: every case ran once (time them with `cargo bench --bench model`)"
        );
        return;
    }
    let json = args.iter().any(|a| a == "--json");
    if !json {
        println!(
            "{:<58} {:>8} {:>11} {:>11} {:>11}",
            "case", "calls", "median µs", "p95 µs", "min µs"
        );
    }
    for mut case in cases() {
        let s = measure(&mut case.run);
        if json {
            let line = serde_json::json!({
                "name": case.name,
                "calls": s.calls,
                "median_us": s.median_us,
                "p95_us": s.p95_us,
                "min_us": s.min_us,
            });
            println!("{line}");
        } else {
            println!(
                "{:<58} {:>8} {:>11.1} {:>11.1} {:>11.1}",
                case.name, s.calls, s.median_us, s.p95_us, s.min_us
            );
        }
    }
}
