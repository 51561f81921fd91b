//! IPC commands, one module per area. Each name here must also be listed in `build.rs` (the app
//! manifest) and granted in `capabilities/default.json`, or the webview cannot reach it.

pub mod app;
pub mod data;
pub mod export;
pub mod feedback;
pub mod milestone;
pub mod one_on_one;
pub mod overview;
pub mod plan;
pub mod skill;
pub mod stakeholder;
pub mod stretch;
pub mod win;

/// The invoke handler with every command of every area.
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app::app_info,
        crate::startup::ui_ready,
        data::list_backups,
        data::back_up_now,
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
        win::create_win,
        win::update_win,
        win::delete_win,
        feedback::list_feedback,
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
