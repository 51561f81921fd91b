//! Facts about the running app the UI shows: version, where the data lives, and whether it opened.

use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::error::IpcError;
use crate::state::{AppState, DATABASE_FILE};

/// What the UI needs to know about this installation.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
    pub database_file: String,
    /// Set when the data file could not be opened; the UI shows it instead of the plans.
    pub open_error: Option<IpcError>,
}

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo, IpcError> {
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        data_dir: state.data_dir().display().to_string(),
        database_file: state.data_dir().join(DATABASE_FILE).display().to_string(),
        open_error: state.open_error().cloned(),
    })
}
