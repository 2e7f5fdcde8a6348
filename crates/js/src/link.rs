//! Share links as the app writes them: `https://…/#/s/<code>`, where the code
//! is the engine's answer code ([`skillcheck_engine::answers`]) with its
//! non-ASCII characters percent-encoded (the app's `route.rs`). The code's own
//! `%XX` escapes of ASCII belong to the code and stay as they are.

/// The answer code in a share link, a `#/s/<code>` fragment or a bare code.
pub fn code(text: &str) -> Result<String, &'static str> {
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
    Ok(decode_non_ascii(code))
}

fn escaped_byte(bytes: &[u8]) -> Option<u8> {
    match bytes {
        [b'%', high, low, ..] => {
            let hex = [*high, *low];
            u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()
        }
        _ => None,
    }
}

/// Decodes only the escapes of bytes above 0x7F (what a browser escapes in a
/// fragment); a result that is not UTF-8 keeps the text as written.
fn decode_non_ascii(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(rest) = bytes.get(index..).filter(|rest| !rest.is_empty()) {
        match escaped_byte(rest).filter(|byte| *byte > 0x7F) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn check(link: &str, expected: Result<&str, &str>) {
        assert_eq!(
            code(link).as_deref(),
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
        assert!(code("https://skillcheck.example.gov.cn/#/results").is_err());
        assert!(code("https://skillcheck.example.gov.cn/").is_err());
        assert!(code("#/s/").is_err());
        assert!(code("").is_err());
        assert!(code("%E8%").is_ok());
    }
}
