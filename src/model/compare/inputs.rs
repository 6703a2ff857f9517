//! The inputs in which a scenario differs from the first one compared, one plain Danish line
//! each ("Lønbudget: 11.800.000 → 12.300.000 kr.", "Vagt »Nat«: vågen → sovende"), so a
//! leader sees *why* the figures above differ without opening both scenarios.
//!
//! Numbers compare by value, not by text: "10000000" and "10.000.000" are the same input.
//! Rows (staff groups, shifts, packages, cases …) are matched by name, so removing the first
//! shift does not make every later one look changed; a row without a name is matched by its
//! position. A row only one scenario has is "tilføjet" or "fjernet".
//!
//! The price lookup's alternatives are left out: they are the case worker's question of the
//! day, not part of a botilbud's plan, and change no figure compared.
use crate::model::edit::basis_label;
use crate::model::number::{format_dk_trim, parse_dk};
use crate::model::roster::{RatesForm, ShiftForm, Window, WEEKDAYS};
use crate::model::scenario::Scenario;
use crate::model::tariff::{FixedCostForm, HoursUnit, PackageForm, SaertakstForm};
use crate::model::transition::CaseForm;
use crate::model::wage::StaffGroupForm;

/// One text input of a form `F`: its Danish label, the unit after its value, whether it is a
/// number, and how to read it.
struct Text<F> {
    label: &'static str,
    unit: &'static str,
    number: bool,
    get: fn(&F) -> &str,
}

const fn num<F>(label: &'static str, unit: &'static str, get: fn(&F) -> &str) -> Text<F> {
    Text {
        label,
        unit,
        number: true,
        get,
    }
}

const fn txt<F>(label: &'static str, get: fn(&F) -> &str) -> Text<F> {
    Text {
        label,
        unit: "",
        number: false,
        get,
    }
}

/// Whether two typed texts are the same input: equal text, or equal numbers.
fn same(a: &str, b: &str, number: bool) -> bool {
    a.trim() == b.trim()
        || (number && matches!((parse_dk(a), parse_dk(b)), (Ok(x), Ok(y)) if x == y))
}

/// A typed value as the line shows it: a number in Danish format, an empty field as
/// "(tom)" (it then takes a default or another page's value), other text in »…«.
fn shown(text: &str, number: bool) -> String {
    let trimmed = text.trim();
    match parse_dk(trimmed) {
        _ if trimmed.is_empty() => "(tom)".into(),
        Ok(x) if number => format_dk_trim(x, 2),
        _ => format!("»{trimmed}«"),
    }
}

fn yes_no(on: bool) -> &'static str {
    if on {
        "ja"
    } else {
        "nej"
    }
}

/// The lines found so far.
#[derive(Default)]
struct Lines(Vec<String>);

impl Lines {
    /// "subject, label: before → after unit" (without the subject for a page's own input).
    fn push(&mut self, subject: &str, label: &str, before: &str, after: &str, unit: &str) {
        let what = match (subject.is_empty(), label.is_empty()) {
            (true, _) => label.to_string(),
            (false, true) => subject.to_string(),
            (false, false) => format!("{subject}, {label}"),
        };
        let unit = if unit.is_empty() {
            String::new()
        } else {
            format!(" {unit}")
        };
        self.0.push(format!("{what}: {before} → {after}{unit}"));
    }

    /// Every text input of `fields` that differs between `a` and `b`.
    fn texts<F>(&mut self, subject: &str, a: &F, b: &F, fields: &[Text<F>]) {
        for f in fields {
            let (x, y) = ((f.get)(a), (f.get)(b));
            if !same(x, y, f.number) {
                let (x, y) = (shown(x, f.number), shown(y, f.number));
                self.push(subject, f.label, &x, &y, f.unit);
            }
        }
    }

    /// A choice already in words (a checkbox, a select).
    fn choice(&mut self, subject: &str, label: &str, before: &str, after: &str) {
        if before != after {
            self.push(subject, label, before, after, "");
        }
    }

    /// The rows of a table: matched by name (by position when unnamed), each pair compared
    /// by `each`, the unmatched ones "tilføjet" / "fjernet". `what` names a row ("Vagt").
    fn rows<R>(
        &mut self,
        what: &str,
        a: &[R],
        b: &[R],
        name: fn(&R) -> String,
        each: impl Fn(&mut Lines, &str, &R, &R),
    ) {
        let key = |i: usize, r: &R| {
            let n = name(r);
            if n.trim().is_empty() {
                (format!("{what} {}", i + 1), None)
            } else {
                (format!("{what} »{}«", n.trim()), Some(n.trim().to_string()))
            }
        };
        let mut used = vec![false; b.len()];
        for (i, ra) in a.iter().enumerate() {
            let (subject, named) = key(i, ra);
            let found = b.iter().enumerate().position(|(j, rb)| {
                !used.get(j).copied().unwrap_or(true)
                    && key(j, rb).1 == named
                    && (named.is_some() || i == j)
            });
            match found.and_then(|j| Some((j, b.get(j)?))) {
                Some((j, rb)) => {
                    if let Some(u) = used.get_mut(j) {
                        *u = true;
                    }
                    each(self, &subject, ra, rb);
                }
                None => self.0.push(format!("{subject}: fjernet")),
            }
        }
        for (j, rb) in b.iter().enumerate() {
            if !used.get(j).copied().unwrap_or(true) {
                self.0.push(format!("{}: tilføjet", key(j, rb).0));
            }
        }
    }
}

const WAGE: [Text<crate::model::wage::WageForm>; 14] = [
    num("Lønbudget", "kr.", |f| &f.budget),
    num("Antal beboere", "", |f| &f.residents),
    txt("År", |f| &f.year),
    num("Dage pr. år", "", |f| &f.days_per_year),
    num("Variable tillæg", "%", |f| &f.supplement_pct),
    num("Årsnorm pr. årsværk", "t", |f| &f.norm),
    num("Ferie", "t", |f| &f.vacation),
    num("Feriefridage", "t", |f| &f.extra_vacation),
    num("Timer pr. helligdag", "t", |f| &f.holiday_day_hours),
    num("Sygefravær", "%", |f| &f.sick_pct),
    num("Kursus og uddannelse", "%", |f| &f.training_pct),
    num("Andet fravær", "%", |f| &f.other_pct),
    num("Ikke-borgerrelateret tid", "%", |f| &f.non_client_pct),
    num("Krævede borgerrelaterede timer", "t", |f| {
        &f.required_client_hours
    }),
];

const GROUP: [Text<StaffGroupForm>; 3] = [
    num("andel", "%", |g| &g.share_pct),
    num("månedsløn", "kr.", |g| &g.monthly_salary),
    num("pension", "%", |g| &g.pension_pct),
];

const SHIFT: [Text<ShiftForm>; 2] = [txt("start", |s| &s.start), txt("slut", |s| &s.end)];

const RATES: [Text<(String, RatesForm)>; 4] = [
    num("aftentillæg", "%", |r| r.1.get(Window::Evening)),
    num("nattillæg", "%", |r| r.1.get(Window::Night)),
    num("lørdagstillæg", "%", |r| r.1.get(Window::Saturday)),
    num("søn- og helligdagstillæg", "%", |r| {
        r.1.get(Window::Sunday)
    }),
];

const TARIFF: [Text<crate::model::tariff::TariffForm>; 7] = [
    num("Antal pladser", "", |f| &f.places),
    num("Belægning", "%", |f| &f.occupancy_pct),
    num("Overhead", "%", |f| &f.overhead_pct),
    num("Indtastet timepris", "kr.", |f| &f.hourly_price),
    num("Glidning: beboere én pakke op", "", |f| &f.drift_residents),
    num("Bostøttepris pr. time", "kr.", |f| &f.bostoette_price),
    num("Leverede borgerrelaterede timer pr. år", "t", |f| {
        &f.delivered_client_hours
    }),
];

const FIXED: [Text<FixedCostForm>; 1] = [num("beløb", "kr.", |c| &c.amount)];

const PACKAGE: [Text<PackageForm>; 3] = [
    txt("kode", |p| &p.code),
    num("pris pr. døgn", "kr.", |p| &p.price),
    num("antal beboere", "", |p| &p.residents),
];

const SAERTAKST: [Text<SaertakstForm>; 2] = [
    num("ekstra timer pr. uge", "t", |s| &s.extra_hours),
    num("måneder", "", |s| &s.months),
];

const PERIOD: [Text<crate::model::transition::TransitionForm>; 3] = [
    txt("Startår", |f| &f.start_year),
    txt("Startmåned", |f| &f.start_month),
    num("Horisont", "mdr.", |f| &f.horizon),
];

const CASE: [Text<CaseForm>; 10] = [
    num("gammel takst", "kr.", |c| &c.old_rate),
    num("fraflytningsmåned", "", |c| &c.move_out),
    num("overgangsmåneder", "", |c| &c.transition_months),
    num("timer pr. uge i overgangen", "t", |c| &c.hours_transition),
    num("botilbuddets pris pr. time", "kr.", |c| &c.cost_per_hour),
    num("bostøttetimer pr. uge bagefter", "t", |c| &c.hours_after),
    num("bostøttepris pr. time", "kr.", |c| &c.bostotte_price),
    num("genbesat efter", "mdr.", |c| &c.refill_after),
    num("ny takst", "kr.", |c| &c.new_rate),
    num("ville ellers være blevet", "mdr.", |c| &c.stay_months),
];

fn unit_label(unit: HoursUnit) -> &'static str {
    match unit {
        HoursUnit::PerWeek => "timer pr. uge",
        HoursUnit::MinutesPerDay => "minutter pr. døgn",
    }
}

/// A package as the Takster page names it: its name, else its code.
fn package_name(p: &PackageForm) -> String {
    if p.name.trim().is_empty() {
        p.code.clone()
    } else {
        p.name.clone()
    }
}

fn group_names(s: &Scenario) -> Vec<String> {
    s.wage.groups.iter().map(|g| g.name.clone()).collect()
}

/// Every input in which `b` differs from `a`, in page order, one Danish line each.
pub fn changes(a: &Scenario, b: &Scenario) -> Vec<String> {
    let mut out = Lines::default();
    // Lønbudget → timer
    out.texts("", &a.wage, &b.wage, &WAGE);
    let (ha, hb) = (&a.wage.holiday_options, &b.wage.holiday_options);
    for (label, x, y) in [
        ("Juleaftensdag fri", ha.christmas_eve, hb.christmas_eve),
        (
            "Grundlovsdag ½ fri",
            ha.constitution_day,
            hb.constitution_day,
        ),
        ("1. maj ½ fri", ha.may_day, hb.may_day),
        (
            "Tillæg målt på vagtplanen",
            a.wage.supplement_from_roster,
            b.wage.supplement_from_roster,
        ),
    ] {
        out.choice("", label, yes_no(x), yes_no(y));
    }
    out.rows(
        "Personalegruppe",
        &a.wage.groups,
        &b.wage.groups,
        |g| g.name.clone(),
        |out, s, x, y| out.texts(s, x, y, &GROUP),
    );
    // Vagtplan
    let (ra, rb) = (&a.roster, &b.roster);
    out.choice(
        "",
        "Tillæg lægges sammen",
        yes_no(ra.stacking),
        yes_no(rb.stacking),
    );
    out.texts(
        "",
        ra,
        rb,
        &[num("Sovende vagt tæller", "%", |r| &r.sleep_factor_pct)],
    );
    let (names_a, names_b) = (group_names(a), group_names(b));
    let group = |names: &[String], i: usize| names.get(i).cloned().unwrap_or_default();
    out.rows(
        "Vagt",
        &ra.shifts,
        &rb.shifts,
        |s| s.name.clone(),
        |out, s, x, y| {
            out.texts(s, x, y, &SHIFT);
            for ((day, _), (p, q)) in WEEKDAYS.iter().zip(x.staff.iter().zip(&y.staff)) {
                if !same(p, q, true) {
                    let label = format!("bemanding {}", day.to_lowercase());
                    out.push(s, &label, &shown(p, true), &shown(q, true), "");
                }
            }
            let (gx, gy) = (group(&names_a, x.group), group(&names_b, y.group));
            out.choice(s, "personalegruppe", &format!("»{gx}«"), &format!("»{gy}«"));
            let awake = |asleep: bool| if asleep { "sovende" } else { "vågen" };
            out.choice(s, "", awake(x.asleep), awake(y.asleep));
        },
    );
    let rates = |s: &Scenario, names: Vec<String>| -> Vec<(String, RatesForm)> {
        let forms = s.roster.rates_for(&names);
        names.into_iter().zip(forms).collect()
    };
    out.rows(
        "Tillægssatser",
        &rates(a, names_a.clone()),
        &rates(b, names_b.clone()),
        |r| r.0.clone(),
        |out, s, x, y| out.texts(s, x, y, &RATES),
    );
    // Takster
    let (ta, tb) = (&a.tariff, &b.tariff);
    out.rows(
        "Fast udgift",
        &ta.fixed_costs,
        &tb.fixed_costs,
        |c| c.name.clone(),
        |out, s, x, y| out.texts(s, x, y, &FIXED),
    );
    out.texts("", ta, tb, &TARIFF);
    out.choice(
        "",
        "Indtastet pris pr. døgn er",
        basis_label(ta.price_basis),
        basis_label(tb.price_basis),
    );
    out.rows(
        "Pakke",
        &ta.packages,
        &tb.packages,
        package_name,
        |out, s, x, y| {
            out.texts(s, x, y, &PACKAGE);
            out.choice(s, "VUM", x.vum.letter(), y.vum.letter());
            out.choice(s, "enhed", unit_label(x.unit), unit_label(y.unit));
            // Hours compare in their unit; a changed unit is said above.
            if !same(&x.hours, &y.hours, true) {
                out.push(
                    s,
                    "støtte",
                    &shown(&x.hours, true),
                    &shown(&y.hours, true),
                    unit_label(y.unit),
                );
            }
            out.choice(s, "og opefter", yes_no(x.open_ended), yes_no(y.open_ended));
        },
    );
    out.rows(
        "Særtakst",
        &ta.supplements,
        &tb.supplements,
        |s| s.pseudonym.clone(),
        |out, s, x, y| out.texts(s, x, y, &SAERTAKST),
    );
    // Overgang
    let (oa, ob) = (&a.transition, &b.transition);
    out.texts("", oa, ob, &PERIOD);
    let old_rate = |s: &Scenario, c: &CaseForm| match c.old_rate_package {
        Some(p) => match s.tariff.packages.get(p) {
            Some(pkg) => format!("pakke »{}«", package_name(pkg)),
            None => "en pakke, der ikke findes".into(),
        },
        None => "indtastet".into(),
    };
    out.rows(
        "Sag",
        &oa.cases,
        &ob.cases,
        |c| c.pseudonym.clone(),
        |out, s, x, y| {
            out.choice(s, "gammel takst fra", &old_rate(a, x), &old_rate(b, y));
            out.texts(s, x, y, &CASE);
        },
    );
    out.0
}
