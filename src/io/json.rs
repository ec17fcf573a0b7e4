//! `barometer-dataset/1` JSON: read with every problem named by its JSON
//! path, written with serde.
//!
//! Reading goes through `serde_json::Value` and a small walker instead of
//! `#[derive(Deserialize)]`, because a derive stops at the first problem and
//! speaks serde's words ("invalid type: string, expected f64"); the walker
//! lists them all, in the format's own words, and keeps unknown fields.

use serde_json::{Map, Value};

use super::{Problem, ProblemKind};
use crate::model::*;

/// Reads a dataset, or every problem in it.
pub fn parse_dataset(text: &str) -> Result<Dataset, Vec<Problem>> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![Problem {
            path: String::new(),
            kind: ProblemKind::Syntax {
                line: e.line(),
                column: e.column(),
                detail: syntax_detail(&e),
            },
        }]
    })?;
    let mut walker = Walker::default();
    let dataset = walker.dataset(&value);
    match dataset {
        Some(d) if walker.problems.is_empty() => Ok(d),
        _ => Err(walker.problems),
    }
}

/// Writes a dataset as pretty-printed JSON.
pub fn to_json(dataset: &Dataset) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string_pretty(dataset).unwrap_or_default() + "\n"
}

fn syntax_detail(e: &serde_json::Error) -> String {
    // serde_json appends " at line L column C"; we give those separately.
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// No value in goal data is larger than this (`crate::limits`, shared by every way in).
pub const MAX_VALUE: f64 = crate::limits::MAX_VALUE;
/// The years a dataset may speak of (`crate::limits::YEARS`, as numbers).
pub const YEARS: std::ops::RangeInclusive<f64> = *crate::limits::YEARS.start() as f64..=*crate::limits::YEARS.end() as f64;
const MISSING: &[&str] = &["exclude", "zero"];
const GROUPING: &[&str] = &["nested", "flat"];
const WEIGHTING: &[&str] = &["equal", "population"];
const UNIT: &[&str] = &["count", "percent", "rate"];
const TARGET_KIND: &[&str] = &["value", "below", "above"];
const PUBLISHED_STATE: &[&str] = &["baseline_only", "no_data"];
const KIND: &[&str] = &["numeric", "milestone"];

#[derive(Default)]
struct Walker {
    problems: Vec<Problem>,
}

/// An object being read: its fields, its path, and which keys were used.
struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
    known: &'static [&'static str],
}

impl<'a> Obj<'a> {
    fn at(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// The fields this reader does not know, kept as they are.
    fn extra(&self) -> Map<String, Value> {
        self.map
            .iter()
            .filter(|(k, _)| !self.known.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }
}

impl Walker {
    fn problem(&mut self, path: String, kind: ProblemKind) {
        self.problems.push(Problem { path, kind });
    }

    fn object<'a>(
        &mut self,
        v: &'a Value,
        path: String,
        known: &'static [&'static str],
    ) -> Option<Obj<'a>> {
        match v.as_object() {
            Some(map) => Some(Obj { map, path, known }),
            None => {
                self.problem(path, ProblemKind::Expected("an object"));
                None
            }
        }
    }

    fn string(&mut self, o: &Obj, key: &str, required: bool) -> Option<String> {
        match o.get(key) {
            None => {
                if required {
                    self.problem(o.at(key), ProblemKind::Missing);
                }
                None
            }
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                self.problem(o.at(key), ProblemKind::Expected("a string"));
                None
            }
        }
    }

    fn number(&mut self, o: &Obj, key: &str, required: bool) -> Option<f64> {
        match o.get(key) {
            None => {
                if required {
                    self.problem(o.at(key), ProblemKind::Missing);
                }
                None
            }
            Some(v) => match v.as_f64().filter(|x| x.is_finite()) {
                Some(x) if x.abs() <= MAX_VALUE => Some(x),
                Some(_) => {
                    self.problem(o.at(key), ProblemKind::Expected("a number between −10^12 and 10^12"));
                    None
                }
                None => {
                    self.problem(o.at(key), ProblemKind::Expected("a number"));
                    None
                }
            },
        }
    }

    fn year(&mut self, o: &Obj, key: &str) -> Option<i32> {
        match o.get(key) {
            None => {
                self.problem(o.at(key), ProblemKind::Missing);
                None
            }
            // 2014 or 2014.0; years far from ours are typos (and would overflow arithmetic).
            Some(v) => match v.as_f64().filter(|y| y.fract() == 0.0 && YEARS.contains(y)) {
                Some(y) => Some(y as i32),
                None => {
                    self.problem(o.at(key), ProblemKind::Expected("a whole year between 1900 and 2200, such as 2014"));
                    None
                }
            },
        }
    }

    fn boolean(&mut self, o: &Obj, key: &str) -> Option<bool> {
        match o.get(key) {
            None => None,
            Some(Value::Bool(b)) => Some(*b),
            Some(_) => {
                self.problem(o.at(key), ProblemKind::Expected("true or false"));
                None
            }
        }
    }

    /// A string that must be one of `allowed`; returns its index.
    fn word(&mut self, o: &Obj, key: &str, allowed: &'static [&'static str]) -> Option<usize> {
        let s = match o.get(key) {
            None => return None,
            Some(Value::String(s)) => s,
            Some(_) => {
                self.problem(o.at(key), ProblemKind::Expected("a string"));
                return None;
            }
        };
        let found = allowed.iter().position(|a| a == s);
        if found.is_none() {
            self.problem(
                o.at(key),
                ProblemKind::NotOneOf { found: s.clone(), allowed },
            );
        }
        found
    }

    fn array<'a>(&mut self, o: &Obj<'a>, key: &str, required: bool) -> &'a [Value] {
        match o.get(key) {
            None => {
                if required {
                    self.problem(o.at(key), ProblemKind::Missing);
                }
                &[]
            }
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.problem(o.at(key), ProblemKind::Expected("a list"));
                &[]
            }
        }
    }

    fn strings(&mut self, o: &Obj, key: &str) -> Vec<String> {
        let items = self.array(o, key, false);
        let mut out = Vec::new();
        for (i, v) in items.iter().enumerate() {
            match v.as_str() {
                Some(s) => out.push(s.to_string()),
                None => self.problem(format!("{}[{i}]", o.at(key)), ProblemKind::Expected("a string")),
            }
        }
        out
    }

    fn weighting(&mut self, o: &Obj) -> Option<Weighting> {
        self.word(o, "weighting", WEIGHTING)
            .map(|i| [Weighting::Equal, Weighting::Population][i])
    }

    fn dataset(&mut self, v: &Value) -> Option<Dataset> {
        const KNOWN: &[&str] = &["format", "title", "source", "method", "guideposts", "proposals"];
        let o = self.object(v, String::new(), KNOWN)?;
        if let Some(format) = self.string(&o, "format", true) {
            if format != FORMAT {
                self.problem(o.at("format"), ProblemKind::WrongFormat(format));
            }
        }
        let title = self.string(&o, "title", false);
        let source = self.string(&o, "source", false);
        let method = match o.get("method") {
            Some(m) => self.method(m, o.at("method")),
            None => MethodSpec::default(),
        };
        let items = self.array(&o, "guideposts", false);
        let path = o.at("guideposts");
        let guideposts: Vec<Guidepost> = items
            .iter()
            .enumerate()
            .filter_map(|(i, g)| self.guidepost(g, format!("{path}[{i}]")))
            .collect();
        self.unique_ids(items, &path);
        // The guideposts proposals may name; unknown when a guidepost's id is
        // itself broken or doubled (that problem is reported, not a cascade).
        let ids: Option<Vec<&str>> = o
            .get("guideposts")
            .and_then(Value::as_array)
            .and_then(|a| a.iter().map(|g| g.get("id").and_then(Value::as_str)).collect())
            .filter(|ids: &Vec<&str>| ids.iter().collect::<std::collections::HashSet<_>>().len() == ids.len());
        let proposals = self.proposals(&o, ids.as_deref());
        Some(Dataset {
            format: FORMAT.to_string(),
            title,
            source,
            method,
            guideposts,
            proposals,
            extra: o.extra(),
        })
    }

    /// The budget proposals; each guidepost they name must exist.
    fn proposals(&mut self, o: &Obj, guideposts: Option<&[&str]>) -> Vec<Proposal> {
        let items = self.array(o, "proposals", false);
        let path = o.at("proposals");
        let mut out = Vec::new();
        for (i, v) in items.iter().enumerate() {
            let Some(p) = self.object(v, format!("{path}[{i}]"), &["id", "title", "guideposts", "note"]) else { continue };
            let id = self.string(&p, "id", true);
            let title = self.string(&p, "title", true);
            let supported = self.strings(&p, "guideposts");
            for (j, g) in supported.iter().enumerate() {
                if guideposts.is_some_and(|ids| !ids.contains(&g.as_str())) {
                    self.problem(format!("{}[{j}]", p.at("guideposts")), ProblemKind::UnknownGuidepost(g.clone()));
                }
            }
            let note = self.string(&p, "note", false);
            if let (Some(id), Some(title)) = (id, title) {
                out.push(Proposal { id, title, guideposts: supported, note });
            }
        }
        self.unique_ids(items, &path);
        out
    }

    fn method(&mut self, v: &Value, path: String) -> MethodSpec {
        let Some(o) = self.object(v, path, &[]) else {
            return MethodSpec::default();
        };
        MethodSpec {
            missing: self.word(&o, "missing", MISSING).map(|i| [Missing::Exclude, Missing::Zero][i]),
            grouping: self
                .word(&o, "grouping", GROUPING)
                .map(|i| [Grouping::Nested, Grouping::Flat][i]),
            weighting: self.weighting(&o),
            clamp: self.boolean(&o, "clamp"),
        }
    }

    fn guidepost(&mut self, v: &Value, path: String) -> Option<Guidepost> {
        const KNOWN: &[&str] = &[
            "id", "title", "target_groups", "published", "weighting", "initiatives", "note",
            "subgoals",
        ];
        let o = self.object(v, path, KNOWN)?;
        let id = self.string(&o, "id", true);
        let title = self.string(&o, "title", false).unwrap_or_default();
        let target_groups = self.strings(&o, "target_groups");
        let published = match o.get("published") {
            Some(p) => self.published(p, o.at("published")),
            None => None,
        };
        let weighting = self.weighting(&o);
        let initiatives = self.strings(&o, "initiatives");
        let note = self.string(&o, "note", false);
        let subgoals = self.subgoals(&o, 0);
        Some(Guidepost {
            id: id?,
            title,
            target_groups,
            published,
            weighting,
            initiatives,
            note,
            subgoals,
            extra: o.extra(),
        })
    }

    fn published(&mut self, v: &Value, path: String) -> Option<Published> {
        let o = self.object(v, path, &[])?;
        if o.get("score").is_some() {
            return self.number(&o, "score", true).map(Published::Score);
        }
        if o.get("state").is_none() {
            self.problem(o.path.clone(), ProblemKind::Expected("{\"score\": n} or {\"state\": \"baseline_only\" | \"no_data\"}"));
            return None;
        }
        self.word(&o, "state", PUBLISHED_STATE)
            .map(|i| Published::State([PublishedState::BaselineOnly, PublishedState::NoData][i]))
    }

    /// The `subgoals` (depth 0) or `children` (depth 1) of `o`.
    fn subgoals(&mut self, o: &Obj, depth: usize) -> Vec<Subgoal> {
        let key = if depth == 0 { "subgoals" } else { "children" };
        let items = self.array(o, key, false);
        let path = o.at(key);
        let subgoals: Vec<Subgoal> = items
            .iter()
            .enumerate()
            .filter_map(|(i, s)| self.subgoal(s, format!("{path}[{i}]"), depth))
            .collect();
        self.unique_ids(items, &path);
        if depth == 0 {
            self.unique_addresses(items, &path);
        }
        subgoals
    }

    /// Sub-goal ids are unique within their guidepost, children included
    /// (DATASET.md), so `1.A` names one sub-goal: a child whose id is also a
    /// top-level sub-goal's or another group's child's is reported with
    /// both places. (Siblings are `unique_ids`'s.)
    fn unique_addresses(&mut self, items: &[Value], path: &str) {
        let id = |v: &Value| v.get("id").and_then(Value::as_str).map(str::to_string);
        let mut first: std::collections::HashMap<String, (String, usize)> = std::collections::HashMap::new();
        for (i, item) in items.iter().enumerate() {
            if let Some(id) = id(item) {
                first.entry(id).or_insert((format!("{path}[{i}].id"), usize::MAX));
            }
        }
        for (i, item) in items.iter().enumerate() {
            let children = item.get("children").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
            for (k, child) in children.iter().enumerate() {
                let Some(cid) = id(child) else { continue };
                let here = format!("{path}[{i}].children[{k}].id");
                match first.get(&cid) {
                    // Twice among one group's children: `unique_ids` says so.
                    Some((_, group)) if *group == i => {}
                    Some((there, _)) => self.problem(format!("{here} (også {there})"), ProblemKind::DuplicateId(cid)),
                    None => {
                        first.insert(cid, (here, i));
                    }
                }
            }
        }
    }

    fn subgoal(&mut self, v: &Value, path: String, depth: usize) -> Option<Subgoal> {
        const KNOWN: &[&str] = &[
            "id", "title", "unit", "baseline", "measurements", "target", "population",
            "weighting", "proposed", "proposed_removal", "note", "children", "kind",
        ];
        let o = self.object(v, path, KNOWN)?;
        let id = self.string(&o, "id", true);
        let title = self.string(&o, "title", false).unwrap_or_default();
        let unit = self
            .word(&o, "unit", UNIT)
            .map(|i| [Unit::Count, Unit::Percent, Unit::Rate][i]);
        let kind = match self.word(&o, "kind", KIND) {
            Some(1) => SubgoalKind::Milestone,
            _ => SubgoalKind::Numeric,
        };
        let milestone = kind == SubgoalKind::Milestone;
        if milestone {
            for key in ["baseline", "target", "children"] {
                if o.get(key).is_some() {
                    self.problem(o.at(key), ProblemKind::MilestoneWithNumbers);
                }
            }
        }
        let baseline = o.get("baseline").filter(|_| !milestone).and_then(|b| self.point(b, o.at("baseline")));
        let (measurements, milestones) = if milestone { (Vec::new(), self.milestones(&o)) } else { (self.measurements(&o), Vec::new()) };
        let target = o.get("target").filter(|_| !milestone).and_then(|t| self.target(t, o.at("target")));
        let population = self.number(&o, "population", false);
        if population.is_some_and(|p| p < 0.0) {
            self.problem(o.at("population"), ProblemKind::Negative);
        }
        let weighting = self.weighting(&o);
        let proposed = self.boolean(&o, "proposed").unwrap_or(false);
        let proposed_removal = self.boolean(&o, "proposed_removal").unwrap_or(false);
        let note = self.string(&o, "note", false);
        let children = if o.get("children").is_some() && !milestone {
            if depth > 0 {
                self.problem(o.at("children"), ProblemKind::TooDeep);
                Vec::new()
            } else {
                self.subgoals(&o, depth + 1)
            }
        } else {
            Vec::new()
        };
        if !children.is_empty() {
            for key in ["baseline", "measurements", "target"] {
                let empty_list = o.get(key).and_then(Value::as_array).is_some_and(|a| a.is_empty());
                if o.get(key).is_some() && !empty_list {
                    self.problem(o.at(key), ProblemKind::GroupWithValues);
                }
            }
        }
        Some(Subgoal {
            id: id?,
            title,
            unit,
            baseline,
            measurements,
            kind,
            milestones,
            target,
            population,
            weighting,
            proposed,
            proposed_removal,
            note,
            children,
            extra: o.extra(),
        })
    }

    fn point(&mut self, v: &Value, path: String) -> Option<Point> {
        let o = self.object(v, path, &[])?;
        let year = self.year(&o, "year");
        let value = self.number(&o, "value", true);
        Some(Point { year: year?, value: value? })
    }

    fn target(&mut self, v: &Value, path: String) -> Option<Target> {
        let o = self.object(v, path, &[])?;
        let year = self.year(&o, "year");
        let value = self.number(&o, "value", true);
        let kind = self
            .word(&o, "kind", TARGET_KIND)
            .map(|i| [TargetKind::Value, TargetKind::Below, TargetKind::Above][i])
            .unwrap_or_default();
        Some(Target { year: year?, value: value?, kind })
    }

    fn measurements(&mut self, o: &Obj) -> Vec<Point> {
        let items = self.array(o, "measurements", false);
        let path = o.at("measurements");
        let mut out: Vec<Point> = Vec::new();
        for (i, m) in items.iter().enumerate() {
            let here = format!("{path}[{i}]");
            if let Some(p) = self.point(m, here.clone()) {
                if out.iter().any(|q| q.year == p.year) {
                    self.problem(format!("{here}.year"), ProblemKind::DuplicateYear(p.year));
                } else {
                    out.push(p);
                }
            }
        }
        out
    }

    /// A milestone sub-goal's `measurements`: a status word per year, with a text.
    fn milestones(&mut self, o: &Obj) -> Vec<Milestone> {
        let items = self.array(o, "measurements", false);
        let path = o.at("measurements");
        let mut out: Vec<Milestone> = Vec::new();
        for (i, m) in items.iter().enumerate() {
            let Some(m) = self.object(m, format!("{path}[{i}]"), &["year", "status", "text"]) else { continue };
            let year = self.year(&m, "year");
            if m.get("status").is_none() {
                self.problem(m.at("status"), ProblemKind::Missing);
            }
            let status = self.word(&m, "status", MilestoneStatus::WORDS).map(|i| MilestoneStatus::ALL[i]);
            let text = self.string(&m, "text", false).unwrap_or_default();
            if let (Some(year), Some(status)) = (year, status) {
                if out.iter().any(|q| q.year == year) {
                    self.problem(m.at("year"), ProblemKind::DuplicateYear(year));
                } else {
                    out.push(Milestone { year, status, text });
                }
            }
        }
        out
    }

    /// Ids used twice among `items`, named by their place in the list.
    fn unique_ids(&mut self, items: &[Value], path: &str) {
        let mut seen = std::collections::HashSet::new();
        for (i, item) in items.iter().enumerate() {
            let Some(id) = item.get("id").and_then(Value::as_str) else { continue };
            if !seen.insert(id) {
                self.problem(format!("{path}[{i}].id"), ProblemKind::DuplicateId(id.to_string()));
            }
        }
    }
}
