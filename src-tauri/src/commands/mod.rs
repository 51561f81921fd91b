//! IPC commands, one module per area. Each name here must also be listed in `build.rs` (the app
//! manifest) and granted in `capabilities/default.json`, or the webview cannot reach it.

pub mod app;
pub mod data;
pub mod export;
pub mod feedback;
pub mod framework;
pub mod milestone;
pub mod one_on_one;
pub mod overview;
pub mod plan;
pub mod skill;
pub mod stakeholder;
pub mod stretch;
pub mod undo;
pub mod win;

/// The invoke handler with every command of every area.
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app::app_info,
        undo::undo_delete,
        app::start,
        crate::startup::ui_ready,
        data::list_backups,
        data::back_up_now,
        data::backup_failure,
        data::restore_backup,
        data::export_everything,
        data::import_everything,
        data::export_plan_markdown,
        data::choose_data_folder,
        data::quit,
        export::get_paper,
        export::set_paper,
        export::brief_preview,
        export::plan_preview,
        export::export_brief,
        export::export_plan,
        export::open_document,
        framework::preview_framework_file,
        framework::apply_framework_import,
        framework::list_frameworks,
        framework::get_framework,
        framework::delete_framework,
        framework::plan_ladder,
        framework::set_plan_ladder,
        framework::clear_plan_ladder,
        framework::link_evidence,
        framework::unlink_evidence,
        framework::readiness,
        framework::milestone_for_gap,
        framework::learning_action_for_gap,
        framework::list_assessments,
        framework::record_assessment,
        framework::delete_assessment,
        skill::get_skill,
        skill::get_learning_action,
        stakeholder::get_stakeholder,
        stretch::get_stretch,
        milestone::get_milestone,
        win::get_win,
        feedback::get_feedback,
        plan::list_plans,
        plan::get_plan,
        plan::create_plan,
        plan::update_plan,
        plan::archive_plan,
        plan::list_templates,
        plan::create_plan_from_template,
        plan::load_demo,
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
        stretch::list_stretches,
        stretch::create_stretch,
        stretch::update_stretch,
        stretch::delete_stretch,
        milestone::list_milestones,
        milestone::create_milestone,
        milestone::update_milestone,
        milestone::delete_milestone,
        win::list_wins,
        win::list_wins_page,
        win::create_win,
        win::update_win,
        win::delete_win,
        feedback::list_feedback,
        feedback::list_feedback_page,
        feedback::create_feedback,
        feedback::update_feedback,
        feedback::delete_feedback,
        one_on_one::list_one_on_ones,
        one_on_one::create_one_on_one,
        one_on_one::get_one_on_one,
        one_on_one::update_one_on_one,
        one_on_one::delete_one_on_one,
        one_on_one::add_agenda_item,
        one_on_one::update_agenda_item,
        one_on_one::delete_agenda_item,
        one_on_one::add_action_item,
        one_on_one::update_action_item,
        one_on_one::delete_action_item,
        overview::dashboard,
        overview::search,
    ]
}

#[cfg(test)]
mod boundary_tests {
    use serde_json::json;
    use tauri::State;
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{INVOKE_KEY, mock_builder, mock_context, noop_assets};
    use tauri::webview::InvokeRequest;

    use crate::error::IpcError;
    use crate::state::AppState;

    /// Exists only in test builds: a command whose body hits a bug while holding the store.
    #[tauri::command]
    async fn panic_for_tests(state: State<'_, AppState>) -> Result<(), IpcError> {
        state.with_store(|s| {
            let _ = s.list_plans()?;
            panic!("a bug inside a command");
        })
    }

    #[test]
    fn a_panic_inside_a_command_answers_internal_and_the_app_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let app = mock_builder()
            .invoke_handler(tauri::generate_handler![panic_for_tests, super::plan::list_plans, super::plan::load_demo])
            .manage(AppState::open(dir.path()))
            .build(mock_context(noop_assets()))
            .unwrap();
        let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
        let invoke = |cmd: &str| {
            let request = InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(json!({})),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            };
            tauri::test::get_ipc_response(&window, request).map(|b| b.deserialize::<serde_json::Value>().unwrap())
        };
        invoke("load_demo").unwrap();
        let before = invoke("list_plans").unwrap();

        let err = invoke("panic_for_tests").unwrap_err();
        assert_eq!(err["code"], "internal", "{err}");
        assert!(err["message"].as_str().unwrap().contains("cairn.log"), "{err}");

        // The store lock was given back and the data is as it was.
        assert_eq!(invoke("list_plans").unwrap(), before);
    }
}
