//! The editor of one sub-goal in the active scenario: its status in any
//! year and its target (slider and Danish number field), whether it counts,
//! its population, goal seek, and its trend.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::chart_figure::ChartFigure;
use super::number_field::NumberField;
use crate::charts::trend::{self as trend_chart, TrendChart};
use crate::method::Options;
use crate::app::state::Action;
use crate::app::view::View;
use crate::i18n;
use crate::method::projection::trend;
use crate::method::seek::{seek, status_year, Seek, Unreachable};
use crate::model::{Subgoal, TargetKind, Unit};

#[derive(Properties, PartialEq)]
pub struct SubgoalEditorProps {
    pub index: usize,
    pub id: AttrValue,
    pub view: View,
    pub on_action: Callback<Action>,
}

#[component]
pub fn SubgoalEditor(props: &SubgoalEditorProps) -> Html {
    let view = &props.view;
    let original_gp = &view.dataset.guideposts[props.index];
    let Some(original) = original_gp.find_subgoal(&props.id) else { return html! {} };
    let address = format!("{}.{}", original_gp.id, original.id);
    let applied_gp = &view.applied.guideposts[props.index];
    let applied = applied_gp.find_subgoal(&props.id);
    let included = applied.is_some();
    let year = use_state(|| None::<i32>);
    let seek_reading = use_state(|| 2.0_f64);
    let seek_answer = use_state(|| None::<(f64, Seek)>);

    let emit = |make: fn(String, Option<f64>) -> Action| {
        let (cb, address) = (props.on_action.clone(), address.clone());
        Callback::from(move |v: f64| cb.emit(make(address.clone(), Some(v))))
    };
    // What a field's typing sent is taken back when its text stops being a
    // number (`action` names the field); leaving a field or a slider ends the edit.
    let revert = |action: Action| {
        let cb = props.on_action.clone();
        Callback::from(move |_: ()| cb.emit(Action::Revert(Box::new(action.clone()))))
    };
    let done = { let cb = props.on_action.clone(); Callback::from(move |_: ()| cb.emit(Action::EndEdit)) };
    let include_toggle = {
        let (cb, address) = (props.on_action.clone(), address.clone());
        Callback::from(move |_: Event| cb.emit(Action::SetIncluded { address: address.clone(), included: !included }))
    };
    let common = html! { <>
        <label class="choice">
            <input type="checkbox" checked={included} onchange={include_toggle} />
            <span>{ format!("{address} indgår i scenariet") }</span>
        </label>
        <label class="field">
            <span>{ "Population (til vægtning)" }</span>
            <NumberField value={applied.and_then(|a| a.population)} label={format!("Population for {address}")} limit={crate::limits::Limit::Population}
                on_value={emit(|address, value| Action::SetPopulation { address, value })}
                on_revert={revert(Action::SetPopulation { address: address.clone(), value: None })} on_done={done.clone()} />
        </label>
        <button type="button" onclick={ let (cb, a) = (props.on_action.clone(), address.clone()); move |_| cb.emit(Action::ResetSubgoal(a.clone())) }>
            { format!("Nulstil {address}") }
        </button>
    </> };
    let Some(leaf) = applied.filter(|a| !a.is_group()) else {
        return html! { <div class="editor">{ common }</div> };
    };

    let default_year = status_year(applied_gp, leaf, &view.options);
    let year_now = year.unwrap_or(default_year);
    let years = status_years(leaf, view.options.as_of, default_year);
    let status_now = leaf.measurements.iter().find(|m| m.year == year_now).map(|m| m.value);
    let status_data = original.measurements.iter().find(|m| m.year == year_now).map(|m| m.value);
    let range = slider_range(leaf);
    let on_year = {
        let year = year.clone();
        Callback::from(move |e: Event| year.set(e.target_unchecked_into::<HtmlSelectElement>().value().parse().ok()))
    };
    let set_status = {
        let (cb, address) = (props.on_action.clone(), address.clone());
        Callback::from(move |v: f64| cb.emit(Action::SetStatus { address: address.clone(), year: year_now, value: Some(v) }))
    };
    let set_target = emit(|address, value| Action::SetTarget { address, value });
    let on_kind = {
        let (cb, address) = (props.on_action.clone(), address.clone());
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlSelectElement>().value();
            let kind = [TargetKind::Value, TargetKind::Below, TargetKind::Above].into_iter().find(|k| i18n::target_kind(*k) == text);
            cb.emit(Action::SetTargetKind { address: address.clone(), kind });
        })
    };
    let on_target_year = {
        let (cb, address) = (props.on_action.clone(), address.clone());
        Callback::from(move |v: f64| {
            // Only whole years in a sensible range; anything else is ignored until corrected.
            if v.fract() == 0.0 && (1900.0..=2200.0).contains(&v) {
                cb.emit(Action::SetTargetYear { address: address.clone(), year: Some(v as i32) });
            }
        })
    };
    let on_seek = {
        let (gp, id, options, reading, answer) = (applied_gp.clone(), props.id.to_string(), view.options, seek_reading.clone(), seek_answer.clone());
        Callback::from(move |_: MouseEvent| {
            if let Ok(result) = seek(&gp, &id, *reading, &options) {
                answer.set(Some((*reading, result)));
            }
        })
    };
    let put_in = |value: f64| {
        let (cb, address, year) = (props.on_action.clone(), address.clone(), status_year(applied_gp, leaf, &view.options));
        Callback::from(move |_: MouseEvent| cb.emit(Action::SetStatus { address: address.clone(), year, value: Some(value) }))
    };
    let unit = leaf.unit;
    let t = trend(leaf, &view.options);

    html! {
        <div class="editor" aria-label={format!("Ret {address}")}>
            <fieldset class="edit-value">
                <legend>{ "Status" }</legend>
                <label class="field">
                    <span>{ "År" }</span>
                    <select onchange={on_year} aria-label={format!("År for status på {address}")}>
                        { for years.iter().map(|y| html! { <option value={y.to_string()} selected={*y == year_now}>{ y }</option> }) }
                    </select>
                </label>
                { slider(&format!("Status {year_now} for {address}"), range, status_now.unwrap_or(range.0.max(leaf.baseline.map_or(range.0, |b| b.value))), set_status.clone(), done.clone()) }
                <NumberField value={status_now} label={format!("Status {year_now} for {address} (tal)")} on_value={set_status}
                    on_revert={revert(Action::SetStatus { address: address.clone(), year: year_now, value: None })} on_done={done.clone()} />
                <span class="original">{ format!("Data: {}", status_data.map(|v| i18n::value(v, unit)).unwrap_or(format!("ingen måling i {year_now}"))) }</span>
            </fieldset>
            <fieldset class="edit-value">
                <legend>{ format!("Mål {}", leaf.target.map(|t| t.year.to_string()).unwrap_or_default()) }</legend>
                { slider(&format!("Mål for {address}"), range, leaf.target.map_or(range.1, |t| t.value), set_target.clone(), done.clone()) }
                <NumberField value={leaf.target.map(|t| t.value)} label={format!("Mål for {address} (tal)")} on_value={set_target}
                    on_revert={revert(Action::SetTarget { address: address.clone(), value: None })} on_done={done.clone()} />
                <label class="field">
                    <span>{ "Måltype" }</span>
                    <select onchange={on_kind} aria-label={format!("Måltype for {address}")}>
                        { for [TargetKind::Value, TargetKind::Below, TargetKind::Above].into_iter().map(|k| html! {
                            <option value={i18n::target_kind(k)} selected={leaf.target.map_or(k == TargetKind::Value, |t| t.kind == k)}>{ i18n::target_kind(k) }</option>
                        }) }
                    </select>
                </label>
                <label class="field">
                    <span>{ "Målår" }</span>
                    <NumberField value={leaf.target.map(|t| f64::from(t.year))} label={format!("Målår for {address}")} on_value={on_target_year} year=true
                        on_revert={revert(Action::SetTargetYear { address: address.clone(), year: None })} on_done={done.clone()} />
                </label>
                <span class="original">{ format!("Data: {}", original.target.map(|t| format!("{} ({})", i18n::target(&t, unit), t.year)).unwrap_or("intet mål".into())) }</span>
            </fieldset>
            <fieldset class="edit-value seek">
                <legend>{ "Målsøgning" }</legend>
                <label class="field">
                    <span>{ format!("Hvilken status skal {address} have, for at pejlemærke {} viser", original_gp.id) }</span>
                    <NumberField value={Some(*seek_reading)} label={format!("Ønsket aflæsning for pejlemærke {}", original_gp.id)}
                        on_value={ let r = seek_reading.clone(); Callback::from(move |v| r.set(v)) } />
                </label>
                <button type="button" onclick={on_seek}>{ "Find status" }</button>
                { match *seek_answer {
                    Some((reading, Seek::Value(v))) => html! { <span class="seek-answer" role="status">
                        { format!("{address} skal have status {} for at pejlemærke {} viser {}. ", i18n::value(v, unit), original_gp.id, i18n::score(reading)) }
                        <button type="button" onclick={put_in(v)}>{ "Sæt ind i scenariet" }</button>
                    </span> },
                    Some((reading, Seek::Unreachable(why))) => html! { <span class="seek-answer" role="status">
                        { format!("Kan ikke nås af {address} alene ({}): {}.", i18n::score(reading), match why {
                            Unreachable::NotScorable => "delmålet har ikke både baseline og talmål",
                            Unreachable::NoEffect => "delmålet påvirker ikke aflæsningen",
                            Unreachable::OutOfRange => "det kræver en delmålsscore uden for −5 … +5",
                        }) }
                    </span> },
                    None => html! {},
                } }
            </fieldset>
            <p class="trend">{ match t {
                Some(t) => format!("Tendens: {} i {} (score {}), fra en ret linje gennem {} målinger.", i18n::value(t.value, unit), t.target_year, i18n::score(t.score), t.points),
                None => "Tendens: kræver baseline, talmål og mindst én status.".to_string(),
            } }</p>
            <TrendFigure address={address.clone()} original={original.clone()} seen={leaf.clone()} options={view.options} />
            <div class="editor-common">{ common }</div>
        </div>
    }
}

/// The years a status can be set for: after the baseline up to the target year.
fn status_years(leaf: &Subgoal, as_of: Option<i32>, default: i32) -> Vec<i32> {
    let first = leaf.baseline.map_or(default, |b| b.year + 1).min(default);
    let last = leaf.target.map_or(default, |t| t.year).max(default).max(as_of.unwrap_or(default));
    let mut years: Vec<i32> = (first..=last).collect();
    years.extend(leaf.measurements.iter().map(|m| m.year).filter(|y| !(first..=last).contains(y)));
    years.sort_unstable();
    years
}

/// (min, max, step) of a slider: around the baseline, target and status.
fn slider_range(leaf: &Subgoal) -> (f64, f64, f64) {
    let values: Vec<f64> = leaf.baseline.iter().chain(&leaf.measurements).map(|p| p.value)
        .chain(leaf.target.map(|t| t.value)).collect();
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let (lo, hi) = if lo.is_finite() { (lo, hi) } else { (0.0, 100.0) };
    let span = if hi > lo { hi - lo } else { lo.abs().max(1.0) };
    let step = 10f64.powf((span / 200.0).log10().floor());
    let step = if leaf.unit == Some(Unit::Count) { step.max(1.0) } else { step };
    let (mut min, mut max) = (lo - span * 0.5, hi + span * 0.5);
    if leaf.unit == Some(Unit::Percent) {
        (min, max) = (min.max(0.0), max.min(100.0));
    }
    if matches!(leaf.unit, Some(Unit::Count) | Some(Unit::Percent)) {
        min = min.max(0.0);
    }
    ((min / step).floor() * step, (max / step).ceil() * step, step)
}

/// A slider; letting it go (its `change`) ends the edit, so each drag is an undo step.
fn slider(label: &str, (min, max, step): (f64, f64, f64), value: f64, on_value: Callback<f64>, on_done: Callback<()>) -> Html {
    let oninput = Callback::from(move |e: InputEvent| {
        if let Ok(v) = e.target_unchecked_into::<HtmlInputElement>().value().parse::<f64>() {
            on_value.emit(v);
        }
    });
    let onchange = Callback::from(move |_: Event| on_done.emit(()));
    html! {
        <input type="range" class="slider" aria-label={label.to_string()}
            min={min.to_string()} max={max.to_string()} step={step.to_string()} value={value.to_string()} {oninput} {onchange} />
    }
}

#[derive(Properties, PartialEq)]
pub struct TrendFigureProps {
    pub address: AttrValue,
    /// The sub-goal as loaded, and as the scenario sees it.
    pub original: Subgoal,
    pub seen: Subgoal,
    pub options: Options,
}

/// The trend chart of one sub-goal.
#[component]
pub fn TrendFigure(props: &TrendFigureProps) -> Html {
    let chart = TrendChart::new(&props.address, &props.original, &props.seen, &props.options);
    let drawn = use_memo(chart, |c| (AttrValue::from(trend_chart::svg(c)), AttrValue::from(c.describe())));
    html! { <ChartFigure class="trend-chart" svg={drawn.0.clone()} description={drawn.1.clone()} file_stem={format!("delmaal-{}-tendens", props.address)} /> }
}
