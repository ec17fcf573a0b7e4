//! The scenario menu: switch, create, duplicate, rename, delete, share as a
//! link or a file, and choose what to compare side by side. (Undo and redo
//! sit in the tool bar itself.)

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::browser;
use crate::app::state::{Action, Notice, NoticeKind, Scenarios, MAX_COMPARE};
use crate::app::view::View;
use crate::io::share::{encode_file, encode_link, open_shared, Opened};
use crate::i18n::scenario_changes as changes;
use crate::scenario::BASE;

#[derive(Properties, PartialEq)]
pub struct ScenarioBarProps {
    pub scenarios: Scenarios,
    pub view: View,
    /// The guidepost whose detail is open: a link opens on it too.
    #[prop_or_default]
    pub selected: Option<AttrValue>,
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
        let (view, link, selected) = (props.view.clone(), link.clone(), props.selected.clone());
        Callback::from(move |_: MouseEvent| {
            let url = browser::link_with(&with_guidepost(&encode_link(&view.dataset, &view.scenario), selected.as_deref()));
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
                    open_shared(&t, &dataset).map_err(|e| browser::share_error(&e))
                });
                match result {
                    Ok(Opened { scenario, dropped, moved }) => {
                        cb.emit(Action::Import(scenario));
                        if let Some(moved) = moved {
                            cb.emit(Action::Moved { moved, what: format!("»{name}«") });
                        }
                        if !dropped.is_empty() {
                            cb.emit(Action::Notify(Notice {
                                kind: NoticeKind::Error,
                                text: format!("»{name}« havde værdier uden for grænserne, som er udeladt: {}. Resten er indlæst.", dropped.join("; ")),
                                download: None,
                            }));
                        }
                    }
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
        <div class="scenario-bar">
            <div class="menu-group" role="group" aria-label="Skift scenarie">
                <h3 class="menu-heading" id="scenario-label">{ "Scenarie" }</h3>
                <div class="scenario-tabs">
                    { for entries.clone().map(|(i, n)| choose(i, n)) }
                </div>
                <div class="scenario-row">
                    <button type="button" onclick={send(Action::NewScenario)}>{ "+ Nyt scenarie" }</button>
                    <button type="button" onclick={send(Action::DuplicateScenario)}>{ "Dupliker" }</button>
                    <button type="button" disabled={is_base} onclick={send(Action::DeleteScenario)}>{ "Slet" }</button>
                </div>
                if is_base {
                    <p class="base-hint hint">{ "Base er dataene, som de er, og kan ikke ændres. Ret et tal, så lægges ændringen i et nyt scenarie." }</p>
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
                if !changed.is_empty() {
                    <p class="changes"><strong>{ "Ændrer: " }</strong>{ changed.join(" · ") }</p>
                }
            </div>
            <div class="menu-group" role="group" aria-label="Del scenariet">
                <h3 class="menu-heading">{ "Del" }</h3>
                <button type="button" onclick={on_copy_link} data-keep-open="">{ "Kopiér link" }</button>
                <button type="button" onclick={on_download}>{ "Download scenarie" }</button>
                <label class="file-button">
                    <span>{ "Indlæs scenarie…" }</span>
                    <input type="file" accept=".json,application/json" onchange={on_load} aria-label="Indlæs scenarie fra fil" />
                </label>
                if let Some(url) = &*link {
                    <label class="share-link">
                        <span>{ "Link til dette scenarie (kopieret):" }</span>
                        <input type="text" readonly=true value={url.clone()} aria-label="Link til scenariet" />
                    </label>
                }
            </div>
            <div class="menu-group compare-row" role="group" aria-label="Sammenlign side om side">
                <h3 class="menu-heading">{ format!("Sammenlign side om side (højst {MAX_COMPARE})") }</h3>
                { for entries.map(|(i, n)| compare_box(i, n)) }
            </div>
        </div>
    }
}

/// A share link's fragment with the open guidepost after it (`&pejlemaerke=1`).
pub fn with_guidepost(fragment: &str, guidepost: Option<&str>) -> String {
    match guidepost {
        Some(id) => format!("{fragment}{GUIDEPOST_PARAM}{}", encode_component(id)),
        None => fragment.to_string(),
    }
}

/// A link's fragment without the open guidepost, and that guidepost.
pub fn split_guidepost(fragment: &str) -> (&str, Option<String>) {
    match fragment.split_once(GUIDEPOST_PARAM) {
        Some((rest, id)) => (rest, Some(decode_component(id))),
        None => (fragment, None),
    }
}

const GUIDEPOST_PARAM: &str = "&pejlemaerke=";

/// Guidepost ids are short words; anything but letters, digits, `.` and `-` is %-escaped.
fn encode_component(s: &str) -> String {
    s.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b == b'.' || b == b'-' { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = (bytes[i] == b'%').then(|| s.get(i + 1..i + 3)).flatten().and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
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
