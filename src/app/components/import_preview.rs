//! The preview of an import: every problem with its place, or what will be
//! loaded (guideposts, sub-goals, years; for a text file its encoding and
//! separator), what it replaces (guideposts that go, method options that
//! change), what the file could not carry (`io::table::lost`) and how each reading would change. Nothing is replaced until the
//! user confirms.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::browser;
use crate::app::state::{Action, Notice, NoticeKind, Pending};
use crate::app::view::View;
use crate::i18n;
use crate::method::{evaluate, Options};
use crate::model::{Dataset, Grouping, Missing, Weighting};

#[derive(Properties, PartialEq)]
pub struct ImportPreviewProps {
    pub pending: Rc<Pending>,
    pub view: View,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ImportPreview(props: &ImportPreviewProps) -> Html {
    let p = &props.pending;
    // Opened, it has the keyboard (and a screen reader reads its title), not the menu behind it.
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with((), move |_| {
            if let Some(el) = root.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
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
            <section class="import-preview failed" role="alert" aria-label="Indlæsning mislykkedes" ref={root} tabindex="-1">
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
    // "Efter" is what the screen will show: the same data at a later stage
    // keeps the scenarios (the active one applied), other data opens on Base.
    let carried = crate::io::share::family(dataset) == crate::io::share::family(&props.view.dataset);
    let new_report = if carried {
        let s = &props.view.scenario;
        evaluate(&crate::scenario::apply(dataset, s), &s.options(dataset))
    } else {
        evaluate(dataset, &Options::from_spec(&dataset.method))
    };
    let current = &props.view.report;
    let lost = crate::io::table::lost(&props.view.dataset, dataset, p.table);
    // Status years the data loaded now does not have: a new year's column.
    let known = props.view.dataset.status_years();
    let new_years: Vec<i32> = dataset.status_years().into_iter().filter(|y| !known.contains(y)).collect();
    let confirm = {
        let (cb, d, name) = (props.on_action.clone(), Rc::new(dataset.clone()), p.name.clone());
        Callback::from(move |_: MouseEvent| {
            let (saved, mut notices) = browser::load_saved(&d);
            notices.push(Notice { kind: NoticeKind::Info, text: format!("Data indlæst fra »{name}«. ↶ Fortryd giver de tidligere data tilbage."), download: None });
            cb.emit(Action::LoadDataset { dataset: d.clone(), saved, notices });
        })
    };
    html! {
        <section class="import-preview" aria-label="Forhåndsvisning af indlæsning" ref={root} tabindex="-1">
            <h2>{ format!("Forhåndsvisning: »{}«", p.name) }</h2>
            { chooser }
            <p>{ format!(
                "{} · {} pejlemærker · {} delmål · år: {}",
                dataset.title.clone().unwrap_or_else(|| "uden titel".into()),
                dataset.guideposts.len(),
                leaves,
                years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ")
            ) }</p>
            if !new_years.is_empty() {
                <p class="import-new-years">{ format!(
                    "Nye år: {}.",
                    new_years.iter().map(|&y| {
                        let (measured, of) = dataset.measured_in(y);
                        format!("{y} ({measured} af {of} delmål målt)")
                    }).collect::<Vec<_>>().join(", ")
                ) }</p>
            }
            if let Some(read_as) = &p.read_as {
                <p class="import-read-as">{ format!("Læst som {read_as}.") }</p>
            }
            { replaced(&props.view, dataset, carried) }
            if !lost.is_empty() {
                <div class="import-lost" role="note">
                    <p>{ "Det kan filen ikke rumme:" }</p>
                    <ul>{ for lost.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                </div>
            }
            { warnings }
            <table class="import-compare">
                <thead><tr><th scope="col">{ "Pejlemærke" }</th><th scope="col">{ "Nu" }</th><th scope="col">{ "Efter indlæsning" }</th></tr></thead>
                <tbody>
                    { for dataset.guideposts.iter().zip(&new_report.guideposts).map(|(gp, r)| {
                        let now = props.view.dataset.guideposts.iter().position(|g| g.id == gp.id)
                            .map(|i| i18n::reading(current.guideposts[i].state, current.guideposts[i].score))
                            .unwrap_or_else(|| "(nyt)".into());
                        html! { <tr><th scope="row">{ format!("{}. {}", gp.id, gp.title) }</th><td data-label="Nu">{ now }</td><td data-label="Efter indlæsning">{ i18n::reading(r.state, r.score) }</td></tr> }
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

/// What loading replaces: the data now loaded, its guideposts that the file
/// does not have, and the method options that change to the file's.
fn replaced(view: &View, dataset: &Dataset, carried: bool) -> Html {
    let gone: Vec<String> = view.dataset.guideposts.iter()
        .filter(|g| !dataset.guideposts.iter().any(|n| n.id == g.id))
        .map(|g| g.id.clone())
        .collect();
    let changes = method_changes(&view.options, &Options::from_spec(&dataset.method));
    html! {
        <div class="import-replaces">
            <p>{ format!(
                "Erstatter de data, der er indlæst nu (»{}«, {} pejlemærker). {}",
                view.dataset.title.clone().unwrap_or_else(|| "uden titel".into()),
                view.dataset.guideposts.len(),
                if carried {
                    "Det er de samme delmål, så scenarierne følger med; »Efter« er med det aktive scenarie."
                } else {
                    "Scenarier gemt for dem bliver liggende i browseren."
                }
            ) }</p>
            if !gone.is_empty() {
                <p class="import-gone">{ format!(
                    "Findes ikke i filen og forsvinder fra skærmen: pejlemærke {}.",
                    i18n::list(&gone)
                ) }</p>
            }
            if changes.is_empty() {
                <p class="import-method">{ "Metoden er den samme." }</p>
            } else {
                <div class="import-method">
                    <p>{ "Metoden skifter til filens:" }</p>
                    <ul>{ for changes.iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                </div>
            }
        </div>
    }
}

/// Each method option that differs, "Delmål uden status: tæl som 0 → udelad".
pub fn method_changes(from: &Options, to: &Options) -> Vec<String> {
    let mut out = Vec::new();
    let mut add = |what: &str, a: String, b: String| {
        if a != b {
            out.push(format!("{what}: {a} → {b}"));
        }
    };
    let missing = |m: Missing| i18n::missing(m).to_string();
    let grouping = |g: Grouping| i18n::grouping(g).to_string();
    let weighting = |w: Weighting| i18n::weighting(w).to_string();
    let clamp = |c: bool| if c { "begrænset til −5 … +5" } else { "ubegrænset" }.to_string();
    let as_of = |y: Option<i32>| y.map_or("seneste status".to_string(), |y| format!("status til og med {y}"));
    add("Delmål uden status", missing(from.missing), missing(to.missing));
    add("Grupper af delmål", grouping(from.grouping), grouping(to.grouping));
    add("Vægtning", weighting(from.weighting), weighting(to.weighting));
    add("Skala", clamp(from.clamp), clamp(to.clamp));
    add("År", as_of(from.as_of), as_of(to.as_of));
    out
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
