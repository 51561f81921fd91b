//! Facts about the running app the UI shows: version, where the data lives, and whether it opened.

use std::path::{Path, PathBuf};

use cairn_core::{DashboardSummary, Plan, PlanStatus};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::error::IpcError;
use crate::state::{AppState, DATABASE_FILE};

/// What the UI needs to know about this installation.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
    /// `data_dir` as a person reads it, with the home folder shortened to `~`.
    pub data_dir_display: String,
    pub database_file: String,
    /// Set when the data file could not be opened; the UI shows it instead of the plans.
    pub open_error: Option<IpcError>,
    /// `CAIRN_DATA_DIR` chose the folder, so Cairn offers no other.
    pub data_dir_fixed: bool,
}

/// Everything the first screen needs, in one answer: at startup each round trip through the
/// webview costs 70–90 ms here (BENCHMARKS.md), against 1–5 ms once the window is up.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Start {
    pub info: AppInfo,
    /// Every plan, as `list_plans` gives them; empty when the data file did not open.
    pub plans: Vec<Plan>,
    /// The dashboard a fresh start opens: of the first plan not archived, when there is one.
    pub first: Option<FirstScreen>,
}

/// A plan's dashboard, as the dashboard screen shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FirstScreen {
    pub plan: Plan,
    pub summary: DashboardSummary,
}

#[tauri::command]
pub async fn start(state: State<'_, AppState>) -> Result<Start, IpcError> {
    let info = info_of(&state);
    // A file that did not open has no plans: the UI shows why instead (`info.openError`).
    let plans = state.with_store(|s| s.list_plans()).unwrap_or_default();
    let first = plans
        .iter()
        .find(|p| p.status != PlanStatus::Archived)
        // A dashboard that cannot be read now is asked for again by the screen, which says why.
        .and_then(|p| {
            state.with_store(|s| s.dashboard(p.id)).ok().map(|summary| FirstScreen { plan: p.clone(), summary })
        });
    Ok(Start { info, plans, first })
}

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo, IpcError> {
    Ok(info_of(&state))
}

fn info_of(state: &AppState) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        data_dir: state.data_dir().display().to_string(),
        data_dir_display: for_display(state.data_dir(), std::env::var_os("HOME").map(PathBuf::from)),
        database_file: state.data_dir().join(DATABASE_FILE).display().to_string(),
        open_error: state.open_error(),
        data_dir_fixed: state.fixed_folder(),
    }
}

/// `path` with a leading home folder written as `~`.
pub(crate) fn for_display(path: &Path, home: Option<PathBuf>) -> String {
    match home.filter(|h| !h.as_os_str().is_empty() && h != Path::new("/")).and_then(|h| path.strip_prefix(h).ok()) {
        Some(rest) if rest.as_os_str().is_empty() => "~".to_owned(),
        Some(rest) => format!("~/{}", rest.display()),
        None => path.display().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_home_folder_is_shown_as_a_tilde() {
        let home = Some(PathBuf::from("/home/alex"));
        assert_eq!(
            for_display(Path::new("/home/alex/.local/share/app.cairn.planner"), home.clone()),
            "~/.local/share/app.cairn.planner"
        );
        assert_eq!(for_display(Path::new("/home/alexandra/cairn"), home.clone()), "/home/alexandra/cairn");
        assert_eq!(for_display(Path::new("/srv/cairn"), home), "/srv/cairn");
        assert_eq!(for_display(Path::new("/srv/cairn"), Some(PathBuf::from("/"))), "/srv/cairn");
        assert_eq!(for_display(Path::new("/srv/cairn"), None), "/srv/cairn");
    }
}

/// The UI's first plan data is painted (or the blank page's first frame). `marks` are the UI's
/// startup marks (`performance.mark`, ms since the page began) and `now` the page's clock at this
/// call: the probe line places the page's start and each mark on the clock that began at `main`,
/// e.g. `912.4 page=301 script=388 plans-known=512 dashboard-data=640 first-data-painted=905`.
/// Does nothing unless `CAIRN_STARTUP_PROBE` is set (startup benchmark).
#[tauri::command]
pub async fn ui_ready<R: Runtime>(
    app: AppHandle<R>,
    marks: Option<Vec<(String, f64)>>,
    now: Option<f64>,
) -> Result<(), IpcError> {
    crate::startup::ui_ready(&app, marks, now);
    Ok(())
}
