//! The rows of a table read into a dataset: `#` rows (title, source,
//! method, budget proposals), the header's layout, then one sub-goal per
//! row, every problem named by its row and column.

use std::collections::HashMap;

use super::*;
use crate::i18n;

#[derive(Default)]
pub(super) struct Reader {
    pub(super) dataset: Option<Dataset>,
    pub(super) errors: Vec<Problem>,
    pub(super) warnings: Vec<Problem>,
    /// Where each guidepost, sub-goal and child already is, so a file of
    /// hundreds of thousands of rows reads in linear time: "1", "1\0A", "1\0F\0F1".
    seen: HashMap<String, usize>,
    /// The row where each sub-goal id of a guidepost ("1\0A", children
    /// included) first appears, so a second use names both rows.
    first_row: HashMap<String, usize>,
}

impl Reader {
    fn error(&mut self, path: String, kind: ProblemKind) {
        self.errors.push(Problem { path, kind });
    }

    pub(super) fn read(&mut self, rows: &[Vec<Cell>]) {
        if rows.iter().all(|r| r.iter().all(Cell::is_empty)) {
            return self.error(String::new(), ProblemKind::EmptyFile);
        }
        let mut dataset = Dataset::new();
        let mut header_at = None;
        for (i, row) in rows.iter().enumerate() {
            let first = row.first().map(Cell::text).unwrap_or_default();
            if let Some(key) = first.strip_prefix('#') {
                let value = row.get(1).map(Cell::text).unwrap_or_default();
                if matches!(normalise(key.trim()).as_str(), "budgetforslag" | "proposal") {
                    // `#budgetforslag;ID;titel;pejlemærker (1, 5);note`
                    let cell = |n: usize| row.get(n).map(Cell::text).unwrap_or_default().trim().to_string();
                    if !value.trim().is_empty() {
                        dataset.proposals.push(Proposal {
                            id: value.trim().to_string(),
                            title: cell(2),
                            guideposts: cell(3).split(',').map(str::trim).filter(|g| !g.is_empty()).map(str::to_string).collect(),
                            note: Some(cell(4)).filter(|n| !n.is_empty()),
                        });
                    }
                    continue;
                }
                self.metadata(&mut dataset, key.trim(), &value, i + 1);
            } else if row.iter().any(|c| !c.is_empty()) {
                header_at = Some(i);
                break;
            }
        }
        let Some(h) = header_at else {
            return self.error(String::new(), ProblemKind::EmptyFile);
        };
        let Some(layout) = self.layout(&rows[h], h + 1) else { return };
        for (i, row) in rows.iter().enumerate().skip(h + 1) {
            if row.iter().all(Cell::is_empty) {
                continue;
            }
            self.row(&mut dataset, &layout, row, i + 1);
        }
        self.dataset = Some(dataset);
    }

    fn metadata(&mut self, d: &mut Dataset, key: &str, value: &str, row: usize) {
        match normalise(key).as_str() {
            "titel" | "title" => d.title = Some(value.to_string()).filter(|v| !v.is_empty()),
            "kilde" | "source" => d.source = Some(value.to_string()).filter(|v| !v.is_empty()),
            "metode" | "method" => {
                for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                    let (k, v) = part.split_once('=').unwrap_or((part, ""));
                    let m = &mut d.method;
                    match (k.trim(), v.trim()) {
                        ("missing", "exclude") => m.missing = Some(Missing::Exclude),
                        ("missing", "zero") => m.missing = Some(Missing::Zero),
                        ("grouping", "nested") => m.grouping = Some(Grouping::Nested),
                        ("grouping", "flat") => m.grouping = Some(Grouping::Flat),
                        ("weighting", "equal") => m.weighting = Some(Weighting::Equal),
                        ("weighting", "population") => m.weighting = Some(Weighting::Population),
                        ("clamp", "true") => m.clamp = Some(true),
                        ("clamp", "false") => m.clamp = Some(false),
                        _ => self.error(format!("række {row}"), ProblemKind::BadMethod(part.to_string())),
                    }
                }
            }
            _ => {}
        }
    }

    fn layout(&mut self, header: &[Cell], row: usize) -> Option<Layout> {
        let names: Vec<String> = header.iter().map(Cell::text).collect();
        if names.len() == 1 {
            self.error(format!("række {row}"), ProblemKind::OneColumn);
            return None;
        }
        let mut layout = Layout { cols: Vec::new(), status: Vec::new(), names: names.clone() };
        for (i, name) in names.iter().enumerate() {
            let n = normalise(name);
            if let Some((col, ..)) = COLUMNS.iter().find(|(_, da, en)| n == *da || n == *en || n == da.replace(' ', "") ) {
                layout.cols.push((*col, i));
            } else if let Some(year) = n.strip_prefix("status ").and_then(|y| y.trim().parse::<i64>().ok()) {
                match i32::try_from(year).ok().filter(|y| crate::limits::year_ok(*y)) {
                    Some(year) => layout.status.push((year, i)),
                    None => self.error(place(row, name), ProblemKind::Expected("a whole year between 1900 and 2200, such as 2014")),
                }
            } else if matches!(n.as_str(), "målår" | "baselineår" | "baseline aar" | "maal aar") {
                let col = if n.starts_with('m') { Col::TargetYear } else { Col::BaselineYear };
                layout.cols.push((col, i));
            }
        }
        for col in [Col::Guidepost, Col::Subgoal] {
            if layout.at(col).is_none() {
                self.error(format!("række {row}"), ProblemKind::MissingColumn(header_name(col)));
            }
        }
        self.errors.is_empty().then_some(layout)
    }

    fn row(&mut self, d: &mut Dataset, l: &Layout, row: &[Cell], n: usize) {
        // Borrowed, not cloned: a file of 200,000 rows reads each cell once.
        const EMPTY: &Cell = &Cell::Empty;
        let cell = |col: Col| l.at(col).and_then(|i| row.get(i)).unwrap_or(EMPTY);
        let text = |col: Col| {
            let c = cell(col);
            (!c.is_empty()).then(|| c.text())
        };
        let name = |col: Col| l.at(col).map_or("", |i| l.names[i].as_str());

        let Some(gp_cell) = text(Col::Guidepost) else {
            return self.error(place(n, name(Col::Guidepost)), ProblemKind::Missing);
        };
        let (gp_id, gp_title) = split_guidepost(&gp_cell);
        let gi = match self.seen.get(&gp_id) {
            Some(&i) => i,
            None => {
                d.guideposts.push(Guidepost::new(&gp_id, ""));
                self.seen.insert(gp_id.clone(), d.guideposts.len() - 1);
                d.guideposts.len() - 1
            }
        };
        let published = text(Col::Published).and_then(|t| self.published(&t, place(n, name(Col::Published))));
        let gp_weighting = text(Col::GuidepostWeighting).and_then(|t| self.weighting(&t, place(n, name(Col::GuidepostWeighting))));
        let gp = &mut d.guideposts[gi];
        if gp.title.is_empty() {
            gp.title = gp_title;
        }
        gp.published = gp.published.or(published);
        gp.weighting = gp.weighting.or(gp_weighting);
        if gp.initiatives.is_empty() {
            gp.initiatives = text(Col::Initiatives).map(|t| split_list(&t, ',')).unwrap_or_default();
        }
        if gp.target_groups.is_empty() {
            gp.target_groups = text(Col::TargetGroups).map(|t| split_list(&t, '|')).unwrap_or_default();
        }
        if gp.note.is_none() {
            gp.note = text(Col::GuidepostNote);
        }
        let Some(id) = text(Col::Subgoal) else { return }; // a row for the guidepost alone

        let mut sg = Subgoal::leaf(&id, &text(Col::Title).unwrap_or_default());
        sg.note = text(Col::Note);
        sg.proposed = text(Col::Proposed).is_some_and(|t| yes(&t));
        sg.proposed_removal = text(Col::ProposedRemoval).is_some_and(|t| yes(&t));
        sg.weighting = text(Col::Weighting).and_then(|t| self.weighting(&t, place(n, name(Col::Weighting))));
        let mut percent_seen = false;
        let mut number = |this: &mut Self, cell: &Cell, column: &str| -> Option<f64> {
            let v = match cell {
                Cell::Number(v) => Some(*v),
                c if c.is_no_value() => None,
                c => {
                    let t = c.text();
                    percent_seen |= t.ends_with('%');
                    let v = i18n::parse_number(&t);
                    if v.is_none() {
                        this.error(place(n, column), ProblemKind::NotANumber(t));
                    }
                    v
                }
            };
            match v {
                Some(x) if !x.is_finite() || x.abs() > crate::limits::MAX_VALUE => {
                    this.error(place(n, column), ProblemKind::Expected("a number between −10^12 and 10^12"));
                    None
                }
                v => v,
            }
        };
        let year = |this: &mut Self, col: Col| -> Option<i32> {
            let c = cell(col);
            if c.is_no_value() {
                return None;
            }
            let y = match c {
                Cell::Number(v) if v.fract() == 0.0 => Some(*v as i32),
                other => other.text().parse::<i32>().ok(),
            }
            .filter(|y| crate::limits::YEARS.contains(y));
            if y.is_none() {
                this.error(place(n, name(col)), ProblemKind::Expected("a whole year between 1900 and 2200, such as 2014"));
            }
            y
        };
        let baseline_value = number(self, cell(Col::Baseline), name(Col::Baseline));
        let baseline_year = year(self, Col::BaselineYear);
        let given = |col: Col| !cell(col).is_no_value();
        sg.baseline = self.point(baseline_year, baseline_value, given(Col::BaselineYear), n, name(Col::BaselineYear));
        for &(y, i) in &l.status {
            let c = row.get(i).unwrap_or(EMPTY);
            if let Some(m) = milestone(c, y) {
                sg.kind = SubgoalKind::Milestone;
                sg.milestones.push(m);
            } else if let Some(v) = number(self, c, &l.names[i]) {
                sg.measurements.push(Point { year: y, value: v });
            }
        }
        let (kind, target_cell) = match cell(Col::Target) {
            Cell::Text(t) if t.trim().starts_with('<') => (TargetKind::Below, Cell::Text(t.trim()[1..].to_string())),
            Cell::Text(t) if t.trim().starts_with('>') => (TargetKind::Above, Cell::Text(t.trim()[1..].to_string())),
            other => (TargetKind::Value, other.clone()),
        };
        let target_value = number(self, &target_cell, name(Col::Target));
        let target_year = year(self, Col::TargetYear);
        sg.target = self
            .point(target_year, target_value, given(Col::TargetYear), n, name(Col::TargetYear))
            .map(|p| Target { year: p.year, value: p.value, kind });
        sg.population = number(self, cell(Col::Population), name(Col::Population));
        if sg.population.is_some_and(|p| !crate::limits::Limit::Population.allows(p)) {
            self.error(place(n, name(Col::Population)), ProblemKind::Negative);
            sg.population = None;
        }
        sg.unit = match text(Col::Unit).map(|u| normalise(&u)) {
            None => percent_seen.then_some(Unit::Percent),
            Some(u) => match u.as_str() {
                "count" | "antal" => Some(Unit::Count),
                "percent" | "procent" | "%" => Some(Unit::Percent),
                "rate" | "tal" | "andet" => Some(Unit::Rate),
                _ => {
                    self.error(place(n, name(Col::Unit)), ProblemKind::NotOneOf { found: u, allowed: &["antal", "procent", "rate"] });
                    None
                }
            },
        };
        let group = text(Col::Group);
        self.place_subgoal(&mut d.guideposts[gi], sg, group, n, name(Col::Subgoal));
    }

    /// A baseline or target needs both its year and its value (a year that
    /// did not read has been reported already).
    fn point(&mut self, year: Option<i32>, value: Option<f64>, year_given: bool, n: usize, year_column: &str) -> Option<Point> {
        match (year, value) {
            (Some(year), Some(value)) => Some(Point { year, value }),
            (None, Some(_)) if !year_given => {
                self.error(place(n, year_column), ProblemKind::Missing);
                None
            }
            _ => None,
        }
    }

    fn place_subgoal(&mut self, gp: &mut Guidepost, sg: Subgoal, group: Option<String>, n: usize, column: &str) {
        let has_values = sg.baseline.is_some() || !sg.measurements.is_empty() || sg.target.is_some();
        let key = |ids: &[&str]| ids.join("\0");
        match group {
            None => {
                if let Some(existing) = self.seen.get(&key(&[&gp.id, &sg.id])).map(|&i| &mut gp.subgoals[i]) {
                    // The group's own row, after (or before) its children.
                    if existing.is_group() && existing.title.is_empty() && !has_values {
                        existing.title = sg.title;
                        existing.note = sg.note;
                        existing.weighting = sg.weighting;
                        existing.population = sg.population;
                        return;
                    }
                    let first = self.first_row.get(&key(&[&gp.id, &sg.id])).copied().unwrap_or(n);
                    self.error(format!("{} (også række {first})", place(n, column)), ProblemKind::DuplicateId(sg.id));
                    return;
                }
                if let Some(&first) = self.first_row.get(&key(&[&gp.id, &sg.id])) {
                    // A child elsewhere has this id already.
                    self.error(format!("{} (også række {first})", place(n, column)), ProblemKind::DuplicateId(sg.id));
                    return;
                }
                self.first_row.insert(key(&[&gp.id, &sg.id]), n);
                self.seen.insert(key(&[&gp.id, &sg.id]), gp.subgoals.len());
                gp.subgoals.push(sg);
            }
            Some(g) => {
                let gi = match self.seen.get(&key(&[&gp.id, &g])) {
                    Some(&i) => i,
                    None => {
                        if let Some(&first) = self.first_row.get(&key(&[&gp.id, &g])) {
                            // The group's id is a child's elsewhere.
                            self.error(format!("{} (også række {first})", place(n, "gruppe")), ProblemKind::DuplicateId(g));
                            return;
                        }
                        self.first_row.insert(key(&[&gp.id, &g]), n);
                        self.seen.insert(key(&[&gp.id, &g]), gp.subgoals.len());
                        gp.subgoals.push(Subgoal::leaf(&g, ""));
                        gp.subgoals.len() - 1
                    }
                };
                let parent = &mut gp.subgoals[gi];
                if parent.baseline.is_some() || !parent.measurements.is_empty() || parent.target.is_some() {
                    self.error(place(n, "gruppe"), ProblemKind::GroupWithValues);
                    return;
                }
                if let Some(&first) = self.first_row.get(&key(&[&gp.id, &sg.id])) {
                    self.error(format!("{} (også række {first})", place(n, column)), ProblemKind::DuplicateId(sg.id));
                    return;
                }
                self.first_row.insert(key(&[&gp.id, &sg.id]), n);
                self.seen.insert(key(&[&gp.id, &g, &sg.id]), parent.children.len());
                parent.children.push(sg);
            }
        }
    }

    fn published(&mut self, t: &str, at: String) -> Option<Published> {
        let n = normalise(t);
        if n.contains("kun baseline") || n == "baseline_only" {
            return Some(Published::State(PublishedState::BaselineOnly));
        }
        if n == "–" || n == "-" || n == "ingen data" || n == "no_data" {
            return Some(Published::State(PublishedState::NoData));
        }
        match i18n::parse_number(t) {
            Some(v) => Some(Published::Score(v)),
            None => {
                self.error(at, ProblemKind::NotANumber(t.to_string()));
                None
            }
        }
    }

    fn weighting(&mut self, t: &str, at: String) -> Option<Weighting> {
        match normalise(t).as_str() {
            "equal" | "lige" | "lige vægt" => Some(Weighting::Equal),
            "population" | "populationsstørrelse" => Some(Weighting::Population),
            other => {
                self.error(at, ProblemKind::NotOneOf { found: other.to_string(), allowed: &["lige", "population"] });
                None
            }
        }
    }
}
