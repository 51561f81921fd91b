//! The promotion self-review and the wins found in git history: thin wrappers over
//! `cairn_core::Store`. A repository folder is chosen in the native dialog and read here; the
//! history is read off the async workers (it can take seconds on a large repository).

use cairn_core::{GitCandidate, GitRepo, Harvest, ScanReport, SectionKey, SelfReview, Win, WinInput};
use cairn_report::Typeset;
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::commands::export::{Exported, FileKind, PDF, off_the_workers, save_as};
use crate::error::IpcError;
use crate::state::AppState;

const REVIEW_MARKDOWN: FileKind =
    FileKind { title: "Save the self-review as Markdown", filter: "Markdown", extension: "md" };

/// The plan's self-review for its period: per topic (or skill) the person's text or the draft.
#[tauri::command]
pub async fn self_review(state: State<'_, AppState>, plan_id: i64) -> Result<SelfReview, IpcError> {
    state.with_store(|s| s.self_review(plan_id))
}

/// Chooses the period (both empty: back to the default).
#[tauri::command]
pub async fn set_review_period(
    state: State<'_, AppState>,
    plan_id: i64,
    from: String,
    to: String,
) -> Result<SelfReview, IpcError> {
    state.with_store(|s| s.set_review_period(plan_id, &from, &to))
}

/// Saves the person's text of one section.
#[tauri::command]
pub async fn save_review_section(
    state: State<'_, AppState>,
    plan_id: i64,
    key: SectionKey,
    text: String,
) -> Result<SelfReview, IpcError> {
    state.with_store(|s| s.save_review_section(plan_id, key, &text))
}

/// Takes the newer draft in place of the person's text, or keeps the text and stops offering it.
#[tauri::command]
pub async fn settle_review_draft(
    state: State<'_, AppState>,
    plan_id: i64,
    key: SectionKey,
    take: bool,
) -> Result<SelfReview, IpcError> {
    state.with_store(|s| s.settle_review_draft(plan_id, key, take))
}

/// The self-review as a PDF (or Markdown), to a file the person picks. `None` when cancelled.
#[tauri::command]
pub async fn export_self_review<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    plan_id: i64,
    markdown: bool,
) -> Result<Option<Exported>, IpcError> {
    let (doc, paper) = state.with_store(|s| Ok((s.self_review_document(plan_id, "", "")?, s.paper()?)))?;
    off_the_workers(app, move |app| {
        let state = app.state::<AppState>();
        if markdown {
            let (md, name) = cairn_report::render_self_review_markdown(&doc);
            save_as(app, &state, &REVIEW_MARKDOWN, &name, md.as_bytes())
        } else {
            let typeset = Typeset::self_review(&doc, paper)?;
            let pdf = typeset.pdf()?;
            save_as(app, &state, &PDF, &typeset.file_name, &pdf)
        }
    })
    .await
}

/// The harvest of a plan: repositories, emails, and the open candidates in its window.
#[tauri::command]
pub async fn harvest(state: State<'_, AppState>, plan_id: i64) -> Result<Harvest, IpcError> {
    state.with_store(|s| s.harvest(plan_id))
}

/// Lets the person pick a repository's folder and adds it. `None` when cancelled; a folder that
/// is not a working copy is an error that says what it is.
#[tauri::command]
pub async fn add_git_repo<R: Runtime>(app: AppHandle<R>) -> Result<Option<GitRepo>, IpcError> {
    off_the_workers(app, |app| {
        let mut dialog = app.dialog().file().set_title("Add a git repository");
        if let Some(dir) = app.path().home_dir().ok().filter(|d| d.is_dir()) {
            dialog = dialog.set_directory(dir);
        }
        let Some(chosen) = dialog.blocking_pick_folder() else { return Ok(None) };
        let path = chosen.into_path().map_err(|e| cairn_core::Error::validation("path", e.to_string()))?;
        app.state::<AppState>().with_store(|s| s.add_git_repo(&path.to_string_lossy())).map(Some)
    })
    .await
}

#[tauri::command]
pub async fn remove_git_repo(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.remove_git_repo(id))
}

/// Replaces the emails the person commits with.
#[tauri::command]
pub async fn set_git_authors(state: State<'_, AppState>, emails: Vec<String>) -> Result<Vec<String>, IpcError> {
    state.with_store(|s| s.set_git_authors(&emails))
}

/// Reads what is new in a repository since the last scan (the first time, since the plan began).
#[tauri::command]
pub async fn scan_git_repo<R: Runtime>(app: AppHandle<R>, plan_id: i64, repo_id: i64) -> Result<ScanReport, IpcError> {
    off_the_workers(app, move |app| {
        app.state::<AppState>().with_store(|s| {
            let since = s.get_plan(plan_id)?.start_date;
            s.scan_git_repo(repo_id, since)
        })
    })
    .await
}

/// The win a candidate would become, for the person to edit.
#[tauri::command]
pub async fn candidate_win_draft(state: State<'_, AppState>, id: i64) -> Result<WinInput, IpcError> {
    state.with_store(|s| s.candidate_win_draft(id))
}

/// Accepts a candidate as the edited win, in one transaction.
#[tauri::command]
pub async fn accept_candidate(
    state: State<'_, AppState>,
    plan_id: i64,
    id: i64,
    input: WinInput,
) -> Result<Win, IpcError> {
    state.with_store(|s| s.accept_candidate(plan_id, id, &input))
}

#[tauri::command]
pub async fn dismiss_candidate(state: State<'_, AppState>, id: i64) -> Result<GitCandidate, IpcError> {
    state.with_store(|s| s.dismiss_candidate(id))
}
