//! The person's data as a whole: backups and restore, export and import of everything, the plan
//! as Markdown, and (when the data file cannot be opened) another data folder or quitting.
//! Files are chosen in native dialogs driven by the person; paths never come from the webview.

use cairn_core::{BackupInfo, BackupReason, Error, ImportMode, ImportSummary, PlanSection};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::commands::export::{Exported, FileKind, off_the_workers, save_as};
use crate::error::IpcError;
use crate::state::{AppState, BackupFailure};

const JSON: FileKind = FileKind { title: "Export everything", filter: "Cairn export (JSON)", extension: "json" };
const MARKDOWN: FileKind = FileKind { title: "Save the plan as Markdown", filter: "Markdown", extension: "md" };

/// The backups, newest first. Works when the data file itself does not open.
#[tauri::command]
pub async fn list_backups(state: State<'_, AppState>) -> Result<Vec<BackupInfo>, IpcError> {
    cairn_core::list_backups(&state.data_file()).map_err(IpcError::from)
}

#[tauri::command]
pub async fn back_up_now(state: State<'_, AppState>) -> Result<BackupInfo, IpcError> {
    let made = state.with_store(|s| s.back_up(BackupReason::Manual))?;
    state.backup_succeeded();
    Ok(made)
}

/// The last backup that failed out of sight (the day's first, made at start), until one succeeds.
#[tauri::command]
pub async fn backup_failure(state: State<'_, AppState>) -> Result<Option<BackupFailure>, IpcError> {
    Ok(state.backup_failure())
}

/// Puts backup `name` in place of the data; returns what was kept of the data it replaced.
#[tauri::command]
pub async fn restore_backup(state: State<'_, AppState>, name: String) -> Result<Option<BackupInfo>, IpcError> {
    state.restore(&name)
}

/// Everything as JSON, to a file the person picks. `None` when cancelled.
#[tauri::command]
pub async fn export_everything<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<Option<Exported>, IpcError> {
    let (json, today) = state.with_store(|s| Ok((s.export_json()?, s.clock().today())))?;
    let name = format!("Cairn export {}.json", today.format("%Y-%m-%d"));
    off_the_workers(app, move |app| save_as(app, &app.state::<AppState>(), &JSON, &name, json.as_bytes())).await
}

/// Imports an export the person picks: into empty data, or replacing everything when `replace`
/// (the UI has asked first; the core backs up before it replaces). `None` when cancelled.
#[tauri::command]
pub async fn import_everything<R: Runtime>(
    app: AppHandle<R>,
    replace: bool,
) -> Result<Option<ImportSummary>, IpcError> {
    // The dialog waits for the person and the import reads a file of up to 256 MB: not on a worker.
    off_the_workers(app, move |app| {
        let mut dialog = app.dialog().file().set_title("Import a Cairn export").add_filter(JSON.filter, &["json"]);
        if let Some(dir) = app.path().document_dir().ok().filter(|d| d.is_dir()) {
            dialog = dialog.set_directory(dir);
        }
        let Some(chosen) = dialog.blocking_pick_file() else { return Ok(None) };
        let path = chosen.into_path().map_err(|e| Error::validation("file", e.to_string()))?;
        let mode = if replace { ImportMode::ReplaceAll } else { ImportMode::IntoEmpty };
        let state = app.state::<AppState>();
        state.join_backup();
        state.with_store(|s| s.import_json_file(&path, mode)).map(Some)
    })
    .await
}

/// The plan as Markdown with the chosen sections (and the wins of a period, when given), to a file
/// the person picks. `None` when cancelled.
#[tauri::command]
pub async fn export_plan_markdown<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    plan_id: i64,
    sections: Vec<PlanSection>,
    wins_from: String,
    wins_to: String,
) -> Result<Option<Exported>, IpcError> {
    let doc =
        state.with_store(|s| crate::commands::export::plan_document(s, plan_id, &sections, &wins_from, &wins_to))?;
    let (md, name) = cairn_report::render_plan_markdown(&doc);
    off_the_workers(app, move |app| save_as(app, &app.state::<AppState>(), &MARKDOWN, &name, md.as_bytes())).await
}

/// Lets the person pick another data folder, remembers it, and starts Cairn again on it. Returns
/// false when cancelled. Not offered while `CAIRN_DATA_DIR` decides the folder.
#[tauri::command]
pub async fn choose_data_folder<R: Runtime>(app: AppHandle<R>) -> Result<bool, IpcError> {
    let picked = off_the_workers(app.clone(), |app| {
        let chosen = app.dialog().file().set_title("Choose a data folder for Cairn").blocking_pick_folder();
        chosen.map(|c| c.into_path().map_err(|e| Error::validation("folder", e.to_string()).into())).transpose()
    })
    .await?;
    let Some(dir) = picked else { return Ok(false) };
    crate::data_folder::remember(&dir)?;
    app.restart();
}

/// Quits Cairn (offered when the data cannot be opened).
#[tauri::command]
pub async fn quit<R: Runtime>(app: AppHandle<R>) -> Result<(), IpcError> {
    app.exit(0);
    Ok(())
}
