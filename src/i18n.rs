//! Danish text and Danish numbers: `1.000`, `95,9 %`, `−1,1`.
//!
//! Every word the app and the command line show a committee member about a
//! reading comes from here, so the wording stays the same everywhere.

mod changes;

pub use changes::scenario_changes;

use crate::problem::{Problem, ProblemKind};
use crate::method::{GuidepostState, NoTarget, Part, Reason, SubgoalState};
use crate::model::{Grouping, MilestoneStatus, Missing, Published, PublishedState, Target, TargetKind, Unit, Weighting};

/// The minus sign used in every number shown (U+2212, not a hyphen).
pub const MINUS: char = '−';

/// A number with `decimals` decimals, Danish style: `1.234,5`, `−0,2`.
pub fn number(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return "–".to_string();
    }
    // Round half away from zero, as people do (0,25 → 0,3), after removing
    // binary noise (3,7499999999 is 3,75).
    let scale = 10f64.powi(decimals as i32);
    let clean = (v.abs() * 1e9).round() / 1e9;
    let text = format!("{:.*}", decimals, (clean * scale).round() / scale);
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let is_zero = text.chars().all(|c| c == '0' || c == '.');
    let sign = if v < 0.0 && !is_zero { MINUS.to_string() } else { String::new() };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

/// A measured value in as few decimals (0–2) as it needs: `859`, `95,9`, `896,19`.
pub fn plain(v: f64) -> String {
    number(v, decimals_needed(v, 2, 1e-9))
}

/// A value in an edit field: every decimal it has, up to six (`1,2345`),
/// so a field never shows another number than the one that is calculated
/// with; what `parse_number` reads back as the same value.
pub fn exact(v: f64) -> String {
    number(v, decimals_needed(v, 6, 1e-14))
}

/// The fewest decimals (at most `most`) that give `v` back within `relative` of it.
fn decimals_needed(v: f64, most: usize, relative: f64) -> usize {
    (0..=most)
        .find(|&d| {
            let f = 10f64.powi(d as i32);
            ((v * f).round() / f - v).abs() < relative * v.abs().max(1.0)
        })
        .unwrap_or(most)
}

/// A value with its unit: `1.000`, `95,9 %`.
pub fn value(v: f64, unit: Option<Unit>) -> String {
    match unit {
        Some(Unit::Percent) => format!("{} %", plain(v)),
        _ => plain(v),
    }
}

/// A target as the source writes it: `1.000`, `<1,1 %`.
pub fn target(t: &Target, unit: Option<Unit>) -> String {
    let prefix = match t.kind {
        TargetKind::Value => "",
        TargetKind::Below => "<",
        TargetKind::Above => ">",
    };
    format!("{prefix}{}", value(t.value, unit))
}

/// A score on the −5 … +5 scale, one decimal: `1,6`, `−1,0`.
pub fn score(v: f64) -> String {
    number(v, 1)
}

/// A score with its sign: `+1,6`, `−1,0`, `0,0`.
pub fn signed_score(v: f64) -> String {
    let s = score(v);
    if s.starts_with(MINUS) || s == "0,0" {
        s
    } else {
        format!("+{s}")
    }
}

/// A change between years, and how much of it comes from sub-goals first
/// measured (METHOD.md, "Change since an earlier year"): "+0,4 siden 2014,
/// heraf +0,3 fordi 1.D og 1.E er målt første gang".
pub fn change_since(change: f64, since: i32, first_part: Option<f64>, first_measured: &[String]) -> String {
    let base = format!("{} siden {since}", signed_score(change));
    match first_part {
        Some(part) if !first_measured.is_empty() => format!(
            "{base}, heraf {} fordi {} er målt første gang",
            signed_score(part),
            list(first_measured)
        ),
        _ => base,
    }
}

/// An assumption held against the measurement: "antaget 950 · målt 739
/// (−211)"; for percentages the difference is in percentage points.
pub fn assumed_measured(assumed: f64, measured: f64, unit: Option<Unit>) -> String {
    let d = measured - assumed;
    let sign = if d > 0.0 && plain(d) != "0" { "+" } else { "" };
    let difference = match unit {
        Some(Unit::Percent) => format!("{sign}{} procentpoint", plain(d)),
        _ => format!("{sign}{}", plain(d)),
    };
    format!("antaget {} · målt {} ({difference})", value(assumed, unit), value(measured, unit))
}

/// A guidepost's reading as the source prints it.
pub fn reading(state: GuidepostState, score_value: Option<f64>) -> String {
    match (state, score_value) {
        (GuidepostState::Scored, Some(v)) => score(v),
        (GuidepostState::BaselineOnly, _) => "0 (kun baseline-målinger)".to_string(),
        _ => "–".to_string(),
    }
}

/// The published figure as the source prints it.
pub fn published(p: &Published) -> String {
    match p {
        Published::Score(v) => score(*v),
        Published::State(PublishedState::BaselineOnly) => "0 (kun baseline-målinger)".to_string(),
        Published::State(PublishedState::NoData) => "–".to_string(),
    }
}

pub fn target_kind(k: TargetKind) -> &'static str {
    match k {
        TargetKind::Value => "talmål",
        TargetKind::Below => "under (kun retning)",
        TargetKind::Above => "over (kun retning)",
    }
}

/// Reads a number as a Danish user types it: `1.000`, `95,9`, `95,9 %`,
/// `−1,1`, `1.234,5`; also `896.2` (a point that does not group thousands).
pub fn parse_number(text: &str) -> Option<f64> {
    let t: String = text
        .trim()
        .trim_end_matches('%')
        .trim()
        .replace(MINUS, "-")
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let groups_of_three = |s: &str| {
        let mut parts = s.trim_start_matches(['-', '+']).split('.');
        parts.next().is_some_and(|p| (1..=3).contains(&p.len())) && parts.all(|p| p.len() == 3)
    };
    let normalised = if let Some((int, frac)) = t.split_once(',') {
        if (int.contains('.') && !groups_of_three(int)) || frac.contains(['.', ',']) {
            return None;
        }
        format!("{}.{frac}", int.replace('.', ""))
    } else if t.contains('.') && groups_of_three(&t) {
        t.replace('.', "")
    } else {
        t
    };
    let ok = !normalised.is_empty()
        && normalised.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.'));
    normalised.parse::<f64>().ok().filter(|v| ok && v.is_finite())
}

/// A hint for a number that may be meant the English way: `1,500` reads as
/// 1,5 here (the comma is the decimal sign), but someone used to English
/// spreadsheets may have meant 1.500. Only for a comma followed by exactly
/// three digits, with at most three before it; the number is still taken.
pub fn comma_hint(text: &str) -> Option<String> {
    let t = text.trim().trim_end_matches('%').trim();
    let (int, frac) = t.split_once(',')?;
    let digits = int.trim_start_matches(['-', '+', MINUS]);
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !(all_digits(digits) && digits.len() <= 3 && all_digits(frac) && frac.len() == 3) {
        return None;
    }
    let read = parse_number(text)?;
    let meant = parse_number(&format!("{int}{frac}"))?;
    Some(format!("Læses som {} (komma er decimaltegn). Mente du {}?", plain(read), number(meant, 0)))
}

pub fn guidepost_state(state: GuidepostState) -> &'static str {
    match state {
        GuidepostState::Scored => "beregnet",
        GuidepostState::BaselineOnly => "kun baseline-målinger",
        GuidepostState::NoData => "ingen data",
    }
}

pub fn subgoal_state(state: SubgoalState) -> &'static str {
    match state {
        SubgoalState::Scored => "scoret",
        SubgoalState::NoBaseline => "ingen baseline",
        SubgoalState::NoTarget => "intet talmål",
        SubgoalState::NoStatus => "ingen status",
    }
}

/// A milestone's status in the source's words.
pub fn milestone(status: MilestoneStatus) -> &'static str {
    match status {
        MilestoneStatus::Met => "Målet er nået",
        MilestoneStatus::InProgress => "I gang",
        MilestoneStatus::Postponed => "Udskudt",
        MilestoneStatus::NotMet => "Ikke opfyldt",
        MilestoneStatus::Dropped => "Udgår",
    }
}

/// Counts per status, in the statuses' order: "1 målet er nået · 2 udskudt".
pub fn milestone_counts(counts: &[(MilestoneStatus, usize)]) -> String {
    counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{n} {}", milestone(*s).to_lowercase()))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// How a sub-goal took part in its aggregate, in words.
pub fn part(p: &Part) -> String {
    match p {
        Part::Counted { as_zero: true, share } => {
            format!("tæller som 0 (ingen status), vægt {} %", number(share * 100.0, 0))
        }
        Part::Counted { share, .. } => format!("tæller med, vægt {} %", number(share * 100.0, 0)),
        Part::Left(reason) => format!("tæller ikke: {}", self::reason(reason)),
    }
}

pub fn reason(r: &Reason) -> &'static str {
    match r {
        Reason::NoBaseline => "ingen baseline",
        Reason::NoTarget(NoTarget::Missing) => "intet talmål — sæt et i et scenarie for at score det",
        Reason::NoTarget(NoTarget::DirectionOnly) => {
            "målet angiver kun en retning — sæt et talmål i et scenarie for at score det"
        }
        Reason::NoTarget(NoTarget::EqualsBaseline) => {
            "målet er lig med baseline — sæt et andet mål i et scenarie for at score det"
        }
        Reason::NoStatus => "ingen status endnu, og manglende status udelades",
        Reason::Flattened => "underdelmålene tæller hver for sig (flad gruppering)",
    }
}

/// "2, 3 og 4": a list in Danish.
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} og {last}", rest.join(", ")),
    }
}

/// Why population weighting fell back: who lacks a population, or that they sum to 0.
pub fn lacking(ids: &[String]) -> String {
    match ids.len() {
        0 => "populationerne summer til 0".to_string(),
        1 => format!("{} mangler en population", ids[0]),
        _ => format!("{} mangler en population", ids.join(", ")),
    }
}

pub fn missing(m: Missing) -> &'static str {
    match m {
        Missing::Exclude => "Udelad delmål uden status",
        Missing::Zero => "Tæl delmål uden status som 0",
    }
}

pub fn grouping(g: Grouping) -> &'static str {
    match g {
        Grouping::Nested => "En gruppe tæller som ét delmål",
        Grouping::Flat => "Hvert underdelmål tæller for sig",
    }
}

pub fn weighting(w: Weighting) -> &'static str {
    match w {
        Weighting::Equal => "Lige vægt",
        Weighting::Population => "Vægtet efter populationsstørrelse",
    }
}

/// A loading problem in Danish, with its place.
pub fn problem(p: &Problem) -> String {
    let what = match &p.kind {
        ProblemKind::Syntax { line, column, detail } => {
            format!("ikke gyldig JSON i linje {line}, kolonne {column} ({})", json_syntax(detail))
        }
        ProblemKind::Missing => "feltet mangler".to_string(),
        ProblemKind::Expected(what) => format!("forventede {}", expected(what)),
        ProblemKind::NotOneOf { found, allowed } => {
            format!("»{found}« er ikke en af {}", allowed.join(", "))
        }
        ProblemKind::WrongFormat(found) => {
            format!("forventede »{}«, fandt »{found}«", crate::model::FORMAT)
        }
        ProblemKind::DuplicateId(id) => format!("id »{id}« bruges to gange"),
        ProblemKind::DuplicateYear(y) => format!("to målinger for {y}"),
        ProblemKind::Compass(detail) => detail.clone(),
        ProblemKind::MilestoneWithNumbers => "et milepælsmål har status i ord, ingen baseline, mål eller underdelmål".to_string(),
        ProblemKind::UnknownGuidepost(id) => format!("der er intet pejlemærke »{id}«"),
        ProblemKind::GroupWithValues => {
            "en gruppe (et delmål med underdelmål) har ingen egne værdier".to_string()
        }
        ProblemKind::TooDeep => "grupper kan kun have ét niveau af underdelmål".to_string(),
        ProblemKind::Negative => "forventede et tal på 0 eller mere".to_string(),
        ProblemKind::EmptyFile => "filen er tom".to_string(),
        ProblemKind::OneColumn => {
            "der er kun én kolonne: adskil kolonnerne med semikolon (;) eller komma (,)".to_string()
        }
        ProblemKind::MissingColumn(c) => format!("kolonnen »{c}« mangler i overskriftsrækken"),
        ProblemKind::NotANumber(t) => format!(
            "»{t}« er ikke et tal (skriv fx 1.000 eller 95,9: brug punktum som tusindtalsseparator eller ingen, og komma som decimaltegn)"
        ),
        ProblemKind::NotXlsx(_) => "filen er ikke en Excel-projektmappe (.xlsx), eller den er beskadiget".to_string(),
        ProblemKind::BadMethod(t) => format!("ukendt metodeindstilling »{t}«"),
        ProblemKind::NotUtf8 => "teksten er ikke UTF-8, som en JSON-fil skal være".to_string(),
        ProblemKind::NotText(encoding) => format!("teksten er ikke gyldig {encoding} (filen er beskadiget eller afkortet)"),
        ProblemKind::StatusBeforeBaseline { status, baseline } => {
            format!("en status fra {status} ligger før baselineåret {baseline}")
        }
        ProblemKind::NoPopulation => {
            "skal vægtes efter population, men delmål mangler en population (der bruges lige vægt)".to_string()
        }
    };
    if p.path.is_empty() {
        what
    } else {
        format!("{}: {what}", p.path)
    }
}

/// serde_json's syntax complaints in Danish; any other as a plain Danish
/// sentence, so no English reaches the user.
fn json_syntax(detail: &str) -> &'static str {
    match detail {
        d if d.starts_with("EOF while parsing") => "filen slutter, før JSON-teksten er færdig",
        "expected value" => "her forventedes en værdi",
        "expected `,` or `}`" => "her forventedes , eller }",
        "expected `,` or `]`" => "her forventedes , eller ]",
        "expected `:`" => "her forventedes :",
        "key must be a string" => "et feltnavn skal stå i anførselstegn",
        "trailing comma" => "der er et komma for meget",
        "trailing characters" => "der står mere efter JSON-teksten",
        "control character (\\u0000-\\u001F) found while parsing a string" => "en tekst indeholder et styretegn",
        "invalid escape" => "en ugyldig \\-kode i en tekst",
        "invalid number" | "number out of range" => "et tal, der ikke kan læses",
        "recursion limit exceeded" => "for mange niveauer inden i hinanden",
        _ => "teksten kan ikke læses som JSON her",
    }
}

fn expected(what: &str) -> &str {
    match what {
        "a number" => "et tal",
        "a string" => "en tekst",
        "an object" => "et objekt",
        "a list" => "en liste",
        "true or false" => "true eller false",
        "a whole year between 1900 and 2200, such as 2014" => "et helt årstal mellem 1900 og 2200, fx 2014",
        "a number between −10^12 and 10^12" => "et tal mellem −10^12 og 10^12",
        r#"{"score": n} or {"state": "baseline_only" | "no_data"}"# => r#"{"score": n} eller {"state": "baseline_only" | "no_data"}"#,
        other => other,
    }
}

/// A milestone's status in one or two words, for the overview: "3 nået · 1 udskudt".
pub fn milestone_short(status: MilestoneStatus) -> &'static str {
    match status {
        MilestoneStatus::Met => "nået",
        MilestoneStatus::InProgress => "i gang",
        MilestoneStatus::Postponed => "udskudt",
        MilestoneStatus::NotMet => "ikke opfyldt",
        MilestoneStatus::Dropped => "udgår",
    }
}
