//! Encode, render, and read back with a real decoder (rqrr).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assert_round_trip, decode};
use skillcheck_qr::{encode, QrCode, QrError, MAX_LEN, MAX_VERSION};

/// Byte-mode capacity at level M, versions 1 to 20 (ISO/IEC 18004 table 7).
const CAPACITY: [usize; 20] = [
    14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666,
];

/// `len` bytes of URL-like text that does not repeat in short cycles.
fn text(len: usize) -> Vec<u8> {
    let alphabet = b"abcdefghijklmnopqrstuvwxyz0123456789-~/#.ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut state = 0x2545_f491_u32;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            alphabet[state as usize % alphabet.len()]
        })
        .collect()
}

#[test]
fn share_link() {
    let link = "https://jobs.wulong.gov.cn/skillcheck/#/s/1~wulong-fubanfa-2019-98~a1b2c0d1e0f3g2h1i0j1k0l1m2n0o1p0q1r0s1t0u2v1w0x1";
    let code = assert_round_trip(link.as_bytes());
    assert_eq!(link.len(), 115);
    assert_eq!(code.version(), 7); // 107 to 122 bytes
    assert_eq!(code.size(), 45);
    assert_eq!(code.view_box_size(), 53);
}

#[test]
fn empty_and_one_byte() {
    assert_eq!(assert_round_trip(b"").version(), 1);
    assert_eq!(assert_round_trip(b"x").version(), 1);
    assert_eq!(assert_round_trip(&[0]).version(), 1);
    assert_eq!(assert_round_trip(&[0xFF]).version(), 1);
}

#[test]
fn chinese_text() {
    let text = "武隆区职业技能提升补贴资格自查：https://jobs.wulong.gov.cn/skillcheck/";
    let code = assert_round_trip(text.as_bytes());
    assert_eq!(code.version(), 6); // 86 bytes of UTF-8; version 5 holds 84
    let (_, content) = decode(&code);
    assert_eq!(String::from_utf8(content).unwrap(), text);
}

#[test]
fn every_version_boundary() {
    let mut masks = [false; 8];
    for version in 1..=MAX_VERSION {
        let capacity = CAPACITY[usize::from(version) - 1];
        let full = assert_round_trip(&text(capacity));
        assert_eq!(full.version(), version, "{capacity} bytes");
        masks[usize::from(full.mask())] = true;
        if version < MAX_VERSION {
            let over = assert_round_trip(&text(capacity + 1));
            assert_eq!(over.version(), version + 1, "{} bytes", capacity + 1);
            masks[usize::from(over.mask())] = true;
        }
    }
    // The penalty score does pick different masks.
    assert!(
        masks.iter().filter(|&&m| m).count() >= 4,
        "masks used: {masks:?}"
    );
}

#[test]
fn too_long() {
    assert_eq!(MAX_LEN, CAPACITY[19]);
    assert_eq!(encode(&text(MAX_LEN + 1)), Err(QrError::TooLong));
    assert_eq!(encode(&vec![0; 1 << 20]), Err(QrError::TooLong));
    assert_round_trip(&vec![0; MAX_LEN]);
    assert_round_trip(&vec![0xFF; MAX_LEN]);
}

/// rqrr reads the format information near the top-left finder first and
/// the second copy only if the first cannot be corrected; spoil the first
/// to check the second.
#[test]
fn second_format_copy() {
    struct SpoiltFormat<'a>(&'a QrCode);
    impl rqrr::BitGrid for SpoiltFormat<'_> {
        fn size(&self) -> usize {
            self.0.size()
        }
        fn bit(&self, y: usize, x: usize) -> bool {
            let first_copy = (x == 8 && y <= 8 && y != 6) || (y == 8 && x <= 7 && x != 6);
            // Alternate light and dark, which is no format codeword within
            // three errors of any.
            if first_copy {
                (x + y).is_multiple_of(2)
            } else {
                self.0.dark(x, y)
            }
        }
    }
    for data in [&b"x"[..], &text(100), &text(400)] {
        let code = encode(data).unwrap();
        let mut content = Vec::new();
        let meta = rqrr::Grid::new(SpoiltFormat(&code))
            .decode_to(&mut content)
            .expect("decodes from the second copy");
        assert_eq!(content, data);
        assert_eq!(meta.mask, u16::from(code.mask()));
        assert_eq!(meta.ecc_level, 0);
    }
}
