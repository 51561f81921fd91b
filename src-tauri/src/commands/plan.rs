//! Growth-plan commands: thin wrappers over `cairn_core::Store`.

use cairn_core::{Plan, PlanInput};
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
