//! Facts about the running app the UI shows: version, where the data lives, and whether it opened.

use std::path::{Path, PathBuf};

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
    /// `data_dir` as a person reads it, with the home folder shortened to `~`.
    pub data_dir_display: String,
    pub database_file: String,
    /// Set when the data file could not be opened; the UI shows it instead of the plans.
    pub open_error: Option<IpcError>,
    /// `CAIRN_DATA_DIR` chose the folder, so Cairn offers no other.
    pub data_dir_fixed: bool,
}

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo, IpcError> {
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        data_dir: state.data_dir().display().to_string(),
        data_dir_display: for_display(state.data_dir(), std::env::var_os("HOME").map(PathBuf::from)),
        database_file: state.data_dir().join(DATABASE_FILE).display().to_string(),
        open_error: state.open_error(),
        data_dir_fixed: state.fixed_folder(),
    })
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
