//! The app's state and its one reducer. Components send `Action`s; nothing
//! else changes the state. Readings are not stored: they are derived from
//! the dataset and the options wherever they are shown.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::Reducible;

use crate::method::Options;
use crate::model::{Dataset, Grouping, Missing, Weighting};

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub dataset: Rc<Dataset>,
    /// The method options in force (the dataset's until the user changes them).
    pub options: Options,
    /// Guideposts whose sub-goals are shown.
    pub expanded: BTreeSet<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetMissing(Missing),
    SetGrouping(Grouping),
    SetWeighting(Weighting),
    SetClamp(bool),
    SetAsOf(Option<i32>),
    /// Back to the options the dataset asks for.
    ResetMethod,
    /// Show or hide a guidepost's sub-goals.
    Toggle(String),
}

impl State {
    pub fn new(dataset: Dataset) -> State {
        State {
            options: Options::from_spec(&dataset.method),
            dataset: Rc::new(dataset),
            expanded: BTreeSet::new(),
        }
    }

    /// The options the dataset itself asks for.
    pub fn dataset_options(&self) -> Options {
        Options::from_spec(&self.dataset.method)
    }

    /// Every year with a baseline or a measurement, oldest first: the
    /// choices for "as of".
    pub fn years(&self) -> Vec<i32> {
        let years: BTreeSet<i32> = self
            .dataset
            .guideposts
            .iter()
            .flat_map(|g| g.leaves())
            .flat_map(|l| l.baseline.iter().chain(&l.measurements).map(|m| m.year))
            .collect();
        years.into_iter().collect()
    }

    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        let o = &mut next.options;
        match action {
            Action::SetMissing(m) => o.missing = m,
            Action::SetGrouping(g) => o.grouping = g,
            Action::SetWeighting(w) => o.weighting = w,
            Action::SetClamp(c) => o.clamp = c,
            Action::SetAsOf(y) => o.as_of = y,
            Action::ResetMethod => next.options = self.dataset_options(),
            Action::Toggle(id) => {
                if !next.expanded.remove(&id) {
                    next.expanded.insert(id);
                }
            }
        }
        next
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
