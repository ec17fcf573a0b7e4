//! The scenario summary, like Excel's: up to four scenarios side by side,
//! each guidepost's reading, its change from Base, and what each scenario
//! changes. Sign and arrow carry the difference, colour only repeats it.

use std::rc::Rc;

use yew::prelude::*;

use super::chart_figure::ChartFigure;
use super::hindsight::HindsightTable;
use crate::app::state::Scenarios;
use crate::charts::compare::{self, Comparison};
use crate::i18n;
use crate::method::{evaluate, GuidepostResult, GuidepostState, Report};
use crate::model::Dataset;
use crate::i18n::scenario_changes as changes;
use crate::scenario::hindsight::{hindsight, Hindsight};
use crate::scenario::{apply, Scenario, BASE};

#[derive(Properties, PartialEq)]
pub struct CompareTableProps {
    pub dataset: Rc<Dataset>,
    pub scenarios: Scenarios,
}

#[component]
pub fn CompareTable(props: &CompareTableProps) -> Html {
    let columns = use_memo((props.dataset.clone(), props.scenarios.clone()), |(dataset, s)| {
        let scenario = |i: &Option<usize>| match i {
            Some(i) => s.list.get(*i).cloned().unwrap_or_default(),
            None => Scenario::named(BASE),
        };
        let read = |sc: &Scenario| evaluate(&apply(dataset, sc), &sc.options(dataset));
        let base = read(&Scenario::named(BASE));
        let cols: Vec<(Scenario, Report)> = s.compare.iter().map(scenario).map(|sc| { let r = read(&sc); (sc, r) }).collect();
        let measured: Vec<(AttrValue, Rc<Hindsight>)> = cols
            .iter()
            .map(|(sc, _)| (AttrValue::from(sc.name.clone()), Rc::new(hindsight(dataset, sc))))
            .filter(|(_, h)| !h.is_empty())
            .collect();
        (base, cols, measured)
    });
    let (base, cols, measured) = &*columns;
    let chart = use_memo(columns.clone(), |columns| {
        let named: Vec<(String, Report)> = columns.1.iter().map(|(s, r)| (s.name.clone(), r.clone())).collect();
        let c = Comparison::new(&props.dataset, &named);
        (AttrValue::from(compare::svg(&c)), AttrValue::from(describe(&c)))
    });

    html! {
        <section class="compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ "Scenarier side om side" }</h2>
            <ChartFigure class="compare-chart" svg={chart.0.clone()} description={chart.1.clone()} file_stem="scenarier-side-om-side" />
            <table class={classes!("compare-table", format!("columns-{}", cols.len()))}>
                <thead>
                    <tr>
                        <th scope="col">{ "Pejlemærke" }</th>
                        { for cols.iter().map(|(sc, _)| html! { <th scope="col" class="num">{ &sc.name }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for props.dataset.guideposts.iter().enumerate().map(|(g, gp)| html! {
                        <tr data-compare-guidepost={gp.id.clone()}>
                            <th scope="row">{ format!("{}. {}", gp.id, gp.title) }</th>
                            { for cols.iter().map(|(sc, r)| cell(&sc.name, &r.guideposts[g], &base.guideposts[g])) }
                        </tr>
                    }) }
                    <tr class="compare-changes">
                        <th scope="row">{ "Ændrer" }</th>
                        { for cols.iter().map(|(sc, _)| {
                            let c = changes(&props.dataset, sc);
                            html! { <td data-scenario={sc.name.clone()}>{ if c.is_empty() { "intet (som dataene)".to_string() } else { c.join("; ") } }</td> }
                        }) }
                    </tr>
                </tbody>
            </table>
            { for measured.iter().map(|(name, h)| html! {
                <HindsightTable dataset={props.dataset.clone()} name={name.clone()} hindsight={h.clone()} />
            }) }
        </section>
    }
}

/// One reading; `scenario` names its column where a phone shows the cells
/// under each guidepost instead of in columns (styles/scenarios.css).
fn cell(scenario: &str, r: &GuidepostResult, base: &GuidepostResult) -> Html {
    let reading = match r.state {
        GuidepostState::BaselineOnly => "0 (kun baseline)".to_string(),
        state => i18n::reading(state, r.score),
    };
    let delta = match (r.score, base.score) {
        (Some(a), Some(b)) if r.state == GuidepostState::Scored || base.state == GuidepostState::Scored => Some(a - b),
        _ => None,
    };
    let (class, mark) = match delta {
        Some(d) if i18n::score(d.abs()) == "0,0" => ("same", "=".to_string()),
        Some(d) if d > 0.0 => ("up", format!("▲ {}", i18n::signed_score(d))),
        Some(d) => ("down", format!("▼ {}", i18n::signed_score(d))),
        None => ("same", String::new()),
    };
    html! {
        <td class={classes!("num", "compare-cell", class)} data-scenario={scenario.to_string()} data-score={r.score.map(|s| s.to_string()).unwrap_or_default()}>
            <span class="compare-reading">{ reading }</span>
            if !mark.is_empty() { <span class="compare-delta">{ mark }</span> }
        </td>
    }
}

/// The comparison in words.
fn describe(c: &Comparison) -> String {
    let rows: Vec<String> = c
        .guideposts
        .iter()
        .map(|(label, readings)| {
            let cells: Vec<String> = c.scenarios.iter().zip(readings).map(|(n, (state, v))| format!("{n} {}", i18n::reading(*state, *v))).collect();
            format!("{label}: {}", cells.join(", "))
        })
        .collect();
    format!("Aflæsninger side om side. {}", rows.join(". "))
}
