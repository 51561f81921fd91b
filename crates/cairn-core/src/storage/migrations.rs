//! Schema migrations. Each migration is a SQL file applied once, in order; `PRAGMA user_version`
//! records how many have been applied. Rules (never break them):
//! - a released migration is never edited, only followed by a new one;
//! - all pending migrations run in one transaction, so a failure leaves the file as it was;
//! - a file whose version is newer than [`SCHEMA_VERSION`] is refused before anything is written.

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, Result, StorageResultExt};

/// Marks the file as Cairn's (`PRAGMA application_id`), so another program's SQLite file is refused.
pub(crate) const APPLICATION_ID: i64 = 0x4341_524E; // "CARN"

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_plans.sql"),
    include_str!("migrations/0002_skills.sql"),
    include_str!("migrations/0003_stakeholders.sql"),
    include_str!("migrations/0004_stretch_milestones.sql"),
    include_str!("migrations/0005_wins_feedback.sql"),
    include_str!("migrations/0006_one_on_ones.sql"),
    include_str!("migrations/0007_search.sql"),
    include_str!("migrations/0008_reminders.sql"),
    include_str!("migrations/0009_settings.sql"),
    include_str!("migrations/0010_search_scope.sql"),
    include_str!("migrations/0011_frameworks.sql"),
    include_str!("migrations/0012_trash.sql"),
    include_str!("migrations/0013_search_period.sql"),
    include_str!("migrations/0014_reflections.sql"),
    include_str!("migrations/0015_review_cycle.sql"),
    include_str!("migrations/0016_meeting_time.sql"),
    include_str!("migrations/0017_reminder_kinds.sql"),
    include_str!("migrations/0018_monthly_review.sql"),
    include_str!("migrations/0019_closing.sql"),
    include_str!("migrations/0020_plan_search_retro.sql"),
    include_str!("migrations/0021_senior_signals.sql"),
    include_str!("migrations/0022_the_case.sql"),
];

/// The schema version this build writes and understands.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The version recorded in the file, without writing anything.
pub(crate) fn recorded_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
}

/// Refuses files that are not ours or are newer than we understand. Reads only.
pub(crate) fn check_compatible(conn: &Connection, path: &str) -> Result<()> {
    let version = recorded_version(conn).map_err(|e| not_a_database(path, &e))?;
    let app_id: i64 =
        conn.query_row("PRAGMA application_id", [], |row| row.get(0)).map_err(|e| not_a_database(path, &e))?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
        .map_err(|e| not_a_database(path, &e))?;
    let foreign = (app_id != 0 && app_id != APPLICATION_ID) || (app_id == 0 && tables > 0);
    if foreign {
        return Err(Error::NotADatabase {
            path: path.to_owned(),
            detail: "it is a SQLite file from another program".into(),
        });
    }
    if version > SCHEMA_VERSION {
        return Err(Error::NewerSchema { found: version, known: SCHEMA_VERSION });
    }
    // A header no Cairn writes: a negative version, or a version on a file that is not marked as
    // ours (every Cairn marks the file in the same transaction that records the version).
    if version < 0 || (version > 0 && app_id != APPLICATION_ID) || (app_id == APPLICATION_ID && version == 0) {
        return Err(Error::NotADatabase {
            path: path.to_owned(),
            detail: format!("its header is damaged (schema version {version}, application id {app_id})"),
        });
    }
    Ok(())
}

/// Applies every pending migration in one immediate transaction.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).or_storage("start the schema upgrade")?;
    // Read again inside the write lock: another process may have migrated in the meantime.
    let current = recorded_version(&tx).or_storage("read the schema version")?;
    if current > SCHEMA_VERSION {
        return Err(Error::NewerSchema { found: current, known: SCHEMA_VERSION });
    }
    if current == SCHEMA_VERSION {
        return Ok(());
    }
    let pending =
        usize::try_from(current).ok().and_then(|from| MIGRATIONS.get(from..)).ok_or_else(|| Error::NotADatabase {
            path: String::new(),
            detail: format!("its schema version {current} is not one Cairn writes"),
        })?;
    for sql in pending {
        tx.execute_batch(sql).or_storage("upgrade the data file's schema")?;
    }
    tx.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {SCHEMA_VERSION};"))
        .or_storage("record the schema version")?;
    tx.commit().or_storage("finish the schema upgrade")
}

fn not_a_database(path: &str, err: &rusqlite::Error) -> Error {
    Error::NotADatabase { path: path.to_owned(), detail: err.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_at_an_older_version_is_upgraded_in_place_keeping_its_rows() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 1;")).unwrap();
        conn.execute(
            "INSERT INTO plan (title, start_date, end_date, current_level, target_level, track, status, created_at, \
             updated_at) VALUES ('Kept', '2026-01-01', '2026-09-01', 'Mid', 'Senior', 'ic', 'active', 'x', 'x')",
            [],
        )
        .unwrap();

        check_compatible(&conn, ":memory:").unwrap();
        migrate(&mut conn).unwrap();

        assert_eq!(recorded_version(&conn).unwrap(), SCHEMA_VERSION);
        let title: String = conn.query_row("SELECT title FROM plan", [], |r| r.get(0)).unwrap();
        assert_eq!(title, "Kept");
        let skills: i64 = conn.query_row("SELECT count(*) FROM skill", [], |r| r.get(0)).unwrap();
        assert_eq!(skills, 0);
    }

    #[test]
    fn interactions_logged_before_migration_13_are_found_by_their_month() {
        let mut conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..12] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 12;")).unwrap();
        conn.execute_batch(
            "INSERT INTO stakeholder (name, role, relationship, influence, interest, stance, cares_about, created_at, \
             updated_at) VALUES ('Ana', '', 'peer', 3, 3, 'neutral', '', 'x', 'x');
             INSERT INTO interaction (stakeholder_id, date, kind, notes, created_at)
             VALUES (1, '2026-03-14', 'check_in', 'Talked about latency budgets', 'x');",
        )
        .unwrap();

        migrate(&mut conn).unwrap();

        let month = |q: &str| -> i64 {
            conn.query_row("SELECT count(*) FROM search_index WHERE search_index MATCH ?1", [q], |r| r.get(0)).unwrap()
        };
        assert_eq!(month("latency AND month : m202603"), 1);
        assert_eq!(month("latency AND month : m202604"), 0);
        // Edited after the upgrade, it moves with its date.
        conn.execute("UPDATE interaction SET date = '2026-04-02'", []).unwrap();
        assert_eq!(month("latency AND month : m202604"), 1);
    }

    #[test]
    fn a_failing_migration_leaves_the_file_at_its_old_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 1;")).unwrap();
        // Make the next migration fail half-way: its table name is already taken.
        conn.execute_batch("CREATE TABLE learning_action (x INTEGER);").unwrap();

        let err = migrate(&mut conn).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::Storage);
        assert_eq!(recorded_version(&conn).unwrap(), 1);
        let skill_tables: i64 =
            conn.query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'skill'", [], |r| r.get(0)).unwrap();
        assert_eq!(skill_tables, 0, "the part of the migration that ran was rolled back");
    }
}
