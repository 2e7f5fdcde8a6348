//! A bare WebAssembly module for timing the engine outside the browser:
//! `prepare` builds the sample profiles, `run(n)` evaluates them `n` times.
//! Node times the calls (scripts/bench-engine.mjs).

use std::cell::RefCell;
use std::hint::black_box;

use skillcheck_engine::{evaluate, sample, Date, Library, Profile};

thread_local! {
    static STATE: RefCell<Option<(Library, Vec<Profile>)>> = const { RefCell::new(None) };
}

/// Builds the library and 1024 profiles; returns how many profiles, or 0 on failure.
#[no_mangle]
pub extern "C" fn prepare() -> u32 {
    let Ok(library) = skillcheck_engine::embedded() else {
        return 0;
    };
    let profiles = sample::profiles(1024);
    let count = profiles.len() as u32;
    STATE.with(|state| *state.borrow_mut() = Some((library, profiles)));
    count
}

/// Evaluates every profile `rounds` times; returns the number of evaluations.
#[no_mangle]
pub extern "C" fn run(rounds: u32) -> u32 {
    let Some(date) = Date::new(2020, 6, 1) else {
        return 0;
    };
    STATE.with(|state| {
        let state = state.borrow();
        let Some((library, profiles)) = state.as_ref() else {
            return 0;
        };
        let Ok(pack) = library.for_date(date) else {
            return 0;
        };
        let mut count = 0;
        for _ in 0..rounds {
            for profile in profiles {
                black_box(evaluate(pack, black_box(profile), date));
                count += 1;
            }
        }
        count
    })
}
