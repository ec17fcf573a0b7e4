//! "Barometeret over tid": all nine guideposts' readings as of each status
//! year, as small multiples on one −5 … +5 scale, and the same as a table
//! (each year's reading and the change since the year before, with its part
//! from first measurements). Where no guidepost is open, and in print; with
//! a single status year there is no line, so nothing is drawn.

use yew::prelude::*;

use super::chart_figure::ChartFigure;
use crate::app::view::View;
use crate::charts::history::{self, Over};
use crate::i18n;

#[derive(Properties, PartialEq)]
pub struct BarometerOverTimeProps {
    pub view: View,
}

#[component]
pub fn BarometerOverTime(props: &BarometerOverTimeProps) -> Html {
    let view = &props.view;
    let drawn = use_memo((view.dataset.clone(), view.history.clone(), view.shown_year()), |(dataset, h, shown)| {
        (h.years.len() > 1).then(|| {
            let panels: Vec<(String, Over)> = dataset
                .guideposts
                .iter()
                .zip(&h.guideposts)
                .map(|(gp, g)| (format!("{}. {}", gp.id, gp.title), Over::new(g, *shown, true)))
                .collect();
            let words: Vec<String> = panels.iter().map(|(label, o)| format!("{label}: {}", o.describe())).collect();
            (AttrValue::from(history::all_svg(&panels)), AttrValue::from(words.join(" ")))
        })
    });
    let Some((svg, description)) = (*drawn).clone() else { return html! {} };
    let h = &view.history;
    html! {
        <section class="barometer-over-time" aria-labelledby="barometer-over-time-heading">
            <h2 id="barometer-over-time-heading">{ "Barometeret over tid" }</h2>
            <p class="hint">{ format!(
                "Aflæsningen for hvert år {}–{} (med status til og med det år). En hul ring er et år, hvor delmål blev målt første gang; den store ring er det viste år, orange er under baseline. Kun baseline-målinger giver intet punkt.",
                h.years[0], h.years[h.years.len() - 1]
            ) }</p>
            <ChartFigure class="barometer-over-time-chart" {svg} {description} file_stem="barometeret-over-tid" />
            <details class="barometer-over-time-details">
                <summary>{ "Som tabel" }</summary>
                <table class="over-time-table">
                    <thead><tr>
                        <th scope="col">{ "Pejlemærke" }</th>
                        { for h.years.iter().map(|y| html! { <th scope="col">{ y }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for view.dataset.guideposts.iter().zip(&h.guideposts).map(|(gp, g)| html! {
                            <tr>
                                <th scope="row">{ format!("{}. {}", gp.id, gp.title) }</th>
                                { for g.readings.iter().enumerate().map(|(k, r)| {
                                    let change = r.change.filter(|_| k > 0).map(|c| i18n::change_since(c, h.years[k - 1], r.change_first_measured, &r.first_measured));
                                    html! {
                                        <td>
                                            <span>{ i18n::reading(r.state, r.score) }</span>
                                            if let Some(c) = change { <span class="over-time-change">{ c }</span> }
                                        </td>
                                    }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </section>
    }
}
