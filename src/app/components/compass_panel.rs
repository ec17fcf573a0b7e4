//! Forandringskompasset on screen: load assessments (CSV, Excel or JSON; the
//! fictitious example in one click), pick a period and a compass in a unit,
//! and see the radar, the bars of change and the table. The file is read and
//! summed in the import worker; the page holds only `compass::Summary`, which
//! has withheld every figure for fewer than five citizens.

use std::rc::Rc;

use yew::prelude::*;

use super::chart_figure::ChartFigure;
use crate::app::state::{Action, CompassLoaded};
use crate::app::{browser, import};
use crate::charts::compass as chart;
use crate::compass::{self, parse_date, summary_rows, GroupSummary, Period, StaffVsCitizen};
use crate::i18n;
use crate::io::table::Cell;

#[derive(Properties, PartialEq)]
pub struct CompassPanelProps {
    pub data: Option<Rc<CompassLoaded>>,
    pub on_action: Callback<Action>,
}

/// Has the worker read and sum `bytes` (`None`: the example) for `period`;
/// loads the summary, or shows the problems and changes nothing.
fn load(name: String, bytes: Option<Rc<Vec<u8>>>, period: Period, send: Callback<Action>, errors: UseStateHandle<Vec<String>>) {
    let data = bytes.clone();
    import::compass_in_worker(&name.clone(), data.as_deref().map(Vec::as_slice), period, send.clone(), move |reply| match reply.summary {
        Some(summary) => {
            errors.set(Vec::new());
            send.emit(Action::LoadCompass(Some(Rc::new(CompassLoaded { name, bytes, period, summary: Rc::new(summary) }))));
        }
        None => errors.set(reply.errors.into_iter().map(|p| format!("»{name}«: {p}")).collect()),
    });
}

#[component]
pub fn CompassPanel(props: &CompassPanelProps) -> Html {
    let errors = use_state(Vec::<String>::new);
    let chosen = use_state(|| 0usize);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let summary = props.data.as_ref().map(|d| d.summary.clone());

    let on_pick = {
        let (send, errors, chosen, reader) = (props.on_action.clone(), errors.clone(), chosen.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let file = gloo::file::File::from(file);
            let name = file.name();
            let (send, errors) = (send.clone(), errors.clone());
            chosen.set(0);
            *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_bytes(&file, move |bytes| match bytes {
                Ok(b) => load(name, Some(Rc::new(b)), Period::default(), send, errors),
                Err(_) => errors.set(vec![format!("»{name}« kunne ikke læses. Intet er ændret.")]),
            }));
        })
    };
    let use_example = {
        let (send, errors, chosen) = (props.on_action.clone(), errors.clone(), chosen.clone());
        Callback::from(move |_: MouseEvent| {
            chosen.set(0);
            load("kompas-eksempel.csv".into(), None, Period::default(), send.clone(), errors.clone())
        })
    };
    let remove = {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Action::LoadCompass(None)))
    };
    let set_date = |to: bool| {
        let (data, send, errors) = (props.data.clone(), props.on_action.clone(), errors.clone());
        Callback::from(move |e: Event| {
            let Some(d) = &data else { return };
            let value = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            let date = parse_date(&Cell::Text(value));
            let mut p = d.period;
            if to { p.to = date } else { p.from = date }
            load(d.name.clone(), d.bytes.clone(), p, send.clone(), errors.clone());
        })
    };

    html! {
        <section class="compass-panel" aria-labelledby="compass-heading">
            <h2 id="compass-heading">{ "Forandringskompasset" }</h2>
            <p class="hint">{ "Borgernes udvikling på kompassets ti dimensioner (1–10, 10 bedst). Data om enkelte borgere bliver kun i denne fane: de gemmes ikke i browseren og kommer aldrig med i et delt link. Tal for færre end 5 borgere vises ikke." }</p>
            <div class="compass-tools">
                <label class="file-button">
                    <span>{ "Indlæs kompasdata… (CSV, Excel, JSON)" }</span>
                    <input type="file" accept=".csv,.json,.txt,.xlsx" onchange={on_pick} aria-label="Indlæs kompasdata fra fil" />
                </label>
                <button type="button" onclick={use_example}>{ "Brug eksempelfilen (fiktive data)" }</button>
                if props.data.is_some() {
                    <button type="button" onclick={remove}>{ "Fjern kompasdata" }</button>
                }
            </div>
            if !errors.is_empty() {
                <div class="notice error" role="alert">
                    <p>{ "Kompasfilen blev ikke indlæst; intet er ændret:" }</p>
                    <ul>{ for errors.iter().take(20).map(|e| html! { <li>{ e }</li> }) }</ul>
                    if errors.len() > 20 { <p>{ format!("… og {} problemer mere.", errors.len() - 20) }</p> }
                </div>
            }
            if let Some(summary) = summary.as_ref() {
                <div class="compass-choice">
                    <label>{ "Fra " }<input type="date" onchange={set_date(false)} aria-label="Periode fra" value={props.data.as_ref().and_then(|d| d.period.from).map(|d| d.to_string()).unwrap_or_default()} /></label>
                    <label>{ "til " }<input type="date" onchange={set_date(true)} aria-label="Periode til" value={props.data.as_ref().and_then(|d| d.period.to).map(|d| d.to_string()).unwrap_or_default()} /></label>
                    <label>{ "Kompas og tilbud " }
                        <select aria-label="Kompas og tilbud" onchange={ let c = chosen.clone(); move |e: Event| c.set(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value().parse().unwrap_or(0)) }>
                            { for summary.groups.iter().enumerate().map(|(i, g)| html! {
                                <option value={i.to_string()} selected={i == *chosen}>{ label(g) }</option>
                            }) }
                        </select>
                    </label>
                    <button type="button" onclick={ let s = summary.clone(); move |_| download(&s) }>{ "Download oversigt (CSV)" }</button>
                </div>
                if let Some(g) = summary.groups.get(*chosen).or(summary.groups.first()) {
                    { group_view(g, summary.staff_vs_citizen.iter().find(|c| c.compass == g.compass && c.unit == g.unit)) }
                } else {
                    <p>{ "Ingen vurderinger i perioden." }</p>
                }
            }
        </section>
    }
}

fn label(g: &GroupSummary) -> String {
    let n = g.citizens.map_or("for få borgere".to_string(), |n| format!("{n} borgere"));
    format!("{} · {} ({n})", g.compass, g.unit.as_deref().unwrap_or("alle tilbud"))
}

fn download(summary: &compass::Summary) {
    let cells: Vec<Vec<Cell>> = summary_rows(summary).into_iter().map(|r| r.into_iter().map(Cell::Text).collect()).collect();
    browser::download("forandringskompas-oversigt.csv", "text/csv", &crate::io::csv::write(&cells));
}

fn group_view(g: &GroupSummary, versus: Option<&StaffVsCitizen>) -> Html {
    let few = || "for få borgere".to_string();
    let num = |v: Option<f64>| v.map_or_else(few, |v| i18n::number(v, 1));
    let pct = |v: Option<f64>| v.map_or_else(few, |v| format!("{} %", i18n::number(v * 100.0, 0)));
    let stem = format!("kompas-{}", g.unit.as_deref().unwrap_or("alle").replace(' ', "-"));
    html! {
        <div class="compass-group" data-compass-group={label(g)}>
            <p class="compass-count">{ match (g.citizens, g.single) {
                (Some(n), Some(s)) => format!("{n} borgere med en første og en seneste vurdering i perioden; {s} med kun én vurdering (ingen ændring at måle)."),
                _ => format!("For få borgere: tal vises først fra {} borgere.", compass::MIN_CITIZENS),
            } }</p>
            if !g.withheld() {
            <div class="compass-charts">
                <ChartFigure class="compass-radar" svg={AttrValue::from(chart::radar(g))} description={AttrValue::from(chart::describe(g))} file_stem={format!("{stem}-radar")} />
                <ChartFigure class="compass-bars" svg={AttrValue::from(chart::bars(g))} description={AttrValue::from(chart::describe(g))} file_stem={format!("{stem}-aendring")} />
            </div>
            <div class="table-scroll">
            <table class="compass-table">
                <thead><tr>
                    <th scope="col">{ "Dimension" }</th><th scope="col" class="num">{ "Første" }</th><th scope="col" class="num">{ "Seneste" }</th>
                    <th scope="col" class="num">{ "Ændring" }</th><th scope="col" class="num">{ "Fremgang" }</th><th scope="col" class="num">{ "Uændret" }</th><th scope="col" class="num">{ "Tilbagegang" }</th>
                </tr></thead>
                <tbody>{ for g.dimensions.iter().map(|d| html! {
                    <tr>
                        <th scope="row">{ &d.name }</th><td class="num">{ num(d.mean_first) }</td><td class="num">{ num(d.mean_latest) }</td>
                        <td class="num">{ d.mean_change.map_or_else(few, |v| format!("{}{}", if v > 0.0 { "+" } else { "" }, i18n::number(v, 2))) }</td>
                        <td class="num">{ pct(d.improved) }</td><td class="num">{ pct(d.same) }</td><td class="num">{ pct(d.worsened) }</td>
                    </tr>
                }) }</tbody>
            </table>
            </div>
            }
            if let Some(v) = versus {
                <h3>{ "Medarbejderens vurdering og borgerens egen" }</h3>
                <p class="hint">{ match v.pairs {
                    Some(n) => format!("Seneste vurdering fra begge, {n} borgere."),
                    None => "For få borgere med både medarbejderens og egen vurdering.".to_string(),
                } }</p>
                if v.pairs.is_some() {
                    <table class="compass-table compass-versus">
                        <thead><tr><th scope="col">{ "Dimension" }</th><th scope="col" class="num">{ "Medarbejder" }</th><th scope="col" class="num">{ "Borger" }</th></tr></thead>
                        <tbody>{ for v.dimensions.iter().map(|(name, staff, citizen)| html! {
                            <tr><th scope="row">{ name }</th><td class="num">{ num(*staff) }</td><td class="num">{ num(*citizen) }</td></tr>
                        }) }</tbody>
                    </table>
                }
            }
        </div>
    }
}
