//! The budget proposals behind a guidepost and, in a scenario, the user's
//! assumptions about them: whether the scenario counts a proposal, and the
//! effects it is assumed to have on this guidepost's sub-goals. An effect is
//! the user's assumption, never data, and says so wherever it shows.

use yew::prelude::*;

use super::number_field::NumberField;
use crate::app::state::Action;
use crate::model::Dataset;
use crate::charts::pen::shorten;
use crate::model::Guidepost;
use crate::scenario::{Assumption, Effect};
use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(Properties, PartialEq)]
pub struct ProposalsProps {
    pub index: usize,
    /// The loaded data (not the scenario's view of it: a slider move then
    /// leaves this panel alone).
    pub dataset: Rc<Dataset>,
    /// The active scenario's assumptions about proposals.
    pub assumptions: BTreeMap<String, Assumption>,
    /// Base is active (an edit makes a new scenario).
    pub base: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Proposals(props: &ProposalsProps) -> Html {
    let gp = &props.dataset.guideposts[props.index];
    let proposals: Vec<_> = props.dataset.proposals_for(&gp.id).collect();
    if proposals.is_empty() {
        return html! {};
    }
    let leaves: Vec<(String, String)> = gp
        .leaves()
        .filter(|l| !l.is_milestone())
        .map(|l| (format!("{}.{}", gp.id, l.id), format!("{}.{} {}", gp.id, l.id, shorten(&l.title, 50))))
        .collect();
    let prefix = format!("{}.", gp.id);
    html! {
        <section class="proposals" aria-labelledby={format!("proposals-{}", gp.id)}>
            <h3 id={format!("proposals-{}", gp.id)}>{ format!("Budgetforslag bag pejlemærke {}", gp.id) }</h3>
            <p class="hint">{
                if props.base {
                    "Slå et forslag til for at regne med det i et scenarie (et nyt oprettes), og skriv den effekt, I antager, det har. Antagelser er jeres, ikke data."
                } else {
                    "Slå et forslag til eller fra i scenariet, og skriv den effekt, I antager, det har. Antagelser er jeres, ikke data."
                }
            }</p>
            <ul class="proposal-list">
                { for proposals.into_iter().map(|p| {
                    let assumption = props.assumptions.get(&p.id);
                    let on = assumption.is_some_and(|a| a.on);
                    let toggle = {
                        let (cb, id) = (props.on_action.clone(), p.id.clone());
                        Callback::from(move |_: Event| cb.emit(Action::SetProposal { id: id.clone(), on: !on }))
                    };
                    let add = {
                        let (cb, id) = (props.on_action.clone(), p.id.clone());
                        let effect = Effect { subgoal: leaves.first().map(|l| l.0.clone()).unwrap_or_default(), year: next_year(gp), change: 0.0 };
                        Callback::from(move |_: MouseEvent| cb.emit(Action::SetEffect { id: id.clone(), index: None, effect: Some(effect.clone()) }))
                    };
                    let effects: Vec<(usize, &Effect)> = assumption
                        .map(|a| a.effects.iter().enumerate().filter(|(_, e)| e.subgoal.starts_with(&prefix)).collect())
                        .unwrap_or_default();
                    html! {
                        <li class={classes!("proposal", on.then_some("on"))} data-proposal={p.id.clone()}>
                            <label class="proposal-switch">
                                <input type="checkbox" checked={on} onchange={toggle} />
                                <strong>{ &p.id }</strong>{ " " }{ &p.title }
                                <span class="proposal-state">{ if on { " — med i scenariet" } else { "" } }</span>
                            </label>
                            if let Some(note) = &p.note {
                                <p class="note">{ note }</p>
                            }
                            { for effects.into_iter().map(|(i, e)| effect_row(props, &p.id, i, e, &leaves)) }
                            if !leaves.is_empty() {
                                <button type="button" class="small" onclick={add}>{ format!("+ Antaget effekt af {}", p.id) }</button>
                            }
                            if on && !props.base {
                                <button type="button" class="small" onclick={ let (cb, id) = (props.on_action.clone(), p.id.clone()); move |_| cb.emit(Action::CompareWithout(id.clone())) }>
                                    { format!("Sammenlign med og uden {}", p.id) }
                                </button>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// One assumed effect: which sub-goal, which year, by how much.
fn effect_row(props: &ProposalsProps, id: &str, index: usize, effect: &Effect, leaves: &[(String, String)]) -> Html {
    let emit = {
        let (cb, id) = (props.on_action.clone(), id.to_string());
        move |e: Effect| cb.emit(Action::SetEffect { id: id.clone(), index: Some(index), effect: Some(e) })
    };
    let on_subgoal = {
        let (emit, e) = (emit.clone(), effect.clone());
        Callback::from(move |ev: Event| {
            let subgoal = ev.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            emit(Effect { subgoal, ..e.clone() })
        })
    };
    let on_year = {
        let (emit, e) = (emit.clone(), effect.clone());
        Callback::from(move |y: f64| {
            if (1900.0..=2200.0).contains(&y) {
                emit(Effect { year: y.round() as i32, ..e.clone() })
            }
        })
    };
    let on_change = {
        let (emit, e) = (emit.clone(), effect.clone());
        Callback::from(move |c: f64| emit(Effect { change: c, ..e.clone() }))
    };
    let remove = {
        let (cb, id) = (props.on_action.clone(), id.to_string());
        Callback::from(move |_: MouseEvent| cb.emit(Action::SetEffect { id: id.clone(), index: Some(index), effect: None }))
    };
    // Typing that stops being a number takes back what it sent; leaving the field ends the edit.
    let revert = {
        let (cb, id, effect) = (props.on_action.clone(), id.to_string(), effect.clone());
        Callback::from(move |_: ()| cb.emit(Action::Revert(Box::new(Action::SetEffect { id: id.clone(), index: Some(index), effect: Some(effect.clone()) }))))
    };
    let done = { let cb = props.on_action.clone(); Callback::from(move |_: ()| cb.emit(Action::EndEdit)) };
    html! {
        <div class="effect" role="group" aria-label={format!("Antaget effekt {} af {id}", index + 1)}>
            <span class="assumption-label">{ "Antaget effekt (jeres antagelse):" }</span>
            <select aria-label={format!("Delmål for antaget effekt {} af {id}", index + 1)} onchange={on_subgoal}>
                { for leaves.iter().map(|(address, label)| html! {
                    <option value={address.clone()} selected={*address == effect.subgoal}>{ label }</option>
                }) }
            </select>
            <span>{ "år" }</span>
            <NumberField class="effect-year" year=true value={Some(f64::from(effect.year))} label={AttrValue::from(format!("År for antaget effekt {} af {id}", index + 1))} on_value={on_year}
                on_revert={revert.clone()} on_done={done.clone()} />
            <span>{ "ændres med" }</span>
            <NumberField class="effect-change" value={Some(effect.change)} label={AttrValue::from(format!("Ændring for antaget effekt {} af {id}", index + 1))} on_value={on_change}
                on_revert={revert} on_done={done} />
            <button type="button" class="small" aria-label={format!("Fjern antaget effekt {} af {id}", index + 1)} onclick={remove}>{ "Fjern" }</button>
        </div>
    }
}

/// The year after the guidepost's latest measurement: where a proposal's
/// effect would first show.
fn next_year(gp: &Guidepost) -> i32 {
    gp.leaves()
        .flat_map(|l| l.measurements.iter().map(|m| m.year).chain(l.baseline.map(|b| b.year)))
        .max()
        .map_or(2015, |y| y + 1)
}
