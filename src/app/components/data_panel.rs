//! Getting data in and out: pick or drop a file, paste cells from a
//! spreadsheet, go back to the built-in 2014 data; download the data as
//! JSON or as CSV for Danish Excel (with or without the scenario and the
//! readings), or a blank template.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::state::Action;
use crate::app::view::View;
use crate::app::{browser, import};
use crate::io::{self, table, Format};

#[derive(Properties, PartialEq)]
pub struct DataPanelProps {
    pub view: View,
    /// Whether the built-in data is loaded.
    pub built_in: bool,
    pub on_action: Callback<Action>,
    pub on_file: Callback<web_sys::File>,
}

#[component]
pub fn DataPanel(props: &DataPanelProps) -> Html {
    let with_scenario = use_state(|| false);
    let with_readings = use_state(|| false);

    let on_pick = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                on_file.emit(file);
            }
            input.set_value("");
        })
    };
    let export = |format: Format| {
        let (view, scenario, readings) = (props.view.clone(), *with_scenario, *with_readings);
        Callback::from(move |_: MouseEvent| {
            let data = if scenario { (*view.applied).clone() } else { (*view.dataset).clone() };
            let (ext, mime) = match format {
                Format::Json => ("json", "application/json"),
                _ => ("csv", "text/csv"),
            };
            if let Ok(bytes) = io::save(format, &data, readings) {
                let stem = if scenario { "barometer-data-med-scenarie" } else { "barometer-data" };
                browser::download(&format!("{stem}.{ext}"), mime, &String::from_utf8_lossy(&bytes));
            }
        })
    };
    let xlsx = {
        let (view, scenario, readings, cb) = (props.view.clone(), *with_scenario, *with_readings, props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            let data = if scenario { (*view.applied).clone() } else { (*view.dataset).clone() };
            let name = if scenario { "barometer-data-med-scenarie.xlsx" } else { "barometer-data.xlsx" };
            import::download_xlsx(name, &data, readings, cb.clone());
        })
    };
    let template = Callback::from(|_: MouseEvent| {
        browser::download("barometer-skabelon.csv", "text/csv", &io::csv::write(&table::template()));
    });
    let use_built_in = {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if let Ok(d) = crate::data::pejlemaerker_2014() {
                let (saved, notices) = browser::load_saved(&d);
                cb.emit(Action::LoadDataset { dataset: Rc::new(d), saved, notices });
            }
        })
    };
    // The 2007 action plan (goals in words): kept like imported data, so a reload keeps it.
    let use_plan_2007 = {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if let Ok(d) = crate::data::handlingsplan_2007() {
                let (saved, notices) = browser::load_saved(&d);
                cb.emit(Action::LoadDataset { dataset: Rc::new(d), saved, notices });
            }
        })
    };
    let is_plan_2007 = props.view.dataset.title.as_deref() == Some(crate::data::HANDLINGSPLAN_2007_TITLE);
    let toggle = |s: &UseStateHandle<bool>| {
        let s = s.clone();
        Callback::from(move |_: Event| s.set(!*s))
    };

    html! {
        <div class="data-panel">
            <div class="menu-group" role="group" aria-label="Indlæs data">
                <h3 class="menu-heading">{ "Indlæs" }</h3>
                <label class="file-button">
                    <span>{ "Indlæs data… (JSON, CSV, Excel)" }</span>
                    <input type="file" accept=".json,.csv,.tsv,.txt,.xlsx,application/json,text/csv" onchange={on_pick} aria-label="Indlæs data fra fil" />
                </label>
                <button type="button" onclick={ let cb = props.on_action.clone(); move |_| cb.emit(Action::Paste(true)) }>{ "Indsæt fra regneark" }</button>
                <button type="button" onclick={ let cb = props.on_action.clone(); move |_| cb.emit(Action::YearTable(true)) }>{ "Ny status for et år…" }</button>
                if !props.built_in {
                    <button type="button" onclick={use_built_in}>{ "Brug 2014-dataene" }</button>
                }
                if !is_plan_2007 {
                    <button type="button" onclick={use_plan_2007}>{ "Brug handlingsplanen 2007" }</button>
                }
                <p class="hint">{ "Du kan også trække en fil ind på siden." }</p>
            </div>
            <div class="menu-group" role="group" aria-label="Download data">
                <h3 class="menu-heading">{ "Download" }</h3>
                <label class="choice"><input type="checkbox" checked={*with_scenario} onchange={toggle(&with_scenario)} /><span>{ "med scenariet" }</span></label>
                <label class="choice"><input type="checkbox" checked={*with_readings} onchange={toggle(&with_readings)} /><span>{ "med aflæsninger" }</span></label>
                <button type="button" onclick={export(Format::Json)}>{ "Download JSON" }</button>
                <button type="button" onclick={export(Format::Csv)}>{ "Download CSV til Excel" }</button>
                <button type="button" onclick={xlsx}>{ "Download Excel (.xlsx)" }</button>
                <button type="button" onclick={template}>{ "Skabelon (CSV)" }</button>
                <button type="button" onclick={ let cb = props.on_action.clone(); move |_| import::download_xlsx("barometer-skabelon.xlsx", &table::template_dataset(), false, cb.clone()) }>
                    { "Skabelon (Excel)" }
                </button>
            </div>
        </div>
    }
}

#[derive(Properties)]
pub struct PasteDialogProps {
    pub text: Rc<RefCell<String>>,
    pub on_close: Callback<()>,
    pub on_action: Callback<Action>,
}

impl PartialEq for PasteDialogProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.text, &other.text)
    }
}

/// Cells copied from a spreadsheet, pasted as text (tab-separated).
#[component]
pub fn PasteDialog(props: &PasteDialogProps) -> Html {
    let oninput = {
        let text = props.text.clone();
        Callback::from(move |e: InputEvent| *text.borrow_mut() = e.target_unchecked_into::<HtmlTextAreaElement>().value())
    };
    let read = {
        let (text, cb, close) = (props.text.clone(), props.on_action.clone(), props.on_close.clone());
        Callback::from(move |_: MouseEvent| {
            import::read_paste(&text.borrow(), &cb);
            close.emit(());
        })
    };
    html! {
        <div class="paste-dialog dialog" role="dialog" aria-modal="true" aria-label="Indsæt fra regneark">
            <h2>{ "Indsæt fra regneark" }</h2>
            <p>{ "Kopiér cellerne i regnearket, med overskriftsrækken (pejlemærke, delmål, titel, baseline år, baseline, status 2014, mål år, mål, …), og indsæt dem her." }</p>
            <textarea rows="8" aria-label="Celler fra regneark" {oninput} value={props.text.borrow().clone()} autofocus=true />
            <div class="paste-actions">
                <button type="button" onclick={read}>{ "Læs cellerne" }</button>
                <button type="button" onclick={ let c = props.on_close.clone(); move |_| c.emit(()) }>{ "Annullér" }</button>
            </div>
        </div>
    }
}
