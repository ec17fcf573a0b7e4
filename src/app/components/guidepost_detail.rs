//! The detail of one guidepost, beside the overview: its gauge and reading
//! (with the change against the data in a scenario), whether it is ahead of
//! the straight path, the published figure and why it differs, its goals in
//! words, the sub-goal chart and table with their editors, the budget
//! proposals behind it, and the source's notes in a disclosure (closed on
//! screen, open in print).

use yew::prelude::*;

use super::chart_figure::ChartFigure;
use super::milestones::{MilestoneCounts, MilestoneList};
use super::over_time::OverTime;
use super::overview::{change_text, reading_markup, track_text};
use super::proposals::Proposals;
use super::subgoal_table::SubgoalTable;
use crate::app::state::Action;
use crate::app::view::View;
use crate::charts::{gauge, progress};
use crate::i18n;

#[derive(Properties, PartialEq)]
pub struct GuidepostDetailProps {
    /// The guidepost's place in the dataset.
    pub index: usize,
    pub view: View,
    pub on_action: Callback<Action>,
}

#[component]
pub fn GuidepostDetail(props: &GuidepostDetailProps) -> Html {
    let view = &props.view;
    let gp = &view.dataset.guideposts[props.index];
    let r = &view.report.guideposts[props.index];
    let reading = i18n::reading(r.state, r.score);
    let gauge = use_memo(gauge::Gauge::new(gp, r), |g| (AttrValue::from(gauge::svg(g)), AttrValue::from(g.describe())));
    let chart_only = use_state(|| false);
    let has_milestones = gp.leaves().any(|l| l.is_milestone());
    // A focus area tracked only in words has no reading to gauge.
    let in_words_only = gp.in_words_only();
    let expected = view.expected(props.index);
    let track = track_text(r.score, expected, r.state);
    let base = view.base_if_changed(props.index);
    let published = view.published(props.index);
    let fallbacks = r.fallbacks();
    let close = {
        let (cb, id) = (props.on_action.clone(), gp.id.clone());
        Callback::from(move |_: MouseEvent| cb.emit(Action::Toggle(id.clone())))
    };
    let notes: Vec<(String, String)> = gp
        .subgoals
        .iter()
        .flat_map(|sg| std::iter::once(sg).chain(&sg.children))
        .filter_map(|sg| sg.note.as_ref().map(|n| (format!("{}.{}", gp.id, sg.id), n.clone())))
        .collect();
    let proposals = proposal_line(view, &gp.id);
    let has_notes = gp.note.is_some() || !notes.is_empty() || !fallbacks.is_empty() || proposals.is_some();

    html! {
        <section id="detail" class={classes!("guidepost", "guidepost-detail", format!("state-{}", r.state.code()))} aria-labelledby={format!("gp-title-{}", gp.id)}>
            <div class="detail-head">
                <h2 id={format!("gp-title-{}", gp.id)} class="guidepost-title">
                    <span class="gp-number">{ format!("{}.", gp.id) }</span>{ " " }{ &gp.title }
                </h2>
                <button type="button" class="small close-detail" onclick={close} aria-label={format!("Luk pejlemærke {}", gp.id)}>{ "Luk ✕" }</button>
            </div>
            <div class="guidepost-grid">
                if in_words_only {
                    <MilestoneCounts guidepost={gp.clone()} as_of={view.options.as_of} large=true />
                } else {
                    <ChartFigure class="gauge" svg={gauge.0.clone()} description={gauge.1.clone()} file_stem={format!("pejlemaerke-{}-barometer", gp.id)} />
                }
                <div class="guidepost-text">
                    if !in_words_only {
                        <p class="detail-reading">
                            <span class="detail-reading-label">{ if view.scenario.name == crate::scenario::BASE { "Aflæsning".to_string() } else { format!("Aflæsning i »{}«", view.scenario.name) } }</span>
                            <span class="detail-reading-value">{ reading_markup(&reading) }</span>
                        </p>
                        if let Some(b) = base {
                            <p class="base-reading">{ format!("Mod dataene: {}", change_text(b.state, b.score, r.state, r.score)) }</p>
                        }
                        if let (Some((_, ahead)), Some(e)) = (&track, expected) {
                            <p class={classes!("detail-track", if *ahead { "ahead" } else { "behind" })}>
                                { format!(
                                    "Forventet nu {} på en lige vej fra baseline til mål: {}.",
                                    i18n::score(e),
                                    if *ahead { "pejlemærket er foran" } else { "pejlemærket er bagud" }
                                ) }
                            </p>
                        }
                        if let Some(p) = &published {
                            <div class={classes!("published", if p.agrees { "agrees" } else { "differs" })} data-published={p.text.clone()}>
                                <span class="published-label">{ "Offentliggjort: " }</span>
                                <strong>{ p.text.clone() }</strong>
                                <span class="published-mark">{ if p.agrees { "✓ samme som offentliggjort" } else { "≠ afviger fra det offentliggjorte" } }</span>
                                if let Some(why) = &p.reason {
                                    <span class="published-reason">{ format!("Hvorfor: {why}{}", p.remedy.as_ref().map(|r| format!(" {r}")).unwrap_or_default()) }</span>
                                }
                            </div>
                        } else {
                            { for fallbacks.iter().map(|(place, f)| html! {
                                <p class="warning" role="note">
                                    { format!("Bemærk: {place} skal vægtes efter population, men {}, så der bruges lige vægt.", i18n::lacking(&f.lacking)) }
                                </p>
                            }) }
                        }
                    }
                    if has_milestones && !in_words_only {
                        <MilestoneCounts guidepost={gp.clone()} as_of={view.options.as_of} />
                    }
                </div>
            </div>
            if !in_words_only {
                <OverTime index={props.index} view={view.clone()} />
            }
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
                    <div class="table-scroll">
                        <SubgoalTable index={props.index} view={view.clone()} on_action={props.on_action.clone()} />
                    </div>
                }
            }
            <Proposals index={props.index} dataset={view.dataset.clone()} assumptions={view.scenario.proposals.clone()}
                base={view.scenario.name == crate::scenario::BASE} on_action={props.on_action.clone()} />
            if has_notes {
                <details class="source-notes">
                    <summary>{ "Kilde og noter" }</summary>
                    if let Some(note) = &gp.note {
                        <p class="note">{ note }</p>
                    }
                    { for fallbacks.iter().map(|(place, f)| html! {
                        <p class="note">{ format!("{place} skal vægtes efter population, men {}, så der bruges lige vægt.", i18n::lacking(&f.lacking)) }</p>
                    }) }
                    if !notes.is_empty() {
                        <ul class="subgoal-notes">
                            { for notes.iter().map(|(address, note)| html! { <li><strong>{ address }</strong>{ ": " }{ note }</li> }) }
                        </ul>
                    }
                    { proposals.unwrap_or_default() }
                </details>
            }
        </section>
    }
}

/// The proposals behind a guidepost in one line, those the scenario counts marked.
fn proposal_line(view: &View, guidepost: &str) -> Option<Html> {
    let items: Vec<String> = view
        .dataset
        .proposals_for(guidepost)
        .map(|p| match view.scenario.proposals.get(&p.id) {
            Some(a) if a.on && a.effects.is_empty() => format!("{} (med, ingen antaget effekt)", p.id),
            Some(a) if a.on => format!("{} (med, antaget effekt)", p.id),
            _ => p.id.clone(),
        })
        .collect();
    (!items.is_empty()).then(|| html! { <p class="proposal-line" data-proposals={guidepost.to_string()}>{ "Budgetforslag: " }{ items.join(" · ") }</p> })
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
