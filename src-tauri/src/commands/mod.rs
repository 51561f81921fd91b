//! IPC commands, one module per area. Each name here must also be listed in `build.rs` (the app
//! manifest) and granted in `capabilities/default.json`, or the webview cannot reach it.

pub mod app;
pub mod plan;
pub mod skill;
pub mod stakeholder;

/// The invoke handler with every command of every area.
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app::app_info,
        plan::list_plans,
        plan::get_plan,
        plan::create_plan,
        plan::update_plan,
        plan::archive_plan,
        skill::proficiency_scale,
        skill::list_skills,
        skill::create_skill,
        skill::update_skill,
        skill::delete_skill,
        skill::list_learning_actions,
        skill::create_learning_action,
        skill::update_learning_action,
        skill::delete_learning_action,
        skill::learning_balance,
        stakeholder::list_stakeholders,
        stakeholder::create_stakeholder,
        stakeholder::update_stakeholder,
        stakeholder::delete_stakeholder,
        stakeholder::log_interaction,
        stakeholder::list_interactions,
        stakeholder::delete_interaction,
    ]
}
