//! What the shell keeps between commands: the data folder and the open store, or why it could not
//! be opened (the UI shows that instead of the plans). A restore closes the store, replaces the
//! file and opens it again, so the store sits in a mutex that can hold either.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use std::sync::Arc;

use cairn_core::{BackupInfo, DailyBackup, FrameworkDraft, Store, SystemClock};

use crate::error::IpcError;

pub use cairn_core::DATA_FILE as DATABASE_FILE;

/// Managed Tauri state: one store behind a mutex (SQLite connections are not shared across threads).
pub struct AppState {
    data_dir: PathBuf,
    store: Mutex<Result<Store, IpcError>>,
    /// Documents written in this session: the only files `open_document` will hand to the system.
    exported: Mutex<Vec<PathBuf>>,
    /// The environment chose the folder: the app offers no other.
    fixed_folder: bool,
    /// A framework file read and previewed, waiting for the person to apply it (with its file name).
    pending_framework: Mutex<Option<(FrameworkDraft, String)>>,
}

impl AppState {
    /// Opens `data_dir/cairn.db`. A failure is kept, not raised, so the window can explain it.
    pub fn open(data_dir: impl Into<PathBuf>) -> Self {
        let data_dir = data_dir.into();
        let store = Store::open(data_dir.join(DATABASE_FILE)).map_err(IpcError::from);
        Self {
            data_dir,
            store: Mutex::new(store),
            exported: Mutex::new(Vec::new()),
            fixed_folder: false,
            pending_framework: Mutex::new(None),
        }
    }

    pub fn with_fixed_folder(self, fixed_folder: bool) -> Self {
        Self { fixed_folder, ..self }
    }

    pub fn fixed_folder(&self) -> bool {
        self.fixed_folder
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn data_file(&self) -> PathBuf {
        self.data_dir.join(DATABASE_FILE)
    }

    /// Keeps a previewed framework until it is applied (a newer preview replaces it).
    pub fn hold_framework(&self, draft: FrameworkDraft, file_name: String) {
        *self.pending_framework.lock().unwrap_or_else(|p| p.into_inner()) = Some((draft, file_name));
    }

    /// The previewed framework, taken (it is applied once).
    pub fn take_framework(&self) -> Option<(FrameworkDraft, String)> {
        self.pending_framework.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    /// The day's first backup, to be made off the main thread (nothing when the store is not open).
    pub fn daily_backup(&self) -> Option<DailyBackup> {
        self.lock().as_ref().ok().map(Store::daily_backup)
    }

    /// Why the store could not be opened, if it could not.
    pub fn open_error(&self) -> Option<IpcError> {
        self.lock().as_ref().err().cloned()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Result<Store, IpcError>> {
        // A panic while holding the lock cannot leave the connection half-way through a statement
        // (SQLite rolls back), so a poisoned lock is safe to keep using.
        self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Closes the store, puts backup `name` in place of the data file and opens that. On failure
    /// the file as it was is opened again. Returns what was kept of the data it replaced.
    pub fn restore(&self, name: &str) -> Result<Option<BackupInfo>, IpcError> {
        let mut slot = self.lock();
        let closing = IpcError::from(cairn_core::Error::Conflict("Cairn is restoring a backup.".into()));
        drop(std::mem::replace(&mut *slot, Err(closing))); // closes the connection
        match Store::restore_backup(&self.data_file(), name, Arc::new(SystemClock)) {
            Ok((store, kept)) => {
                *slot = Ok(store);
                Ok(kept)
            }
            Err(err) => {
                *slot = Store::open(self.data_file()).map_err(IpcError::from);
                Err(err.into())
            }
        }
    }

    pub fn remember_export(&self, path: &Path) {
        self.exported.lock().unwrap_or_else(|p| p.into_inner()).push(path.to_owned());
    }

    pub fn was_exported(&self, path: &Path) -> bool {
        self.exported.lock().unwrap_or_else(|p| p.into_inner()).iter().any(|p| p == path)
    }

    /// Runs `f` on the store, mapping core errors to IPC errors.
    pub fn with_store<T>(&self, f: impl FnOnce(&Store) -> cairn_core::Result<T>) -> Result<T, IpcError> {
        let guard = self.lock();
        let store = guard.as_ref().map_err(Clone::clone)?;
        f(store).map_err(IpcError::from)
    }
}
