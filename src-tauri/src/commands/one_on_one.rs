//! One-on-one commands (meetings, agenda items, action items): thin wrappers over `cairn_core::Store`.

use cairn_core::{
    ActionItem, ActionItemInput, AgendaItem, AgendaItemInput, Deleted, NewOneOnOne, OneOnOne, OneOnOneInput,
};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_one_on_ones(state: State<'_, AppState>, plan_id: i64) -> Result<Vec<OneOnOne>, IpcError> {
    state.with_store(|s| s.list_one_on_ones(plan_id))
}

#[tauri::command]
pub async fn create_one_on_one(
    state: State<'_, AppState>,
    plan_id: i64,
    input: NewOneOnOne,
) -> Result<OneOnOne, IpcError> {
    state.with_store(|s| s.create_one_on_one(plan_id, &input))
}

#[tauri::command]
pub async fn get_one_on_one(state: State<'_, AppState>, id: i64) -> Result<OneOnOne, IpcError> {
    state.with_store(|s| s.get_one_on_one(id))
}

#[tauri::command]
pub async fn update_one_on_one(
    state: State<'_, AppState>,
    id: i64,
    input: OneOnOneInput,
) -> Result<OneOnOne, IpcError> {
    state.with_store(|s| s.update_one_on_one(id, &input))
}

#[tauri::command]
pub async fn delete_one_on_one(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_one_on_one(id))
}

#[tauri::command]
pub async fn add_agenda_item(
    state: State<'_, AppState>,
    one_on_one_id: i64,
    input: AgendaItemInput,
) -> Result<AgendaItem, IpcError> {
    state.with_store(|s| s.add_agenda_item(one_on_one_id, &input))
}

#[tauri::command]
pub async fn update_agenda_item(state: State<'_, AppState>, id: i64, input: AgendaItemInput) -> Result<(), IpcError> {
    state.with_store(|s| s.update_agenda_item(id, &input))
}

#[tauri::command]
pub async fn delete_agenda_item(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_agenda_item(id))
}

#[tauri::command]
pub async fn add_action_item(
    state: State<'_, AppState>,
    one_on_one_id: i64,
    input: ActionItemInput,
) -> Result<ActionItem, IpcError> {
    state.with_store(|s| s.add_action_item(one_on_one_id, &input))
}

#[tauri::command]
pub async fn update_action_item(state: State<'_, AppState>, id: i64, input: ActionItemInput) -> Result<(), IpcError> {
    state.with_store(|s| s.update_action_item(id, &input))
}

#[tauri::command]
pub async fn delete_action_item(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_action_item(id))
}
