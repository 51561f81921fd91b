//! Skill and learning-action commands: thin wrappers over `cairn_core::Store`.

use cairn_core::{Deleted, LearningAction, LearningActionInput, LearningBalance, ProficiencyLevel, Skill, SkillInput};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn proficiency_scale() -> Result<Vec<ProficiencyLevel>, IpcError> {
    Ok(cairn_core::PROFICIENCY_SCALE.to_vec())
}

#[tauri::command]
pub async fn list_skills(state: State<'_, AppState>, plan_id: i64) -> Result<Vec<Skill>, IpcError> {
    state.with_store(|s| s.list_skills(plan_id))
}

#[tauri::command]
pub async fn create_skill(state: State<'_, AppState>, plan_id: i64, input: SkillInput) -> Result<Skill, IpcError> {
    state.with_store(|s| s.create_skill(plan_id, &input))
}

#[tauri::command]
pub async fn update_skill(state: State<'_, AppState>, id: i64, input: SkillInput) -> Result<Skill, IpcError> {
    state.with_store(|s| s.update_skill(id, &input))
}

#[tauri::command]
pub async fn delete_skill(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_skill(id))
}

#[tauri::command]
pub async fn list_learning_actions(state: State<'_, AppState>, plan_id: i64) -> Result<Vec<LearningAction>, IpcError> {
    state.with_store(|s| s.list_learning_actions(plan_id))
}

#[tauri::command]
pub async fn create_learning_action(
    state: State<'_, AppState>,
    skill_id: i64,
    input: LearningActionInput,
) -> Result<LearningAction, IpcError> {
    state.with_store(|s| s.create_learning_action(skill_id, &input))
}

#[tauri::command]
pub async fn update_learning_action(
    state: State<'_, AppState>,
    id: i64,
    input: LearningActionInput,
) -> Result<LearningAction, IpcError> {
    state.with_store(|s| s.update_learning_action(id, &input))
}

#[tauri::command]
pub async fn delete_learning_action(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_learning_action(id))
}

#[tauri::command]
pub async fn learning_balance(state: State<'_, AppState>, plan_id: i64) -> Result<LearningBalance, IpcError> {
    state.with_store(|s| s.learning_balance(plan_id))
}

#[tauri::command]
pub async fn get_skill(state: State<'_, AppState>, id: i64) -> Result<Skill, IpcError> {
    state.with_store(|s| s.get_skill(id))
}

#[tauri::command]
pub async fn get_learning_action(state: State<'_, AppState>, id: i64) -> Result<LearningAction, IpcError> {
    state.with_store(|s| s.get_learning_action(id))
}
