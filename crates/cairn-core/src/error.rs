//! The one error type of the core. Every variant has a stable machine code (for the UI and scripts)
//! and a message written for the person using Cairn, saying what happened and what to do.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Result with the core's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// `rusqlite_result.or_storage("save the plan")`: a SQLite failure as the core's storage error,
/// naming what was being done (the one place that wording is built).
pub(crate) trait StorageResultExt<T> {
    fn or_storage(self, action: &'static str) -> Result<T>;
}

impl<T> StorageResultExt<T> for rusqlite::Result<T> {
    fn or_storage(self, action: &'static str) -> Result<T> {
        self.map_err(|e| Error::storage(action, e))
    }
}

/// What the schema's triggers say when a write would change a closed plan.
pub(crate) const PLAN_CLOSED: &str = "cairn: the plan is closed";

/// Stable codes that cross every boundary (IPC, CLI exit paths, logs). Never rename one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Input broke a rule; the message says which and how to fix it.
    Validation,
    /// The thing asked for does not exist (any more).
    NotFound,
    /// The thing changed since the caller read it.
    Conflict,
    /// The database file could not be read or written.
    Storage,
    /// The database was written by a newer Cairn and was left untouched.
    NewerSchema,
    /// The file is not a Cairn database (garbage, truncated, or another program's).
    NotADatabase,
    /// A document (PDF) could not be made or written.
    Document,
    /// A bug in Cairn, caught at a command's boundary; the log says more.
    Internal,
}

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `field` names the input field (camelCase, as the UI spells it) the message is about.
    #[error("{message}")]
    Validation { field: &'static str, message: String },

    #[error("{what} {id} was not found. It may have been deleted; reload to see the current list.")]
    NotFound { what: &'static str, id: i64 },

    #[error("{0}")]
    Conflict(String),

    #[error(
        "This data file was written by a newer version of Cairn (schema version {found}; this version \
         understands up to {known}). Nothing was changed: update Cairn to open it."
    )]
    NewerSchema { found: i64, known: i64 },

    #[error(
        "{path} is not a Cairn data file, or it is damaged ({detail}). Nothing was changed: \
         restore a backup or choose another data folder."
    )]
    NotADatabase { path: String, detail: String },

    #[error("Could not {action}: {detail}.")]
    Storage { action: &'static str, detail: String },

    #[error("Could not {action}: {detail}.")]
    Document { action: &'static str, detail: String },
}

impl Error {
    /// A document that could not be typeset or written; `detail` says why in words.
    pub fn document(action: &'static str, detail: impl Into<String>) -> Self {
        Error::Document { action, detail: detail.into() }
    }

    /// The stable code of this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Validation { .. } => ErrorCode::Validation,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::Conflict(_) => ErrorCode::Conflict,
            Error::NewerSchema { .. } => ErrorCode::NewerSchema,
            Error::NotADatabase { .. } => ErrorCode::NotADatabase,
            Error::Storage { .. } => ErrorCode::Storage,
            Error::Document { .. } => ErrorCode::Document,
        }
    }

    /// The input field a validation error is about, if any.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Error::Validation { field, .. } => Some(field),
            _ => None,
        }
    }

    /// A broken rule about `field`; used by the crates that build on the core (documents, CLI) too.
    pub fn validation(field: &'static str, message: impl Into<String>) -> Self {
        Error::Validation { field, message: message.into() }
    }

    /// Wraps a SQLite failure with what Cairn was trying to do when it happened.
    pub(crate) fn storage(action: &'static str, err: rusqlite::Error) -> Self {
        // The schema keeps a closed plan as it was (migration 19); its refusal is the person's
        // answer, not a storage failure.
        if err.to_string().contains(PLAN_CLOSED) {
            return Error::plan_closed();
        }
        Error::Storage { action, detail: describe_sqlite(&err) }
    }

    /// A write to a closed plan, refused.
    pub(crate) fn plan_closed() -> Self {
        Error::Conflict(
            "This plan is closed: it is kept as it was when you closed it. Reopen it on the Plan screen to change it."
                .into(),
        )
    }
}

/// A readable account of a SQLite failure; the common ones get words a person understands.
fn describe_sqlite(err: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode as C;
    match err.sqlite_error_code() {
        Some(C::DiskFull) => "the disk is full; free some space and try again".into(),
        Some(C::ReadOnly) => "the data file is read-only; check the folder's permissions".into(),
        Some(C::DatabaseBusy | C::DatabaseLocked) => {
            "the data file is busy in another Cairn process; close it and try again".into()
        }
        Some(C::CannotOpen) => "the data file could not be opened; check that the folder exists and is writable".into(),
        Some(C::PermissionDenied) => "permission was denied".into(),
        Some(C::SystemIoFailure) => "the disk reported an input/output error".into(),
        _ => err.to_string(),
    }
}
