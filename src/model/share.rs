//! A scenario in a link: compact JSON → raw DEFLATE → base64url, carried in the URL
//! fragment (`#s=…`), which browsers never send to a server. The DEFLATE is the browser's
//! (`platform::link`, async); this module is the pure rest: base64url, the size cap and the
//! JSON. Also the parsing of the link's other parameters (`embed`, `side`), from the
//! fragment or the query.
use super::scenario::{decode_json, Decoded, Scenario, ScenarioError, MAX_TEXT};
use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine;

/// The fragment parameter holding the scenario.
pub const PARAM: &str = "s";

/// base64url without padding (RFC 4648 §5), safe in a URL fragment as is. Reading is as
/// lenient as it safely can be (padding and non-zero trailing bits are accepted), so a link
/// another encoder made still opens.
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// The value of the `s` parameter for `deflated`, the raw DEFLATE of a scenario's compact
/// JSON (`scenario::encode_compact`).
pub fn encode_link(deflated: &[u8]) -> String {
    BASE64URL.encode(deflated)
}

/// The raw DEFLATE carried by the `s` parameter, for the browser to inflate (capped at
/// `MAX_TEXT` of output, see `platform::link`). Over-long parameters are refused first.
pub fn link_bytes(param: &str) -> Result<Vec<u8>, ScenarioError> {
    if param.len() > MAX_TEXT {
        return Err(ScenarioError::TooLarge);
    }
    BASE64URL
        .decode(param.trim())
        .map_err(|_| ScenarioError::BadLink)
}

/// The inflated link (compact JSON) as a scenario: the one place a link meets the JSON
/// reader.
pub fn decode_link_json(json: &[u8]) -> Result<Decoded<Scenario>, ScenarioError> {
    let text = std::str::from_utf8(json).map_err(|_| ScenarioError::BadLink)?;
    decode_json(text)
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

/// The address that opens `encoded` in the full calculator on page `page` (a `side` key),
/// from an embedded page's address `href`: its fragment goes, and so do `embed`, `side` and
/// `s` in its query (an embed may carry them in either part); the scenario and the page go
/// in the fragment, which is never sent to the server.
pub fn full_link(href: &str, encoded: &str, page: &str) -> String {
    let base = href.split('#').next().unwrap_or_default();
    let (path, query) = base.split_once('?').unwrap_or((base, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            !pair.is_empty() && !matches!(key, "embed" | "side" | PARAM)
        })
        .collect();
    let query = if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    };
    format!("{path}{query}#{PARAM}={encoded}&side={page}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scenario::encode_compact;
    use miniz_oxide::{deflate::compress_to_vec, inflate::decompress_to_vec_with_limit};
    use proptest::prelude::*;

    /// `platform::link::encode` natively: miniz_oxide at zlib's default level 6, the level
    /// of Chromium's `CompressionStream`.
    fn link_of(scenario: &Scenario) -> String {
        encode_link(&compress_to_vec(encode_compact(scenario).as_bytes(), 6))
    }

    /// `platform::link::decode` natively, miniz_oxide inflating with the browser's cap.
    fn open(param: &str) -> Result<Scenario, ScenarioError> {
        let deflated = link_bytes(param)?;
        let json = decompress_to_vec_with_limit(&deflated, MAX_TEXT)
            .map_err(|_| ScenarioError::BadLink)?;
        decode_link_json(&json).map(|decoded| decoded.value)
    }

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
            assert_eq!(encode_link(plain.as_bytes()), encoded);
            assert_eq!(link_bytes(encoded), Ok(plain.as_bytes().to_vec()));
        }
        // 0xfb 0xff → "-_8" (the URL-safe characters instead of + and /).
        assert_eq!(encode_link(&[0xfb, 0xff]), "-_8");
        assert_eq!(link_bytes("Z"), Err(ScenarioError::BadLink));
        assert_eq!(link_bytes("Zm9v+"), Err(ScenarioError::BadLink));
        // Other encoders' spellings still open: padding, non-zero trailing bits.
        assert_eq!(link_bytes("Zg=="), Ok(b"f".to_vec()));
        assert_eq!(link_bytes("Zh"), Ok(b"f".to_vec()));
    }

    #[test]
    fn link_round_trip() {
        let mut s = Scenario {
            name: "Æblehaven <b>".into(),
            ..Scenario::default()
        };
        s.wage.budget = "9.999.999,99".into();
        assert_eq!(open(&link_of(&s)), Ok(s));
    }

    #[test]
    fn links_of_earlier_releases_open() -> Result<(), Box<dyn std::error::Error>> {
        // tests/fixtures/links/: links written by the hand-written encoder of the releases
        // before the browser compressed (`model::deflate`, dynamic and fixed Huffman blocks),
        // each next to the JSON it must open as; tests/e2e/links.test.mjs opens them in
        // Chromium. scenario-v1.link is Node's `zlib.deflateRawSync`, as the browser tests
        // and scripts/bench make links.
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut links = vec![fixtures.join("scenario-v1.link")];
        for entry in std::fs::read_dir(fixtures.join("links"))? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "link") {
                links.push(path);
            }
        }
        assert!(links.len() >= 4, "{links:?}");
        for link in links {
            let json = std::fs::read(link.with_extension("json"))?;
            let expected = decode_link_json(&json).map(|decoded| decoded.value);
            assert!(expected.is_ok(), "{}", link.display());
            let text = std::fs::read_to_string(&link)?;
            assert_eq!(open(text.trim()), expected, "{}", link.display());
        }
        Ok(())
    }

    #[test]
    fn the_default_link_is_short() {
        // The limit is 2.000 characters for the whole address; leave room for it.
        // The browser test checks the link Chromium makes.
        let link = link_of(&Scenario::default());
        assert!(link.len() < 1_700, "link is {} characters", link.len());
    }

    #[test]
    fn damaged_links_are_refused_with_a_clear_error() {
        let link = link_of(&Scenario::default());
        let cut = link.get(..link.len() / 2).unwrap_or_default();
        assert_eq!(open(cut), Err(ScenarioError::BadLink));
        assert_eq!(link_bytes("%%%"), Err(ScenarioError::BadLink));
        assert_eq!(link_bytes("Z"), Err(ScenarioError::BadLink));
        assert_eq!(
            link_bytes(&"A".repeat(MAX_TEXT + 1)),
            Err(ScenarioError::TooLarge)
        );
        assert!(open("").is_err());
        // Valid compression of something that is not a scenario, or not text.
        assert_eq!(decode_link_json(b"[1]"), Err(ScenarioError::Foreign));
        assert_eq!(decode_link_json(&[0xff, 0xfe]), Err(ScenarioError::BadLink));
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
            let _ = open(&text);
            let _ = decode_link_json(text.as_bytes());
        }

        #[test]
        fn decode_link_never_panics_on_mutated_links(at in 0usize..400, c in "[A-Za-z0-9_-]", cut in 0usize..400) {
            let link = link_of(&Scenario::default());
            let mut chars: Vec<char> = link.chars().collect();
            if let (Some(slot), Some(new)) = (chars.get_mut(at), c.chars().next()) {
                *slot = new;
            }
            chars.truncate(cut.max(1));
            let _ = open(&chars.into_iter().collect::<String>());
        }

        #[test]
        fn base64url_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(link_bytes(&encode_link(&bytes)), Ok(bytes));
        }

        #[test]
        fn params_never_panic(search in ".{0,60}", hash in ".{0,60}") {
            let _ = parse_params(&search, &hash);
        }
    }

    #[test]
    fn the_full_link_drops_embed_and_keeps_the_page() {
        // The README's snippet: embed and side in the query.
        assert_eq!(
            full_link(
                "https://intra.dk/botilbud/?embed=1&side=takster",
                "AbC",
                "takster"
            ),
            "https://intra.dk/botilbud/#s=AbC&side=takster"
        );
        // A preset link: everything in the fragment, which goes whole.
        assert_eq!(
            full_link(
                "https://intra.dk/b/index.html#s=old&embed=1&side=loen",
                "New",
                "loen"
            ),
            "https://intra.dk/b/index.html#s=New&side=loen"
        );
        // Other query parameters stay; `embed=true` goes too.
        assert_eq!(
            full_link("http://h/?x=2&embed=true", "Q", "overgang"),
            "http://h/?x=2#s=Q&side=overgang"
        );
        assert_eq!(full_link("", "Q", "loen"), "#s=Q&side=loen");
    }

    proptest! {
        /// The full link opens the same scenario on the same page, never embedded.
        #[test]
        fn the_full_link_reads_back_unembedded(
            path in "https?://[a-z]{1,8}(/[a-z]{1,6}){0,3}/?",
            query in "(embed=1&)?(side=[a-z]{1,8}&)?(x=[a-z0-9]{0,4})?",
            hash in "(#s=[A-Za-z0-9_-]{0,12}&embed=1)?",
            encoded in "[A-Za-z0-9_-]{1,40}",
            page in "loen|vagtplan|takster|overgang",
        ) {
            let href = format!("{path}?{query}{hash}");
            let link = full_link(&href, &encoded, &page);
            let (base, fragment) = link.split_once('#').unwrap();
            let search = base.split_once('?').map_or("", |(_, q)| q);
            let params = parse_params(search, fragment);
            prop_assert!(!params.embed);
            prop_assert_eq!(params.scenario, Some(encoded));
            prop_assert_eq!(params.page, Some(page));
            prop_assert!(link.starts_with(&path));
        }
    }
}
