//! The Takster page's inputs as typed (raw text, so invalid entries survive), their defaults and
//! parsing them into a `TariffInput`.
use super::presets::{gladsaxe_packages, Preset};
use super::{
    minutes_to_hours, FixedCost, HoursUnit, LookupChoice, Package, PriceBasis, Saertakst,
    TariffInput, Vum, MAX_ALTERNATIVES,
};
use crate::model::error::DomainError;
use crate::model::field::{Column, Field as Input, FieldRef, List};
use crate::model::form::{all_empty, FieldErrors, FieldWarnings, Reader};
use crate::model::limits;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A fixed cost line as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct FixedCostForm {
    pub name: String,
    pub amount: String,
}

/// A package's id: what choices (a lookup alternative, a case's old takst) refer to, so
/// they keep meaning the same package when rows above it are removed (issue 13.3). Unique
/// within the table; a new or copied row gets one more than the largest. Files of format 1
/// had none: the migration gives package n the id n, which is what they referred to by.
pub type PackageId = usize;

/// A package as typed. `hours` is in `unit`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PackageForm {
    pub id: PackageId,
    pub code: String,
    pub name: String,
    pub vum: Vum,
    pub hours: String,
    pub unit: HoursUnit,
    /// Empty: no entered price.
    pub price: String,
    pub open_ended: bool,
    pub residents: String,
}

/// A særtakst as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SaertakstForm {
    pub pseudonym: String,
    pub extra_hours: String,
    pub months: String,
}

impl SaertakstForm {
    /// A new row (`Edit::AddRow`): only a pseudonym, so it costs nothing until it is filled
    /// in (`Default` is Gladsaxe's 4 months, which the hint shows).
    pub fn blank(pseudonym: String) -> Self {
        Self {
            pseudonym,
            extra_hours: String::new(),
            months: String::new(),
        }
    }
}

impl Default for SaertakstForm {
    /// Gladsaxe grants særtakster 4 months at a time (004 Boks 4.2).
    fn default() -> Self {
        Self {
            pseudonym: String::new(),
            extra_hours: "0".into(),
            months: "4".into(),
        }
    }
}

/// What a lookup alternative prices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum LookupKind {
    #[default]
    Package,
    Bostoette,
}

/// A lookup alternative as chosen.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LookupForm {
    pub kind: LookupKind,
    /// The package's id (`PackageForm::id`) when `kind` is `Package`.
    pub package: PackageId,
    /// §85 hours per week when `kind` is `Bostoette`.
    pub hours: String,
}

/// The page's inputs as typed (raw text), so invalid entries survive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TariffForm {
    pub fixed_costs: Vec<FixedCostForm>,
    pub places: String,
    pub occupancy_pct: String,
    pub overhead_pct: String,
    /// Empty: the wage page's timepris.
    pub hourly_price: String,
    pub price_basis: PriceBasis,
    pub preset: Preset,
    pub packages: Vec<PackageForm>,
    /// The særtakster. This field and `drift_residents` (the glidning's k) keep their first
    /// names because the golden files pin them: the JSON's keys and the Rust `Debug` of a
    /// decoded scenario (tests/fixtures/golden/*.debug). The computation says `saertakster`
    /// and `glidning_residents`.
    pub supplements: Vec<SaertakstForm>,
    pub drift_residents: String,
    /// The scenario's one §85 bostøtte price per hour (what the municipality pays for an
    /// hour of bostøtte, DOMAIN.md §3; not the botilbud's timepris): the price lookup's §85
    /// alternatives and Overgang's p_b (a case may type its own) both read it.
    pub bostoette_price: String,
    pub lookups: Vec<LookupForm>,
    /// Leverede borgerrelaterede timer per year (ATA, face-to-face hours registered), to set
    /// against the ordered hours (DOMAIN.md §5). Empty: not entered. Added after the format
    /// was pinned: it is left out of the JSON while empty, so every file written before
    /// it (and the golden encodings) stays byte for byte the same.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub delivered_client_hours: String,
}

/// The §85 price until one is entered: the example p_b Overgang always had (450 kr. an
/// hour, about what a municipality pays for an hour of bostøtte).
pub const BOSTOETTE_PRICE: &str = "450";

/// What the default fixed costs and §85 price are: examples, from no source (the sources
/// publish no basistakst), so the printout says so next to them.
pub const EXAMPLE_SOURCE: &str = "eksempel, ikke fra en kilde";

fn fixed(name: &str, amount: &str) -> FixedCostForm {
    FixedCostForm {
        name: name.into(),
        amount: amount.into(),
    }
}

impl Default for TariffForm {
    /// Gladsaxe's packages at the wage page's timepris, with example fixed costs of
    /// 3 mio. kr. for 12 places (the sources publish no basistakst). Belægning 98 % and
    /// overhead 0 % are DOMAIN.md's defaults. The lookup compares Gladsaxe pakke 3 with
    /// Holstebro's §85 limit "pakke 5 = 6 timer pr. uge" (004 Tabel 4.1).
    fn default() -> Self {
        Self {
            fixed_costs: vec![
                fixed("Bygning og drift", "1.200.000"),
                fixed("Leder", "700.000"),
                fixed("Nattevagt", "800.000"),
                fixed("Administration", "300.000"),
            ],
            places: "12".into(),
            occupancy_pct: "98".into(),
            overhead_pct: "0".into(),
            hourly_price: String::new(),
            price_basis: PriceBasis::Doegntakst,
            preset: Preset::Gladsaxe,
            packages: gladsaxe_packages(),
            supplements: Vec::new(),
            drift_residents: "1".into(),
            bostoette_price: BOSTOETTE_PRICE.into(),
            lookups: vec![
                LookupForm {
                    kind: LookupKind::Package,
                    package: 2,
                    hours: "6".into(),
                },
                LookupForm {
                    kind: LookupKind::Bostoette,
                    package: 0,
                    hours: "6".into(),
                },
            ],
            delivered_client_hours: String::new(),
        }
    }
}

/// Where `id` went by `moved` (`TariffForm::load_preset`); an id not in it is kept.
pub fn moved_id(moved: &[(PackageId, PackageId)], id: PackageId) -> PackageId {
    moved
        .iter()
        .find(|(old, _)| *old == id)
        .map_or(id, |(_, new)| *new)
}

/// Empty text = none; otherwise a number ≥ 0.
fn optional(
    r: &mut Reader,
    key: impl Into<FieldRef>,
    text: &str,
    label: &'static str,
) -> Option<Decimal> {
    (!text.trim().is_empty()).then(|| r.non_negative(key, text, label))
}

impl TariffForm {
    /// Replaces the packages with a published table (and the price meaning it uses);
    /// fixed costs, timepris and the rest stay the user's.
    /// Returns where each old package id went: a choice of the package in row n now
    /// chooses the template's row n (the last one if the template is shorter), so loading
    /// a template keeps the choices' positions, as it always did. The template's packages
    /// get new ids, so no old id can come to mean one of them by accident.
    pub fn load_preset(&mut self, preset: Preset) -> Vec<(PackageId, PackageId)> {
        let first = self.new_package_id();
        self.price_basis = match preset {
            Preset::Gladsaxe => PriceBasis::Doegntakst,
            Preset::IkastBrande => PriceBasis::Ydelsestakst,
        };
        let mut packages = preset.packages();
        for (i, p) in packages.iter_mut().enumerate() {
            p.id = first.saturating_add(i);
        }
        let moved: Vec<(PackageId, PackageId)> = self
            .packages
            .iter()
            .enumerate()
            .filter_map(|(i, old)| {
                let new = packages.get(i).or(packages.last())?;
                Some((old.id, new.id))
            })
            .collect();
        self.packages = packages;
        self.preset = preset;
        for lookup in &mut self.lookups {
            lookup.package = moved_id(&moved, lookup.package);
        }
        moved
    }

    /// The §85 price as a number, read on its own: Overgang uses it also while other fields
    /// of this page have errors. `None` while it is invalid (its error stands by it here).
    pub fn bostoette_price(&self) -> Option<Decimal> {
        let mut r = Reader::new();
        let price = r.non_negative(Input::BostoetteTimepris, &self.bostoette_price, "");
        r.finish(price).ok()
    }

    /// The row of the package with id `id`; `None` when it has been removed.
    pub fn package_position(&self, id: PackageId) -> Option<usize> {
        self.packages.iter().position(|p| p.id == id)
    }

    /// An id no package has (one more than the largest), for a new or copied row.
    pub fn new_package_id(&self) -> PackageId {
        self.packages
            .iter()
            .map(|p| p.id.saturating_add(1))
            .max()
            .unwrap_or(0)
    }

    /// Gives every package whose id an earlier row already has a new one. A file or link
    /// written by the calculator has unique ids; a damaged or hand-edited one may not (a
    /// damaged id reads as 0), and choices must not refer to two packages at once.
    pub fn repair_package_ids(&mut self) {
        let mut seen: Vec<PackageId> = Vec::with_capacity(self.packages.len());
        let mut next = self.new_package_id();
        for p in &mut self.packages {
            if seen.contains(&p.id) {
                p.id = next;
                next = next.saturating_add(1);
            }
            seen.push(p.id);
        }
    }

    /// The fields whose values are valid but implausible (see `limits`).
    pub fn warnings(&self) -> FieldWarnings {
        use limits::*;
        let page = [
            (Input::Pladser.into(), self.places.as_str(), RESIDENTS),
            (
                Input::GlidningAntal.into(),
                self.drift_residents.as_str(),
                RESIDENTS,
            ),
            (
                Input::IndtastetTimepris.into(),
                self.hourly_price.as_str(),
                HOURLY_PRICE,
            ),
            (
                Input::BostoetteTimepris.into(),
                self.bostoette_price.as_str(),
                HOURLY_PRICE,
            ),
        ];
        let fixed = self.fixed_costs.iter().enumerate().map(|(i, c)| {
            let key: FieldRef = Column::FixedCostAmount.at(i).into();
            (key, c.amount.as_str(), FIXED_COST)
        });
        let packages = self.packages.iter().enumerate().flat_map(|(i, p)| {
            let hours = match p.unit {
                HoursUnit::PerWeek => HOURS_PER_WEEK,
                HoursUnit::MinutesPerDay => MINUTES_PER_DAY,
            };
            [
                (Column::PackageHours.at(i).into(), p.hours.as_str(), hours),
                (
                    Column::PackagePrice.at(i).into(),
                    p.price.as_str(),
                    DAILY_RATE,
                ),
                (
                    Column::PackageResidents.at(i).into(),
                    p.residents.as_str(),
                    RESIDENTS,
                ),
            ]
        });
        let supplements = self.supplements.iter().enumerate().map(|(i, s)| {
            let key: FieldRef = Column::SaertakstHours.at(i).into();
            (key, s.extra_hours.as_str(), HOURS_PER_WEEK)
        });
        let lookups = self.lookups.iter().enumerate().map(|(i, l)| {
            let key: FieldRef = Column::AlternativeHours.at(i).into();
            (key, l.hours.as_str(), HOURS_PER_WEEK)
        });
        limits::warnings(
            page.into_iter()
                .chain(fixed)
                .chain(packages)
                .chain(supplements)
                .chain(lookups),
        )
    }

    /// Parses every field; errors are keyed by the field's test id.
    pub fn parse(&self) -> Result<TariffInput, FieldErrors> {
        let mut r = Reader::new();
        let fixed_costs = self
            .fixed_costs
            .iter()
            .enumerate()
            .map(|(i, c)| FixedCost {
                name: c.name.clone(),
                // A new row counts nothing until its amount is typed.
                amount: match all_empty([&c.amount]) {
                    true => Decimal::ZERO,
                    false => r.non_negative(Column::FixedCostAmount.at(i), &c.amount, "Beløbet"),
                },
            })
            .collect();
        let packages = self
            .packages
            .iter()
            .enumerate()
            .map(|(i, p)| {
                if all_empty([&p.hours, &p.price, &p.residents]) {
                    // A new row: no hours and no residents, so it adds nothing to the mix.
                    return Package {
                        code: p.code.clone(),
                        name: p.name.clone(),
                        vum: p.vum,
                        hours_per_week: Decimal::ZERO,
                        price: None,
                        open_ended: p.open_ended,
                        residents: Decimal::ZERO,
                    };
                }
                let key = Column::PackageHours.at(i);
                let amount = r.non_negative(key, &p.hours, "Timerne");
                let converted = match p.unit {
                    HoursUnit::PerWeek => Ok(amount),
                    HoursUnit::MinutesPerDay => minutes_to_hours(amount),
                };
                Package {
                    code: p.code.clone(),
                    name: p.name.clone(),
                    vum: p.vum,
                    hours_per_week: converted.unwrap_or_else(|e| {
                        r.fail(key, e);
                        Decimal::ZERO
                    }),
                    price: optional(&mut r, Column::PackagePrice.at(i), &p.price, "Prisen"),
                    open_ended: p.open_ended,
                    residents: r.count(
                        Column::PackageResidents.at(i),
                        &p.residents,
                        false,
                        "Antal beboere",
                    ),
                }
            })
            .collect::<Vec<_>>();
        let saertakster = self
            .supplements
            .iter()
            .enumerate()
            .map(|(i, s)| match all_empty([&s.extra_hours, &s.months]) {
                // A new row: no extra hours, so it costs nothing.
                true => Saertakst {
                    pseudonym: s.pseudonym.clone(),
                    extra_hours_per_week: Decimal::ZERO,
                    months: Decimal::ZERO,
                },
                false => Saertakst {
                    pseudonym: s.pseudonym.clone(),
                    extra_hours_per_week: r.non_negative(
                        Column::SaertakstHours.at(i),
                        &s.extra_hours,
                        "Ekstra timer",
                    ),
                    months: r.range(
                        Column::SaertakstMonths.at(i),
                        &s.months,
                        0,
                        120,
                        "Antal måneder",
                    ),
                },
            })
            .collect();
        if self.lookups.len() > MAX_ALTERNATIVES {
            r.fail(
                List::Alternativer,
                DomainError::OutOfRange("Antal alternativer", Decimal::ONE, Decimal::from(3)),
            );
        }
        let lookups = self
            .lookups
            .iter()
            .enumerate()
            .map(|(i, l)| match l.kind {
                LookupKind::Package => match self.package_position(l.package) {
                    Some(position) => LookupChoice::Package(position),
                    None => {
                        // The chosen package was removed: say so, never quote another one.
                        r.fail(Column::AlternativeChoice.at(i), DomainError::PackageGone);
                        LookupChoice::Package(0)
                    }
                },
                LookupKind::Bostoette => LookupChoice::Bostoette(r.non_negative(
                    Column::AlternativeHours.at(i),
                    &l.hours,
                    "Timer pr. uge",
                )),
            })
            .collect();
        let input = TariffInput {
            fixed_costs,
            places: r.count(Input::Pladser, &self.places, true, "Antal pladser"),
            occupancy_pct: r.range(
                Input::Belaegning,
                &self.occupancy_pct,
                1,
                100,
                "Belægningen",
            ),
            overhead_pct: r.range(Input::Overhead, &self.overhead_pct, 0, 100, "Overhead"),
            hourly_price: optional(
                &mut r,
                Input::IndtastetTimepris,
                &self.hourly_price,
                "Timeprisen",
            ),
            price_basis: self.price_basis,
            packages,
            saertakster,
            glidning_residents: r.count(
                Input::GlidningAntal,
                &self.drift_residents,
                false,
                "Antal beboere",
            ),
            bostoette_price: r.non_negative(
                Input::BostoetteTimepris,
                &self.bostoette_price,
                "Bostøtteprisen",
            ),
            lookups,
            delivered_hours: optional(
                &mut r,
                Input::LeveredeTimer,
                &self.delivered_client_hours,
                "De leverede timer",
            ),
        };
        r.finish(input)
    }
}
