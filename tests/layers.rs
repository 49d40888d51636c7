//! The layers of `src/` (see `../shared/docs/style.md`): the core, the import and the scenario
//! layer never import UI crates or views, the import uses only the simulation core, `text`
//! imports no view, and no file imports another that (directly or not) imports it back.
//!
//! Reads the sources as text: every `crate::a::b` path and every `super::x` path in a file is
//! an edge to the file that holds that module. A path that names an item rather than a
//! module resolves to the longest module prefix that exists on disk.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const UI_CRATES: [&str; 5] = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"];

/// Every `.rs` file under `src/`, by its module path (`["scenario", "run"]`).
fn modules() -> BTreeMap<Vec<String>, PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).expect("src/ is readable") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&root, &mut files);
    files
        .into_iter()
        // The binary, and the analyst's test fixtures (declared `#[cfg(test)]`).
        .filter(|f| !f.ends_with("main.rs") && !f.ends_with("analyst/fixtures.rs"))
        .map(|file| {
            let relative = file.strip_prefix(&root).expect("under src/");
            let mut module: Vec<String> = relative
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if module.last().is_some_and(|m| m == "mod" || m == "lib") {
                module.pop();
            }
            (module, file)
        })
        .collect()
}

/// The source that ships, without comments (`//` to the end of a line, so doc links do not
/// count) and without its tests (from the first `#[cfg(test)]` on: a test may use a test
/// fixture that uses the code under test).
fn code_of(file: &Path) -> String {
    let source = fs::read_to_string(file).expect("a readable source file");
    let shipped = source.split("#[cfg(test)]").next().unwrap_or("");
    shipped
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The identifiers of every `head::a::b...` path in `code`.
fn paths_after(code: &str, head: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(head) {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + head.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let mut path = Vec::new();
        let mut tail = rest;
        while let Some(after) = tail.strip_prefix("::") {
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if name.is_empty() {
                break;
            }
            tail = &after[name.len()..];
            path.push(name);
        }
        if !path.is_empty() {
            found.push(path);
        }
    }
    found
}

/// Each file's imports of other files.
fn edges() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let modules = modules();
    let resolve = |path: &[String]| -> Option<Vec<String>> {
        (1..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|candidate| modules.contains_key(candidate))
    };
    modules
        .iter()
        .map(|(module, file)| {
            let code = code_of(file);
            let mut targets = BTreeSet::new();
            for path in paths_after(&code, "crate") {
                targets.extend(resolve(&path));
            }
            for path in paths_after(&code, "super") {
                // `super` is the parent of this module (a file's own `mod tests` shares it).
                let parent = &module[..module.len().saturating_sub(1)];
                let absolute: Vec<String> = parent.iter().cloned().chain(path).collect();
                targets.extend(resolve(&absolute));
            }
            targets.remove(module);
            // A file naming its own submodules (`pub mod x;`) or its parent is structure, not
            // an import of their code; `mod` lines carry no path, so they are not here.
            (module.clone(), targets)
        })
        .collect()
}

fn in_layer(module: &[String], layer: &str) -> bool {
    module.first().is_some_and(|m| m == layer)
}

mod layers {
    use super::*;

    #[test]
    fn the_core_and_the_scenario_import_no_ui_crate() {
        let mut offenders = Vec::new();
        for (module, file) in modules() {
            if !["sim", "analyst", "import", "scenario", "text", "content"]
                .iter()
                .any(|layer| in_layer(&module, layer))
            {
                continue;
            }
            let code = code_of(&file);
            for krate in UI_CRATES {
                if !paths_after(&code, krate).is_empty() {
                    offenders.push(format!("{} uses {krate}", file.display()));
                }
            }
        }
        assert!(offenders.is_empty(), "{offenders:#?}");
    }

    /// "a imports b" for every file in one of the `from` layers that imports a file in one of
    /// the `to` layers.
    fn imports_between(from: impl Fn(&[String]) -> bool, to: &[&str]) -> Vec<String> {
        let mut offenders = Vec::new();
        for (module, targets) in edges() {
            if !from(&module) {
                continue;
            }
            for target in targets {
                if to.iter().any(|layer| in_layer(&target, layer)) {
                    offenders.push(format!(
                        "{} imports {}",
                        module.join("::"),
                        target.join("::")
                    ));
                }
            }
        }
        offenders
    }

    #[test]
    fn lower_layers_never_import_a_view() {
        let ui = ["views", "components", "app", "town_worker", "panic_panel"];
        let offenders = imports_between(|m| !ui.iter().any(|layer| in_layer(m, layer)), &ui);
        assert!(offenders.is_empty(), "{offenders:#?}");
    }

    #[test]
    fn the_core_never_imports_the_scenario_or_text() {
        let core = |m: &[String]| in_layer(m, "sim") || in_layer(m, "analyst");
        let offenders = imports_between(core, &["scenario", "text"]);
        assert!(offenders.is_empty(), "{offenders:#?}");
    }

    #[test]
    fn the_import_uses_the_simulation_core_only() {
        let offenders = imports_between(
            |m| in_layer(m, "import"),
            &["analyst", "scenario", "text", "content", "browser_storage"],
        );
        assert!(offenders.is_empty(), "{offenders:#?}");
        let core = |m: &[String]| in_layer(m, "sim") || in_layer(m, "analyst");
        assert!(imports_between(core, &["import"]).is_empty());
    }

    #[test]
    fn no_file_imports_itself_through_others() {
        let graph = edges();
        // Tarjan would list every cycle's members; a depth-first search finds one cycle,
        // which is what a person needs to start untangling.
        fn visit(
            node: &Vec<String>,
            graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
            stack: &mut Vec<Vec<String>>,
            done: &mut BTreeSet<Vec<String>>,
        ) -> Option<Vec<Vec<String>>> {
            if let Some(at) = stack.iter().position(|n| n == node) {
                let mut cycle = stack[at..].to_vec();
                cycle.push(node.clone());
                return Some(cycle);
            }
            if done.contains(node) {
                return None;
            }
            stack.push(node.clone());
            for next in graph.get(node).into_iter().flatten() {
                if let Some(cycle) = visit(next, graph, stack, done) {
                    return Some(cycle);
                }
            }
            stack.pop();
            done.insert(node.clone());
            None
        }
        let mut done = BTreeSet::new();
        for node in graph.keys() {
            if let Some(cycle) = visit(node, &graph, &mut Vec::new(), &mut done) {
                let names: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
                panic!("an import cycle: {}", names.join(" -> "));
            }
        }
    }

    #[test]
    fn the_checker_sees_an_import() {
        // The simulator view imports the scenario layer: if the checker saw no edges, every
        // test above would pass vacuously.
        let graph = edges();
        let simulator = graph
            .get(&vec!["views".to_owned(), "simulator".to_owned()])
            .expect("src/views/simulator.rs");
        assert!(simulator.iter().any(|m| in_layer(m, "scenario")));
    }
}
