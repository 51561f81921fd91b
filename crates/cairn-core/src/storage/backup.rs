//! Backups of the data file, made with SQLite's online backup API (a consistent copy even while
//! Cairn writes), kept in `backups/` next to the data file and rotated.
//!
//! When one is made: before a schema upgrade, at start when the newest is more than a day old, before
//! a restore or an import replaces the data, and when the person asks. Which are kept: the newest
//! daily backup of each of the last 7 days that have one and of each of the 4 weeks before those;
//! the 5 newest made before an upgrade, restore or import. Backups the person asked for and damaged
//! files moved aside are never deleted by Cairn.
//!
//! Files and folders are created readable by their owner only (0600 / 0700): a two-year record of
//! feedback is nobody else's business, even on a shared machine.

use std::collections::BTreeSet;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Utc};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use ts_rs::TS;

use std::sync::Arc;

use crate::clock::Clock;
use crate::error::{Error, Result, StorageResultExt};
use crate::store::Store;
use crate::text_enum::text_enum;

/// The folder, next to the data file, that holds the backups.
pub const BACKUP_DIR: &str = "backups";

const PREFIX: &str = "cairn-";
const EXTENSION: &str = ".db";
const STAMP: &str = "%Y%m%d-%H%M%S";
const DAILY_KEPT: usize = 7;
const WEEKLY_KEPT: usize = 4;
const EVENTS_KEPT: usize = 5;

/// Why a backup was made; part of its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupReason {
    /// The first start of a day.
    Daily,
    /// Just before a newer Cairn upgraded the file's schema.
    BeforeUpgrade,
    /// Just before another backup was restored over the data.
    BeforeRestore,
    /// Just before an import replaced all data.
    BeforeImport,
    /// Asked for by the person.
    Manual,
    /// A data file that could not be opened, moved aside (never deleted) before a restore.
    Damaged,
}

text_enum!(BackupReason {
    Daily => "daily",
    BeforeUpgrade => "before-upgrade",
    BeforeRestore => "before-restore",
    BeforeImport => "before-import",
    Manual => "manual",
    Damaged => "damaged",
});

impl BackupReason {
    /// Rotated automatically (the person neither asked for it nor would miss an old one).
    fn rotated(self) -> bool {
        !matches!(self, BackupReason::Manual | BackupReason::Damaged)
    }
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    /// The file name inside `backups/`: what `restore` takes.
    pub name: String,
    pub reason: BackupReason,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// `backups/` next to `data_file`.
pub fn backup_dir(data_file: &Path) -> PathBuf {
    data_file.parent().unwrap_or(Path::new(".")).join(BACKUP_DIR)
}

/// The backups next to `data_file`, newest first. Files that do not look like Cairn's are ignored.
pub fn list_backups(data_file: &Path) -> Result<Vec<BackupInfo>> {
    let dir = backup_dir(data_file);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_error("list the backups", &dir, &e)),
    };
    let mut found: Vec<BackupInfo> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let (created_at, reason) = parse_name(&name)?;
            let meta = entry.metadata().ok().filter(fs::Metadata::is_file)?;
            Some(BackupInfo { name, reason, created_at, bytes: meta.len() })
        })
        .collect();
    found.sort_by(|a, b| b.created_at.cmp(&a.created_at).then_with(|| b.name.cmp(&a.name)));
    Ok(found)
}

/// Copies the open database `conn` into a new backup file and rotates the folder.
pub(crate) fn back_up(
    conn: &Connection,
    data_file: &Path,
    reason: BackupReason,
    now: DateTime<Utc>,
) -> Result<BackupInfo> {
    let dir = ensure_dir(data_file)?;
    let (name, path) = free_name(&dir, reason, now);
    let partial = dir.join(format!(".{name}.partial"));
    let result = copy_into(conn, &partial).and_then(|()| {
        fs::rename(&partial, &path).map_err(|e| io_error("finish the backup", &path, &e))?;
        sync_dir(&dir);
        Ok(())
    });
    if let Err(err) = result {
        let _ = fs::remove_file(&partial);
        return Err(err);
    }
    let bytes = fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    rotate(data_file)?;
    Ok(BackupInfo { name, reason, created_at: now, bytes })
}

/// Writes a complete copy of `conn`'s main database to `dest` (a new 0600 file), in one step so
/// the copy is one consistent moment of the data, and leaves it in rollback-journal mode so the
/// backup is a single self-contained file.
fn copy_into(conn: &Connection, dest: &Path) -> Result<()> {
    create_private_file(dest)?;
    let mut target =
        Connection::open_with_flags(dest, OpenFlags::SQLITE_OPEN_READ_WRITE).or_storage("create the backup file")?;
    {
        let backup = Backup::new(conn, &mut target).or_storage("start the backup")?;
        backup.step(-1).or_storage("copy the data into the backup")?;
    }
    target.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(())).or_storage("finish the backup")?;
    target.close().map_err(|(_, e)| Error::storage("finish the backup", e))?;
    File::open(dest).and_then(|f| f.sync_all()).map_err(|e| io_error("write the backup to disk", dest, &e))
}

/// Deletes the automatic backups the rotation no longer keeps.
pub(crate) fn rotate(data_file: &Path) -> Result<()> {
    let dir = backup_dir(data_file);
    for name in to_prune(&list_backups(data_file)?) {
        let path = dir.join(&name);
        fs::remove_file(&path).map_err(|e| io_error("remove an old backup", &path, &e))?;
    }
    Ok(())
}

/// The names, among `backups` (newest first), that the rotation deletes.
fn to_prune(backups: &[BackupInfo]) -> Vec<String> {
    let mut keep = BTreeSet::new();
    let mut days = Vec::new();
    let mut weeks = Vec::new();
    for b in backups.iter().filter(|b| b.reason == BackupReason::Daily) {
        let day = b.created_at.date_naive();
        let week = day.iso_week();
        if days.len() < DAILY_KEPT {
            if !days.contains(&day) {
                days.push(day);
                weeks.push(week);
                keep.insert(&b.name);
            }
        } else if weeks.len() < DAILY_KEPT + WEEKLY_KEPT && !weeks.contains(&week) {
            weeks.push(week);
            keep.insert(&b.name);
        }
    }
    let events = backups.iter().filter(|b| b.reason.rotated() && b.reason != BackupReason::Daily);
    keep.extend(events.take(EVENTS_KEPT).map(|b| &b.name));
    backups.iter().filter(|b| b.reason.rotated() && !keep.contains(&b.name)).map(|b| b.name.clone()).collect()
}

/// True when no backup (other than a damaged file) is younger than a day.
pub(crate) fn due(data_file: &Path, now: DateTime<Utc>) -> Result<bool> {
    let newest = list_backups(data_file)?.into_iter().find(|b| b.reason != BackupReason::Damaged);
    Ok(newest.is_none_or(|b| now - b.created_at >= Duration::days(1)))
}

/// Moves a data file that cannot be opened (and its WAL files) into `backups/`, untouched.
pub(crate) fn move_aside(data_file: &Path, now: DateTime<Utc>) -> Result<BackupInfo> {
    let dir = ensure_dir(data_file)?;
    let (name, path) = free_name(&dir, BackupReason::Damaged, now);
    fs::rename(data_file, &path).map_err(|e| io_error("move the damaged data file aside", data_file, &e))?;
    for suffix in ["-wal", "-shm"] {
        let side = sidecar(data_file, suffix);
        if side.exists() {
            let _ = fs::rename(&side, dir.join(format!("{name}{suffix}")));
        }
    }
    sync_dir(&dir);
    let bytes = fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    Ok(BackupInfo { name, reason: BackupReason::Damaged, created_at: now, bytes })
}

/// The backup called `name`, checked to be a whole Cairn file this version can open.
pub(crate) fn checked_backup(data_file: &Path, name: &str) -> Result<PathBuf> {
    let known = list_backups(data_file)?.into_iter().any(|b| b.name == name);
    if !known || name.contains(['/', '\\']) {
        return Err(Error::validation(
            "backup",
            format!("There is no backup called “{name}” in {}.", backup_dir(data_file).display()),
        ));
    }
    let path = backup_dir(data_file).join(name);
    let conn = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| Error::NotADatabase { path: path.display().to_string(), detail: e.to_string() })?;
    crate::migrations::check_compatible(&conn, &path.display().to_string())?;
    let verdict = quick_check(&conn);
    if verdict != "ok" {
        return Err(Error::NotADatabase { path: path.display().to_string(), detail: verdict });
    }
    Ok(path)
}

/// SQLite's own verdict on a file's structure: "ok", or what is wrong.
pub(crate) fn quick_check(conn: &Connection) -> String {
    conn.query_row("PRAGMA quick_check", [], |row| row.get::<_, String>(0)).unwrap_or_else(|e| e.to_string())
}

/// Puts a copy of `backup` in place of `data_file`: written beside it, flushed, then renamed over
/// it, so a crash leaves either the old file or the restored one, never half of each.
pub(crate) fn replace_data_file(data_file: &Path, backup: &Path) -> Result<()> {
    let incoming = data_file.with_extension("db.restoring");
    let _ = fs::remove_file(&incoming);
    create_private_file(&incoming)?;
    let copy = || -> std::io::Result<()> {
        let bytes = fs::read(backup)?;
        let mut file = OpenOptions::new().write(true).truncate(true).open(&incoming)?;
        file.write_all(&bytes)?;
        file.sync_all()
    };
    copy().map_err(|e| {
        let _ = fs::remove_file(&incoming);
        io_error("copy the backup into place", &incoming, &e)
    })?;
    fs::rename(&incoming, data_file).map_err(|e| io_error("put the restored file in place", data_file, &e))?;
    // The old file's write-ahead log belongs to the old file: it must not be replayed into this one.
    for suffix in ["-wal", "-shm"] {
        let _ = fs::remove_file(sidecar(data_file, suffix));
    }
    if let Some(parent) = data_file.parent() {
        sync_dir(parent);
    }
    Ok(())
}

/// Creates `path` as a new empty file only its owner can read and write.
pub(crate) fn create_private_file(path: &Path) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map(drop).map_err(|e| io_error("create a file", path, &e))
}

pub(crate) use crate::folder::create_private_dir;

fn ensure_dir(data_file: &Path) -> Result<PathBuf> {
    let dir = backup_dir(data_file);
    create_private_dir(&dir)?;
    Ok(dir)
}

/// A name for a new backup that no file has yet (two in the same second get `-2`, `-3`, …).
fn free_name(dir: &Path, reason: BackupReason, now: DateTime<Utc>) -> (String, PathBuf) {
    let stem = format!("{PREFIX}{}-{}", now.format(STAMP), reason.as_str());
    let mut n = 1;
    loop {
        let name = if n == 1 { format!("{stem}{EXTENSION}") } else { format!("{stem}-{n}{EXTENSION}") };
        let path = dir.join(&name);
        if !path.exists() {
            return (name, path);
        }
        n += 1;
    }
}

/// `cairn-20261122-065100-daily.db` (or `…-daily-2.db`) → its time and reason.
fn parse_name(name: &str) -> Option<(DateTime<Utc>, BackupReason)> {
    let rest = name.strip_prefix(PREFIX)?.strip_suffix(EXTENSION)?;
    let (stamp, reason) = (rest.get(..15)?, rest.get(15..)?.strip_prefix('-')?);
    let at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?.and_utc();
    let reason = match reason.rsplit_once('-') {
        Some((head, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => reason,
    };
    BackupReason::parse(reason).map(|r| (at, r))
}

fn sidecar(data_file: &Path, suffix: &str) -> PathBuf {
    let mut name = data_file.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Makes a rename in `dir` durable (best effort: not every file system allows it).
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

fn io_error(action: &'static str, path: &Path, err: &std::io::Error) -> Error {
    let detail = match err.raw_os_error() {
        Some(28) => "the disk is full; free some space and try again".to_owned(),
        Some(30) => "the folder is read-only".to_owned(),
        _ => err.to_string(),
    };
    Error::Storage { action, detail: format!("{} ({detail})", path.display()) }
}

impl Store {
    /// Makes a backup now (`Manual` when the person asks), then rotates the folder.
    pub fn back_up(&self, reason: BackupReason) -> Result<BackupInfo> {
        back_up(&self.conn, self.path(), reason, self.clock.now())
    }

    /// The start-of-day backup: made when the newest backup is more than a day old and the file
    /// holds anything worth keeping.
    pub fn back_up_if_due(&self) -> Result<Option<BackupInfo>> {
        if !self.has_data()? || !due(self.path(), self.clock.now())? {
            return Ok(None);
        }
        self.back_up(BackupReason::Daily).map(Some)
    }

    /// The start-of-day backup as work for another thread, with a connection of its own: at ten
    /// years the copy takes long enough to be felt before the first screen, and in WAL mode the app
    /// reads and writes meanwhile while the copy stays one consistent moment of the data.
    pub fn daily_backup(&self) -> DailyBackup {
        DailyBackup { data_file: self.path().to_owned(), clock: self.clock.clone() }
    }

    /// Puts backup `name` in place of the data file at `data_file` and opens it (upgrading it if
    /// it is older). What was there first is kept: copied as a `before-restore` backup when it
    /// opens, moved aside whole as `damaged` when it does not. No store may be open on the file.
    pub fn restore_backup(data_file: &Path, name: &str, clock: Arc<dyn Clock>) -> Result<(Store, Option<BackupInfo>)> {
        let backup = checked_backup(data_file, name)?;
        let kept = if data_file.exists() { Some(keep_current(data_file, clock.now())?) } else { None };
        replace_data_file(data_file, &backup)?;
        let store = Store::open_with_clock(data_file, clock)?;
        Ok((store, kept))
    }
}

/// [`Store::daily_backup`]: the day's first backup, made by [`DailyBackup::run`] on any thread.
pub struct DailyBackup {
    data_file: PathBuf,
    clock: Arc<dyn Clock>,
}

impl DailyBackup {
    /// Makes the backup when the newest is more than a day old and the file holds anything worth
    /// keeping, as [`Store::back_up_if_due`] does.
    pub fn run(&self) -> Result<Option<BackupInfo>> {
        let now = self.clock.now();
        if !due(&self.data_file, now)? {
            return Ok(None);
        }
        let conn = Connection::open_with_flags(&self.data_file, OpenFlags::SQLITE_OPEN_READ_WRITE)
            .or_storage("open the data file for the backup")?;
        // The app may be writing: wait for its transaction rather than fail the backup.
        conn.busy_timeout(std::time::Duration::from_secs(10)).or_storage("open the data file for the backup")?;
        if !crate::store::has_data(&conn)? {
            return Ok(None);
        }
        back_up(&conn, &self.data_file, BackupReason::Daily, now).map(Some)
    }
}

/// Saves the data file about to be replaced: a proper backup when SQLite can read it whole, else
/// the file itself, moved aside untouched.
fn keep_current(data_file: &Path, now: DateTime<Utc>) -> Result<BackupInfo> {
    let readable = Connection::open_with_flags(data_file, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .ok()
        .filter(|conn| quick_check(conn) == "ok");
    match readable {
        Some(conn) => {
            let saved = back_up(&conn, data_file, BackupReason::BeforeRestore, now)?;
            // Fold the write-ahead log into the file so nothing of it is left behind.
            let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
            drop(conn);
            Ok(saved)
        }
        None => move_aside(data_file, now),
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
    }

    fn info(reason: BackupReason, when: DateTime<Utc>) -> BackupInfo {
        BackupInfo {
            name: format!("{PREFIX}{}-{}{EXTENSION}", when.format(STAMP), reason.as_str()),
            reason,
            created_at: when,
            bytes: 1,
        }
    }

    #[test]
    fn names_round_trip_with_their_time_and_reason() {
        let when = at(2026, 11, 22, 6);
        for reason in [BackupReason::Daily, BackupReason::BeforeUpgrade, BackupReason::Damaged] {
            let b = info(reason, when);
            assert_eq!(parse_name(&b.name), Some((when, reason)), "{}", b.name);
        }
        assert_eq!(parse_name("cairn-20261122-060000-manual-2.db"), Some((when, BackupReason::Manual)));
        for stranger in [
            "cairn.db",
            "cairn-2026-daily.db",
            "notes.txt",
            "cairn-20261122-060000-weekly.db",
            ".cairn-20261122-060000-daily.db.partial",
        ] {
            assert_eq!(parse_name(stranger), None, "{stranger}");
        }
    }

    #[test]
    fn rotation_keeps_seven_days_then_four_weeks_of_dailies() {
        // Sixty days of daily backups, two on some days, newest first.
        let mut all: Vec<BackupInfo> = (0..60)
            .flat_map(|d| {
                let day = at(2026, 11, 22, 12) - Duration::days(d);
                [info(BackupReason::Daily, day), info(BackupReason::Daily, day - Duration::hours(3))]
            })
            .collect();
        all.sort_by_key(|b| std::cmp::Reverse(b.created_at));
        let pruned = to_prune(&all);
        let kept: Vec<_> = all.iter().filter(|b| !pruned.contains(&b.name)).collect();
        assert_eq!(kept.len(), DAILY_KEPT + WEEKLY_KEPT, "{kept:#?}");
        // The newest of each of the last seven days…
        for (i, b) in kept.iter().take(DAILY_KEPT).enumerate() {
            assert_eq!(b.created_at, at(2026, 11, 22, 12) - Duration::days(i as i64));
        }
        // …then one per earlier week, each in a different ISO week.
        let weeks: BTreeSet<_> = kept.iter().skip(DAILY_KEPT).map(|b| b.created_at.date_naive().iso_week()).collect();
        assert_eq!(weeks.len(), WEEKLY_KEPT);
        assert!(kept.last().unwrap().created_at > at(2026, 10, 1, 0));
    }

    #[test]
    fn rotation_never_deletes_what_the_person_asked_for_or_a_damaged_file() {
        let mut all =
            vec![info(BackupReason::Manual, at(2020, 1, 1, 0)), info(BackupReason::Damaged, at(2020, 1, 2, 0))];
        for h in 0..10 {
            all.push(info(BackupReason::BeforeImport, at(2026, 11, 1, h)));
        }
        all.sort_by_key(|b| std::cmp::Reverse(b.created_at));
        let pruned = to_prune(&all);
        assert_eq!(pruned.len(), 10 - EVENTS_KEPT);
        assert!(pruned.iter().all(|n| n.contains("before-import")));
        // The oldest event backups go first.
        assert!(pruned.iter().all(|n| n.as_str() < all[EVENTS_KEPT - 1].name.as_str()));
    }
}
