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
use botilbudsberegneren::model::number::parse_dk;
use botilbudsberegneren::model::roster::{self, RosterForm};
use botilbudsberegneren::model::tariff::{self, TariffForm, WageLink};
use botilbudsberegneren::model::wage::{self, WageForm};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Warm-up calls before timing (caches, branch predictors, allocator).
const WARMUP: usize = 200;
/// Timing stops after this many calls or `BUDGET`, whichever comes first.
const MAX_CALLS: usize = 20_000;
const BUDGET: Duration = Duration::from_millis(700);

/// One timed case: what a keystroke on a page recomputes.
struct Case {
    name: &'static str,
    run: Box<dyn FnMut()>,
}

/// The stress scenario's wage page: 200 residents (the sum over its 12 packages) and a
/// budget to match, with the default staff groups and absence.
fn stress_wage_form() -> WageForm {
    WageForm {
        budget: "160.000.000".into(),
        residents: "200".into(),
        ..WageForm::default()
    }
}

/// The cases: for each page, what one keystroke recomputes. A new page adds a `Case` whose
/// `run` parses the stress scenario's form for that page and calls its `compute`, with the
/// inputs prepared (and checked to compute) before the `vec!`.
fn cases() -> Vec<Case> {
    let form = stress_wage_form();
    let input = form.parse().expect("the stress wage form parses");
    let required = parse_dk(&form.required_client_hours).expect("required hours parse");
    let wage_result = wage::compute(&input).expect("the stress wage input computes");
    let link = WageLink::from_wage(&input, &wage_result);
    // Until the stress scenario exists, the roster and tariff cases use the pages' defaults.
    let names: Vec<String> = form.groups.iter().map(|g| g.name.clone()).collect();
    let roster_form = RosterForm::default();
    let roster_input = roster_form
        .parse(&names)
        .expect("the default roster parses");
    roster::compute(&roster_input, &input).expect("the default roster computes");
    let tariff_form = TariffForm::default();
    let tariff_input = tariff_form.parse().expect("the default tariff parses");
    tariff::compute(&tariff_input, &link).expect("the default tariff computes");
    let compute_input = input.clone();
    let roster_wage = input.clone();
    vec![
        Case {
            name: "wage::compute",
            run: Box::new(move || {
                black_box(wage::compute(black_box(&compute_input)).ok());
            }),
        },
        // What the wage page runs per keystroke: parse the form, compute, and the reverse
        // calculation.
        Case {
            name: "roster page keystroke (parse + compute), default",
            run: Box::new(move || {
                if let Ok(input) = black_box(&roster_form).parse(&names) {
                    black_box(roster::compute(&input, &roster_wage).ok());
                }
            }),
        },
        Case {
            name: "tariff page keystroke (parse + compute), default",
            run: Box::new(move || {
                if let Ok(input) = black_box(&tariff_form).parse() {
                    black_box(tariff::compute(&input, &link).ok());
                }
            }),
        },
        Case {
            name: "wage page keystroke (parse + compute + requirement)",
            run: Box::new(move || {
                if let Ok(input) = black_box(&form).parse() {
                    black_box(wage::compute(&input).ok());
                    black_box(wage::requirement(&input, required).ok());
                }
            }),
        },
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
            "{:<56} {:>8} {:>11} {:>11} {:>11}",
            "case", "calls", "median µs", "p95 µs", "min µs"
        );
    }
    for mut case in cases() {
        let s = measure(&mut case.run);
        if json {
            let line = serde_json::json!({
                "name": case.name, "calls": s.calls,
                "median_us": s.median_us, "p95_us": s.p95_us, "min_us": s.min_us,
            });
            println!("{line}");
        } else {
            println!(
                "{:<56} {:>8} {:>11.1} {:>11.1} {:>11.1}",
                case.name, s.calls, s.median_us, s.p95_us, s.min_us
            );
        }
    }
}
