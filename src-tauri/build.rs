//! Allow-lists Cairn's own commands through the app manifest: a command not named here is unreachable
//! from the webview even if it is registered, and capabilities/default.json grants the ones the UI uses.

/// Every IPC command the shell exposes. Keep in step with `commands::handler()`.
const COMMANDS: &[&str] = &[
    "list_plans",
    "get_plan",
    "create_plan",
    "update_plan",
    "archive_plan",
    "app_info",
    "proficiency_scale",
    "list_skills",
    "create_skill",
    "update_skill",
    "delete_skill",
    "list_learning_actions",
    "create_learning_action",
    "update_learning_action",
    "delete_learning_action",
    "learning_balance",
    "list_stakeholders",
    "create_stakeholder",
    "update_stakeholder",
    "delete_stakeholder",
    "log_interaction",
    "list_interactions",
    "delete_interaction",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script failed");
}
