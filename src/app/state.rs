//! The app's state and its one reducer. Components send `Action`s; nothing
//! else changes the state. Readings are not stored: they are derived from the
//! dataset and the active scenario wherever they are shown.
//!
//! Base cannot be edited: an edit made while Base is active goes into a new
//! scenario. Every edit can be undone; a run of edits to the same value (a
//! slider drag, typing a number) is one step.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::Reducible;

use crate::io::share::{DatasetRef, Moved, Saved, SAVED_FORMAT};
use crate::method::Options;
use crate::model::{Dataset, Grouping, Missing, TargetKind, Weighting};
use crate::scenario::{self, Effect, Scenario, BASE};

mod edit;
mod moved;
mod undo;
use edit::{edit_key, is_undoable};
use moved::{beside_base, carried_notice, moved_on};
pub use undo::Snapshot;

/// At most this many scenarios side by side.
pub const MAX_COMPARE: usize = 4;
const MAX_UNDO: usize = 200;

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub dataset: Rc<Dataset>,
    /// The dataset's fingerprint and title, computed once (saving needs it on every edit).
    pub dataset_ref: DatasetRef,
    pub scenarios: Scenarios,
    /// The guidepost whose detail is open beside the overview (at most one).
    pub expanded: BTreeSet<String>,
    pub undo: Vec<Snapshot>,
    pub redo: Vec<Snapshot>,
    /// What the last edit changed, to fold a drag into one undo step.
    last_edit: Option<String>,
    pub notices: Vec<Notice>,
    /// The slide shown in presentation mode (0 is the overview; see
    /// `View::slides`), if presenting.
    pub presenting: Option<usize>,
    pub theme: Theme,
    /// Showing the print view.
    pub printing: bool,
    /// The dialog for cells pasted from a spreadsheet is open.
    pub pasting: bool,
    /// The table for a new year's statuses is open.
    pub year_table: bool,
    /// Data read from a file or a paste, waiting for the user to confirm it.
    pub pending: Option<Rc<Pending>>,
    /// A file being read, in words (shown with a progress bar).
    pub reading: Option<String>,
    /// A Forandringskompas file and its summary: held in this tab only,
    /// never saved in the browser nor put in a link.
    pub compass: Option<Rc<CompassLoaded>>,
}

/// An import waiting in the preview: what was read, from where, and every
/// problem in Danish (read here, or in the import worker for Excel files).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pending {
    pub name: String,
    /// The data, when nothing blocks it.
    pub dataset: Option<Dataset>,
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
    /// An Excel file's sheets and the one read, for the sheet chooser.
    pub sheets: Vec<String>,
    pub sheet: Option<String>,
    /// The file's bytes, to read another sheet.
    pub bytes: Option<Rc<Vec<u8>>>,
    /// A text file's encoding and separator, as read.
    pub read_as: Option<String>,
    /// A table (CSV, Excel, paste): it cannot carry fields outside the format.
    pub table: bool,
}

/// The presentation mode's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// A key the page listens for, outside text fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// F: present, or stop presenting.
    Present,
    /// Esc (or leaving full screen): stop presenting.
    Leave,
    Next,
    Previous,
    /// T: the other theme.
    Theme,
}

/// The user's work: what undo and redo move between, and what is saved.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scenarios {
    /// The user's scenarios; Base is implicit.
    pub list: Vec<Scenario>,
    /// Index into `list`, `None` for Base.
    pub active: Option<usize>,
    /// Chosen for the side-by-side table (`None` is Base).
    pub compare: Vec<Option<usize>>,
}

/// A message for the user, in Danish.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
    /// Text the user can download (a corrupt saved blob kept aside).
    pub download: Option<(String, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Error,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetMissing(Missing),
    SetGrouping(Grouping),
    SetWeighting(Weighting),
    SetClamp(bool),
    SetAsOf(Option<i32>),
    /// Back to the method the dataset asks for.
    ResetMethod,
    /// A sub-goal's status in a year; `None` removes the override.
    SetStatus { address: String, year: i32, value: Option<f64> },
    SetTarget { address: String, value: Option<f64> },
    SetTargetYear { address: String, year: Option<i32> },
    SetTargetKind { address: String, kind: Option<TargetKind> },
    SetPopulation { address: String, value: Option<f64> },
    SetIncluded { address: String, included: bool },
    ResetSubgoal(String),
    SetProjectToTarget(bool),
    /// Side by side: the active scenario, and a copy of it without this proposal.
    CompareWithout(String),
    /// Count a budget proposal in the scenario, or not.
    SetProposal { id: String, on: bool },
    /// An assumed effect of a proposal: `index` `None` adds one; `effect` `None` removes it.
    SetEffect { id: String, index: Option<usize>, effect: Option<Effect> },
    ResetScenario,
    NewScenario,
    DuplicateScenario,
    RenameScenario(String),
    DeleteScenario,
    /// `None` switches to Base.
    Switch(Option<usize>),
    ToggleCompare(Option<usize>),
    /// A scenario from a link or file: added and made active.
    Import(Scenario),
    /// The scenario just imported was made on another stage of the data
    /// (`what`: "Linket", "»fil.json«"): say so, and put its forecasts that
    /// have since been measured side by side with Base.
    Moved { moved: Moved, what: String },
    Undo,
    Redo,
    /// Open a guidepost's detail (closing any other), or close it.
    Toggle(String),
    /// Open or close the dialog for pasted spreadsheet cells.
    Paste(bool),
    /// Open or close the table for a new year's statuses.
    YearTable(bool),
    /// One year's statuses for many sub-goals at once (`None` removes one): one undo step.
    SetYear { year: i32, values: Vec<(String, Option<f64>)> },
    Notify(Notice),
    DismissNotice(usize),
    /// The edit in progress is finished (its field left, its slider let go):
    /// the next edit of the same field is an undo step of its own.
    EndEdit,
    /// A field's text stopped being a number after it had changed the value:
    /// the edit in progress of that field (the one `0` would be) is taken
    /// back, so the scenarios are as before the typing began.
    Revert(Box<Action>),
    /// An information notice has been read long enough (errors stay until closed).
    ExpireNotice(String),
    /// Present from this slide (`None` stops presenting).
    Present(Option<usize>),
    Key(Key),
    /// Show or leave the print view.
    Print(bool),
    /// Show an import's preview (`None` closes it, changing nothing).
    Stage(Option<Rc<Pending>>),
    /// A file is being read (`None`: no longer).
    Reading(Option<String>),
    /// Replace the data (confirmed import) with its saved scenarios.
    LoadDataset { dataset: Rc<Dataset>, saved: Option<Saved>, notices: Vec<Notice> },
    /// Compass assessments loaded (`None`: removed).
    LoadCompass(Option<Rc<CompassLoaded>>),
    /// The saved scenarios changed in another window (e.g. the laptop while this one presents).
    Sync(Saved),
}

/// A Forandringskompas file as the page holds it: its bytes (read and summed
/// in the import worker, never parsed here), the period, and the summary.
#[derive(Debug, Clone, PartialEq)]
pub struct CompassLoaded {
    pub name: String,
    /// `None`: the built-in fictitious example.
    pub bytes: Option<Rc<Vec<u8>>>,
    pub period: crate::compass::Period,
    pub summary: Rc<crate::compass::Summary>,
}

impl State {
    pub fn new(dataset: Rc<Dataset>) -> State {
        State {
            dataset_ref: DatasetRef::of(&dataset),
            dataset,
            scenarios: Scenarios::default(),
            expanded: BTreeSet::new(),
            undo: Vec::new(),
            redo: Vec::new(),
            last_edit: None,
            notices: Vec::new(),
            presenting: None,
            theme: Theme::default(),
            printing: false,
            pasting: false,
            year_table: false,
            pending: None,
            reading: None,
            compass: None,
        }
    }

    /// Starts from what was saved in the browser.
    pub fn restored(dataset: Rc<Dataset>, saved: Saved) -> State {
        let mut s = State::new(dataset);
        s.scenarios = Scenarios { list: saved.scenarios, active: saved.active, compare: saved.compare };
        s
    }

    /// What to save in the browser.
    pub fn saved(&self) -> Saved {
        Saved {
            format: SAVED_FORMAT.into(),
            dataset: self.dataset_ref.clone(),
            scenarios: self.scenarios.list.clone(),
            active: self.scenarios.active,
            compare: self.scenarios.compare.clone(),
        }
    }

    /// The active scenario (Base is an empty one).
    pub fn active(&self) -> Scenario {
        self.scenario(self.scenarios.active)
    }

    pub fn scenario(&self, index: Option<usize>) -> Scenario {
        index
            .and_then(|i| self.scenarios.list.get(i).cloned())
            .unwrap_or_else(|| Scenario::named(BASE))
    }

    pub fn options(&self) -> Options {
        self.active().options(&self.dataset)
    }

    /// The options the dataset itself asks for.
    pub fn dataset_options(&self) -> Options {
        Options::from_spec(&self.dataset.method)
    }

    /// Every year with a baseline or a measurement, oldest first: the choices for "as of".
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
        let edit_key = edit_key(&action);
        match action {
            Action::Toggle(id) => {
                if !next.expanded.remove(&id) {
                    next.expanded = BTreeSet::from([id]);
                }
                return next;
            }
            Action::Paste(open) => {
                next.pasting = open;
                return next;
            }
            Action::YearTable(open) => {
                next.year_table = open;
                return next;
            }
            Action::Notify(n) => {
                next.notices.retain(|m| m.text != n.text);
                next.notices.push(n);
                next.reading = None;
                return next;
            }
            Action::EndEdit => {
                next.last_edit = None;
                return next;
            }
            Action::Revert(of) => return next.revert(&of),
            Action::ExpireNotice(text) => {
                next.notices.retain(|n| n.kind == NoticeKind::Error || n.text != text);
                return next;
            }
            Action::DismissNotice(i) => {
                if i < next.notices.len() {
                    next.notices.remove(i);
                }
                return next;
            }
            Action::Present(at) => {
                next.presenting = at.map(|i| i.min(self.slide_count() - 1));
                return next;
            }
            Action::Print(on) => {
                next.printing = on;
                return next;
            }
            Action::Stage(pending) => {
                next.pending = pending;
                next.reading = None;
                return next;
            }
            Action::LoadCompass(data) => {
                next.compass = data;
                return next;
            }
            Action::Reading(what) => {
                next.reading = what;
                return next;
            }
            Action::LoadDataset { dataset, saved, mut notices } => {
                // New statuses for the same data: the scenarios come along.
                let saved = saved.or_else(|| {
                    let mut carried = crate::io::share::carry(&self.saved(), &self.dataset, &dataset)?;
                    notices.push(carried_notice(&mut carried, &self.dataset_ref, &dataset));
                    Some(carried)
                });
                let mut fresh = match saved {
                    Some(saved) => State::restored(dataset, saved),
                    None => State::new(dataset),
                };
                fresh.notices = notices;
                fresh.theme = self.theme;
                // The data before can be had back with undo.
                fresh.undo = self.undo.clone();
                fresh.undo.push(self.snapshot());
                if fresh.undo.len() > MAX_UNDO {
                    fresh.undo.remove(0);
                }
                return fresh;
            }
            Action::Key(key) => {
                let last = if self.presenting.is_some() { self.slide_count() - 1 } else { 0 };
                let dialog = self.pending.is_some() || self.year_table || self.pasting;
                match (key, self.presenting) {
                    // F in an open dialog would present behind it.
                    (Key::Present, None) if dialog => {}
                    (Key::Present, None) => next.presenting = Some(0),
                    // Esc closes the import preview (changing nothing), the
                    // paste dialog and the year table (what was typed in them is kept).
                    (Key::Leave, None) => {
                        next.pending = None;
                        next.pasting = false;
                        next.year_table = false;
                    }
                    (Key::Present | Key::Leave, Some(_)) => next.presenting = None,
                    (Key::Next, Some(i)) => next.presenting = Some((i + 1).min(last)),
                    (Key::Previous, Some(i)) => next.presenting = Some(i.saturating_sub(1)),
                    (Key::Theme, Some(_)) => {
                        next.theme = if self.theme == Theme::Light { Theme::Dark } else { Theme::Light }
                    }
                    _ => {}
                }
                return next;
            }
            Action::Moved { moved, what } => {
                let Some(i) = next.scenarios.active.filter(|&i| i < next.scenarios.list.len()) else { return next };
                // Made before scenarios kept the year: the link's data says it.
                let s = &mut next.scenarios.list[i];
                if s.measured_until.is_none() && moved.made_on < moved.now {
                    s.measured_until = moved.made_on;
                }
                let measured = !scenario::hindsight::hindsight(&next.dataset, &next.scenarios.list[i]).is_empty()
                    && beside_base(&mut next.scenarios.compare, i);
                next.notices.push(Notice { kind: NoticeKind::Info, text: moved_on(&what, &moved, measured), download: None });
                return next;
            }
            Action::Sync(saved) => {
                let theirs = Scenarios { list: saved.scenarios, active: saved.active, compare: saved.compare };
                if theirs != next.scenarios {
                    next.scenarios = theirs;
                    next.last_edit = None;
                }
                return next;
            }
            Action::Undo => return next.step(true),
            Action::Redo => return next.step(false),
            Action::Switch(i) => next.scenarios.active = i.filter(|&i| i < next.scenarios.list.len()),
            Action::ToggleCompare(i) => {
                let c = &mut next.scenarios.compare;
                if let Some(at) = c.iter().position(|x| *x == i) {
                    c.remove(at);
                } else if c.len() < MAX_COMPARE {
                    c.push(i);
                }
            }
            other => next.edit(other),
        }
        if next.scenarios != self.scenarios && is_undoable(&edit_key) {
            let same_run = edit_key.is_some() && edit_key == self.last_edit;
            if !same_run {
                // A new step: what was said about the steps before it is past
                // (errors stay until closed), so notices do not pile up.
                next.notices.retain(|n| n.kind == NoticeKind::Error || !self.notices.contains(n));
                next.undo.push(self.snapshot());
                if next.undo.len() > MAX_UNDO {
                    next.undo.remove(0);
                }
            }
            next.redo.clear();
        }
        // A refused edit (nothing changed) neither starts nor ends a run, so
        // the valid edit after it is still a step of its own to undo.
        if next.scenarios != self.scenarios || edit_key.is_none() {
            next.last_edit = edit_key;
        }
        next
    }

    /// How many slides presentation mode has for the active scenario.
    pub fn slide_count(&self) -> usize {
        crate::app::view::View::new(self.dataset.clone(), self.active()).slides().len()
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// The dataset as the active scenario sees it.
pub fn scenario_data(state: &State) -> Dataset {
    scenario::apply(&state.dataset, &state.active())
}
