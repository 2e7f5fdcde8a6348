//! Evaluations per second on this machine: decide every benefit and programme
//! (statuses and the questions that still matter) for a spread of profiles.

use std::hint::black_box;
use std::time::Instant;

use skillcheck_engine::{evaluate, sample, Date};

fn main() {
    let library = match skillcheck_engine::embedded() {
        Ok(library) => library,
        Err(problems) => {
            eprintln!("the built-in rule packs are invalid: {problems:?}");
            std::process::exit(2);
        }
    };
    let Some(date) = Date::new(2020, 6, 1) else {
        return;
    };
    let Ok(pack) = library.for_date(date) else {
        return;
    };
    let profiles = sample::profiles(1024);
    // Warm up, then measure several rounds and report the best and the median.
    let mut rates = Vec::new();
    for round in 0..7 {
        let rounds = 200;
        let start = Instant::now();
        for _ in 0..rounds {
            for profile in &profiles {
                black_box(evaluate(pack, black_box(profile), date));
            }
        }
        let seconds = start.elapsed().as_secs_f64();
        if round > 0 {
            rates.push((rounds * profiles.len()) as f64 / seconds);
        }
    }
    rates.sort_by(f64::total_cmp);
    let median = rates[rates.len() / 2];
    let best = rates[rates.len() - 1];
    println!(
        "native: {:.0} evaluations/s median, {:.0} best ({} profiles x 200, 6 rounds)",
        median,
        best,
        profiles.len()
    );
}
