//! Career frameworks, a plan's place on one, evidence, readiness and self-assessments: thin
//! wrappers over `cairn_core::Store`. The framework file is chosen in a native dialog and read
//! here; the webview sees the preview, never the path or the bytes.

use cairn_core::{
    Assessment, AssessmentInput, Deleted, Error, EvidenceInput, EvidenceItem, Framework, FrameworkImportPreview,
    FrameworkSummary, LearningAction, Milestone, PlanLadder, PlanLadderInput, Readiness, read_framework_file,
};
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use crate::error::IpcError;
use crate::state::AppState;

/// A framework file read and checked, and what importing it would change.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FrameworkFilePreview {
    /// The file's name (not its folder).
    pub file_name: String,
    pub preview: FrameworkImportPreview,
}

/// Lets the person pick a framework file (CSV or Markdown), reads and checks it, and says what
/// importing it would do. Nothing is written until [`apply_framework_import`]. `None` when
/// cancelled; a bad file is an error naming the line or field.
#[tauri::command]
pub async fn preview_framework_file<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<FrameworkFilePreview>, IpcError> {
    let mut dialog = app
        .dialog()
        .file()
        .set_title("Import a career framework")
        .add_filter("Career framework (CSV or Markdown)", &["csv", "md", "markdown"]);
    if let Some(dir) = app.path().document_dir().ok().filter(|d| d.is_dir()) {
        dialog = dialog.set_directory(dir);
    }
    let Some(chosen) = dialog.blocking_pick_file() else { return Ok(None) };
    let path = chosen.into_path().map_err(|e| Error::validation("file", e.to_string()))?;
    let (draft, file_name) = read_framework_file(&path, None)?;
    let preview = state.with_store(|s| s.preview_framework_import(&draft))?;
    state.hold_framework(draft, file_name.clone());
    Ok(Some(FrameworkFilePreview { file_name, preview }))
}

/// Copies a framework (Cairn's built-in ladder, say) under a new name, for the person to change.
#[tauri::command]
pub async fn copy_framework(state: State<'_, AppState>, id: i64, name: String) -> Result<FrameworkSummary, IpcError> {
    state.with_store(|s| s.copy_framework(id, &name))
}

/// Imports the framework last previewed.
#[tauri::command]
pub async fn apply_framework_import(state: State<'_, AppState>) -> Result<FrameworkSummary, IpcError> {
    let (draft, file_name) = state
        .take_framework()
        .ok_or_else(|| Error::Conflict("Choose the framework file again: the preview was already used.".into()))?;
    state.with_store(|s| s.import_framework(&draft, &file_name))
}

#[tauri::command]
pub async fn list_frameworks(state: State<'_, AppState>) -> Result<Vec<FrameworkSummary>, IpcError> {
    state.with_store(|s| s.list_frameworks())
}

#[tauri::command]
pub async fn get_framework(state: State<'_, AppState>, id: i64) -> Result<Framework, IpcError> {
    state.with_store(|s| s.get_framework(id))
}

#[tauri::command]
pub async fn delete_framework(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.delete_framework(id))
}

#[tauri::command]
pub async fn plan_ladder(state: State<'_, AppState>, plan_id: i64) -> Result<Option<PlanLadder>, IpcError> {
    state.with_store(|s| s.plan_ladder(plan_id))
}

#[tauri::command]
pub async fn set_plan_ladder(
    state: State<'_, AppState>,
    plan_id: i64,
    input: PlanLadderInput,
) -> Result<PlanLadder, IpcError> {
    state.with_store(|s| s.set_plan_ladder(plan_id, &input))
}

#[tauri::command]
pub async fn clear_plan_ladder(state: State<'_, AppState>, plan_id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.clear_plan_ladder(plan_id))
}

#[tauri::command]
pub async fn link_evidence(
    state: State<'_, AppState>,
    plan_id: i64,
    input: EvidenceInput,
) -> Result<EvidenceItem, IpcError> {
    state.with_store(|s| s.link_evidence(plan_id, &input))
}

#[tauri::command]
pub async fn unlink_evidence(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.unlink_evidence(id))
}

#[tauri::command]
pub async fn readiness(state: State<'_, AppState>, plan_id: i64) -> Result<Option<Readiness>, IpcError> {
    state.with_store(|s| s.readiness(plan_id))
}

#[tauri::command]
pub async fn milestone_for_gap(
    state: State<'_, AppState>,
    plan_id: i64,
    expectation_id: i64,
) -> Result<Milestone, IpcError> {
    state.with_store(|s| s.milestone_for_gap(plan_id, expectation_id))
}

#[tauri::command]
pub async fn learning_action_for_gap(
    state: State<'_, AppState>,
    plan_id: i64,
    expectation_id: i64,
    skill_id: i64,
) -> Result<LearningAction, IpcError> {
    state.with_store(|s| s.learning_action_for_gap(plan_id, expectation_id, skill_id))
}

#[tauri::command]
pub async fn list_assessments(state: State<'_, AppState>, plan_id: i64) -> Result<Vec<Assessment>, IpcError> {
    state.with_store(|s| s.list_assessments(plan_id))
}

#[tauri::command]
pub async fn record_assessment(
    state: State<'_, AppState>,
    plan_id: i64,
    input: AssessmentInput,
) -> Result<Assessment, IpcError> {
    state.with_store(|s| s.record_assessment(plan_id, &input))
}

#[tauri::command]
pub async fn delete_assessment(state: State<'_, AppState>, id: i64) -> Result<Deleted, IpcError> {
    state.with_store(|s| s.delete_assessment(id))
}
