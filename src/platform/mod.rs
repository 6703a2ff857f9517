//! The only code that touches browser APIs (storage, URL, link compression, downloads).
//! Every function here swallows or returns browser errors: in a sandboxed iframe storage,
//! history and the clipboard may all be refused, and the calculator must keep working.
pub mod clipboard;
pub mod download;
pub mod embed;
pub mod file;
pub mod link;
pub mod storage;
pub mod url;

/// Opens the browser's print dialog. Closed `<details>` build their bodies on `beforeprint`
/// (`ui::components::disclosure`), and so do the printouts (`ui::components::printout`);
/// Yew renders them in a microtask. The browser's own `beforeprint` (Ctrl+P) leaves room
/// for that microtask before the print layout; one that `window.print()` fires inside our
/// click handler does not. So a print from our buttons announces itself first and prints
/// from a fresh task, after Yew has rendered.
///
/// `class` goes on `<html>` for this print only (the print stylesheet then shows the
/// appendix, or the prisoverslag instead of the page's summary) and leaves on `afterprint`,
/// so Ctrl+P always prints the plain summary.
pub fn print(class: Option<&'static str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(class) = class {
        let root = window.document().and_then(|d| d.document_element());
        if let Some(root) = root {
            let _ = root.class_list().add_1(class);
            gloo::events::EventListener::once(&window, "afterprint", move |_| {
                let _ = root.class_list().remove_1(class);
            })
            .forget();
        }
    }
    if let Ok(event) = web_sys::Event::new("beforeprint") {
        let _ = window.dispatch_event(&event);
    }
    gloo::timers::callback::Timeout::new(0, move || {
        let _ = window.print();
    })
    .forget();
}

/// Calls `f(true)` on `beforeprint` and `f(false)` on `afterprint`; the listeners stop when
/// dropped. None outside the browser.
pub fn on_print(f: impl Fn(bool) + 'static) -> Vec<gloo::events::EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let f = std::rc::Rc::new(f);
    let after = f.clone();
    vec![
        gloo::events::EventListener::new(&window, "beforeprint", move |_| f(true)),
        gloo::events::EventListener::new(&window, "afterprint", move |_| after(false)),
    ]
}

/// Today as dd.mm.åååå (for printed reports). Empty outside the browser, so native
/// render tests stay deterministic (js-sys panics off wasm).
pub fn today() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        format!(
            "{:02}.{:02}.{}",
            now.get_date(),
            now.get_month() + 1,
            now.get_full_year()
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// Calls `on_hide` when the page is hidden or left (another tab, reload, closed tab,
/// navigation): the last safe moment to store unsaved work. Dropping the listeners stops it.
pub fn when_hidden(on_hide: impl Fn() + 'static) -> Option<[gloo::events::EventListener; 2]> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let on_hide = std::rc::Rc::new(on_hide);
    let also = on_hide.clone();
    Some([
        gloo::events::EventListener::new(&window, "pagehide", move |_| on_hide()),
        gloo::events::EventListener::new(&document, "visibilitychange", move |_| also()),
    ])
}

/// Marks the page as embedded (CSS drops the page margins for the iframe).
pub fn mark_embedded() {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        let _ = body.class_list().add_1("embed");
    }
}
