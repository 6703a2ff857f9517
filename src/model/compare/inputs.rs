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
use crate::model::roster::{RatesForm, ShiftForm, Window};
use crate::model::scenario::Scenario;
use crate::model::tariff::{FixedCostForm, HoursUnit, PackageForm, SaertakstForm};
use crate::model::transition::CaseForm;
use crate::model::wage::StaffGroupForm;
use std::borrow::Cow;

/// How a value compares and shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A typed number: equal by value, shown in Danish format.
    Number,
    /// Typed text: equal when equal after trimming, shown in »…«.
    Text,
    /// A choice already in words (a checkbox, a select): shown as it is.
    Words,
}

/// One input of a page or a row, read out of its form. Every form is first read into these,
/// so one non-generic routine compares them all (a generic one per form type would cost
/// wasm for each).
struct Value<'a> {
    label: &'static str,
    unit: &'static str,
    kind: Kind,
    text: Cow<'a, str>,
}

/// A row of a table: its name (matched between the scenarios) and its values.
struct Row<'a> {
    name: String,
    values: Vec<Value<'a>>,
}

/// How to read one text input of a form `F`.
struct Text<F> {
    label: &'static str,
    unit: &'static str,
    kind: Kind,
    get: fn(&F) -> &str,
}

const fn num<F>(label: &'static str, unit: &'static str, get: fn(&F) -> &str) -> Text<F> {
    Text {
        label,
        unit,
        kind: Kind::Number,
        get,
    }
}

const fn txt<F>(label: &'static str, get: fn(&F) -> &str) -> Text<F> {
    Text {
        label,
        unit: "",
        kind: Kind::Text,
        get,
    }
}

/// The values of `fields` in `form`.
fn read<'a, F>(form: &'a F, fields: &[Text<F>]) -> Vec<Value<'a>> {
    fields
        .iter()
        .map(|f| Value {
            label: f.label,
            unit: f.unit,
            kind: f.kind,
            text: Cow::Borrowed((f.get)(form)),
        })
        .collect()
}

/// A choice in words.
fn words<'a>(label: &'static str, text: impl Into<Cow<'a, str>>) -> Value<'a> {
    Value {
        label,
        unit: "",
        kind: Kind::Words,
        text: text.into(),
    }
}

/// Whether two values are the same input: equal text, or (numbers) equal by value.
fn same(a: &Value, b: &Value) -> bool {
    match a.kind {
        Kind::Words => a.text == b.text,
        Kind::Text => a.text.trim() == b.text.trim(),
        Kind::Number => {
            a.text.trim() == b.text.trim()
                || matches!((parse_dk(&a.text), parse_dk(&b.text)), (Ok(x), Ok(y)) if x == y)
        }
    }
}

/// A value as the line shows it: a number in Danish format, an empty field as "(tom)" (it
/// then takes a default or another page's value), other typed text in »…«.
fn shown(v: &Value) -> String {
    let trimmed = v.text.trim();
    match (v.kind, parse_dk(trimmed)) {
        (Kind::Words, _) => trimmed.to_string(),
        _ if trimmed.is_empty() => "(tom)".into(),
        (Kind::Number, Ok(x)) => format_dk_trim(x, 2),
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
    /// "subject, label: before → after unit" for each value that differs (without the
    /// subject for a page's own input, without the label for a row's own state).
    fn values(&mut self, subject: &str, a: &[Value], b: &[Value]) {
        for (x, y) in a.iter().zip(b) {
            if same(x, y) {
                continue;
            }
            let what = match (subject.is_empty(), y.label.is_empty()) {
                (true, _) => y.label.to_string(),
                (false, true) => subject.to_string(),
                (false, false) => format!("{subject}, {}", y.label),
            };
            let unit = if y.unit.is_empty() {
                String::new()
            } else {
                format!(" {}", y.unit)
            };
            self.0
                .push(format!("{what}: {} → {}{unit}", shown(x), shown(y)));
        }
    }

    /// The rows of a table: matched by name (by position when unnamed), each pair compared,
    /// the unmatched ones "tilføjet" / "fjernet". `what` names a row ("Vagt").
    fn rows(&mut self, what: &str, a: &[Row], b: &[Row]) {
        let key = |i: usize, r: &Row| {
            let n = r.name.trim();
            if n.is_empty() {
                (format!("{what} {}", i + 1), None)
            } else {
                (format!("{what} »{n}«"), Some(n.to_string()))
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
                    self.values(&subject, &ra.values, &rb.values);
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

const RATES: [Text<RatesForm>; 4] = [
    num("aftentillæg", "%", |r| r.text(Window::Evening)),
    num("nattillæg", "%", |r| r.text(Window::Night)),
    num("lørdagstillæg", "%", |r| r.text(Window::Saturday)),
    num("søn- og helligdagstillæg", "%", |r| {
        r.text(Window::Sunday)
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

/// "bemanding mandag" … for a shift's staff per weekday.
const STAFF: [&str; 7] = [
    "bemanding mandag",
    "bemanding tirsdag",
    "bemanding onsdag",
    "bemanding torsdag",
    "bemanding fredag",
    "bemanding lørdag",
    "bemanding søndag",
];

/// One page's inputs, read into values: its own inputs, then its tables' rows (named by
/// what a row is, "Vagt").
struct Part<'a> {
    page: Vec<Value<'a>>,
    tables: Vec<(&'static str, Vec<Row<'a>>)>,
}

fn row<'a>(name: &str, values: Vec<Value<'a>>) -> Row<'a> {
    Row {
        name: name.to_string(),
        values,
    }
}

/// One side's inputs, page by page in navigation order.
fn inputs<'a>(s: &'a Scenario, rates: &'a [RatesForm]) -> [Part<'a>; 4] {
    let (w, r, t, o) = (&s.wage, &s.roster, &s.tariff, &s.transition);
    let h = &w.holiday_options;
    let mut wage = read(w, &WAGE);
    wage.extend([
        words("Juleaftensdag fri", yes_no(h.christmas_eve)),
        words("Grundlovsdag ½ fri", yes_no(h.constitution_day)),
        words("1. maj ½ fri", yes_no(h.may_day)),
        words(
            "Tillæg målt på vagtplanen",
            yes_no(w.supplement_from_roster),
        ),
    ]);
    let mut roster = vec![words("Tillæg lægges sammen", yes_no(r.stacking))];
    roster.extend(read(
        r,
        &[num("Sovende vagt tæller", "%", |r| &r.sleep_factor_pct)],
    ));
    let mut tariff = read(t, &TARIFF);
    tariff.push(words(
        "Indtastet pris pr. døgn er",
        basis_label(t.price_basis),
    ));
    let group = |i: usize| w.groups.get(i).map_or("", |g| g.name.as_str());
    let groups = w
        .groups
        .iter()
        .map(|g| row(&g.name, read(g, &GROUP)))
        .collect();
    let shifts = r
        .shifts
        .iter()
        .map(|x: &ShiftForm| {
            let mut values = read(x, &SHIFT);
            values.extend(STAFF.iter().zip(&x.staff).map(|(label, text)| Value {
                label,
                unit: "",
                kind: Kind::Number,
                text: Cow::Borrowed(text.as_str()),
            }));
            values.push(words("personalegruppe", format!("»{}«", group(x.group))));
            values.push(words("", if x.asleep { "sovende" } else { "vågen" }));
            row(&x.name, values)
        })
        .collect();
    let rates = w
        .groups
        .iter()
        .zip(rates)
        .map(|(g, x)| row(&g.name, read(x, &RATES)))
        .collect();
    let fixed = t
        .fixed_costs
        .iter()
        .map(|c| row(&c.name, read(c, &FIXED)))
        .collect();
    let packages = t
        .packages
        .iter()
        .map(|p| {
            let mut values = read(p, &PACKAGE);
            values.extend([
                words("VUM", p.vum.letter()),
                words("enhed", unit_label(p.unit)),
                Value {
                    label: "støtte",
                    unit: unit_label(p.unit),
                    kind: Kind::Number,
                    text: Cow::Borrowed(p.hours.as_str()),
                },
                words("og opefter", yes_no(p.open_ended)),
            ]);
            row(&package_name(p), values)
        })
        .collect();
    let saertakster = t
        .supplements
        .iter()
        .map(|x| row(&x.pseudonym, read(x, &SAERTAKST)))
        .collect();
    let cases = o
        .cases
        .iter()
        .map(|c| {
            let from = match c.old_rate_package {
                Some(p) => match t.packages.get(p) {
                    Some(pkg) => format!("pakke »{}«", package_name(pkg)),
                    None => "en pakke, der ikke findes".into(),
                },
                None => "indtastet".into(),
            };
            let mut values = vec![words("gammel takst fra", from)];
            values.extend(read(c, &CASE));
            row(&c.pseudonym, values)
        })
        .collect();
    let part = |page, tables| Part { page, tables };
    [
        part(wage, vec![("Personalegruppe", groups)]),
        part(roster, vec![("Vagt", shifts), ("Tillægssatser", rates)]),
        part(
            tariff,
            vec![
                ("Fast udgift", fixed),
                ("Pakke", packages),
                ("Særtakst", saertakster),
            ],
        ),
        part(read(o, &PERIOD), vec![("Sag", cases)]),
    ]
}

/// Every input in which `b` differs from `a`, in page order (a page's own inputs first,
/// then its tables), one Danish line each.
pub fn changes(a: &Scenario, b: &Scenario) -> Vec<String> {
    let rates = |s: &Scenario| {
        let names: Vec<String> = s.wage.groups.iter().map(|g| g.name.clone()).collect();
        s.roster.rates_for(&names)
    };
    let (rates_a, rates_b) = (rates(a), rates(b));
    let mut out = Lines::default();
    for (x, y) in inputs(a, &rates_a).iter().zip(&inputs(b, &rates_b)) {
        out.values("", &x.page, &y.page);
        for ((what, ra), (_, rb)) in x.tables.iter().zip(&y.tables) {
            out.rows(what, ra, rb);
        }
    }
    out.0
}
