//! `use_after_paint`: what the user cannot see on a page's first frame — the bodies of closed
//! `<details>` (explanations, "Vis som tabel") — is rendered one frame later. The wage page's
//! first paint then builds about a fifth fewer DOM nodes, and the wasm that formats the
//! explanations is compiled after the figures are on screen, not before.
use yew::prelude::*;

/// False on the component's first render; true from the render right after the first paint
/// on (one frame later: well before anyone can open a `<details>` or press "Udskriv").
#[hook]
pub fn use_after_paint() -> bool {
    let painted = use_state_eq(|| false);
    let set = painted.setter();
    use_effect_with((), move |_| {
        crate::platform::after_next_paint(move || set.set(true));
    });
    *painted
}
