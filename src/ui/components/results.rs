//! Keeps the last valid result on screen while an input is invalid, marked as not current,
//! so a typo never blanks the page.
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What a page should show: the result (current or last valid) and whether it is stale.
pub struct Shown<T> {
    pub value: Option<T>,
    pub stale: bool,
}

/// Hook: remembers the last `Some` result across renders.
#[hook]
pub fn use_last_valid<T: Clone + 'static>(current: Option<T>) -> Shown<T> {
    let last: Rc<RefCell<Option<T>>> = use_mut_ref(|| None);
    match current {
        Some(value) => {
            *last.borrow_mut() = Some(value.clone());
            Shown {
                value: Some(value),
                stale: false,
            }
        }
        None => Shown {
            value: last.borrow().clone(),
            stale: true,
        },
    }
}

/// The notice above results that are not current; `reason` says why (the domain error, or
/// by default "ret de markerede felter"). A function, not a component: it is small, and each
/// component type costs kilobytes of wasm.
pub fn stale_banner(stale: bool, reason: Option<String>) -> Html {
    if !stale {
        return html! {};
    }
    let reason = reason.unwrap_or_else(|| "Ret de markerede felter.".into());
    html! {
        <p class="stale-banner" role="status" data-testid="ikke-opdateret">
            <strong>{"Ikke opdateret: "}</strong>{reason}
            {" Tallene nedenfor er de sidste gyldige."}
        </p>
    }
}

/// The page's key figures in one Danish line, in a small visually hidden live region. The
/// results panel itself is not live: a screen reader would read all of it on each keystroke.
/// The region is always rendered, so it exists before its text changes (a region added with
/// its text is not announced).
pub fn live_summary(summary: Option<String>) -> Html {
    html! {
        <p class="visually-hidden" aria-live="polite" data-testid="resultat-opsummering">
            {summary.unwrap_or_default()}
        </p>
    }
}
