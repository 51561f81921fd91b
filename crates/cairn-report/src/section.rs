//! What the export dialog shows before a document is written: each section, whether it is private,
//! and what it would hold, in words ("3 wins, 1 piece of feedback").

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One section of a document as the person sees it before choosing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Preview<S> {
    pub section: S,
    pub label: String,
    /// Holds the person's own notes or judgments about others: out unless chosen.
    pub private: bool,
    pub summary: String,
}

pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        _ => format!("{n} {many}"),
    }
}
