//! Feedback commands: thin wrappers over `cairn_core::Store`.

use cairn_core::{Deleted, Feedback, FeedbackInput, FeedbackPage, FeedbackStatus, PageRequest};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_feedback(state: State<'_, AppState>, plan_id: i64) -> Result<Vec<Feedback>, IpcError> {
    state.with_store(|s| s.list_feedback(plan_id))
}

/// The feedback screen's page, optionally of one status, with the count of each status.
#[tauri::command]
pub async fn list_feedback_page(
    state: State<'_, AppState>,
    plan_id: i64,
    status: Option<FeedbackStatus>,
    page: PageRequest,
) -> Result<FeedbackPage, IpcError> {
    state.with_store(|s| s.list_feedback_page(plan_id, status, &page))
}

#[tauri::command]
pub async fn create_feedback(
    state: State<'_, AppState>,
    plan_id: i64,
    input: FeedbackInput,
) -> Result<Feedback, IpcError> {
    state.with_store(|s| s.create_feedback(plan_id, &input))
}

#[tauri::command]
pub async fn update_feedback(state: State<'_, AppState>, id: i64, input: FeedbackInput) -> Result<Feedback, IpcError> {
    state.with_store(|s| s.update_feedback(id, &input))
}

#[tauri::command]
pub async fn delete_feedback(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_feedback(id))
}

#[tauri::command]
pub async fn get_feedback(state: State<'_, AppState>, id: i64) -> Result<Feedback, IpcError> {
    state.with_store(|s| s.get_feedback(id))
}
