//! What a scenario assumed against what happened, once its forecast years
//! are measured: each assumed value beside the measurement, and each
//! affected guidepost's reading as predicted beside the reading now. Shown
//! under "Scenarier side om side" and in print.

use yew::prelude::*;

use crate::i18n;
use crate::model::Dataset;
use crate::scenario::hindsight::{Hindsight, Predicted};

#[derive(Properties, PartialEq)]
pub struct HindsightProps {
    pub dataset: std::rc::Rc<Dataset>,
    pub name: AttrValue,
    pub hindsight: std::rc::Rc<Hindsight>,
}

#[component]
pub fn HindsightTable(props: &HindsightProps) -> Html {
    let h = &props.hindsight;
    let title = |address: &str| props.dataset.subgoal(address).map(|(_, s)| s.title.clone()).unwrap_or_default();
    let guidepost = |id: &str| props.dataset.guideposts.iter().find(|g| g.id == id).map(|g| format!("{id}. {}", g.title)).unwrap_or_default();
    let years: Vec<String> = h.years().iter().map(|y| y.to_string()).collect();
    html! {
        <section class="hindsight" aria-label={format!("Antaget mod målt: {}", props.name)}>
            <h3>{ format!("»{}«: antaget mod målt {}", props.name, i18n::list(&years)) }</h3>
            <p class="hindsight-note">{ "Scenariet er uændret; her står det, det antog, over for det, der siden er målt." }</p>
            <table class="hindsight-table">
                <thead><tr>
                    <th scope="col">{ "Delmål" }</th>
                    <th scope="col" class="num">{ "År" }</th>
                    <th scope="col">{ "Antaget · målt (forskel)" }</th>
                </tr></thead>
                <tbody>
                    { for h.assumed.iter().map(|a| html! {
                        <tr data-hindsight-subgoal={a.address.clone()}>
                            <th scope="row">{ format!("{} {}", a.address, title(&a.address)) }</th>
                            <td class="num">{ a.year }</td>
                            <td>{ i18n::assumed_measured(a.assumed, a.measured, a.unit) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <table class="hindsight-readings">
                <thead><tr>
                    <th scope="col">{ "Pejlemærke" }</th>
                    <th scope="col" class="num">{ "År" }</th>
                    <th scope="col">{ "Forudsagt · nu (forskel)" }</th>
                </tr></thead>
                <tbody>
                    { for h.predicted.iter().map(|p| html! {
                        <tr data-hindsight-guidepost={p.guidepost.clone()}>
                            <th scope="row">{ guidepost(&p.guidepost) }</th>
                            <td class="num">{ p.year }</td>
                            <td>{ predicted_now(p) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}

/// "forudsagt 2,1 · nu 1,6 (−0,5)".
fn predicted_now(p: &Predicted) -> String {
    let (a, b) = (&p.predicted, &p.now);
    let difference = match (a.score, b.score) {
        (Some(x), Some(y)) => format!(" ({})", i18n::signed_score(y - x)),
        _ => String::new(),
    };
    format!("forudsagt {} · nu {}{difference}", i18n::reading(a.state, a.score), i18n::reading(b.state, b.score))
}
