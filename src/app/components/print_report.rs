//! The print view: an A4 report of every guidepost with its gauge and the
//! source's table (sub-goal, baseline, status, target, score), for the
//! browser's "save as PDF" into a committee paper.

use yew::prelude::*;

use crate::app::components::method_panel::describe;
use crate::app::state::Action;
use crate::app::view::View;
use crate::charts::gauge;
use crate::i18n;
use crate::model::Point;

#[derive(Properties, PartialEq)]
pub struct PrintReportProps {
    pub view: View,
    pub on_action: Callback<Action>,
}

#[component]
pub fn PrintReport(props: &PrintReportProps) -> Html {
    let view = &props.view;
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
                html! {
                    <section class="print-guidepost">
                        <div class="print-head">
                            <div class="print-gauge" role="img" aria-label={g.describe()}>{ Html::from_html_unchecked(gauge::svg(&g).into()) }</div>
                            <div>
                                <h2>{ format!("{}. {}", gp.id, gp.title) }</h2>
                                <p class="print-reading">{ format!("Samlet pejlemærkestatus: {}", i18n::reading(r.state, r.score)) }</p>
                                if let Some(p) = &gp.published { <p>{ format!("Offentliggjort: {}", i18n::published(p)) }</p> }
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
                                        <td>{ point(sr.status, sg.unit) }</td>
                                        <td>{ sg.target.map(|t| format!("{} ({})", i18n::target(&t, sg.unit), t.year)).unwrap_or_default() }</td>
                                        <td>{ sr.score.map(i18n::score).unwrap_or_else(|| i18n::subgoal_state(sr.state).to_string()) }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </section>
                }
            }) }
            <p class="print-source">{ view.dataset.source.clone().unwrap_or_default() }</p>
        </div>
    }
}
