//! Finding one's way in the goal data: a dataset's status years and
//! sub-goals by address, a guidepost's leaves, a sub-goal's groups and
//! milestones. The types themselves are in `model`.

use serde_json::Map;

use super::{Dataset, Guidepost, MethodSpec, Milestone, MilestoneStatus, Proposal, Subgoal, SubgoalKind, FORMAT};

impl Subgoal {
    /// A group's score comes from its children; a leaf has values.
    pub fn is_group(&self) -> bool {
        !self.children.is_empty()
    }

    /// Every leaf at or below this sub-goal: itself, or its children.
    pub fn leaves(&self) -> Box<dyn Iterator<Item = &Subgoal> + '_> {
        if self.is_group() {
            Box::new(self.children.iter().flat_map(Subgoal::leaves))
        } else {
            Box::new(std::iter::once(self))
        }
    }

    /// The same leaves, for changing them (groups nest one level only).
    pub fn leaves_mut(&mut self) -> Vec<&mut Subgoal> {
        if self.is_group() {
            self.children.iter_mut().collect()
        } else {
            vec![self]
        }
    }

    /// A minimal leaf, for tests and builders.
    pub fn leaf(id: &str, title: &str) -> Subgoal {
        Subgoal {
            id: id.to_string(),
            title: title.to_string(),
            unit: None,
            baseline: None,
            measurements: Vec::new(),
            kind: SubgoalKind::Numeric,
            milestones: Vec::new(),
            target: None,
            population: None,
            weighting: None,
            proposed: false,
            proposed_removal: false,
            note: None,
            children: Vec::new(),
            extra: Map::new(),
        }
    }
}

impl Subgoal {
    pub fn is_milestone(&self) -> bool {
        self.kind == SubgoalKind::Milestone
    }

    /// A milestone sub-goal's latest status at or before `as_of` (`None`: the latest).
    pub fn milestone_at(&self, as_of: Option<i32>) -> Option<&Milestone> {
        self.milestones.iter().filter(|m| as_of.is_none_or(|y| m.year <= y)).max_by_key(|m| m.year)
    }
}

impl Dataset {
    /// Every year in which some sub-goal has a status (a measurement or a
    /// milestone's status), in order.
    pub fn status_years(&self) -> std::collections::BTreeSet<i32> {
        self.guideposts
            .iter()
            .flat_map(Guidepost::leaves)
            .flat_map(|l| l.measurements.iter().map(|m| m.year).chain(l.milestones.iter().map(|m| m.year)))
            .collect()
    }

    /// How many leaf sub-goals have a status in `year`, of how many: "31 af 47".
    pub fn measured_in(&self, year: i32) -> (usize, usize) {
        let leaves = || self.guideposts.iter().flat_map(Guidepost::leaves);
        let measured = leaves().filter(|l| l.measurements.iter().any(|m| m.year == year) || l.milestones.iter().any(|m| m.year == year)).count();
        (measured, leaves().count())
    }

    /// An empty dataset of the current format.
    pub fn new() -> Dataset {
        Dataset {
            format: FORMAT.to_string(),
            title: None,
            source: None,
            method: MethodSpec::default(),
            guideposts: Vec::new(),
            proposals: Vec::new(),
            extra: Map::new(),
        }
    }

    /// The proposals that support a guidepost, in the dataset's order.
    pub fn proposals_for<'a>(&'a self, guidepost: &'a str) -> impl Iterator<Item = &'a Proposal> + 'a {
        self.proposals.iter().filter(move |p| p.guideposts.iter().any(|g| g == guidepost))
    }

    /// Every milestone status at `as_of` (`None`: latest) with how many of the
    /// guidepost's milestone sub-goals have it; a milestone with no status yet is not counted.
    pub fn milestone_counts(guidepost: &Guidepost, as_of: Option<i32>) -> Vec<(MilestoneStatus, usize)> {
        let statuses: Vec<MilestoneStatus> = guidepost.leaves().filter_map(|l| l.milestone_at(as_of)).map(|m| m.status).collect();
        MilestoneStatus::ALL.iter().map(|s| (*s, statuses.iter().filter(|x| *x == s).count())).collect()
    }

    /// The sub-goal at an address such as `1.A` or `1.F1`.
    pub fn subgoal(&self, address: &str) -> Option<(&Guidepost, &Subgoal)> {
        let (gp_id, sg_id) = address.split_once('.')?;
        let gp = self.guideposts.iter().find(|g| g.id == gp_id)?;
        let sg = gp.find_subgoal(sg_id)?;
        Some((gp, sg))
    }
}

impl Default for Dataset {
    fn default() -> Self {
        Dataset::new()
    }
}

impl Guidepost {
    /// A guidepost with no sub-goals yet.
    pub fn new(id: &str, title: &str) -> Guidepost {
        Guidepost {
            id: id.to_string(),
            title: title.to_string(),
            target_groups: Vec::new(),
            published: None,
            weighting: None,
            initiatives: Vec::new(),
            note: None,
            subgoals: Vec::new(),
            extra: Map::new(),
        }
    }

    /// A sub-goal by id, at the top level or inside a group.
    pub fn find_subgoal(&self, id: &str) -> Option<&Subgoal> {
        find_in(&self.subgoals, id)
    }

    /// The same, for changing it.
    pub fn find_subgoal_mut(&mut self, id: &str) -> Option<&mut Subgoal> {
        let top = self.subgoals.iter().position(|s| s.id == id);
        match top {
            Some(i) => Some(&mut self.subgoals[i]),
            None => self
                .subgoals
                .iter_mut()
                .flat_map(|s| s.children.iter_mut())
                .find(|c| c.id == id),
        }
    }

    /// Every leaf sub-goal of the guidepost, groups opened.
    pub fn leaves(&self) -> impl Iterator<Item = &Subgoal> {
        self.subgoals.iter().flat_map(Subgoal::leaves)
    }

    /// Every leaf sub-goal of the guidepost, for changing them.
    pub fn leaves_mut(&mut self) -> impl Iterator<Item = &mut Subgoal> {
        self.subgoals.iter_mut().flat_map(Subgoal::leaves_mut)
    }

    /// Whether the guidepost is read in words only: it has sub-goals, and
    /// every one is a milestone (no reading on the −5…+5 scale).
    pub fn in_words_only(&self) -> bool {
        self.leaves().next().is_some() && self.leaves().all(Subgoal::is_milestone)
    }
}

fn find_in<'a>(subgoals: &'a [Subgoal], id: &str) -> Option<&'a Subgoal> {
    subgoals
        .iter()
        .find(|s| s.id == id)
        .or_else(|| subgoals.iter().find_map(|s| find_in(&s.children, id)))
}
