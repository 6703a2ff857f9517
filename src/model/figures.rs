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
use super::error::{DResult, DomainError};
use super::field::Field;
use super::form::FieldErrors;
use super::number::parse_dk;
use super::roster::{self, RosterForm, RosterInput, RosterResult};
use super::scenario::Scenario;
use super::tariff::{self, TariffForm, TariffInput, TariffResult, WageLink};
use super::transition::{
    self, Context, Previous, TransitionForm, TransitionInput, TransitionResult,
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
}

/// Page "Overgang".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransitionFigures {
    form: TransitionForm,
    pub linked: Rc<Linked>,
    pub errors: Rc<FieldErrors>,
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
        Some(Ok(input)) => {
            Outcome::from_result(wage::compute(&input).map(|result| (input, result)))
        }
    };
    WageFigures {
        form: form.clone(),
        typed,
        measured,
        errors: Rc::new(errors),
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
    let parsed = form.parse();
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
        outcome,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::number::round;
    use crate::model::roster::ShiftForm;
    use crate::model::transition::CaseForm;
    use crate::model::wage::StaffGroupForm;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap_or_default()
    }

    /// `f` with every page's figures computed, as after visiting every page.
    fn all(f: Figures) -> Figures {
        let _ = (f.wage(), f.roster(), f.tariff(), f.transition());
        f
    }

    fn scratch(s: &Scenario) -> Figures {
        all(figures(Rc::new(s.clone()), None))
    }

    /// The figures after an edit.
    fn next(s: &Scenario, previous: &Figures) -> Figures {
        all(figures(Rc::new(s.clone()), Some(previous)))
    }

    fn wage(f: &Figures) -> &(WageInput, WageResult) {
        f.wage().outcome.ready().expect("the wage page computes")
    }

    /// The round-number house of the roster tests: one socialpædagog group at 48.100 kr./md.
    /// (300 kr./t), pension 10 %, 1.000.000 kr.; no holidays off, ferie 184 t, no absence →
    /// fremmøde 1.740 t, borgerrelateret 1.740 × 85 % = 1.479 t per årsværk. One day shift
    /// 08–16 on weekdays.
    fn round_house() -> Scenario {
        let mut s = Scenario::default();
        let w = &mut s.wage;
        w.budget = "1.000.000".into();
        (w.vacation, w.extra_vacation, w.holiday_day_hours) =
            ("184".into(), "0".into(), "0".into());
        (w.sick_pct, w.training_pct, w.other_pct) = ("0".into(), "0".into(), "0".into());
        w.groups = vec![StaffGroupForm {
            name: "Socialpædagog".into(),
            share_pct: "100".into(),
            monthly_salary: "48.100".into(),
            pension_pct: "10".into(),
        }];
        s.roster.shifts = vec![ShiftForm {
            name: "Dag".into(),
            start: "08:00".into(),
            end: "16:00".into(),
            staff: ["1", "1", "1", "1", "1", "0", "0"].map(String::from),
            group: 0,
            asleep: false,
        }];
        s
    }

    #[test]
    fn the_measured_supplement_reaches_the_wage_page_and_the_tariffs() {
        // Typed 8 %: c = 577.200 × 1,1 + 577.200 × 8 % = 681.096 kr. per årsværk;
        // timepris = c / 1.479 t = 460,51 kr.
        let mut s = round_house();
        let typed = scratch(&s);
        assert_eq!(wage(&typed).0.supplement_pct, d("8"));
        assert_eq!(round(wage(&typed).1.hourly_price, 2), d("460.51"));
        // Measured on the plan (see the roster tests): 8.400 kr. søn-/helligdagstillæg on
        // 692.640 kr. grundløn for 1,2 årsværk = 1,212751 %, i.e. 7.000 kr. per årsværk:
        // c = 634.920 + 7.000 = 641.920 kr.; timepris = 641.920 / 1.479 = 434,02 kr.
        s.wage.supplement_from_roster = true;
        let measured = next(&s, &typed);
        let (input, result) = wage(&measured);
        assert_eq!(round(input.supplement_pct, 6), d("1.212751"));
        let plan = measured
            .roster()
            .outcome
            .ready()
            .expect("the plan computes");
        assert_eq!(input.supplement_pct, plan.2.supplement_pct);
        assert_eq!(round(result.hourly_price, 2), d("434.02"));
        // Only the tillæg differs from the typed input.
        assert_eq!(
            WageInput {
                supplement_pct: d("8"),
                ..input.clone()
            },
            wage(&typed).0
        );
        // Takster and Overgang work with the measured timepris.
        let link = measured.tariff().link.expect("linked");
        assert_eq!(link.hourly_price, result.hourly_price);
        let tariff = measured
            .tariff()
            .outcome
            .ready()
            .expect("the tariffs compute");
        assert_eq!(tariff.1.hourly_price, result.hourly_price);
        assert_eq!(
            measured.transition().linked.hourly_price,
            Some(result.hourly_price)
        );
        // The plan itself does not depend on the wage page's tillæg.
        assert!(Rc::ptr_eq(typed.roster(), measured.roster()));
    }

    #[test]
    fn a_broken_plan_stops_the_measured_supplement() {
        let mut s = round_house();
        s.wage.supplement_from_roster = true;
        s.roster.sleep_factor_pct = "x".into();
        let f = scratch(&s);
        assert_eq!(
            f.wage().outcome.reason().as_deref(),
            Some("Vagtplanen har fejl, så dens tillæg kan ikke bruges. Ret dem på siden Vagtplan.")
        );
        assert_eq!(f.roster().outcome, Outcome::Invalid);
        assert_eq!(f.tariff().link, None);
        // The reverse calculation keeps working on the typed input.
        assert!(f.wage().requirement.ready().is_some());
        // Turned off, the typed tillæg is used again.
        s.wage.supplement_from_roster = false;
        assert!(next(&s, &f).wage().outcome.ready().is_some());
    }

    #[test]
    fn the_timepris_reaches_the_package_prices_and_the_default_c_b() {
        // Ikke-borgerrelateret tid 15 % → 20 %: the same fremmøde buys 80/85 of the
        // borgerrelaterede timer, so the timepris and every ydelsestakst rise by 85/80.
        let mut s = Scenario::default();
        let before = scratch(&s);
        s.wage.non_client_pct = "20".into();
        let after = next(&s, &before);
        let price = |f: &Figures| wage(f).1.hourly_price;
        assert_eq!(
            round(price(&after), 6),
            round(price(&before) * d("85") / d("80"), 6)
        );
        let packages = |f: &Figures| {
            f.tariff()
                .outcome
                .ready()
                .expect("tariffs")
                .1
                .packages
                .clone()
        };
        for (b, a) in packages(&before).iter().zip(&packages(&after)) {
            assert_eq!(
                round(a.service_rate, 6),
                round(b.service_rate * d("85") / d("80"), 6)
            );
        }
        assert_eq!(after.transition().linked.hourly_price, Some(price(&after)));
        let rates: Vec<Decimal> = packages(&after).iter().map(|p| p.daily_rate).collect();
        let linked: Vec<Decimal> = after
            .transition()
            .linked
            .packages
            .iter()
            .map(|p| p.1)
            .collect();
        assert_eq!(linked, rates);
        // The example case's c_b is empty, so its cost follows: 8 t/uge × w × timepris.
        assert!(after.transition().outcome != before.transition().outcome);
    }

    #[test]
    fn a_budget_edit_recomputes_only_what_reads_the_budget() {
        // The timepris is c / borgerrelaterede timer per årsværk: the budget does not move it,
        // so the package prices, and with them Overgang, stay as they were.
        let mut s = Scenario::default();
        let before = scratch(&s);
        s.wage.budget = "12.000.000".into();
        let after = next(&s, &before);
        assert_eq!(wage(&after).1.hourly_price, wage(&before).1.hourly_price);
        assert!(
            !Rc::ptr_eq(after.roster(), before.roster()),
            "the plan's gap to the budget"
        );
        assert!(
            !Rc::ptr_eq(after.tariff(), before.tariff()),
            "the mix against the budget"
        );
        assert_eq!(after.tariff().link.map(|l| l.budget), Some(d("12000000")));
        assert!(Rc::ptr_eq(after.transition(), before.transition()));
    }

    #[test]
    fn an_invalid_wage_page_gives_each_page_its_reason() {
        let mut s = Scenario::default();
        s.wage.budget = "x".into();
        let f = scratch(&s);
        assert_eq!(f.wage().outcome, Outcome::Invalid);
        assert_eq!(f.wage().outcome.reason(), None);
        assert!(f.wage().errors.contains_key(Field::Lonbudget));
        let reason = |o: Option<String>| o.expect("a reason");
        assert_eq!(
            reason(f.wage().requirement.reason()),
            "Ret først felterne ovenfor."
        );
        assert_eq!(
            reason(f.roster().outcome.reason()),
            "Ret først felterne på siden Lønbudget → timer."
        );
        assert_eq!(
            reason(f.tariff().outcome.reason()),
            "Siden Lønbudget → timer har ugyldige felter; timeprisen kommer derfra."
        );
        assert_eq!(f.tariff().link, None);
        assert_eq!(
            reason(f.transition().outcome.reason()),
            "Ret først Lønbudget-siden: dage pr. år og timepris hentes derfra."
        );
        assert_eq!(*f.transition().linked, Linked::default());
        // A page's own errors come first on Overgang, not on Vagtplan and Takster.
        s.transition.horizon = "x".into();
        s.roster.sleep_factor_pct = "x".into();
        s.tariff.occupancy_pct = "x".into();
        let f = next(&s, &f);
        assert_eq!(f.transition().outcome, Outcome::Invalid);
        assert!(f.roster().outcome.reason().is_some());
        assert!(f.tariff().outcome.reason().is_some());
    }

    #[test]
    fn the_reverse_calculation_has_its_own_field() {
        let mut s = Scenario::default();
        s.wage.required_client_hours = "abc".into();
        let f = scratch(&s);
        assert!(f.wage().errors.contains_key(Field::KravBorgertimer));
        assert!(
            f.wage().outcome.ready().is_some(),
            "the page's result stays"
        );
        assert!(matches!(
            f.wage().requirement,
            Outcome::Failed(DomainError::Parse(_))
        ));
    }

    #[test]
    fn an_edit_recomputes_its_page_and_the_pages_downstream() {
        let s = Scenario::default();
        let before = scratch(&s);
        let same = |a: &Figures, b: &Figures| {
            [
                Rc::ptr_eq(a.wage(), b.wage()),
                Rc::ptr_eq(a.roster(), b.roster()),
                Rc::ptr_eq(a.tariff(), b.tariff()),
                Rc::ptr_eq(a.transition(), b.transition()),
            ]
        };
        let edited = |edit: fn(&mut Scenario)| {
            let mut s = s.clone();
            edit(&mut s);
            next(&s, &before)
        };
        assert_eq!(same(&next(&s, &before), &before), [true; 4]);
        let case = edited(|s| s.transition.cases[0].hours_transition = "9".into());
        assert_eq!(same(&case, &before), [true, true, true, false]);
        let shift = edited(|s| s.roster.shifts[0].staff[0] = "3".into());
        assert_eq!(same(&shift, &before), [true, false, true, true]);
        let occupancy = edited(|s| s.tariff.occupancy_pct = "90".into());
        assert_eq!(same(&occupancy, &before), [true, true, false, false]);
        // The scenario's name is no page's input.
        assert_eq!(
            same(&edited(|s| s.name = "Andet".into()), &before),
            [true; 4]
        );
    }

    #[test]
    fn a_page_is_computed_when_it_is_asked_for() {
        let mut s = Scenario::default();
        let before = scratch(&s);
        s.wage.non_client_pct = "20".into();
        let shown = figures(Rc::new(s.clone()), Some(&before));
        // The wage page on screen: the pages after it wait.
        assert!(shown.wage().outcome.ready().is_some());
        assert!(shown.tariff.value.get().is_none() && shown.transition.value.get().is_none());
        // Figures made meanwhile keep the latest computed ones for when they are asked for.
        let later = figures(Rc::new(s.clone()), Some(&shown));
        assert!(Rc::ptr_eq(later.wage(), shown.wage()));
        let kept = later.transition.earlier.as_ref().expect("kept");
        assert!(Rc::ptr_eq(kept, before.transition()));
        assert_eq!(all(later), scratch(&s));
    }

    #[test]
    fn a_case_edit_takes_the_other_cases_over() {
        let mut s = Scenario::default();
        s.transition.cases.push(CaseForm {
            pseudonym: "Borger B".into(),
            ..CaseForm::default()
        });
        let before = scratch(&s);
        s.transition.cases[0].hours_transition = "9".into();
        let after = next(&s, &before);
        assert_eq!(after, scratch(&s));
        let cases = |f: &Figures| {
            f.transition()
                .outcome
                .ready()
                .expect("computes")
                .1
                .cases
                .clone()
        };
        assert!(cases(&after)[0] != cases(&before)[0]);
        assert_eq!(cases(&after)[1], cases(&before)[1]);
    }

    /// One edit of a session: a field of some page and the text typed into it.
    #[derive(Debug, Clone)]
    enum Edit {
        Budget(&'static str),
        NonClient(&'static str),
        FromRoster(bool),
        Staff(&'static str),
        SleepFactor(&'static str),
        Occupancy(&'static str),
        PackageHours(&'static str),
        CaseHours(&'static str),
        CasePackage(Option<usize>),
        Horizon(&'static str),
    }

    impl Edit {
        fn apply(&self, s: &mut Scenario) {
            match *self {
                Edit::Budget(v) => s.wage.budget = v.into(),
                Edit::NonClient(v) => s.wage.non_client_pct = v.into(),
                Edit::FromRoster(on) => s.wage.supplement_from_roster = on,
                Edit::Staff(v) => s.roster.shifts[0].staff[0] = v.into(),
                Edit::SleepFactor(v) => s.roster.sleep_factor_pct = v.into(),
                Edit::Occupancy(v) => s.tariff.occupancy_pct = v.into(),
                Edit::PackageHours(v) => s.tariff.packages[0].hours = v.into(),
                Edit::CaseHours(v) => s.transition.cases[0].hours_transition = v.into(),
                Edit::CasePackage(p) => s.transition.cases[0].old_rate_package = p,
                Edit::Horizon(v) => s.transition.horizon = v.into(),
            }
        }
    }

    fn any_edit() -> impl Strategy<Value = Edit> {
        let text =
            || prop::sample::select(vec!["", "x", "0", "1", "20", "90", "12.000.000", "100"]);
        prop_oneof![
            text().prop_map(Edit::Budget),
            text().prop_map(Edit::NonClient),
            any::<bool>().prop_map(Edit::FromRoster),
            text().prop_map(Edit::Staff),
            text().prop_map(Edit::SleepFactor),
            text().prop_map(Edit::Occupancy),
            text().prop_map(Edit::PackageHours),
            text().prop_map(Edit::CaseHours),
            prop::option::of(0usize..20).prop_map(Edit::CasePackage),
            text().prop_map(Edit::Horizon),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn a_session_of_edits_gives_the_figures_from_scratch(
            edits in proptest::collection::vec(any_edit(), 1..8)
        ) {
            let mut s = Scenario::default();
            let mut shown = scratch(&s);
            for edit in edits {
                edit.apply(&mut s);
                shown = next(&s, &shown);
                prop_assert_eq!(&shown, &scratch(&s), "after {:?}", edit);
            }
        }
    }
}
