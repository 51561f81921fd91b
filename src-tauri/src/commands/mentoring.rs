//! Mentoring commands: mentees with their goals, sessions with their generated agenda. Thin
//! wrappers over `cairn_core::Store`.

use cairn_core::{
    Deleted, Mentee, MenteeGoal, MenteeGoalInput, MentoringItem, MentoringSession, MentoringSessionInput,
    NewMentoringSession,
};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Everyone mentored in the plan, with their goals, sessions (newest first) and whether a
/// session is due by the map's cadence.
#[tauri::command]
pub async fn list_mentees(state: State<'_, AppState>, plan_id: i64) -> Result<Vec<Mentee>, IpcError> {
    state.with_store(|s| s.list_mentees(plan_id))
}

#[tauri::command]
pub async fn create_mentee_goal(
    state: State<'_, AppState>,
    plan_id: i64,
    stakeholder_id: i64,
    input: MenteeGoalInput,
) -> Result<MenteeGoal, IpcError> {
    state.with_store(|s| s.create_mentee_goal(plan_id, stakeholder_id, &input))
}

#[tauri::command]
pub async fn update_mentee_goal(
    state: State<'_, AppState>,
    id: i64,
    input: MenteeGoalInput,
) -> Result<MenteeGoal, IpcError> {
    state.with_store(|s| s.update_mentee_goal(id, &input))
}

#[tauri::command]
pub async fn delete_mentee_goal(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_mentee_goal(id))
}

/// Starts a session; its agenda comes from the mentee's open goals and the last session's follow-ups.
#[tauri::command]
pub async fn create_mentoring_session(
    state: State<'_, AppState>,
    plan_id: i64,
    input: NewMentoringSession,
) -> Result<MentoringSession, IpcError> {
    state.with_store(|s| s.create_mentoring_session(plan_id, &input))
}

#[tauri::command]
pub async fn update_mentoring_session(
    state: State<'_, AppState>,
    id: i64,
    input: MentoringSessionInput,
) -> Result<MentoringSession, IpcError> {
    state.with_store(|s| s.update_mentoring_session(id, &input))
}

#[tauri::command]
pub async fn delete_mentoring_session(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_mentoring_session(id))
}

#[tauri::command]
pub async fn add_mentoring_item(
    state: State<'_, AppState>,
    session_id: i64,
    text: String,
) -> Result<MentoringItem, IpcError> {
    state.with_store(|s| s.add_mentoring_item(session_id, &text))
}

#[tauri::command]
pub async fn set_mentoring_item_done(state: State<'_, AppState>, id: i64, done: bool) -> Result<(), IpcError> {
    state.with_store(|s| s.set_mentoring_item_done(id, done))
}

#[tauri::command]
pub async fn delete_mentoring_item(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_mentoring_item(id))
}
