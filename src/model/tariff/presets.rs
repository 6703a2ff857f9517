//! The published package tables the page can load (004 Boks 4.3 and 4.4).
use super::form::PackageForm;
use super::{HoursUnit, Vum};
use serde::{Deserialize, Serialize};

/// Which published table the packages came from; drives the note shown with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Preset {
    #[default]
    Gladsaxe,
    IkastBrande,
}

impl Preset {
    /// Where the table was published, for the screen note and the printout.
    pub const fn source(self) -> &'static str {
        match self {
            Preset::Gladsaxe => "Gladsaxe, VIVE 2019 boks 4.3",
            Preset::IkastBrande => "Ikast-Brande, VIVE 2019 boks 4.4",
        }
    }

    /// The table's packages (ids 0, 1, 2 …).
    pub fn packages(self) -> Vec<PackageForm> {
        match self {
            Preset::Gladsaxe => gladsaxe_packages(),
            Preset::IkastBrande => ikast_brande_packages(),
        }
    }
}

fn gladsaxe_package(n: u8, vum: Vum, hours: &str, up_to: &str, residents: &str) -> PackageForm {
    PackageForm {
        id: 0,
        code: n.to_string(),
        name: format!("Pakke {n} ({up_to})"),
        vum,
        hours: hours.into(),
        unit: HoursUnit::PerWeek,
        price: String::new(),
        open_ended: n == 6,
        residents: residents.into(),
    }
}

fn ikast_package(code: &str, vum: Vum, price: &str, minutes: &str) -> PackageForm {
    PackageForm {
        id: 0,
        code: code.into(),
        name: format!("Ydelsespakke {code}"),
        vum,
        hours: minutes.into(),
        unit: HoursUnit::MinutesPerDay,
        price: price.into(),
        open_ended: code == "6.1",
        residents: "0".into(),
    }
}

/// Gladsaxe's six packages (004 Boks 4.3): average borgerrelaterede timer per week, "op til"
/// in the name. Pakke 6 is "6 og opefter". The residents are an example house of 12.
pub fn gladsaxe_packages() -> Vec<PackageForm> {
    numbered(vec![
        gladsaxe_package(1, Vum::C, "17", "op til 20 t", "2"),
        gladsaxe_package(2, Vum::D, "24", "op til 27 t", "3"),
        gladsaxe_package(3, Vum::D, "30", "op til 34 t", "3"),
        gladsaxe_package(4, Vum::D, "37", "op til 49 t", "2"),
        gladsaxe_package(5, Vum::E, "61", "op til 72 t", "1"),
        gladsaxe_package(6, Vum::E, "84", "72 t og opefter", "1"),
    ])
}

/// `packages` with the ids 0, 1, 2 … (the default table's, which choices refer to).
fn numbered(mut packages: Vec<PackageForm>) -> Vec<PackageForm> {
    for (id, p) in packages.iter_mut().enumerate() {
        p.id = id;
    }
    packages
}

/// Ikast-Brande's packages (004 Boks 4.4): price per døgn (ydelsestakst) and direct minutes
/// per day. 6.1 is printed "2.498+ kr. / 390+ min": kept as an open-ended row whose numbers
/// are the minimum. A and B (råd og vejledning, væresteder, 0 min) are not botilbud
/// packages and are left out.
pub fn ikast_brande_packages() -> Vec<PackageForm> {
    let packages = [
        ("1.1", Vum::C, "150", "23"),
        ("1.2", Vum::C, "250", "39"),
        ("1.3", Vum::C, "399", "62"),
        ("2.1", Vum::C, "550", "86"),
        ("2.2", Vum::C, "749", "117"),
        ("3.1", Vum::D, "949", "148"),
        ("3.2", Vum::D, "1.149", "180"),
        ("4.1", Vum::D, "1.349", "211"),
        ("4.2", Vum::D, "1.599", "250"),
        ("5.1", Vum::D, "1.898", "296"),
        ("5.2", Vum::D, "2.198", "343"),
        ("5.3", Vum::D, "2.498", "390"),
        ("6.1", Vum::E, "2.498", "390"),
    ]
    .into_iter()
    .map(|(code, vum, price, minutes)| ikast_package(code, vum, price, minutes))
    .collect();
    numbered(packages)
}
