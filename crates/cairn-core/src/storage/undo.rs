//! Deletes that can be taken back. A delete that offers Undo keeps, in one row of `trash`, every row
//! it removed (the item and whatever its foreign keys cascaded to) and every reference it set to
//! NULL, exactly as they were. Undo writes those rows back with their own ids and puts the
//! references back, in one transaction, so the win comes back with its skill links, evidence and
//! created stamp, not as a look-alike with a new id.
//!
//! Why the rows and not a "deleted" flag: every read, search, reminder, export and document would
//! have to learn to skip flagged rows, and one that forgot would show a deleted item. Here a
//! deleted row is really gone from every table but `trash`, which nothing else reads.
//!
//! The foreign keys are read from the schema itself, so a table a later migration adds is covered
//! without being listed here.

use std::collections::VecDeque;
use std::time::Duration;

use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, params_from_iter};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::store::Store;

/// How long a delete can be undone. The app offers Undo for seconds; this is generous so that a
/// slow hand, or a second window of the CLI opening the file, never takes it away.
pub const UNDO_WINDOW: Duration = Duration::from_secs(30 * 60);

/// What a delete returns: the handle that takes it back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Deleted {
    #[ts(type = "number")]
    pub undo_id: i64,
}

/// One SQLite value, kept exactly (integers stay integers, reals keep every bit).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl From<SqlValue> for Cell {
    fn from(v: SqlValue) -> Self {
        match v {
            SqlValue::Null => Cell::Null,
            SqlValue::Integer(i) => Cell::Int(i),
            SqlValue::Real(r) => Cell::Real(r),
            SqlValue::Text(t) => Cell::Text(t),
            SqlValue::Blob(b) => Cell::Blob(b),
        }
    }
}

impl From<&Cell> for SqlValue {
    fn from(c: &Cell) -> Self {
        match c {
            Cell::Null => SqlValue::Null,
            Cell::Int(i) => SqlValue::Integer(*i),
            Cell::Real(r) => SqlValue::Real(*r),
            Cell::Text(t) => SqlValue::Text(t.clone()),
            Cell::Blob(b) => SqlValue::Blob(b.clone()),
        }
    }
}

/// The rows of one table that a delete removed.
#[derive(Debug, Serialize, Deserialize)]
struct Rows {
    table: String,
    columns: Vec<String>,
    values: Vec<Vec<Cell>>,
}

/// A reference `table.column` of row `rowid` that the delete set to NULL, with its value before.
#[derive(Debug, Serialize, Deserialize)]
struct Nulled {
    table: String,
    column: String,
    rowid: i64,
    value: Cell,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Removed {
    /// Parents before children, in the order they were found.
    rows: Vec<Rows>,
    nulled: Vec<Nulled>,
}

/// A foreign key as the schema declares it: `child.from` refers to `parent.to`.
struct ForeignKey {
    child: String,
    from: String,
    parent: String,
    to: String,
    on_delete: String,
}

fn foreign_keys(conn: &Connection) -> rusqlite::Result<Vec<ForeignKey>> {
    let mut stmt = conn.prepare(
        "SELECT m.name, f.\"from\", f.\"table\", coalesce(f.\"to\", 'id'), upper(f.on_delete) \
           FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f \
          WHERE m.type = 'table'",
    )?;
    let keys = stmt.query_map([], |r| {
        Ok(ForeignKey { child: r.get(0)?, from: r.get(1)?, parent: r.get(2)?, to: r.get(3)?, on_delete: r.get(4)? })
    })?;
    keys.collect()
}

/// `SELECT * FROM table WHERE column IN (values)`, as columns and rows.
fn rows_where(conn: &Connection, table: &str, column: &str, keys: &[Cell]) -> rusqlite::Result<Rows> {
    let marks = vec!["?"; keys.len()].join(", ");
    let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\" WHERE \"{column}\" IN ({marks})"))?;
    let columns: Vec<String> = stmt.column_names().map(str::to_owned).collect();
    let n = columns.len();
    let values = stmt
        .query_map(params_from_iter(keys.iter().map(SqlValue::from)), |r| {
            (0..n).map(|i| r.get::<_, SqlValue>(i).map(Cell::from)).collect::<rusqlite::Result<Vec<_>>>()
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Rows { table: table.to_owned(), columns, values })
}

/// Everything deleting `table` row `id` removes or sets to NULL, read before the delete.
fn what_a_delete_removes(conn: &Connection, table: &str, id: i64) -> rusqlite::Result<Removed> {
    let keys = foreign_keys(conn)?;
    let mut removed = Removed::default();
    let first = rows_where(conn, table, "id", &[Cell::Int(id)])?;
    let mut queue = VecDeque::from([first]);
    while let Some(found) = queue.pop_front() {
        if found.values.is_empty() {
            continue;
        }
        for key in keys.iter().filter(|k| k.parent == found.table) {
            let Some(at) = found.columns.iter().position(|c| *c == key.to) else { continue };
            let mut referred: Vec<Cell> = found.values.iter().map(|row| row[at].clone()).collect();
            referred.dedup();
            match key.on_delete.as_str() {
                "CASCADE" => {
                    let mut children = rows_where(conn, &key.child, &key.from, &referred)?;
                    // A row reached by two paths (a win's evidence is also the plan's) is kept once.
                    children.values.retain(|row| !already(&removed, &queue, &children.table, row));
                    queue.push_back(children);
                }
                "SET NULL" => {
                    let marks = vec!["?"; referred.len()].join(", ");
                    let sql = format!(
                        "SELECT rowid, \"{}\" FROM \"{}\" WHERE \"{}\" IN ({marks})",
                        key.from, key.child, key.from
                    );
                    let mut stmt = conn.prepare(&sql)?;
                    let nulled = stmt.query_map(params_from_iter(referred.iter().map(SqlValue::from)), |r| {
                        Ok(Nulled {
                            table: key.child.clone(),
                            column: key.from.clone(),
                            rowid: r.get(0)?,
                            value: Cell::from(r.get::<_, SqlValue>(1)?),
                        })
                    })?;
                    for n in nulled {
                        removed.nulled.push(n?);
                    }
                }
                // RESTRICT / NO ACTION: the delete fails and nothing needs keeping.
                _ => {}
            }
        }
        removed.rows.push(found);
    }
    Ok(removed)
}

fn already(removed: &Removed, queue: &VecDeque<Rows>, table: &str, row: &[Cell]) -> bool {
    removed.rows.iter().chain(queue.iter()).any(|r| r.table == table && r.values.iter().any(|v| v == row))
}

impl Store {
    /// Deletes row `id` of `table` with everything that cascades from it, keeping what it removed
    /// for [`Store::undo_delete`]. One transaction: the rows are kept if and only if they are gone.
    pub(crate) fn delete_undoable(
        &self,
        table: &'static str,
        what: &'static str,
        action: &'static str,
        id: i64,
    ) -> Result<Deleted> {
        self.refuse_if_closed(table, id)?;
        self.atomically(action, || {
            let removed = what_a_delete_removes(&self.conn, table, id).or_storage(action)?;
            if removed.rows.first().is_none_or(|r| r.values.is_empty()) {
                return Err(Error::NotFound { what, id });
            }
            let rows = serde_json::to_string(&removed)
                .map_err(|e| Error::Storage { action, detail: format!("could not keep the rows for Undo: {e}") })?;
            self.conn
                .execute(
                    "INSERT INTO trash (what, deleted_at, rows) VALUES (?1, ?2, ?3)",
                    rusqlite::params![table, self.clock.now(), rows],
                )
                .or_storage(action)?;
            let undo_id = self.conn.last_insert_rowid();
            self.delete_row(table, what, action, id)?;
            Ok(Deleted { undo_id })
        })
    }

    /// Puts back exactly what the delete `undo_id` removed: the same rows with the same ids, and the
    /// references it had set to NULL (where nothing has been put in their place since). All or
    /// nothing: if the rows cannot come back (what they belonged to was deleted since, or a new row
    /// took an id), nothing is written and the error says so.
    pub fn undo_delete(&self, undo_id: i64) -> Result<()> {
        const ACTION: &str = "undo the delete";
        let rows: Option<String> = self
            .conn
            .query_row("SELECT rows FROM trash WHERE id = ?1", [undo_id], |r| r.get(0))
            .map(Some)
            .or_else(|e| if e == rusqlite::Error::QueryReturnedNoRows { Ok(None) } else { Err(e) })
            .or_storage(ACTION)?;
        let Some(rows) = rows else {
            return Err(Error::Conflict(
                "This delete can no longer be undone: it was undone already, or too long ago.".into(),
            ));
        };
        let removed: Removed = serde_json::from_str(&rows)
            .map_err(|e| Error::Storage { action: ACTION, detail: format!("the kept rows are unreadable ({e})") })?;
        let gone = |e: rusqlite::Error| match e {
            rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ConstraintViolation => {
                Error::Conflict(
                    "This can no longer be undone: what it belonged to was deleted since, or it was replaced. \
                     Nothing was changed."
                        .into(),
                )
            }
            other => Error::storage(ACTION, other),
        };
        self.atomically(ACTION, || {
            // Children may come back before a parent they also point at (a carried-over item);
            // the keys are checked once, at commit.
            self.conn.execute_batch("PRAGMA defer_foreign_keys = ON").or_storage(ACTION)?;
            for table in &removed.rows {
                let names: Vec<String> = table.columns.iter().map(|c| format!("\"{c}\"")).collect();
                let marks = vec!["?"; names.len()].join(", ");
                let sql = format!("INSERT INTO \"{}\" ({}) VALUES ({marks})", table.table, names.join(", "));
                let mut stmt = self.conn.prepare(&sql).or_storage(ACTION)?;
                for row in &table.values {
                    stmt.execute(params_from_iter(row.iter().map(SqlValue::from))).map_err(gone)?;
                }
            }
            for n in &removed.nulled {
                let sql = format!(
                    "UPDATE \"{}\" SET \"{}\" = ?1 WHERE rowid = ?2 AND \"{}\" IS NULL",
                    n.table, n.column, n.column
                );
                self.conn.execute(&sql, rusqlite::params![SqlValue::from(&n.value), n.rowid]).map_err(gone)?;
            }
            self.conn.execute("DELETE FROM trash WHERE id = ?1", [undo_id]).or_storage(ACTION)?;
            // A foreign key left dangling fails the commit, not a statement: check it here so the
            // person hears why, and the transaction rolls back.
            let dangling: i64 = self
                .conn
                .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
                .or_storage(ACTION)?;
            if dangling > 0 {
                return Err(Error::Conflict(
                    "This can no longer be undone: what it belonged to was deleted since. Nothing was changed.".into(),
                ));
            }
            Ok(())
        })
    }

    /// Forgets deletes older than `older_than` (all of them with `Duration::ZERO`): their rows are
    /// then gone from the file for good (the store runs with `secure_delete`, so the freed pages
    /// are zeroed, not left readable). Returns how many were forgotten.
    pub fn purge_trash(&self, older_than: Duration) -> Result<usize> {
        let Some(cutoff) =
            chrono::Duration::from_std(older_than).ok().and_then(|d| self.clock.now().checked_sub_signed(d))
        else {
            return Ok(0); // nothing is that old
        };
        self.conn.execute("DELETE FROM trash WHERE deleted_at <= ?1", [cutoff]).or_storage("forget old deletes")
    }
}
