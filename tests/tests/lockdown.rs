//! The security lockdown, checked from the files that define it (SECURITY.md explains each rule):
//! the webview's CSP, the commands the window may call, and the plugins that are not there at all.

use std::path::Path;

use serde_json::Value;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn json(path: &str) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_csp_allows_no_remote_origin_and_no_inline_or_evaluated_script() {
    let conf = json("src-tauri/tauri.conf.json");
    let security = &conf["app"]["security"];
    let csp = security["csp"].as_object().expect("a CSP is set, directive by directive");
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["script-src"], "'self'", "no inline script, no eval, no remote script");
    assert_eq!(csp["object-src"], "'none'");
    assert_eq!(csp["base-uri"], "'none'");
    assert_eq!(csp["frame-ancestors"], "'none'");
    for (directive, value) in csp {
        let value = value.as_str().unwrap();
        for source in value.split_whitespace() {
            let remote = source.starts_with("http:") || source.starts_with("https:") || source.starts_with("ws");
            assert!(
                !remote || source == "http://ipc.localhost",
                "{directive} allows {source}: Cairn talks to nothing but its own backend"
            );
            assert_ne!(source, "*", "{directive} allows everything");
        }
    }
    assert_eq!(security["freezePrototype"], true, "prototype pollution cannot reach the IPC bridge");
    assert!(security.get("dangerousDisableAssetCspModification").is_none());
}

// Which commands the window may call is checked where the grant is generated, beside the
// commands: src-tauri/tests/ipc/bindings.rs, `the_window_may_call_cairns_own_commands_and_nothing_else`.

#[test]
fn no_shell_file_system_or_network_plugin_is_built_in() {
    let lock = read("Cargo.lock");
    let npm = json("ui/package.json");
    let shell_manifest = read("src-tauri/Cargo.toml");
    let shell_code = read("src-tauri/src/lib.rs");
    for plugin in ["shell", "fs", "http", "websocket", "upload", "updater", "process"] {
        let crate_name = format!("tauri-plugin-{plugin}");
        // The dialog plugin links the fs crate to widen an fs scope *if* the fs plugin is
        // registered; it is not, and no fs permission is granted, so only it may pull the crate in.
        if plugin != "fs" {
            assert!(!lock.contains(&format!("name = \"{crate_name}\"")), "{crate_name} is in Cargo.lock");
        }
        assert!(!shell_manifest.contains(&crate_name), "the shell depends on {crate_name}");
        assert!(!shell_code.contains(&format!("tauri_plugin_{plugin}::")), "the shell registers {crate_name}");
        for deps in ["dependencies", "devDependencies"] {
            let package = format!("@tauri-apps/plugin-{plugin}");
            assert!(npm[deps].get(&package).is_none(), "{package} is in ui/package.json");
        }
    }
    // The UI calls Rust through one module; no other file may reach for invoke or a plugin's JS.
    for entry in walk(&root().join("ui/src")) {
        let text = std::fs::read_to_string(&entry).unwrap();
        let name = entry.to_string_lossy();
        if !name.ends_with("lib/api.ts") && !name.ends_with(".test.ts") {
            assert!(!text.contains("@tauri-apps/"), "{name} imports Tauri's JS directly; go through lib/api.ts");
        }
        assert!(!text.contains("{@html"), "{name} puts a string into the page as HTML");
        assert!(!text.contains("innerHTML"), "{name} sets innerHTML");
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            if !path.ends_with("bindings") {
                files.extend(walk(&path));
            }
        } else if path.extension().is_some_and(|e| e == "ts" || e == "svelte") {
            files.push(path);
        }
    }
    files
}
