//! The overview: every guidepost in one compact list, each with its reading,
//! a bar on −5 … +5, whether it is ahead of or behind the straight path, the
//! published figure, its line over the years with the change since the year
//! before (and how much of that is first measurements), and in a scenario
//! the change against the data. It stays
//! in view while a guidepost's detail is open, so a reading moves on screen
//! while its sub-goal is edited. Choosing a guidepost opens its detail.

use yew::prelude::*;

use super::milestones::MilestoneCounts;
use crate::app::state::Action;
use crate::app::view::View;
use crate::charts::history;
use crate::charts::scale::{self, ScaleBar};
use crate::i18n;
use crate::method::GuidepostState;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub view: View,
    /// The guidepost whose detail is open.
    pub selected: Option<AttrValue>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Overview(props: &OverviewProps) -> Html {
    let view = &props.view;
    if view.dataset.guideposts.is_empty() {
        return html! {
            <p class="overview-empty">{ "Dataene har ingen pejlemærker endnu. Indlæs data (eller brug 2014-dataene) i menuen Data." }</p>
        };
    }
    html! {
        <ol class="overview" aria-label="Pejlemærkerne">
            { for view.dataset.guideposts.iter().enumerate().map(|(i, gp)| html! {
                <OverviewItem key={gp.id.clone()} index={i} view={view.clone()}
                    selected={props.selected.as_deref() == Some(gp.id.as_str())} on_action={props.on_action.clone()} />
            }) }
        </ol>
    }
}

#[derive(Properties, PartialEq)]
pub struct OverviewItemProps {
    pub index: usize,
    pub view: View,
    pub selected: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn OverviewItem(props: &OverviewItemProps) -> Html {
    let view = &props.view;
    let gp = &view.dataset.guideposts[props.index];
    let r = &view.report.guideposts[props.index];
    let expected = view.expected(props.index);
    let base = view.base_if_changed(props.index);
    let bar = ScaleBar {
        state: r.state,
        reading: r.score.filter(|_| r.state == GuidepostState::Scored),
        expected,
        base: base.and_then(|b| b.score.filter(|_| b.state == GuidepostState::Scored)),
    };
    let bar_svg = use_memo(bar, |b| Html::from_html_unchecked(AttrValue::from(scale::svg(b))));
    // Over the years, when there is more than one: a sparkline and the change since the year before.
    let over = (view.history.years.len() > 1)
        .then(|| history::Over::new(&view.history.guideposts[props.index], view.shown_year(), false))
        .filter(|o| o.points.iter().any(|(_, score, _)| score.is_some()));
    let spark = use_memo(over, |o| o.as_ref().map(|o| (Html::from_html_unchecked(AttrValue::from(history::svg(o))), o.describe())));
    let since = view.since(props.index).and_then(|(r, before)| {
        let short = format!("{} siden {before}", i18n::signed_score(r.change?));
        // Short enough for the overview's column; the whole sentence is the title and what a screen reader says.
        let first_part = r.change_first_measured.filter(|_| !r.first_measured.is_empty()).map(|p| format!("{} nye", i18n::signed_score(p)));
        Some((short, first_part, view.since_words(props.index)?))
    });
    let in_words_only = gp.in_words_only();
    let has_milestones = gp.leaves().any(|l| l.is_milestone());
    let reading = i18n::reading(r.state, r.score);
    let track = track_text(r.score, expected, r.state);
    let published = view.published(props.index);
    let count = gp.leaves().count();
    let on_open = {
        let (cb, id) = (props.on_action.clone(), gp.id.clone());
        Callback::from(move |_: MouseEvent| cb.emit(Action::Toggle(id.clone())))
    };
    let bar_words = format!(
        "Pejlemærke {}: {reading} på skalaen fra −5 til +5{}.",
        gp.id,
        track.as_ref().map(|(t, _)| format!(", {t}")).unwrap_or_default()
    );

    html! {
        <li class={classes!("ov-item", format!("state-{}", r.state.code()), props.selected.then_some("selected"), base.is_some().then_some("moved"), in_words_only.then_some("in-words"))}>
            <div class="ov-head">
                <span class="ov-title" title={format!("{}. {}", gp.id, gp.title)}>
                    <span class="gp-number">{ format!("{}.", gp.id) }</span>{ " " }{ &gp.title }
                </span>
                if let Some(b) = base {
                    <span class="ov-change" data-change-guidepost={gp.id.clone()}>{ change_text(b.state, b.score, r.state, r.score) }</span>
                }
            </div>
            <div class="ov-body">
                if in_words_only {
                    <MilestoneCounts guidepost={gp.clone()} as_of={view.options.as_of} compact=true />
                } else {
                    <div class="reading" data-guidepost={gp.id.clone()} data-score={r.score.map(|s| s.to_string()).unwrap_or_default()} data-state={r.state.code()}>
                        { reading_markup(&reading) }
                    </div>
                    <div class="ov-bar" role="img" aria-label={bar_words}>{ (*bar_svg).clone() }</div>
                    if let Some((svg, words)) = &*spark {
                        <div class="ov-spark" role="img" aria-label={words.clone()}>{ svg.clone() }</div>
                    }
                    <div class="ov-meta">
                        if let Some((short, first_part, words)) = &since {
                            <span class="ov-since" data-since={gp.id.clone()} title={words.clone()}>
                                <span aria-hidden="true">
                                    { short }
                                    if let Some(p) = first_part {
                                        <span class="ov-first">{ format!(" ({p})") }</span>
                                    }
                                </span>
                                <span class="visually-hidden">{ words }</span>
                            </span>
                        }
                        if let Some((text, ahead)) = &track {
                            <span class={classes!("ov-track", if *ahead { "ahead" } else { "behind" })} data-expected={gp.id.clone()}>{ text }</span>
                        } else if r.state == GuidepostState::NoData {
                            <span class="ov-track none">{ "ingen data" }</span>
                        }
                        if let Some(p) = &published {
                            if base.is_some() {
                                // The scenario moved this reading: the published figure belongs to the data.
                                <span class="published" data-published={p.text.clone()}>{ format!("offentliggjort {}", p.text) }</span>
                            } else {
                                <span class={classes!("published", if p.agrees { "agrees" } else { "differs" })} data-published={p.text.clone()}>
                                    { if p.agrees { "✓ som offentliggjort".to_string() } else { format!("≠ offentliggjort {}", p.text) } }
                                </span>
                            }
                        }
                        if has_milestones {
                            <MilestoneCounts guidepost={gp.clone()} as_of={view.options.as_of} compact=true />
                        }
                    </div>
                }
            </div>
            <button type="button" class="ov-open" aria-expanded={props.selected.to_string()} aria-controls="detail" onclick={on_open}>
                <span class="visually-hidden">{ if props.selected {
                    format!("Skjul delmål for pejlemærke {}", gp.id)
                } else {
                    format!("Vis delmål for pejlemærke {} ({count})", gp.id)
                } }</span>
            </button>
        </li>
    }
}

/// "forventet nu 0,8 · foran", and whether ahead; only for a scored guidepost.
pub fn track_text(score: Option<f64>, expected: Option<f64>, state: GuidepostState) -> Option<(String, bool)> {
    let (score, expected) = (score?, expected?);
    (state == GuidepostState::Scored).then(|| {
        let ahead = score >= expected;
        (format!("forventet nu {} · {}", i18n::score(expected), if ahead { "foran" } else { "bagud" }), ahead)
    })
}

/// "1,6 → 2,1 (+0,5)": a reading's change against the data.
pub fn change_text(from_state: GuidepostState, from: Option<f64>, to_state: GuidepostState, to: Option<f64>) -> String {
    let short = |state, v| match state {
        GuidepostState::BaselineOnly => "0 (kun baseline)".to_string(),
        state => i18n::reading(state, v),
    };
    let delta = match (from, to) {
        (Some(a), Some(b)) => format!(" ({})", i18n::signed_score(b - a)),
        _ => String::new(),
    };
    format!("{} → {}{delta}", short(from_state, from), short(to_state, to))
}

/// "0 (kun baseline-målinger)" as a large 0 and its qualifier; the
/// element's text stays exactly the source's wording.
pub fn reading_markup(reading: &str) -> Html {
    match reading.split_once(' ') {
        Some((value, qualifier)) => html! {
            <><span class="reading-value">{ value }</span>{ " " }<span class="reading-qualifier">{ qualifier }</span></>
        },
        None => html! { <span class="reading-value">{ reading }</span> },
    }
}
