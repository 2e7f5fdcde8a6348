//! A small JSON reader that keeps the line of every value, so that a loaded
//! file's problems can be reported as `file:line: message`. It accepts
//! standard JSON (RFC 8259) and a leading byte-order mark; it never panics and
//! refuses nesting deeper than [`MAX_DEPTH`].

use std::fmt;

/// How deep arrays and objects may nest.
pub const MAX_DEPTH: usize = 64;

/// A JSON value with the line it starts on (1-based).
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub line: usize,
    pub value: Json,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number: its value when it is a whole number that fits in i64
    /// (files here need no other numbers, and no float parser is carried).
    Number(Option<i64>),
    String(String),
    Array(Vec<Node>),
    /// Keys in file order, each with the line of its key.
    Object(Vec<(String, Node)>),
}

impl Json {
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }
}

impl Node {
    /// The member of an object with this key.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Json::Object(members) => members
                .iter()
                .find(|(name, _)| name == key)
                .map(|(_, node)| node),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Json::String(text) => Some(text),
            _ => None,
        }
    }
}

/// A syntax error at a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.line, self.message)
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    text: &'a str,
    position: usize,
    line: usize,
}

/// Parses a whole JSON document.
pub fn parse(text: &str) -> Result<Node, JsonError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader {
        bytes: text.as_bytes(),
        text,
        position: 0,
        line: 1,
    };
    reader.skip_space();
    let node = reader.value(0)?;
    reader.skip_space();
    if reader.position < reader.bytes.len() {
        return reader.fail("unexpected text after the JSON value");
    }
    Ok(node)
}

impl Reader<'_> {
    fn fail<T>(&self, message: &str) -> Result<T, JsonError> {
        Err(JsonError {
            line: self.line,
            message: message.to_string(),
        })
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.position).copied()
    }

    fn skip_space(&mut self) {
        while let Some(byte) = self.peek() {
            match byte {
                b'\n' => self.line += 1,
                b' ' | b'\t' | b'\r' => {}
                _ => return,
            }
            self.position += 1;
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        if self.text.get(self.position..self.position + word.len()) == Some(word) {
            self.position += word.len();
            Ok(value)
        } else {
            self.fail("unexpected text; expected a JSON value")
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, JsonError> {
        if depth > MAX_DEPTH {
            return self.fail("the JSON nests too deeply");
        }
        let line = self.line;
        let value = match self.peek() {
            Some(b'{') => self.object(depth)?,
            Some(b'[') => self.array(depth)?,
            Some(b'"') => Json::String(self.string()?),
            Some(b't') => self.literal("true", Json::Bool(true))?,
            Some(b'f') => self.literal("false", Json::Bool(false))?,
            Some(b'n') => self.literal("null", Json::Null)?,
            Some(byte) if byte == b'-' || byte.is_ascii_digit() => self.number()?,
            Some(_) => return self.fail("unexpected character; expected a JSON value"),
            None => return self.fail("the file ends where a value should be"),
        };
        Ok(Node { line, value })
    }

    fn object(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.position += 1;
        let mut members: Vec<(String, Node)> = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.position += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return self.fail("expected a key in double quotes");
            }
            let key = self.string()?;
            if members.iter().any(|(name, _)| *name == key) {
                return self.fail(&format!("the key \"{key}\" appears twice in one object"));
            }
            self.skip_space();
            if self.peek() != Some(b':') {
                return self.fail("expected `:` after the key");
            }
            self.position += 1;
            self.skip_space();
            let node = self.value(depth + 1)?;
            members.push((key, node));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.position += 1,
                Some(b'}') => {
                    self.position += 1;
                    return Ok(Json::Object(members));
                }
                _ => return self.fail("expected `,` or `}` in the object"),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.position += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.position += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_space();
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.position += 1,
                Some(b']') => {
                    self.position += 1;
                    return Ok(Json::Array(items));
                }
                _ => return self.fail("expected `,` or `]` in the array"),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .text
            .get(self.position..self.position + 4)
            .filter(|digits| digits.bytes().all(|byte| byte.is_ascii_hexdigit()));
        match digits.and_then(|digits| u32::from_str_radix(digits, 16).ok()) {
            Some(code) => {
                self.position += 4;
                Ok(code)
            }
            None => self.fail("a \\u escape needs four hex digits"),
        }
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.position += 1;
        let mut text = String::new();
        loop {
            let start = self.position;
            while let Some(byte) = self.peek() {
                if byte == b'"' || byte == b'\\' || byte < 0x20 {
                    break;
                }
                self.position += 1;
            }
            // Only stops at ASCII bytes, so the slice is on character boundaries.
            text.push_str(self.text.get(start..self.position).unwrap_or(""));
            match self.peek() {
                Some(b'"') => {
                    self.position += 1;
                    return Ok(text);
                }
                Some(b'\\') => {
                    self.position += 1;
                    let escaped = self.peek();
                    self.position += 1;
                    match escaped {
                        Some(b'"') => text.push('"'),
                        Some(b'\\') => text.push('\\'),
                        Some(b'/') => text.push('/'),
                        Some(b'b') => text.push('\u{8}'),
                        Some(b'f') => text.push('\u{c}'),
                        Some(b'n') => text.push('\n'),
                        Some(b'r') => text.push('\r'),
                        Some(b't') => text.push('\t'),
                        Some(b'u') => {
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                if self.text.get(self.position..self.position + 2) != Some("\\u") {
                                    return self.fail("a lone surrogate in a \\u escape");
                                }
                                self.position += 2;
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return self.fail("a lone surrogate in a \\u escape");
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else {
                                first
                            };
                            match char::from_u32(code) {
                                Some(c) => text.push(c),
                                None => return self.fail("a lone surrogate in a \\u escape"),
                            }
                        }
                        _ => return self.fail("an unknown escape in a string"),
                    }
                }
                Some(b'\n') => {
                    return self.fail("a string is not closed before the end of the line")
                }
                Some(_) => return self.fail("a control character in a string must be escaped"),
                None => return self.fail("a string is not closed"),
            }
        }
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.position;
        while let Some(byte) = self.peek() {
            if byte.is_ascii_digit() || matches!(byte, b'-' | b'+' | b'.' | b'e' | b'E') {
                self.position += 1;
            } else {
                break;
            }
        }
        let text = self.text.get(start..self.position).unwrap_or("");
        if !is_json_number(text) {
            return self.fail(&format!("`{text}` is not a JSON number"));
        }
        Ok(Json::Number(text.parse::<i64>().ok()))
    }
}

/// The JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
fn is_json_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut index = usize::from(bytes.first() == Some(&b'-'));
    let digits = |index: &mut usize| {
        let start = *index;
        while bytes.get(*index).is_some_and(u8::is_ascii_digit) {
            *index += 1;
        }
        *index - start
    };
    let start = index;
    let whole = digits(&mut index);
    if whole == 0 || (whole > 1 && bytes.get(start) == Some(&b'0')) {
        return false;
    }
    if bytes.get(index) == Some(&b'.') {
        index += 1;
        if digits(&mut index) == 0 {
            return false;
        }
    }
    if matches!(bytes.get(index), Some(b'e' | b'E')) {
        index += 1;
        if matches!(bytes.get(index), Some(b'+' | b'-')) {
            index += 1;
        }
        if digits(&mut index) == 0 {
            return false;
        }
    }
    index == bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_keep_their_lines() {
        let node = parse(
            "\u{feff}{\n  \"a\": [1,\n    \"x\\u00e9\\ud83d\\ude00\"],\n  \"b\": {\"c\": null}\n}",
        )
        .unwrap();
        assert_eq!(node.line, 1);
        let a = node.get("a").unwrap();
        assert_eq!(a.line, 2);
        let Json::Array(items) = &a.value else {
            panic!("an array")
        };
        assert_eq!(items[1].line, 3);
        assert_eq!(items[1].as_str(), Some("xé😀"));
        assert_eq!(node.get("b").unwrap().get("c").unwrap().value, Json::Null);
    }

    #[test]
    fn errors_name_their_line() {
        for (text, line, needle) in [
            ("{\n\"a\": 1,\n}", 3, "expected a key"),
            ("[1, 2\n", 2, "expected `,` or `]`"),
            ("{\"a\": 1, \"a\": 2}", 1, "appears twice"),
            ("\"open", 1, "not closed"),
            ("[01]", 1, "not a JSON number"),
            ("[1] x", 1, "after the JSON value"),
            ("", 1, "the file ends"),
            ("[\"\\x\"]", 1, "unknown escape"),
            ("[\"\\ud800\"]", 1, "lone surrogate"),
            ("[1.]", 1, "not a JSON number"),
            ("[-]", 1, "not a JSON number"),
        ] {
            let err = parse(text).expect_err(text);
            assert_eq!(err.line, line, "{text}: {}", err.message);
            assert!(err.message.contains(needle), "{text}: {}", err.message);
        }
        assert!(parse(&"[".repeat(100)).is_err());
        assert_eq!(
            parse("[2, 1.5e3, -0]").map(|node| node.value),
            Ok(Json::Array(vec![
                Node {
                    line: 1,
                    value: Json::Number(Some(2))
                },
                Node {
                    line: 1,
                    value: Json::Number(None)
                },
                Node {
                    line: 1,
                    value: Json::Number(Some(0))
                },
            ]))
        );
    }
}
