//! Monthly-review commands: thin wrappers over `cairn_core::Store`.

use cairn_core::{Deleted, MonthlyReview, ReviewItems, ReviewStatus};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// When the plan's next monthly review is due, the one in progress, and the finished ones.
#[tauri::command]
pub async fn review_status(state: State<'_, AppState>, plan_id: i64) -> Result<ReviewStatus, IpcError> {
    state.with_store(|s| s.review_status(plan_id))
}

/// What each step of the review goes through: skills, milestones slipping or coming up, people
/// outside their cadence, stretch work under way, the learning balance.
#[tauri::command]
pub async fn review_items(state: State<'_, AppState>, plan_id: i64) -> Result<ReviewItems, IpcError> {
    state.with_store(|s| s.review_items(plan_id))
}

/// Starts the plan's monthly review, or returns the one in progress to resume.
#[tauri::command]
pub async fn start_monthly_review(state: State<'_, AppState>, plan_id: i64) -> Result<MonthlyReview, IpcError> {
    state.with_store(|s| s.start_monthly_review(plan_id))
}

/// Keeps the step the person is on and the summary as drafted.
#[tauri::command]
pub async fn save_monthly_review_progress(
    state: State<'_, AppState>,
    id: i64,
    step: u8,
    summary: String,
) -> Result<MonthlyReview, IpcError> {
    state.with_store(|s| s.save_monthly_review_progress(id, step, &summary))
}

/// Finishes the review: what changed, and a self-assessment snapshot of the skills.
#[tauri::command]
pub async fn finish_monthly_review(
    state: State<'_, AppState>,
    id: i64,
    summary: String,
) -> Result<MonthlyReview, IpcError> {
    state.with_store(|s| s.finish_monthly_review(id, &summary))
}

#[tauri::command]
pub async fn delete_monthly_review(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_monthly_review(id))
}
