//! The Yew front end: thin components that render the state and send
//! `Action`s to the one reducer in `state`. All arithmetic is `method`'s,
//! all contact with the browser `browser`'s.

pub mod browser;
pub mod components;
pub mod import;
pub mod state;
pub mod view;
pub mod year_draft;

use std::rc::Rc;

use yew::prelude::*;

use crate::data;
use crate::io::share::{open_link, Opened, FRAGMENT_PREFIX};
use components::barometer_over_time::BarometerOverTime;
use components::compare_table::CompareTable;
use components::compass_panel::CompassPanel;
use components::data_panel::PasteDialog;
use components::year_table::YearTable;
use components::guidepost_detail::GuidepostDetail;
use components::import_preview::ImportPreview;
use components::notices::Notices;
use components::overview::Overview;
use components::presentation::Presentation;
use components::print_report::PrintReport;
use components::scenario_bar::split_guidepost;
use components::tool_bar::ToolBar;
use state::{Action, Key, Notice, NoticeKind, State};
use view::View;

/// The whole app, opened on the data imported last (or the built-in 2014 data).
#[component]
pub fn App() -> Html {
    // Rendered (this whole tree, in this scheduler run): replace the first screen.
    use_effect_with((), |_| browser::take_over());
    let (imported, notices) = browser::load_dataset();
    match imported.map(Ok).unwrap_or_else(data::pejlemaerker_2014) {
        Ok(dataset) => html! { <Barometer dataset={Rc::new(dataset)} {notices} /> },
        Err(problems) => html! {
            <main class="load-error" role="alert">
                <h1>{ "Data kunne ikke indlæses" }</h1>
                <ul>{ for problems.iter().map(|p| html! { <li>{ crate::i18n::problem(p) }</li> }) }</ul>
            </main>
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct BarometerProps {
    pub dataset: Rc<crate::model::Dataset>,
    /// Messages from loading the data.
    #[prop_or_default]
    pub notices: Vec<Notice>,
}

/// The state at start-up: saved scenarios, then a shared link on top.
fn initial_state(dataset: Rc<crate::model::Dataset>) -> State {
    let (saved, notices) = browser::load_saved(&dataset);
    let mut state = match saved {
        Some(saved) => State::restored(dataset.clone(), saved),
        None => State::new(dataset.clone()),
    };
    state.notices = notices;
    // A deliberate panic, so the panic screen can be tested in a real browser;
    // only when the test harness asks for it, never from a link alone.
    if browser::fragment().as_deref() == Some("#selvtest-panik") && browser::self_test_allowed() {
        panic!("selvtest: en bevidst fejl for at vise fejlskærmen");
    }
    if let Some(fragment) = browser::fragment().filter(|f| f.trim_start_matches('#').starts_with(FRAGMENT_PREFIX)) {
        let (fragment, guidepost) = split_guidepost(&fragment);
        let notice = match open_link(fragment, &dataset) {
            Ok(Opened { scenario, dropped, moved }) => {
                if !dropped.is_empty() {
                    state.notices.push(Notice {
                        kind: NoticeKind::Error,
                        text: format!("Linket havde værdier uden for grænserne, som er udeladt: {}. Resten er åbnet.", dropped.join("; ")),
                        download: None,
                    });
                }
                let name = scenario.name.clone();
                state = state.apply(Action::Import(scenario));
                // Opening a link is not an edit to undo.
                state.undo.clear();
                if let Some(moved) = moved {
                    state = state.apply(Action::Moved { moved, what: "Linket".into() });
                }
                if let Some(id) = guidepost.filter(|id| dataset.guideposts.iter().any(|g| &g.id == id)) {
                    state = state.apply(Action::Toggle(id));
                }
                Notice { kind: NoticeKind::Info, text: format!("Scenariet »{name}« fra linket er åbnet."), download: None }
            }
            Err(e) => Notice {
                kind: NoticeKind::Error,
                text: format!("Linket kunne ikke åbnes: {}. Intet er ændret.", browser::share_error(&e)),
                download: None,
            },
        };
        state.notices.push(notice);
        browser::clear_fragment();
    }
    state
}

/// The screen: scenarios, the method panel, the readings, the comparison.
#[component]
pub fn Barometer(props: &BarometerProps) -> Html {
    let state = {
        let (dataset, notices) = (props.dataset.clone(), props.notices.clone());
        use_reducer(move || {
            let mut s = initial_state(dataset);
            s.notices.splice(0..0, notices);
            s
        })
    };
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    // What was typed into the paste dialog survives closing it.
    let paste_text = use_mut_ref(String::new);
    // And what was typed into the year table survives closing it.
    let year_draft = use_mut_ref(|| None);
    let on_file = {
        let (reader, d) = (reader.clone(), state.dispatcher());
        Callback::from(move |file: web_sys::File| {
            let d = d.clone();
            import::read_file(file, reader.clone(), Callback::from(move |a| d.dispatch(a)));
        })
    };
    let view = use_memo((state.dataset.clone(), state.active()), |(dataset, scenario)| {
        Rc::new(View::new(dataset.clone(), scenario.clone()))
    });
    let dispatch = {
        let d = state.dispatcher();
        Callback::from(move |action: Action| d.dispatch(action))
    };
    // Save every change of the user's work; a failure is said, not swallowed.
    {
        let d = state.dispatcher();
        use_effect_with(state.saved(), move |saved| {
            if let Err(notice) = browser::save(saved) {
                d.dispatch(Action::Notify(notice));
            }
        });
    }
    use_page_events(state.dispatcher(), state.dataset.clone(), state.presenting.is_some(), on_file.clone());
    // Computed when the data changes, not on every render.
    let is_built_in = *use_memo(state.dataset.clone(), |d| data::pejlemaerker_2014().is_ok_and(|b| **d == b));
    // Keep the data in the browser whenever it changes (a confirmed import,
    // the built-in data back, undo of either), so a reload keeps it; not at
    // start-up, when what is loaded is what was kept.
    {
        let (d, kept) = (state.dispatcher(), use_mut_ref(|| state.dataset.clone()));
        use_effect_with((state.dataset.clone(), is_built_in), move |(dataset, built_in)| {
            if !Rc::ptr_eq(&kept.borrow(), dataset) {
                *kept.borrow_mut() = dataset.clone();
                if let Err(notice) = browser::save_dataset((!built_in).then_some(&**dataset)) {
                    d.dispatch(Action::Notify(notice));
                }
            }
        });
    }

    let view = (**view).clone();
    if let Some(index) = state.presenting {
        return html! {
            <>
            <Notices notices={state.notices.clone()} on_action={dispatch.clone()} errors_only=true />
            <Presentation {index} view={view} theme={state.theme} on_action={dispatch} />
            </>
        };
    }
    if state.printing {
        return html! { <PrintReport view={view} compass={state.compass.clone()} on_action={dispatch} /> };
    }
    let selected = state.expanded.iter().next().cloned();
    let selected_index = selected.as_ref().and_then(|id| state.dataset.guideposts.iter().position(|g| &g.id == id));
    let scenario_name = view.scenario.name.clone();
    html! {
        <>
        <ToolBar
            view={view.clone()}
            scenarios={state.scenarios.clone()}
            can_undo={!state.undo.is_empty()}
            can_redo={!state.redo.is_empty()}
            built_in={is_built_in}
            dataset_options={state.dataset_options()}
            years={state.years()}
            selected={selected.clone().map(AttrValue::from)}
            on_action={dispatch.clone()}
            on_file={on_file.clone()}
        />
        <Notices notices={state.notices.clone()} on_action={dispatch.clone()} />
        <div class="workspace">
            <section class="overview-pane" aria-labelledby="overview-heading">
                <div class="overview-head">
                    <h1 id="overview-heading">{ "Overblik" }</h1>
                    <p class="overview-context">
                        <span class={classes!("scenario-name", (scenario_name != crate::scenario::BASE).then_some("in-scenario"))}>
                            { if scenario_name == crate::scenario::BASE { "Dataene (Base)".to_string() } else { format!("Scenarie: {scenario_name}") } }
                        </span>
                        <span class="scale-explainer">{ "−5 … +5 · 0 er baseline · +5 er målet" }</span>
                    </p>
                </div>
                <Overview view={view.clone()} selected={selected.clone().map(AttrValue::from)} on_action={dispatch.clone()} />
            </section>
            <main class="detail-pane" aria-label="Detaljer">
                if let Some(what) = &state.reading {
                    <div class="reading-file" role="status">
                        <progress aria-label={what.clone()}></progress>
                        <span>{ what }</span>
                    </div>
                }
                if !state.scenarios.compare.is_empty() {
                    <CompareTable dataset={state.dataset.clone()} scenarios={state.scenarios.clone()} />
                }
                if let Some(index) = selected_index {
                    <GuidepostDetail key={state.dataset.guideposts[index].id.clone()} {index} view={view.clone()} on_action={dispatch.clone()} />
                } else if state.scenarios.compare.is_empty() {
                    <BarometerOverTime view={view.clone()} />
                    <div class="detail-empty">
                        <h2>{ "Vælg et pejlemærke" }</h2>
                        <p>{ "Vælg et pejlemærke i overblikket for at se dets delmål, grafer og noter og for at prøve andre tal (»hvad nu hvis…«). Aflæsningerne i overblikket følger med, mens du retter." }</p>
                        <p class="hint">{ "Metode, data, scenarier, præsentation og udskrift findes i linjen øverst. F starter præsentationen." }</p>
                    </div>
                }
                <CompassPanel data={state.compass.clone()} on_action={dispatch.clone()} />
            </main>
        </div>
        <footer class="app-footer">
            <p>{ state.dataset.source.clone().unwrap_or_default() }</p>
        </footer>
        if let Some(pending) = &state.pending {
            <div class="dialog-layer">
                <ImportPreview pending={pending.clone()} view={view.clone()} on_action={dispatch.clone()} />
            </div>
        }
        if state.year_table {
            <div class="dialog-layer">
                <YearTable view={view.clone()} on_action={dispatch.clone()} kept={year_draft.clone()} />
            </div>
        }
        if state.pasting {
            <div class="dialog-layer">
                <PasteDialog text={paste_text.clone()} on_close={ let d = dispatch.clone(); Callback::from(move |_| d.emit(Action::Paste(false))) } on_action={dispatch.clone()} />
            </div>
        }
        </>
    }
}

/// The page's keys: Ctrl+Z undoes, Ctrl+Shift+Z (or Ctrl+Y) redoes, Esc
/// closes the import preview, the paste dialog and the year table, anywhere; outside text
/// fields F presents, Esc leaves, ← → move, T changes the presentation
/// theme. Also follows edits saved in another window, and leaving full screen.
#[hook]
fn use_page_events(dispatcher: UseReducerDispatcher<State>, dataset: Rc<crate::model::Dataset>, presenting: bool, on_file: Callback<web_sys::File>) {
    // The listener lives across renders; it reads whether we present from here.
    let presenting_now = use_mut_ref(|| false);
    *presenting_now.borrow_mut() = presenting;
    use_effect_with(dataset, move |dataset| {
        let dataset = dataset.clone();
        let dropped = browser::on_drop(move |file| on_file.emit(file));
        let d = dispatcher.clone();
        let sync = browser::on_saved_elsewhere(dataset, move |saved| d.dispatch(Action::Sync(saved)));
        let d = dispatcher.clone();
        let full_screen = browser::on_full_screen_left(move || d.dispatch(Action::Key(Key::Leave)));
        #[cfg(target_arch = "wasm32")]
        let keys = web_sys::window().and_then(|w| w.document()).map(|doc| {
            use wasm_bindgen::JsCast;
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            gloo::events::EventListener::new_with_options(&doc, "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                let in_field = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
                let action = match (e.key().as_str(), e.ctrl_key() || e.meta_key(), e.shift_key()) {
                    ("z" | "Z", true, false) => Action::Undo,
                    ("z" | "Z", true, true) | ("y" | "Y", true, _) => Action::Redo,
                    (_, true, _) => return,
                    // Esc closes a dialog, from its fields too; the browser keeps its own use of it.
                    ("Escape", ..) if !*presenting_now.borrow() => {
                        dispatcher.dispatch(Action::Key(Key::Leave));
                        return;
                    }
                    _ if in_field || e.alt_key() => return,
                    ("f" | "F", ..) => Action::Key(Key::Present),
                    // The other keys are the page's own (scrolling) unless presenting.
                    _ if !*presenting_now.borrow() => return,
                    ("Escape", ..) => Action::Key(Key::Leave),
                    ("ArrowRight" | "PageDown", ..) => Action::Key(Key::Next),
                    ("ArrowLeft" | "PageUp", ..) => Action::Key(Key::Previous),
                    ("t" | "T", ..) => Action::Key(Key::Theme),
                    _ => return,
                };
                e.prevent_default();
                dispatcher.dispatch(action);
            })
        });
        #[cfg(not(target_arch = "wasm32"))]
        let keys = {
            let _ = (dispatcher, presenting_now);
            None::<String>
        };
        move || drop((keys, sync, full_screen, dropped))
    });
}

/// Mounts the app on the page (the browser build's `main`).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // Yew installs its own panic hook unless given one.
    yew::set_custom_panic_hook(Box::new(show_panic));
    // Into #app (hidden until it takes over from index.html's first screen);
    // into <body> where a page has no #app.
    match web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
    browser::register_service_worker();
}

/// A panic must not leave a dead page: a Danish message, a reload button,
/// and the panic text to copy for a bug report, built as text (never markup).
/// The saved scenarios are in the browser's storage and are not touched.
#[cfg(target_arch = "wasm32")]
fn show_panic(info: &std::panic::PanicHookInfo) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let message = info.to_string();
    web_sys::console::error_1(&message.clone().into());
    // A panic in the first render leaves index.html's first screen over a hidden #app.
    browser::take_over();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    // Yew owns <body>'s children, so the message gets an element of its own.
    let Some(el) = document.create_element("div").ok() else { return };
    let _ = el.set_attribute("id", "panic");
    let _ = el.set_attribute("role", "alert");
    if let Some(body) = document.body() {
        let _ = body.append_child(&el);
    }
    let add = |tag: &str, text: &str| {
        let child = document.create_element(tag).ok()?;
        child.set_text_content(Some(text));
        el.append_child(&child).ok()?;
        Some(child)
    };
    add("h2", "Beklager: Barometer stødte på en fejl");
    add("p", "Dine gemte scenarier er bevaret i browseren. Genindlæs siden for at fortsætte.");
    if let Some(button) = add("button", "Genindlæs Barometer") {
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let path = w.location().pathname().unwrap_or_else(|_| "/".into());
                let _ = w.location().set_href(&path);
            }
        });
        let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
        reload.forget();
    }
    add("p", "Teknisk besked til en fejlrapport (kan kopieres):");
    if let Some(area) = add("textarea", &message) {
        let _ = area.set_attribute("readonly", "");
        let _ = area.set_attribute("rows", "4");
        let _ = area.set_attribute("aria-label", "Teknisk besked");
    }
    let _ = el.set_attribute("class", "panic shown");
}
