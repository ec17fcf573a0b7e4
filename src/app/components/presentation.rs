//! Presentation mode for a shared screen. It opens on the overview — every
//! reading in display type with ahead/behind — then one slide per guidepost
//! that has a reading (gauge and sub-goal chart), and one closing slide for
//! those with only baseline measurements or no data. Large type, a light
//! and a dark theme, and buttons for every key (an iPad has no Esc). Keys: ←
//! and → move, Esc leaves, T changes the theme (see `app::use_page_events`).

use yew::prelude::*;

use super::chart_figure::ChartFigure;
use super::milestones::{MilestoneCounts, MilestoneList};
use super::overview::{reading_markup, track_text};
use crate::app::browser;
use crate::app::state::{Action, Key, Theme};
use crate::app::view::{Slide, View};
use crate::charts::scale::{self, ScaleBar};
use crate::charts::{gauge, progress};
use crate::i18n;
use crate::method::GuidepostState;

#[derive(Properties, PartialEq)]
pub struct PresentationProps {
    /// The slide shown (0 is the overview).
    pub index: usize,
    pub view: View,
    pub theme: Theme,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Presentation(props: &PresentationProps) -> Html {
    use_effect_with((), |_| {
        browser::enter_full_screen();
        browser::leave_full_screen
    });
    let view = &props.view;
    let slides = view.slides();
    let index = props.index.min(slides.len() - 1);
    let total = slides.len();
    let key = |k: Key| {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Action::Key(k)))
    };
    let theme = match props.theme {
        Theme::Light => "theme-light",
        Theme::Dark => "theme-dark",
    };
    let (where_, slide) = match &slides[index] {
        Slide::Overview => ("Overblik".to_string(), overview_slide(view)),
        Slide::Guidepost(i) => (format!("Pejlemærke {}", view.dataset.guideposts[*i].id), html! { <GuidepostSlide index={*i} view={view.clone()} /> }),
        Slide::Unmeasured(list) => ("Endnu ikke målt".to_string(), unmeasured_slide(view, list)),
    };

    html! {
        <div class={classes!("presentation", theme)} role="region" aria-label="Præsentation">
            <header class="pres-bar">
                <span class="pres-where">{ format!("{where_} · {} af {total}", index + 1) }</span>
                <span class="pres-scenario">{ format!("Scenarie: {}", view.scenario.name) }</span>
                <span class="spacer" />
                <button type="button" onclick={key(Key::Previous)} disabled={index == 0} aria-label="← Forrige">{ "←" }<span class="tool-text">{ " Forrige" }</span></button>
                <button type="button" onclick={key(Key::Next)} disabled={index + 1 >= total} aria-label="Næste →">{ "→" }<span class="tool-text">{ " Næste" }</span></button>
                <button type="button" onclick={key(Key::Theme)}>{ if props.theme == Theme::Light { "Mørkt tema" } else { "Lyst tema" } }</button>
                <button type="button" class="pres-exit" onclick={key(Key::Leave)}>{ "Afslut ✕" }</button>
            </header>
            { slide }
            <footer class="pres-help">{ "← → skifter side · T skifter tema · Esc afslutter" }</footer>
        </div>
    }
}

/// Every guidepost at once, in display type.
fn overview_slide(view: &View) -> Html {
    html! {
        <div class="pres-overview">
            <h1 class="pres-title">{ view.dataset.title.clone().unwrap_or_else(|| "Barometer".into()) }</h1>
            <ol class="pres-grid">
                { for view.dataset.guideposts.iter().enumerate().map(|(i, gp)| {
                    let r = &view.report.guideposts[i];
                    let expected = view.expected(i);
                    let track = track_text(r.score, expected, r.state);
                    let in_words_only = gp.in_words_only();
                    let bar = ScaleBar { state: r.state, reading: r.score.filter(|_| r.state == GuidepostState::Scored), expected, base: None };
                    html! {
                        <li class={classes!("pres-tile", format!("state-{}", r.state.code()))} data-presented-overview={gp.id.clone()}>
                            <span class="pres-tile-title">{ format!("{}. {}", gp.id, gp.title) }</span>
                            if in_words_only {
                                <MilestoneCounts guidepost={gp.clone()} as_of={view.options.as_of} compact=true />
                            } else {
                                <span class="pres-tile-reading">{ match r.state {
                                    GuidepostState::Scored => i18n::reading(r.state, r.score),
                                    GuidepostState::BaselineOnly => "0".to_string(),
                                    GuidepostState::NoData => "–".to_string(),
                                } }</span>
                                <span class="pres-tile-bar" aria-hidden="true">{ Html::from_html_unchecked(AttrValue::from(scale::svg(&bar))) }</span>
                                <span class={classes!("pres-tile-track", track.as_ref().map(|(_, a)| if *a { "ahead" } else { "behind" }))}>{ match (&track, r.state) {
                                    (Some((t, _)), _) => t.clone(),
                                    (None, GuidepostState::BaselineOnly) => "kun baseline-målinger".to_string(),
                                    (None, _) => "ingen data".to_string(),
                                } }</span>
                                if let Some(words) = view.since_words(i) {
                                    <span class="pres-tile-since" data-presented-since={gp.id.clone()}>{ words }</span>
                                }
                            }
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}

/// The guideposts without a reading, together on one slide.
fn unmeasured_slide(view: &View, list: &[usize]) -> Html {
    let (baseline, none): (Vec<usize>, Vec<usize>) = list.iter().partition(|i| view.report.guideposts[**i].state == GuidepostState::BaselineOnly);
    let item = |i: &usize| {
        let gp = &view.dataset.guideposts[*i];
        html! { <li data-presented-unmeasured={gp.id.clone()}>{ format!("{}. {}", gp.id, gp.title) }</li> }
    };
    html! {
        <div class="pres-unmeasured">
            <h1 class="pres-title">{ "Endnu ikke målt" }</h1>
            if !baseline.is_empty() {
                <h2>{ "Kun baseline-målinger: aflæsningen er 0, indtil der er en status" }</h2>
                <ul>{ for baseline.iter().map(item) }</ul>
            }
            if !none.is_empty() {
                <h2>{ "Ingen data endnu (–)" }</h2>
                <ul>{ for none.iter().map(item) }</ul>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct GuidepostSlideProps {
    pub index: usize,
    pub view: View,
}

/// One guidepost: its gauge, reading, ahead/behind, and the sub-goal chart.
#[component]
pub fn GuidepostSlide(props: &GuidepostSlideProps) -> Html {
    let view = &props.view;
    let (gp, r) = (&view.dataset.guideposts[props.index], &view.report.guideposts[props.index]);
    let g = gauge::Gauge::new(gp, r);
    let gauge_svg = use_memo(g, |g| (AttrValue::from(gauge::svg(g)), AttrValue::from(g.describe())));
    let p = progress::Progress::new(&view.applied.guideposts[props.index], r, &view.options).large();
    let subgoals = subgoal_list(&p.rows);
    let progress_svg = use_memo(p, |p| (AttrValue::from(progress::svg(p)), AttrValue::from(p.describe())));
    let in_words_only = gp.in_words_only();
    let reading = i18n::reading(r.state, r.score);
    let track = track_text(r.score, view.expected(props.index), r.state);
    let meaning = match (r.state, r.score) {
        (GuidepostState::Scored, Some(v)) if v > 0.0 => "fremgang fra baseline mod målet",
        (GuidepostState::Scored, Some(v)) if v < 0.0 => "tilbagegang fra baseline",
        _ => "samme sted som baseline",
    };
    let published = view.published(props.index);
    html! {
        <>
        <h1 class="pres-title">{ format!("{}. {}", gp.id, gp.title) }</h1>
        if in_words_only {
            <div class="pres-words">
                <MilestoneCounts guidepost={gp.clone()} as_of={view.options.as_of} large=true />
                <MilestoneList guidepost={gp.clone()} as_of={view.options.as_of} />
            </div>
        } else {
            <div class="pres-body">
                <div class="pres-reading">
                    <ChartFigure class="pres-gauge" svg={gauge_svg.0.clone()} description={gauge_svg.1.clone()} file_stem={format!("pejlemaerke-{}-barometer", gp.id)} downloads={false} />
                    <p class="pres-number" data-presented-guidepost={gp.id.clone()} data-score={r.score.map(|s| s.to_string()).unwrap_or_default()}>{ reading_markup(&reading) }</p>
                    <p class="pres-meaning">{ meaning }</p>
                    if let Some((t, ahead)) = track {
                        <p class={classes!("pres-track", if ahead { "ahead" } else { "behind" })}>{ t }</p>
                    }
                    if let Some(p) = published {
                        <p class="pres-published">
                            { if p.agrees { format!("Offentliggjort: {} ✓", p.text) } else { format!("Offentliggjort: {} ≠ beregnet", p.text) } }
                        </p>
                        if let Some(why) = p.reason {
                            <p class="pres-reason">{ why }</p>
                        }
                    }
                </div>
                <ChartFigure class="pres-progress" svg={progress_svg.0.clone()} description={progress_svg.1.clone()} file_stem={format!("pejlemaerke-{}-delmaal", gp.id)} downloads={false} />
                { subgoals }
            </div>
        }
        </>
    }
}

/// The sub-goal chart's rows as a list, for a phone, where the chart would
/// be too small to read (styles/presentation.css shows one or the other).
fn subgoal_list(rows: &[progress::Row]) -> Html {
    html! {
        <ol class="pres-subgoals">
            { for rows.iter().map(|row| html! {
                <li class={classes!(row.child.then_some("child"), (!row.counted).then_some("not-counted"))}>
                    <span class="pres-subgoal-label">{ &row.label }</span>
                    <span class="pres-subgoal-score">{ row.score.map(i18n::score).unwrap_or_else(|| "–".into()) }</span>
                    <span class="pres-subgoal-values">{ row.reason.clone().map(|why| format!("{} · {why}", row.values)).unwrap_or_else(|| row.values.clone()) }</span>
                </li>
            }) }
        </ol>
    }
}
