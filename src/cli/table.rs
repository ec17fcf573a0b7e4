//! `barometer status` without `--json`: the source's table, in a terminal.

use crate::i18n;
use crate::method::{evaluate, GuidepostResult, Options, Part, SubgoalResult, SubgoalState};
use crate::model::{Dataset, Guidepost, Subgoal};

const TITLE_WIDTH: usize = 46;

/// The readable table of every guidepost and sub-goal, Danish numbers.
pub fn status(dataset: &Dataset, options: &Options) -> String {
    let report = evaluate(dataset, options);
    let mut out = String::new();
    if let Some(title) = &dataset.title {
        out += &format!("{title}\n");
    }
    out += &format!(
        "Metode: {} · {} · {} · {}{}\n\n",
        i18n::missing(options.missing).to_lowercase(),
        i18n::grouping(options.grouping).to_lowercase(),
        i18n::weighting(options.weighting).to_lowercase(),
        if options.clamp { "begrænset til −5 … +5" } else { "ubegrænset" },
        options.as_of.map(|y| format!(" · status til og med {y}")).unwrap_or_default(),
    );
    out += &row(&["Pejlemærke / delmål", "Baseline", "Status", "Mål", "Score"]);
    out += &format!("{}\n", "─".repeat(TITLE_WIDTH + 4 * 15));
    for (gp, result) in dataset.guideposts.iter().zip(&report.guideposts) {
        out += &guidepost(gp, result);
    }
    out
}

fn guidepost(gp: &Guidepost, r: &GuidepostResult) -> String {
    let published = gp
        .published
        .as_ref()
        .map(|p| format!("  (offentliggjort: {})", i18n::published(p)))
        .unwrap_or_default();
    let mut out = format!(
        "{}. {}\n   Samlet pejlemærkestatus: {}{published}\n",
        gp.id,
        gp.title,
        i18n::reading(r.state, r.score)
    );
    if gp.leaves().any(Subgoal::is_milestone) {
        out += &format!("   Milepæle: {}\n", i18n::milestone_counts(&Dataset::milestone_counts(gp, None)));
    }
    for (where_, f) in r.fallbacks() {
        out += &format!(
            "   Bemærk: {where_} er vægtet efter population, men {}; lige vægt bruges.\n",
            crate::i18n::lacking(&f.lacking)
        );
    }
    for (sg, sr) in gp.subgoals.iter().zip(&r.subgoals) {
        out += &subgoal(sg, sr, "   ");
        for (c, cr) in sg.children.iter().zip(&sr.children) {
            out += &subgoal(c, cr, "      ");
        }
    }
    out + "\n"
}

fn subgoal(sg: &Subgoal, r: &SubgoalResult, indent: &str) -> String {
    let title = truncate(&format!("{indent}{}. {}", sg.id, sg.title), TITLE_WIDTH);
    if sg.is_milestone() {
        let status = sg.milestone_at(None).map(|m| format!("{} ({})", i18n::milestone(m.status), m.year)).unwrap_or_else(|| "–".into());
        return row(&[&title, "", &status, "", ""]) + &format!("{indent}   ↳ tæller ikke: et mål i ord (milepæl), ikke i tal\n");
    }
    let point = |p: Option<crate::model::Point>| {
        p.map(|p| format!("{} ({})", i18n::value(p.value, sg.unit), p.year))
            .unwrap_or_else(|| "–".into())
    };
    let target = sg
        .target
        .map(|t| format!("{} ({})", i18n::target(&t, sg.unit), t.year))
        .unwrap_or_else(|| "–".into());
    let score = match (r.state, r.score) {
        (SubgoalState::Scored, Some(s)) => i18n::score(s),
        (state, _) => i18n::subgoal_state(state).to_string(),
    };
    let status = if sg.is_group() { String::new() } else { point(r.status) };
    let baseline = if sg.is_group() { String::new() } else { point(sg.baseline) };
    let target = if sg.is_group() { String::new() } else { target };
    let mut line = row(&[&title, &baseline, &status, &target, &score]);
    if let Part::Left(reason) = r.part {
        line += &format!("{indent}   ↳ tæller ikke: {}\n", i18n::reason(&reason));
    } else if let Part::Counted { as_zero: true, .. } = r.part {
        line += &format!("{indent}   ↳ tæller som 0 (ingen status)\n");
    }
    line
}

fn row(cells: &[&str]) -> String {
    let mut line = pad(cells[0], TITLE_WIDTH);
    for c in &cells[1..] {
        line += &format!(" {}", pad(c, 14));
    }
    line.trim_end().to_string() + "\n"
}

fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    format!("{s}{}", " ".repeat(width.saturating_sub(n)))
}

fn truncate(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        s.chars().take(width - 1).collect::<String>() + "…"
    }
}
