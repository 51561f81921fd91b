//! Review-cycle commands: thin wrappers over `cairn_core::Store`.

use cairn_core::{CycleDate, CycleDateInput, Deleted};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// The plan's review cycle, in date order, each date counted down from today.
#[tauri::command]
pub async fn list_cycle_dates(state: State<'_, AppState>, plan_id: i64) -> Result<Vec<CycleDate>, IpcError> {
    state.with_store(|s| s.list_cycle_dates(plan_id))
}

#[tauri::command]
pub async fn get_cycle_date(state: State<'_, AppState>, id: i64) -> Result<CycleDate, IpcError> {
    state.with_store(|s| s.get_cycle_date(id))
}

/// Adds a date (self-review due, calibration, decision…) to the plan's review cycle.
#[tauri::command]
pub async fn create_cycle_date(
    state: State<'_, AppState>,
    plan_id: i64,
    input: CycleDateInput,
) -> Result<CycleDate, IpcError> {
    state.with_store(|s| s.create_cycle_date(plan_id, &input))
}

#[tauri::command]
pub async fn update_cycle_date(
    state: State<'_, AppState>,
    id: i64,
    input: CycleDateInput,
) -> Result<CycleDate, IpcError> {
    state.with_store(|s| s.update_cycle_date(id, &input))
}

/// Removes a date; milestones tied to it stay, untied.
#[tauri::command]
pub async fn delete_cycle_date(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_cycle_date(id))
}
