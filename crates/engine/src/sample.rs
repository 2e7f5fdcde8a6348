//! Deterministic sample profiles for benchmarks: a spread of partly and fully
//! answered situations, the same on every run and every target.

use crate::facts::{Fact, FactKind};
use crate::profile::{Certificate, Profile, Value};

/// `count` profiles from a fixed seed.
pub fn profiles(count: usize) -> Vec<Profile> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        // xorshift64*: small, deterministic, good enough to vary answers.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    (0..count)
        .map(|_| {
            let mut profile = Profile::new();
            for fact in Fact::ALL {
                let roll = next();
                // About a third of the facts stay unknown.
                if roll % 3 == 0 {
                    continue;
                }
                let value = match fact.info().kind {
                    FactKind::Bool => Value::Bool(roll & 8 == 0),
                    FactKind::Choice(choices) => {
                        Value::Choice(((roll >> 8) % choices.len() as u64) as u8)
                    }
                    FactKind::CertificateList => Value::Certificates(
                        (0..(roll >> 8) % 4)
                            .map(|index| Certificate {
                                occupation: ["电工", "焊工", "育婴员"][index as usize % 3]
                                    .to_string(),
                                level: (index % 2) as u8,
                            })
                            .collect(),
                    ),
                    FactKind::Certificate => Value::Certificate(Certificate {
                        occupation: "电工".to_string(),
                        level: ((roll >> 8) % 2) as u8,
                    }),
                };
                let _ = profile.set(fact, Some(value));
            }
            // Most people who use the checker live or work in Wulong.
            let _ = profile.set(Fact::WulongTie, Some(Value::Bool(next() % 10 != 0)));
            profile
        })
        .collect()
}
