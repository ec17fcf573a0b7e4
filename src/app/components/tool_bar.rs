//! The one compact bar above the overview: the app and dataset names, the
//! active scenario, undo and redo, and three menus — Metode (the options,
//! with those in force on its button), Data (in and out) and Scenarier —
//! then presentation and print. Everything else is on the screen itself.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::data_panel::DataPanel;
use super::menu::Menu;
use super::method_panel::{short, MethodPanel};
use super::scenario_bar::ScenarioBar;
use crate::app::state::{Action, Scenarios};
use crate::app::view::View;
use crate::method::Options;
use crate::scenario::BASE;

#[derive(Properties, PartialEq)]
pub struct ToolBarProps {
    pub view: View,
    pub scenarios: Scenarios,
    pub can_undo: bool,
    pub can_redo: bool,
    /// The built-in 2014 data is loaded.
    pub built_in: bool,
    pub dataset_options: Options,
    pub years: Vec<i32>,
    /// The guidepost whose detail is open.
    pub selected: Option<AttrValue>,
    pub on_action: Callback<Action>,
    pub on_file: Callback<web_sys::File>,
}

#[component]
pub fn ToolBar(props: &ToolBarProps) -> Html {
    let send = |a: Action| {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| cb.emit(a.clone()))
    };
    let s = &props.scenarios;
    let on_switch = {
        let cb = props.on_action.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            cb.emit(Action::Switch(value.parse().ok()));
        })
    };
    let view = &props.view;
    html! {
        <header class="tool-bar">
            <div class="brand">
                <span class="app-name">{ "Barometer" }</span>
                <span class="dataset-title" title={view.dataset.title.clone().unwrap_or_default()}>{ view.dataset.title.clone().unwrap_or_default() }</span>
            </div>
            <div class="tools" role="toolbar" aria-label="Værktøjer">
                <label class="scenario-switch">
                    <span class="bar-label">{ "Scenarie" }</span>
                    <select onchange={on_switch} aria-label="Aktivt scenarie">
                        <option value="" selected={s.active.is_none()}>{ BASE }</option>
                        { for s.list.iter().enumerate().map(|(i, sc)| html! {
                            <option value={i.to_string()} selected={s.active == Some(i)}>{ &sc.name }</option>
                        }) }
                    </select>
                </label>
                <button type="button" class="icon" disabled={!props.can_undo} onclick={send(Action::Undo)} title="Fortryd (Ctrl+Z)" aria-label="↶ Fortryd">{ "↶" }<span class="tool-text">{ " Fortryd" }</span></button>
                <button type="button" class="icon" disabled={!props.can_redo} onclick={send(Action::Redo)} title="Gentag (Ctrl+Shift+Z)" aria-label="↷ Gentag">{ "↷" }<span class="tool-text">{ " Gentag" }</span></button>
                <Menu label="Metode" title="Metode" class="method-menu" summary={AttrValue::from(short(&view.options, &props.dataset_options))}>
                    <MethodPanel options={view.options} dataset_options={props.dataset_options} years={props.years.clone()} on_action={props.on_action.clone()} />
                </Menu>
                <Menu label="Data" title="Data ind og ud">
                    <DataPanel view={view.clone()} built_in={props.built_in} on_action={props.on_action.clone()} on_file={props.on_file.clone()} />
                </Menu>
                <Menu label="Scenarier" title="Scenarier">
                    <ScenarioBar scenarios={s.clone()} view={view.clone()} selected={props.selected.clone()} on_action={props.on_action.clone()} />
                </Menu>
                <button type="button" onclick={send(Action::Present(Some(0)))} title="F">{ "Præsentér" }</button>
                <button type="button" onclick={send(Action::Print(true))}>{ "Udskriv" }</button>
            </div>
        </header>
    }
}
