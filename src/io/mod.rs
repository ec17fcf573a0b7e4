//! Text in, goal data out (and back): the readers and writers of the file
//! formats. Reading never panics: it returns the value or every problem
//! found, each naming its place.

pub mod json;
pub mod share;

use std::fmt;

/// One thing wrong with an input, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: a JSON path such as `guideposts[0].subgoals[5].baseline.value`
    /// (empty for the document as a whole).
    pub path: String,
    pub kind: ProblemKind,
}

/// What is wrong. `Display` gives the English text (the CLI and logs);
/// `i18n::problem_da` the Danish one (the app).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The text is not JSON at all.
    Syntax { line: usize, column: usize, detail: String },
    /// A required field is absent.
    Missing,
    /// The field has the wrong JSON type; `expected` is e.g. "a number".
    Expected(&'static str),
    /// A string outside the allowed words.
    NotOneOf { found: String, allowed: &'static [&'static str] },
    /// `format` is not `barometer-dataset/1`.
    WrongFormat(String),
    /// An id used twice among siblings.
    DuplicateId(String),
    /// Two measurements in the same year.
    DuplicateYear(i32),
    /// A group with a baseline, status or target of its own.
    GroupWithValues,
    /// Children inside children.
    TooDeep,
    /// A population below zero.
    Negative,
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::Syntax { line, column, detail } => {
                write!(f, "not valid JSON at line {line}, column {column}: {detail}")
            }
            ProblemKind::Missing => write!(f, "required field is missing"),
            ProblemKind::Expected(what) => write!(f, "expected {what}"),
            ProblemKind::NotOneOf { found, allowed } => {
                write!(f, "\"{found}\" is not one of {}", allowed.join(", "))
            }
            ProblemKind::WrongFormat(found) => write!(
                f,
                "expected \"{}\", found \"{found}\"",
                crate::model::FORMAT
            ),
            ProblemKind::DuplicateId(id) => write!(f, "id \"{id}\" is used twice"),
            ProblemKind::DuplicateYear(y) => write!(f, "two measurements for {y}"),
            ProblemKind::GroupWithValues => write!(
                f,
                "a group (a sub-goal with children) has no baseline, measurements or target of its own"
            ),
            ProblemKind::TooDeep => write!(f, "groups nest one level only"),
            ProblemKind::Negative => write!(f, "expected a number of 0 or more"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.path, self.kind)
        }
    }
}

/// All problems of one input, one per line.
pub fn describe(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(Problem::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}
