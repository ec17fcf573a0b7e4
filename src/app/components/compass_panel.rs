//! Forandringskompasset on screen: load assessments (CSV, Excel or JSON; the
//! fictitious example in one click), pick a period and a compass in a unit,
//! and see the radar, the bars of change and the table. Everything shown is
//! built from `compass::Summary`, which has withheld every figure for fewer
//! than five citizens. The assessments live in this tab only.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::chart_figure::ChartFigure;
use crate::app::{browser, import};
use crate::app::state::Action;
use crate::charts::compass as chart;
use crate::compass::{self, parse_date, summarise, summary_rows, CompassData, GroupSummary, Period, StaffVsCitizen};
use crate::i18n;
use crate::io::table::Cell;

#[derive(Properties, PartialEq)]
pub struct CompassPanelProps {
    pub data: Option<Rc<CompassData>>,
    pub on_action: Callback<Action>,
}

fn read(name: &str, bytes: &[u8]) -> Result<CompassData, Vec<String>> {
    let lower = name.to_lowercase();
    let result = if lower.ends_with(".json") {
        compass::read_json(&String::from_utf8_lossy(bytes))
    } else {
        crate::io::csv::cells(bytes).map_err(|p| vec![p]).and_then(|rows| compass::read_cells(&rows))
    };
    result.map_err(|problems| problems.iter().map(i18n::problem).collect())
}

#[component]
pub fn CompassPanel(props: &CompassPanelProps) -> Html {
    let errors = use_state(Vec::<String>::new);
    let chosen = use_state(|| 0usize);
    let period = use_state(Period::default);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let summary = use_memo((props.data.clone(), *period), |(data, period)| data.as_ref().map(|d| summarise(d, *period)));

    let on_pick = {
        let (cb, errors, chosen, reader) = (props.on_action.clone(), errors.clone(), chosen.clone(), reader.clone());
        let send = props.on_action.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let file = gloo::file::File::from(file);
            let name = file.name();
            let file_name = name.clone();
            let (cb, errors, chosen) = (cb.clone(), errors.clone(), chosen.clone());
            let done = move |result: Result<CompassData, Vec<String>>| match result {
                Ok(d) => {
                    errors.set(Vec::new());
                    chosen.set(0);
                    cb.emit(Action::LoadCompass(Some(Rc::new(d))));
                }
                Err(list) => errors.set(list.into_iter().map(|p| format!("»{name}«: {p}")).collect()),
            };
            let keep: Rc<RefCell<Option<_>>> = reader.clone();
            let send = send.clone();
            let excel = file.name().to_lowercase().ends_with(".xlsx");
            *keep.borrow_mut() = Some(gloo::file::callbacks::read_as_bytes(&file, move |bytes| match bytes {
                Err(_) => done(Err(vec!["Filen kunne ikke læses.".to_string()])),
                // Excel is read in the import worker, which hands back the sheet as CSV.
                Ok(b) if excel => import::sheet_as_csv(&b, send, move |csv| done(csv.map_err(|e| vec![e]).and_then(|t| read("ark.csv", t.as_bytes())))),
                Ok(b) => done(read(&file_name, &b)),
            }));
        })
    };
    let use_example = {
        let (cb, errors, chosen) = (props.on_action.clone(), errors.clone(), chosen.clone());
        Callback::from(move |_: MouseEvent| {
            if let Ok(d) = read("kompas-eksempel.csv", crate::data::KOMPAS_EKSEMPEL_CSV.as_bytes()) {
                errors.set(Vec::new());
                chosen.set(0);
                cb.emit(Action::LoadCompass(Some(Rc::new(d))));
            }
        })
    };
    let remove = {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Action::LoadCompass(None)))
    };
    let set_date = |to: bool| {
        let period = period.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            let date = parse_date(&Cell::Text(value));
            let mut p = *period;
            if to { p.to = date } else { p.from = date }
            period.set(p);
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
                    <label>{ "Fra " }<input type="date" onchange={set_date(false)} aria-label="Periode fra" /></label>
                    <label>{ "til " }<input type="date" onchange={set_date(true)} aria-label="Periode til" /></label>
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
