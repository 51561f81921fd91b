//! Plan-wide reads: the dashboard summary and search.

use cairn_core::{DashboardSummary, SearchHit};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn dashboard(state: State<'_, AppState>, plan_id: i64) -> Result<DashboardSummary, IpcError> {
    state.with_store(|s| s.dashboard(plan_id))
}

#[tauri::command]
pub async fn search(state: State<'_, AppState>, plan_id: i64, query: String) -> Result<Vec<SearchHit>, IpcError> {
    state.with_store(|s| s.search(plan_id, &query))
}
