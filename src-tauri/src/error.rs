//! The error shape every command returns: `{code, message, field}`. `code` is stable for programs,
//! `message` is a sentence for the person, `field` names the form field a validation error is about.

use cairn_core::ErrorCode;
use serde::Serialize;
use ts_rs::TS;

/// An error as it crosses IPC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<String>,
}

impl From<cairn_core::Error> for IpcError {
    fn from(err: cairn_core::Error) -> Self {
        Self { code: err.code(), message: err.to_string(), field: err.field().map(str::to_owned) }
    }
}
