//! The house rules that a compiler does not check: which crate may depend on what.

use std::collections::{BTreeSet, HashMap};
use std::process::Command;

use serde_json::Value;

/// Crates that would mean "knows Tauri or a webview".
const SHELL_ONLY: &[&str] = &["tauri", "tauri-build", "tauri-runtime", "tauri-runtime-wry", "wry", "tao", "webkit2gtk"];

fn metadata() -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .output()
        .expect("cargo metadata runs");
    assert!(out.status.success(), "cargo metadata failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("cargo metadata prints JSON")
}

/// Names of every package `root` depends on at build or run time (not its dev-dependencies).
fn normal_closure(meta: &Value, root: &str) -> BTreeSet<String> {
    let names: HashMap<&str, &str> = meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["name"].as_str().unwrap()))
        .collect();
    let nodes: HashMap<&str, &Value> =
        meta["resolve"]["nodes"].as_array().unwrap().iter().map(|n| (n["id"].as_str().unwrap(), n)).collect();
    let root_id = names.iter().find(|(_, name)| **name == root).map(|(id, _)| *id).expect("root package");

    let mut seen = BTreeSet::new();
    let mut stack = vec![root_id];
    while let Some(id) = stack.pop() {
        for dep in nodes[id]["deps"].as_array().unwrap() {
            let normal =
                dep["dep_kinds"].as_array().unwrap().iter().any(|k| k["kind"].is_null() || k["kind"] == "build");
            let dep_id = dep["pkg"].as_str().unwrap();
            if normal && seen.insert(names[dep_id].to_owned()) {
                stack.push(dep_id);
            }
        }
    }
    seen
}

#[test]
fn cairn_core_knows_no_tauri_and_no_webview() {
    let meta = metadata();
    let deps = normal_closure(&meta, "cairn-core");
    assert!(deps.contains("rusqlite"), "sanity: the closure was walked ({deps:?})");
    let leaked: Vec<_> = SHELL_ONLY.iter().filter(|c| deps.contains(**c)).collect();
    assert!(leaked.is_empty(), "cairn-core must not depend on {leaked:?}");
}

#[test]
fn the_documents_and_the_cli_know_no_tauri_either() {
    let meta = metadata();
    for krate in ["cairn-report", "cairn-cli"] {
        let deps = normal_closure(&meta, krate);
        assert!(deps.contains("cairn-core"), "sanity: {krate}'s closure was walked");
        let leaked: Vec<_> = SHELL_ONLY.iter().filter(|c| deps.contains(**c)).collect();
        assert!(leaked.is_empty(), "{krate} must not depend on {leaked:?}");
    }
}

#[test]
fn the_shell_is_the_one_that_knows_tauri() {
    let meta = metadata();
    assert!(normal_closure(&meta, "cairn-app").contains("tauri"));
}

#[test]
fn the_app_does_not_ship_the_ten_year_generator() {
    // cargo tree resolves features for the app alone, as a release build of it does.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let tree = |package: &str| {
        let out = Command::new(&cargo)
            .args(["tree", "--locked", "-p", package, "-e", "features", "-i", "cairn-core"])
            .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
            .output()
            .expect("cargo tree runs");
        assert!(out.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(!tree("cairn-app").contains("feature \"scale\""), "cairn-core's scale feature reaches the app");
    assert!(tree("cairn-cli").contains("feature \"scale\""), "the CLI keeps demo --scale for the benchmarks");
}

/// The report crate lays out the core's document models; reading the store (and with it deciding
/// what a document holds) is the core's. A `Store` in its library code means a rule crept in.
#[test]
fn the_report_crate_reads_no_store() {
    let src = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../crates/cairn-report/src"));
    let mut offenders = Vec::new();
    for entry in std::fs::read_dir(src).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                if code.split(|c: char| !c.is_alphanumeric() && c != '_').any(|word| word == "Store") {
                    offenders.push(format!("{}:{}: {line}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "cairn-report must lay out core models, not read the store:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn one_version_is_written_once_and_every_place_agrees() {
    // The workspace's version (every package inherits it) is the one the app (app_info), the CLI
    // (--version) and the packages carry; the UI's package files must not say another.
    let meta = metadata();
    let packages = meta["packages"].as_array().unwrap();
    let version_of = |name: &str| packages.iter().find(|p| p["name"] == name).unwrap()["version"].as_str().unwrap();
    let version = version_of("cairn-app");
    for name in ["cairn-core", "cairn-report", "cairn-cli", "cairn-tests"] {
        assert_eq!(version_of(name), version, "{name}");
    }
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let json = |path: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(format!("{root}/{path}")).unwrap()).unwrap()
    };
    assert_eq!(json("src-tauri/tauri.conf.json")["version"], version, "tauri.conf.json");
    assert_eq!(json("ui/package.json")["version"], version, "ui/package.json");
    let lock = json("ui/package-lock.json");
    assert_eq!(lock["version"], version, "ui/package-lock.json");
    assert_eq!(lock["packages"][""]["version"], version, "ui/package-lock.json's own package");
}
