//! Brag-log commands: thin wrappers over `cairn_core::Store`.

use cairn_core::{Deleted, PageRequest, Win, WinInput, WinPage};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_wins(state: State<'_, AppState>, plan_id: i64) -> Result<Vec<Win>, IpcError> {
    state.with_store(|s| s.list_wins(plan_id))
}

/// The wins screen's page: the newest wins first, more when asked (see `cairn_core::PageRequest`).
#[tauri::command]
pub async fn list_wins_page(
    state: State<'_, AppState>,
    plan_id: i64,
    skill_id: Option<i64>,
    page: PageRequest,
) -> Result<WinPage, IpcError> {
    state.with_store(|s| s.list_wins_page(plan_id, skill_id, &page))
}

#[tauri::command]
pub async fn create_win(state: State<'_, AppState>, plan_id: i64, input: WinInput) -> Result<Win, IpcError> {
    state.with_store(|s| s.create_win(plan_id, &input))
}

#[tauri::command]
pub async fn update_win(state: State<'_, AppState>, id: i64, input: WinInput) -> Result<Win, IpcError> {
    state.with_store(|s| s.update_win(id, &input))
}

#[tauri::command]
pub async fn delete_win(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_win(id))
}

#[tauri::command]
pub async fn get_win(state: State<'_, AppState>, id: i64) -> Result<Win, IpcError> {
    state.with_store(|s| s.get_win(id))
}
