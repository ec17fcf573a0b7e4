//! Ids that must be unique: among siblings, and within a guidepost
//! children included, so that an address such as `1.A` names one sub-goal.

use serde_json::Value;

use super::walker::Walker;
use super::ProblemKind;

impl Walker {
    /// Sub-goal ids are unique within their guidepost, children included
    /// (DATASET.md), so `1.A` names one sub-goal: a child whose id is also a
    /// top-level sub-goal's or another group's child's is reported with
    /// both places. (Siblings are `unique_ids`'s.)
    pub(super) fn unique_addresses(&mut self, items: &[Value], path: &str) {
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

    /// Ids used twice among `items`, named by their place in the list.
    pub(super) fn unique_ids(&mut self, items: &[Value], path: &str) {
        let mut seen = std::collections::HashSet::new();
        for (i, item) in items.iter().enumerate() {
            let Some(id) = item.get("id").and_then(Value::as_str) else { continue };
            if !seen.insert(id) {
                self.problem(format!("{path}[{i}].id"), ProblemKind::DuplicateId(id.to_string()));
            }
        }
    }
}
