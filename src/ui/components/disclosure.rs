//! A `<details>` whose body is built only while it is open — or about to be printed.
//! Closed, the explanations and "Vis som tabel" tables are invisible, yet rebuilding them
//! was up to half of a keystroke's work on the stress scenario's shift plan and a fifth of
//! the elements of the wage page's first render. The user's open/closed choice stays with
//! the element, so it survives every recompute. Printing: see `platform::print`.
use crate::platform;
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    pub summary: AttrValue,
    #[prop_or_default]
    pub class: Option<AttrValue>,
    /// The `data-testid` of the `<details>`.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// Builds the body; called only while open. A new callback on every render of the
    /// page, so an open body always shows the current figures.
    pub body: Callback<(), Html>,
}

/// See the module doc.
#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let open = use_state_eq(|| false);
    let details = use_node_ref();
    {
        // Printing opens the `<details>`, so it is on paper too, and builds its body: that
        // must be there before the print layout, which follows the `beforeprint` handlers.
        // Yew renders in a microtask, which runs right after this handler.
        let open = open.setter();
        let details = details.clone();
        use_effect_with((), move |_| {
            let listeners = platform::on_print(move |now| {
                if now {
                    if let Some(element) = details.cast::<Element>() {
                        let _ = element.set_attribute("open", "");
                    }
                    open.set(true);
                }
            });
            move || drop(listeners)
        });
    }
    let ontoggle = {
        let open = open.setter();
        Callback::from(move |e: Event| {
            let details: Element = e.target_unchecked_into();
            open.set(details.has_attribute("open"));
        })
    };
    html! {
        <details ref={details} class={props.class.clone()} data-testid={props.testid.clone()} {ontoggle}>
            <summary>{props.summary.clone()}</summary>
            if *open { { props.body.emit(()) } }
        </details>
    }
}

/// A `Disclosure` with `body(&data)` inside (`class` "" for none).
pub fn disclosure<T: 'static>(
    summary: AttrValue,
    class: &'static str,
    testid: Option<&'static str>,
    data: T,
    body: fn(&T) -> Html,
) -> Html {
    view(
        summary,
        class,
        testid,
        Callback::from(move |()| body(&data)),
    )
}

/// The part of `disclosure` that does not depend on `T` (compiled once).
fn view(
    summary: AttrValue,
    class: &'static str,
    testid: Option<&'static str>,
    body: Callback<(), Html>,
) -> Html {
    html! {
        <Disclosure {summary} class={(!class.is_empty()).then_some(AttrValue::Static(class))} testid={testid.map(AttrValue::Static)} {body} />
    }
}
