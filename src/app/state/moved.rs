//! When the data move on (a new year's statuses, or an earlier stage of the
//! same data): what the notices say about the scenarios that come along or
//! a link made on another stage, and putting their measured forecasts side by
//! side with Base.

use super::{Notice, NoticeKind, MAX_COMPARE};
use crate::io::share::{DatasetRef, Moved, Saved};
use crate::model::Dataset;

/// What a link or file made on another stage of the data says when it opens.
pub(super) fn moved_on(what: &str, m: &Moved, forecasts_measured: bool) -> String {
    match (m.made_on, m.now) {
        (Some(then), Some(now)) if then < now => format!(
            "{what} er lavet på dataene, som de var med status til og med {then}; siden er der kommet status til og med {now}. Scenariet er åbnet, som det blev lavet, på de nuværende data{}",
            if forecasts_measured { ": under »Scenarier side om side« står det, det antog, over for det målte." } else { "." }
        ),
        (Some(then), Some(now)) if then > now => format!(
            "{what} er lavet på en nyere udgave af dataene (status til og med {then}) end den indlæste (til og med {now}). Det er åbnet på de indlæste data; indlæs de nyere data for at se det, som det blev lavet."
        ),
        _ => format!("{what} er lavet på en anden udgave af de samme delmål (»{}«), med andre tal. Det er åbnet på de indlæste data.", m.title),
    }
}

/// What carrying the scenarios to new data says; scenarios whose forecasts
/// have now been measured are put side by side with Base, where the
/// assumed values stand against the measured ones.
pub(super) fn carried_notice(carried: &mut Saved, from: &DatasetRef, dataset: &Dataset) -> Notice {
    let measured: Vec<usize> = (0..carried.scenarios.len())
        .filter(|&i| !crate::scenario::hindsight::hindsight(dataset, &carried.scenarios[i]).is_empty())
        .collect();
    let to = match (carried.dataset.latest, from.latest) {
        (Some(now), Some(then)) if now < then => format!("dataene med status til og med {now}"),
        _ => "de nye data".to_string(),
    };
    let n = carried.scenarios.len();
    let mut text = if n == 1 {
        format!("Scenariet »{}« er ført med over på {to}, som det blev lavet.", carried.scenarios[0].name)
    } else {
        format!("De {n} scenarier er ført med over på {to}, som de blev lavet.")
    };
    let (shown, not_shown): (Vec<usize>, Vec<usize>) = measured.into_iter().partition(|&i| beside_base(&mut carried.compare, i));
    let names = |list: &[usize]| crate::i18n::list(&list.iter().map(|&i| format!("»{}«", carried.scenarios[i].name)).collect::<Vec<_>>());
    if !shown.is_empty() {
        text += &format!(" Hvad {} antog, er nu målt: under »Scenarier side om side« står det antagne over for det målte.", names(&shown));
    }
    if !not_shown.is_empty() {
        text += &format!(" Vælg {} under Scenarier → Sammenlign side om side for at se det antagne over for det målte.", names(&not_shown));
    }
    Notice { kind: NoticeKind::Info, text, download: None }
}

/// Puts scenario `i` side by side with Base (Base first when the table was
/// empty), if there is room: whether it is there now.
pub(super) fn beside_base(compare: &mut Vec<Option<usize>>, i: usize) -> bool {
    if compare.contains(&Some(i)) {
        return true;
    }
    if compare.is_empty() {
        compare.push(None);
    }
    if compare.len() < MAX_COMPARE {
        compare.push(Some(i));
        true
    } else {
        false
    }
}
