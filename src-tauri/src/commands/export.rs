//! Documents from the app: what each section would hold (shown before anything is written), the
//! paper setting, and Export: the PDF is made and written here in Rust, to the file the person picks
//! in the native save dialog; it never passes through the webview. Only a file written this way can
//! then be opened with the system's viewer.

use std::path::{Path, PathBuf};

use cairn_core::{BriefRequest, BriefSection, Error, Paper, PlanSection, Preview};
use cairn_report::Typeset;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;
use ts_rs::TS;

use crate::commands::app::for_display;
use crate::error::IpcError;
use crate::state::AppState;

/// A document that was written.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Exported {
    pub path: String,
    /// The path as shown to the person (`~/Documents/…`).
    pub shown: String,
}

#[tauri::command]
pub async fn get_paper(state: State<'_, AppState>) -> Result<Paper, IpcError> {
    state.with_store(|s| s.paper())
}

#[tauri::command]
pub async fn set_paper(state: State<'_, AppState>, paper: Paper) -> Result<(), IpcError> {
    state.with_store(|s| s.set_paper(paper))
}

#[tauri::command]
pub async fn brief_preview(
    state: State<'_, AppState>,
    request: BriefRequest,
) -> Result<Vec<Preview<BriefSection>>, IpcError> {
    state.with_store(|s| Ok(s.brief(&request)?.preview()))
}

#[tauri::command]
pub async fn plan_preview(state: State<'_, AppState>, plan_id: i64) -> Result<Vec<Preview<PlanSection>>, IpcError> {
    state.with_store(|s| Ok(s.plan_document(plan_id, s.clock().today())?.preview()))
}

/// Makes the brief, asks where to save it, writes it. `None` when the person cancelled the dialog.
#[tauri::command]
pub async fn export_brief<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    request: BriefRequest,
    sections: Vec<BriefSection>,
) -> Result<Option<Exported>, IpcError> {
    let (brief, paper) = state.with_store(|s| Ok((s.brief(&request)?.keep(&sections), s.paper()?)))?;
    typeset_and_save(app, move || Typeset::brief(&brief, paper)).await
}

/// Makes the plan document, asks where to save it, writes it. `None` when cancelled. With
/// `wins_from` or `wins_to`, the wins are those of that period.
#[tauri::command]
pub async fn export_plan<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    plan_id: i64,
    sections: Vec<PlanSection>,
    wins_from: String,
    wins_to: String,
) -> Result<Option<Exported>, IpcError> {
    let (doc, paper) =
        state.with_store(|s| Ok((plan_document(s, plan_id, &sections, &wins_from, &wins_to)?, s.paper()?)))?;
    typeset_and_save(app, move || Typeset::plan(&doc, paper)).await
}

/// Writes the plan's dates as an iCalendar file (milestones, review-cycle dates, one-on-ones,
/// check-ins due, the weekly reflection) where the person picks. `None` when cancelled.
#[tauri::command]
pub async fn export_calendar<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    plan_id: i64,
) -> Result<Option<Exported>, IpcError> {
    let doc = state.with_store(|s| s.calendar(plan_id))?;
    let (ics, name) = cairn_report::render_calendar(&doc);
    off_the_workers(app, move |app| save_as(app, &app.state::<AppState>(), &CALENDAR, &name, ics.as_bytes())).await
}

/// The plan document cut to `sections`, its wins limited to a period when one end is given.
pub(crate) fn plan_document(
    s: &cairn_core::Store,
    plan_id: i64,
    sections: &[PlanSection],
    wins_from: &str,
    wins_to: &str,
) -> cairn_core::Result<cairn_core::PlanDocument> {
    let doc = s.plan_document(plan_id, s.clock().today())?.keep(sections);
    if wins_from.trim().is_empty() && wins_to.trim().is_empty() {
        return Ok(doc);
    }
    let (from, to) = s.document_period(plan_id, wins_from, wins_to)?;
    Ok(doc.wins_within(from, to))
}

/// Lays out a document read from the store (`layout`), typesets it and asks where to save it.
/// All of it blocks (typesetting up to ~0.6 s at ten years, the dialog until the person answers),
/// so it runs on a blocking thread, not on the async runtime's workers, and without the store's
/// lock: the window's other calls go on meanwhile.
async fn typeset_and_save<R: Runtime>(
    app: AppHandle<R>,
    layout: impl FnOnce() -> cairn_core::Result<Typeset> + Send + 'static,
) -> Result<Option<Exported>, IpcError> {
    off_the_workers(app, move |app| {
        let doc = layout()?;
        let pdf = doc.pdf()?;
        save(app, &app.state::<AppState>(), &doc.file_name, &pdf)
    })
    .await
}

/// Runs `work` on a blocking thread (dialogs, typesetting), with the command boundary's panic guard.
pub(crate) async fn off_the_workers<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    work: impl FnOnce(&AppHandle<R>) -> Result<T, IpcError> + Send + 'static,
) -> Result<T, IpcError> {
    tauri::async_runtime::spawn_blocking(move || crate::state::guarded(|| work(&app)))
        .await
        .unwrap_or_else(|_| Err(IpcError::internal()))
}

/// Opens a document Cairn wrote in this session with the system's PDF viewer.
#[tauri::command]
pub async fn open_document<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: String,
) -> Result<(), IpcError> {
    let path = PathBuf::from(path);
    if !state.was_exported(&path) {
        return Err(Error::validation("path", "Cairn opens only the documents it has just saved.").into());
    }
    app.opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|e| Error::document("open the document", e.to_string()).into())
}

/// What kind of file a save dialog is for.
pub(crate) struct FileKind {
    pub title: &'static str,
    pub filter: &'static str,
    pub extension: &'static str,
}

pub(crate) const PDF: FileKind = FileKind { title: "Save the PDF", filter: "PDF document", extension: "pdf" };
const CALENDAR: FileKind = FileKind { title: "Save the calendar", filter: "iCalendar file", extension: "ics" };

fn save<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    name: &str,
    pdf: &[u8],
) -> Result<Option<Exported>, IpcError> {
    save_as(app, state, &PDF, name, pdf)
}

/// Asks where to save `name` in the native dialog (in Documents), and writes `bytes` there whole.
/// `None` when the person cancelled.
pub(crate) fn save_as<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    kind: &FileKind,
    name: &str,
    bytes: &[u8],
) -> Result<Option<Exported>, IpcError> {
    let mut dialog =
        app.dialog().file().set_title(kind.title).set_file_name(name).add_filter(kind.filter, &[kind.extension]);
    if let Some(dir) = app.path().document_dir().ok().filter(|d| d.is_dir()).or_else(|| app.path().home_dir().ok()) {
        dialog = dialog.set_directory(dir);
    }
    let Some(chosen) = dialog.blocking_save_file() else { return Ok(None) };
    let path = chosen.into_path().map_err(|e| Error::document("save the file", e.to_string()))?;
    write_pdf(state, &path, bytes)?;
    let home = app.path().home_dir().ok();
    Ok(Some(Exported { shown: for_display(&path, home), path: path.to_string_lossy().into_owned() }))
}

/// Writes the whole file or nothing, private from birth (`cairn_core::write_private`), and
/// remembers it as one the person may open.
pub(crate) fn write_pdf(state: &AppState, path: &Path, pdf: &[u8]) -> Result<(), IpcError> {
    cairn_core::write_private(path, pdf)
        .map_err(|e| Error::document("save the file", format!("{} could not be written: {e}", path.display())))?;
    state.remember_export(path);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_pdf_is_whole_and_may_be_opened_and_a_failed_one_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::open(dir.path());
        let path = dir.path().join("brief.pdf");
        write_pdf(&state, &path, b"%PDF-1.7 test").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"%PDF-1.7 test");
        assert!(state.was_exported(&path));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "an exported document is its owner's alone");
        }
        assert!(!state.was_exported(&dir.path().join("cairn.db")), "only what was exported may be opened");

        let nowhere = dir.path().join("missing-folder/brief.pdf");
        let err = write_pdf(&state, &nowhere, b"%PDF").unwrap_err();
        assert!(err.message.contains("could not be written"), "{}", err.message);
        assert!(!state.was_exported(&nowhere));
    }
}

#[cfg(test)]
mod typeset_tests {
    use std::sync::mpsc;
    use std::time::Instant;

    use super::*;

    #[test]
    fn the_store_answers_while_a_document_typesets() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::open(dir.path());
        let plan = state.with_store(|s| s.load_demo()).unwrap().id;
        // What the export command does: read under the lock, typeset without it.
        let model =
            state.with_store(|s| Ok(s.plan_document(plan, s.clock().today())?.keep(&PlanSection::defaults()))).unwrap();
        let doc = Typeset::plan(&model, Paper::A4).unwrap();
        let (done, typeset_at) = mpsc::channel();
        let typesetting = std::thread::spawn(move || {
            let pdf = doc.pdf();
            done.send(Instant::now()).unwrap();
            pdf
        });
        let plans = state.with_store(|s| s.list_plans()).unwrap();
        let listed_at = Instant::now();
        assert!(typesetting.join().unwrap().unwrap().starts_with(b"%PDF"));
        assert_eq!(plans.len(), 1);
        assert!(listed_at < typeset_at.recv().unwrap(), "the list waited for the document");
    }
}
