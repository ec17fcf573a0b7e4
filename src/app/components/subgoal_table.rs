//! A guidepost's sub-goals as the source's table: baseline, status, target,
//! score and whether each counts (and if not, why). Values a scenario changes
//! are marked, with the data's value beside them and a reset; "Ret" opens
//! the editor of a sub-goal.

use std::collections::BTreeSet;

use yew::prelude::*;

use super::subgoal_editor::SubgoalEditor;
use crate::app::state::Action;
use crate::app::view::View;
use crate::i18n;
use crate::method::projection::on_track;
use crate::method::Part;
use crate::model::{Point, Subgoal, Unit};

#[derive(Properties, PartialEq)]
pub struct SubgoalTableProps {
    pub index: usize,
    pub view: View,
    pub on_action: Callback<Action>,
}

#[component]
pub fn SubgoalTable(props: &SubgoalTableProps) -> Html {
    let open = use_state(BTreeSet::<String>::new);
    let gp = &props.view.dataset.guideposts[props.index];
    // Goals tracked in words are listed by `MilestoneList`, not here.
    let rows = gp.subgoals.iter().filter(|sg| !sg.is_milestone()).flat_map(|sg| {
        let mut rows = vec![(sg, false)];
        rows.extend(sg.children.iter().map(|c| (c, true)));
        rows
    });
    html! {
        <table class="subgoals">
            <caption class="visually-hidden">{ format!("Delmål under pejlemærke {}", gp.id) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Delmål" }</th>
                    <th scope="col" class="num">{ "Baseline" }</th>
                    <th scope="col" class="num">{ "Status" }</th>
                    <th scope="col" class="num">{ "Mål" }</th>
                    <th scope="col" class="num">{ "Score" }</th>
                    <th scope="col">{ "Indgår i aflæsningen" }</th>
                </tr>
            </thead>
            <tbody>
                { for rows.map(|(sg, child)| {
                    let address = format!("{}.{}", gp.id, sg.id);
                    let is_open = open.contains(&address);
                    let toggle = {
                        let (open, address) = (open.clone(), address.clone());
                        Callback::from(move |_: MouseEvent| {
                            let mut set = (*open).clone();
                            if !set.remove(&address) { set.insert(address.clone()); }
                            open.set(set);
                        })
                    };
                    html! {
                        <>
                        { row(props, sg, child, &address, is_open, toggle) }
                        if is_open {
                            <tr class="editor-row"><td colspan="6">
                                <SubgoalEditor index={props.index} id={sg.id.clone()} view={props.view.clone()} on_action={props.on_action.clone()} />
                            </td></tr>
                        }
                        </>
                    }
                }) }
            </tbody>
        </table>
    }
}

fn row(props: &SubgoalTableProps, sg: &Subgoal, child: bool, address: &str, is_open: bool, toggle: Callback<MouseEvent>) -> Html {
    let view = &props.view;
    let applied = view.applied_subgoal(props.index, &sg.id);
    let result = view.result(props.index, &sg.id);
    let overrides = view.overrides(address);
    let status = result.and_then(|r| r.status);
    let status_changed = status.is_some_and(|p| overrides.is_some_and(|o| o.status.contains_key(&p.year)));
    let data_status = |year: i32| sg.measurements.iter().find(|m| m.year == year).map(|m| m.value);
    let target = applied.and_then(|a| a.target);
    let target_changed = overrides.is_some_and(|o| o.target_value.is_some() || o.target_kind.is_some() || o.target_year.is_some());
    let reset = |a: Action, what: &str| {
        let cb = props.on_action.clone();
        html! { <button type="button" class="reset-value" aria-label={format!("Nulstil {what} for {address}")}
                    onclick={move |_| cb.emit(a.clone())}>{ "↺" }</button> }
    };
    let assumed = status.map(|p| view.assumed(address, p.year)).unwrap_or_default();
    let status_cell = match status {
        Some(p) if !assumed.is_empty() && !status_changed => html! { <>
            <span class="changed assumed">{ i18n::value(p.value, sg.unit) }</span><span class="year">{ format!(" ({})", p.year) }</span>
            <span class="original">{ format!("antaget effekt af {}; data: {}", assumed.join(", "), data_status(p.year).map(|v| i18n::value(v, sg.unit)).unwrap_or("–".into())) }</span>
        </> },
        Some(p) if status_changed => html! { <>
            <span class="changed">{ i18n::value(p.value, sg.unit) }</span><span class="year">{ format!(" ({})", p.year) }</span>
            <span class="original">{ format!("data: {}", data_status(p.year).map(|v| i18n::value(v, sg.unit)).unwrap_or("–".into())) }</span>
            { reset(Action::SetStatus { address: address.to_string(), year: p.year, value: None }, "status") }
        </> },
        Some(p) => value(p, sg.unit),
        None if sg.is_group() => html! {},
        None => html! { { "–" } },
    };
    let target_cell = match target {
        Some(t) => html! { <>
            <span class={classes!(target_changed.then_some("changed"))}>{ i18n::target(&t, sg.unit) }</span>
            <span class="year">{ format!(" ({})", t.year) }</span>
            if target_changed {
                <span class="original">{ format!("data: {}", sg.target.map(|t| i18n::target(&t, sg.unit)).unwrap_or("–".into())) }</span>
                { reset(Action::SetTarget { address: address.to_string(), value: None }, "målet") }
            }
        </> },
        None if sg.is_group() => html! {},
        None => html! { { "–" } },
    };
    let score = match result {
        None => "udeladt".to_string(),
        Some(r) => r.score.map(i18n::score).unwrap_or_else(|| i18n::subgoal_state(r.state).to_string()),
    };
    let clamped = result.and_then(|r| match (r.raw_score, r.score) {
        (Some(raw), Some(s)) if raw != s => Some(format!("beregnet {}, vist som {} (skalaens grænse)", i18n::score(raw), i18n::score(s))),
        _ => None,
    });
    let track = applied.and_then(|a| on_track(a, &view.options)).map(|t| {
        format!(
            "{} i {} (forventet {} % af vejen, nået {} %)",
            if t.on_track { "På vej mod målet" } else { "Bagud" },
            t.year,
            i18n::number(t.expected * 100.0, 0),
            i18n::number(t.progress * 100.0, 0)
        )
    });
    let part = match result {
        Some(r) => i18n::part(&r.part),
        None => "tæller ikke: udeladt i dette scenarie".to_string(),
    };
    let counted = result.is_some_and(|r| matches!(r.part, Part::Counted { as_zero: false, .. }));
    let edited = overrides.is_some_and(|o| !o.is_empty());
    html! {
        <tr class={classes!(child.then_some("child"), sg.is_group().then_some("group"), (!counted).then_some("not-counted"), edited.then_some("edited"))}
            data-subgoal={sg.id.clone()} data-state={result.map(|r| r.state.code()).unwrap_or("excluded")}>
            <th scope="row">
                <span class="sg-id">{ format!("{}.", sg.id) }</span>{ " " }{ &sg.title }
                if sg.proposed_removal { <span class="badge">{ "foreslået udgået" }</span> }
                if sg.proposed { <span class="badge">{ "forslag" }</span> }
                if edited { <span class="badge changed-badge">{ "ændret i scenariet" }</span> }
                if let Some(t) = track { <div class="on-track">{ t }</div> }
                <button type="button" class="edit" aria-expanded={is_open.to_string()} onclick={toggle}>
                    { if is_open { format!("Luk {address}") } else { format!("Ret {address}") } }
                </button>
            </th>
            <td class="num" data-label="Baseline">{ if sg.is_group() { html! {} } else { sg.baseline.map(|p| value(p, sg.unit)).unwrap_or(html! { { "–" } }) } }</td>
            <td class="num" data-label="Status">{ status_cell }</td>
            <td class="num" data-label="Mål">{ target_cell }</td>
            <td class="num score" data-label="Score">{ score }</td>
            // Beside why it counts as it does, not under the score, whose column it made too wide to fit.
            <td class="part" data-label="Indgår">{ part }if let Some(c) = clamped { <div class="clamped">{ c }</div> }</td>
        </tr>
    }
}

fn value(p: Point, unit: Option<Unit>) -> Html {
    html! { <>{ i18n::value(p.value, unit) }<span class="year">{ format!(" ({})", p.year) }</span></> }
}
