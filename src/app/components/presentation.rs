//! Presentation mode for a shared screen: one guidepost per screen with its
//! gauge and sub-goal chart, large type, a light and a dark theme. Keys: ←
//! and → move, Esc leaves, T changes the theme (see `app::use_page_events`).

use yew::prelude::*;

use super::chart_figure::ChartFigure;
use crate::app::browser;
use crate::app::state::{Action, Key, Theme};
use crate::app::view::View;
use crate::charts::{gauge, progress};
use crate::i18n;
use crate::method::GuidepostState;
use crate::model::Published;

#[derive(Properties, PartialEq)]
pub struct PresentationProps {
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
    let (gp, r) = (&view.dataset.guideposts[props.index], &view.report.guideposts[props.index]);
    let total = view.dataset.guideposts.len();
    let g = gauge::Gauge::new(gp, r);
    let gauge_svg = use_memo(g, |g| (AttrValue::from(gauge::svg(g)), AttrValue::from(g.describe())));
    let p = progress::Progress::new(&view.applied.guideposts[props.index], r, &view.options).large();
    let progress_svg = use_memo(p, |p| (AttrValue::from(progress::svg(p)), AttrValue::from(p.describe())));
    let key = |k: Key| {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Action::Key(k)))
    };
    let reading = i18n::reading(r.state, r.score);
    let published = gp.published.map(|p| i18n::published(&p));
    let theme = match props.theme {
        Theme::Light => "theme-light",
        Theme::Dark => "theme-dark",
    };
    let meaning = match (r.state, r.score) {
        (GuidepostState::Scored, Some(v)) if v > 0.0 => "fremgang fra baseline mod målet",
        (GuidepostState::Scored, Some(v)) if v < 0.0 => "tilbagegang fra baseline",
        (GuidepostState::Scored, _) => "samme sted som baseline",
        (GuidepostState::BaselineOnly, _) => "der er endnu kun målt baseline",
        (GuidepostState::NoData, _) => "der er endnu ingen data",
    };
    let published_mark = match (gp.published, r.state, r.score) {
        (Some(Published::Score(p)), GuidepostState::Scored, Some(v)) if i18n::score(p) != i18n::score(v) => " ≠ beregnet",
        _ => "",
    };

    html! {
        <div class={classes!("presentation", theme)} role="region" aria-label="Præsentation">
            <header class="pres-bar">
                <span class="pres-where">{ format!("Pejlemærke {} af {total}", props.index + 1) }</span>
                <span class="pres-scenario">{ format!("Scenarie: {}", view.scenario.name) }</span>
                <span class="spacer" />
                <button type="button" onclick={key(Key::Previous)} disabled={props.index == 0}>{ "← Forrige" }</button>
                <button type="button" onclick={key(Key::Next)} disabled={props.index + 1 >= total}>{ "Næste →" }</button>
                <button type="button" onclick={key(Key::Theme)}>{ if props.theme == Theme::Light { "Mørkt tema" } else { "Lyst tema" } }</button>
                <button type="button" onclick={key(Key::Leave)}>{ "Afslut (Esc)" }</button>
            </header>
            <h1 class="pres-title">{ format!("{}. {}", gp.id, gp.title) }</h1>
            <div class="pres-body">
                <div class="pres-reading">
                    <ChartFigure class="pres-gauge" svg={gauge_svg.0.clone()} description={gauge_svg.1.clone()} file_stem={format!("pejlemaerke-{}-barometer", gp.id)} downloads={false} />
                    <p class="pres-number" data-presented-guidepost={gp.id.clone()} data-score={r.score.map(|s| s.to_string()).unwrap_or_default()}>{ reading }</p>
                    <p class="pres-meaning">{ meaning }</p>
                    if let Some(p) = published {
                        <p class="pres-published">{ format!("Offentliggjort: {p}{published_mark}") }</p>
                    }
                </div>
                <ChartFigure class="pres-progress" svg={progress_svg.0.clone()} description={progress_svg.1.clone()} file_stem={format!("pejlemaerke-{}-delmaal", gp.id)} downloads={false} />
            </div>
            <footer class="pres-help">{ "← → skifter pejlemærke · T skifter tema · Esc afslutter" }</footer>
        </div>
    }
}
