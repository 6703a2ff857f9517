//! The Overgang page's inputs as typed (raw text, so invalid entries survive), their defaults
//! and parsing them into a `TransitionInput`.
use super::{CaseInput, OldRate, Refill, StartMonth, TransitionInput, MAX_HORIZON, MAX_MONTHS};
use crate::model::error::DomainError;
use crate::model::field::{Column, Field as Input, List, RowField};
use crate::model::form::{all_empty, FieldErrors, FieldWarnings, Reader};
use crate::model::limits;
use crate::model::tariff::PackageId;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One case as typed. Optional fields follow one rule: empty text means "use the default"
/// (c_b → the wage page's timepris; p_b → the scenario's §85 price on the Takster page;
/// r → never refilled, and then T_new is not read; S → the whole horizon).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseForm {
    pub pseudonym: String,
    /// T_old as typed; ignored when `old_rate_package` is set.
    pub old_rate: String,
    /// The id (`PackageForm::id`) of the Takster package whose døgntakst is T_old.
    pub old_rate_package: Option<PackageId>,
    pub move_out: String,
    pub transition_months: String,
    pub hours_transition: String,
    pub cost_per_hour: String,
    pub hours_after: String,
    pub bostotte_price: String,
    pub refill_after: String,
    pub new_rate: String,
    pub stay_months: String,
}

impl Default for CaseForm {
    /// An example move-out at the start month: 2.000 kr./døgn, DOMAIN.md's 6 months with
    /// 8 t/uge from the botilbud (at the wage page's timepris), then 5 t/uge bostøtte at
    /// the scenario's §85 price; the place is refilled after 3 months at 1.800 kr./døgn.
    fn default() -> Self {
        Self {
            pseudonym: "Borger A".into(),
            old_rate: "2.000".into(),
            old_rate_package: None,
            move_out: "0".into(),
            transition_months: "6".into(),
            hours_transition: "8".into(),
            cost_per_hour: String::new(),
            hours_after: "5".into(),
            bostotte_price: String::new(),
            refill_after: "3".into(),
            new_rate: "1.800".into(),
            stay_months: String::new(),
        }
    }
}

/// The page's inputs as typed (raw text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TransitionForm {
    pub start_year: String,
    pub start_month: String,
    pub horizon: String,
    pub cases: Vec<CaseForm>,
}

impl Default for TransitionForm {
    /// Start january 2026 (the wage page's default year), DOMAIN.md's 24-month horizon,
    /// one example case.
    fn default() -> Self {
        Self {
            start_year: "2026".into(),
            start_month: "1".into(),
            horizon: "24".into(),
            cases: vec![CaseForm::default()],
        }
    }
}

/// What a case reads from the Takster page's inputs (not its results, so they are there
/// also while that page has errors elsewhere).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Links<'a> {
    /// The packages' ids in table order: a case's package is resolved to its row.
    pub package_ids: &'a [PackageId],
    /// The scenario's §85 price (`TariffForm::bostoette_price`), the default p_b; `None`
    /// while that field is invalid.
    pub bostoette_price: Option<Decimal>,
}

/// A month count: a whole number 0 … MAX_MONTHS.
fn months(r: &mut Reader, key: RowField, text: &str, label: &'static str) -> u32 {
    u32::try_from(r.integer(key, text, 0, i64::from(MAX_MONTHS), label)).unwrap_or_default()
}

/// Hours per week: 0 … 168.
fn weekly_hours(r: &mut Reader, key: RowField, text: &str, label: &'static str) -> Decimal {
    r.range(key, text, 0, 168, label)
}

/// The "empty = default" rule: `None` for blank text, else the parsed value.
fn optional<T>(text: &str, parse: impl FnOnce() -> T) -> Option<T> {
    (!text.trim().is_empty()).then(parse)
}

impl CaseForm {
    /// A new row: only its pseudonym, so it counts once its required fields are filled
    /// (`Default` is the example case, which would count as it stands).
    pub fn blank(pseudonym: String) -> Self {
        Self {
            pseudonym,
            old_rate: String::new(),
            old_rate_package: None,
            move_out: String::new(),
            transition_months: String::new(),
            hours_transition: String::new(),
            cost_per_hour: String::new(),
            hours_after: String::new(),
            bostotte_price: String::new(),
            refill_after: String::new(),
            new_rate: String::new(),
            stay_months: String::new(),
        }
    }

    /// True while every field a case needs is still empty (a new row nobody has filled
    /// in): such a row is left out of the calculation instead of being an error.
    fn is_blank(&self) -> bool {
        self.old_rate_package.is_none()
            && all_empty([
                &self.old_rate,
                &self.move_out,
                &self.transition_months,
                &self.hours_transition,
                &self.hours_after,
            ])
    }

    fn parse(&self, index: usize, links: Links<'_>, r: &mut Reader) -> CaseInput {
        let (package_ids, scenario_price) = (links.package_ids, links.bostoette_price);
        use Column::*;
        let key = |column: Column| column.at(index);
        let old_rate = match self.old_rate_package {
            Some(id) => match package_ids.iter().position(|&p| p == id) {
                Some(position) => OldRate::Package(position),
                None => {
                    // The package was removed: say so, never take another one's takst.
                    r.fail(key(CasePackage), DomainError::PackageGone);
                    OldRate::Entered(Decimal::ZERO)
                }
            },
            None => OldRate::Entered(r.non_negative(
                key(CaseOldRate),
                &self.old_rate,
                "Den gamle takst",
            )),
        };
        let refill = optional(&self.refill_after, || Refill {
            after_months: months(
                r,
                key(CaseRefillAfter),
                &self.refill_after,
                "Genbesat efter",
            ),
            new_rate: r.non_negative(key(CaseNewRate), &self.new_rate, "Den nye takst"),
        });
        CaseInput {
            pseudonym: self.pseudonym.clone(),
            old_rate,
            move_out: months(r, key(CaseMoveOut), &self.move_out, "Fraflytningsmåneden"),
            transition_months: months(
                r,
                key(CaseTransitionMonths),
                &self.transition_months,
                "Overgangsperioden",
            ),
            hours_transition: weekly_hours(
                r,
                key(CaseHoursTransition),
                &self.hours_transition,
                "Timer pr. uge i overgangen",
            ),
            cost_per_hour: optional(&self.cost_per_hour, || {
                r.non_negative(
                    key(CaseCostPerHour),
                    &self.cost_per_hour,
                    "Botilbuddets timepris",
                )
            }),
            hours_after: weekly_hours(
                r,
                key(CaseHoursAfter),
                &self.hours_after,
                "Timer pr. uge bagefter",
            ),
            bostotte_price: match (optional(&self.bostotte_price, || ()), scenario_price) {
                (Some(()), _) => r.non_negative(
                    key(CaseBostottePrice),
                    &self.bostotte_price,
                    "Bostøttens timepris",
                ),
                (None, Some(price)) => price,
                (None, None) => {
                    r.fail(key(CaseBostottePrice), DomainError::Parse(
                        "§85-prisen på siden Takster er ugyldig. Ret den der, eller skriv sagens egen pris her.".into(),
                    ));
                    Decimal::ZERO
                }
            },
            refill,
            stay_months: optional(&self.stay_months, || {
                months(
                    r,
                    key(CaseStayMonths),
                    &self.stay_months,
                    "Ville ellers være blevet",
                )
            }),
        }
    }
}

impl TransitionForm {
    /// The fields whose values are valid but implausible (see `limits`): takster and hourly
    /// prices far above any botilbud's.
    pub fn warnings(&self) -> FieldWarnings {
        use limits::{DAILY_RATE, HOURLY_PRICE};
        limits::warnings(self.cases.iter().enumerate().flat_map(|(i, c)| {
            [
                (
                    Column::CaseOldRate.at(i).into(),
                    c.old_rate.as_str(),
                    DAILY_RATE,
                ),
                (
                    Column::CaseNewRate.at(i).into(),
                    c.new_rate.as_str(),
                    DAILY_RATE,
                ),
                (
                    Column::CaseCostPerHour.at(i).into(),
                    c.cost_per_hour.as_str(),
                    HOURLY_PRICE,
                ),
                (
                    Column::CaseBostottePrice.at(i).into(),
                    c.bostotte_price.as_str(),
                    HOURLY_PRICE,
                ),
            ]
        }))
    }

    /// Parses every field; errors are keyed by the field's test id. `links` are what the
    /// cases read from the Takster page's inputs.
    pub fn parse(&self, links: Links<'_>) -> Result<TransitionInput, FieldErrors> {
        let mut r = Reader::new();
        let start = StartMonth {
            year: r.year(Input::StartAar, &self.start_year, "Startåret"),
            month: u32::try_from(r.integer(
                Input::StartMaaned,
                &self.start_month,
                1,
                12,
                "Startmåneden",
            ))
            .unwrap_or_default(),
        };
        let horizon = u32::try_from(r.integer(
            Input::Horisont,
            &self.horizon,
            1,
            i64::from(MAX_HORIZON),
            "Horisonten",
        ))
        .unwrap_or_default();
        let cases: Vec<CaseInput> = self
            .cases
            .iter()
            .enumerate()
            .filter(|(_, case)| !case.is_blank())
            .map(|(i, case)| case.parse(i, links, &mut r))
            .collect();
        if cases.is_empty() {
            r.fail(List::Sager, DomainError::Empty("sag"));
        }
        r.finish(TransitionInput {
            start,
            horizon,
            cases,
        })
    }
}
