//! Growth-plan commands: thin wrappers over `cairn_core::Store`.

use cairn_core::{CloseInput, ContinueInput, Plan, PlanInput, TemplateId, TemplateInfo};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_plans(state: State<'_, AppState>) -> Result<Vec<Plan>, IpcError> {
    state.with_store(|s| s.list_plans())
}

#[tauri::command]
pub async fn get_plan(state: State<'_, AppState>, id: i64) -> Result<Plan, IpcError> {
    state.with_store(|s| s.get_plan(id))
}

#[tauri::command]
pub async fn create_plan(state: State<'_, AppState>, input: PlanInput) -> Result<Plan, IpcError> {
    state.with_store(|s| s.create_plan(&input))
}

#[tauri::command]
pub async fn update_plan(
    state: State<'_, AppState>,
    id: i64,
    revision: i64,
    input: PlanInput,
) -> Result<Plan, IpcError> {
    state.with_store(|s| s.update_plan(id, revision, &input))
}

#[tauri::command]
pub async fn archive_plan(state: State<'_, AppState>, id: i64) -> Result<Plan, IpcError> {
    state.with_store(|s| s.archive_plan(id))
}

#[tauri::command]
pub async fn list_templates() -> Result<Vec<TemplateInfo>, IpcError> {
    Ok(cairn_core::templates())
}

#[tauri::command]
pub async fn create_plan_from_template(
    state: State<'_, AppState>,
    template: TemplateId,
    start_date: String,
) -> Result<Plan, IpcError> {
    state.with_store(|s| s.create_plan_from_template(template, &start_date))
}

#[tauri::command]
pub async fn load_demo(state: State<'_, AppState>) -> Result<Plan, IpcError> {
    state.with_store(|s| s.load_demo())
}

/// Closes a plan with its outcome and retrospective (again: changes those); it is read-only then.
#[tauri::command]
pub async fn close_plan(state: State<'_, AppState>, id: i64, input: CloseInput) -> Result<Plan, IpcError> {
    state.with_store(|s| s.close_plan(id, &input))
}

/// Opens a closed plan again.
#[tauri::command]
pub async fn reopen_plan(state: State<'_, AppState>, id: i64) -> Result<Plan, IpcError> {
    state.with_store(|s| s.reopen_plan(id))
}

/// Starts a new plan continuing this one: skills at their levels, chosen open milestones re-dated,
/// open learning actions, the review cycle ahead.
#[tauri::command]
pub async fn continue_plan(state: State<'_, AppState>, id: i64, input: ContinueInput) -> Result<Plan, IpcError> {
    state.with_store(|s| s.continue_plan(id, &input))
}
