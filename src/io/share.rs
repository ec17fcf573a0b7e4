//! What travels outside the app: the share link (URL fragment), a scenario
//! file, and the blob saved in the browser. Each names the dataset it
//! belongs to, so it is never silently applied to other data.
//!
//! Decoding never panics. A link, file or saved blob that cannot be read at
//! all is a `ShareError` the app shows in Danish; one that reads but holds a
//! value outside `crate::limits` keeps everything else and lists what it left
//! out (`keep_valid`), so one bad value never costs a user their saved work.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::io::json::to_json;
use crate::limits::{year_ok, Limit};
use crate::model::Dataset;
use crate::scenario::Scenario;

/// Fragment prefix of a share link: `#b1=…`.
pub const FRAGMENT_PREFIX: &str = "b1=";
pub const SCENARIO_FORMAT: &str = "barometer-scenario/1";
pub const SAVED_FORMAT: &str = "barometer-saved/1";
/// No decoded link or file may unpack to more than this (a zip bomb is refused).
const MAX_DECODED: usize = 1 << 20;

/// Which dataset something belongs to: a fingerprint of its content, and its
/// title for messages. `family` and `latest` say which data it grows from and
/// how far: the same sub-goals and baselines with statuses up to `latest`, so
/// a link or saved work made before a new year's statuses still opens on the
/// data with them (saying so), while other data refuses it. Links made before
/// they existed carry neither and must match the fingerprint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatasetRef {
    pub fingerprint: String,
    #[serde(default)]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub family: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest: Option<i32>,
}

impl DatasetRef {
    pub fn of(dataset: &Dataset) -> DatasetRef {
        DatasetRef {
            fingerprint: fingerprint(dataset),
            title: dataset.title.clone().unwrap_or_default(),
            family: family(dataset),
            latest: dataset.status_years().last().copied(),
        }
    }
}

/// The same data at another stage: what a link, file or saved work was made
/// on, when it is not the data loaded but grows from the same sub-goals and
/// baselines (a year's statuses added since, or not yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moved {
    pub title: String,
    /// The last status year of the data it was made on, and of the data loaded.
    pub made_on: Option<i32>,
    pub now: Option<i32>,
}

/// What a link or scenario file opens to: the scenario, what of it was
/// outside the limits and left out, and whether it was made on another stage
/// of the same data.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub scenario: Scenario,
    pub dropped: Vec<String>,
    pub moved: Option<Moved>,
}

/// FNV-1a (64 bit) of the guideposts' ids and each sub-goal's address and
/// baseline: what stays when a year's statuses are added, and what a
/// scenario's overrides are written against.
pub fn family(dataset: &Dataset) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |text: &str| {
        for b in text.bytes().chain([0]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for g in &dataset.guideposts {
        eat(&g.id);
        for leaf in g.leaves() {
            eat(&leaf.id);
            eat(&leaf.baseline.map(|b| format!("{}:{}", b.year, b.value)).unwrap_or_default());
        }
    }
    format!("{h:016x}")
}

/// FNV-1a (64 bit) of the dataset's saved JSON: the same data gives the same
/// fingerprint in every browser.
pub fn fingerprint(dataset: &Dataset) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in to_json(dataset).bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Fingerprints the built-in data had before a correction of its words (no
/// number changed): `(before, now)`. What was made on the data before, links
/// and scenario files and the browser's saved work and year-table draft, is
/// made on it now. Without this, correcting a note in a built-in file would
/// orphan every link ever sent. A test holds each pair to its correction.
pub const EARLIER_FINGERPRINTS: &[(&str, &str)] = &[
    // Guidepost 1's note named the options in English ("missing = zero"), 2026-12-07.
    ("d9f56872bf8a8aa8", "8ba5f255d12efa59"), // pejlemaerker-2014.json
    ("12ed5d9c79893c3d", "bff2163894bad78a"), // pejlemaerker-fiktiv-2015-2017.json
];

/// Whether something made on the data with fingerprint `found` belongs to
/// the data with fingerprint `now`: the same, or `now` before one or more
/// corrections (the pairs are followed as a chain).
pub fn same_data(found: &str, now: &str) -> bool {
    found == now || earlier_fingerprints(now).any(|f| f == found)
}

/// The fingerprints the data with fingerprint `now` had before, the latest
/// first: each correction's `before`, back along the chain.
pub fn earlier_fingerprints(now: &str) -> impl Iterator<Item = &'static str> {
    earlier_in(EARLIER_FINGERPRINTS, now).into_iter()
}

/// `earlier_fingerprints` along the chain of any list of `(before, now)` pairs.
pub fn earlier_in(pairs: &[(&'static str, &'static str)], now: &str) -> Vec<&'static str> {
    let mut chain: Vec<&'static str> = Vec::new();
    let mut at = now;
    // One correction back at each step; a cycle in the list ends the walk.
    while let Some(&(before, _)) = pairs.iter().find(|&&(_, after)| after == at) {
        if before == now || chain.contains(&before) {
            break;
        }
        chain.push(before);
        at = before;
    }
    chain
}

/// A scenario tied to its dataset: the content of a link or a scenario file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shared {
    pub format: String,
    pub dataset: DatasetRef,
    pub scenario: Scenario,
}

impl Shared {
    pub fn new(dataset: &Dataset, scenario: &Scenario) -> Shared {
        Shared { format: SCENARIO_FORMAT.into(), dataset: DatasetRef::of(dataset), scenario: scenario.clone() }
    }
}

/// Everything saved in the browser for one dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub format: String,
    pub dataset: DatasetRef,
    /// The user's scenarios (Base is not stored: it always exists).
    pub scenarios: Vec<Scenario>,
    /// Index into `scenarios`, or `None` for Base.
    #[serde(default)]
    pub active: Option<usize>,
    /// Scenarios chosen for the side-by-side table (`None` is Base).
    #[serde(default)]
    pub compare: Vec<Option<usize>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The fragment is not one of our links.
    NotALink,
    /// The text is damaged (cut off, mistyped): base64, compression or JSON.
    Damaged(String),
    /// It is another kind of file, or a later version.
    WrongFormat(String),
    /// It belongs to other data than the loaded dataset.
    OtherDataset { title: String },
    TooLarge,
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::NotALink => write!(f, "not a Barometer link"),
            ShareError::Damaged(why) => write!(f, "damaged: {why}"),
            ShareError::WrongFormat(found) => write!(f, "expected {SCENARIO_FORMAT}, found {found}"),
            ShareError::OtherDataset { title } => write!(f, "belongs to another dataset ({title})"),
            ShareError::TooLarge => write!(f, "larger than {MAX_DECODED} bytes unpacked"),
        }
    }
}

/// The URL fragment (without `#`) that opens `scenario` on `dataset`.
pub fn encode_link(dataset: &Dataset, scenario: &Scenario) -> String {
    let json = serde_json::to_vec(&Shared::new(dataset, scenario)).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 9);
    format!("{FRAGMENT_PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Reads a URL fragment (with or without `#`) made by `encode_link`, for
/// `dataset`: the scenario, and what of it was outside the limits and left out.
pub fn decode_link(fragment: &str, dataset: &Dataset) -> Result<(Scenario, Vec<String>), ShareError> {
    open_link(fragment, dataset).map(|o| (o.scenario, o.dropped))
}

/// `decode_link`, saying also whether the link was made on another stage of the data.
pub fn open_link(fragment: &str, dataset: &Dataset) -> Result<Opened, ShareError> {
    let payload = fragment.trim_start_matches('#').strip_prefix(FRAGMENT_PREFIX).ok_or(ShareError::NotALink)?;
    let packed = URL_SAFE_NO_PAD
        .decode(payload.trim())
        .map_err(|_| ShareError::Damaged("linket er ikke helt: tegn mangler eller er ændret".into()))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_DECODED).map_err(|e| {
        match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
            _ => ShareError::Damaged("den pakkede tekst er ødelagt".into()),
        }
    })?;
    let text = String::from_utf8(json).map_err(|_| ShareError::Damaged("teksten er ikke UTF-8".into()))?;
    open_shared(&text, dataset)
}

/// serde's complaint in Danish, with its place: "ikke gyldig JSON (linje 1, kolonne 2)".
fn json_damage(e: &serde_json::Error) -> ShareError {
    ShareError::Damaged(match e.classify() {
        serde_json::error::Category::Data => format!("felterne passer ikke til formatet (linje {}, kolonne {})", e.line(), e.column()),
        serde_json::error::Category::Eof => "teksten slutter for tidligt".to_string(),
        _ => format!("ikke gyldig JSON (linje {}, kolonne {})", e.line(), e.column()),
    })
}

/// A scenario file's text.
pub fn encode_file(dataset: &Dataset, scenario: &Scenario) -> String {
    serde_json::to_string_pretty(&Shared::new(dataset, scenario)).unwrap_or_default() + "\n"
}

/// Reads a scenario file (or a link's content) for `dataset`: the scenario,
/// and what of it was outside the limits and left out.
pub fn decode_shared(text: &str, dataset: &Dataset) -> Result<(Scenario, Vec<String>), ShareError> {
    open_shared(text, dataset).map(|o| (o.scenario, o.dropped))
}

/// `decode_shared`, saying also whether the file was made on another stage of the data.
pub fn open_shared(text: &str, dataset: &Dataset) -> Result<Opened, ShareError> {
    if text.len() > MAX_DECODED {
        return Err(ShareError::TooLarge);
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| json_damage(&e))?;
    let format = value.get("format").and_then(|f| f.as_str()).unwrap_or("");
    if format != SCENARIO_FORMAT {
        return Err(ShareError::WrongFormat(if format.is_empty() { "no format".into() } else { format.into() }));
    }
    let shared: Shared = serde_json::from_value(value).map_err(|e| json_damage(&e))?;
    let moved = check_dataset(&shared.dataset, dataset)?;
    let (scenario, dropped) = keep_valid(shared.scenario);
    Ok(Opened { scenario, dropped, moved })
}

/// The saved blob's text.
pub fn encode_saved(saved: &Saved) -> String {
    serde_json::to_string(saved).unwrap_or_default()
}

/// Reads a saved blob for `dataset`: the scenarios, with what was outside
/// the limits (or pointed at no scenario) left out and listed.
pub fn decode_saved(text: &str, dataset: &Dataset) -> Result<(Saved, Vec<String>), ShareError> {
    let mut saved: Saved = serde_json::from_str(text).map_err(|e| json_damage(&e))?;
    if saved.format != SAVED_FORMAT {
        return Err(ShareError::WrongFormat(saved.format));
    }
    check_dataset(&saved.dataset, dataset)?;
    // Made on another stage or before a correction, it is saved as this data's now.
    saved.dataset = DatasetRef::of(dataset);
    let mut dropped = Vec::new();
    saved.scenarios = std::mem::take(&mut saved.scenarios)
        .into_iter()
        .map(|s| {
            let name = s.name.clone();
            let (s, left_out) = keep_valid(s);
            dropped.extend(left_out.into_iter().map(|what| format!("»{name}«: {what}")));
            s
        })
        .collect();
    let n = saved.scenarios.len();
    if saved.active.is_some_and(|i| i >= n) {
        saved.active = None;
        dropped.push("hvilket scenarie der var aktivt".into());
    }
    let before = saved.compare.len();
    saved.compare.retain(|c| c.is_none_or(|i| i < n));
    if saved.compare.len() < before {
        dropped.push("et scenarie i sammenligningen, der ikke findes".into());
    }
    Ok((saved, dropped))
}

/// `Ok(None)`: made on this data; `Ok(Some)`: on another stage of it.
fn check_dataset(found: &DatasetRef, dataset: &Dataset) -> Result<Option<Moved>, ShareError> {
    if same_data(&found.fingerprint, &fingerprint(dataset)) {
        Ok(None)
    } else if !found.family.is_empty() && found.family == family(dataset) {
        Ok(Some(Moved { title: found.title.clone(), made_on: found.latest, now: dataset.status_years().last().copied() }))
    } else {
        Err(ShareError::OtherDataset { title: found.title.clone() })
    }
}

/// The user's saved work on `from`, carried to `to` when `to` is another
/// stage of the same data (a new year's statuses): the same scenarios, each
/// kept as it was made, now belonging to `to`; one that did not yet know
/// which years were measured when it was made learns it from `from`.
/// `None` for other data.
pub fn carry(saved: &Saved, from: &Dataset, to: &Dataset) -> Option<Saved> {
    if family(from) != family(to) || saved.scenarios.is_empty() {
        return None;
    }
    let made = from.status_years().last().copied();
    let mut carried = Saved { dataset: DatasetRef::of(to), ..saved.clone() };
    for s in carried.scenarios.iter_mut().filter(|s| s.measured_until.is_none()) {
        s.measured_until = made;
    }
    Some(carried)
}

/// The scenario with every value outside `crate::limits` left out — the
/// limits the edit fields and the file readers use too — and, for each, what
/// it was ("1.A status 2014: 10000000000000"), for the user to be told.
pub fn keep_valid(mut s: Scenario) -> (Scenario, Vec<String>) {
    let mut dropped = Vec::new();
    let number = crate::i18n::plain;
    for (address, o) in s.subgoals.iter_mut() {
        o.status.retain(|year, v| {
            let ok = year_ok(*year) && Limit::Value.allows(*v);
            if !ok {
                dropped.push(format!("{address} status {year}: {}", number(*v)));
            }
            ok
        });
        if let Some(v) = o.target_value.filter(|v| !Limit::Value.allows(*v)) {
            o.target_value = None;
            dropped.push(format!("{address} mål: {}", number(v)));
        }
        if let Some(y) = o.target_year.filter(|y| !year_ok(*y)) {
            o.target_year = None;
            dropped.push(format!("{address} målår: {y}"));
        }
        if let Some(p) = o.population.filter(|p| !Limit::Population.allows(*p)) {
            o.population = None;
            dropped.push(format!("{address} population: {}", number(p)));
        }
    }
    if let Some(y) = s.measured_until.filter(|y| !year_ok(*y)) {
        s.measured_until = None;
        dropped.push(format!("sidste målte år: {y}"));
    }
    if let Some(y) = s.method.as_of.filter(|y| !year_ok(*y)) {
        s.method.as_of = None;
        dropped.push(format!("metodens år: {y}"));
    }
    for (id, a) in s.proposals.iter_mut() {
        a.effects.retain(|e| {
            let ok = year_ok(e.year) && Limit::Value.allows(e.change);
            if !ok {
                dropped.push(format!("antaget effekt af {id} på {} {}: {}", e.subgoal, e.year, number(e.change)));
            }
            ok
        });
    }
    s.tidy();
    (s, dropped)
}
