//! Native render tests: the app renders with Yew's ServerRenderer (no browser), so a
//! panic in a view or a missing test id shows up in `cargo test`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
use botilbudsberegneren::model::scenario::Scenario;
use botilbudsberegneren::ui::app::{App, AppProps};
use botilbudsberegneren::ui::state::Page;
use yew::ServerRenderer;

fn render(scenario: Scenario, page: Page) -> String {
    futures::executor::block_on(
        ServerRenderer::<App>::with_props(move || AppProps {
            scenario,
            page,
            ..AppProps::default()
        })
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
        "nav-prisopslag",
        "nav-overgang",
        "scenarie-vis",
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

#[test]
fn scenario_bar_shows_its_test_ids_and_renders_names_as_text() {
    let scenario = Scenario {
        name: "<script>alert(1)</script>".into(),
        ..Scenario::default()
    };
    let html = render(scenario, Page::Wage);
    for id in [
        "scenarie-vaelg",
        "scenarie-navn",
        "scenarie-ny",
        "scenarie-dupliker",
        "scenarie-slet",
        "scenarie-nulstil",
        "scenarie-kopier-link",
        "scenarie-eksporter",
        "scenarie-importer",
        "scenarie-udskriv",
        "udskrift-hoved",
        "csv-noegletal",
        "csv-vandfald",
    ] {
        assert!(
            html.contains(&format!("data-testid=\"{id}\"")),
            "missing test id {id}"
        );
    }
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;"));
}

#[test]
fn embed_mode_has_no_header_or_navigation() {
    let html = futures::executor::block_on(
        ServerRenderer::<App>::with_props(|| AppProps {
            embed: true,
            page: Page::Wage,
            ..AppProps::default()
        })
        .hydratable(false)
        .render(),
    );
    assert!(html.contains("data-testid=\"indlejret\""));
    assert!(!html.contains("nav-loen"));
    assert!(!html.contains("scenarie-vaelg"));
    assert!(html.contains("data-testid=\"aarsvaerk\""));
}

#[test]
fn embedded_takster_offers_file_and_link_and_names_the_wage_pages_numbers() {
    let html = futures::executor::block_on(
        ServerRenderer::<App>::with_props(|| AppProps {
            embed: true,
            page: Page::Tariff,
            ..AppProps::default()
        })
        .hydratable(false)
        .render(),
    );
    assert!(html.contains("Her i rammen gemmes intet"));
    assert!(html.contains(">Gem som fil</button>"));
    assert!(html.contains(">Kopiér link</button>"));
    // The default scenario's timepris, as the wage page shows it.
    assert!(render(Scenario::default(), Page::Wage).contains("367,62"));
    assert!(html
        .contains("<li data-testid=\"indlejret-kilde-1\">Timepris 367,62 kr. fra Lønbudget</li>"));
    // Not embedded, there is no such bar: the scenario bar does it.
    let full = render(Scenario::default(), Page::Tariff);
    assert!(!full.contains("indlejret-besked"));
}

#[test]
fn tariff_page_shows_its_test_ids_with_default_values() {
    let html = render(Scenario::default(), Page::Tariff);
    for id in [
        "basistakst",
        "pakke-1-doegntakst",
        "pakke-6-aarspris",
        "pakke-3-timepris",
        "mix-indtaegt-aar",
        "mix-visiterede-timer",
        "mix-timebalance",
        "balanceret-timepris",
        "pladser",
        "belaegning",
        "overhead",
        "indtastet-timepris",
        "pakke-1-timer",
        "pakke-1-enhed",
        "bostoette-timepris",
        "takster-til-prisopslag",
    ] {
        assert!(
            html.contains(&format!("data-testid=\"{id}\"")),
            "missing test id {id}"
        );
    }
    // The lookup moved to its own page: Takster only points to it.
    assert!(!html.contains("data-testid=\"opslag-doegn\""));
    // 3.000.000 / (12 × 365 × 0,98) = 698,91 kr. (see model::tariff tests).
    assert!(html.contains(">698,91<"));
}

#[test]
fn lookup_page_prices_the_default_package_and_names_its_sources() {
    let html = render(Scenario::default(), Page::Lookup);
    for id in [
        "opslag-doegn",
        "opslag-maaned",
        "opslag-aar",
        "alternativ-2-forskel-aar",
        "alternativ-1-valg",
        "opslag-kilder",
        "opslag-til-takster",
        "prisoverslag",
        "prisoverslag-sag",
        "overslag-borger",
        "overslag-sagsnummer",
        "overslag-sagsbehandler",
        "overslag-dato",
        "overslag-indstillet",
        "overslag-periode",
    ] {
        assert!(
            html.contains(&format!("data-testid=\"{id}\"")),
            "missing test id {id}"
        );
    }
    // Pakke 3: 30 t/uge × 367,62 / 7 = 1.575,52 ydelsestakst + 698,91 basistakst = 2.274,43.
    assert!(html.contains(">2.274,43<"));
    // The packages are grouped by VUM level, §85 last.
    assert!(html.contains("<optgroup label=\"VUM D\">"));
    assert!(html.contains("<optgroup label=\"Bostøtte\">"));
    assert!(html.contains("Basistakst 698,91 kr. pr. døgn"));
    // Nothing internal on the printout.
    assert!(!html.contains("DOMAIN.md"));
}

#[test]
fn roster_page_shows_every_test_id_with_default_values() {
    let html = render(Scenario::default(), Page::Roster);
    for id in [
        "vagt-1-navn",
        "vagt-1-start",
        "vagt-1-slut",
        "vagt-3-soendag",
        "vagt-2-gruppe",
        "vagt-3-sovende",
        "tillaeg-1-aften",
        "tillaeg-3-soen-helligdag",
        "tillaeg-stabling",
        "sovende-arbejdstid-pct",
        "vagt-timer-uge",
        "vagt-timer-aar",
        "vagt-aarsvaerk",
        "vagt-loenudgift",
        "vagt-tillaeg-kr",
        "vagt-budget-gab-kr",
        "vagt-budget-daekning-pct",
        "vagt-heatmap",
    ] {
        assert!(
            html.contains(&format!("data-testid=\"{id}\"")),
            "missing test id {id}"
        );
    }
    // The default preset: 8 × (5 × 5 + 2 × 4) + 8 × (5 × 4 + 2 × 3) + 8 × 7 = 528 t/uge.
    assert!(html.contains(">528,0<"));
}

#[test]
fn transition_tiles_name_their_baseline_and_show_the_botilbud_once() {
    let html = render(Scenario::default(), Page::Transition);
    for label in [
        "ekstra udgift til ordningen, mod fraflytning uden ordningen",
        "besparelse pr. måned med bostøtte, mod at blive boende",
        "så mange måneder tidligere skal en flytning ske",
        "akkumuleret ved horisonten, mod at blive boende",
    ] {
        assert!(html.contains(label), "missing {label}");
    }
    // Buffer and accumulated effect: one value, found under both test ids, and the note.
    assert_eq!(html.matches("class=\"value\"").count(), 6);
    assert!(html.contains(
        "data-testid=\"overgang-tilbud-akk\"><span data-testid=\"overgang-buffer-tilbud\""
    ));
    assert!(html.contains("data-testid=\"overgang-tilbud-note\""));
}

#[test]
fn transition_without_extra_cost_says_so_even_without_a_saving() {
    // 100 kr./døgn: extra cost and monthly saving are both negative (model::transition tests).
    let mut scenario = Scenario::default();
    scenario.transition.cases[0].old_rate = "100".into();
    let html = render(scenario, Page::Transition);
    assert!(html
        .contains("data-testid=\"overgang-tilbagebetaling-mdr\" class=\"value\">ingen merudgift<"));
}

#[test]
fn roster_results_open_with_the_verdict_and_the_budget_it_compares_with() {
    let html = render(Scenario::default(), Page::Roster);
    let at = |id: &str| {
        html.find(&format!("data-testid=\"{id}\""))
            .unwrap_or_else(|| panic!("missing {id}"))
    };
    assert!(
        at("vagt-dom") < at("vagt-timer-uge"),
        "the verdict comes first"
    );
    assert!(html.contains(">10.000.000</span> kr. (fra Lønbudget-siden)"));
    let verdict = html.split_at(at("vagt-dom")).1;
    assert!(
        verdict.contains(">Budgettet rækker til "),
        "{}",
        &verdict[..120]
    );
    assert!(html.contains("ekstra medarbejdere alle ugens dage: "));
}

#[test]
fn the_standard_badge_describes_the_field_outside_its_label() {
    let html = render(Scenario::default(), Page::Wage);
    // The label holds the visible name only; the badge is referenced as a description.
    assert!(html.contains("<label for=\"lonbudget\">Lønbudget pr. år (kr.)</label>"));
    assert!(html.contains("id=\"lonbudget-standard\""));
    assert!(html.contains("aria-describedby=\"lonbudget-standard lonbudget-hint\""));
}

#[test]
fn only_a_one_line_summary_is_live_on_every_page() {
    for page in Page::ALL {
        let html = render(Scenario::default(), page);
        assert_eq!(html.matches("aria-live=").count(), 1, "{page:?}");
        let at = html
            .find("data-testid=\"resultat-opsummering\"")
            .expect("a live summary");
        let start = html[..at].rfind('<').unwrap();
        let (tag, rest) = html[start..].split_once('>').unwrap();
        assert!(tag.contains("aria-live=\"polite\""), "{page:?}: {tag}");
        assert!(tag.contains("visually-hidden"), "{page:?}: {tag}");
        let text = rest.split_once('<').unwrap().0;
        assert!(text.len() > 20, "{page:?}: {text}");
    }
    let roster = render(Scenario::default(), Page::Roster);
    assert!(roster.contains(">Budgettet rækker til "));
}

#[test]
fn the_case_table_shows_the_botilbud_once() {
    let html = render(Scenario::default(), Page::Transition);
    assert!(html.contains("Botilbuddet: buffer = akk. (kr.)"));
    assert!(!html.contains(">Botilbuddet akk. (kr.)<"));
}

/// Issue 16: two saved scenarios side by side, the later one's difference in signs and
/// words, the input that differs, and the scenario names rendered as text.
#[test]
fn compare_page_shows_two_scenarios_and_their_differences() {
    use botilbudsberegneren::model::scenario::Library;
    let mut other = Scenario {
        name: "<b>Plan B</b>".into(),
        ..Scenario::default()
    };
    other.wage.budget = "12.000.000".into();
    let mut library = Library::default();
    library.add(other);
    library.select(0);
    let html = futures::executor::block_on(
        ServerRenderer::<App>::with_props(move || AppProps {
            library,
            page: Page::Compare,
            ..AppProps::default()
        })
        .hydratable(false)
        .render(),
    );
    for id in [
        "nav-sammenlign",
        "sammenlign-valg-2",
        "sammenlign-tabel",
        "sammenlign-2-aarsvaerk-forskel",
        "sammenlign-forskelle-2",
        "sammenlign-timer-tabel",
        "sammenlign-timer-graf",
    ] {
        assert!(html.contains(&format!("data-testid=\"{id}\"")), "{id}");
    }
    // 12 / 10 mio. kr.: +20,0 % årsværk (see model::compare's tests).
    assert!(html.contains("+4,26 årsværk (+20,0 %), højere"));
    assert!(html.contains("Lønbudget: 10.000.000 → 12.000.000 kr."));
    assert!(!html.contains("<b>Plan B</b>"));
}
