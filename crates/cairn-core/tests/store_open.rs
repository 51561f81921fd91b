//! Opening data files: pragmas, migrations, and refusing files Cairn must not touch.

mod common;

use std::fs;

use cairn_core::{ErrorCode, SCHEMA_VERSION, Store};
use common::{clock, input, temp_store};
use rusqlite::Connection;

#[test]
fn a_new_file_is_migrated_to_the_current_schema_with_durable_settings() {
    let t = temp_store();
    assert_eq!(t.store.schema_version().unwrap(), SCHEMA_VERSION);
    let conn = Connection::open(t.store.path()).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    drop(conn);
    // foreign_keys and synchronous are per connection: ask the store's own connection.
    let (fk, sync) = t.store.pragmas_for_tests();
    assert_eq!((fk, sync), (1, 2), "foreign_keys=ON, synchronous=FULL");
}

#[test]
fn a_missing_data_folder_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested").join("deeper").join("cairn.db");
    Store::open_with_clock(&path, clock()).unwrap();
    assert!(path.exists());
}

#[test]
fn reopening_does_not_migrate_again() {
    let t = temp_store();
    let path = t.store.path().to_path_buf();
    t.store.create_plan(&input("Plan", "2026-01-01", "2026-09-01")).unwrap();
    drop(t.store);
    let again = Store::open_with_clock(&path, clock()).unwrap();
    assert_eq!(again.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(again.list_plans().unwrap().len(), 1);
}

#[test]
fn a_newer_schema_is_refused_and_the_file_left_byte_for_byte_untouched() {
    let t = temp_store();
    let path = t.store.path().to_path_buf();
    t.store.create_plan(&input("From the future", "2026-01-01", "2026-09-01")).unwrap();
    drop(t.store);
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(&format!("PRAGMA user_version = {}", SCHEMA_VERSION + 7)).unwrap();
        // Fold the WAL into the main file and leave rollback mode, so the bytes below are the whole story.
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;").unwrap();
    }
    let before = fs::read(&path).unwrap();

    let err = Store::open_with_clock(&path, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NewerSchema);
    assert!(err.to_string().contains("newer version of Cairn"), "{err}");
    assert!(err.to_string().contains("Nothing was changed"), "{err}");

    assert_eq!(fs::read(&path).unwrap(), before, "the file must not change");
    assert!(!path.with_extension("db-wal").exists(), "no WAL may be created for a refused file");
}

#[test]
fn garbage_is_refused_as_not_a_database_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cairn.db");
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    fs::write(&path, &garbage).unwrap();
    let err = Store::open_with_clock(&path, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotADatabase);
    assert_eq!(fs::read(&path).unwrap(), garbage);
}

#[test]
fn another_programs_sqlite_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cairn.db");
    Connection::open(&path).unwrap().execute_batch("CREATE TABLE notes (body TEXT);").unwrap();
    let err = Store::open_with_clock(&path, clock()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotADatabase);
    assert!(err.to_string().contains("another program"), "{err}");
}

#[test]
fn the_paper_setting_is_kept_with_the_data() {
    let t = temp_store();
    assert_eq!(t.store.paper().unwrap(), cairn_core::Paper::A4, "A4 until chosen");
    t.store.set_paper(cairn_core::Paper::UsLetter).unwrap();
    let again = cairn_core::Store::open(t.dir.path().join("cairn.db")).unwrap();
    assert_eq!(again.paper().unwrap(), cairn_core::Paper::UsLetter);
}

/// A real data file (the demo) as Cairn leaves it on disk: in WAL mode, the log folded in when the
/// last connection closed.
fn real_file_bytes() -> Vec<u8> {
    let t = temp_store();
    t.store.load_demo().unwrap();
    let path = t.store.path().to_path_buf();
    drop(t.store);
    assert!(!path.with_extension("db-wal").exists(), "the log was folded into the file");
    fs::read(&path).unwrap()
}

/// Opens `bytes` as a data file: it must open, or be refused with the file left as it was.
fn open_or_refuse_untouched(bytes: &[u8]) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cairn.db");
    fs::write(&path, bytes).unwrap();
    match Store::open_with_clock(&path, clock()) {
        Ok(store) => {
            // Whatever opened must answer reads with a result or an error, never a panic.
            let _listed = store.list_plans();
            Ok(())
        }
        Err(err) => {
            let after = fs::read(&path).unwrap();
            if after != bytes {
                return Err(format!("refused ({err}) but the file was written"));
            }
            if !matches!(err.code(), ErrorCode::NotADatabase | ErrorCode::NewerSchema | ErrorCode::Storage) {
                return Err(format!("refused with an unexpected code: {:?} {err}", err.code()));
            }
            Ok(())
        }
    }
}

#[test]
fn odd_headers_are_refused_as_damaged_with_the_file_untouched() {
    let real = real_file_bytes();
    let with = |offset: usize, value: &[u8]| {
        let mut b = real.clone();
        b[offset..offset + value.len()].copy_from_slice(value);
        b
    };
    // user_version is the 4 bytes at 60, application_id the 4 at 68 (big-endian).
    for (what, bytes) in [
        ("negative user_version", with(60, &(-1i32).to_be_bytes())),
        ("huge user_version", with(60, &i32::MAX.to_be_bytes())),
        ("odd application_id", with(68, &0x1234_5678i32.to_be_bytes())),
        ("no application_id", with(68, &0i32.to_be_bytes())),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cairn.db");
        fs::write(&path, &bytes).unwrap();
        let err = Store::open_with_clock(&path, clock()).unwrap_err();
        assert!(
            matches!(err.code(), ErrorCode::NotADatabase | ErrorCode::NewerSchema),
            "{what}: {:?} {err}",
            err.code()
        );
        assert_eq!(fs::read(&path).unwrap(), bytes, "{what}: the file was written");
    }
    open_or_refuse_untouched(&real).unwrap();
}

fn open_cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(48)
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(open_cases()))]

    /// A fuzz of the open path: header fields and the first pages of a real data file mangled at
    /// random. Never a panic; opened, or refused with the file untouched.
    #[test]
    fn a_mangled_data_file_opens_or_is_refused_never_panics_never_written(
        header in proptest::collection::vec((0usize..100, proptest::num::u8::ANY), 0..6),
        pages in proptest::collection::vec((0usize..(4 * 4096), proptest::num::u8::ANY), 0..24),
    ) {
        thread_local!(static REAL: Vec<u8> = real_file_bytes());
        let mut bytes = REAL.with(Clone::clone);
        for (at, value) in header.into_iter().chain(pages) {
            if at < bytes.len() {
                bytes[at] = value;
            }
        }
        let outcome = open_or_refuse_untouched(&bytes);
        proptest::prop_assert!(outcome.is_ok(), "{}", outcome.unwrap_err());
    }
}
