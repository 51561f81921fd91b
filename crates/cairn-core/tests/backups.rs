//! Backups and restores: made when they should be, private, whole, and a restore that never loses
//! what was there before it.

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::sync::Arc;

use cairn_core::{BackupReason, ErrorCode, FixedClock, SCHEMA_VERSION, Store, backup_dir, list_backups};
use chrono::{Duration, TimeZone, Utc};
use common::{clock, input, temp_store};
use rusqlite::Connection;

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn titles(store: &Store) -> Vec<String> {
    let mut t: Vec<String> = store.list_plans().unwrap().into_iter().map(|p| p.title).collect();
    t.sort();
    t
}

fn later(hours: i64) -> Arc<FixedClock> {
    Arc::new(FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 21, 9, 30, 0).unwrap() + Duration::hours(hours)))
}

#[test]
fn the_data_file_and_its_backups_are_private_to_their_owner() {
    let t = temp_store();
    assert_eq!(mode(t.store.path()), 0o600);
    t.store.create_plan(&input("Mine", "2026-01-01", "2026-09-01")).unwrap();
    let made = t.store.back_up(BackupReason::Manual).unwrap();
    let dir = backup_dir(t.store.path());
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join(&made.name)), 0o600);
    assert!(made.bytes > 0);
    // A backup is one self-contained file: no write-ahead log of its own.
    let names: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn a_daily_backup_is_made_once_a_day_and_only_when_there_is_something_to_keep() {
    let t = temp_store();
    assert_eq!(t.store.back_up_if_due().unwrap(), None, "an empty file is not backed up");
    t.store.create_plan(&input("Road to Senior", "2026-01-01", "2026-09-01")).unwrap();
    let first = t.store.back_up_if_due().unwrap().expect("the first backup of the day");
    assert_eq!(first.reason, BackupReason::Daily);
    assert_eq!(t.store.back_up_if_due().unwrap(), None, "one a day");
    let path = t.store.path().to_path_buf();
    drop(t.store);

    let tomorrow = Store::open_with_clock(&path, later(25)).unwrap();
    let second = tomorrow.back_up_if_due().unwrap().expect("a new day, a new backup");
    assert_ne!(first.name, second.name);
    let listed = list_backups(&path).unwrap();
    assert_eq!(listed.iter().map(|b| &b.name).collect::<Vec<_>>(), vec![&second.name, &first.name], "newest first");

    // The backup is a whole Cairn file with the data as it was.
    let copy = Store::open_with_clock(backup_dir(&path).join(&first.name), clock()).unwrap();
    assert_eq!(titles(&copy), vec!["Road to Senior"]);
}

#[test]
fn an_upgrade_starts_from_a_backup_of_the_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cairn.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../src/storage/migrations/0001_plans.sql")).unwrap();
        conn.execute_batch("PRAGMA application_id = 1128354382; PRAGMA user_version = 1;").unwrap();
        conn.execute(
            "INSERT INTO plan (title, start_date, end_date, current_level, target_level, track, status, created_at, \
             updated_at) VALUES ('Old', '2026-01-01', '2026-09-01', 'Mid', 'Senior', 'ic', 'active', 'x', 'x')",
            [],
        )
        .unwrap();
    }
    let store = Store::open_with_clock(&path, clock()).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);

    let backups = list_backups(&path).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reason, BackupReason::BeforeUpgrade);
    let old = Connection::open(backup_dir(&path).join(&backups[0].name)).unwrap();
    let version: i64 = old.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 1, "the backup holds the file before the upgrade");
    let title: String = old.query_row("SELECT title FROM plan", [], |r| r.get(0)).unwrap();
    assert_eq!(title, "Old");
}

#[test]
fn restoring_brings_the_backup_back_and_keeps_what_was_there() {
    let t = temp_store();
    let path = t.store.path().to_path_buf();
    t.store.create_plan(&input("Kept in the backup", "2026-01-01", "2026-09-01")).unwrap();
    let backup = t.store.back_up(BackupReason::Manual).unwrap();
    t.store.create_plan(&input("Added after", "2026-01-01", "2026-09-01")).unwrap();
    drop(t.store);

    let (restored, kept) = Store::restore_backup(&path, &backup.name, later(1)).unwrap();
    assert_eq!(titles(&restored), vec!["Kept in the backup"]);
    let kept = kept.expect("the current file was saved first");
    assert_eq!(kept.reason, BackupReason::BeforeRestore);
    let before = Store::open_with_clock(backup_dir(&path).join(&kept.name), clock()).unwrap();
    assert_eq!(titles(&before), vec!["Added after", "Kept in the backup"]);
    assert_eq!(mode(&path), 0o600);

    // And the restored file is a working data file.
    restored.create_plan(&input("After the restore", "2026-01-01", "2026-09-01")).unwrap();
    drop(restored);
    let reopened = Store::open_with_clock(&path, clock()).unwrap();
    assert_eq!(titles(&reopened), vec!["After the restore", "Kept in the backup"]);
}

#[test]
fn a_damaged_data_file_is_moved_aside_untouched_when_a_backup_is_restored() {
    let t = temp_store();
    let path = t.store.path().to_path_buf();
    t.store.create_plan(&input("Safe", "2026-01-01", "2026-09-01")).unwrap();
    let backup = t.store.back_up(BackupReason::Manual).unwrap();
    drop(t.store);
    let garbage: Vec<u8> = (0..10_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8).collect();
    fs::write(&path, &garbage).unwrap();
    assert_eq!(Store::open_with_clock(&path, clock()).unwrap_err().code(), ErrorCode::NotADatabase);

    let (restored, kept) = Store::restore_backup(&path, &backup.name, later(1)).unwrap();
    assert_eq!(titles(&restored), vec!["Safe"]);
    let kept = kept.unwrap();
    assert_eq!(kept.reason, BackupReason::Damaged);
    assert_eq!(fs::read(backup_dir(&path).join(&kept.name)).unwrap(), garbage, "moved, never repaired");
}

#[test]
fn a_truncated_file_is_refused_before_it_is_used() {
    let t = temp_store();
    let path = t.store.path().to_path_buf();
    t.store.load_demo().unwrap();
    drop(t.store); // closing folds the write-ahead log into the file
    let whole = fs::read(&path).unwrap();
    assert!(whole.len() > 8192);
    // Cut off the last pages (data; the schema is still there): refused at open, not later in
    // the middle of someone's work.
    let cut = whole.len() - 2 * 4096;
    fs::write(&path, &whole[..cut]).unwrap();
    let err = Store::open_with_clock(&path, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotADatabase);
    assert!(err.to_string().contains("damaged"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), whole[..cut], "left as it was");
    // Cut in half, the schema itself is gone: refused all the same.
    fs::write(&path, &whole[..whole.len() / 2]).unwrap();
    assert_eq!(Store::open_with_clock(&path, clock()).unwrap_err().code(), ErrorCode::NotADatabase);
}

#[test]
fn restoring_something_that_is_not_a_backup_changes_nothing() {
    let t = temp_store();
    let path = t.store.path().to_path_buf();
    t.store.create_plan(&input("Current", "2026-01-01", "2026-09-01")).unwrap();
    let good = t.store.back_up(BackupReason::Manual).unwrap();
    drop(t.store);

    for name in ["cairn-20200101-000000-manual.db", "../cairn.db", "cairn.db", ""] {
        let err = Store::restore_backup(&path, name, clock()).unwrap_err();
        assert_eq!(err.code(), ErrorCode::Validation, "{name}: {err}");
        assert!(err.to_string().contains("no backup called"), "{err}");
    }
    // A backup file that was damaged after it was made is refused, and the data is left alone.
    let damaged = backup_dir(&path).join(&good.name);
    let bytes = fs::read(&damaged).unwrap();
    fs::write(&damaged, &bytes[..bytes.len() / 3]).unwrap();
    let err = Store::restore_backup(&path, &good.name, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotADatabase, "{err}");
    let store = Store::open_with_clock(&path, clock()).unwrap();
    assert_eq!(titles(&store), vec!["Current"]);
    assert_eq!(list_backups(&path).unwrap().len(), 1, "no before-restore copy for a restore that did not happen");
}

#[test]
fn a_full_disk_fails_the_write_with_words_and_loses_nothing() {
    let t = temp_store();
    t.store.create_plan(&input("Before the disk filled", "2026-01-01", "2026-09-01")).unwrap();
    let pages: i64 = {
        let conn = Connection::open(t.store.path()).unwrap();
        conn.query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap()
    };
    t.store.limit_pages_for_tests(pages);
    let err = t.store.load_demo().unwrap_err();
    assert_eq!(err.code(), ErrorCode::Storage);
    assert!(err.to_string().contains("the disk is full"), "{err}");
    // The demo is many rows in one transaction: none of it stayed.
    assert_eq!(titles(&t.store), vec!["Before the disk filled"]);
    assert!(t.store.list_stakeholders().unwrap().is_empty());
}

#[test]
fn the_daily_backup_runs_on_another_thread_while_the_store_writes() {
    let t = temp_store();
    let daily = t.store.daily_backup();
    assert_eq!(daily.run().unwrap(), None, "an empty file is not backed up");
    t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    let worker = std::thread::spawn(move || daily.run());
    // The app goes on writing while the copy is made.
    for i in 0..20 {
        t.store.create_plan(&input(&format!("Plan {i}"), "2026-06-01", "2027-03-01")).unwrap();
    }
    let made = worker.join().unwrap().unwrap().expect("the first backup of the day");
    assert_eq!(made.reason, BackupReason::Daily);
    assert_eq!(t.store.daily_backup().run().unwrap(), None, "one a day");
    assert_eq!(t.store.back_up_if_due().unwrap(), None, "and the store's own check agrees");
    let copy = Connection::open(backup_dir(&t.dir.path().join("cairn.db")).join(&made.name)).unwrap();
    let plans: i64 = copy.query_row("SELECT count(*) FROM plan", [], |r| r.get(0)).unwrap();
    assert!(plans >= 1, "the copy is whole and holds the plan");
}
