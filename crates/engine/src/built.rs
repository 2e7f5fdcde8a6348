//! Reads the rule packs that `build.rs` validated and encoded at build time.
//! The byte form is private to the engine: whole numbers as LEB128, strings
//! and lists as a length then their items, enums as a tag byte, struct fields
//! in declaration order (`build.rs` writes them the same way). A test checks
//! that every built pack equals the same file read now. Reading never panics:
//! bytes that do not fit give `None`.

use crate::date::Date;
use crate::expr::{Condition, Literal};
use crate::facts::Fact;
use crate::pack::{
    AnnexRow, Benefit, Clause, Department, DocumentInfo, Occupation, Programme, Recipient,
    RulePack, Targets, Text,
};

struct Reader<'a> {
    bytes: &'a [u8],
    position: usize,
}

trait Decode: Sized {
    fn decode(reader: &mut Reader<'_>) -> Option<Self>;
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let byte = *self.bytes.get(self.position)?;
        self.position += 1;
        Some(byte)
    }

    fn number(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    fn read<T: Decode>(&mut self) -> Option<T> {
        T::decode(self)
    }
}

impl Decode for String {
    fn decode(reader: &mut Reader<'_>) -> Option<String> {
        let len = usize::try_from(reader.number()?).ok()?;
        let end = reader.position.checked_add(len)?;
        let text = std::str::from_utf8(reader.bytes.get(reader.position..end)?).ok()?;
        reader.position = end;
        Some(text.to_string())
    }
}

impl Decode for u32 {
    fn decode(reader: &mut Reader<'_>) -> Option<u32> {
        u32::try_from(reader.number()?).ok()
    }
}

impl Decode for usize {
    fn decode(reader: &mut Reader<'_>) -> Option<usize> {
        usize::try_from(reader.number()?).ok()
    }
}

impl Decode for u8 {
    fn decode(reader: &mut Reader<'_>) -> Option<u8> {
        reader.byte()
    }
}

impl Decode for bool {
    fn decode(reader: &mut Reader<'_>) -> Option<bool> {
        Some(reader.byte()? != 0)
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(reader: &mut Reader<'_>) -> Option<Vec<T>> {
        let len = usize::try_from(reader.number()?).ok()?;
        // Every item takes at least one byte, which bounds a damaged length.
        if len > reader.bytes.len() {
            return None;
        }
        (0..len).map(|_| T::decode(reader)).collect()
    }
}

impl Decode for Text {
    fn decode(reader: &mut Reader<'_>) -> Option<Text> {
        Some(Text {
            zh: reader.read()?,
            en: reader.read()?,
        })
    }
}

impl Decode for Date {
    fn decode(reader: &mut Reader<'_>) -> Option<Date> {
        let year = i32::try_from(reader.number()?).ok()?;
        Date::new(year, reader.byte()?, reader.byte()?)
    }
}

impl Decode for Fact {
    fn decode(reader: &mut Reader<'_>) -> Option<Fact> {
        Fact::ALL.get(usize::from(reader.byte()?)).copied()
    }
}

impl Decode for Literal {
    fn decode(reader: &mut Reader<'_>) -> Option<Literal> {
        Some(match reader.byte()? {
            0 => Literal::Flag {
                fact: reader.read()?,
                expected: reader.read()?,
            },
            1 => Literal::Choice {
                fact: reader.read()?,
                allowed: reader.read()?,
                negated: reader.read()?,
            },
            2 => Literal::CertificatesUnder(reader.read()?),
            3 => Literal::PlannedNotRepeated,
            4 => Literal::Always,
            _ => return None,
        })
    }
}

impl Decode for Condition {
    fn decode(reader: &mut Reader<'_>) -> Option<Condition> {
        Some(match reader.byte()? {
            0 => Condition::Any(reader.read()?),
            1 => Condition::All(reader.read()?),
            2 => Condition::Literal(reader.read()?),
            _ => return None,
        })
    }
}

impl Decode for Recipient {
    fn decode(reader: &mut Reader<'_>) -> Option<Recipient> {
        Some(match reader.byte()? {
            0 => Recipient::Person,
            1 => Recipient::Employer,
            2 => Recipient::Institution,
            _ => return None,
        })
    }
}

/// Decodes the named fields of a struct, in order.
macro_rules! decode_struct {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl Decode for $name {
            fn decode(reader: &mut Reader<'_>) -> Option<$name> {
                Some($name { $( $field: reader.read()?, )* })
            }
        }
    };
}

decode_struct!(Clause { id, title, text });
decode_struct!(Department { id, name_en });
decode_struct!(Benefit {
    id,
    line,
    name,
    recipient,
    payment,
    fixed,
    clauses,
    condition,
    condition_text,
    confirm,
    bring,
    contacts,
});
decode_struct!(Programme {
    id,
    line,
    name,
    summary,
    clauses,
    condition,
    condition_text,
    contacts,
});
decode_struct!(AnnexRow {
    row,
    task,
    lead,
    units,
    targets,
    groups,
    sectors,
});
decode_struct!(Targets {
    years,
    body,
    body_clause,
    body_total,
    annex_total,
    note,
});
decode_struct!(Occupation {
    id,
    name,
    annex1_row,
    aliases
});
decode_struct!(DocumentInfo {
    id,
    number,
    title,
    issuer,
    issued,
    effective,
    period_start,
    period_end,
    source,
    parents,
});
decode_struct!(RulePack {
    document,
    every_benefit_requires,
    every_benefit_requires_text,
    every_benefit_requires_clauses,
    elsewhere,
    default_contact,
    clauses,
    departments,
    benefits,
    programmes,
    annex1,
    targets,
    occupations,
});

/// Reads one encoded pack; `None` if the bytes do not hold exactly one.
pub fn decode(bytes: &[u8]) -> Option<RulePack> {
    let mut reader = Reader { bytes, position: 0 };
    let pack = reader.read()?;
    (reader.position == bytes.len()).then_some(pack)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_bytes_are_refused_not_panicked_on() {
        assert_eq!(decode(&[]), None);
        assert_eq!(decode(&[0xff; 40]), None);
        assert_eq!(decode(&[5, b'a']), None);
    }
}
