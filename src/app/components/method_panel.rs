//! The method panel: the four options of METHOD.md and the as-of year.
//! Every change is an `Action`; the readings follow at once.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::state::Action;
use crate::i18n;
use crate::method::Options;
use crate::model::{Grouping, Missing, Weighting};

#[derive(Properties, PartialEq)]
pub struct MethodPanelProps {
    pub options: Options,
    /// What the dataset asks for, to show and to go back to.
    pub dataset_options: Options,
    pub years: Vec<i32>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn MethodPanel(props: &MethodPanelProps) -> Html {
    let o = props.options;
    let send = |action: Action| {
        let cb = props.on_action.clone();
        Callback::from(move |_: Event| cb.emit(action.clone()))
    };
    let radio = |name: &'static str, label: &'static str, checked: bool, action: Action| {
        html! {
            <label class="choice">
                <input type="radio" name={name} checked={checked} onchange={send(action)} />
                <span>{ label }</span>
            </label>
        }
    };
    let on_as_of = {
        let cb = props.on_action.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            cb.emit(Action::SetAsOf(value.parse().ok()));
        })
    };
    let differs = o != props.dataset_options;

    html! {
        <div class="method-panel">
            <p class="hint">{ "Skift en indstilling, og alle aflæsninger regnes om med det samme." }</p>
            <fieldset>
                <legend>{ "Delmål uden status" }</legend>
                { radio("missing", i18n::missing(Missing::Exclude), o.missing == Missing::Exclude, Action::SetMissing(Missing::Exclude)) }
                { radio("missing", i18n::missing(Missing::Zero), o.missing == Missing::Zero, Action::SetMissing(Missing::Zero)) }
            </fieldset>
            <fieldset>
                <legend>{ "Grupper af delmål (fx 1.F)" }</legend>
                { radio("grouping", i18n::grouping(Grouping::Nested), o.grouping == Grouping::Nested, Action::SetGrouping(Grouping::Nested)) }
                { radio("grouping", i18n::grouping(Grouping::Flat), o.grouping == Grouping::Flat, Action::SetGrouping(Grouping::Flat)) }
            </fieldset>
            <fieldset>
                <legend>{ "Vægtning" }</legend>
                { radio("weighting", i18n::weighting(Weighting::Equal), o.weighting == Weighting::Equal, Action::SetWeighting(Weighting::Equal)) }
                { radio("weighting", i18n::weighting(Weighting::Population), o.weighting == Weighting::Population, Action::SetWeighting(Weighting::Population)) }
                <p class="hint">{ "Et pejlemærke eller en gruppe med egen vægtning (fx pejlemærke 5) beholder den." }</p>
            </fieldset>
            <fieldset>
                <legend>{ "Skala" }</legend>
                <label class="choice">
                    <input type="checkbox" name="clamp" checked={o.clamp} onchange={send(Action::SetClamp(!o.clamp))} />
                    <span>{ "Begræns delmålenes score til −5 … +5" }</span>
                </label>
            </fieldset>
            <label class="as-of">
                <span>{ "Status til og med" }</span>
                <select name="as-of" onchange={on_as_of}>
                    <option value="" selected={o.as_of.is_none()}>{ "seneste måling" }</option>
                    { for props.years.iter().map(|y| html! {
                        <option value={y.to_string()} selected={o.as_of == Some(*y)}>{ y }</option>
                    }) }
                </select>
            </label>
            <div class="dataset-method">
                <p>
                    { "Datasættets metode: " }
                    { describe(&props.dataset_options) }
                </p>
                <button type="button" class="reset" disabled={!differs}
                    onclick={ let cb = props.on_action.clone(); move |_| cb.emit(Action::ResetMethod) }>
                    { "Brug datasættets metode" }
                </button>
            </div>
        </div>
    }
}

/// The options in one Danish sentence.
pub fn describe(o: &Options) -> String {
    format!(
        "{}; {}; {}; {}.",
        i18n::missing(o.missing).to_lowercase(),
        i18n::grouping(o.grouping).to_lowercase(),
        i18n::weighting(o.weighting).to_lowercase(),
        if o.clamp { "begrænset til −5 … +5" } else { "ubegrænset" }
    )
}

/// The options in force in a few words, for the tool bar's button:
/// "som 0 · gruppe samlet · lige vægt".
pub fn short(o: &Options, dataset: &Options) -> String {
    let mut parts = vec![
        match o.missing {
            Missing::Exclude => "uden status udeladt",
            Missing::Zero => "uden status = 0",
        }
        .to_string(),
        match o.grouping {
            Grouping::Nested => "grupper samlet",
            Grouping::Flat => "grupper flade",
        }
        .to_string(),
        match o.weighting {
            Weighting::Equal => "lige vægt",
            Weighting::Population => "vægtet",
        }
        .to_string(),
    ];
    if !o.clamp {
        parts.push("ubegrænset".into());
    }
    if let Some(y) = o.as_of {
        parts.push(format!("til {y}"));
    }
    if o == dataset {
        parts.push("(datasættets)".into());
    }
    parts.join(" · ")
}
