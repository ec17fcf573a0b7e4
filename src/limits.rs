//! The limits on input that every way in shares (METHOD.md, "Limits on
//! input"): files (JSON, CSV, Excel), paste, share links, saved work and
//! every edit field check against these, and nothing else, so that nothing
//! one of them accepts can be refused by another later — a status the editor
//! takes can always be saved, shared and read back.

use std::ops::RangeInclusive;

/// No value in goal data is larger than this (a typo, or arithmetic that overflows).
pub const MAX_VALUE: f64 = 1e12;
/// The years a dataset may speak of.
pub const YEARS: RangeInclusive<i32> = 1900..=2200;
/// The most characters a number field takes (the year table's fields, and
/// what the browser keeps of them): far more than any number needs.
pub const MAX_FIELD_TEXT: usize = 64;

/// What kind of number a field holds, and so which limit applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Limit {
    /// A baseline, status, target or assumed change: within ±10¹².
    #[default]
    Value,
    /// A population: 0 … 10¹².
    Population,
    /// A year: a whole year 1900 … 2200.
    Year,
}

impl Limit {
    /// Whether `v` is within this limit.
    pub fn allows(self, v: f64) -> bool {
        v.is_finite()
            && match self {
                Limit::Value => v.abs() <= MAX_VALUE,
                Limit::Population => (0.0..=MAX_VALUE).contains(&v),
                Limit::Year => v.fract() == 0.0 && (f64::from(*YEARS.start())..=f64::from(*YEARS.end())).contains(&v),
            }
    }

    /// What the field says when a number is outside the limit.
    pub fn message(self) -> &'static str {
        match self {
            Limit::Value => "Tallet er for stort: brug et tal mellem −1.000.000.000.000 og 1.000.000.000.000",
            Limit::Population => "En population er 0 eller mere (højst 1.000.000.000.000)",
            Limit::Year => "Skriv et helt årstal mellem 1900 og 2200",
        }
    }
}

/// Whether a year is one a dataset may speak of.
pub fn year_ok(year: i32) -> bool {
    YEARS.contains(&year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_limit_takes_its_range_and_nothing_else() {
        assert!(Limit::Value.allows(-1e12) && Limit::Value.allows(1e12) && !Limit::Value.allows(1.0000001e12));
        assert!(!Limit::Value.allows(f64::NAN) && !Limit::Value.allows(f64::INFINITY));
        assert!(Limit::Population.allows(0.0) && !Limit::Population.allows(-1.0) && !Limit::Population.allows(2e12));
        assert!(Limit::Year.allows(1900.0) && Limit::Year.allows(2200.0));
        assert!(!Limit::Year.allows(1899.0) && !Limit::Year.allows(2014.5) && !Limit::Year.allows(-2147483648.0));
        assert!(year_ok(2014) && !year_ok(2_000_000));
    }
}
