//! A guidepost's sub-goals as the source's table: baseline, status, target,
//! state and score, and for each one that does not count, why.

use yew::prelude::*;

use crate::i18n;
use crate::method::projection::on_track;
use crate::method::{GuidepostResult, Options, Part, SubgoalResult};
use crate::model::{Guidepost, Point, Subgoal};

#[derive(Properties, PartialEq)]
pub struct SubgoalTableProps {
    pub guidepost: Guidepost,
    pub result: GuidepostResult,
    pub options: Options,
}

#[component]
pub fn SubgoalTable(props: &SubgoalTableProps) -> Html {
    let rows = props
        .guidepost
        .subgoals
        .iter()
        .zip(&props.result.subgoals)
        .flat_map(|(sg, r)| {
            let mut rows = vec![row(sg, r, false, &props.options)];
            rows.extend(sg.children.iter().zip(&r.children).map(|(c, cr)| row(c, cr, true, &props.options)));
            rows
        });
    html! {
        <table class="subgoals">
            <caption class="visually-hidden">{ format!("Delmål under pejlemærke {}", props.guidepost.id) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Delmål" }</th>
                    <th scope="col" class="num">{ "Baseline" }</th>
                    <th scope="col" class="num">{ "Status" }</th>
                    <th scope="col" class="num">{ "Mål" }</th>
                    <th scope="col" class="num">{ "Score" }</th>
                    <th scope="col">{ "Indgår i aflæsningen" }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

fn row(sg: &Subgoal, r: &SubgoalResult, child: bool, options: &Options) -> Html {
    let point = |p: Option<Point>| match p {
        Some(p) => html! { <>{ i18n::value(p.value, sg.unit) }<span class="year">{ format!(" ({})", p.year) }</span></> },
        None if sg.is_group() => html! {},
        None => html! { { "–" } },
    };
    let target = match sg.target {
        Some(t) => html! { <>{ i18n::target(&t, sg.unit) }<span class="year">{ format!(" ({})", t.year) }</span></> },
        None if sg.is_group() => html! {},
        None => html! { { "–" } },
    };
    let score = match r.score {
        Some(s) => i18n::score(s),
        None => i18n::subgoal_state(r.state).to_string(),
    };
    let clamped = match (r.raw_score, r.score) {
        (Some(raw), Some(s)) if raw != s => Some(format!("(uden begrænsning {})", i18n::score(raw))),
        _ => None,
    };
    let track = on_track(sg, options).map(|t| {
        if t.on_track {
            format!("På vej mod målet i {} (forventet {} % af vejen, nået {} %)", t.year, i18n::number(t.expected * 100.0, 0), i18n::number(t.progress * 100.0, 0))
        } else {
            format!("Bagud i {} (forventet {} % af vejen, nået {} %)", t.year, i18n::number(t.expected * 100.0, 0), i18n::number(t.progress * 100.0, 0))
        }
    });
    let counted = matches!(r.part, Part::Counted { as_zero: false, .. });
    html! {
        <tr class={classes!(child.then_some("child"), sg.is_group().then_some("group"), (!counted).then_some("not-counted"))}
            data-subgoal={sg.id.clone()} data-state={r.state.code()}>
            <th scope="row">
                <span class="sg-id">{ format!("{}.", sg.id) }</span>{ " " }{ &sg.title }
                if sg.proposed_removal { <span class="badge">{ "foreslået udgået" }</span> }
                if sg.proposed { <span class="badge">{ "forslag" }</span> }
                if let Some(note) = &sg.note { <div class="note">{ note }</div> }
                if let Some(t) = track { <div class="on-track">{ t }</div> }
            </th>
            <td class="num">{ if sg.is_group() { html! {} } else { point(sg.baseline) } }</td>
            <td class="num">{ point(r.status) }</td>
            <td class="num">{ target }</td>
            <td class="num score">{ score }if let Some(c) = clamped { <div class="clamped">{ c }</div> }</td>
            <td class="part">{ i18n::part(&r.part) }</td>
        </tr>
    }
}
