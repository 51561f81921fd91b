//! The documents Cairn hands out (the one-on-one brief, the plan document with its promotion
//! packet), as content: which records each section holds, decided here by the same rules the
//! screens use (what is open, due, carried over, private), with the names they refer to resolved.
//! `cairn-report` only lays them out (PDF through Typst, Markdown); it decides nothing.
//!
//! Every document is built whole, then cut to the sections the person chose (`keep`): a section
//! left out is `None` in the model, so it cannot reach any rendering. Private sections (the
//! person's own notes and judgments of others) are out unless chosen.

pub mod brief;
pub mod calendar;
pub mod plan_document;
pub mod self_review_doc;
pub mod signals;

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

/// A list a document shows only the first rows of, and how many more Cairn holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Rows<T> {
    pub shown: Vec<T>,
    /// Rows left out of the document; it says "and N more in Cairn".
    pub more: usize,
}

impl<T> Rows<T> {
    fn all(rows: Vec<T>) -> Self {
        Rows { shown: rows, more: 0 }
    }

    /// How many rows there are in all.
    pub fn total(&self) -> usize {
        self.shown.len() + self.more
    }

    /// Keeps the first `max` rows (the list is already in the order that matters).
    fn cap(mut self, max: usize) -> Self {
        let cut = self.shown.len().saturating_sub(max);
        self.shown.truncate(max);
        self.more += cut;
        self
    }
}

/// A stretch assignment with the names it refers to.
#[derive(Debug, Clone)]
pub struct StretchLine {
    pub stretch: crate::Stretch,
    pub sponsor: Option<String>,
    pub skills: Vec<String>,
}

/// "no wins", "1 win", "3 wins".
fn count(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        _ => format!("{n} {many}"),
    }
}
