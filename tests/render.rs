//! Native render tests: the app renders with Yew's ServerRenderer (no browser), so a
//! panic in a view or a missing test id shows up in `cargo test`.
use botilbudsberegneren::model::scenario::Scenario;
use botilbudsberegneren::ui::app::{App, AppProps};
use botilbudsberegneren::ui::state::Page;
use yew::ServerRenderer;

fn render(scenario: Scenario, page: Page) -> String {
    futures::executor::block_on(
        ServerRenderer::<App>::with_props(move || AppProps { scenario, page })
            .hydratable(false)
            .render(),
    )
}

#[test]
fn wage_page_shows_every_test_id_with_default_values() {
    let html = render(Scenario::default(), Page::Wage);
    for id in [
        "lonbudget",
        "beboere",
        "aar",
        "tillaeg-pct",
        "norm",
        "ferie",
        "feriefridage",
        "syg-pct",
        "kursus-pct",
        "andet-pct",
        "ikke-borgerrelateret-pct",
        "dage-pr-aar",
        "gruppe-1-navn",
        "gruppe-3-pension",
        "aarsvaerk",
        "betalte-timer",
        "mulige-timer",
        "fremmoede-timer",
        "borger-timer",
        "timepris",
        "timer-pr-beboer-uge",
        "min-pr-beboer-doegn",
        "medarbejdere-paa-vagt",
        "helligdage-timer",
        "omkostning-pr-aarsvaerk",
        "nav-loen",
        "nav-vagtplan",
        "nav-takster",
        "nav-overgang",
    ] {
        assert!(
            html.contains(&format!("data-testid=\"{id}\"")),
            "missing test id {id}"
        );
    }
    // Default budget 10.000.000 kr. → 21,31 årsværk (see model::wage tests).
    assert!(html.contains(">21,31<"));
}

#[test]
fn invalid_input_renders_an_error_instead_of_panicking() {
    let mut scenario = Scenario::default();
    scenario.wage.budget = "12,3,4".into();
    scenario.wage.groups.clear();
    let html = render(scenario, Page::Wage);
    assert!(html.contains("er ikke et tal"));
    assert!(html.contains("mindst én personalegruppe"));
}

#[test]
fn every_page_renders() {
    for page in Page::ALL {
        let html = render(Scenario::default(), page);
        assert!(html.contains(page.label()), "{page:?}");
    }
}
