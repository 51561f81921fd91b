//! Everything in the data file as one JSON document, and back: for moving to another machine, for
//! keeping a copy any program can read, and for leaving Cairn. The format is described for people
//! in docs/backup-format.md; this file is its definition.
//!
//! The document lists the rows of each table under a fixed set of columns per format version, so a
//! later schema can change its tables and still read (and write) version 1. Import checks every
//! value against the same rules the forms use (lengths, control characters, dates, ids), lets
//! SQLite check the rest (allowed words, foreign keys), and writes everything in one transaction:
//! a file with one bad value changes nothing.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, NaiveDate};
use rusqlite::types::Value as SqlValue;
use rusqlite::{OptionalExtension, params_from_iter};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;

use crate::backup::BackupReason;
use crate::backup_tables::Kind::{self, *};
use crate::backup_tables::{TABLES, Table, column_since};
use crate::error::{Error, Result, StorageResultExt};
use crate::store::Store;

/// What a document says it is.
pub const FORMAT: &str = "cairn-export";
/// The version of the document's layout this Cairn writes and reads.
/// Version 2 added the career-framework tables; version 3 the weekly reflections and the link from
/// a win, feedback, milestone or learning action to the reflection it came from; version 4
/// mentoring, visibility records, feedback requests and feedback given (and evidence pointing at
/// them); version 5 the built-in ladder's marks, a win's situation and part, quotable feedback,
/// the self-review and the git harvest. An older document simply has none of them.
pub const FORMAT_VERSION: i64 = 5;
/// Documents larger than this are refused before they are read (ten years of notes are far smaller).
pub const MAX_DOCUMENT_BYTES: u64 = 256 * 1024 * 1024;

/// The document as written and read.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Document {
    format: String,
    version: i64,
    #[serde(default)]
    schema_version: Option<i64>,
    #[serde(default)]
    exported_at: Option<String>,
    tables: BTreeMap<String, Vec<Map<String, Value>>>,
}

/// How an import treats the data already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportMode {
    /// Only into a data file with no plans and no people yet.
    IntoEmpty,
    /// Everything there is replaced (after a `before-import` backup).
    ReplaceAll,
}

/// What an import brought in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportSummary {
    #[ts(type = "number")]
    pub plans: u64,
    #[ts(type = "number")]
    pub people: u64,
    /// Rows of every kind, plans and people included.
    #[ts(type = "number")]
    pub rows: u64,
    /// The backup made before the data was replaced (`ReplaceAll` over data).
    pub backup: Option<String>,
}

impl Store {
    /// Every row of every table as a JSON document (pretty-printed, stable order).
    pub fn export_json(&self) -> Result<String> {
        let mut tables = BTreeMap::new();
        for table in TABLES {
            tables.insert(table.name.to_owned(), self.rows_of(table)?);
        }
        let doc = Document {
            format: FORMAT.to_owned(),
            version: FORMAT_VERSION,
            schema_version: Some(self.schema_version()?),
            exported_at: Some(self.clock.now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
            tables,
        };
        serde_json::to_string_pretty(&doc)
            .map_err(|e| Error::Storage { action: "write the export", detail: e.to_string() })
    }

    fn rows_of(&self, table: &Table) -> Result<Vec<Map<String, Value>>> {
        let names: Vec<&str> = table.columns.iter().map(|(n, _)| *n).collect();
        let sql = format!("SELECT {} FROM {} ORDER BY {}", names.join(", "), table.name, table.order_by);
        let mut stmt = self.conn.prepare(&sql).or_storage("read the data to export")?;
        let rows = stmt
            .query_map([], |row| {
                let mut map = Map::new();
                for (i, name) in names.iter().enumerate() {
                    let value = match row.get::<_, SqlValue>(i)? {
                        SqlValue::Null => Value::Null,
                        SqlValue::Integer(n) => Value::from(n),
                        SqlValue::Real(f) => Value::from(f),
                        SqlValue::Text(s) => Value::from(s),
                        SqlValue::Blob(_) => Value::Null, // no column of ours holds bytes
                    };
                    map.insert((*name).to_owned(), value);
                }
                Ok(map)
            })
            .or_storage("read the data to export")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the data to export")
    }

    /// Reads an export from `path` (size-checked first) and imports it.
    pub fn import_json_file(&self, path: &Path, mode: ImportMode) -> Result<ImportSummary> {
        let size = std::fs::metadata(path)
            .map_err(|e| Error::validation("file", format!("Could not read {}: {e}.", path.display())))?
            .len();
        if size > MAX_DOCUMENT_BYTES {
            return Err(Error::validation(
                "file",
                format!("{} is {} MB; a Cairn export is far smaller, so this is not one.", path.display(), size >> 20),
            ));
        }
        let file = std::fs::File::open(path)
            .map_err(|e| Error::validation("file", format!("Could not read {}: {e}.", path.display())))?;
        // Parsed as it is read, never held whole as text: the import's peak memory is the parsed
        // rows alone (BENCHMARKS.md, "Importing a large export").
        let doc = serde_json::from_reader(std::io::BufReader::new(file)).map_err(not_an_export)?;
        self.import_document(checked(doc)?, mode)
    }

    /// Imports a document from [`Store::export_json`]: all of it, or (on any problem) nothing.
    pub fn import_json(&self, text: &str, mode: ImportMode) -> Result<ImportSummary> {
        let doc = serde_json::from_str(text).map_err(not_an_export)?;
        self.import_document(checked(doc)?, mode)
    }

    fn import_document(&self, doc: Document, mode: ImportMode) -> Result<ImportSummary> {
        let has_data = self.has_data()?;
        if mode == ImportMode::IntoEmpty && has_data {
            return Err(Error::Conflict(
                "This data folder already has plans or people. Import into an empty folder, or choose to replace \
                 everything (a backup of the current data is made first)."
                    .into(),
            ));
        }
        // Checked in full before anything is written (or backed up).
        for table in TABLES {
            for (i, row) in doc.tables.get(table.name).into_iter().flatten().enumerate() {
                check_row(table, doc.version, i + 1, row)?;
            }
        }
        let backup = if has_data { Some(self.back_up(BackupReason::BeforeImport)?.name) } else { None };

        let tx = self.conn.unchecked_transaction().or_storage("start the import")?;
        tx.execute_batch("PRAGMA defer_foreign_keys = ON").or_storage("start the import")?;
        for table in TABLES.iter().rev() {
            tx.execute(&format!("DELETE FROM {}", table.name), []).or_storage("clear the old data")?;
        }
        // What could be undone belonged to the data being replaced; its ids mean nothing now.
        tx.execute("DELETE FROM trash", []).or_storage("clear the old data")?;
        let mut rows = 0u64;
        for table in TABLES {
            let names: Vec<&str> = table.columns.iter().map(|(n, _)| *n).collect();
            let marks = vec!["?"; names.len()].join(", ");
            let sql = format!("INSERT INTO {} ({}) VALUES ({marks})", table.name, names.join(", "));
            let mut stmt = tx.prepare(&sql).or_storage("import")?;
            for (i, row) in doc.tables.get(table.name).into_iter().flatten().enumerate() {
                let values = table.columns.iter().map(|(name, kind)| match (table.name, *name) {
                    // A closed plan refuses new rows (migration 19): it is closed once its rows are in.
                    ("plan", "closed_on") => SqlValue::Null,
                    _ => row.get(*name).map_or_else(|| missing(*kind), to_sql),
                });
                stmt.execute(params_from_iter(values)).map_err(|e| rejected_row(table.name, i + 1, &e))?;
                rows += 1;
            }
        }
        for row in doc.tables.get("plan").into_iter().flatten() {
            if let (Some(id), Some(closed)) = (row.get("id"), row.get("closed_on").filter(|v| !v.is_null())) {
                tx.execute(
                    "UPDATE plan SET closed_on = ?1 WHERE id = ?2",
                    rusqlite::params![to_sql(closed), to_sql(id)],
                )
                .map_err(|e| rejected_row("plan", 0, &e))?;
            }
        }
        if let Some(broken) = dangling_reference(&tx)? {
            return Err(Error::validation("file", broken));
        }
        tx.commit().or_storage("finish the import")?;
        // An export from before the built-in ladder (or one without it) leaves it to be put back,
        // and a file cannot change its words: they are brought back to Cairn's own.
        self.sync_builtin_frameworks(true)?;
        let count = |t: &str| doc.tables.get(t).map_or(0, |r| r.len() as u64);
        Ok(ImportSummary { plans: count("plan"), people: count("stakeholder"), rows, backup })
    }
}

fn not_an_export(err: serde_json::Error) -> Error {
    Error::validation("file", format!("This is not a Cairn export: {err}."))
}

fn checked(doc: Document) -> Result<Document> {
    let bad = |detail: String| Error::validation("file", format!("This is not a Cairn export: {detail}."));
    if doc.format != FORMAT {
        return Err(bad(format!("it says it is {:?}", doc.format)));
    }
    if doc.version > FORMAT_VERSION {
        return Err(Error::validation(
            "file",
            format!(
                "This export was made by a newer Cairn (format version {}; this one reads up to {FORMAT_VERSION}). \
                 Update Cairn to import it.",
                doc.version
            ),
        ));
    }
    if doc.version < 1 {
        return Err(bad(format!("format version {} does not exist", doc.version)));
    }
    if let Some(unknown) = doc.tables.keys().find(|k| !TABLES.iter().any(|t| t.name == k.as_str())) {
        return Err(bad(format!("it has a table {unknown:?} that Cairn does not know")));
    }
    Ok(doc)
}

/// Checks one row of a document of format `version` against its table's columns; `n` counts
/// from 1, as a person would. A column added after `version` may be missing (it imports as null).
fn check_row(table: &Table, version: i64, n: usize, row: &Map<String, Value>) -> Result<()> {
    let at = |col: &str, what: String| Error::validation("file", format!("{} row {n}, {col}: {what}.", table.name));
    if let Some(extra) = row.keys().find(|k| !table.columns.iter().any(|(c, _)| c == k)) {
        return Err(at(extra, "Cairn has no such column".into()));
    }
    for (col, kind) in table.columns {
        let Some(value) = row.get(*col) else {
            if column_since(table.name, col) > version {
                continue;
            }
            return Err(at(col, "missing".into()));
        };
        check_value(*kind, value).map_err(|what| at(col, what))?;
    }
    Ok(())
}

fn check_value(kind: Kind, value: &Value) -> std::result::Result<(), String> {
    let text = || value.as_str().ok_or_else(|| format!("expected text, found {value}"));
    match kind {
        Id => match value.as_i64() {
            Some(n) if n >= 1 => Ok(()),
            _ => Err(format!("expected an id (a whole number from 1), found {value}")),
        },
        Ref if value.is_null() => Ok(()),
        Ref => check_value(Id, value),
        Int => value.as_i64().map(drop).ok_or_else(|| format!("expected a whole number, found {value}")),
        OptInt if value.is_null() => Ok(()),
        OptInt => check_value(Int, value),
        OptReal if value.is_null() => Ok(()),
        OptReal => value
            .as_f64()
            .filter(|f| f.is_finite())
            .map(drop)
            .ok_or_else(|| format!("expected a number, found {value}")),
        Line(max) => {
            let s = text()?;
            if s.trim().is_empty() {
                return Err("must not be empty".into());
            }
            check_length(s, max)?;
            if s.chars().any(char::is_control) {
                return Err("must be one line without control characters".into());
            }
            Ok(())
        }
        Text(max) => {
            let s = text()?;
            check_length(s, max)?;
            if s.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r')) {
                return Err("contains a control character".into());
            }
            Ok(())
        }
        Date => {
            let s = text()?;
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map(drop)
                .map_err(|_| format!("expected a date like 2026-11-22, found {s:?}"))
        }
        OptDate if value.is_null() => Ok(()),
        OptDate => check_value(Date, value),
        OptLine(_) if value.is_null() => Ok(()),
        OptLine(max) => check_value(Line(max), value),
        OptTime if value.is_null() => Ok(()),
        OptTime => {
            let s = text()?;
            chrono::NaiveTime::parse_from_str(s, "%H:%M")
                .ok()
                .filter(|_| s.len() == 5)
                .map(drop)
                .ok_or_else(|| format!("expected a time like 14:30, found {s:?}"))
        }
        OptStamp if value.is_null() => Ok(()),
        OptStamp => check_value(Stamp, value),
        Stamp => {
            let s = text()?;
            DateTime::parse_from_rfc3339(&s.replacen(' ', "T", 1))
                .map(drop)
                .map_err(|_| format!("expected a time like 2026-11-22 09:30:00+00:00, found {s:?}"))
        }
    }
}

fn check_length(s: &str, max: usize) -> std::result::Result<(), String> {
    let len = s.chars().count();
    if len > max { Err(format!("{len} characters; at most {max} fit")) } else { Ok(()) }
}

/// What a column a later version added holds in a row of an older document: the schema's own
/// default (empty text, 0), or null.
fn missing(kind: Kind) -> SqlValue {
    match kind {
        Text(_) => SqlValue::Text(String::new()),
        Int => SqlValue::Integer(0),
        _ => SqlValue::Null,
    }
}

fn to_sql(value: &Value) -> SqlValue {
    match value {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(i64::from(*b)),
        Value::Number(n) => match n.as_i64() {
            Some(i) => SqlValue::Integer(i),
            None => SqlValue::Real(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) => SqlValue::Text(s.clone()),
        other => SqlValue::Text(other.to_string()),
    }
}

/// A row SQLite refused (a word it does not allow, a duplicate id, a rule between columns).
fn rejected_row(table: &str, n: usize, err: &rusqlite::Error) -> Error {
    let why = match err.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => {
            let text = err.to_string();
            if text.contains("UNIQUE") || text.contains("PRIMARY KEY") {
                "its id is used twice".to_owned()
            } else {
                format!("a value is not one Cairn allows ({text})")
            }
        }
        _ => err.to_string(),
    };
    Error::validation("file", format!("{table} row {n}: {why}. Nothing was imported."))
}

/// The first row that points at a row the file does not have, in words.
fn dangling_reference(conn: &rusqlite::Connection) -> Result<Option<String>> {
    conn.query_row("PRAGMA foreign_key_check", [], |row| {
        Ok(format!(
            "{} (row id {}) refers to a {} that is not in the file. Nothing was imported.",
            row.get::<_, String>(0)?,
            row.get::<_, Option<i64>>(1)?.map_or("?".into(), |id| id.to_string()),
            row.get::<_, String>(2)?
        ))
    })
    .optional()
    .or_storage("check the imported links")
}
