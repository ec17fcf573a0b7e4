//! The `barometer` command line: the same method as the app, for scripts,
//! checks and people who live in a terminal.
//!
//! `run` takes the arguments and the file reader as inputs and returns the
//! text to print, so it is tested without a process; `src/bin/barometer.rs`
//! only wires it to the real world.

mod compass;
mod history;
mod table;

use serde_json::{json, Value};

use crate::io::Format;
use crate::method::seek::{seek, Seek, SeekError, Unreachable};
use crate::method::{evaluate, Options, Part, SubgoalResult};
use crate::model::{Dataset, Grouping, Missing, Weighting};

pub const USAGE: &str = "\
brug: barometer status FIL [valg] [--json]
      barometer history FIL [valg] [--json]   hvert pejlemærke år for år, med ændringen og dens del fra første målinger
      barometer seek FIL --subgoal ID --score TAL [valg] [--json]
      barometer chart FIL --guidepost N --kind gauge|progress|trend [--subgoal ID] -o UD.svg [valg]
      barometer convert IND -o UD [--readings] [--sheet ARK]   (json, csv, xlsx: formatet ses af endelsen)
      barometer template -o UD.csv|UD.xlsx
      barometer compass FIL [-o UD.csv]   Forandringskompas: ændring pr. kompas, tilbud og dimension

valg (tilsidesætter filens \"method\"):
  --missing exclude|zero        delmål uden status udelades / tæller som 0
  --grouping nested|flat        en gruppe er ét delmål / underdelmål tæller hver for sig
  --weighting equal|population  lige vægt / vægtet efter population
  --no-clamp                    scorer begrænses ikke til −5 … +5
  --as-of ÅR                    brug status til og med dette år";

/// A command-line mistake or unreadable input: one line for stderr, exit code 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliError(pub String);

enum Command {
    Status,
    History,
    Seek { subgoal: String, score: f64 },
    Chart { guidepost: String, kind: ChartKind, subgoal: Option<String>, out: String },
    Convert { out: String, readings: bool, sheet: Option<String> },
    Template { out: String },
    Compass { out: Option<String> },
}

#[derive(Clone, Copy, PartialEq)]
enum ChartKind {
    Gauge,
    Progress,
    Trend,
}

/// What `run` asks the caller to do besides printing.
pub struct Output {
    pub stdout: String,
    /// A file to write: (path, contents).
    pub file: Option<(String, Vec<u8>)>,
}

struct Args {
    command: Command,
    file: String,
    options: OptionArgs,
    json: bool,
}

#[derive(Default)]
struct OptionArgs {
    missing: Option<Missing>,
    grouping: Option<Grouping>,
    weighting: Option<Weighting>,
    no_clamp: bool,
    as_of: Option<i32>,
}

impl OptionArgs {
    /// The file's options, overridden by those given on the command line.
    fn resolve(&self, dataset: &Dataset) -> Options {
        let mut o = Options::from_spec(&dataset.method);
        o.missing = self.missing.unwrap_or(o.missing);
        o.grouping = self.grouping.unwrap_or(o.grouping);
        o.weighting = self.weighting.unwrap_or(o.weighting);
        o.clamp = o.clamp && !self.no_clamp;
        o.as_of = self.as_of;
        o
    }
}

/// Runs one command. `read` reads a file's text (the real file system in the binary).
pub fn run(
    argv: &[String],
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<Output, CliError> {
    let args = parse_args(argv)?;
    if let Command::Template { out } = &args.command {
        let format = format_of(out)?;
        let rows = crate::io::table::template();
        let bytes = match format {
            Format::Csv => crate::io::csv::write(&rows).into_bytes(),
            #[cfg(feature = "xlsx")]
            Format::Xlsx => crate::io::xlsx::write(&rows).map_err(CliError)?,
            _ => return Err(CliError("template: skriv til .csv eller .xlsx".into())),
        };
        return Ok(Output { stdout: String::new(), file: Some((out.clone(), bytes)) });
    }
    let bytes = read(&args.file).map_err(|e| CliError(format!("{}: {e}", args.file)))?;
    if let Command::Compass { out } = &args.command {
        return compass::run(&args.file, &bytes, out.as_deref());
    }
    let sheet = match &args.command {
        Command::Convert { sheet, .. } => sheet.as_deref(),
        _ => None,
    };
    let format = Format::of(&args.file).unwrap_or(Format::Json);
    let import = crate::io::load(format, &bytes, sheet);
    let dataset = import.dataset.filter(|_| import.errors.is_empty()).ok_or_else(|| {
        let problems = &import.errors;
        let more = match problems.len() {
            0 | 1 => String::new(),
            n => format!(" (og {} problemer mere)", n - 1),
        };
        let first = problems.first().map(crate::i18n::problem).unwrap_or_default();
        CliError(format!("{}: {first}{more}", args.file))
    })?;
    let options = args.options.resolve(&dataset);
    let stdout = |s: String| Output { stdout: s, file: None };
    match args.command {
        Command::Status => Ok(stdout(if args.json {
            status_json(&dataset, &options).to_string() + "\n"
        } else {
            table::status(&dataset, &options)
        })),
        Command::History => Ok(stdout(if args.json {
            history::json(&dataset, &options).to_string() + "\n"
        } else {
            history::text(&dataset, &options)
        })),
        Command::Seek { subgoal, score } => seek_command(&dataset, &options, &subgoal, score, args.json).map(stdout),
        Command::Chart { guidepost, kind, subgoal, out } => {
            let svg = chart(&dataset, &options, &guidepost, kind, subgoal.as_deref())?;
            Ok(Output { stdout: String::new(), file: Some((out, svg.into_bytes())) })
        }
        Command::Convert { out, readings, .. } => {
            let bytes = crate::io::save(format_of(&out)?, &dataset, readings).map_err(CliError)?;
            let warnings: String = import.warnings.iter().map(|w| format!("advarsel: {}\n", crate::i18n::problem(w))).collect();
            Ok(Output { stdout: warnings, file: Some((out, bytes)) })
        }
        Command::Template { .. } | Command::Compass { .. } => unreachable!("handled above"),
    }
}

fn parse_args(argv: &[String]) -> Result<Args, CliError> {
    let mut it = argv.iter();
    let command = it.next().ok_or_else(|| CliError(USAGE.lines().next().unwrap_or("").into()))?;
    let mut file = None;
    let mut options = OptionArgs::default();
    let (mut json, mut subgoal, mut score) = (false, None, None);
    let (mut guidepost, mut kind, mut out) = (None, None, None);
    let (mut readings, mut sheet) = (false, None);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| CliError(format!("{name} mangler en værdi")))
        };
        match arg.as_str() {
            "--json" => json = true,
            "--readings" => readings = true,
            "--sheet" => sheet = Some(value(arg)?),
            "--no-clamp" => options.no_clamp = true,
            "--missing" => options.missing = Some(pick(&value(arg)?, arg, &[("exclude", Missing::Exclude), ("zero", Missing::Zero)])?),
            "--grouping" => options.grouping = Some(pick(&value(arg)?, arg, &[("nested", Grouping::Nested), ("flat", Grouping::Flat)])?),
            "--weighting" => options.weighting = Some(pick(&value(arg)?, arg, &[("equal", Weighting::Equal), ("population", Weighting::Population)])?),
            "--as-of" => {
                let v = value(arg)?;
                let year: i32 = v.parse().ok().filter(|y| crate::io::json::YEARS.contains(&f64::from(*y)))
                    .ok_or_else(|| CliError(format!("--as-of: »{v}« er ikke et årstal mellem 1900 og 2200")))?;
                options.as_of = Some(year);
            }
            "--subgoal" => subgoal = Some(value(arg)?),
            "--guidepost" => guidepost = Some(value(arg)?),
            "--kind" => kind = Some(pick(&value(arg)?, arg, &[("gauge", ChartKind::Gauge), ("progress", ChartKind::Progress), ("trend", ChartKind::Trend)])?),
            "-o" | "--output" => out = Some(value(arg)?),
            "--score" => {
                let v = value(arg)?;
                let parsed: f64 = v.replace(',', ".").parse().map_err(|_| CliError(format!("--score: »{v}« er ikke et tal")))?;
                if !parsed.is_finite() {
                    return Err(CliError(format!("--score: »{v}« er ikke et tal")));
                }
                score = Some(parsed);
            }
            other if other.starts_with("--") => return Err(CliError(format!("ukendt valg {other}"))),
            other if file.is_none() => file = Some(other.to_string()),
            other => return Err(CliError(format!("uventet argument »{other}«"))),
        }
    }
    if command == "template" {
        let out = out.ok_or_else(|| CliError("template kræver -o UD.csv eller -o UD.xlsx".into()))?;
        return Ok(Args { command: Command::Template { out }, file: String::new(), options, json });
    }
    let file = file.ok_or_else(|| CliError("mangler en datafil (FIL)".into()))?;
    let command = match command.as_str() {
        "status" => Command::Status,
        "history" => Command::History,
        "seek" => Command::Seek {
            subgoal: subgoal.ok_or_else(|| CliError("seek kræver --subgoal ID, fx --subgoal 1.A".into()))?,
            score: score.ok_or_else(|| CliError("seek kræver --score TAL, fx --score 2.0".into()))?,
        },
        "chart" => Command::Chart {
            guidepost: guidepost.ok_or_else(|| CliError("chart kræver --guidepost N".into()))?,
            kind: kind.ok_or_else(|| CliError("chart kræver --kind gauge, progress eller trend".into()))?,
            subgoal,
            out: out.ok_or_else(|| CliError("chart kræver -o UD.svg".into()))?,
        },
        "convert" => Command::Convert {
            out: out.ok_or_else(|| CliError("convert kræver -o UD (.json, .csv eller .xlsx)".into()))?,
            readings,
            sheet,
        },
        "compass" => Command::Compass { out },
        other => return Err(CliError(format!("ukendt kommando »{other}« (status, history, seek, chart, convert, template eller compass)"))),
    };
    Ok(Args { command, file, options, json })
}

fn pick<T: Copy>(v: &str, name: &str, choices: &[(&str, T)]) -> Result<T, CliError> {
    choices.iter().find(|(k, _)| *k == v).map(|(_, t)| *t).ok_or_else(|| {
        let names: Vec<&str> = choices.iter().map(|(k, _)| *k).collect();
        CliError(format!("{name}: »{v}« er ikke en af {}", names.join(", ")))
    })
}

/// `{"guideposts":[{"id","state","score","subgoals":[…]}]}`, scores unrounded;
/// a scored guidepost also has `"expected"` and `"on_track"`.
pub fn status_json(dataset: &Dataset, options: &Options) -> Value {
    let report = evaluate(dataset, options);
    let guideposts: Vec<Value> = report
        .guideposts
        .iter()
        .map(|g| {
            let mut v = json!({ "id": g.id, "state": g.state.code(), "score": g.score });
            if let (Some(expected), Some(on_track)) = (g.expected, g.on_track()) {
                v["expected"] = json!(expected);
                v["on_track"] = json!(on_track);
            }
            v["subgoals"] = g.subgoals.iter().map(subgoal_json).collect();
            v
        })
        .collect();
    json!({ "guideposts": guideposts })
}

fn subgoal_json(s: &SubgoalResult) -> Value {
    let (counted, weight) = match s.part {
        Part::Counted { share, .. } => (true, Some(share)),
        Part::Left(_) => (false, None),
    };
    let mut v = json!({
        "id": s.id,
        "state": s.state.code(),
        "score": s.score,
        "counted": counted,
        "weight": weight,
    });
    if !s.children.is_empty() {
        v["children"] = s.children.iter().map(subgoal_json).collect();
    }
    v
}

fn seek_command(
    dataset: &Dataset,
    options: &Options,
    address: &str,
    reading: f64,
    json: bool,
) -> Result<String, CliError> {
    let unknown = || CliError(format!("--subgoal: ukendt delmål »{address}« (skriv pejlemærke.delmål, fx 1.A)"));
    let (gp_id, sg_id) = address.split_once('.').ok_or_else(unknown)?;
    let guidepost = dataset.guideposts.iter().find(|g| g.id == gp_id).ok_or_else(unknown)?;
    let answer = seek(guidepost, sg_id, reading, options).map_err(|e| match e {
        SeekError::UnknownSubgoal(_) => unknown(),
        SeekError::IsGroup(_) => CliError(format!(
            "--subgoal: {address} er en gruppe; vælg et af dens underdelmål"
        )),
    })?;
    let unit = guidepost.find_subgoal(sg_id).and_then(|s| s.unit);
    Ok(match (answer, json) {
        (Seek::Value(v), true) => json!({"subgoal": address, "value": v}).to_string() + "\n",
        (Seek::Unreachable(_), true) => json!({"subgoal": address, "reachable": false}).to_string() + "\n",
        (Seek::Value(v), false) => format!(
            "{address} skal have status {} for at pejlemærke {gp_id} viser {}.\n",
            crate::i18n::value(v, unit),
            crate::i18n::score(reading)
        ),
        (Seek::Unreachable(why), false) => format!(
            "{address} kan ikke alene bringe pejlemærke {gp_id} til {}: {}.\n",
            crate::i18n::score(reading),
            match why {
                Unreachable::NotScorable => "delmålet har ikke både baseline og talmål",
                Unreachable::NoEffect => "delmålet påvirker ikke aflæsningen",
                Unreachable::OutOfRange => "det kræver en delmålsscore uden for −5 … +5",
            }
        ),
    })
}

/// The SVG of one chart, drawn by the same code as the app's.
fn chart(dataset: &Dataset, options: &Options, guidepost: &str, kind: ChartKind, subgoal: Option<&str>) -> Result<String, CliError> {
    use crate::charts::{gauge, progress, trend};
    let index = dataset
        .guideposts
        .iter()
        .position(|g| g.id == guidepost)
        .ok_or_else(|| CliError(format!("--guidepost: ukendt pejlemærke »{guidepost}«")))?;
    let gp = &dataset.guideposts[index];
    let result = crate::method::evaluate_guidepost(gp, options);
    Ok(match kind {
        ChartKind::Gauge => gauge::svg(&gauge::Gauge::new(gp, &result)),
        ChartKind::Progress => progress::svg(&progress::Progress::new(gp, &result, options)),
        ChartKind::Trend => {
            let id = subgoal.ok_or_else(|| CliError("--kind trend kræver --subgoal ID, fx --subgoal A".into()))?;
            let id = id.strip_prefix(&format!("{guidepost}.")).unwrap_or(id);
            let sg = gp
                .find_subgoal(id)
                .filter(|s| !s.is_group())
                .ok_or_else(|| CliError(format!("--subgoal: »{id}« er ikke et delmål med tal under pejlemærke {guidepost}")))?;
            trend::svg(&trend::TrendChart::new(&format!("{guidepost}.{id}"), sg, sg, options))
        }
    })
}

fn format_of(path: &str) -> Result<Format, CliError> {
    Format::of(path).ok_or_else(|| CliError(format!("{path}: ukendt filtype (brug .json, .csv eller .xlsx)")))
}
