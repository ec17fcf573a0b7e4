//! A number field that takes Danish input (`1.000`, `95,9`, `95,9 %`). What
//! the user types stays in the field even when it is not (yet) a number;
//! only a number that parses and is within its `Limit` (the limits every
//! way in shares) is sent on; otherwise the field says what it takes.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n;
use crate::limits::Limit;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// The value the field shows when the user is not typing in it.
    pub value: Option<f64>,
    pub label: AttrValue,
    pub on_value: Callback<f64>,
    #[prop_or_default]
    pub class: Classes,
    /// Show the value as a year (`2017`, not `2.017`); its limit is then a year's.
    #[prop_or_default]
    pub year: bool,
    /// Which limit applies (a status or target by default; `year` implies `Limit::Year`).
    #[prop_or_default]
    pub limit: Limit,
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let shown = props
        .value
        .map(|v| if props.year { format!("{v:.0}") } else { i18n::plain(v) })
        .unwrap_or_default();
    // The text being typed and the number it reads as. It is shown while it
    // is what the value came from, or while it is not a number yet; a value
    // changed elsewhere (slider, undo) replaces it.
    let typing = use_state(|| None::<(String, Option<f64>)>);
    let text = match &*typing {
        Some((t, parsed)) if parsed.is_none() || *parsed == props.value => t.clone(),
        _ => shown,
    };
    let limit = if props.year { Limit::Year } else { props.limit };
    // Not a number (None) or outside the limit (Some(message)).
    let problem = typing.as_ref().filter(|(t, parsed)| parsed.is_none() && *t == text).map(|(t, _)| {
        match i18n::parse_number(t) {
            Some(_) => limit.message(),
            None if props.year => Limit::Year.message(),
            None => "Skriv et tal, fx 1.000 eller 95,9",
        }
    });
    let invalid = problem.is_some();
    let oninput = {
        let (typing, cb) = (typing.clone(), props.on_value.clone());
        Callback::from(move |e: InputEvent| {
            let t = e.target_unchecked_into::<HtmlInputElement>().value();
            // A number outside the limit is kept as text, like one that is not a number.
            let parsed = i18n::parse_number(&t).filter(|v| limit.allows(*v));
            typing.set(Some((t, parsed)));
            if let Some(v) = parsed {
                cb.emit(v);
            }
        })
    };
    let onblur = {
        let typing = typing.clone();
        Callback::from(move |_: FocusEvent| {
            // A number is now the value, shown in Danish; an invalid text stays for the user to fix.
            if typing.as_ref().is_some_and(|(_, parsed)| parsed.is_some()) {
                typing.set(None);
            }
        })
    };
    html! {
        <span class={classes!("number-field", props.class.clone())}>
            <input type="text" inputmode="decimal" value={text} aria-label={props.label.clone()}
                aria-invalid={invalid.to_string()} {oninput} {onblur} />
            if let Some(message) = problem {
                <span class="field-error" role="alert">{ message }</span>
            }
        </span>
    }
}
