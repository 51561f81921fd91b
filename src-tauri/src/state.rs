//! What the shell keeps between commands: the data folder and the open store, or why it could not
//! be opened (the UI shows that instead of the plans).

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use cairn_core::Store;

use crate::error::IpcError;

/// The file name of the data file inside the data folder.
pub const DATABASE_FILE: &str = "cairn.db";

/// Managed Tauri state: one store behind a mutex (SQLite connections are not shared across threads).
pub struct AppState {
    data_dir: PathBuf,
    store: Result<Mutex<Store>, IpcError>,
    /// Documents written in this session: the only files `open_document` will hand to the system.
    exported: Mutex<Vec<PathBuf>>,
}

impl AppState {
    /// Opens `data_dir/cairn.db`. A failure is kept, not raised, so the window can explain it.
    pub fn open(data_dir: impl Into<PathBuf>) -> Self {
        let data_dir = data_dir.into();
        let store = Store::open(data_dir.join(DATABASE_FILE)).map(Mutex::new).map_err(IpcError::from);
        Self { data_dir, store, exported: Mutex::new(Vec::new()) }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Why the store could not be opened, if it could not.
    pub fn open_error(&self) -> Option<&IpcError> {
        self.store.as_ref().err()
    }

    pub fn remember_export(&self, path: &Path) {
        self.exported.lock().unwrap_or_else(|p| p.into_inner()).push(path.to_owned());
    }

    pub fn was_exported(&self, path: &Path) -> bool {
        self.exported.lock().unwrap_or_else(|p| p.into_inner()).iter().any(|p| p == path)
    }

    /// Runs `f` on the store, mapping core errors to IPC errors.
    pub fn with_store<T>(&self, f: impl FnOnce(&Store) -> cairn_core::Result<T>) -> Result<T, IpcError> {
        let store = self.store.as_ref().map_err(Clone::clone)?;
        // A panic while holding the lock cannot leave the connection half-way through a statement
        // (SQLite rolls back), so a poisoned lock is safe to keep using.
        let guard = store.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&guard).map_err(IpcError::from)
    }
}
