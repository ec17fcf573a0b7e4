//! The preview of an import: every problem with its place, or what will be
//! loaded (guideposts, sub-goals, years) and how each reading would change.
//! Nothing is replaced until the user confirms.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::browser;
use crate::app::state::{Action, Notice, NoticeKind, Pending};
use crate::app::view::View;
use crate::i18n;
use crate::method::{evaluate, Options};

#[derive(Properties, PartialEq)]
pub struct ImportPreviewProps {
    pub pending: Rc<Pending>,
    pub view: View,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ImportPreview(props: &ImportPreviewProps) -> Html {
    let p = &props.pending;
    let cancel = { let cb = props.on_action.clone(); move |_| cb.emit(Action::Stage(None)) };
    let warnings = html! {
        if !p.warnings.is_empty() {
            <div class="import-warnings">
                <h3>{ format!("Advarsler ({}) — de forhindrer ikke indlæsningen", p.warnings.len()) }</h3>
                <ul>{ for p.warnings.iter().map(|w| html! { <li>{ w }</li> }) }</ul>
            </div>
        }
    };
    let chooser = sheet_chooser(p, &props.on_action);
    let Some(dataset) = p.dataset.as_ref().filter(|_| p.errors.is_empty()) else {
        return html! {
            <section class="import-preview failed" role="alert" aria-label="Indlæsning mislykkedes">
                <h2>{ format!("»{}« kan ikke indlæses", p.name) }</h2>
                { chooser }
                <p>{ format!("{} problem(er) skal rettes i filen. Intet er ændret: dataene og scenarierne er som før.", p.errors.len()) }</p>
                <ul class="import-errors">{ for p.errors.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                { warnings }
                <button type="button" onclick={cancel}>{ "Luk" }</button>
            </section>
        };
    };
    let leaves: usize = dataset.guideposts.iter().map(|g| g.leaves().count()).sum();
    let years: BTreeSet<i32> = dataset.guideposts.iter().flat_map(|g| g.leaves())
        .flat_map(|l| l.baseline.iter().chain(&l.measurements).map(|m| m.year)).collect();
    let new_report = evaluate(dataset, &Options::from_spec(&dataset.method));
    let current = &props.view.report;
    let confirm = {
        let (cb, d, name) = (props.on_action.clone(), Rc::new(dataset.clone()), p.name.clone());
        Callback::from(move |_: MouseEvent| {
            let (saved, mut notices) = browser::load_saved(&d);
            if let Err(n) = browser::save_dataset(Some(&d)) {
                notices.push(n);
            }
            notices.push(Notice { kind: NoticeKind::Info, text: format!("Data indlæst fra »{name}«."), download: None });
            cb.emit(Action::LoadDataset { dataset: d.clone(), saved, notices });
        })
    };
    html! {
        <section class="import-preview" aria-label="Forhåndsvisning af indlæsning">
            <h2>{ format!("Forhåndsvisning: »{}«", p.name) }</h2>
            { chooser }
            <p>{ format!(
                "{} · {} pejlemærker · {} delmål · år: {}",
                dataset.title.clone().unwrap_or_else(|| "uden titel".into()),
                dataset.guideposts.len(),
                leaves,
                years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ")
            ) }</p>
            { warnings }
            <table class="import-compare">
                <thead><tr><th scope="col">{ "Pejlemærke" }</th><th scope="col">{ "Nu" }</th><th scope="col">{ "Efter indlæsning" }</th></tr></thead>
                <tbody>
                    { for dataset.guideposts.iter().zip(&new_report.guideposts).map(|(gp, r)| {
                        let now = props.view.dataset.guideposts.iter().position(|g| g.id == gp.id)
                            .map(|i| i18n::reading(current.guideposts[i].state, current.guideposts[i].score))
                            .unwrap_or_else(|| "(nyt)".into());
                        html! { <tr><th scope="row">{ format!("{}. {}", gp.id, gp.title) }</th><td>{ now }</td><td>{ i18n::reading(r.state, r.score) }</td></tr> }
                    }) }
                </tbody>
            </table>
            <div class="import-actions">
                <button type="button" class="primary" onclick={confirm}>{ "Indlæs disse data" }</button>
                <button type="button" onclick={cancel}>{ "Annullér" }</button>
            </div>
        </section>
    }
}

/// For a workbook with several sheets: which one to read.
fn sheet_chooser(p: &Rc<Pending>, on_action: &Callback<Action>) -> Html {
    let Some(bytes) = p.bytes.clone().filter(|_| p.sheets.len() > 1) else { return html! {} };
    let onchange = {
        let (name, cb) = (p.name.clone(), on_action.clone());
        Callback::from(move |e: Event| {
            let sheet = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            crate::app::import::read_in_worker(&name, crate::io::Format::Xlsx, bytes.clone(), Some(sheet), cb.clone());
        })
    };
    html! {
        <label class="field sheet-chooser">
            <span>{ format!("Projektmappen har {} ark. Læs arket:", p.sheets.len()) }</span>
            <select {onchange} aria-label="Ark">
                { for p.sheets.iter().map(|s| html! { <option value={s.clone()} selected={p.sheet.as_ref() == Some(s)}>{ s }</option> }) }
            </select>
        </label>
    }
}
