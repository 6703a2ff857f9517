//! Domain errors. Every model function returns these instead of panicking, and each
//! carries a Danish message because it ends up next to a field in the UI.
use super::holidays::{MAX_YEAR, MIN_YEAR};
use rust_decimal::Decimal;
use std::fmt;

/// What went wrong in a calculation, in terms a user of the calculator understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DomainError {
    /// Text that is not a Danish number (see `number::parse_dk`).
    Parse(String),
    /// A value that must be strictly positive (field name in Danish).
    MustBePositive(&'static str),
    /// A value that must not be negative (field name in Danish).
    MustNotBeNegative(&'static str),
    /// A value outside an allowed range (field name, min, max).
    OutOfRange(&'static str, Decimal, Decimal),
    /// A year outside the holiday calendar's `MIN_YEAR` … `MAX_YEAR` (field name). Its own
    /// variant because years are written without a thousands dot (1900, not 1.900).
    YearOutOfRange(&'static str),
    /// Staff-group shares must sum to exactly 100 %.
    SharesNotHundred(Decimal),
    /// At least one staff group (or shift, package, case …) is needed.
    Empty(&'static str),
    /// Absence percentages sum to 100 % or more, so no one is ever at work.
    AbsenceAtLeastHundred,
    /// Holidays, vacation and days off use up the whole annual norm.
    NoAvailableHours,
    /// A reference to something that does not exist (for example a staff group).
    UnknownReference(&'static str),
    /// A choice of a package that has since been removed from the table.
    PackageGone,
    /// A number too large for exact decimal arithmetic.
    Overflow,
}

impl fmt::Display for DomainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DomainError::Parse(msg) => write!(f, "{msg}"),
            DomainError::MustBePositive(field) => write!(f, "{field} skal være større end 0."),
            DomainError::MustNotBeNegative(field) => write!(f, "{field} må ikke være negativ."),
            DomainError::OutOfRange(field, min, max) => write!(
                f,
                "{field} skal ligge mellem {} og {}.",
                crate::model::number::format_dk(*min, 0),
                crate::model::number::format_dk(*max, 0)
            ),
            DomainError::YearOutOfRange(field) => write!(
                f,
                "{field} skal ligge mellem {MIN_YEAR} og {MAX_YEAR}."
            ),
            DomainError::SharesNotHundred(sum) => write!(
                f,
                "Andelene skal give 100 % i alt (nu {} %).",
                crate::model::number::format_dk_trim(*sum, 2)
            ),
            DomainError::Empty(what) => write!(f, "Der skal være mindst én {what}."),
            DomainError::AbsenceAtLeastHundred => {
                write!(f, "Sygdom, kursus og andet fravær skal tilsammen være under 100 %.")
            }
            DomainError::NoAvailableHours => write!(
                f,
                "Ferie, feriefridage og helligdage bruger hele normtiden; der er ingen mulige timer."
            ),
            DomainError::UnknownReference(what) => write!(f, "Ukendt {what}."),
            DomainError::PackageGone => {
                write!(f, "Pakken findes ikke længere. Vælg en anden.")
            }
            DomainError::Overflow => write!(f, "Tallet er for stort til at regne præcist med."),
        }
    }
}

impl std::error::Error for DomainError {}

/// Shorthand for model results.
pub type DResult<T> = Result<T, DomainError>;
