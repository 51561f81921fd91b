//! Allow-lists Cairn's own commands through the app manifest: a command not named here is unreachable
//! from the webview even if it is registered, and capabilities/default.json grants the ones the UI uses.

/// Every IPC command the shell exposes. Keep in step with `commands::handler()`.
const COMMANDS: &[&str] = &["list_plans", "get_plan", "create_plan", "update_plan", "archive_plan", "app_info"];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script failed");
}
