//! Undo and redo: each step holds the scenarios and the data they were on,
//! so that replacing the data (an import, a new year saved as data) is
//! undone too. Edits of one field in a row (a slider dragged, a number
//! typed) are one step, until the field is left; a typed text that stops
//! being a number takes that step back. Going back to other data says so, in one notice in place of
//! what was said about the data left behind.

use std::rc::Rc;

use super::edit::{forked_notice, is_forked_notice};
use super::{Notice, NoticeKind, Scenarios, State};
use crate::io::share::DatasetRef;
use crate::model::Dataset;

/// What undo and redo go back to: the scenarios, and the data they were on
/// (replacing the data, e.g. saving a new year's statuses, is undone too).
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub scenarios: Scenarios,
    pub dataset: Rc<Dataset>,
    pub(super) dataset_ref: DatasetRef,
}

impl State {
    pub(super) fn snapshot(&self) -> Snapshot {
        Snapshot { scenarios: self.scenarios.clone(), dataset: self.dataset.clone(), dataset_ref: self.dataset_ref.clone() }
    }

    /// One step back (undo) or forward again (redo).
    pub(super) fn step(mut self, back: bool) -> State {
        let now = self.snapshot();
        let (from, to) = if back { (&mut self.undo, &mut self.redo) } else { (&mut self.redo, &mut self.undo) };
        if let Some(previous) = from.pop() {
            to.push(now);
            if previous.dataset_ref.fingerprint != self.dataset_ref.fingerprint {
                // What was said about the data being left is past: only its errors stay.
                self.notices.retain(|n| n.kind == NoticeKind::Error);
                self.notices.push(Notice {
                    kind: NoticeKind::Info,
                    text: {
                        let title = previous.dataset.title.clone().unwrap_or_else(|| "uden titel".into());
                        let until = previous.dataset_ref.latest.map(|y| format!(" (status til og med {y})")).unwrap_or_default();
                        if back { format!("Dataene er skiftet tilbage til »{title}«{until}.") } else { format!("Dataene er skiftet til »{title}«{until} igen.") }
                    },
                    download: None,
                });
                self.expanded.retain(|id| previous.dataset.guideposts.iter().any(|g| &g.id == id));
                // As loading data does (`State::new`).
                self.pending = None;
                self.year_table = false;
                self.pasting = false;
                self.presenting = None;
                self.printing = false;
                self.reading = None;
                self.compass = None;
                self.dataset = previous.dataset;
                self.dataset_ref = previous.dataset_ref;
            }
            self.scenarios = previous.scenarios;
        }
        self.forget_forks_gone();
        self.last_edit = None;
        self
    }

    /// Takes back the edit in progress if it is `of`'s field's: the
    /// scenarios as before it began, and no undo step for it (there is
    /// nothing to redo: it never was a value the user meant).
    pub(super) fn revert(mut self, of: &super::Action) -> State {
        let key = super::edit::edit_key(of);
        if key.is_none() || key != self.last_edit {
            return self;
        }
        if self.undo.last().is_some_and(|before| before.dataset_ref.fingerprint == self.dataset_ref.fingerprint) {
            if let Some(before) = self.undo.pop() {
                self.scenarios = before.scenarios;
            }
        }
        self.forget_forks_gone();
        self.last_edit = None;
        self
    }

    /// A notice about a scenario that undo took away goes with it.
    fn forget_forks_gone(&mut self) {
        let current: Vec<String> = self.scenarios.list.iter().map(|s| forked_notice(&s.name)).collect();
        self.notices.retain(|n| !is_forked_notice(&n.text) || current.contains(&n.text));
    }
}
