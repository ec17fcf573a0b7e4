//! The scenario bar: switch, create, duplicate, rename, delete, undo and
//! redo, share as a link or a file, and choose what to compare side by side.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::browser;
use crate::app::state::{Action, Notice, NoticeKind, Scenarios, MAX_COMPARE};
use crate::app::view::View;
use crate::io::share::{decode_shared, encode_file, encode_link};
use crate::scenario::{changes, BASE};

#[derive(Properties, PartialEq)]
pub struct ScenarioBarProps {
    pub scenarios: Scenarios,
    pub can_undo: bool,
    pub can_redo: bool,
    pub view: View,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ScenarioBar(props: &ScenarioBarProps) -> Html {
    let send = |a: Action| {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| cb.emit(a.clone()))
    };
    let s = &props.scenarios;
    let is_base = s.active.is_none();
    let link = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);

    let entries = std::iter::once((None, BASE.to_string()))
        .chain(s.list.iter().enumerate().map(|(i, sc)| (Some(i), sc.name.clone())));
    let choose = |index: Option<usize>, name: String| {
        let active = s.active == index;
        html! {
            <button type="button" class={classes!("scenario-tab", active.then_some("active"))}
                aria-pressed={active.to_string()} onclick={send(Action::Switch(index))}>{ name }</button>
        }
    };
    let compare_box = |index: Option<usize>, name: String| {
        let checked = s.compare.contains(&index);
        let full = !checked && s.compare.len() >= MAX_COMPARE;
        let onchange = { let cb = props.on_action.clone(); move |_: Event| cb.emit(Action::ToggleCompare(index)) };
        html! {
            <label class="choice compare-choice">
                <input type="checkbox" {checked} disabled={full} {onchange} />
                <span>{ name }</span>
            </label>
        }
    };
    let on_rename = {
        let cb = props.on_action.clone();
        Callback::from(move |e: Event| cb.emit(Action::RenameScenario(e.target_unchecked_into::<HtmlInputElement>().value())))
    };
    let on_copy_link = {
        let (view, link) = (props.view.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let url = browser::link_with(&encode_link(&view.dataset, &view.scenario));
            browser::copy(&url);
            link.set(Some(url));
        })
    };
    let on_download = {
        let view = props.view.clone();
        Callback::from(move |_: MouseEvent| {
            let name = format!("barometer-scenarie-{}.json", file_stem(&view.scenario.name));
            browser::download(&name, "application/json", &encode_file(&view.dataset, &view.scenario));
        })
    };
    let on_load = {
        let (cb, dataset, reader) = (props.on_action.clone(), props.view.dataset.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let (cb, dataset) = (cb.clone(), dataset.clone());
            let file = gloo::file::File::from(file);
            let name = file.name();
            *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_text(&file, move |text| {
                let result = text.map_err(|_| "filen kunne ikke læses".to_string()).and_then(|t| {
                    decode_shared(&t, &dataset).map_err(|e| browser::share_error(&e))
                });
                match result {
                    Ok(scenario) => cb.emit(Action::Import(scenario)),
                    Err(why) => cb.emit(Action::Notify(Notice {
                        kind: NoticeKind::Error,
                        text: format!("»{name}« kunne ikke indlæses: {why}. Intet er ændret."),
                        download: None,
                    })),
                }
            }));
        })
    };
    let changed = changes(&props.view.dataset, &props.view.scenario);

    html! {
        <section class="scenario-bar" aria-label="Scenarier">
            <div class="scenario-row">
                <span class="bar-label" id="scenario-label">{ "Scenarie:" }</span>
                <div class="scenario-tabs" role="group" aria-labelledby="scenario-label">
                    { for entries.clone().map(|(i, n)| choose(i, n)) }
                </div>
                <button type="button" onclick={send(Action::NewScenario)}>{ "+ Nyt scenarie" }</button>
                <button type="button" onclick={send(Action::DuplicateScenario)}>{ "Dupliker" }</button>
                <button type="button" disabled={is_base} onclick={send(Action::DeleteScenario)}>{ "Slet" }</button>
                <span class="spacer" />
                <button type="button" disabled={!props.can_undo} onclick={send(Action::Undo)} title="Ctrl+Z">{ "↶ Fortryd" }</button>
                <button type="button" disabled={!props.can_redo} onclick={send(Action::Redo)} title="Ctrl+Shift+Z">{ "↷ Gentag" }</button>
            </div>
            <div class="scenario-row">
                if is_base {
                    <span class="base-hint">{ "Base er dataene, som de er, og kan ikke ændres. Ret et tal, så lægges ændringen i et nyt scenarie." }</span>
                } else {
                    <label class="rename">
                        <span>{ "Navn:" }</span>
                        <input type="text" value={props.view.scenario.name.clone()} onchange={on_rename} aria-label="Scenariets navn" />
                    </label>
                    <label class="choice">
                        <input type="checkbox" checked={props.view.scenario.project_to_target}
                            onchange={ let cb = props.on_action.clone(); let on = !props.view.scenario.project_to_target;
                                       move |_: Event| cb.emit(Action::SetProjectToTarget(on)) } />
                        <span>{ "Fremskriv alle delmål til målåret efter deres nuværende tendens" }</span>
                    </label>
                    <button type="button" disabled={changed.is_empty()} onclick={send(Action::ResetScenario)}>{ "Nulstil scenariet" }</button>
                }
                <span class="spacer" />
                <button type="button" onclick={on_copy_link}>{ "Kopiér link" }</button>
                <button type="button" onclick={on_download}>{ "Download scenarie" }</button>
                <label class="file-button">
                    <span>{ "Indlæs scenarie…" }</span>
                    <input type="file" accept=".json,application/json" onchange={on_load} aria-label="Indlæs scenarie fra fil" />
                </label>
            </div>
            if let Some(url) = &*link {
                <div class="scenario-row">
                    <label class="share-link">
                        <span>{ "Link til dette scenarie (kopieret):" }</span>
                        <input type="text" readonly=true value={url.clone()} aria-label="Link til scenariet" />
                    </label>
                </div>
            }
            if !changed.is_empty() {
                <p class="changes"><strong>{ "Ændrer: " }</strong>{ changed.join(" · ") }</p>
            }
            <div class="scenario-row compare-row">
                <span class="bar-label">{ format!("Sammenlign side om side (højst {MAX_COMPARE}):") }</span>
                { for entries.map(|(i, n)| compare_box(i, n)) }
            </div>
        </section>
    }
}

/// A scenario name made safe for a file name.
fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect();
    let stem = stem.trim_matches('-').to_string();
    if stem.is_empty() { "uden-navn".into() } else { stem }
}
