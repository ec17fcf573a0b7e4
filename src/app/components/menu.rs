//! A menu of the tool bar: a button that opens a panel of tools below it.
//! The panel stays in the page while closed (hidden), so what it holds
//! keeps its state. It closes on Esc (focus back on its button), on a click
//! outside it, and after one of its buttons did something (unless the button is marked
//! `data-keep-open`) or a file was chosen in it; checkboxes and fields inside leave it open.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MenuProps {
    /// The button's text, e.g. "Data".
    pub label: AttrValue,
    /// What is in force, shown on the button after the label (e.g. the method).
    #[prop_or_default]
    pub summary: Option<AttrValue>,
    /// The panel's accessible name.
    pub title: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Menu(props: &MenuProps) -> Html {
    let open = use_state(|| false);
    let root = use_node_ref();
    let button = use_node_ref();
    let panel_id = format!("menu-{}", props.label.to_lowercase().replace(' ', "-"));
    // A click outside closes the menu.
    {
        let (open, root) = (open.clone(), root.clone());
        use_effect_with(*open, move |is_open| {
            #[cfg(target_arch = "wasm32")]
            let listener = is_open.then(|| web_sys::window().and_then(|w| w.document())).flatten().map(|document| {
                use wasm_bindgen::JsCast;
                gloo::events::EventListener::new(&document, "pointerdown", move |e| {
                    let target = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                    let inside = root.cast::<web_sys::Node>().is_some_and(|r| r.contains(target.as_ref()));
                    if !inside {
                        open.set(false);
                    }
                })
            });
            #[cfg(not(target_arch = "wasm32"))]
            let listener = {
                let _ = (is_open, open, root);
                None::<String>
            };
            move || drop(listener)
        });
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let on_key = {
        let (open, button) = (open.clone(), button.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.stop_propagation();
                open.set(false);
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };
    // A button inside did its work: the menu closes.
    let on_panel_click = {
        let open = open.clone();
        Callback::from(move |e: MouseEvent| {
            let on_button = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|el| el.closest("button").ok().flatten())
                .is_some_and(|b| !b.has_attribute("data-keep-open"));
            if on_button {
                open.set(false);
            }
        })
    };
    // A file chosen in it did its work too: what it opens (the import
    // preview) is what Esc closes next, not the menu behind it.
    let on_panel_change = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let file = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.type_() == "file");
            if file {
                open.set(false);
            }
        })
    };
    html! {
        <div class={classes!("menu", props.class.clone(), (*open).then_some("open"))} ref={root} onkeydown={on_key}>
            <button type="button" class="menu-button" ref={button} aria-expanded={open.to_string()} aria-controls={panel_id.clone()} onclick={toggle}>
                <span class="menu-label">{ &props.label }</span>
                if let Some(s) = &props.summary {
                    <span class="menu-summary">{ s }</span>
                }
                <span class="menu-caret" aria-hidden="true">{ "▾" }</span>
            </button>
            <div id={panel_id} class="menu-panel" role="region" aria-label={props.title.clone()} hidden={!*open} onclick={on_panel_click} onchange={on_panel_change}>
                { props.children.clone() }
            </div>
        </div>
    }
}
