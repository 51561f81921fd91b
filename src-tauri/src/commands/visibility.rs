//! Visibility commands: talks, design documents, posts, demos, presentations and workshops.

use cairn_core::{Deleted, Visibility, VisibilityInput, VisibilitySpread};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// The plan's records, newest first.
#[tauri::command]
pub async fn list_visibility(state: State<'_, AppState>, plan_id: i64) -> Result<Vec<Visibility>, IpcError> {
    state.with_store(|s| s.list_visibility(plan_id))
}

/// The records per audience, month by month over the plan's window.
#[tauri::command]
pub async fn visibility_spread(state: State<'_, AppState>, plan_id: i64) -> Result<VisibilitySpread, IpcError> {
    state.with_store(|s| s.plan_visibility_spread(plan_id))
}

#[tauri::command]
pub async fn create_visibility(
    state: State<'_, AppState>,
    plan_id: i64,
    input: VisibilityInput,
) -> Result<Visibility, IpcError> {
    state.with_store(|s| s.create_visibility(plan_id, &input))
}

#[tauri::command]
pub async fn update_visibility(
    state: State<'_, AppState>,
    id: i64,
    input: VisibilityInput,
) -> Result<Visibility, IpcError> {
    state.with_store(|s| s.update_visibility(id, &input))
}

#[tauri::command]
pub async fn delete_visibility(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_visibility(id))
}
