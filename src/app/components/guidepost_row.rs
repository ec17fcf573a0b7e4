//! One guidepost: its reading (and Base's, when a scenario changes it), the
//! published figure beside it, the −5 … +5 bar, the budget proposals behind
//! it, and its sub-goals on demand.

use yew::prelude::*;

use super::chart_figure::ChartFigure;
use super::milestones::{MilestoneCounts, MilestoneList};
use super::proposals::Proposals;
use super::subgoal_table::SubgoalTable;
use crate::app::state::Action;
use crate::app::view::View;
use crate::charts::{gauge, progress};
use crate::i18n;
use crate::method::{GuidepostResult, GuidepostState};
use crate::model::{Published, PublishedState};

#[derive(Properties, PartialEq)]
pub struct GuidepostRowProps {
    /// The guidepost's place in the dataset.
    pub index: usize,
    pub view: View,
    pub expanded: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn GuidepostRow(props: &GuidepostRowProps) -> Html {
    let view = &props.view;
    let gp = &view.dataset.guideposts[props.index];
    let r = &view.report.guideposts[props.index];
    let base = &view.base.guideposts[props.index];
    let reading = i18n::reading(r.state, r.score);
    let gauge = use_memo(gauge::Gauge::new(gp, r), |g| (AttrValue::from(gauge::svg(g)), AttrValue::from(g.describe())));
    let chart_only = use_state(|| false);
    let panel_id = format!("subgoals-{}", gp.id);
    let on_toggle = {
        let (cb, id) = (props.on_action.clone(), gp.id.clone());
        Callback::from(move |_: MouseEvent| cb.emit(Action::Toggle(id.clone())))
    };
    let data_score = r.score.map(|s| s.to_string()).unwrap_or_default();
    let count = gp.leaves().count();
    let has_milestones = gp.leaves().any(|l| l.is_milestone());
    // A focus area tracked only in words has no reading to gauge.
    let in_words_only = has_milestones && gp.leaves().all(|l| l.is_milestone());
    let differs_from_base = (r.state, r.score) != (base.state, base.score);

    html! {
        <section class={classes!("guidepost", format!("state-{}", r.state.code()))} aria-labelledby={format!("gp-title-{}", gp.id)}>
            <div class="guidepost-grid">
            if in_words_only {
                <MilestoneCounts guidepost={gp.clone()} as_of={view.options.as_of} large=true />
            } else {
                <ChartFigure class="gauge" svg={gauge.0.clone()} description={gauge.1.clone()} file_stem={format!("pejlemaerke-{}-barometer", gp.id)} />
            }
            <div class="guidepost-text">
            <div class="guidepost-head">
                <h2 id={format!("gp-title-{}", gp.id)} class="guidepost-title">
                    <span class="gp-number">{ format!("{}.", gp.id) }</span>
                    { " " }{ &gp.title }
                </h2>
                if !in_words_only {
                <div class="reading-block">
                    <div class="reading" data-guidepost={gp.id.clone()} data-score={data_score} data-state={r.state.code()}>
                        { reading_markup(&reading) }
                    </div>
                    if differs_from_base {
                        <div class="base-reading">{ format!("Base: {}", i18n::reading(base.state, base.score)) }</div>
                    }
                    { published(gp.published.as_ref(), r) }
                </div>
                }
            </div>
            { for r.fallbacks().into_iter().map(|(place, f)| html! {
                <p class="warning" role="note">
                    { format!("Bemærk: {place} skal vægtes efter population, men {}, så der bruges lige vægt.", crate::i18n::lacking(&f.lacking)) }
                </p>
            }) }
            if let Some(note) = &gp.note {
                <p class="note">{ note }</p>
            }
            if has_milestones && !in_words_only {
                <MilestoneCounts guidepost={gp.clone()} as_of={view.options.as_of} />
            }
            { proposal_line(view, &gp.id) }
            <button type="button" class="toggle" aria-expanded={props.expanded.to_string()} aria-controls={panel_id.clone()} onclick={on_toggle}>
                { if props.expanded {
                    format!("Skjul delmål for pejlemærke {}", gp.id)
                } else {
                    format!("Vis delmål for pejlemærke {} ({count})", gp.id)
                } }
            </button>
            </div>
            </div>
            if props.expanded {
                <div id={panel_id} class="guidepost-detail">
                    if has_milestones {
                        <MilestoneList guidepost={gp.clone()} as_of={view.options.as_of} />
                    }
                    if !in_words_only {
                    <ProgressFigure index={props.index} view={view.clone()} />
                    <button type="button" class="small" aria-pressed={chart_only.to_string()}
                        onclick={ let c = chart_only.clone(); move |_| c.set(!*c) }>
                        { if *chart_only { "Vis som tabel (og ret tal)" } else { "Skjul tabellen" } }
                    </button>
                    if !*chart_only {
                        <SubgoalTable index={props.index} view={view.clone()} on_action={props.on_action.clone()} />
                    }
                    }
                    <Proposals index={props.index} dataset={view.dataset.clone()} assumptions={view.scenario.proposals.clone()}
                        base={view.scenario.name == crate::scenario::BASE} on_action={props.on_action.clone()} />
                </div>
            }
        </section>
    }
}

/// The proposals behind a guidepost in one line, those the scenario counts marked.
fn proposal_line(view: &View, guidepost: &str) -> Html {
    let items: Vec<String> = view
        .dataset
        .proposals_for(guidepost)
        .map(|p| match view.scenario.proposals.get(&p.id) {
            Some(a) if a.on && a.effects.is_empty() => format!("{} (med, ingen antaget effekt)", p.id),
            Some(a) if a.on => format!("{} (med, antaget effekt)", p.id),
            _ => p.id.clone(),
        })
        .collect();
    if items.is_empty() {
        return html! {};
    }
    html! { <p class="proposal-line" data-proposals={guidepost.to_string()}>{ "Budgetforslag: " }{ items.join(" · ") }</p> }
}

/// "0 (kun baseline-målinger)" as a large 0 and a small qualifier; the
/// element's text stays exactly the source's wording.
fn reading_markup(reading: &str) -> Html {
    match reading.split_once(' ') {
        Some((value, qualifier)) => html! {
            <><span class="reading-value">{ value }</span>{ " " }<span class="reading-qualifier">{ qualifier }</span></>
        },
        None => html! { <span class="reading-value">{ reading }</span> },
    }
}

/// The published figure and whether the computed reading agrees with it.
fn published(p: Option<&Published>, r: &GuidepostResult) -> Html {
    let Some(p) = p else { return html! {} };
    let agrees = match p {
        Published::Score(v) => r.state == GuidepostState::Scored && r.score.map(i18n::score) == Some(i18n::score(*v)),
        Published::State(PublishedState::BaselineOnly) => r.state == GuidepostState::BaselineOnly,
        Published::State(PublishedState::NoData) => r.state == GuidepostState::NoData,
    };
    let (class, mark) = if agrees {
        ("published agrees", "✓ samme som offentliggjort")
    } else {
        ("published differs", "≠ afviger fra det offentliggjorte")
    };
    html! {
        <div class={class} data-published={i18n::published(p)}>
            <span class="published-label">{ "Offentliggjort: " }</span>
            <strong>{ i18n::published(p) }</strong>
            <span class="published-mark">{ mark }</span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ProgressFigureProps {
    pub index: usize,
    pub view: View,
}

/// The sub-goal progress chart of a guidepost.
#[component]
pub fn ProgressFigure(props: &ProgressFigureProps) -> Html {
    let view = &props.view;
    let p = progress::Progress::new(&view.applied.guideposts[props.index], &view.report.guideposts[props.index], &view.options);
    let drawn = use_memo(p, |p| (AttrValue::from(progress::svg(p)), AttrValue::from(p.describe())));
    let id = &view.dataset.guideposts[props.index].id;
    html! { <ChartFigure class="progress" svg={drawn.0.clone()} description={drawn.1.clone()} file_stem={format!("pejlemaerke-{id}-delmaal")} /> }
}
