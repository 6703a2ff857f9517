//! Every input's id, defined once. An input's id is its `data-testid` (and DOM id), the key
//! of its parse error and the name docs/testids.md gives it, so a typo in one of those
//! places cannot silently disconnect an error from its input or a test from its field.
//! The model parses with these values, the views render them, the native tests compare
//! with them, and `tests/testids.rs` checks them against docs/testids.md.
//!
//! A `FieldRef` names exactly one input (or the list a cross-row error is about), so an
//! edit can later be expressed as data: `Set(FieldRef, text)`. Hence `Copy + Eq + Debug`.
use super::roster::Window;

/// Declares an id enum: its variants, `id()` and `ALL`, from one list.
macro_rules! ids {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:expr,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The test id; for a table or a column, its part of the rows' ids.
            pub const fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)*
                }
            }
        }
    };
}

ids! {
    /// An input that exists once per scenario (not in a list of rows).
    Field {
        // Lønbudget → timer
        Lonbudget = "lonbudget",
        Beboere = "beboere",
        Aar = "aar",
        DagePrAar = "dage-pr-aar",
        Norm = "norm",
        Ferie = "ferie",
        Feriefridage = "feriefridage",
        TimerPrHelligdag = "timer-pr-helligdag",
        Juleaften = "juleaften",
        Grundlovsdag = "grundlovsdag",
        FoersteMaj = "foersteMaj",
        TillaegPct = "tillaeg-pct",
        SygPct = "syg-pct",
        KursusPct = "kursus-pct",
        AndetPct = "andet-pct",
        IkkeBorgerrelateretPct = "ikke-borgerrelateret-pct",
        KravBorgertimer = "krav-borgertimer",
        // Vagtplan
        TillaegStabling = "tillaeg-stabling",
        SovendeArbejdstidPct = "sovende-arbejdstid-pct",
        TillaegFraVagtplan = "tillaeg-fra-vagtplan",
        // Takster
        Pladser = "pladser",
        Belaegning = "belaegning",
        Overhead = "overhead",
        IndtastetTimepris = "indtastet-timepris",
        Prisgrundlag = "prisgrundlag",
        GlidningAntal = "glidning-antal",
        BostoetteTimepris = "bostoette-timepris",
        LeveredeTimer = "leverede-timer",
        // Overgang
        StartAar = "start-aar",
        StartMaaned = "start-maaned",
        Horisont = "horisont",
    }
}

ids! {
    /// A field of the prisoverslag's case details (borger, sagsnummer, …): case data of the
    /// tab, not of the scenario (`model::case`), so not an `Edit` target.
    CaseField {
        Borger = "overslag-borger",
        Sagsnummer = "overslag-sagsnummer",
        Sagsbehandler = "overslag-sagsbehandler",
        Dato = "overslag-dato",
        Indstillet = "overslag-indstillet",
        Periode = "overslag-periode",
    }
}

ids! {
    /// A list of rows as a whole: the key of an error about the list (empty, shares do not
    /// sum to 100 %, too many rows). Only `sager` is also an element's test id.
    List {
        Grupper = "grupper",
        Vagter = "vagter",
        Alternativer = "alternativer",
        Sager = "sager",
    }
}

ids! {
    /// A list of rows; its id is the prefix of its rows' ids (`pakke` in `pakke-N-vum`).
    Table {
        /// Personalegrupper (Lønbudget).
        Groups = "gruppe",
        /// Vagter (Vagtplan).
        Shifts = "vagt",
        /// Tillægssatser, one row per staff group (Vagtplan).
        Rates = "tillaeg",
        /// Faste udgifter (Takster).
        FixedCosts = "fast-udgift",
        /// Ydelsespakker (Takster).
        Packages = "pakke",
        /// Særtakster (Takster).
        Saertakster = "saertakst",
        /// Prisopslagets alternativer (Takster).
        Alternatives = "alternativ",
        /// Sager (Overgang).
        Cases = "sag",
    }
}

impl Table {
    /// The id of something in row `row` (0-based) that is not an input, e.g. a result cell
    /// or a button: `pakke-N-{part}`, N from 1.
    pub fn row_id(self, row: usize, part: &str) -> String {
        format!("{}-{}-{part}", self.id(), row + 1)
    }

    /// What every id in row `row` starts with (`pakke-3-`), to pick that row's errors.
    pub fn row_prefix(self, row: usize) -> String {
        self.row_id(row, "")
    }
}

/// Declares the row columns: each with its table and id part, from one list.
macro_rules! columns {
    ($($(#[$vmeta:meta])* $variant:ident = $table:ident $id:expr,)*) => {
        ids! {
            /// An input in each row of a table; the last part of its id (`vum` in `pakke-N-vum`).
            Column {
                $($(#[$vmeta])* $variant = $id,)*
            }
        }

        impl Column {
            /// The table whose rows have this input.
            pub const fn table(self) -> Table {
                match self {
                    $(Column::$variant => Table::$table,)*
                }
            }
        }
    };
}

columns! {
    GroupName = Groups "navn",
    GroupShare = Groups "andel",
    GroupSalary = Groups "maanedsloen",
    GroupPension = Groups "pension",
    ShiftName = Shifts "navn",
    ShiftStart = Shifts "start",
    ShiftEnd = Shifts "slut",
    ShiftMonday = Shifts "mandag",
    ShiftTuesday = Shifts "tirsdag",
    ShiftWednesday = Shifts "onsdag",
    ShiftThursday = Shifts "torsdag",
    ShiftFriday = Shifts "fredag",
    ShiftSaturday = Shifts "loerdag",
    ShiftSunday = Shifts "soendag",
    ShiftGroup = Shifts "gruppe",
    ShiftAsleep = Shifts "sovende",
    RateEvening = Rates Window::Evening.key(),
    RateNight = Rates Window::Night.key(),
    RateSaturday = Rates Window::Saturday.key(),
    RateSunday = Rates Window::Sunday.key(),
    FixedCostName = FixedCosts "navn",
    FixedCostAmount = FixedCosts "beloeb",
    PackageCode = Packages "kode",
    PackageName = Packages "navn",
    PackageVum = Packages "vum",
    PackageHours = Packages "timer",
    PackageUnit = Packages "enhed",
    PackagePrice = Packages "pris",
    PackageOpenEnded = Packages "opefter",
    PackageResidents = Packages "beboere",
    SaertakstPseudonym = Saertakster "pseudonym",
    SaertakstHours = Saertakster "timer",
    SaertakstMonths = Saertakster "maaneder",
    AlternativeChoice = Alternatives "valg",
    AlternativeHours = Alternatives "timer",
    CasePseudonym = Cases "pseudonym",
    CasePackage = Cases "pakke",
    CaseOldRate = Cases "t-old",
    CaseMoveOut = Cases "t0",
    CaseTransitionMonths = Cases "l",
    CaseHoursTransition = Cases "h-t",
    CaseCostPerHour = Cases "c-b",
    CaseHoursAfter = Cases "h-a",
    CaseBostottePrice = Cases "p-b",
    CaseRefillAfter = Cases "r",
    CaseNewRate = Cases "t-new",
    CaseStayMonths = Cases "s",
}

impl Column {
    /// A shift's staff columns, Monday … Sunday.
    pub const SHIFT_DAYS: [Column; 7] = [
        Column::ShiftMonday,
        Column::ShiftTuesday,
        Column::ShiftWednesday,
        Column::ShiftThursday,
        Column::ShiftFriday,
        Column::ShiftSaturday,
        Column::ShiftSunday,
    ];

    /// The rate column of supplement window `w`.
    pub const fn rate(w: Window) -> Column {
        match w {
            Window::Evening => Column::RateEvening,
            Window::Night => Column::RateNight,
            Window::Saturday => Column::RateSaturday,
            Window::Sunday => Column::RateSunday,
        }
    }

    /// The supplement window of a rates column (`rate`'s inverse).
    pub const fn window(self) -> Option<Window> {
        match self {
            Column::RateEvening => Some(Window::Evening),
            Column::RateNight => Some(Window::Night),
            Column::RateSaturday => Some(Window::Saturday),
            Column::RateSunday => Some(Window::Sunday),
            _ => None,
        }
    }

    /// This column's input in row `row` (0-based).
    pub const fn at(self, row: usize) -> RowField {
        RowField { column: self, row }
    }
}

/// One input in one row: `pakke-N-vum`. The column determines the table, so a row field
/// can only name an input that exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RowField {
    pub column: Column,
    /// 0-based; the id counts from 1.
    pub row: usize,
}

impl RowField {
    pub const fn table(self) -> Table {
        self.column.table()
    }

    /// `{table}-{row + 1}-{column}`.
    pub fn id(self) -> String {
        self.table().row_id(self.row, self.column.id())
    }
}

/// What a parse error (or, later, an edit) is about: one input, or a list as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldRef {
    Page(Field),
    Row(RowField),
    List(List),
}

impl FieldRef {
    /// The test id.
    pub fn id(self) -> String {
        match self {
            FieldRef::Page(f) => f.id().to_string(),
            FieldRef::Row(f) => f.id(),
            FieldRef::List(l) => l.id().to_string(),
        }
    }
}

impl From<Field> for FieldRef {
    fn from(f: Field) -> Self {
        FieldRef::Page(f)
    }
}

impl From<RowField> for FieldRef {
    fn from(f: RowField) -> Self {
        FieldRef::Row(f)
    }
}

impl From<List> for FieldRef {
    fn from(l: List) -> Self {
        FieldRef::List(l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_ids_count_from_one() {
        assert_eq!(Column::PackageVum.at(0).id(), "pakke-1-vum");
        assert_eq!(Column::RateSunday.at(2).id(), "tillaeg-3-soen-helligdag");
        assert_eq!(FieldRef::from(Field::Lonbudget).id(), "lonbudget");
        assert_eq!(Table::Cases.row_prefix(9), "sag-10-");
    }

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<String> = Field::ALL
            .iter()
            .map(|&f| FieldRef::from(f).id())
            .chain(List::ALL.iter().map(|&l| FieldRef::from(l).id()))
            .chain(Column::ALL.iter().map(|c| c.at(0).id()))
            .collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }
}
