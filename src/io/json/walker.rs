//! The walker's tools: an object being read, and a reader for each JSON
//! type that names the path of anything that is not what the format wants.

use serde_json::{Map, Value};

use super::{Problem, ProblemKind};
use super::{MAX_VALUE, WEIGHTING, YEARS};
use crate::model::*;

#[derive(Default)]
pub(super) struct Walker {
    pub(super) problems: Vec<Problem>,
}

/// An object being read: its fields, its path, and which keys were used.
pub(super) struct Obj<'a> {
    pub(super) map: &'a Map<String, Value>,
    pub(super) path: String,
    pub(super) known: &'static [&'static str],
}

impl<'a> Obj<'a> {
    pub(super) fn at(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    pub(super) fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// The fields this reader does not know, kept as they are.
    pub(super) fn extra(&self) -> Map<String, Value> {
        self.map
            .iter()
            .filter(|(k, _)| !self.known.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }
}

impl Walker {
    pub(super) fn problem(&mut self, path: String, kind: ProblemKind) {
        self.problems.push(Problem { path, kind });
    }

    pub(super) fn object<'a>(
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

    pub(super) fn string(&mut self, o: &Obj, key: &str, required: bool) -> Option<String> {
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

    pub(super) fn number(&mut self, o: &Obj, key: &str, required: bool) -> Option<f64> {
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

    pub(super) fn year(&mut self, o: &Obj, key: &str) -> Option<i32> {
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

    pub(super) fn boolean(&mut self, o: &Obj, key: &str) -> Option<bool> {
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
    pub(super) fn word(&mut self, o: &Obj, key: &str, allowed: &'static [&'static str]) -> Option<usize> {
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

    pub(super) fn array<'a>(&mut self, o: &Obj<'a>, key: &str, required: bool) -> &'a [Value] {
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

    pub(super) fn strings(&mut self, o: &Obj, key: &str) -> Vec<String> {
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

    pub(super) fn weighting(&mut self, o: &Obj) -> Option<Weighting> {
        self.word(o, "weighting", WEIGHTING)
            .map(|i| [Weighting::Equal, Weighting::Population][i])
    }
}
