//! The Yew front end: thin components that render the state and send
//! `Action`s to the one reducer in `state`. All arithmetic is `method`'s.

pub mod components;
pub mod state;

use yew::prelude::*;

use crate::data;
use crate::method::evaluate;
use components::guidepost_row::GuidepostRow;
use components::method_panel::MethodPanel;
use state::{Action, State};

/// The whole app, opened on the embedded 2014 data.
#[component]
pub fn App() -> Html {
    match data::pejlemaerker_2014() {
        Ok(dataset) => html! { <Barometer dataset={std::rc::Rc::new(dataset)} /> },
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
    pub dataset: std::rc::Rc<crate::model::Dataset>,
}

/// The first screen: the method panel and the nine readings.
#[component]
pub fn Barometer(props: &BarometerProps) -> Html {
    let state = {
        let dataset = props.dataset.clone();
        use_reducer(move || State::new((*dataset).clone()))
    };
    let report = use_memo((state.dataset.clone(), state.options), |(dataset, options)| {
        evaluate(dataset, options)
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let dataset = &state.dataset;

    html! {
        <>
        <header class="app-header">
            <h1>{ "Barometer" }</h1>
            <p class="dataset-title">{ dataset.title.clone().unwrap_or_default() }</p>
            <p class="scale-explainer">
                { "Hvert pejlemærke aflæses på en skala fra −5 til +5: 0 er baseline (udgangspunktet), +5 er målet." }
            </p>
        </header>
        <div class="layout">
            <MethodPanel
                options={state.options}
                dataset_options={state.dataset_options()}
                years={state.years()}
                on_action={dispatch.clone()}
            />
            <main class="guideposts" aria-label="Pejlemærker">
                { for dataset.guideposts.iter().zip(report.guideposts.iter()).map(|(gp, result)| html! {
                    <GuidepostRow
                        key={gp.id.clone()}
                        guidepost={gp.clone()}
                        result={result.clone()}
                        options={state.options}
                        expanded={state.expanded.contains(&gp.id)}
                        on_action={dispatch.clone()}
                    />
                }) }
            </main>
        </div>
        <footer class="app-footer">
            <p>{ dataset.source.clone().unwrap_or_default() }</p>
        </footer>
        </>
    }
}

/// Mounts the app on the page (the browser build's `main`).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    std::panic::set_hook(Box::new(show_panic));
    yew::Renderer::<App>::new().render();
}

/// A panic must not leave a dead page without a word: say so, in Danish, as text.
#[cfg(target_arch = "wasm32")]
fn show_panic(info: &std::panic::PanicHookInfo) {
    let message = info.to_string();
    web_sys::console::error_1(&message.clone().into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = document.get_element_by_id("panic") {
        el.set_text_content(Some(&format!(
            "Beklager: Barometer stødte på en fejl og må genindlæses. Teknisk besked: {message}"
        )));
        let _ = el.set_attribute("class", "panic shown");
    }
}
