//! What one `evaluate` of the JavaScript package costs natively, part by part:
//! reading the profile, deciding, building the report (reasons, the change that
//! would make a benefit eligible, readings, contacts) and writing it as JSON.
//! A benchmark, not a test: `cargo bench -p skillcheck-engine-js` prints figures.

use std::hint::black_box;
use std::time::Instant;

use skillcheck_engine::{evaluate, profile_json, report, sample, Date, Lang};
use skillcheck_engine_js::evaluate_json;

/// Microseconds per item for `work` over `count` items, the best of five rounds.
/// Parts not named on the command line (when some are) are skipped, so that
/// `perf stat` can count one part's instructions.
fn time(part: &str, count: usize, mut work: impl FnMut()) -> f64 {
    let named: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    if !named.is_empty() && !named.iter().any(|name| name == part) {
        return 0.0;
    }
    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        work();
        best = best.min(start.elapsed().as_secs_f64() * 1e6 / count as f64);
    }
    best
}

fn main() {
    let library = skillcheck_engine::embedded().expect("the built-in packs are valid");
    let date = Date::new(2020, 6, 1).expect("a date");
    let pack = library.for_date(date).expect("a pack in force");
    let profiles = sample::profiles(256);
    let texts: Vec<String> = profiles
        .iter()
        .map(|profile| profile_json::to_json(profile).to_string())
        .collect();
    let evaluations: Vec<_> = profiles.iter().map(|p| evaluate(pack, p, date)).collect();
    let reports: Vec<_> = evaluations
        .iter()
        .zip(&profiles)
        .map(|(e, p)| report::evaluation(e, p, Lang::Zh))
        .collect();
    let n = profiles.len();
    let bytes: usize = reports
        .iter()
        .map(|r| serde_json::to_string(r).map_or(0, |s| s.len()))
        .sum::<usize>()
        / n;

    let whole = time("whole", n, || {
        for text in &texts {
            black_box(evaluate_json(black_box(text), "zh", "2020-06-01"));
        }
    });
    let read = time("read", n, || {
        for text in &texts {
            black_box(profile_json::from_str(black_box(text)).ok());
        }
    });
    let decide = time("decide", n, || {
        for profile in &profiles {
            black_box(evaluate(pack, black_box(profile), date));
        }
    });
    let build = time("build", n, || {
        for (e, p) in evaluations.iter().zip(&profiles) {
            black_box(report::evaluation(e, p, Lang::Zh));
        }
    });
    let write = time("write", n, || {
        for r in &reports {
            black_box(serde_json::to_string(r).ok());
        }
    });
    let reasons = time("reasons", n, || {
        for (e, p) in evaluations.iter().zip(&profiles) {
            for o in &e.benefits {
                black_box(o.reasons(pack, p));
            }
            for o in &e.programmes {
                black_box(o.reasons(pack, p));
            }
        }
    });
    let change = time("change", n, || {
        for (e, p) in evaluations.iter().zip(&profiles) {
            for o in &e.benefits {
                black_box(o.change_to_eligible(pack, p));
            }
        }
    });
    let readings = time("readings", n, || {
        for (e, p) in evaluations.iter().zip(&profiles) {
            for o in &e.benefits {
                black_box(o.readings(pack, p));
            }
            for o in &e.programmes {
                black_box(o.readings(pack, p));
            }
        }
    });
    let contacts = time("contacts", n, || {
        for (e, p) in evaluations.iter().zip(&profiles) {
            for o in &e.benefits {
                black_box(o.contacts(pack, p));
            }
            for o in &e.programmes {
                black_box(o.contacts(pack, p));
            }
            black_box(e.contacts(p));
        }
    });
    println!(
        "native evaluate_json: {:.0} a second, {whole:.2} µs each ({bytes} B of JSON)",
        1e6 / whole
    );
    println!("  read profile   {read:8.2} µs");
    println!("  decide         {decide:8.2} µs");
    println!("  build report   {build:8.2} µs, of which:");
    println!("    reasons      {reasons:8.2} µs");
    println!("    change       {change:8.2} µs");
    println!("    readings     {readings:8.2} µs");
    println!("    contacts     {contacts:8.2} µs");
    println!("  write JSON     {write:8.2} µs");
}
