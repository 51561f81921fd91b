//! Stakeholder-map and interaction-log commands: thin wrappers over `cairn_core::Store`.

use cairn_core::{Deleted, Interaction, InteractionInput, Stakeholder, StakeholderInput};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_stakeholders(state: State<'_, AppState>) -> Result<Vec<Stakeholder>, IpcError> {
    state.with_store(|s| s.list_stakeholders())
}

#[tauri::command]
pub async fn create_stakeholder(state: State<'_, AppState>, input: StakeholderInput) -> Result<Stakeholder, IpcError> {
    state.with_store(|s| s.create_stakeholder(&input))
}

#[tauri::command]
pub async fn update_stakeholder(
    state: State<'_, AppState>,
    id: i64,
    input: StakeholderInput,
) -> Result<Stakeholder, IpcError> {
    state.with_store(|s| s.update_stakeholder(id, &input))
}

#[tauri::command]
pub async fn delete_stakeholder(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_stakeholder(id))
}

#[tauri::command]
pub async fn log_interaction(
    state: State<'_, AppState>,
    stakeholder_id: i64,
    input: InteractionInput,
) -> Result<Interaction, IpcError> {
    state.with_store(|s| s.log_interaction(stakeholder_id, &input))
}

#[tauri::command]
pub async fn list_interactions(state: State<'_, AppState>, stakeholder_id: i64) -> Result<Vec<Interaction>, IpcError> {
    state.with_store(|s| s.list_interactions(stakeholder_id))
}

#[tauri::command]
pub async fn delete_interaction(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_interaction(id))
}

#[tauri::command]
pub async fn get_stakeholder(state: State<'_, AppState>, id: i64) -> Result<Stakeholder, IpcError> {
    state.with_store(|s| s.get_stakeholder(id))
}
