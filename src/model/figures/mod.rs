//! Scenario → every page's figures, with the links between the pages computed once per
//! change, so no page computes what another page shows:
//!
//! 1. the wage form as typed (the shift plan's cost and the reverse calculation use it; the
//!    shift plan never reads the wage page's tillæg, so there is no cycle),
//! 2. Vagtplan: the shift plan with the wage page's staff groups and typed input,
//! 3. Lønbudget: the typed input, with the shift plan's measured tillæg in place of the typed
//!    one when the user chose that (`WageForm::supplement_from_roster`),
//! 4. Takster: the packages with the wage page's timepris, budget and hours (`WageLink`),
//! 5. Overgang: the cases with D and the timepris (wage page) and the packages' døgntakster.
//!
//! `figures(scenario, previous)` computes each page's figures when they are first asked for,
//! and takes them over from `previous` (the same `Rc`) when that page's inputs — its form
//! and the figures of the pages it reads — are unchanged; Overgang recomputes only the cases
//! an edit touched. A keystroke costs the page on screen and the pages it reads from whose
//! inputs changed, nothing else.
//!
//! The tests live in `tests`.
use super::error::{DResult, DomainError};
use super::field::Field;
use super::form::{FieldErrors, FieldWarnings};
use super::number::parse_dk;
use super::roster::{self, RosterForm, RosterInput, RosterResult};
use super::scenario::Scenario;
use super::tariff::{self, PackageId, TariffForm, TariffInput, TariffResult, WageLink};
use super::transition::{
    self, Context, Links, Previous, TransitionForm, TransitionInput, TransitionResult,
};
use super::wage::{self, Requirement, WageForm, WageInput, WageResult};
use rust_decimal::Decimal;
use std::cell::OnceCell;
use std::rc::Rc;

/// What a page can show for its current inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome<T> {
    /// The result (behind an `Rc`: the page keeps it as its last valid result for free).
    Ready(Rc<T>),
    /// This page's own fields have errors; they are shown at the fields.
    Invalid,
    /// A page this one reads from has errors; the Danish text says which and why.
    Waiting(&'static str),
    /// The inputs are valid one by one but cannot be computed together.
    Failed(DomainError),
}

impl<T> Outcome<T> {
    /// The result, if there is one.
    pub fn ready(&self) -> Option<&Rc<T>> {
        match self {
            Outcome::Ready(value) => Some(value),
            _ => None,
        }
    }

    /// Why there is no result, for the "Ikke opdateret" banner; `None` when the page's own
    /// fields are to blame (the banner then says "ret de markerede felter") or all is well.
    pub fn reason(&self) -> Option<String> {
        match self {
            Outcome::Waiting(reason) => Some((*reason).to_string()),
            Outcome::Failed(error) => Some(error.to_string()),
            Outcome::Ready(_) | Outcome::Invalid => None,
        }
    }

    fn from_result(result: DResult<T>) -> Self {
        match result {
            Ok(value) => Outcome::Ready(Rc::new(value)),
            Err(error) => Outcome::Failed(error),
        }
    }
}

/// Page "Lønbudget → timer".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WageFigures {
    /// The form these figures were computed from.
    form: WageForm,
    /// The form parsed as typed (with the typed tillæg).
    typed: Result<WageInput, FieldErrors>,
    /// The shift plan's measured tillæg, when it replaces the typed one.
    measured: Option<DResult<Decimal>>,
    /// The form's field errors, the reverse calculation's field included.
    pub errors: Rc<FieldErrors>,
    /// Valid but implausible values; they do not stop the result.
    pub warnings: Rc<FieldWarnings>,
    /// The input actually used (the measured tillæg in place when chosen) and its result.
    pub outcome: Outcome<(WageInput, WageResult)>,
    /// The reverse calculation: required borgerrelaterede timer → årsværk → lønbudget.
    pub requirement: Outcome<Requirement>,
}

/// Page "Vagtplan".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterFigures {
    form: RosterForm,
    /// The wage page's input as typed, `None` while that page has errors.
    wage: Option<WageInput>,
    /// The wage page's staff group names, which the shifts and rates refer to.
    pub names: Rc<Vec<String>>,
    pub errors: Rc<FieldErrors>,
    /// Valid values to look at (the sleeping-shift factor, implausible rates).
    pub warnings: Rc<FieldWarnings>,
    /// The plan, the wage input it was costed with, and its result.
    pub outcome: Outcome<(RosterInput, WageInput, RosterResult)>,
}

/// Page "Takster".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TariffFigures {
    form: TariffForm,
    /// The numbers taken from the wage page; `None` while it has no result.
    pub link: Option<WageLink>,
    pub errors: Rc<FieldErrors>,
    /// Valid but implausible values; they do not stop the result.
    pub warnings: Rc<FieldWarnings>,
    pub outcome: Outcome<(TariffInput, TariffResult, WageLink)>,
}

/// The values the Overgang page takes from the other pages.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Linked {
    /// D from the wage page; `None` while that page has no result.
    pub days_per_year: Option<Decimal>,
    /// The wage page's timepris (default c_b).
    pub hourly_price: Option<Decimal>,
    /// (name, døgntakst) of each package on the Takster page (empty while it has no
    /// result), so a case can take its old takst from a package instead of a typed number.
    pub packages: Vec<(String, Decimal)>,
    /// Every package's id, in table order (also while Takster has no result): a case
    /// refers to its package by id.
    pub package_ids: Vec<PackageId>,
    /// The scenario's §85 price (Takster), the default p_b; `None` while it is invalid.
    pub bostoette_price: Option<Decimal>,
}

/// Page "Overgang".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransitionFigures {
    form: TransitionForm,
    pub linked: Rc<Linked>,
    pub errors: Rc<FieldErrors>,
    /// Valid but implausible values; they do not stop the result.
    pub warnings: Rc<FieldWarnings>,
    /// The cases, their result and the D they were computed with.
    pub outcome: Outcome<(TransitionInput, TransitionResult, Decimal)>,
}

/// One page's figures, computed the first time the page (or a page after it) asks for them.
#[derive(Debug)]
struct Stage<T> {
    value: OnceCell<Rc<T>>,
    /// This page's latest figures for an earlier scenario: taken over when the page's inputs
    /// are the same (and Overgang takes its unchanged cases from it).
    earlier: Option<Rc<T>>,
}

impl<T> Stage<T> {
    fn after(previous: Option<&Stage<T>>) -> Self {
        Self {
            value: OnceCell::new(),
            earlier: previous.and_then(|p| p.value.get().or(p.earlier.as_ref()).cloned()),
        }
    }

    /// The figures: the earlier ones if `unchanged` says they still hold, else `compute`d.
    fn get(
        &self,
        unchanged: impl FnOnce(&T) -> bool,
        compute: impl FnOnce(Option<&T>) -> T,
    ) -> &Rc<T> {
        self.value.get_or_init(|| match &self.earlier {
            Some(earlier) if unchanged(earlier) => earlier.clone(),
            earlier => Rc::new(compute(earlier.as_deref())),
        })
    }
}

/// Every page's figures for one scenario. Each page's are computed when first asked for:
/// a keystroke costs the page on screen and the pages it reads from, not the pages after
/// it (a new timepris would otherwise recompute every Overgang case on each keystroke on
/// the wage page).
#[derive(Debug)]
pub struct Figures {
    scenario: Rc<Scenario>,
    /// The wage form parsed as typed, before the shift plan's measured tillæg.
    typed: Result<WageInput, FieldErrors>,
    wage: Stage<WageFigures>,
    roster: Stage<RosterFigures>,
    tariff: Stage<TariffFigures>,
    transition: Stage<TransitionFigures>,
}

/// Every page's figures for `scenario`. With `previous` (the figures of the scenario before
/// an edit), the pages whose inputs did not change are taken over from it; the figures are
/// the same as without it.
pub fn figures(scenario: Rc<Scenario>, previous: Option<&Figures>) -> Figures {
    let earlier_wage = previous.and_then(|p| p.wage.value.get().or(p.wage.earlier.as_ref()));
    let typed = match earlier_wage {
        Some(w) if w.form == scenario.wage => w.typed.clone(),
        _ => scenario.wage.parse(),
    };
    Figures {
        typed,
        wage: Stage::after(previous.map(|p| &p.wage)),
        roster: Stage::after(previous.map(|p| &p.roster)),
        tariff: Stage::after(previous.map(|p| &p.tariff)),
        transition: Stage::after(previous.map(|p| &p.transition)),
        scenario,
    }
}

impl Figures {
    /// Page "Lønbudget → timer".
    pub fn wage(&self) -> &Rc<WageFigures> {
        let form = &self.scenario.wage;
        // Computed at most once: `unchanged` runs only with earlier figures, `compute` only
        // when they do not hold.
        let measured = OnceCell::new();
        let measured = || {
            measured.get_or_init(|| {
                form.supplement_from_roster
                    .then(|| measured_supplement(self.roster()))
            })
        };
        self.wage.get(
            |w| w.form == *form && w.measured == *measured(),
            |_| wage_figures(form, self.typed.clone(), measured().clone()),
        )
    }

    /// Page "Vagtplan".
    pub fn roster(&self) -> &Rc<RosterFigures> {
        let scenario = &self.scenario;
        let names: Vec<String> = scenario
            .wage
            .groups
            .iter()
            .map(|g| g.name.clone())
            .collect();
        let typed = self.typed.as_ref().ok();
        self.roster.get(
            |r| r.form == scenario.roster && *r.names == names && r.wage.as_ref() == typed,
            |_| roster_figures(&scenario.roster, names.clone(), typed),
        )
    }

    /// Page "Takster".
    pub fn tariff(&self) -> &Rc<TariffFigures> {
        let form = &self.scenario.tariff;
        let link = self
            .wage()
            .outcome
            .ready()
            .map(|w| WageLink::from_wage(&w.0, &w.1));
        self.tariff.get(
            |t| t.form == *form && t.link == link,
            |_| tariff_figures(form, link),
        )
    }

    /// Page "Overgang".
    pub fn transition(&self) -> &Rc<TransitionFigures> {
        let form = &self.scenario.transition;
        let linked = linked(self.wage(), self.tariff());
        self.transition.get(
            |t| t.form == *form && *t.linked == linked,
            |earlier| {
                // Kept when equal, so the case rows that show it see no change.
                let linked = match earlier {
                    Some(t) if *t.linked == linked => t.linked.clone(),
                    _ => Rc::new(linked.clone()),
                };
                transition_figures(form, linked, earlier)
            },
        )
    }
}

/// Equal when every page's figures are (all of them are computed to compare them).
impl PartialEq for Figures {
    fn eq(&self, other: &Self) -> bool {
        self.wage() == other.wage()
            && self.roster() == other.roster()
            && self.tariff() == other.tariff()
            && self.transition() == other.transition()
    }
}

fn roster_figures(
    form: &RosterForm,
    names: Vec<String>,
    wage: Option<&WageInput>,
) -> RosterFigures {
    let parsed = form.parse(&names);
    let errors = Rc::new(parsed.as_ref().err().cloned().unwrap_or_default());
    let outcome = match (parsed, wage) {
        (_, None) => Outcome::Waiting("Ret først felterne på siden Lønbudget → timer."),
        (Err(_), Some(_)) => Outcome::Invalid,
        (Ok(input), Some(wage)) => Outcome::from_result(
            roster::compute(&input, wage).map(|result| (input, wage.clone(), result)),
        ),
    };
    RosterFigures {
        form: form.clone(),
        wage: wage.cloned(),
        warnings: Rc::new(form.warnings(&names)),
        names: Rc::new(names),
        errors,
        outcome,
    }
}

/// The plan's supplements as % of its base pay: what the wage page uses as tillæg when the
/// user takes it from the shift plan (one source of truth).
fn measured_supplement(roster: &RosterFigures) -> DResult<Decimal> {
    match &roster.outcome {
        Outcome::Ready(plan) => Ok(plan.2.supplement_pct),
        Outcome::Failed(error) => Err(error.clone()),
        // Waiting: the wage page itself has errors, so it does not get this far.
        Outcome::Invalid | Outcome::Waiting(_) => Err(DomainError::Parse(
            "Vagtplanen har fejl, så dens tillæg kan ikke bruges. Ret dem på siden Vagtplan."
                .into(),
        )),
    }
}

fn wage_figures(
    form: &WageForm,
    typed: Result<WageInput, FieldErrors>,
    measured: Option<DResult<Decimal>>,
) -> WageFigures {
    let required = parse_dk(&form.required_client_hours);
    let mut errors = typed.as_ref().err().cloned().unwrap_or_default();
    if let Err(error) = &required {
        // The reverse calculation's field is not part of `WageForm::parse`: an error there
        // must not stop the wage page's own result.
        errors.insert(Field::KravBorgertimer, error.to_string());
    }
    // The reverse calculation uses the typed input, also when the measured tillæg is used.
    let requirement = match (required, &typed) {
        (Err(error), _) => Outcome::Failed(error),
        (Ok(_), Err(_)) => Outcome::Waiting("Ret først felterne ovenfor."),
        (Ok(hours), Ok(input)) => Outcome::from_result(wage::requirement(input, hours)),
    };
    let used = match (&typed, &measured) {
        (Err(_), _) => None,
        (Ok(input), None) => Some(Ok(input.clone())),
        (Ok(input), Some(Ok(pct))) => Some(Ok(WageInput {
            supplement_pct: *pct,
            ..input.clone()
        })),
        (Ok(_), Some(Err(error))) => Some(Err(error.clone())),
    };
    let outcome = match used {
        None => Outcome::Invalid,
        Some(Err(error)) => Outcome::Failed(error),
        Some(Ok(input)) => match wage::compute(&input) {
            Ok(result) => Outcome::Ready(Rc::new((input, result))),
            Err(error) => match wage::error_field(&error) {
                Some(key) => {
                    errors.insert(key, error.to_string());
                    Outcome::Invalid
                }
                None => Outcome::Failed(error),
            },
        },
    };
    WageFigures {
        form: form.clone(),
        typed,
        measured,
        errors: Rc::new(errors),
        warnings: Rc::new(form.warnings()),
        outcome,
        requirement,
    }
}

fn tariff_figures(form: &TariffForm, link: Option<WageLink>) -> TariffFigures {
    let parsed = form.parse();
    let errors = Rc::new(parsed.as_ref().err().cloned().unwrap_or_default());
    let outcome = match (parsed, link) {
        (_, None) => Outcome::Waiting(
            "Siden Lønbudget → timer har ugyldige felter; timeprisen kommer derfra.",
        ),
        (Err(_), Some(_)) => Outcome::Invalid,
        (Ok(input), Some(link)) => {
            Outcome::from_result(tariff::compute(&input, &link).map(|result| (input, result, link)))
        }
    };
    TariffFigures {
        form: form.clone(),
        link,
        errors,
        warnings: Rc::new(form.warnings()),
        outcome,
    }
}

fn linked(wage: &WageFigures, tariff: &TariffFigures) -> Linked {
    let wage = wage.outcome.ready();
    let packages = match tariff.outcome.ready() {
        Some(t) => {
            t.0.packages
                .iter()
                .zip(&t.1.packages)
                .map(|(p, r)| (p.name.clone(), r.daily_rate))
                .collect()
        }
        None => Vec::new(),
    };
    Linked {
        days_per_year: wage.map(|w| w.0.days_per_year),
        hourly_price: wage.map(|w| w.1.hourly_price),
        packages,
        package_ids: tariff.form.packages.iter().map(|p| p.id).collect(),
        bostoette_price: tariff.form.bostoette_price(),
    }
}

fn package_rates(linked: &Linked) -> Vec<Decimal> {
    linked.packages.iter().map(|(_, rate)| *rate).collect()
}

fn transition_figures(
    form: &TransitionForm,
    linked: Rc<Linked>,
    previous: Option<&TransitionFigures>,
) -> TransitionFigures {
    let parsed = form.parse(Links {
        package_ids: &linked.package_ids,
        bostoette_price: linked.bostoette_price,
    });
    let errors = Rc::new(parsed.as_ref().err().cloned().unwrap_or_default());
    let outcome = match (parsed, linked.days_per_year) {
        (Err(_), _) => Outcome::Invalid,
        (Ok(_), None) => {
            Outcome::Waiting("Ret først Lønbudget-siden: dage pr. år og timepris hentes derfra.")
        }
        (Ok(input), Some(days)) => {
            let rates = package_rates(&linked);
            let context = Context {
                days_per_year: days,
                hourly_price: linked.hourly_price,
                package_rates: &rates,
            };
            // The cases this edit left alone are taken over from the previous result
            // (`recompute` checks that they were computed in the same context).
            let last = previous.and_then(|p| Some((p.outcome.ready()?, &p.linked)));
            let last_rates = last.map(|(_, l)| package_rates(l)).unwrap_or_default();
            let last_context = last.map(|(last, l)| Context {
                days_per_year: last.2,
                hourly_price: l.hourly_price,
                package_rates: &last_rates,
            });
            let last = last
                .zip(last_context.as_ref())
                .map(|((last, _), ctx)| Previous {
                    input: &last.0,
                    ctx,
                    result: &last.1,
                });
            let result = transition::recompute(&input, &context, last);
            Outcome::from_result(result.map(|result| (input, result, days)))
        }
    };
    TransitionFigures {
        form: form.clone(),
        linked,
        errors,
        warnings: Rc::new(form.warnings()),
        outcome,
    }
}

mod borrowed;
pub use borrowed::Borrowed;

#[cfg(test)]
mod tests;
