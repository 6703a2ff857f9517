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
use botilbudsberegneren::model::number::parse_dk;
use botilbudsberegneren::model::scenario::{decode_json, Scenario};
use botilbudsberegneren::model::tariff::{self, WageLink};
use botilbudsberegneren::model::{roster, transition, wage};
use rust_decimal::Decimal;
use std::hint::black_box;
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

/// What the Takster page's packages are worth to the Overgang page: their døgntakster.
fn package_rates(s: &Scenario) -> Vec<Decimal> {
    let wage_input = s.wage.parse().expect("the stress wage form parses");
    let wage_result = wage::compute(&wage_input).expect("the stress wage input computes");
    let link = WageLink::from_wage(&wage_input, &wage_result);
    let tariff_input = s.tariff.parse().expect("the stress tariff parses");
    let result = tariff::compute(&tariff_input, &link).expect("the stress tariff computes");
    result.packages.iter().map(|p| p.daily_rate).collect()
}

/// The cases: for each page, what one keystroke on the stress scenario recomputes there
/// (parse the page's form, compute; the inputs from other pages prepared outside the timing,
/// as the pages keep them). `decode_json` of the whole scenario is timed as the link's cost.
fn cases() -> Vec<Case> {
    let s = decode_json(STRESS)
        .expect("the stress scenario decodes")
        .value;
    let input = s.wage.parse().expect("the stress wage form parses");
    let required = parse_dk(&s.wage.required_client_hours).expect("required hours parse");
    let wage_result = wage::compute(&input).expect("the stress wage input computes");
    let link = WageLink::from_wage(&input, &wage_result);
    let names: Vec<String> = input.groups.iter().map(|g| g.name.clone()).collect();
    let rates = package_rates(&s);
    let context_days = input.days_per_year;
    let context_price = wage_result.hourly_price;
    let (wage_form, roster_form, tariff_form, transition_form) = (
        s.wage.clone(),
        s.roster.clone(),
        s.tariff.clone(),
        s.transition.clone(),
    );
    let roster_wage = input.clone();
    vec![
        Case {
            name: "decode the stress scenario (JSON)",
            run: Box::new(|| {
                black_box(decode_json(black_box(STRESS)).ok());
            }),
        },
        // What the wage page runs per keystroke: parse the form, compute, and the reverse
        // calculation.
        Case {
            name: "Lønbudget keystroke (parse + compute + requirement)",
            run: Box::new(move || {
                if let Ok(input) = black_box(&wage_form).parse() {
                    black_box(wage::compute(&input).ok());
                    black_box(wage::requirement(&input, required).ok());
                }
            }),
        },
        Case {
            name: "Vagtplan keystroke (parse + compute), 30 shifts",
            run: Box::new(move || {
                if let Ok(input) = black_box(&roster_form).parse(&names) {
                    black_box(roster::compute(&input, &roster_wage).ok());
                }
            }),
        },
        Case {
            name: "Takster keystroke (parse + compute), 12 packages",
            run: Box::new(move || {
                if let Ok(input) = black_box(&tariff_form).parse() {
                    black_box(tariff::compute(&input, &link).ok());
                }
            }),
        },
        Case {
            name: "Overgang keystroke (parse + compute), 40 cases × 60 md.",
            run: Box::new(move || {
                if let Ok(input) = black_box(&transition_form).parse() {
                    let context = transition::Context {
                        days_per_year: context_days,
                        hourly_price: Some(context_price),
                        package_rates: &rates,
                    };
                    black_box(transition::compute(&input, &context).ok());
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
