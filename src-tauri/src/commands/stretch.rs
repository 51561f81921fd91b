//! Stretch-assignment commands: thin wrappers over `cairn_core::Store`.

use cairn_core::{Deleted, Stretch, StretchInput};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_stretches(state: State<'_, AppState>, plan_id: i64) -> Result<Vec<Stretch>, IpcError> {
    state.with_store(|s| s.list_stretches(plan_id))
}

#[tauri::command]
pub async fn create_stretch(
    state: State<'_, AppState>,
    plan_id: i64,
    input: StretchInput,
) -> Result<Stretch, IpcError> {
    state.with_store(|s| s.create_stretch(plan_id, &input))
}

#[tauri::command]
pub async fn update_stretch(state: State<'_, AppState>, id: i64, input: StretchInput) -> Result<Stretch, IpcError> {
    state.with_store(|s| s.update_stretch(id, &input))
}

#[tauri::command]
pub async fn delete_stretch(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_stretch(id))
}

#[tauri::command]
pub async fn get_stretch(state: State<'_, AppState>, id: i64) -> Result<Stretch, IpcError> {
    state.with_store(|s| s.get_stretch(id))
}
