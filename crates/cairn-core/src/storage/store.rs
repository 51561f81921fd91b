//! The store: one SQLite file holding everything a person plans in Cairn.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::backup::{self, BackupReason};
use crate::clock::{Clock, SystemClock};
use crate::error::{Error, Result, StorageResultExt};
use crate::migrations;

/// An open Cairn data file. Methods for each family of tables live next to their types
/// (`plan.rs` holds the plan methods).
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) clock: Arc<dyn Clock>,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (or creates) the data file at `path` with the system clock.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        Self::open_with_clock(path, Arc::new(SystemClock))
    }

    /// Opens (or creates) the data file at `path`, reading time from `clock`.
    ///
    /// A file that is not Cairn's, or that a newer Cairn wrote, is refused before anything is
    /// written to it: no journal-mode switch, no migration.
    pub fn open_with_clock(path: impl AsRef<Path>, clock: Arc<dyn Clock>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let shown = path.display().to_string();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            backup::create_private_dir(dir)?;
            check_writable(dir)?;
        }
        // A new data file is its owner's alone; SQLite gives its journal files the same mode.
        if !path.exists() {
            match backup::create_private_file(&path) {
                Err(_) if path.exists() => {} // made by another Cairn in the meantime
                other => other?,
            }
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(&path, flags).or_storage("open the data file")?;
        conn.busy_timeout(Duration::from_secs(5)).or_storage("configure the data file")?;

        migrations::check_compatible(&conn, &shown)?;

        // WAL keeps readers and the writer out of each other's way; FULL makes every commit durable
        // before Cairn says "saved".
        let mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
            .or_storage("switch the data file to write-ahead logging")?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::Storage {
                action: "switch the data file to write-ahead logging",
                detail: format!("SQLite kept the {mode} journal"),
            });
        }
        // secure_delete: a deleted row's text is zeroed in the file, not left in a free page, so
        // what the person deletes (and Undo's kept rows, once purged) is really gone.
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;")
            .or_storage("configure the data file")?;

        // Every schema upgrade starts from a backup of the file as it was.
        let version = migrations::recorded_version(&conn).or_storage("read the schema version")?;
        if version > 0 && version < migrations::SCHEMA_VERSION {
            backup::back_up(&conn, &path, BackupReason::BeforeUpgrade, clock.now())?;
        }
        migrations::migrate(&mut conn)?;
        let store = Self { conn, clock, path };
        // Undo is offered for minutes; what was deleted longer ago goes for good.
        store.purge_trash(crate::undo::UNDO_WINDOW)?;
        // Cairn's own ladder is there from the first run, and follows the shipped text.
        store.ensure_builtin_frameworks()?;
        Ok(store)
    }

    /// Where this store's file lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version recorded in the file.
    pub fn schema_version(&self) -> Result<i64> {
        migrations::recorded_version(&self.conn).or_storage("read the schema version")
    }

    /// Runs `f` so that all its writes commit together or not at all. Inside an outer
    /// `atomically` (a template, the demo) it joins the outer transaction.
    pub(crate) fn atomically<T>(&self, action: &'static str, f: impl FnOnce() -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            return f();
        }
        let tx = self.conn.unchecked_transaction().or_storage(action)?;
        let out = f()?;
        tx.commit().or_storage(action)?;
        Ok(out)
    }

    /// Deletes row `id` of `table` (its children go with it by foreign-key cascade); `not_found`
    /// naming `what` when there was no such row.
    pub(crate) fn delete_row(
        &self,
        table: &'static str,
        what: &'static str,
        action: &'static str,
        id: i64,
    ) -> Result<()> {
        let changed = self.conn.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id]).or_storage(action)?;
        if changed == 0 {
            return Err(Error::NotFound { what, id });
        }
        Ok(())
    }

    /// Whether the file holds any plan, person or framework: what a daily backup is worth making for, and
    /// what an import must not overwrite without being asked to.
    pub(crate) fn has_data(&self) -> Result<bool> {
        has_data(&self.conn)
    }

    /// The clock this store stamps and judges dates with.
    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }
}

/// Whether the file behind `conn` holds anything worth a backup.
pub(crate) fn has_data(conn: &rusqlite::Connection) -> Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM plan) OR EXISTS (SELECT 1 FROM stakeholder) \
         OR EXISTS (SELECT 1 FROM framework WHERE builtin IS NULL) OR EXISTS (SELECT 1 FROM git_repo)",
        [],
        |r| r.get(0),
    )
    .or_storage("look at the current data")
}

/// SQLite opens a file in a read-only folder "successfully" and then fails on the first read of a
/// WAL file ("unable to open database file"), which reads like damage. Ask the folder first, with
/// a file of our own, so the person hears what is really wrong.
fn check_writable(dir: &Path) -> Result<()> {
    let probe = dir.join(format!(".cairn-write-check-{}", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => {
            let why = match e.raw_os_error() {
                Some(30) => "the folder is on a read-only disk".to_owned(),
                Some(13) => "this user may not write there".to_owned(),
                Some(28) => "the disk is full".to_owned(),
                _ => e.to_string(),
            };
            Err(Error::Storage {
                action: "use the data folder",
                detail: format!(
                    "{} cannot be written to ({why}); nothing was changed. Cairn needs to write its data there: \
                     choose another data folder, or make this one writable",
                    dir.display()
                ),
            })
        }
    }
}

#[doc(hidden)]
impl Store {
    /// Caps the file at `pages` pages, so that tests can meet a full disk without filling one.
    pub fn limit_pages_for_tests(&self, pages: i64) {
        let _ = self.conn.query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()));
    }

    /// `(foreign_keys, synchronous)` of the store's own connection, for tests of the open settings.
    pub fn pragmas_for_tests(&self) -> (i64, i64) {
        let get = |p: &str| self.conn.query_row(&format!("PRAGMA {p}"), [], |r| r.get(0)).unwrap_or(-1);
        (get("foreign_keys"), get("synchronous"))
    }
}
