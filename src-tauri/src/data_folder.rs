//! Which folder holds the data: `$CAIRN_DATA_DIR` if set (tests, portable installs, a second
//! profile), else the folder the person chose in Cairn (remembered in the config folder), else
//! the platform's app data folder (e.g. `~/.local/share/app.cairn.planner`).

use std::path::{Path, PathBuf};

use cairn_core::Error;
use tauri::{Manager, Runtime};

use crate::error::IpcError;

/// Environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "CAIRN_DATA_DIR";

/// The file in the config folder that remembers a chosen data folder.
const CHOICE_FILE: &str = "data-folder";

/// The data folder, and whether the environment fixed it (then Cairn offers no other).
pub fn resolve<R: Runtime>(app: &tauri::AppHandle<R>) -> tauri::Result<(PathBuf, bool)> {
    let remembered = app.path().app_config_dir().ok().and_then(|d| std::fs::read_to_string(d.join(CHOICE_FILE)).ok());
    let env = std::env::var_os(DATA_DIR_ENV).map(PathBuf::from);
    match pick(env, remembered) {
        Some(chosen) => Ok(chosen),
        None => Ok((app.path().app_data_dir()?, false)),
    }
}

/// `env` wins, then a remembered absolute path; `None` means the platform default.
fn pick(env: Option<PathBuf>, remembered: Option<String>) -> Option<(PathBuf, bool)> {
    if let Some(dir) = env.filter(|d| !d.as_os_str().is_empty()) {
        return Some((dir, true));
    }
    let remembered = remembered.map(|r| PathBuf::from(r.trim())).filter(|p| p.is_absolute())?;
    Some((remembered, false))
}

/// Remembers `dir` as the data folder for the next start.
pub fn remember<R: Runtime>(app: &tauri::AppHandle<R>, dir: &Path) -> Result<(), IpcError> {
    let config = app.path().app_config_dir().map_err(|e| Error::validation("folder", e.to_string()))?;
    let written = std::fs::create_dir_all(&config)
        .and_then(|()| std::fs::write(config.join(CHOICE_FILE), dir.to_string_lossy().as_bytes()));
    written.map_err(|e| {
        IpcError::from(Error::Storage {
            action: "remember the data folder",
            detail: format!("{}: {e}", config.display()),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_wins_then_the_remembered_choice_then_the_default() {
        let env = Some(PathBuf::from("/tmp/env"));
        let chosen = Some("/home/alex/Sync/cairn\n".to_owned());
        assert_eq!(pick(env, chosen.clone()), Some((PathBuf::from("/tmp/env"), true)));
        assert_eq!(pick(None, chosen.clone()), Some((PathBuf::from("/home/alex/Sync/cairn"), false)));
        assert_eq!(pick(Some(PathBuf::new()), chosen), Some((PathBuf::from("/home/alex/Sync/cairn"), false)));
        assert_eq!(pick(None, Some("relative/path".into())), None, "only an absolute path is trusted");
        assert_eq!(pick(None, None), None);
    }
}
