//! Messages to the user: what happened, what went wrong and what it means.
//! What happened goes by itself after a while, so it never stays over the
//! screen (a chart, a projected slide); what went wrong stays until closed.

use yew::prelude::*;

use crate::app::browser;
use crate::app::state::{Action, Notice, NoticeKind};

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub on_action: Callback<Action>,
    /// While presenting: only what went wrong shows. The rest (what was
    /// loaded, what Base cannot do) would cover a slide's reading on the
    /// projector; it stays and shows again when the presentation ends.
    #[prop_or_default]
    pub errors_only: bool,
}

/// How long an information notice stays, after the last change to the notices.
const INFO_SECONDS: u32 = 15;

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    {
        let on_action = props.on_action.clone();
        use_effect_with(props.notices.clone(), move |notices| {
            let timers: Vec<gloo::timers::callback::Timeout> = notices
                .iter()
                .filter(|n| n.kind == NoticeKind::Info)
                .map(|n| {
                    let (cb, text) = (on_action.clone(), n.text.clone());
                    gloo::timers::callback::Timeout::new(INFO_SECONDS * 1000, move || cb.emit(Action::ExpireNotice(text)))
                })
                .collect();
            move || drop(timers)
        });
    }
    html! {
        <div class="notices" aria-live="polite">
            { for props.notices.iter().enumerate().filter(|(_, n)| !props.errors_only || n.kind == NoticeKind::Error).map(|(i, n)| {
                let dismiss = { let cb = props.on_action.clone(); move |_| cb.emit(Action::DismissNotice(i)) };
                let download = n.download.clone().map(|(name, text)| {
                    let label = format!("Download {name}");
                    let onclick = move |_| browser::download(&name, "application/json", &text);
                    html! { <button type="button" {onclick}>{ label }</button> }
                });
                html! {
                    <div class={classes!("notice", if n.kind == NoticeKind::Error { "error" } else { "info" })}
                         role={if n.kind == NoticeKind::Error { "alert" } else { "status" }}>
                        <span class="notice-icon" aria-hidden="true">{ if n.kind == NoticeKind::Error { "⚠" } else { "ℹ" } }</span>
                        <span class="notice-text">{ &n.text }</span>
                        { for download }
                        <button type="button" class="dismiss" onclick={dismiss}>{ "Luk" }</button>
                    </div>
                }
            }) }
        </div>
    }
}
