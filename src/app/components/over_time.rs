//! A guidepost over the years, in its detail: its reading as of each status
//! year (a line on −5 … +5, a hollow ring where sub-goals were measured for
//! the first time), and the same as a table for screen readers and for
//! reading off: each year's reading, the change since the year before with
//! its part from first measurements, and how many sub-goals were measured.

use yew::prelude::*;

use super::chart_figure::ChartFigure;
use crate::app::view::View;
use crate::charts::history::{self, Over};
use crate::i18n;

#[derive(Properties, PartialEq)]
pub struct OverTimeProps {
    pub index: usize,
    pub view: View,
}

#[component]
pub fn OverTime(props: &OverTimeProps) -> Html {
    let view = &props.view;
    let gp = &view.dataset.guideposts[props.index];
    let h = &view.history;
    let Some(g) = h.guideposts.get(props.index) else { return html! {} };
    let over = (h.years.len() > 1).then(|| Over::new(g, view.shown_year(), true));
    let drawn = use_memo(over, |o| o.as_ref().map(|o| (AttrValue::from(history::svg(o)), AttrValue::from(o.describe()))));
    let Some((svg, description)) = (*drawn).clone() else {
        let only = h.years.first().map_or("Ingen delmål har en status endnu.".to_string(), |y| {
            format!("Kun ét år med status ({y}): der er ingen udvikling at tegne endnu.")
        });
        return html! { <section class="over-time single" aria-label="Over tid"><p>{ only }</p></section> };
    };
    html! {
        <section class="over-time" aria-labelledby={format!("over-time-{}", gp.id)}>
            <h3 id={format!("over-time-{}", gp.id)}>{ "Over tid" }</h3>
            <ChartFigure class="over-time-chart" {svg} {description} file_stem={format!("pejlemaerke-{}-over-tid", gp.id)} />
            <table class="over-time-table">
                <caption class="visually-hidden">{ format!("Pejlemærke {} år for år", gp.id) }</caption>
                <thead><tr>
                    <th scope="col">{ "Status til og med" }</th><th scope="col">{ "Aflæsning" }</th>
                    <th scope="col">{ "Ændring" }</th><th scope="col">{ "Delmål målt det år" }</th>
                </tr></thead>
                <tbody>
                    { for g.readings.iter().enumerate().map(|(k, r)| {
                        let change = match (k, r.change) {
                            (k, Some(c)) if k > 0 => i18n::change_since(c, h.years[k - 1], r.change_first_measured, &r.first_measured),
                            (0, _) => String::new(),
                            _ => "–".to_string(),
                        };
                        html! {
                            <tr class={classes!((!r.first_measured.is_empty()).then_some("first-measured"))}>
                                <th scope="row">{ r.year }</th>
                                <td>{ i18n::reading(r.state, r.score) }</td>
                                <td>{ change }</td>
                                <td>{ format!("{} af {}", r.measured, r.leaves) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
