//! A number field that takes Danish input (`1.000`, `95,9`, `95,9 %`). What
//! the user types stays in the field even when it is not (yet) a number;
//! only a number that parses is sent on.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// The value the field shows when the user is not typing in it.
    pub value: Option<f64>,
    pub label: AttrValue,
    pub on_value: Callback<f64>,
    #[prop_or_default]
    pub class: Classes,
    /// Show the value as a year (`2017`, not `2.017`).
    #[prop_or_default]
    pub year: bool,
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
    let invalid = typing.as_ref().is_some_and(|(t, parsed)| parsed.is_none() && *t == text);
    let oninput = {
        let (typing, cb) = (typing.clone(), props.on_value.clone());
        Callback::from(move |e: InputEvent| {
            let t = e.target_unchecked_into::<HtmlInputElement>().value();
            let parsed = i18n::parse_number(&t);
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
            if invalid {
                <span class="field-error" role="alert">{ "Skriv et tal, fx 1.000 eller 95,9" }</span>
            }
        </span>
    }
}
