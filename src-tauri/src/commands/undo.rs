//! Undo of a delete: one command, one transaction in the core (`Store::undo_delete`), which puts
//! back the very rows the delete removed.

use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn undo_delete(state: State<'_, AppState>, undo_id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.undo_delete(undo_id))
}
