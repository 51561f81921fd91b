//! Which folder holds the data: decided by the core (`cairn_core::resolve_data_folder`), the same
//! rule the CLI follows: `$CAIRN_DATA_DIR`, else the folder the person chose in Cairn (remembered
//! in the config folder), else the platform's app data folder (`~/.local/share/app.cairn.planner`).

use std::path::{Path, PathBuf};

use cairn_core::{FolderInputs, FolderSource, resolve_data_folder};

use crate::error::IpcError;

/// The data folder, and whether the environment fixed it (then Cairn offers no other).
pub fn resolve() -> Option<(PathBuf, bool)> {
    resolve_data_folder(&FolderInputs::from_process(None)).map(|(dir, from)| (dir, from == FolderSource::Environment))
}

/// Remembers `dir` as the data folder for the next start.
pub fn remember(dir: &Path) -> Result<(), IpcError> {
    let config = FolderInputs::from_process(None).config_dir.ok_or_else(|| {
        IpcError::from(cairn_core::Error::validation(
            "folder",
            "This system has no configuration folder to remember it in.",
        ))
    })?;
    cairn_core::remember_data_folder(&config, dir).map_err(IpcError::from)
}
