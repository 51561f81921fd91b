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

impl IpcError {
    /// A bug in Cairn caught at the command boundary: said plainly, with where the details are.
    pub fn internal() -> Self {
        Self {
            code: ErrorCode::Internal,
            message: "Something went wrong inside Cairn, and this action was not done. Your data is as it was; \
                      the details are in cairn.log in the data folder."
                .into(),
            field: None,
        }
    }
}

impl From<cairn_core::Error> for IpcError {
    fn from(err: cairn_core::Error) -> Self {
        Self { code: err.code(), message: err.to_string(), field: err.field().map(str::to_owned) }
    }
}
