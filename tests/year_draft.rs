//! The year table's typed text over a reload: it comes back for the same
//! data only, and a bad entry drops that entry, never the whole draft.

mod common;

use std::collections::BTreeMap;
use std::rc::Rc;

use barometer::app::year_draft::YearDraft;
use barometer::io::share::fingerprint;
use barometer::limits::MAX_FIELD_TEXT;
use common::*;

fn draft() -> (YearDraft, String) {
    let dataset = Rc::new(the_2014_data());
    let fp = fingerprint(&dataset);
    let texts = BTreeMap::from([(0, "950".to_string()), (3, "lidt".to_string()), (5, "1.450".to_string())]);
    (YearDraft { dataset, year: 2015, texts }, fp)
}

#[test]
fn what_was_typed_comes_back_as_typed_even_text_that_is_no_number() {
    let (d, fp) = draft();
    let back = YearDraft::from_stored(&d.to_stored(&fp), &d.dataset, &fp, 36, 2015).unwrap();
    assert_eq!(back, d);
}

#[test]
fn a_draft_for_other_data_does_not_come_back() {
    let (d, fp) = draft();
    let other = Rc::new(dataset(vec![guidepost("1", vec![scored("A", 1.0, 2.0, 3.0)])]));
    assert_eq!(YearDraft::from_stored(&d.to_stored(&fp), &other, &fingerprint(&other), 1, 2015), None);
}

#[test]
fn a_bad_entry_is_left_out_and_the_rest_kept() {
    let (d, fp) = draft();
    let long = "9".repeat(MAX_FIELD_TEXT + 1);
    let text = format!(r#"{{"data":"{fp}","year":1492,"texts":{{"0":"950","36":"1","7":"{long}","8":""}}}}"#);
    let back = YearDraft::from_stored(&text, &d.dataset, &fp, 36, 2015).unwrap();
    assert_eq!(back.year, 2015, "a year outside 1900–2200 becomes the table's own");
    assert_eq!(back.texts, BTreeMap::from([(0, "950".to_string())]));
    // Not JSON, or not a draft: nothing comes back, and nothing breaks.
    for junk in ["", "{", "[1,2]", r#"{"data":1}"#, "null"] {
        assert_eq!(YearDraft::from_stored(junk, &d.dataset, &fp, 36, 2015), None, "{junk}");
    }
}
