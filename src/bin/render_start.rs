//! Writes the start screen into the built `index.html` (a Trunk post-build
//! hook, run natively with `--features ssr`): the app's own [`StartScreen`]
//! component rendered by Yew's server-side renderer, in both languages, for
//! the rule pack in force on the day of the build. It replaces the marker
//! `<!-- start-screen -->`, so the start screen paints from the HTML alone,
//! before the WebAssembly arrives, with exactly the markup the app renders.
//!
//! Usage: `render_start [INDEX.HTML]` (default: `$TRUNK_STAGING_DIR/index.html`).

use std::process::ExitCode;

use skillcheck_app::config::Config;
use skillcheck_app::pages::start::{StartScreen, StartScreenProps};
use skillcheck_app::policy;
use skillcheck_engine::Date;
use yew::ServerRenderer;

const MARKER: &str = "<!-- start-screen -->";

/// Today in China (UTC+8), from the system clock.
fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs() as i64);
    Date::from_days_since_epoch((seconds + 8 * 3600).div_euclid(86_400))
}

fn run() -> Result<String, String> {
    let path = match std::env::args().nth(1) {
        Some(path) => std::path::PathBuf::from(path),
        None => std::env::var("TRUNK_STAGING_DIR")
            .map(|dir| std::path::Path::new(&dir).join("index.html"))
            .map_err(|_| "give the built index.html, or run as a Trunk hook".to_string())?,
    };
    let html =
        std::fs::read_to_string(&path).map_err(|err| format!("{}: {err}", path.display()))?;
    if !html.contains(MARKER) {
        return Err(format!("{}: no {MARKER} to replace", path.display()));
    }
    let library = policy::library()?;
    let today = today();
    let pack = Config::pack_for(library, today).ok_or("no rule pack is built in")?;
    let screen = futures::executor::block_on(
        ServerRenderer::<StartScreen>::with_props(move || StartScreenProps { pack, today })
            .hydratable(false)
            .render(),
    );
    std::fs::write(&path, html.replace(MARKER, &screen))
        .map_err(|err| format!("{}: {err}", path.display()))?;
    Ok(format!(
        "render_start: the start screen for {} is in {}",
        pack.id(),
        path.display()
    ))
}

fn main() -> ExitCode {
    match run() {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("render_start: {problem}");
            ExitCode::FAILURE
        }
    }
}
