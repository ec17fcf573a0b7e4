//! A number field that takes Danish input (`1.000`, `95,9`, `95,9 %`). What
//! the user types stays in the field even when it is not (yet) a number;
//! only a number that parses and is within its `Limit` (the limits every
//! way in shares) is sent on; otherwise the field says what it takes, and
//! what its typing had already sent is taken back (`on_revert`): "9x0" must
//! not leave the 9 it passed through as the value. Leaving the field ends
//! the edit (`on_done`), so each entry is an undo step of its own.

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
    /// The text stopped being a number after this typing had sent a value.
    #[prop_or_default]
    pub on_revert: Callback<()>,
    /// The field was left.
    #[prop_or_default]
    pub on_done: Callback<()>,
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let shown = props
        .value
        .map(|v| if props.year { format!("{v:.0}") } else { i18n::exact(v) })
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
    // "1,500" is taken as 1,5, and says so, in case 1.500 was meant.
    let hint = typing.as_ref().filter(|(t, parsed)| parsed.is_some() && *t == text).and_then(|(t, _)| i18n::comma_hint(t));
    // Whether this typing (since the field got focus) has sent a value.
    let sent = use_mut_ref(|| false);
    let oninput = {
        let (typing, cb, revert, sent) = (typing.clone(), props.on_value.clone(), props.on_revert.clone(), sent.clone());
        Callback::from(move |e: InputEvent| {
            let t = e.target_unchecked_into::<HtmlInputElement>().value();
            // A number outside the limit is kept as text, like one that is not a number.
            let parsed = i18n::parse_number(&t).filter(|v| limit.allows(*v));
            typing.set(Some((t, parsed)));
            match parsed {
                Some(v) => {
                    *sent.borrow_mut() = true;
                    cb.emit(v);
                }
                None if std::mem::replace(&mut *sent.borrow_mut(), false) => revert.emit(()),
                None => {}
            }
        })
    };
    let onfocus = {
        let sent = sent.clone();
        Callback::from(move |_: FocusEvent| *sent.borrow_mut() = false)
    };
    let onblur = {
        let (typing, done) = (typing.clone(), props.on_done.clone());
        Callback::from(move |_: FocusEvent| {
            // A number is now the value, shown in Danish; an invalid text stays for the user to fix.
            if typing.as_ref().is_some_and(|(_, parsed)| parsed.is_some()) {
                typing.set(None);
            }
            *sent.borrow_mut() = false;
            done.emit(());
        })
    };
    html! {
        <span class={classes!("number-field", props.class.clone())}>
            <input type="text" inputmode="decimal" value={text} aria-label={props.label.clone()}
                aria-invalid={invalid.to_string()} {oninput} {onfocus} {onblur} />
            if let Some(message) = problem {
                <span class="field-error" role="alert">{ message }</span>
            } else if let Some(hint) = hint {
                <span class="field-hint" role="status">{ hint }</span>
            }
        </span>
    }
}
