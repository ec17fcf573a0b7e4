//! The print view: an A4 report of every guidepost with its gauge and the
//! source's table (sub-goal, baseline, status, target, score), for the
//! browser's "save as PDF" into a committee paper; goals in words with their
//! status; and the Forandringskompas summary when one is loaded (withheld
//! figures read "for få borgere" here too).

use yew::prelude::*;

use crate::app::components::method_panel::describe;
use crate::app::state::Action;
use crate::app::components::overview::{change_text, track_text};
use crate::app::view::View;
use crate::charts::gauge;
use crate::i18n;
use crate::app::state::CompassLoaded;
use crate::compass::summary_rows;
use crate::model::{Dataset, Point};
use std::rc::Rc;

#[derive(Properties, PartialEq)]
pub struct PrintReportProps {
    pub view: View,
    pub compass: Option<Rc<CompassLoaded>>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn PrintReport(props: &PrintReportProps) -> Html {
    let view = &props.view;
    let changes = crate::i18n::scenario_changes(&view.dataset, &view.scenario);
    let print = Callback::from(|_: MouseEvent| crate::app::browser::print());
    let back = { let cb = props.on_action.clone(); move |_| cb.emit(Action::Print(false)) };
    html! {
        <div class="print-report">
            <div class="print-tools">
                <button type="button" onclick={print}>{ "Udskriv / gem som PDF" }</button>
                <button type="button" onclick={back}>{ "Tilbage" }</button>
            </div>
            <h1>{ view.dataset.title.clone().unwrap_or_else(|| "Barometer".into()) }</h1>
            <p>{ format!("Scenarie: {}. Metode: {}", view.scenario.name, describe(&view.options)) }</p>
            if !changes.is_empty() {
                <p class="print-changes">{ format!("Scenariet ændrer (antagelser, ikke data): {}.", changes.join("; ")) }</p>
            }
            { print_hindsight(view) }
            { summary_table(view) }
            <crate::app::components::barometer_over_time::BarometerOverTime view={view.clone()} />
            { for view.dataset.guideposts.iter().enumerate().map(|(i, gp)| {
                let r = &view.report.guideposts[i];
                let g = gauge::Gauge::new(gp, r);
                let applied = &view.applied.guideposts[i];
                let rows = applied.subgoals.iter().zip(&r.subgoals).flat_map(|(sg, sr)| {
                    let mut rows = vec![(sg, sr, false)];
                    rows.extend(sg.children.iter().zip(&sr.children).map(|(c, cr)| (c, cr, true)));
                    rows
                });
                let point = |p: Option<Point>, unit| p.map(|p| format!("{} ({})", i18n::value(p.value, unit), p.year)).unwrap_or_default();
                let in_words_only = gp.in_words_only();
                html! {
                    <section class="print-guidepost">
                        <div class="print-head">
                            if in_words_only {
                                <p class="print-milestones">{ format!("Mål i ord: {}", i18n::milestone_counts(&Dataset::milestone_counts(gp, view.options.as_of))) }</p>
                            } else {
                                <div class="print-gauge" role="img" aria-label={g.describe()}>{ Html::from_html_unchecked(gauge::svg(&g).into()) }</div>
                            }
                            <div>
                                <h2>{ format!("{}. {}", gp.id, gp.title) }</h2>
                                if !in_words_only {
                                    <p class="print-reading">{ format!("Samlet pejlemærkestatus: {}", i18n::reading(r.state, r.score)) }</p>
                                }
                                if let Some((t, _)) = track_text(r.score, view.expected(i), r.state) { <p class="print-track">{ t }</p> }
                                if let Some(p) = view.published(i) {
                                    <p>{ format!("Offentliggjort: {}{}", p.text, if p.agrees { " ✓" } else { " ≠ beregnet" }) }</p>
                                    if let Some(why) = p.reason { <p class="print-reason">{ format!("Hvorfor: {why}") }</p> }
                                }
                            </div>
                        </div>
                        <table class="print-table">
                            <thead><tr>
                                <th scope="col">{ "Delmål" }</th><th scope="col">{ "Baseline" }</th><th scope="col">{ "Status" }</th>
                                <th scope="col">{ "Mål" }</th><th scope="col">{ "Score" }</th>
                            </tr></thead>
                            <tbody>
                                { for rows.map(|(sg, sr, child)| html! {
                                    <tr class={classes!(child.then_some("child"))}>
                                        <td>{ format!("{}. {}", sg.id, sg.title) }</td>
                                        <td>{ point(sg.baseline, sg.unit) }</td>
                                        <td>{ match sg.milestone_at(view.options.as_of) {
                                            Some(m) => format!("{} ({}): {}", i18n::milestone(m.status), m.year, m.text),
                                            None => point(sr.status, sg.unit),
                                        } }</td>
                                        <td>{ sg.target.map(|t| format!("{} ({})", i18n::target(&t, sg.unit), t.year)).unwrap_or_default() }</td>
                                        <td>{ if sg.is_milestone() { "i ord".to_string() } else { sr.score.map(i18n::score).unwrap_or_else(|| i18n::subgoal_state(sr.state).to_string()) } }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                        { print_notes(view, i) }
                    </section>
                }
            }) }
            <p class="print-source">{ view.dataset.source.clone().unwrap_or_default() }</p>
            if let Some(data) = &props.compass {
                { compass_section(data) }
            }
        </div>
    }
}

/// The nine-row summary the committee reads first: reading, expected,
/// published, and the change a scenario makes.
fn summary_table(view: &View) -> Html {
    let in_scenario = view.scenario.name != crate::scenario::BASE;
    let over_years = view.history.years.len() > 1;
    html! {
        <table class="print-table print-summary">
            <caption>{ "Overblik" }</caption>
            <thead><tr>
                <th scope="col">{ "Pejlemærke" }</th><th scope="col">{ "Aflæsning" }</th><th scope="col">{ "Forventet nu" }</th>
                <th scope="col">{ "Offentliggjort" }</th>
                if over_years { <th scope="col">{ "Siden året før" }</th> }
                if in_scenario { <th scope="col">{ "Ændring i scenariet" }</th> }
            </tr></thead>
            <tbody>
                { for view.dataset.guideposts.iter().enumerate().map(|(i, gp)| {
                    let r = &view.report.guideposts[i];
                    let in_words_only = gp.in_words_only();
                    html! {
                        <tr data-print-summary={gp.id.clone()}>
                            <td>{ format!("{}. {}", gp.id, gp.title) }</td>
                            <td>{ if in_words_only {
                                i18n::milestone_counts(&Dataset::milestone_counts(gp, view.options.as_of))
                            } else {
                                i18n::reading(r.state, r.score)
                            } }</td>
                            <td>{ track_text(r.score, view.expected(i), r.state).map(|(t, _)| t.replace("forventet nu ", "")).unwrap_or_default() }</td>
                            <td>{ view.published(i).map(|p| format!("{}{}", p.text, if p.agrees { " ✓" } else { " ≠" })).unwrap_or_default() }</td>
                            if over_years {
                                <td data-print-since={gp.id.clone()}>{ view.since_words(i).unwrap_or_default() }</td>
                            }
                            if in_scenario {
                                <td>{ view.base_if_changed(i).map(|b| change_text(b.state, b.score, r.state, r.score)).unwrap_or_else(|| "uændret".into()) }</td>
                            }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

/// A guidepost's source notes, open on paper.
fn print_notes(view: &View, index: usize) -> Html {
    let gp = &view.dataset.guideposts[index];
    let notes: Vec<String> = gp
        .note
        .iter()
        .cloned()
        .chain(gp.subgoals.iter().flat_map(|sg| std::iter::once(sg).chain(&sg.children)).filter_map(|sg| sg.note.as_ref().map(|n| format!("{}.{}: {n}", gp.id, sg.id))))
        .collect();
    if notes.is_empty() {
        return html! {};
    }
    html! {
        <div class="print-notes">
            <h3>{ "Kilde og noter" }</h3>
            <ul>{ for notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
        </div>
    }
}

/// The Forandringskompas summary for the period chosen on screen, as a table.
fn compass_section(loaded: &CompassLoaded) -> Html {
    let rows = summary_rows(&loaded.summary);
    let period = match (loaded.period.from, loaded.period.to) {
        (None, None) => "hele perioden".to_string(),
        (from, to) => format!("{} – {}", from.map_or(String::new(), |d| d.to_string()), to.map_or(String::new(), |d| d.to_string())),
    };
    let (head, body) = rows.split_first().map(|(h, b)| (h.clone(), b.to_vec())).unwrap_or_default();
    html! {
        <section class="print-compass">
            <h2>{ format!("Forandringskompasset ({period})") }</h2>
            <p>{ format!("Tal for færre end {} borgere vises ikke.", crate::compass::MIN_CITIZENS) }</p>
            <table class="print-table">
                <thead><tr>{ for head.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                <tbody>{ for body.iter().map(|r| html! { <tr>{ for r.iter().map(|c| html! { <td>{ c }</td> }) }</tr> }) }</tbody>
            </table>
        </section>
    }
}

/// The active scenario's forecasts that have since been measured, if any.
fn print_hindsight(view: &View) -> Html {
    let h = crate::scenario::hindsight::hindsight(&view.dataset, &view.scenario);
    if h.is_empty() {
        return html! {};
    }
    html! {
        <div class="print-hindsight">
            <crate::app::components::hindsight::HindsightTable dataset={view.dataset.clone()} name={AttrValue::from(view.scenario.name.clone())} hindsight={Rc::new(h)} />
        </div>
    }
}
