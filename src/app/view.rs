//! What the screen shows for the active scenario, computed once per change:
//! the data as the scenario sees it, its readings, Base's readings to
//! compare with, and its readings year by year.

use std::rc::Rc;

use crate::i18n;
use crate::method::history::{history, History, YearReading};
use crate::method::{evaluate, GuidepostResult, GuidepostState, Options, Report, SubgoalResult};
use crate::model::{Dataset, Guidepost, Published, PublishedState, Subgoal};
use crate::scenario::{apply, Scenario, SubgoalOverride};

#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub dataset: Rc<Dataset>,
    pub scenario: Scenario,
    pub options: Options,
    /// The dataset with the scenario applied.
    pub applied: Rc<Dataset>,
    pub report: Rc<Report>,
    /// The readings without any scenario (Base).
    pub base: Rc<Report>,
    /// The scenario's readings as of each status year.
    pub history: Rc<History>,
}

impl View {
    pub fn new(dataset: Rc<Dataset>, scenario: Scenario) -> View {
        let options = scenario.options(&dataset);
        let applied = apply(&dataset, &scenario);
        let report = evaluate(&applied, &options);
        let base = if scenario.is_base_like() {
            report.clone()
        } else {
            evaluate(&dataset, &Options::from_spec(&dataset.method))
        };
        let history = history(&applied, &options);
        View { dataset, scenario, options, applied: Rc::new(applied), report: Rc::new(report), base: Rc::new(base), history: Rc::new(history) }
    }

    /// The year the readings are as of: the chosen year (at most the last
    /// status year), or the last status year.
    pub fn shown_year(&self) -> Option<i32> {
        let last = *self.history.years.last()?;
        Some(self.options.as_of.map_or(last, |y| y.min(last)))
    }

    /// The change since the year before in words, with its part from first
    /// measurements: "+0,4 siden 2014, heraf +0,3 fordi 1.D og 1.E er målt første gang".
    pub fn since_words(&self, index: usize) -> Option<String> {
        let (r, before) = self.since(index)?;
        Some(i18n::change_since(r.change?, before, r.change_first_measured, &r.first_measured))
    }

    /// A guidepost's reading in the shown year and the year before it, when
    /// there is one: for "+0,4 siden 2014".
    pub fn since(&self, index: usize) -> Option<(&YearReading, i32)> {
        let year = self.shown_year()?;
        let k = self.history.years.iter().position(|&y| y == year).filter(|&k| k > 0)?;
        Some((&self.history.guideposts.get(index)?.readings[k], self.history.years[k - 1]))
    }

    /// The scenario's version of a sub-goal (absent when the scenario leaves it out).
    pub fn applied_subgoal(&self, guidepost: usize, id: &str) -> Option<&Subgoal> {
        self.applied.guideposts.get(guidepost)?.find_subgoal(id)
    }

    /// A sub-goal's result in the scenario.
    pub fn result(&self, guidepost: usize, id: &str) -> Option<&SubgoalResult> {
        let g = self.report.guideposts.get(guidepost)?;
        g.subgoals
            .iter()
            .find(|s| s.id == id)
            .or_else(|| g.subgoals.iter().flat_map(|s| s.children.iter()).find(|c| c.id == id))
    }

    /// The proposals switched on whose assumed effects touch a sub-goal's year.
    pub fn assumed(&self, address: &str, year: i32) -> Vec<&str> {
        self.scenario
            .proposals
            .iter()
            .filter(|(_, a)| a.on && a.effects.iter().any(|e| e.subgoal == address && e.year == year))
            .map(|(id, _)| id.as_str())
            .collect()
    }

    /// What the scenario changes about a sub-goal.
    pub fn overrides(&self, address: &str) -> Option<&SubgoalOverride> {
        self.scenario.subgoals.get(address)
    }
}

/// Whether the computed reading agrees with the figure the source published.
#[derive(Debug, Clone, PartialEq)]
pub struct PublishedCheck {
    /// The published figure as the source prints it.
    pub text: String,
    pub agrees: bool,
    /// Why they differ, in one sentence: from the method (a weighting that
    /// fell back), the scenario, or the data (the guidepost's note).
    pub reason: Option<String>,
    /// What a user can do about it, where the screen is one to edit on (not
    /// a projected slide): "Indtast populationerne under »Ret 5.A1« …".
    pub remedy: Option<String>,
}

impl View {
    /// The published figure of a guidepost and whether the reading agrees.
    pub fn published(&self, index: usize) -> Option<PublishedCheck> {
        let gp = self.dataset.guideposts.get(index)?;
        let r = self.report.guideposts.get(index)?;
        let p = gp.published.as_ref()?;
        let agrees = agrees_with(p, r);
        // A scenario that moves the reading is the reason, not the method.
        let (reason, remedy) = match (agrees, self.base_if_changed(index)) {
            (true, _) => (None, None),
            (false, Some(b)) => (
                Some(format!(
                    "Scenariet ændrer aflæsningen; dataene alene giver {}{}.",
                    if b.state == GuidepostState::NoData { "ingen aflæsning".to_string() } else { i18n::reading(b.state, b.score) },
                    if agrees_with(p, b) { ", som offentliggjort" } else { "" }
                )),
                None,
            ),
            (false, None) => {
                let (why, what_to_do) = differs_reason(gp, r);
                (Some(why), what_to_do)
            }
        };
        Some(PublishedCheck { text: i18n::published(p), agrees, reason, remedy })
    }

    /// The reading the straight path from baseline to target expects now
    /// (METHOD.md "On track, for a guidepost"), when the guidepost is scored.
    pub fn expected(&self, index: usize) -> Option<f64> {
        self.report.guideposts.get(index)?.expected
    }

    /// The data's reading when the scenario reads this guidepost differently.
    pub fn base_if_changed(&self, index: usize) -> Option<&GuidepostResult> {
        let (r, b) = (self.report.guideposts.get(index)?, self.base.guideposts.get(index)?);
        ((r.state, r.score.map(i18n::score)) != (b.state, b.score.map(i18n::score))).then_some(b)
    }

    /// The slides of presentation mode: the overview, one per guidepost with
    /// a reading (or goals in words), and one closing slide for the rest.
    pub fn slides(&self) -> Vec<Slide> {
        let mut slides = vec![Slide::Overview];
        let mut rest = Vec::new();
        for (i, (gp, r)) in self.dataset.guideposts.iter().zip(&self.report.guideposts).enumerate() {
            let in_words = gp.in_words_only();
            if r.state == GuidepostState::Scored || in_words {
                slides.push(Slide::Guidepost(i));
            } else {
                rest.push(i);
            }
        }
        if !rest.is_empty() {
            slides.push(Slide::Unmeasured(rest));
        }
        slides
    }
}

/// One screen of presentation mode.
#[derive(Debug, Clone, PartialEq)]
pub enum Slide {
    Overview,
    Guidepost(usize),
    /// The guideposts with only baseline measurements or no data, together.
    Unmeasured(Vec<usize>),
}

/// Whether a reading is the published figure, as the source prints both.
fn agrees_with(p: &Published, r: &GuidepostResult) -> bool {
    match p {
        Published::Score(v) => r.state == GuidepostState::Scored && r.score.map(i18n::score) == Some(i18n::score(*v)),
        Published::State(PublishedState::BaselineOnly) => r.state == GuidepostState::BaselineOnly,
        Published::State(PublishedState::NoData) => r.state == GuidepostState::NoData,
    }
}

/// Why a reading differs from the published figure, in one sentence, and
/// what a user could do about it.
pub fn differs_reason(gp: &Guidepost, r: &GuidepostResult) -> (String, Option<String>) {
    if let Some((place, f)) = r.fallbacks().first() {
        let what = if *place == r.id { format!("Pejlemærke {place}") } else { format!("Gruppen {place}") };
        let enter = f.lacking.first().map(|id| format!("Indtast populationerne under »Ret {}.{id}« for at regne som kilden.", r.id));
        return (format!("{what} skal vægtes efter population, men {}, så der regnes med lige vægt.", i18n::lacking(&f.lacking)), enter);
    }
    match &gp.note {
        Some(note) => (note.clone(), None),
        None => ("Datasættet forklarer ikke forskellen; sammenlign delmålenes tal med kilden.".to_string(), None),
    }
}
