//! The app's architecture invariants (ARCHITECTURE.md), as ordinary tests
//! over its source files.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const WEB_CRATES: &[&str] = &["web_sys", "js_sys", "gloo", "wasm_bindgen"];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `src/`, as (module path like `pages/question`, code
/// without comments).
fn modules() -> Vec<(String, String)> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                found.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&src(), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let relative = path
                .strip_prefix(src())
                .expect("under src/")
                .with_extension("")
                .to_string_lossy()
                .replace('\\', "/");
            let module = relative
                .strip_suffix("/mod")
                .unwrap_or(&relative)
                .to_string();
            let text = fs::read_to_string(&path).expect("a source file");
            let code: String = text
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            (module, code)
        })
        .collect()
}

/// The `crate::...` paths a module names, each cut to the module it is in.
fn crate_paths(code: &str) -> BTreeSet<String> {
    let mut paths = BTreeSet::new();
    for piece in code.split("crate::").skip(1) {
        if let Some(group) = piece.strip_prefix('{') {
            let group = group.split('}').next().unwrap_or("");
            for item in group.split(',') {
                let item = item.trim();
                if !item.is_empty() {
                    paths.insert(item.split(['{', ' ', ';']).next().unwrap_or("").to_string());
                }
            }
        } else {
            let path: String = piece
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            paths.insert(path.trim_end_matches(':').to_string());
        }
    }
    paths
}

/// The module a path lives in: the longest prefix that is a file.
fn resolve(path: &str, known: &BTreeSet<String>) -> Option<String> {
    let parts: Vec<&str> = path.split("::").filter(|part| !part.is_empty()).collect();
    (1..=parts.len())
        .rev()
        .map(|length| parts[..length].join("/"))
        .find(|candidate| known.contains(candidate))
}

fn is_in(module: &str, folder: &str) -> bool {
    module.starts_with(&format!("{folder}/"))
}

#[test]
fn only_the_web_module_names_the_browser_crates() {
    for (module, code) in modules() {
        if module == "web" || is_in(&module, "web") {
            continue;
        }
        for web in WEB_CRATES {
            assert!(
                !code.contains(&format!("{web}::")) && !code.contains(&format!("use {web}")),
                "src/{module}.rs names `{web}`: only src/web/ calls the browser"
            );
        }
    }
}

#[test]
fn the_reducer_pages_and_components_have_no_effects_of_their_own() {
    let modules = modules();
    let known: BTreeSet<String> = modules.iter().map(|(module, _)| module.clone()).collect();
    for (module, code) in &modules {
        let pure = [
            "state",
            "config",
            "settings",
            "route",
            "i18n",
            "catalogue_source",
            "policy",
        ]
        .contains(&module.as_str());
        let screen = is_in(module, "pages") || is_in(module, "components");
        if !(pure || screen) {
            continue;
        }
        for path in crate_paths(code) {
            let target = resolve(&path, &known).unwrap_or_default();
            let effect = target == "web"
                || is_in(&target, "web")
                || target == "hooks"
                || is_in(&target, "hooks");
            // Pages and components may read a form control's value (no effect)
            // and use the hooks; the pure modules may do neither.
            let allowed = screen && (target == "web/form" || target == "hooks");
            assert!(
                !effect || allowed,
                "src/{module}.rs uses crate::{path}: {}",
                if pure {
                    "this module is pure"
                } else {
                    "effects go through hooks"
                }
            );
        }
    }
}

#[test]
fn no_page_imports_another_page() {
    let modules = modules();
    let known: BTreeSet<String> = modules.iter().map(|(module, _)| module.clone()).collect();
    for (module, code) in modules.iter().filter(|(module, _)| is_in(module, "pages")) {
        for path in crate_paths(code) {
            let target = resolve(&path, &known).unwrap_or_default();
            assert!(
                !(target == "pages" || is_in(&target, "pages")) || target == *module,
                "src/{module}.rs imports crate::{path}: shared pieces belong in src/components/"
            );
        }
    }
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let modules = modules();
    let known: BTreeSet<String> = modules.iter().map(|(module, _)| module.clone()).collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, code) in &modules {
        let targets = crate_paths(code)
            .iter()
            .filter_map(|path| resolve(path, &known))
            .filter(|target| target != module)
            .collect();
        edges.insert(module.clone(), targets);
    }
    // Depth-first search for a cycle, reporting its path.
    fn visit(
        module: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        trail: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if let Some(at) = trail.iter().position(|seen| seen == module) {
            panic!("import cycle: {} -> {module}", trail[at..].join(" -> "));
        }
        if done.contains(module) {
            return;
        }
        trail.push(module.to_string());
        for target in edges.get(module).into_iter().flatten() {
            visit(target, edges, trail, done);
        }
        trail.pop();
        done.insert(module.to_string());
    }
    let mut done = BTreeSet::new();
    for module in edges.keys() {
        visit(module, &edges, &mut Vec::new(), &mut done);
    }
    assert!(edges.len() > 20, "only {} modules found", edges.len());
}

#[test]
fn early_js_reads_the_storage_keys_the_app_writes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let early = fs::read_to_string(root.join("early.js")).expect("early.js");
    let storage = fs::read_to_string(src().join("web/storage.rs")).expect("storage.rs");
    let keys = |text: &str| -> BTreeSet<String> {
        text.split('"')
            .skip(1)
            .step_by(2)
            .filter(|piece| piece.starts_with("skillcheck.") && piece.len() > "skillcheck.".len())
            .map(str::to_string)
            .collect()
    };
    let written = keys(&storage);
    assert_eq!(written.len(), 4, "{written:?}");
    assert_eq!(keys(&early), written);
}
