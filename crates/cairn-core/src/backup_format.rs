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
use crate::error::{Error, Result};
use crate::store::Store;
use crate::{
    agenda, assessment, feedback, framework_file, learning, milestone, one_on_one, plan, skill, stakeholder, stretch,
    win,
};

/// What a document says it is.
pub const FORMAT: &str = "cairn-export";
/// The version of the document's layout this Cairn writes and reads.
/// Version 2 added the career-framework tables; a version 1 document simply has none of them.
pub const FORMAT_VERSION: i64 = 2;
/// Documents larger than this are refused before they are read (ten years of notes are far smaller).
pub const MAX_DOCUMENT_BYTES: u64 = 256 * 1024 * 1024;

/// How a column's values are checked.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// A row id: a whole number ≥ 1.
    Id,
    /// An id of another row, or null.
    Ref,
    Int,
    OptInt,
    OptReal,
    /// One line of text, 1..=max characters.
    Line(usize),
    /// Text that may span lines, 0..=max characters.
    Text(usize),
    Date,
    OptDate,
    /// An instant as Cairn stores it (`2026-11-21 09:30:00+00:00`).
    Stamp,
}

struct Table {
    name: &'static str,
    /// Primary-key columns, for a stable row order.
    order_by: &'static str,
    columns: &'static [(&'static str, Kind)],
}

use Kind::*;

/// Format version 2: every table, parents before children (version 1 is the same without the
/// framework tables at the end).
const TABLES: &[Table] = &[
    Table {
        name: "plan",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("title", Line(plan::TITLE_MAX)),
            ("goal", Text(plan::GOAL_MAX)),
            ("start_date", Date),
            ("end_date", Date),
            ("current_level", Line(plan::LEVEL_MAX)),
            ("target_level", Line(plan::LEVEL_MAX)),
            ("track", Line(20)),
            ("status", Line(20)),
            ("revision", Int),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table {
        name: "skill",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("name", Line(skill::SKILL_NAME_MAX)),
            ("category", Line(40)),
            ("baseline_level", Int),
            ("current_level", Int),
            ("target_level", Int),
            ("why", Text(skill::SKILL_WHY_MAX)),
            ("notes", Text(skill::SKILL_NOTES_MAX)),
            ("position", Int),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table {
        name: "learning_action",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("skill_id", Id),
            ("title", Line(learning::ACTION_TITLE_MAX)),
            ("kind", Line(20)),
            ("due_date", OptDate),
            ("status", Line(20)),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table {
        name: "stakeholder",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("name", Line(stakeholder::STAKEHOLDER_NAME_MAX)),
            ("role", Text(stakeholder::STAKEHOLDER_NAME_MAX)),
            ("relationship", Line(20)),
            ("influence", Int),
            ("interest", Int),
            ("stance", Line(20)),
            ("cares_about", Text(stakeholder::CARES_ABOUT_MAX)),
            ("cadence_days", OptInt),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table {
        name: "interaction",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("stakeholder_id", Id),
            ("date", Date),
            ("kind", Line(20)),
            ("notes", Text(stakeholder::INTERACTION_NOTES_MAX)),
            ("created_at", Stamp),
        ],
    },
    Table {
        name: "stretch",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("title", Line(stretch::STRETCH_TITLE_MAX)),
            ("description", Text(stretch::STRETCH_TEXT_MAX)),
            ("sponsor_id", Ref),
            ("start_date", OptDate),
            ("end_date", OptDate),
            ("status", Line(20)),
            ("risks", Text(stretch::STRETCH_RISKS_MAX)),
            ("outcome", Text(stretch::STRETCH_TEXT_MAX)),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table { name: "stretch_skill", order_by: "stretch_id, skill_id", columns: &[("stretch_id", Id), ("skill_id", Id)] },
    Table {
        name: "milestone",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("title", Line(milestone::MILESTONE_TITLE_MAX)),
            ("due_date", OptDate),
            ("status", Line(20)),
            ("completed_date", OptDate),
            ("skill_id", Ref),
            ("stretch_id", Ref),
            ("evidence", Text(milestone::MILESTONE_EVIDENCE_MAX)),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table {
        name: "win",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("date", Date),
            ("title", Line(win::WIN_TITLE_MAX)),
            ("what_happened", Text(win::WIN_TEXT_MAX)),
            ("metric", Text(win::WIN_METRIC_MAX)),
            ("baseline", OptReal),
            ("result", OptReal),
            ("unit", Text(win::WIN_UNIT_MAX)),
            ("impact_note", Text(win::WIN_NOTE_MAX)),
            ("witnesses", Text(win::WIN_NOTE_MAX)),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table { name: "win_skill", order_by: "win_id, skill_id", columns: &[("win_id", Id), ("skill_id", Id)] },
    Table {
        name: "feedback",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("date", Date),
            ("stakeholder_id", Ref),
            ("from_name", Text(feedback::FEEDBACK_FROM_MAX)),
            ("kind", Line(20)),
            ("said", Text(feedback::FEEDBACK_SAID_MAX)),
            ("response", Text(feedback::FEEDBACK_RESPONSE_MAX)),
            ("status", Line(20)),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table {
        name: "one_on_one",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("stakeholder_id", Ref),
            ("with_name", Line(stakeholder::STAKEHOLDER_NAME_MAX)),
            ("date", Date),
            ("notes", Text(one_on_one::ONE_ON_ONE_NOTES_MAX)),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table {
        name: "agenda_item",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("one_on_one_id", Id),
            ("position", Int),
            ("source", Line(40)),
            ("text", Line(agenda::AGENDA_TEXT_MAX)),
            ("done", Int),
            ("carried_from", Ref),
        ],
    },
    Table {
        name: "action_item",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("one_on_one_id", Id),
            ("text", Line(agenda::AGENDA_TEXT_MAX)),
            ("owner", Text(one_on_one::ACTION_OWNER_MAX)),
            ("status", Line(20)),
            ("due_date", OptDate),
            ("carried_from", Ref),
        ],
    },
    Table {
        name: "reminder_sent",
        order_by: "kind, item_id, due_date",
        columns: &[("kind", Line(20)), ("item_id", Id), ("due_date", Date), ("sent_at", Stamp)],
    },
    Table { name: "setting", order_by: "key", columns: &[("key", Line(40)), ("value", Line(200))] },
    Table {
        name: "framework",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("name", Line(framework_file::FRAMEWORK_NAME_MAX)),
            ("source", Text(200)),
            ("created_at", Stamp),
            ("updated_at", Stamp),
        ],
    },
    Table {
        name: "framework_level",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("framework_id", Id),
            ("position", Int),
            ("name", Line(framework_file::FRAMEWORK_NAME_MAX)),
        ],
    },
    Table {
        name: "framework_topic",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("framework_id", Id),
            ("position", Int),
            ("name", Line(framework_file::FRAMEWORK_NAME_MAX)),
        ],
    },
    Table {
        name: "expectation",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("topic_id", Id),
            ("level_id", Id),
            ("position", Int),
            ("text", Line(framework_file::EXPECTATION_TEXT_MAX)),
            ("examples", Text(framework_file::EXAMPLES_MAX * (framework_file::EXPECTATION_TEXT_MAX + 1))),
        ],
    },
    Table {
        name: "plan_framework",
        order_by: "plan_id",
        columns: &[("plan_id", Id), ("framework_id", Id), ("current_level_id", Id), ("target_level_id", Id)],
    },
    Table {
        name: "evidence",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("expectation_id", Id),
            ("plan_id", Id),
            ("win_id", Ref),
            ("feedback_id", Ref),
            ("milestone_id", Ref),
            ("stretch_id", Ref),
            ("created_at", Stamp),
        ],
    },
    Table {
        name: "assessment",
        order_by: "id",
        columns: &[
            ("id", Id),
            ("plan_id", Id),
            ("date", Date),
            ("note", Text(assessment::ASSESSMENT_NOTE_MAX)),
            ("created_at", Stamp),
        ],
    },
    Table {
        name: "assessment_rating",
        order_by: "assessment_id, topic_id, skill_id",
        columns: &[("assessment_id", Id), ("topic_id", Ref), ("skill_id", Ref), ("rating", Int)],
    },
];

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
        let mut stmt = self.conn.prepare(&sql).map_err(|e| Error::storage("read the data to export", e))?;
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
            .map_err(|e| Error::storage("read the data to export", e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| Error::storage("read the data to export", e))
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
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::validation("file", format!("Could not read {} as text: {e}. Is it a Cairn export?", path.display()))
        })?;
        self.import_json(&text, mode)
    }

    /// Imports a document from [`Store::export_json`]: all of it, or (on any problem) nothing.
    pub fn import_json(&self, text: &str, mode: ImportMode) -> Result<ImportSummary> {
        let doc = parse(text)?;
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
                check_row(table, i + 1, row)?;
            }
        }
        let backup = if has_data { Some(self.back_up(BackupReason::BeforeImport)?.name) } else { None };

        let tx = self.conn.unchecked_transaction().map_err(|e| Error::storage("start the import", e))?;
        tx.execute_batch("PRAGMA defer_foreign_keys = ON").map_err(|e| Error::storage("start the import", e))?;
        for table in TABLES.iter().rev() {
            tx.execute(&format!("DELETE FROM {}", table.name), [])
                .map_err(|e| Error::storage("clear the old data", e))?;
        }
        let mut rows = 0u64;
        for table in TABLES {
            let names: Vec<&str> = table.columns.iter().map(|(n, _)| *n).collect();
            let marks = vec!["?"; names.len()].join(", ");
            let sql = format!("INSERT INTO {} ({}) VALUES ({marks})", table.name, names.join(", "));
            let mut stmt = tx.prepare(&sql).map_err(|e| Error::storage("import", e))?;
            for (i, row) in doc.tables.get(table.name).into_iter().flatten().enumerate() {
                let values = table.columns.iter().map(|(name, _)| to_sql(&row[*name]));
                stmt.execute(params_from_iter(values)).map_err(|e| rejected_row(table.name, i + 1, &e))?;
                rows += 1;
            }
        }
        if let Some(broken) = dangling_reference(&tx)? {
            return Err(Error::validation("file", broken));
        }
        tx.commit().map_err(|e| Error::storage("finish the import", e))?;
        let count = |t: &str| doc.tables.get(t).map_or(0, |r| r.len() as u64);
        Ok(ImportSummary { plans: count("plan"), people: count("stakeholder"), rows, backup })
    }
}

fn parse(text: &str) -> Result<Document> {
    let bad = |detail: String| Error::validation("file", format!("This is not a Cairn export: {detail}."));
    let doc: Document = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
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

/// Checks one row against its table's columns; `n` counts from 1, as a person would.
fn check_row(table: &Table, n: usize, row: &Map<String, Value>) -> Result<()> {
    let at = |col: &str, what: String| Error::validation("file", format!("{} row {n}, {col}: {what}.", table.name));
    if let Some(extra) = row.keys().find(|k| !table.columns.iter().any(|(c, _)| c == k)) {
        return Err(at(extra, "Cairn has no such column".into()));
    }
    for (col, kind) in table.columns {
        let value = row.get(*col).ok_or_else(|| at(col, "missing".into()))?;
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
    .map_err(|e| Error::storage("check the imported links", e))
}
