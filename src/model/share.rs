//! A scenario in a link: compact JSON → raw deflate → base64url, carried in the URL
//! fragment (`#s=…`), which browsers never send to a server. Also the parsing of the
//! link's other parameters (`embed`, `side`), from the fragment or the query.
use super::deflate::{deflate, inflate};
use super::scenario::{decode_json, encode_compact, Decoded, Scenario, ScenarioError, MAX_TEXT};

/// The fragment parameter holding the scenario.
pub const PARAM: &str = "s";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 §5): safe in a URL fragment as is.
fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    let sextet = |v: u32, shift: u32| {
        // `v >> shift & 63` is always < 64, so the lookup cannot fail.
        char::from(
            ALPHABET
                .get(((v >> shift) & 63) as usize)
                .copied()
                .unwrap_or(b'A'),
        )
    };
    for chunk in bytes.chunks(3) {
        let b = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let v = (b(0) << 16) | (b(1) << 8) | b(2);
        out.push(sextet(v, 18));
        out.push(sextet(v, 12));
        if chunk.len() > 1 {
            out.push(sextet(v, 6));
        }
        if chunk.len() > 2 {
            out.push(sextet(v, 0));
        }
    }
    out
}

fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32);
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let mut v = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            v |= value(c)? << (18 - 6 * i as u32);
        }
        let [_, a, b, c] = v.to_be_bytes();
        out.push(a);
        if chunk.len() > 2 {
            out.push(b);
        }
        if chunk.len() > 3 {
            out.push(c);
        }
    }
    Some(out)
}

/// The scenario as the value of the `s` parameter.
pub fn encode_link(scenario: &Scenario) -> String {
    let json = encode_compact(scenario);
    base64url_encode(&deflate(json.as_bytes()))
}

/// Reads the value of the `s` parameter back into a scenario.
pub fn decode_link(param: &str) -> Result<Decoded<Scenario>, ScenarioError> {
    if param.len() > MAX_TEXT {
        return Err(ScenarioError::TooLarge);
    }
    let compressed = base64url_decode(param.trim()).ok_or(ScenarioError::BadLink)?;
    let json = inflate(&compressed, MAX_TEXT).map_err(|_| ScenarioError::BadLink)?;
    let text = String::from_utf8(json).map_err(|_| ScenarioError::BadLink)?;
    decode_json(&text)
}

/// The raw text behind a link parameter, for the "download what you got" escape hatch:
/// the JSON when the link decompresses, else the parameter itself.
pub fn link_raw_text(param: &str) -> String {
    base64url_decode(param.trim())
        .and_then(|c| inflate(&c, MAX_TEXT).ok())
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_else(|| param.to_string())
}

/// What the address asks for, read from the query and the fragment (the fragment wins).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LinkParams {
    /// The `s` parameter: an encoded scenario.
    pub scenario: Option<String>,
    /// `embed=1`: one page without header and navigation, for an iframe.
    pub embed: bool,
    /// `side=loen|vagtplan|takster|overgang`: which page to show.
    pub page: Option<String>,
}

/// Parses `search` (`?a=b&…`) and `hash` (`#a=b&…`) as the browser gives them.
pub fn parse_params(search: &str, hash: &str) -> LinkParams {
    let mut params = LinkParams::default();
    let pairs = |text: &str| -> Vec<(String, String)> {
        text.split('&')
            .filter(|p| !p.is_empty())
            .map(|p| match p.split_once('=') {
                Some((k, v)) => (k.to_string(), v.to_string()),
                None => (p.to_string(), String::new()),
            })
            .collect()
    };
    let search = search.strip_prefix('?').unwrap_or(search);
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    for (key, value) in pairs(search).into_iter().chain(pairs(hash)) {
        match key.as_str() {
            PARAM => params.scenario = Some(value),
            "embed" => params.embed = value == "1" || value == "true",
            "side" => params.page = Some(value),
            _ => {}
        }
    }
    params
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        // RFC 4648 §10 test vectors, without padding.
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), encoded);
            assert_eq!(base64url_decode(encoded), Some(plain.as_bytes().to_vec()));
        }
        // 0xfb 0xff → "-_8" (the URL-safe characters instead of + and /).
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("Z"), None);
        assert_eq!(base64url_decode("Zm9v+"), None);
    }

    #[test]
    fn link_round_trip() {
        let mut s = Scenario {
            name: "Æblehaven <b>".into(),
            ..Scenario::default()
        };
        s.wage.budget = "9.999.999,99".into();
        assert_eq!(decode_link(&encode_link(&s)).map(|d| d.value), Ok(s));
    }

    #[test]
    fn links_made_by_node_zlib_open() {
        // `deflateRawSync` of the example's compact JSON, base64url: Node's dynamic-Huffman
        // blocks, as the browser tests and scripts/bench make links.
        let link = include_str!("../../tests/fixtures/scenario-v1.link");
        let example = include_str!("../../tests/fixtures/scenario-v1.json");
        assert_eq!(decode_link(link), decode_json(example));
        assert!(decode_link(link).is_ok());
    }

    #[test]
    fn the_default_link_is_short() {
        // The limit is 2.000 characters for the whole address; leave room for it.
        let link = encode_link(&Scenario::default());
        assert!(link.len() < 1_700, "link is {} characters", link.len());
    }

    #[test]
    fn damaged_links_are_refused_with_a_clear_error() {
        let link = encode_link(&Scenario::default());
        let cut = link.get(..link.len() / 2).unwrap_or_default();
        assert_eq!(decode_link(cut), Err(ScenarioError::BadLink));
        assert_eq!(decode_link("%%%"), Err(ScenarioError::BadLink));
        assert!(decode_link("").is_err());
        // Valid compression of something that is not a scenario.
        let foreign = base64url_encode(&deflate(b"[1]"));
        assert_eq!(decode_link(&foreign), Err(ScenarioError::Foreign));
        assert_eq!(link_raw_text(&foreign), "[1]");
        assert_eq!(link_raw_text("%%%"), "%%%");
    }

    #[test]
    fn params_from_query_and_fragment() {
        assert_eq!(parse_params("", ""), LinkParams::default());
        let p = parse_params("?embed=1&side=takster", "");
        assert!(p.embed);
        assert_eq!(p.page.as_deref(), Some("takster"));
        let p = parse_params("", "#s=abc&embed=1&side=overgang");
        assert_eq!(p.scenario.as_deref(), Some("abc"));
        assert!(p.embed);
        assert_eq!(p.page.as_deref(), Some("overgang"));
        assert!(!parse_params("?embed=0", "").embed);
        assert_eq!(
            parse_params("?side=loen", "#side=vagtplan").page.as_deref(),
            Some("vagtplan")
        );
    }

    proptest! {
        // With the 80.000 cases in model::scenario: over 100.000 decoder cases per run.
        #![proptest_config(ProptestConfig::with_cases(
            crate::model::scenario::tests::fuzz_cases(20_000)
        ))]

        #[test]
        fn decode_link_never_panics(text in "[A-Za-z0-9_=-]{0,300}") {
            let _ = decode_link(&text);
            let _ = link_raw_text(&text);
        }

        #[test]
        fn decode_link_never_panics_on_mutated_links(at in 0usize..400, c in "[A-Za-z0-9_-]", cut in 0usize..400) {
            let link = encode_link(&Scenario::default());
            let mut chars: Vec<char> = link.chars().collect();
            if let (Some(slot), Some(new)) = (chars.get_mut(at), c.chars().next()) {
                *slot = new;
            }
            chars.truncate(cut.max(1));
            let _ = decode_link(&chars.into_iter().collect::<String>());
        }

        #[test]
        fn base64url_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
        }

        #[test]
        fn params_never_panic(search in ".{0,60}", hash in ".{0,60}") {
            let _ = parse_params(&search, &hash);
        }
    }
}
