//! Feedback asked for and given: requests (whom, about what, by when; the answer logged as
//! feedback in one step) and feedback the person gives in reviews.

use cairn_core::{
    AnsweredRequest, Deleted, FeedbackGiven, FeedbackGivenInput, FeedbackInput, FeedbackRequest, FeedbackRequestInput,
    FeedbackRequests,
};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// The plan's requests (open ones first, soonest due first) with how many are in each state.
#[tauri::command]
pub async fn list_feedback_requests(state: State<'_, AppState>, plan_id: i64) -> Result<FeedbackRequests, IpcError> {
    state.with_store(|s| s.list_feedback_requests(plan_id))
}

#[tauri::command]
pub async fn create_feedback_request(
    state: State<'_, AppState>,
    plan_id: i64,
    input: FeedbackRequestInput,
) -> Result<FeedbackRequest, IpcError> {
    state.with_store(|s| s.create_feedback_request(plan_id, &input))
}

#[tauri::command]
pub async fn update_feedback_request(
    state: State<'_, AppState>,
    id: i64,
    input: FeedbackRequestInput,
) -> Result<FeedbackRequest, IpcError> {
    state.with_store(|s| s.update_feedback_request(id, &input))
}

/// Logs the answer: the feedback is created and linked, the request answered, in one transaction.
#[tauri::command]
pub async fn answer_feedback_request(
    state: State<'_, AppState>,
    id: i64,
    answer: FeedbackInput,
) -> Result<AnsweredRequest, IpcError> {
    state.with_store(|s| s.answer_feedback_request(id, &answer))
}

#[tauri::command]
pub async fn delete_feedback_request(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_feedback_request(id))
}

#[tauri::command]
pub async fn list_feedback_given(state: State<'_, AppState>, plan_id: i64) -> Result<Vec<FeedbackGiven>, IpcError> {
    state.with_store(|s| s.list_feedback_given(plan_id))
}

#[tauri::command]
pub async fn create_feedback_given(
    state: State<'_, AppState>,
    plan_id: i64,
    input: FeedbackGivenInput,
) -> Result<FeedbackGiven, IpcError> {
    state.with_store(|s| s.create_feedback_given(plan_id, &input))
}

#[tauri::command]
pub async fn update_feedback_given(
    state: State<'_, AppState>,
    id: i64,
    input: FeedbackGivenInput,
) -> Result<FeedbackGiven, IpcError> {
    state.with_store(|s| s.update_feedback_given(id, &input))
}

#[tauri::command]
pub async fn delete_feedback_given(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_feedback_given(id))
}
