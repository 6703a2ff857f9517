//! The platform edge: start the Yew app in the page body.
use botilbudsberegneren::model::scenario::Scenario;
use botilbudsberegneren::ui::app::{App, AppProps};
use botilbudsberegneren::ui::state::Page;

fn main() {
    let props = AppProps {
        scenario: Scenario::default(),
        page: Page::Wage,
    };
    yew::Renderer::<App>::with_props(props).render();
}
