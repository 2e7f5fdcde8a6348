//! Answer codes in addresses: the share link `…/#/s/<code>`. The app writes
//! the code's non-ASCII text (a Chinese occupation) as UTF-8 `%XX` escapes, as
//! browsers do in a fragment, and its ASCII exactly as the answer code has it,
//! including the code's own `%XX` escapes, which are part of the code and must
//! reach [`crate::Answers::decode`] untouched. The app's routes and the
//! JavaScript package's `decodeShareLink` both read links through here.

/// Which `%XX` escapes [`unescape`] turns back into bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Escapes {
    /// Every escape (an address part written with escapes for all but
    /// letters and digits, such as an institution id).
    All,
    /// Only escapes of bytes above 0x7F: what a browser escapes in a fragment.
    NonAscii,
}

/// The share code as it goes into an address: non-ASCII as UTF-8 escapes.
pub fn escape_non_ascii(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    for c in code.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut buffer = [0; 4];
            for byte in c.encode_utf8(&mut buffer).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    out
}

/// The byte a `%XX` escape at the start of `bytes` stands for.
fn escaped_byte(bytes: &[u8]) -> Option<u8> {
    match bytes {
        [b'%', high, low, ..] => {
            let hex = [*high, *low];
            u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()
        }
        _ => None,
    }
}

/// Undoes the escapes `which` names; anything malformed, or a result that is
/// not UTF-8, keeps the text as written.
pub fn unescape(text: &str, which: Escapes) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(rest) = bytes.get(index..).filter(|rest| !rest.is_empty()) {
        let escaped = escaped_byte(rest).filter(|byte| which == Escapes::All || *byte > 0x7F);
        match escaped {
            Some(byte) => {
                out.push(byte);
                index += 3;
            }
            None => {
                out.push(rest[0]);
                index += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// The answer code in a share link, a `#/s/<code>` fragment or a bare code.
pub fn share_code(text: &str) -> Result<String, &'static str> {
    let text = text.trim();
    let code = match text.split_once('#') {
        Some((_, fragment)) => fragment
            .trim_start_matches('/')
            .strip_prefix("s/")
            .ok_or("not a share link: its address does not end in #/s/ and an answer code")?,
        None if text.contains("://") => {
            return Err("not a share link: its address has no #/s/ and an answer code")
        }
        None => text,
    };
    if code.is_empty() {
        return Err("the share link holds no answer code");
    }
    Ok(unescape(code, Escapes::NonAscii))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(link: &str, expected: Result<&str, &str>) {
        assert_eq!(
            share_code(link).as_deref(),
            expected.map(str::to_string).as_deref()
        );
    }

    #[test]
    fn a_full_link_a_fragment_and_a_bare_code_give_the_same_code() {
        check(
            "https://skillcheck.example.gov.cn/#/s/1~wulong-2019~ay.bn",
            Ok("1~wulong-2019~ay.bn"),
        );
        check("#/s/1~wulong-2019~ay.bn", Ok("1~wulong-2019~ay.bn"));
        check("  1~wulong-2019~ay.bn\n", Ok("1~wulong-2019~ay.bn"));
    }

    #[test]
    fn non_ascii_escapes_are_decoded_and_the_codes_own_ascii_escapes_kept() {
        check(
            "http://x/#/s/1~wulong-2019~qC%E8%82%B2%E5%A9%B4%E5%91%98*2",
            Ok("1~wulong-2019~qC育婴员*2"),
        );
        check(
            "#/s/1~wulong-2019~pL电工%28中级%29*1",
            Ok("1~wulong-2019~pL电工%28中级%29*1"),
        );
    }

    #[test]
    fn an_address_that_is_not_a_share_link_is_refused() {
        assert!(share_code("https://skillcheck.example.gov.cn/#/results").is_err());
        assert!(share_code("https://skillcheck.example.gov.cn/").is_err());
        assert!(share_code("#/s/").is_err());
        assert!(share_code("").is_err());
        assert!(share_code("%E8%").is_ok());
    }

    #[test]
    fn escaping_the_non_ascii_round_trips_and_all_escapes_decode_an_id() {
        let code = "1~wulong-2019~pL电工%28中级%29*1";
        assert_eq!(unescape(&escape_non_ascii(code), Escapes::NonAscii), code);
        assert_eq!(unescape("sample%2Dcare%20x", Escapes::All), "sample-care x");
        assert_eq!(unescape("bad%E8", Escapes::All), "bad%E8");
    }
}
