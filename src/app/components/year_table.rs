//! "Ny status for et år": every sub-goal of the data in one table, with an
//! input for the chosen year's status, as in a spreadsheet — Enter moves
//! down, Tab across, and a column pasted from Excel fills from the focused
//! row down (refused whole, with the row named, if it has more values than
//! rows or a value that is not a number). The nine readings beside it move
//! as numbers are typed. It fills the active scenario (one undo step) or
//! becomes the data, through the import preview that says which year is new.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::state::{Action, Pending};
use crate::app::view::View;
use crate::app::year_draft::YearDraft;
use crate::app::browser;
use crate::i18n;
use crate::method::{evaluate, status_of};
use crate::model::{Dataset, Point};

#[derive(Properties, PartialEq)]
pub struct YearTableProps {
    pub view: View,
    pub on_action: Callback<Action>,
    /// What was typed, kept by the app while the table is closed (and
    /// dropped once it has gone into a scenario or the data, or the data change).
    pub kept: Rc<RefCell<Option<YearDraft>>>,
}

/// A row: the sub-goal's address and where it is in the data.
struct Row {
    address: String,
    title: String,
    unit: Option<crate::model::Unit>,
    latest: Option<Point>,
    target: Option<crate::model::Target>,
}

fn rows(d: &Dataset) -> Vec<Row> {
    let mut out = Vec::new();
    for g in &d.guideposts {
        for l in g.leaves().filter(|l| !l.is_milestone()) {
            out.push(Row { address: format!("{}.{}", g.id, l.id), title: l.title.clone(), unit: l.unit, latest: status_of(l, None), target: l.target });
        }
    }
    out
}

/// The data with the draft's values as the year's statuses; a blank field
/// adds none and keeps a status the year already has, as in a scenario.
fn with_year(d: &Dataset, year: i32, values: &BTreeMap<String, Option<f64>>) -> Dataset {
    let mut d = d.clone();
    for g in &mut d.guideposts {
        let id = g.id.clone();
        for l in g.leaves_mut() {
            if let Some(Some(v)) = values.get(&format!("{id}.{}", l.id)) {
                l.measurements.retain(|m| m.year != year);
                l.measurements.push(Point { year, value: *v });
                l.measurements.sort_by_key(|m| m.year);
            }
        }
    }
    d
}

fn input_id(k: usize) -> String {
    format!("year-input-{k}")
}

fn focus(k: usize) {
    use web_sys::wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&input_id(k))) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

#[component]
pub fn YearTable(props: &YearTableProps) -> Html {
    let view = &props.view;
    // The data as loaded: the year's statuses go into it, or into the active scenario over it.
    let data = &view.dataset;
    let last = data.status_years().last().copied();
    let rows = rows(data);
    let default_year = last.map_or(2014, |y| y + 1);
    let fingerprint = use_memo(data.clone(), |d| crate::io::share::fingerprint(d));
    // What was typed before: kept by the app since the table was closed, or
    // by the browser since before a reload.
    let kept = {
        let (kept, data, fingerprint, n) = (props.kept.clone(), data.clone(), fingerprint.clone(), rows.len());
        use_memo((), move |_| {
            let in_page = kept.borrow().clone().filter(|k| Rc::ptr_eq(&k.dataset, &data));
            in_page.or_else(|| browser::load_year_draft().and_then(|t| YearDraft::from_stored(&t, &data, &fingerprint, n, default_year)))
        })
    };
    let year = { let y = kept.as_ref().as_ref().map(|k| k.year); use_state(|| y.unwrap_or(default_year)) };
    // The text in each input (what the user typed, never lost), by row.
    let texts = { let t = kept.as_ref().as_ref().map(|k| k.texts.clone()); use_state(|| t.unwrap_or_default()) };
    {
        let (store, dataset, fingerprint) = (props.kept.clone(), data.clone(), fingerprint.clone());
        // Opening an empty table does not forget a draft kept for other data.
        let opening = use_mut_ref(|| true);
        use_effect_with((*year, (*texts).clone()), move |(year, texts)| {
            let draft = YearDraft { dataset, year: *year, texts: texts.clone() };
            let opened = std::mem::replace(&mut *opening.borrow_mut(), false);
            if draft.texts.values().any(|t| !t.is_empty()) {
                browser::save_year_draft(Some(&draft.to_stored(&fingerprint)));
            } else if !opened {
                browser::save_year_draft(None);
            }
            *store.borrow_mut() = Some(draft);
        });
    }
    let problem = use_state(|| None::<String>);
    let values: BTreeMap<String, Option<f64>> = rows
        .iter()
        .enumerate()
        .filter_map(|(k, r)| texts.get(&k).map(|t| (r.address.clone(), if t.trim().is_empty() { None } else { i18n::parse_number(t) })))
        .collect();
    let bad: Vec<usize> = texts.iter().filter(|(_, t)| !t.trim().is_empty() && i18n::parse_number(t).is_none_or(|v| !crate::limits::Limit::Value.allows(v))).map(|(k, _)| *k).collect();
    let draft = with_year(data, *year, &values);
    let before = evaluate(data, &view.options);
    let after = evaluate(&draft, &view.options);
    let (measured, of) = draft.measured_in(*year);

    // Statuses the year already has in the data: a number typed replaces one.
    let already = data.measured_in(*year).0;
    // Into the table at once, at its first field.
    use_effect_with((), |_| focus(0));
    let close = { let cb = props.on_action.clone(); Callback::from(move |_: MouseEvent| cb.emit(Action::YearTable(false))) };
    let on_year = {
        let year = year.clone();
        // What was typed stays: it is now that year's.
        Callback::from(move |e: Event| {
            if let Ok(y) = e.target_unchecked_into::<HtmlInputElement>().value().trim().parse::<i32>() {
                if crate::limits::year_ok(y) {
                    year.set(y);
                }
            }
        })
    };
    let n = rows.len();
    let addresses: Rc<Vec<String>> = Rc::new(rows.iter().map(|r| r.address.clone()).collect());
    let fill = {
        let (cb, values, year, close, kept) = (props.on_action.clone(), values.clone(), *year, props.on_action.clone(), props.kept.clone());
        let ok = bad.is_empty() && !values.is_empty();
        Callback::from(move |_: MouseEvent| {
            if ok {
                *kept.borrow_mut() = None;
                browser::save_year_draft(None);
                cb.emit(Action::SetYear { year, values: values.clone().into_iter().collect() });
                close.emit(Action::YearTable(false));
            }
        })
    };
    let to_data = {
        let (cb, draft, year, ok) = (props.on_action.clone(), draft.clone(), *year, bad.is_empty() && !values.is_empty());
        let (problem, kept) = (problem.clone(), props.kept.clone());
        Callback::from(move |_: MouseEvent| {
            if !ok {
                return;
            }
            match crate::io::json::check(&draft) {
                Ok(()) => {
                    *kept.borrow_mut() = None;
                    browser::save_year_draft(None);
                    cb.emit(Action::YearTable(false));
                    cb.emit(Action::Stage(Some(Rc::new(Pending { name: format!("ny status {year}"), dataset: Some(draft.clone()), ..Pending::default() }))));
                }
                Err(p) => problem.set(Some(p.iter().map(i18n::problem).collect::<Vec<_>>().join("; "))),
            }
        })
    };

    html! {
        <div class="year-table dialog" role="dialog" aria-modal="true" aria-labelledby="year-table-title">
            <h2 id="year-table-title">{ "Ny status for et år" }</h2>
            <div class="year-table-head">
                <label class="field">
                    <span>{ "År" }</span>
                    <input type="number" min="1900" max="2200" value={year.to_string()} onchange={on_year} aria-label="År for den nye status" />
                </label>
            </div>
            if already > 0 {
                <p class="year-existing">{ format!(
                    "{} har allerede status for {already} delmål: et tal her erstatter den, og et tomt felt beholder den, der er.",
                    *year
                ) }</p>
            }
            <p class="hint">{ "Skriv tallene med dansk talformat (1.000 eller 95,9). Enter går ned, Tab til højre. En kolonne kopieret fra Excel sættes ind fra feltet med markøren og nedad. Tomme felter giver ingen status det år. Det skrevne bliver stående, også når tabellen lukkes eller siden genindlæses, til det er lagt i et scenarie eller gemt som data." }</p>
            <div class="year-table-body">
                <table class="year-rows">
                    <thead><tr>
                        <th scope="col">{ "Delmål" }</th><th scope="col">{ "Titel" }</th><th scope="col">{ "Seneste status" }</th>
                        <th scope="col">{ "Mål" }</th><th scope="col">{ format!("Status {}", *year) }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().enumerate().map(|(k, r)| {
                            let text = texts.get(&k).cloned().unwrap_or_default();
                            let oninput = {
                                let texts = texts.clone();
                                Callback::from(move |e: InputEvent| {
                                    let mut next = (*texts).clone();
                                    next.insert(k, e.target_unchecked_into::<HtmlInputElement>().value());
                                    texts.set(next);
                                })
                            };
                            let onkeydown = Callback::from(move |e: KeyboardEvent| {
                                if e.key() == "Enter" {
                                    e.prevent_default();
                                    focus(if e.shift_key() { k.saturating_sub(1) } else { (k + 1).min(n - 1) });
                                }
                            });
                            let onpaste = {
                                let (texts, problem, addresses) = (texts.clone(), problem.clone(), addresses.clone());
                                Callback::from(move |e: Event| {
                                    use web_sys::wasm_bindgen::JsCast;
                                    let Some(text) = e.dyn_ref::<web_sys::ClipboardEvent>().and_then(|c| c.clipboard_data()).and_then(|d| d.get_data("text").ok()) else { return };
                                    if !text.contains('\n') && !text.contains('\t') {
                                        return; // one value: the browser pastes it into this field
                                    }
                                    e.prevent_default();
                                    match crate::io::column::column(&text) {
                                        Err(bad) => problem.set(Some(format!(
                                            "Intet er sat ind: »{}« til {} er ikke et tal mellem −10^12 og 10^12.",
                                            bad.text,
                                            addresses.get(k + bad.line).cloned().unwrap_or_else(|| format!("linje {}", bad.line + 1))
                                        ))),
                                        Ok(values) if k + values.len() > addresses.len() => problem.set(Some(format!(
                                            "Intet er sat ind: kolonnen har {} værdier, men der er kun {} delmål fra {} og ned.",
                                            values.len(),
                                            addresses.len() - k,
                                            addresses[k]
                                        ))),
                                        Ok(values) => {
                                            let mut next = (*texts).clone();
                                            for (i, v) in values.iter().enumerate() {
                                                next.insert(k + i, v.map(crate::i18n::plain).unwrap_or_default());
                                            }
                                            texts.set(next);
                                            problem.set(None);
                                        }
                                    }
                                })
                            };
                            let wrong = bad.contains(&k);
                            html! {
                                <tr class={classes!(wrong.then_some("wrong"))}>
                                    <th scope="row">{ &r.address }</th>
                                    <td class="year-title">{ &r.title }</td>
                                    <td>{ r.latest.map(|p| format!("{} ({})", i18n::value(p.value, r.unit), p.year)).unwrap_or_else(|| "–".into()) }</td>
                                    <td>{ r.target.map(|t| i18n::target(&t, r.unit)).unwrap_or_else(|| "–".into()) }</td>
                                    <td>
                                        <input id={input_id(k)} type="text" inputmode="decimal" maxlength={crate::limits::MAX_FIELD_TEXT.to_string()} value={text.clone()} {oninput} {onkeydown} {onpaste}
                                            aria-label={format!("Status {} for {}", *year, r.address)} aria-invalid={wrong.to_string()} />
                                        if let Some(hint) = (!wrong).then(|| i18n::comma_hint(&text)).flatten() {
                                            <span class="field-hint">{ hint }</span>
                                        }
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                <aside class="year-side" aria-label="Aflæsningerne med de nye tal">
                    <p class="year-count" role="status">{ format!("{measured} af {of} delmål målt i {}", *year) }</p>
                    <ol class="year-readings">
                        { for data.guideposts.iter().enumerate().map(|(i, gp)| {
                            let (b, a) = (&before.guideposts[i], &after.guideposts[i]);
                            let moved = b.score != a.score || b.state != a.state;
                            html! {
                                <li class={classes!(moved.then_some("moved"))} data-year-reading={gp.id.clone()}>
                                    <span class="gp-number">{ format!("{}.", gp.id) }</span>{ " " }
                                    <span>{ if moved {
                                        format!("{} → {}", i18n::reading(b.state, b.score), i18n::reading(a.state, a.score))
                                    } else {
                                        i18n::reading(a.state, a.score)
                                    } }</span>
                                </li>
                            }
                        }) }
                    </ol>
                    if let Some(p) = &*problem {
                        <p class="year-problem" role="alert">{ p }</p>
                    }
                    if !bad.is_empty() {
                        <p class="year-problem" role="alert">{ format!(
                            "Ret de markerede felter ({}): skriv et tal, fx 1.000 eller 95,9.",
                            i18n::list(&bad.iter().map(|k| rows[*k].address.clone()).collect::<Vec<_>>())
                        ) }</p>
                    }
                    <div class="year-actions">
                        <button type="button" class="primary" onclick={fill} disabled={!bad.is_empty() || values.is_empty()}>
                            { if view.scenario.name == crate::scenario::BASE { "Læg i et nyt scenarie" } else { "Læg i scenariet" } }
                        </button>
                        <button type="button" onclick={to_data} disabled={!bad.is_empty() || values.is_empty()}>{ "Gem som data…" }</button>
                        <button type="button" onclick={close}>{ "Luk" }</button>
                    </div>
                </aside>
            </div>
        </div>
    }
}
