//! Random data round-trips through rqrr; no length makes `encode` panic.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use skillcheck_qr::{encode, QrError, MAX_LEN};

proptest! {
    // Each case renders and decodes an image of up to 420 × 420 pixels.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_bytes_round_trip(data in proptest::collection::vec(any::<u8>(), 0..=MAX_LEN)) {
        common::assert_round_trip(&data);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn encodes_exactly_what_fits(data in proptest::collection::vec(any::<u8>(), 0..=2 * MAX_LEN)) {
        match encode(&data) {
            Ok(code) => {
                prop_assert!(data.len() <= MAX_LEN);
                prop_assert!((1..=20).contains(&code.version()));
            }
            Err(QrError::TooLong) => prop_assert!(data.len() > MAX_LEN),
        }
    }
}
