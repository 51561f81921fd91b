//! What the shell keeps between commands: the data folder and the open store, or why it could not
//! be opened (the UI shows that instead of the plans). A restore closes the store, replaces the
//! file and opens it again, so the store sits in a mutex that can hold either.

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use cairn_core::{BackupInfo, Clock, FrameworkDraft, Store, SystemClock};
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

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
    /// The day's first backup, running beside the first screen; joined before anything replaces
    /// the data file (restore, import).
    backup_thread: Mutex<Option<JoinHandle<()>>>,
    /// The last backup that failed away from a click, until one succeeds (Data & backups shows it).
    backup_failure: Arc<Mutex<Option<BackupFailure>>>,
}

/// A backup that failed where no click could show it: when, and what went wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupFailure {
    pub at: DateTime<Utc>,
    pub message: String,
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
            backup_thread: Mutex::new(None),
            backup_failure: Arc::new(Mutex::new(None)),
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

    /// Starts the day's first backup on a thread of its own (nothing when the store is not open).
    /// A failure is logged, kept for Data & backups, and handed to `on_failure` (a desktop notice).
    pub fn start_daily_backup(&self, on_failure: impl FnOnce(&BackupFailure) + Send + 'static) {
        let Some(daily) = self.lock().as_ref().ok().map(Store::daily_backup) else { return };
        let failures = self.backup_failure.clone();
        let thread = std::thread::spawn(move || {
            if let Err(err) = daily.run() {
                let failure = BackupFailure { at: SystemClock.now(), message: err.to_string() };
                crate::log::error(&format!("today's backup failed: {}", failure.message));
                *failures.lock().unwrap_or_else(|p| p.into_inner()) = Some(failure.clone());
                on_failure(&failure);
            }
        });
        *self.backup_thread.lock().unwrap_or_else(|p| p.into_inner()) = Some(thread);
    }

    /// Waits for the day's first backup to finish, if it is running: it reads the data file on a
    /// connection of its own, which must not be left on a file being replaced.
    pub fn join_backup(&self) {
        let thread = self.backup_thread.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(thread) = thread {
            let _ = thread.join();
        }
    }

    /// The last backup that failed out of sight, if none has succeeded since.
    pub fn backup_failure(&self) -> Option<BackupFailure> {
        self.backup_failure.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// A backup made on request worked: the earlier failure is behind us.
    pub fn backup_succeeded(&self) {
        *self.backup_failure.lock().unwrap_or_else(|p| p.into_inner()) = None;
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
        self.join_backup();
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

    /// Runs `f` on the store, mapping core errors to IPC errors. This is the command boundary: a
    /// panic inside (a bug, never user data) answers the call with an `internal` error instead of
    /// taking the window down. The store is safe to go on with: an open transaction rolls back as
    /// the panic unwinds, and the lock is taken back from the poisoned mutex.
    pub fn with_store<T>(&self, f: impl FnOnce(&Store) -> cairn_core::Result<T>) -> Result<T, IpcError> {
        guarded(|| {
            let guard = self.lock();
            let store = guard.as_ref().map_err(Clone::clone)?;
            f(store).map_err(IpcError::from)
        })
    }
}

/// Runs a command body, turning a panic into an `internal` error (the panic hook has logged it).
pub fn guarded<T>(body: impl FnOnce() -> Result<T, IpcError>) -> Result<T, IpcError> {
    std::panic::catch_unwind(AssertUnwindSafe(body)).unwrap_or_else(|_| Err(IpcError::internal()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_daily_backup_that_fails_is_kept_said_and_cleared_by_one_that_works() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::open(dir.path());
        state.with_store(|s| s.load_demo().map(|_| ())).unwrap();
        // A file where the backups folder should be: the backup cannot be made.
        std::fs::write(dir.path().join(cairn_core::BACKUP_DIR), b"in the way").unwrap();
        let (told, heard) = std::sync::mpsc::channel();
        state.start_daily_backup(move |f| told.send(f.clone()).unwrap());
        state.join_backup();
        let failure = state.backup_failure().expect("the failure is kept for Data & backups");
        assert!(failure.message.contains("backups"), "{failure:?}");
        assert_eq!(heard.try_recv().unwrap(), failure, "and said in a notice");

        std::fs::remove_file(dir.path().join(cairn_core::BACKUP_DIR)).unwrap();
        state.with_store(|s| s.back_up(cairn_core::BackupReason::Manual)).unwrap();
        state.backup_succeeded();
        assert_eq!(state.backup_failure(), None);
    }
}
