//! What was typed in the year table ("Ny status for et år"), kept while the
//! table is closed and over a reload: nothing typed is lost until it has gone
//! into a scenario or the data. The browser keeps it as JSON
//! (`browser::save_year_draft`) under the data's fingerprint (computed once
//! per open table: it hashes the whole data); what comes back is checked
//! field by field, so one bad entry drops that entry, never the whole draft.

use std::collections::BTreeMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::limits::{year_ok, MAX_FIELD_TEXT};
use crate::model::Dataset;

/// The year table's typed text.
#[derive(Debug, Clone, PartialEq)]
pub struct YearDraft {
    /// The data it was typed against (rows are by position in them).
    pub dataset: Rc<Dataset>,
    pub year: i32,
    /// Each field's text by row, as typed (a text that is no number stays, marked).
    pub texts: BTreeMap<usize, String>,
}

/// The draft as the browser keeps it: the data by fingerprint.
#[derive(Serialize, Deserialize)]
struct Stored {
    data: String,
    year: i32,
    texts: BTreeMap<usize, String>,
}

impl YearDraft {
    /// As JSON for the browser's storage; `fingerprint` is that of `self.dataset`.
    pub fn to_stored(&self, fingerprint: &str) -> String {
        let stored = Stored { data: fingerprint.to_string(), year: self.year, texts: self.texts.clone() };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// A draft kept in the browser, if it was typed against `dataset` (whose
    /// fingerprint is `fingerprint`), which has `rows` fields. Entries for no row, or longer than a field takes,
    /// are left out; a year outside the limits becomes `default_year`.
    pub fn from_stored(text: &str, dataset: &Rc<Dataset>, fingerprint: &str, rows: usize, default_year: i32) -> Option<YearDraft> {
        let stored: Stored = serde_json::from_str(text).ok()?;
        if !crate::io::share::same_data(&stored.data, fingerprint) {
            return None;
        }
        let texts: BTreeMap<usize, String> = stored
            .texts
            .into_iter()
            .filter(|(k, t)| *k < rows && t.chars().count() <= MAX_FIELD_TEXT && !t.is_empty())
            .collect();
        Some(YearDraft { dataset: dataset.clone(), year: if year_ok(stored.year) { stored.year } else { default_year }, texts })
    }
}
