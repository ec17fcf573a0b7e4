//! A correction of the built-in data's words (no number changed) changes its
//! fingerprint, the key by which links, scenario files, saved work and the
//! year table's draft name their data. `share::EARLIER_FINGERPRINTS` keeps
//! what was made before a correction working: these tests hold each pair to
//! the correction it stands for, and each way in to the pair.

mod common;

use std::collections::BTreeMap;
use std::rc::Rc;

use barometer::app::year_draft::YearDraft;
use barometer::io::json::parse_dataset;
use barometer::io::share::*;
use barometer::scenario::Scenario;
use common::*;

/// Each correction: the text now and the text before, as written in the files.
const CORRECTIONS: &[(&str, &str)] = &[(
    "(»Tæl delmål uden status som 0«). Med kildens egen regel (»Udelad delmål uden status«)",
    "(missing = zero). Med kildens egen regel (missing = exclude)",
)];

const BUILT_IN: &[&str] = &[
    include_str!("../data/pejlemaerker-2014.json"),
    include_str!("../data/pejlemaerker-fiktiv-2015-2017.json"),
];

fn evaluate(d: &barometer::model::Dataset) -> barometer::method::Report {
    barometer::method::evaluate(d, &barometer::method::Options::from_spec(&d.method))
}

fn before_corrections(text: &str) -> String {
    CORRECTIONS.iter().fold(text.to_string(), |t, (now, before)| t.replace(now, before))
}

#[test]
fn each_earlier_fingerprint_is_the_same_data_before_a_correction_of_its_words() {
    let mut pairs = Vec::new();
    for text in BUILT_IN {
        let now = parse_dataset(text).unwrap();
        let before = parse_dataset(&before_corrections(text)).unwrap();
        assert_ne!(fingerprint(&now), fingerprint(&before), "the correction is in the file");
        assert_eq!(family(&now), family(&before), "no sub-goal or baseline changed");
        assert_eq!(evaluate(&now), evaluate(&before), "no reading changed");
        pairs.push((fingerprint(&before), fingerprint(&now)));
    }
    let listed: Vec<(String, String)> = EARLIER_FINGERPRINTS.iter().map(|&(b, n)| (b.to_string(), n.to_string())).collect();
    assert_eq!(listed, pairs);
}

#[test]
fn the_built_in_notes_name_the_options_in_danish() {
    for text in BUILT_IN {
        let data = parse_dataset(text).unwrap();
        for g in &data.guideposts {
            let note = g.note.clone().unwrap_or_default();
            for english in ["missing", "exclude", "zero"] {
                assert!(!note.contains(english), "guidepost {}: {note}", g.id);
            }
        }
    }
}

/// The 2014 data as it was before the corrections.
fn the_2014_data_before() -> barometer::model::Dataset {
    parse_dataset(&before_corrections(BUILT_IN[0])).unwrap()
}

#[test]
fn a_link_or_file_made_before_a_correction_opens_as_made_on_the_data_now() {
    let (before, now) = (the_2014_data_before(), the_2014_data());
    let mut s = Scenario::named("Hvad nu hvis 950");
    s.subgoal_mut("1.A").status.insert(2015, 950.0);
    let opened = open_link(&encode_link(&before, &s), &now).expect("opens");
    assert_eq!((opened.scenario, opened.dropped, opened.moved), (s.clone(), vec![], None), "nothing to say: the same stage of the same data");
    // Links and files from before `family` existed carry the fingerprint only.
    let by_fingerprint = DatasetRef { fingerprint: fingerprint(&before), title: "Pejlemærker 2014".into(), family: String::new(), latest: None };
    let old_file = serde_json::to_string(&Shared { format: SCENARIO_FORMAT.into(), dataset: by_fingerprint, scenario: s.clone() }).unwrap();
    let opened = open_shared(&old_file, &now).expect("opens");
    assert_eq!((opened.scenario, opened.moved), (s.clone(), None));
    // Without the pair, such a file would be refused as other data.
    let other = parse_dataset(&BUILT_IN[0].replace("Kilden skriver", "Kilden siger")).unwrap();
    assert!(matches!(open_shared(&old_file, &other), Err(ShareError::OtherDataset { .. })));
    // The committed fuzz seeds are links, files and saved work made before the correction.
    assert!(std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/seeds/url_state/saved")).unwrap().contains(EARLIER_FINGERPRINTS[0].0));
}

#[test]
fn saved_work_from_before_a_correction_is_read_and_kept_under_todays_fingerprint() {
    let (before, now) = (the_2014_data_before(), the_2014_data());
    // Saved before `family` existed, so only the pair can tell it is the same data.
    let by_fingerprint = DatasetRef { fingerprint: fingerprint(&before), title: "Pejlemærker 2014".into(), family: String::new(), latest: None };
    let saved = Saved {
        format: SAVED_FORMAT.into(),
        dataset: by_fingerprint,
        scenarios: vec![Scenario::named("Budget")],
        active: Some(0),
        compare: vec![None, Some(0)],
    };
    let (read, dropped) = decode_saved(&encode_saved(&saved), &now).expect("reads");
    assert_eq!(dropped, Vec::<String>::new());
    assert_eq!(read.dataset, DatasetRef::of(&now), "saved again under today's key");
    assert_eq!((read.scenarios, read.active, read.compare), (saved.scenarios, saved.active, saved.compare));
    let now_fp = fingerprint(&now);
    assert_eq!(earlier_fingerprints(&now_fp).collect::<Vec<_>>(), vec![fingerprint(&before).as_str()], "where storage looks");
}

#[test]
fn a_year_table_draft_typed_before_a_correction_comes_back() {
    let (before, now) = (the_2014_data_before(), Rc::new(the_2014_data()));
    let draft = YearDraft { dataset: now.clone(), year: 2015, texts: BTreeMap::from([(0, "950".to_string())]) };
    let stored = draft.to_stored(&fingerprint(&before));
    assert_eq!(YearDraft::from_stored(&stored, &now, &fingerprint(&now), 36, 2015), Some(draft));
}

#[test]
fn a_second_correction_keeps_what_was_made_before_the_first() {
    let pairs = [("a", "b"), ("b", "c"), ("x", "y")];
    assert_eq!(earlier_in(&pairs, "c"), vec!["b", "a"], "the latest first, back along the chain");
    assert_eq!(earlier_in(&pairs, "b"), vec!["a"]);
    assert_eq!(earlier_in(&pairs, "a"), Vec::<&str>::new());
    assert_eq!(earlier_in(&[("a", "b"), ("b", "a")], "a"), vec!["b"], "a cycle ends the walk");
    for now in EARLIER_FINGERPRINTS.iter().map(|&(_, now)| now) {
        assert!(earlier_fingerprints(now).all(|f| same_data(f, now)));
    }
}
