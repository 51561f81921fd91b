//! IPC commands, one module per area. Each name here must also be listed in `build.rs` (the app
//! manifest) and granted in `capabilities/default.json`, or the webview cannot reach it.

pub mod app;
pub mod plan;

/// The invoke handler with every command of every area.
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app::app_info,
        plan::list_plans,
        plan::get_plan,
        plan::create_plan,
        plan::update_plan,
        plan::archive_plan,
    ]
}
