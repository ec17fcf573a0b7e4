//! The format's shape, field by field (DATASET.md): a dataset, its method,
//! guideposts, sub-goals, points, targets, milestones and proposals.

use serde_json::Value;

use super::walker::{Obj, Walker};
use super::{ProblemKind, GROUPING, KIND, MISSING, PUBLISHED_STATE, TARGET_KIND, UNIT};
use crate::model::*;

impl Walker {
    pub(super) fn dataset(&mut self, v: &Value) -> Option<Dataset> {
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
}
