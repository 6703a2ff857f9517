//! The case details of a prisoverslag (borger, sagsnummer, sagsbehandler, dato, indstillet
//! alternativ, periode) and the one check on them: nothing that looks like a CPR number.
//!
//! They describe one citizen's case, not the botilbud, so they live in the browser tab
//! (`ui::state::AppState::case`) and never in the scenario: a scenario is saved, shared as a
//! link and sent as a file, and a case's details must not travel with it.
use super::field::CaseField;

/// What the case worker typed, as typed (free text: nothing here is parsed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseDetails {
    pub citizen: String,
    pub case_number: String,
    pub case_worker: String,
    pub date: String,
    pub recommended: String,
    pub period: String,
}

impl CaseDetails {
    /// The text of `field`.
    pub fn get(&self, field: CaseField) -> &str {
        match field {
            CaseField::Borger => &self.citizen,
            CaseField::Sagsnummer => &self.case_number,
            CaseField::Sagsbehandler => &self.case_worker,
            CaseField::Dato => &self.date,
            CaseField::Indstillet => &self.recommended,
            CaseField::Periode => &self.period,
        }
    }

    /// Replaces the text of `field`.
    pub fn set(&mut self, field: CaseField, text: String) {
        let slot = match field {
            CaseField::Borger => &mut self.citizen,
            CaseField::Sagsnummer => &mut self.case_number,
            CaseField::Sagsbehandler => &mut self.case_worker,
            CaseField::Dato => &mut self.date,
            CaseField::Indstillet => &mut self.recommended,
            CaseField::Periode => &mut self.period,
        };
        *slot = text;
    }

    /// The fields whose text looks like a CPR number, in form order, each with the warning
    /// shown by it. A warning, not an error: the printout is not blocked (a case number
    /// may by chance have that shape), but the user is told before it goes to a committee.
    pub fn warnings(&self) -> Vec<(CaseField, &'static str)> {
        CaseField::ALL
            .iter()
            .filter(|f| looks_like_cpr(self.get(**f)))
            .map(|f| (*f, CPR_WARNING))
            .collect()
    }
}

/// The warning by a field that looks like a CPR number.
pub const CPR_WARNING: &str =
    "Det ligner et CPR-nummer. Brug aldrig CPR-numre her: skriv et pseudonym eller sagsnummer.";

/// Whether `text` contains something shaped like a CPR number: six digits, an optional
/// dash, four digits, not part of a longer run of digits ("010190-1234", "0101901234",
/// "sag 010190-1234"; not "12345678901" or "2026-1234"). The shape only: the date and the
/// modulus-11 check are not tested, since CPR numbers issued since 2007 need not pass it.
pub fn looks_like_cpr(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    let digits = |from: usize, n: usize| (from..from + n).all(digit);
    (0..chars.len()).any(|start| {
        let at_start = start == 0 || !digit(start - 1);
        if !at_start || !digits(start, 6) {
            return false;
        }
        let dash = usize::from(chars.get(start + 6) == Some(&'-'));
        let rest = start + 6 + dash;
        digits(rest, 4) && !digit(rest + 4)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn cpr_shapes_are_recognised() {
        for yes in [
            "010190-1234",
            "0101901234",
            "Sag 010190-1234",
            "Borger 0101901234, bostøtte",
            "x010190-1234",
        ] {
            assert!(looks_like_cpr(yes), "{yes}");
        }
        for no in [
            "",
            "A.B.",
            "2026-1234",            // a case number: 4 + 4 digits
            "12345678901",          // 11 digits
            "010190-12345",         // 6 + 5
            "0101901-1234",         // 7 + 4
            "01019-01234",          // 5 + 5
            "010190 1234",          // a space is not the dash of the rule
            "27.02.2027",           // a date
            "Sagsnr. 24-001234-56", // a longer case number
        ] {
            assert!(!looks_like_cpr(no), "{no}");
        }
    }

    #[test]
    fn warnings_name_the_fields_in_form_order() {
        let mut case = CaseDetails::default();
        assert!(case.warnings().is_empty());
        case.set(CaseField::Sagsnummer, "010190-1234".into());
        case.set(CaseField::Borger, "0101901234".into());
        case.set(CaseField::Sagsbehandler, "Kim".into());
        assert_eq!(
            case.warnings(),
            vec![
                (CaseField::Borger, CPR_WARNING),
                (CaseField::Sagsnummer, CPR_WARNING)
            ]
        );
        assert_eq!(case.get(CaseField::Borger), "0101901234");
        assert_eq!(case.get(CaseField::Sagsbehandler), "Kim");
    }

    proptest! {
        // Any ten digits in the shape, with or without the dash and with text around them
        // that does not continue the digits, are flagged.
        #[test]
        fn every_cpr_shape_is_flagged(
            date in "[0-9]{6}", serial in "[0-9]{4}", dash in any::<bool>(),
            before in "[a-zæøå .:]{0,8}", after in "[a-zæøå .,]{0,8}",
        ) {
            let text = format!("{before}{date}{}{serial}{after}", if dash { "-" } else { "" });
            prop_assert!(looks_like_cpr(&text), "{}", text);
        }

        // Text without ten digits in a row (dash aside) is never flagged.
        #[test]
        fn short_digit_runs_are_not_flagged(parts in proptest::collection::vec("[0-9]{0,5}", 1..5)) {
            let text = parts.join("/");
            prop_assert!(!looks_like_cpr(&text), "{}", text);
        }
    }
}
