//! Milestone commands: thin wrappers over `cairn_core::Store`.

use cairn_core::{Deleted, Milestone, MilestoneInput};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_milestones(state: State<'_, AppState>, plan_id: i64) -> Result<Vec<Milestone>, IpcError> {
    state.with_store(|s| s.list_milestones(plan_id))
}

#[tauri::command]
pub async fn create_milestone(
    state: State<'_, AppState>,
    plan_id: i64,
    input: MilestoneInput,
) -> Result<Milestone, IpcError> {
    state.with_store(|s| s.create_milestone(plan_id, &input))
}

#[tauri::command]
pub async fn update_milestone(
    state: State<'_, AppState>,
    id: i64,
    input: MilestoneInput,
) -> Result<Milestone, IpcError> {
    state.with_store(|s| s.update_milestone(id, &input))
}

#[tauri::command]
pub async fn delete_milestone(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_milestone(id))
}

#[tauri::command]
pub async fn get_milestone(state: State<'_, AppState>, id: i64) -> Result<Milestone, IpcError> {
    state.with_store(|s| s.get_milestone(id))
}
