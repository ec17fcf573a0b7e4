//! What can be wrong with an input, and where: the one problem type that
//! every reader (JSON, CSV, Excel, paste, share links, storage, compass
//! files) reports in. It is plain data at the bottom of the core; the words
//! a person reads are `i18n::problem`'s, one layer up.

/// One thing wrong with an input, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: a JSON path such as `guideposts[0].subgoals[5].baseline.value`
    /// (empty for the document as a whole).
    pub path: String,
    pub kind: ProblemKind,
}

/// What is wrong; `i18n::problem` says it in Danish, with its place.
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
    /// A problem in a compass file, said in Danish.
    Compass(String),
    /// A milestone sub-goal with a baseline, target or children.
    MilestoneWithNumbers,
    /// A reference to a guidepost the dataset does not have.
    UnknownGuidepost(String),
    /// A group with a baseline, status or target of its own.
    GroupWithValues,
    /// Children inside children.
    TooDeep,
    /// A population below zero.
    Negative,
    /// There is nothing in the file.
    EmptyFile,
    /// The header is one column holding separators: the wrong separator.
    OneColumn,
    /// A required column is not in the header.
    MissingColumn(&'static str),
    /// A cell that should be a number.
    NotANumber(String),
    /// The `#metode` row has an unknown setting.
    BadMethod(String),
    /// A JSON file's bytes are not UTF-8.
    NotUtf8,
    /// The bytes are not valid text in the encoding their BOM names.
    NotText(&'static str),
    /// Not an Excel workbook (or a damaged one).
    NotXlsx(String),
    /// Warning: a status measured before the baseline.
    StatusBeforeBaseline { status: i32, baseline: i32 },
    /// Warning: a population-weighted aggregate whose items lack populations.
    NoPopulation,
}
