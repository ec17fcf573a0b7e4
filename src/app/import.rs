//! Reading a file the user picked or dropped: size limit, format from the
//! name, and the import staged for the preview. Nothing changes until the
//! user confirms.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Callback;

use super::state::{Action, Notice, NoticeKind, Pending};
use crate::io::{self, Format};

/// Files above this are refused before reading.
pub const MAX_BYTES: f64 = 25.0 * 1024.0 * 1024.0;

fn refuse(text: String) -> Action {
    Action::Notify(Notice { kind: NoticeKind::Error, text, download: None })
}

/// Reads `file` and stages it (or says why not). `reader` keeps the read alive.
pub fn read_file(file: web_sys::File, reader: Rc<RefCell<Option<gloo::file::callbacks::FileReader>>>, send: Callback<Action>) {
    let file = gloo::file::File::from(file);
    let name = file.name();
    let Some(format) = Format::of(&name) else {
        return send.emit(refuse(format!("»{name}« kan ikke indlæses: brug en .json-, .csv- eller .xlsx-fil. Intet er ændret.")));
    };
    if format == Format::Xlsx {
        return send.emit(refuse(format!(
            "»{name}«: Excel-filer kan endnu ikke læses i browseren. Gem arket som »CSV UTF-8« i Excel, eller brug `barometer convert`. Intet er ændret."
        )));
    }
    if file.size() as f64 > MAX_BYTES {
        return send.emit(refuse(format!(
            "»{name}« er {} MB; Barometer indlæser filer på højst {} MB. Intet er ændret.",
            crate::i18n::number(file.size() as f64 / 1048576.0, 1),
            crate::i18n::number(MAX_BYTES / 1048576.0, 0)
        )));
    }
    let (cb, name2) = (send.clone(), name.clone());
    *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_bytes(&file, move |bytes| match bytes {
        Ok(bytes) => stage(&name2, format, &bytes, &cb),
        Err(_) => cb.emit(refuse(format!("»{name2}« kunne ikke læses. Intet er ændret."))),
    }));
}

/// Reads text pasted from a spreadsheet (tab-separated) and stages it.
pub fn read_paste(text: &str, send: &Callback<Action>) {
    stage("indsat fra regneark", Format::Csv, text.as_bytes(), send);
}

fn stage(name: &str, format: Format, bytes: &[u8], send: &Callback<Action>) {
    let import = io::load(format, bytes, None);
    send.emit(Action::Stage(Some(Rc::new(Pending { name: name.to_string(), import }))));
}
