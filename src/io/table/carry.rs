//! What a file could not carry of the data loaded now, said before loading
//! replaces it: characters that a spreadsheet saving in Windows-1252 (or
//! any 8-bit code page) turned into `?`, found by comparing each text with
//! the same place in the data loaded now; and fields outside DATASET.md's
//! columns, which JSON keeps and CSV and Excel have no column for.

use std::collections::HashMap;

use crate::i18n;
use crate::model::{Dataset, Guidepost, Subgoal};

/// Names shown before "og N flere".
const SHOWN: usize = 5;

/// Each loss in Danish, for the import preview (empty: nothing lost).
/// `table`: the file is CSV, Excel or a paste (which cannot carry extra fields).
pub fn lost(current: &Dataset, read: &Dataset, table: bool) -> Vec<String> {
    let mut out = Vec::new();
    let now: HashMap<String, String> = texts(current, |t| !t.is_ascii()).into_iter().collect();
    let marked: Vec<String> = texts(read, |t| t.contains('?'))
        .into_iter()
        .filter_map(|(place, text)| {
            let gone = question_marked(now.get(&place)?, &text)?;
            Some(format!("{place} (»{gone}«)"))
        })
        .collect();
    if !marked.is_empty() {
        out.push(format!(
            "Tegn, som filens tegnsæt ikke har, er blevet til »?« i {} {}: {}. Gem filen som »CSV UTF-8« eller som Excel-projektmappe for at beholde dem.",
            marked.len(),
            if marked.len() == 1 { "tekst" } else { "tekster" },
            shortened(&marked)
        ));
    }
    let extra = extra_fields(current);
    if table && !extra.is_empty() {
        out.push(format!(
            "De nuværende data har felter, som CSV og Excel ikke har kolonner til, og som derfor ikke er i filen: {}. Indlæs en JSON-fil for at beholde dem.",
            shortened(&extra)
        ));
    }
    out
}

/// "a, b, c, d, e og 3 flere".
fn shortened(items: &[String]) -> String {
    if items.len() <= SHOWN {
        return i18n::list(items);
    }
    format!("{} og {} flere", items[..SHOWN].join(", "), items.len() - SHOWN)
}

/// The characters of `before` that `after` has as `?` (the same text
/// otherwise), or `None` when the two differ in any other way.
fn question_marked(before: &str, after: &str) -> Option<String> {
    if before == after || before.chars().count() != after.chars().count() {
        return None;
    }
    let mut gone = String::new();
    for (b, a) in before.chars().zip(after.chars()) {
        match (b, a) {
            _ if a == b => {}
            (_, '?') => {
                if !gone.contains(b) {
                    gone.push(b);
                }
            }
            _ => return None,
        }
    }
    Some(gone)
}

/// The free texts of a dataset that `keep` picks, with the place a person knows each by.
fn texts(d: &Dataset, keep: fn(&str) -> bool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut add = |place: String, text: Option<&String>| {
        if let Some(t) = text.filter(|t| keep(t)) {
            out.push((place, t.clone()));
        }
    };
    add("datasættets titel".into(), d.title.as_ref());
    add("datasættets kilde".into(), d.source.as_ref());
    for g in &d.guideposts {
        add(format!("pejlemærke {} titel", g.id), Some(&g.title));
        add(format!("pejlemærke {} note", g.id), g.note.as_ref());
        for s in g.subgoals.iter().flat_map(|s| std::iter::once(s).chain(&s.children)) {
            add(format!("{}.{} titel", g.id, s.id), Some(&s.title));
            add(format!("{}.{} note", g.id, s.id), s.note.as_ref());
            for m in &s.milestones {
                add(format!("{}.{} milepæl {}", g.id, s.id, m.year), Some(&m.text));
            }
        }
    }
    for p in &d.proposals {
        add(format!("budgetforslag {} titel", p.id), Some(&p.title));
        add(format!("budgetforslag {} note", p.id), p.note.as_ref());
    }
    out
}

/// The fields outside the format, "»colour« i pejlemærke 1".
fn extra_fields(d: &Dataset) -> Vec<String> {
    let named = |keys: &serde_json::Map<String, serde_json::Value>, at: &str| -> Vec<String> {
        keys.keys().map(|k| format!("»{k}« {at}")).collect()
    };
    let mut out = named(&d.extra, "i datasættet");
    for g in &d.guideposts {
        out.extend(named(&g.extra, &format!("i pejlemærke {}", g.id)));
        out.extend(subgoal_extras(g, &named));
    }
    out
}

fn subgoal_extras(g: &Guidepost, named: &dyn Fn(&serde_json::Map<String, serde_json::Value>, &str) -> Vec<String>) -> Vec<String> {
    let all = g.subgoals.iter().flat_map(|s: &Subgoal| std::iter::once(s).chain(&s.children));
    all.flat_map(|s| named(&s.extra, &format!("i {}.{}", g.id, s.id))).collect()
}
