//! Weekly-reflection commands: thin wrappers over `cairn_core::Store`.

use cairn_core::{Deleted, MadeItem, Reflection, ReflectionHistory, ReflectionInput, ReflectionLine, ReflectionWeek};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Opens a week (`2026-W49`) of the plan for reflecting: its facts, and the entry as written or a
/// draft pre-filled from the facts.
#[tauri::command]
pub async fn reflection_week(
    state: State<'_, AppState>,
    plan_id: i64,
    week: String,
) -> Result<ReflectionWeek, IpcError> {
    state.with_store(|s| s.reflection_week(plan_id, &week))
}

/// Writes the plan's reflection for a week, creating it or replacing what was written.
#[tauri::command]
pub async fn save_reflection(
    state: State<'_, AppState>,
    plan_id: i64,
    week: String,
    input: ReflectionInput,
) -> Result<Reflection, IpcError> {
    state.with_store(|s| s.save_reflection(plan_id, &week, &input))
}

/// The plan's weeks so far, newest first, written or missed.
#[tauri::command]
pub async fn reflection_history(state: State<'_, AppState>, plan_id: i64) -> Result<ReflectionHistory, IpcError> {
    state.with_store(|s| s.reflection_history(plan_id))
}

/// Makes a win, feedback, milestone or learning action from a line of a reflection.
#[tauri::command]
pub async fn make_from_reflection_line(state: State<'_, AppState>, line: ReflectionLine) -> Result<MadeItem, IpcError> {
    state.with_store(|s| s.make_from_reflection_line(&line))
}

#[tauri::command]
pub async fn delete_reflection(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_reflection(id))
}
