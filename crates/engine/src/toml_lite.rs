//! A small reader for the subset of TOML that rule packs are written in,
//! keeping the line of every value so that errors can point at it.
//!
//! Supported: `# comments`, `[table]`, `[[array of tables]]`, bare keys,
//! `"basic strings"` with the usual escapes, `"""multi-line strings"""`,
//! integers, `true`/`false`, dates `YYYY-MM-DD`, and arrays of those
//! (which may span lines). Inline tables and dotted keys are not supported;
//! a rule pack does not need them.

use std::fmt;

use crate::date::Date;

/// A value with the line it starts on (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub line: usize,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    String(String),
    Integer(i64),
    Bool(bool),
    Date(Date),
    Array(Vec<Item>),
}

impl Value {
    pub fn kind(&self) -> &'static str {
        match self {
            Value::String(_) => "a string",
            Value::Integer(_) => "an integer",
            Value::Bool(_) => "true or false",
            Value::Date(_) => "a date",
            Value::Array(_) => "an array",
        }
    }
}

/// A table: its header's line and its keys in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The table's name (`""` for the top level).
    pub name: String,
    pub line: usize,
    pub entries: Vec<(String, Item)>,
}

impl Table {
    pub fn get(&self, key: &str) -> Option<&Item> {
        self.entries
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, item)| item)
    }
}

/// A parsed file: every table, in file order (arrays of tables appear once per element).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub tables: Vec<Table>,
}

impl Document {
    /// The tables with this name (one for `[name]`, any number for `[[name]]`).
    pub fn tables<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Table> + 'a {
        self.tables.iter().filter(move |table| table.name == name)
    }
}

/// A syntax error at a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

struct Reader {
    chars: Vec<char>,
    position: usize,
    line: usize,
}

/// Parses the text; stops at the first syntax error.
pub fn parse(text: &str) -> Result<Document, SyntaxError> {
    let mut reader = Reader {
        chars: text.chars().collect(),
        position: 0,
        line: 1,
    };
    if reader.peek() == Some('\u{feff}') {
        reader.position += 1;
    }
    let mut document = Document {
        tables: vec![Table {
            name: String::new(),
            line: 1,
            entries: Vec::new(),
        }],
    };
    let mut single_tables: Vec<String> = Vec::new();
    loop {
        reader.skip_blank_and_comments();
        let Some(c) = reader.peek() else { break };
        let line = reader.line;
        if c == '[' {
            let array = reader.peek_at(1) == Some('[');
            reader.position += if array { 2 } else { 1 };
            reader.skip_spaces();
            let name = reader.bare_key()?;
            reader.skip_spaces();
            let close = if array { "]]" } else { "]" };
            for expected in close.chars() {
                if reader.peek() != Some(expected) {
                    return reader.fail(format!("expected `{close}` after the table name"));
                }
                reader.position += 1;
            }
            reader.end_of_line()?;
            if !array {
                if single_tables.contains(&name) {
                    return Err(SyntaxError {
                        line,
                        message: format!("table [{name}] is defined twice"),
                    });
                }
                single_tables.push(name.clone());
            }
            document.tables.push(Table {
                name,
                line,
                entries: Vec::new(),
            });
            continue;
        }
        let key = reader.bare_key()?;
        reader.skip_spaces();
        if reader.peek() != Some('=') {
            return reader.fail(format!("expected `=` after the key `{key}`"));
        }
        reader.position += 1;
        reader.skip_spaces();
        let item = reader.value()?;
        reader.end_of_line()?;
        let table = match document.tables.last_mut() {
            Some(table) => table,
            None => return reader.fail("no table to put the key in".to_string()),
        };
        if table.get(&key).is_some() {
            return Err(SyntaxError {
                line,
                message: format!("the key `{key}` appears twice in this table"),
            });
        }
        table.entries.push((key, item));
    }
    Ok(document)
}

impl Reader {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.position).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.position + offset).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.position += 1;
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn fail<T>(&self, message: String) -> Result<T, SyntaxError> {
        Err(SyntaxError {
            line: self.line,
            message,
        })
    }

    fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t')) {
            self.position += 1;
        }
    }

    fn skip_comment(&mut self) {
        if self.peek() == Some('#') {
            while !matches!(self.peek(), None | Some('\n')) {
                self.position += 1;
            }
        }
    }

    fn skip_blank_and_comments(&mut self) {
        loop {
            self.skip_spaces();
            self.skip_comment();
            match self.peek() {
                Some('\n') => {
                    self.bump();
                }
                Some('\r') if self.peek_at(1) == Some('\n') => {
                    self.position += 1;
                }
                _ => return,
            }
        }
    }

    fn end_of_line(&mut self) -> Result<(), SyntaxError> {
        self.skip_spaces();
        self.skip_comment();
        if self.peek() == Some('\r') {
            self.position += 1;
        }
        match self.peek() {
            None => Ok(()),
            Some('\n') => {
                self.bump();
                Ok(())
            }
            Some(c) => self.fail(format!("unexpected `{c}` after the value")),
        }
    }

    fn bare_key(&mut self) -> Result<String, SyntaxError> {
        let start = self.position;
        while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            self.position += 1;
        }
        if start == self.position {
            return match self.peek() {
                Some(c) => self.fail(format!(
                    "expected a key (letters, digits, _ or -), found `{c}`"
                )),
                None => self.fail("expected a key".to_string()),
            };
        }
        Ok(self.chars[start..self.position].iter().collect())
    }

    fn value(&mut self) -> Result<Item, SyntaxError> {
        let line = self.line;
        let value = match self.peek() {
            Some('"') => {
                if self.peek_at(1) == Some('"') && self.peek_at(2) == Some('"') {
                    Value::String(self.multi_line_string()?)
                } else {
                    Value::String(self.basic_string()?)
                }
            }
            Some('[') => Value::Array(self.array()?),
            Some(c) if c.is_ascii_digit() || c == '-' || c == '+' => self.number_or_date()?,
            Some('t') | Some('f') => {
                let word: String = self.chars[self.position..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .collect();
                match word.as_str() {
                    "true" | "false" => {
                        self.position += word.len();
                        Value::Bool(word == "true")
                    }
                    _ => {
                        return self
                            .fail(format!("unexpected value `{word}` (strings need quotes)"))
                    }
                }
            }
            Some(c) => {
                return self.fail(format!(
                    "unexpected `{c}` where a value should be (strings need quotes)"
                ))
            }
            None => return self.fail("expected a value".to_string()),
        };
        Ok(Item { line, value })
    }

    fn escape(&mut self) -> Result<char, SyntaxError> {
        match self.bump() {
            Some('"') => Ok('"'),
            Some('\\') => Ok('\\'),
            Some('n') => Ok('\n'),
            Some('t') => Ok('\t'),
            Some('r') => Ok('\r'),
            Some('u') => {
                let hex: String = (0..4).filter_map(|_| self.bump()).collect();
                u32::from_str_radix(&hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .map_or_else(|| self.fail(format!("bad escape \\u{hex}")), Ok)
            }
            Some(c) => self.fail(format!("unknown escape \\{c}")),
            None => self.fail("unfinished escape".to_string()),
        }
    }

    fn basic_string(&mut self) -> Result<String, SyntaxError> {
        self.position += 1;
        let mut text = String::new();
        loop {
            match self.peek() {
                None | Some('\n') => {
                    return self.fail("a string is not closed with `\"`".to_string())
                }
                Some('"') => {
                    self.position += 1;
                    return Ok(text);
                }
                Some('\\') => {
                    self.position += 1;
                    text.push(self.escape()?);
                }
                Some(c) => {
                    self.position += 1;
                    text.push(c);
                }
            }
        }
    }

    fn multi_line_string(&mut self) -> Result<String, SyntaxError> {
        let start_line = self.line;
        self.position += 3;
        // A newline right after the opening quotes is not part of the text.
        if self.peek() == Some('\r') && self.peek_at(1) == Some('\n') {
            self.position += 1;
        }
        if self.peek() == Some('\n') {
            self.bump();
        }
        let mut text = String::new();
        loop {
            match self.peek() {
                None => {
                    return Err(SyntaxError {
                        line: start_line,
                        message: "a multi-line string is not closed with `\"\"\"`".to_string(),
                    })
                }
                Some('"') if self.peek_at(1) == Some('"') && self.peek_at(2) == Some('"') => {
                    self.position += 3;
                    return Ok(text);
                }
                Some('\\') => {
                    self.position += 1;
                    text.push(self.escape()?);
                }
                Some('\r') => {
                    self.position += 1;
                }
                Some(c) => {
                    self.bump();
                    text.push(c);
                }
            }
        }
    }

    fn array(&mut self) -> Result<Vec<Item>, SyntaxError> {
        self.bump();
        let mut items = Vec::new();
        loop {
            self.skip_blank_and_comments();
            if self.peek() == Some(']') {
                self.bump();
                return Ok(items);
            }
            items.push(self.value()?);
            self.skip_blank_and_comments();
            match self.peek() {
                Some(',') => {
                    self.bump();
                }
                Some(']') => {
                    self.bump();
                    return Ok(items);
                }
                _ => return self.fail("expected `,` or `]` in the array".to_string()),
            }
        }
    }

    fn number_or_date(&mut self) -> Result<Value, SyntaxError> {
        let word: String = self.chars[self.position..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '_'))
            .collect();
        self.position += word.chars().count();
        if word.len() == 10 && word.as_bytes().get(4) == Some(&b'-') {
            return match Date::parse(&word) {
                Some(date) => Ok(Value::Date(date)),
                None => self.fail(format!("`{word}` is not a valid date (YYYY-MM-DD)")),
            };
        }
        match word.replace('_', "").parse::<i64>() {
            Ok(number) => Ok(Value::Integer(number)),
            Err(_) => self.fail(format!("`{word}` is not a number or a date")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_keys_and_values_keep_their_lines() {
        let document = parse(
            "# comment\nformat = 1\n\n[document]\nid = \"a\" # trailing\nissued = 2019-12-10\n\n[[row]]\nlist = [\n  \"x\", # one\n  \"y\",\n]\ntext = \"\"\"\nfirst\nsecond\"\"\"\nflag = true\n",
        )
        .unwrap();
        assert_eq!(document.tables.len(), 3);
        let document_table = document.tables("document").next().unwrap();
        assert_eq!(document_table.line, 4);
        assert_eq!(document_table.get("issued").unwrap().line, 6);
        let row = document.tables("row").next().unwrap();
        let Value::Array(list) = &row.get("list").unwrap().value else {
            panic!("expected an array")
        };
        assert_eq!(list[1].line, 11);
        assert_eq!(
            row.get("text").unwrap().value,
            Value::String("first\nsecond".to_string())
        );
        assert_eq!(row.get("flag").unwrap().line, 16);
    }

    #[test]
    fn syntax_errors_name_their_line() {
        for (text, line, needle) in [
            ("a = 1\nb = \"open\n", 2, "not closed"),
            ("a = 1\n[t]\n[t]\n", 3, "defined twice"),
            ("a = 1\na = 2\n", 2, "appears twice"),
            ("a = bare\n", 1, "need quotes"),
            ("a = [1, 2\n", 2, "expected `,` or `]`"),
            ("a = 2019-13-40\n", 1, "not a valid date"),
            ("a = \"x\" b\n", 1, "after the value"),
            ("x = \"\"\"\nnever closed\n", 1, "multi-line"),
        ] {
            let err = parse(text).expect_err(text);
            assert_eq!(err.line, line, "{text}: {}", err.message);
            assert!(err.message.contains(needle), "{text}: {}", err.message);
        }
    }
}
