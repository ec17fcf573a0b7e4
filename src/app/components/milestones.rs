//! Goals tracked in words (milestones, e.g. the 2007 action plan's "Målet er
//! nået", "skubbet et år"): a guidepost's counts per status, and the list of
//! its goals with each one's status and the source's text. They never enter a
//! numeric reading.

use yew::prelude::*;

use crate::i18n;
use crate::model::{Dataset, Guidepost, MilestoneStatus};

#[derive(Properties, PartialEq)]
pub struct MilestonesProps {
    pub guidepost: Guidepost,
    /// Statuses at or before this year (`None`: the latest).
    pub as_of: Option<i32>,
    /// Shown in place of the gauge, in large type.
    #[prop_or_default]
    pub large: bool,
    /// One line for the overview: "3 nået · 1 udskudt".
    #[prop_or_default]
    pub compact: bool,
}

/// "Mål i ord: 1 målet er nået · 2 udskudt", each status with its badge.
#[component]
pub fn MilestoneCounts(props: &MilestonesProps) -> Html {
    let counts = Dataset::milestone_counts(&props.guidepost, props.as_of);
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    if props.compact {
        let words: Vec<String> = counts.iter().filter(|(_, n)| *n > 0).map(|(s, n)| format!("{n} {}", i18n::milestone_short(*s))).collect();
        return html! {
            <span class="milestone-counts compact" data-milestones={props.guidepost.id.clone()}>
                { if words.is_empty() { "ingen status endnu".to_string() } else { words.join(" · ") } }
            </span>
        };
    }
    html! {
        <div class={classes!("milestone-counts", props.large.then_some("large"))} data-milestones={props.guidepost.id.clone()}>
            <span class="milestone-counts-label">{ format!("Mål i ord ({total}):") }</span>
            { for counts.iter().filter(|(_, n)| *n > 0).map(|(s, n)| html! {
                <span class={classes!("milestone-badge", code(*s))}>{ format!("{n} {}", i18n::milestone(*s).to_lowercase()) }</span>
            }) }
        </div>
    }
}

/// Every goal in words, with its status and the source's text.
#[component]
pub fn MilestoneList(props: &MilestonesProps) -> Html {
    let gp = &props.guidepost;
    html! {
        <section class="milestones" aria-label={format!("Mål i ord for {}", gp.id)}>
            <ul class="milestone-list">
                { for gp.leaves().filter(|l| l.is_milestone()).map(|l| {
                    let m = l.milestone_at(props.as_of);
                    html! {
                        <li data-milestone={format!("{}.{}", gp.id, l.id)}>
                            <span class={classes!("milestone-badge", m.map(|m| code(m.status)))}>
                                { m.map_or("ingen status endnu", |m| i18n::milestone(m.status)) }
                            </span>
                            { " " }<strong>{ format!("{}.{}", gp.id, l.id) }</strong>{ " " }{ &l.title }
                            if let Some(m) = m {
                                if !m.text.is_empty() {
                                    <p class="milestone-text">{ format!("{}: {}", m.year, m.text) }</p>
                                }
                            }
                            if let Some(note) = &l.note {
                                <p class="note">{ note }</p>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// The CSS class of a status (colour plus the word itself: never colour alone).
fn code(status: MilestoneStatus) -> &'static str {
    MilestoneStatus::WORDS[MilestoneStatus::ALL.iter().position(|s| *s == status).unwrap_or(0)]
}
