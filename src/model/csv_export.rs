//! Results tables as CSV for Danish Excel: `;` between fields, decimal comma, CRLF line
//! ends, UTF-8 with a byte order mark (without it Excel reads æøå as Latin-1).
//! (Named `csv_export` to stay clear of `model::csv`, written in parallel; the two are to be
//! unified at merge.)
use rust_decimal::Decimal;

/// One cell of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    /// A number with this many decimals, written without thousands separators so Excel
    /// reads it as a number.
    Number(Decimal, u32),
}

impl Cell {
    pub fn text(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }
}

fn field(cell: &Cell) -> String {
    match cell {
        Cell::Number(value, decimals) => super::number::round(*value, *decimals)
            .to_string()
            .replace('.', ","),
        Cell::Text(text) => {
            // A leading = + - @ would make Excel run the text as a formula (CSV injection).
            let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                format!("'{text}")
            } else {
                text.clone()
            };
            if text.contains([';', '"', '\n', '\r']) {
                format!("\"{}\"", text.replace('"', "\"\""))
            } else {
                text
            }
        }
    }
}

/// The table (first row = headings) as CSV text, BOM included.
pub fn to_csv(rows: &[Vec<Cell>]) -> String {
    let mut out = String::from('\u{feff}');
    for row in rows {
        let line: Vec<String> = row.iter().map(field).collect();
        out.push_str(&line.join(";"));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn dec(s: &str) -> Decimal {
        s.parse().expect("decimal")
    }

    #[test]
    fn danish_excel_format() {
        let csv = to_csv(&[
            vec![Cell::text("Post"), Cell::text("Timer")],
            vec![
                Cell::text("Betalte timer"),
                Cell::Number(dec("41000.456"), 2),
            ],
            vec![Cell::text("Ferie; 5 uger"), Cell::Number(dec("-3985"), 0)],
        ]);
        // 41.000,456 rounded to 2 decimals = 41000,46 (no thousands dot).
        assert_eq!(
            csv,
            "\u{feff}Post;Timer\r\nBetalte timer;41000,46\r\n\"Ferie; 5 uger\";-3985\r\n"
        );
    }

    #[test]
    fn quotes_and_formulas_are_neutralised() {
        let csv = to_csv(&[vec![
            Cell::text("=HYPERLINK(\"x\")"),
            Cell::text("Navn med \"citat\""),
        ]]);
        assert_eq!(
            csv,
            "\u{feff}\"'=HYPERLINK(\"\"x\"\")\";\"Navn med \"\"citat\"\"\"\r\n"
        );
    }

    proptest! {
        #[test]
        fn one_line_per_row_whatever_the_text(texts in proptest::collection::vec(".*", 1..5)) {
            let row: Vec<Cell> = texts.iter().map(|t| Cell::text(t)).collect();
            let csv = to_csv(&[row.clone(), row]);
            // Every CRLF inside a field is quoted, so unquoted CRLFs = rows.
            let mut inside = false;
            let mut breaks = 0;
            let bytes = csv.as_bytes();
            for (i, b) in bytes.iter().enumerate() {
                match b {
                    b'"' => inside = !inside,
                    b'\r' if !inside && bytes.get(i + 1) == Some(&b'\n') => breaks += 1,
                    _ => {}
                }
            }
            prop_assert_eq!(breaks, 2);
        }
    }
}
