//! CSV that opens correctly in Danish Excel: `;` between fields (Danish Excel's list
//! separator), decimal comma, UTF-8 with a byte order mark (without it Excel reads the file
//! as Windows-1252 and mangles æ, ø, å) and CRLF line ends.
//!
//! Cells are typed so numbers are written for Excel to read as numbers (no thousands
//! separator, which Excel may take for a date or text) and text cannot smuggle in a formula.
use super::number::format_plain;
use rust_decimal::Decimal;

/// UTF-8 byte order mark; Excel uses it to detect the encoding.
pub const BOM: &str = "\u{feff}";

/// One cell of the sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Free text (user text such as a pseudonym, or a label).
    Text(String),
    /// A number with a fixed number of decimals, e.g. `1234,50`.
    Number(Decimal, u32),
}

impl Cell {
    /// Shorthand for a text cell.
    pub fn text(value: impl Into<String>) -> Self {
        Cell::Text(value.into())
    }

    /// The cell as it appears between the separators.
    fn encode(&self) -> String {
        match self {
            Cell::Number(value, decimals) => format_plain(*value, *decimals),
            Cell::Text(text) => quote(&defuse(text)),
        }
    }
}

/// Text starting with `=`, `+`, `-`, `@`, tab or CR would be run as a formula by Excel
/// (CSV injection); a leading apostrophe makes Excel show it as plain text.
fn defuse(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// Wraps a field in quotes (doubling inner quotes) when it holds `;`, `"` or a line break.
fn quote(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// What a sheet is about, written above its table: Danish Excel shows these lines first, so
/// a file passed on still says whose figures they are, for which period, made when, in
/// which unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// The scenario's (botilbud's) name.
    pub botilbud: String,
    pub period: String,
    /// The day the file was made (dd.mm.åååå).
    pub generated: String,
    pub unit: String,
}

impl Context {
    /// The block for a table of `botilbud` over `period` in `unit`; the date is filled in
    /// when the file is made.
    pub fn new(botilbud: &str, period: &str, unit: &str) -> Self {
        Self {
            botilbud: botilbud.into(),
            period: period.into(),
            generated: String::new(),
            unit: unit.into(),
        }
    }
}

/// `rows` under the context block: one labelled line each for botilbud, periode, dannet and
/// enhed, then an empty line, so Excel's first table row is still the headings.
pub fn with_context(context: &Context, rows: Vec<Vec<Cell>>) -> Vec<Vec<Cell>> {
    let line = |label: &str, value: &str| vec![Cell::text(label), Cell::text(value)];
    let mut out = vec![
        line("Botilbud", &context.botilbud),
        line("Periode", &context.period),
        line("Dannet", &context.generated),
        line("Enhed", &context.unit),
        Vec::new(),
    ];
    out.extend(rows);
    out
}

/// The sheet as text, BOM first, every row ended by CRLF.
pub fn to_string(rows: &[Vec<Cell>]) -> String {
    let mut out = String::from(BOM);
    for row in rows {
        let fields: Vec<String> = row.iter().map(Cell::encode).collect();
        out.push_str(&fields.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// The sheet as the bytes of a `.csv` file.
pub fn to_bytes(rows: &[Vec<Cell>]) -> Vec<u8> {
    to_string(rows).into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap_or_default()
    }

    #[test]
    fn danish_excel_format() {
        let rows = vec![
            vec![Cell::text("Måned"), Cell::text("Sag Æble")],
            vec![Cell::text("jan. 2026"), Cell::Number(d("1234.5"), 2)],
            vec![Cell::text("I alt"), Cell::Number(d("-0.004"), 2)],
        ];
        let text = to_string(&rows);
        assert_eq!(
            text,
            "\u{feff}Måned;Sag Æble\r\njan. 2026;1234,50\r\nI alt;0,00\r\n"
        );
        let bytes = to_bytes(&rows);
        assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
    }

    #[test]
    fn the_context_block_comes_first() {
        let context = Context {
            botilbud: "Hus; nord".into(),
            period: "år 2026".into(),
            generated: "01.02.2026".into(),
            unit: "timer pr. år".into(),
        };
        let rows = with_context(
            &context,
            vec![vec![Cell::text("Post"), Cell::text("Timer")]],
        );
        assert_eq!(
            to_string(&rows),
            "\u{feff}Botilbud;\"Hus; nord\"\r\nPeriode;år 2026\r\nDannet;01.02.2026\r\nEnhed;timer pr. år\r\n\r\nPost;Timer\r\n"
        );
    }

    #[test]
    fn quotes_separators_quotes_and_newlines() {
        let row = vec![
            Cell::text("a;b"),
            Cell::text("sagt \"hej\""),
            Cell::text("to\nlinjer"),
            Cell::text("plain"),
        ];
        assert_eq!(
            to_string(&[row]),
            "\u{feff}\"a;b\";\"sagt \"\"hej\"\"\";\"to\nlinjer\";plain\r\n"
        );
    }

    #[test]
    fn numbers_have_no_thousands_separator_and_keep_sign() {
        let row = vec![
            Cell::Number(d("1234567.891"), 2),
            Cell::Number(d("-1000"), 0),
            Cell::Number(d("2.345"), 2),
        ];
        assert_eq!(to_string(&[row]), "\u{feff}1234567,89;-1000;2,35\r\n");
    }

    #[test]
    fn formulas_are_defused() {
        let row = vec![Cell::text("=1+1"), Cell::text("@SUM(A1)"), Cell::text("-x")];
        assert_eq!(to_string(&[row]), "\u{feff}'=1+1;'@SUM(A1);'-x\r\n");
    }

    /// Splits one encoded line back into fields (the RFC 4180 reading Excel does).
    fn parse_line(line: &str) -> Vec<String> {
        let mut fields = vec![String::new()];
        let mut quoted = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    fields.last_mut().unwrap().push('"');
                }
                ('"', _) => quoted = !quoted,
                (';', false) => fields.push(String::new()),
                (c, _) => fields.last_mut().unwrap().push(c),
            }
        }
        fields
    }

    proptest! {
        /// Any text survives a round trip through quoting (after the formula guard).
        #[test]
        fn text_round_trips(cells in prop::collection::vec("\\PC{0,12}", 1..5)) {
            let row: Vec<Cell> = cells.iter().map(|c| Cell::text(c.as_str())).collect();
            let text = to_string(&[row]);
            let body = text.strip_prefix(BOM).unwrap().strip_suffix("\r\n").unwrap();
            let expected: Vec<String> = cells.iter().map(|c| defuse(c)).collect();
            prop_assert_eq!(parse_line(body), expected);
        }

        /// Numbers never panic and always read back with a decimal comma.
        #[test]
        fn numbers_read_back(cents in any::<i64>(), decimals in 0u32..6) {
            let value = Decimal::new(cents, 2);
            let text = Cell::Number(value, decimals).encode();
            let back = Decimal::from_str(&text.replace(',', ".")).unwrap();
            prop_assert_eq!(back, crate::model::number::round(value, decimals));
        }
    }
}
