//! Cairn's documents laid out: the core decides what a document holds (`cairn_core::Brief`,
//! `cairn_core::PlanDocument`, cut to the sections the person chose); this crate only says it,
//! typeset to PDF with Typst used as a library, or written as Markdown or iCalendar. Nothing here decides what
//! is due, open, carried over or private. User text travels to Typst as JSON data, never as Typst
//! markup, so a title like `#panic("x")` prints as written.
//!
//! Architecture invariant: no Tauri and no store here; the app and the CLI both call these functions.

#![warn(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod brief;
mod fonts;
mod ics;
mod markdown;
mod plan_doc;
mod self_review;
mod signals;
mod words;
mod world;

use cairn_core::{Brief, Error, Paper, PlanDocument, Result, SelfReviewDocument};
use chrono::NaiveDate;
use serde::Serialize;
use typst::foundations::Bytes;
use typst_layout::PagedDocument;

pub use ics::render_calendar;
pub use markdown::render as render_plan_markdown;
pub use self_review::render_markdown as render_self_review_markdown;

/// Typst's name for the paper.
fn paper_name(paper: Paper) -> &'static str {
    match paper {
        Paper::A4 => "a4",
        Paper::UsLetter => "us-letter",
    }
}

/// The plan document as a PDF, and a file name to suggest.
pub fn render_plan(doc: &PlanDocument, paper: Paper) -> Result<(Vec<u8>, String)> {
    let typeset = Typeset::plan(doc, paper)?;
    Ok((typeset.pdf()?, typeset.file_name))
}

/// The one-on-one brief as a PDF, and a file name to suggest.
pub fn render_brief(brief: &Brief, paper: Paper) -> Result<(Vec<u8>, String)> {
    let typeset = Typeset::brief(brief, paper)?;
    Ok((typeset.pdf()?, typeset.file_name))
}

/// The self-review as a PDF, and a file name to suggest.
pub fn render_self_review(doc: &SelfReviewDocument, paper: Paper) -> Result<(Vec<u8>, String)> {
    let typeset = Typeset::self_review(doc, paper)?;
    Ok((typeset.pdf()?, typeset.file_name))
}

/// A document laid out as Typst data: typesetting it (the slow part, up to ~0.6 s for ten years
/// of records) needs no store and no lock, so the app does it while other commands go on.
pub struct Typeset {
    template: &'static str,
    /// The template's `/data.json` (shared, not copied, by each typesetting).
    data: Bytes,
    today: NaiveDate,
    action: &'static str,
    /// The file name to suggest, with its extension.
    pub file_name: String,
}

impl Typeset {
    fn new(
        template: &'static str,
        data: &impl Serialize,
        today: NaiveDate,
        action: &'static str,
        file_name: String,
    ) -> Result<Self> {
        let data = serde_json::to_vec(data).map_err(|e| Error::document(action, e.to_string()))?;
        Ok(Self { template, data: Bytes::new(data), today, action, file_name })
    }

    /// The one-on-one brief.
    pub fn brief(brief: &Brief, paper: Paper) -> Result<Self> {
        brief::typeset(brief, paper)
    }

    /// The plan document.
    pub fn plan(doc: &PlanDocument, paper: Paper) -> Result<Self> {
        plan_doc::typeset(doc, paper)
    }

    /// The promotion self-review.
    pub fn self_review(doc: &SelfReviewDocument, paper: Paper) -> Result<Self> {
        self_review::typeset(doc, paper)
    }

    /// The PDF. Typst's memo cache is emptied afterwards: each document is different, so what it
    /// remembered would only grow with every export (BENCHMARKS.md).
    pub fn pdf(&self) -> Result<Vec<u8>> {
        let pdf = typeset(self.template, self.data.clone(), self.today, self.action);
        typst::comemo::evict(0);
        pdf
    }
}

/// Typesets `template` with `data` as `/data.json` into PDF bytes. The same data gives the same
/// bytes: no creation date, a fixed "today", and embedded fonts only.
fn typeset(template: &str, json: Bytes, today: NaiveDate, action: &'static str) -> Result<Vec<u8>> {
    let world = world::DocumentWorld::new(template, json, today);
    let document: PagedDocument = typst::compile(&world).output.map_err(|diagnostics| {
        let first = diagnostics.first().map(|d| d.message.to_string()).unwrap_or_default();
        Error::document(action, format!("the layout failed ({first}); this is a bug in Cairn, please report it"))
    })?;
    typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(|diagnostics| {
        let first = diagnostics.first().map(|d| d.message.to_string()).unwrap_or_default();
        Error::document(action, format!("the PDF could not be written ({first})"))
    })
}

/// A file name from a title: no path separators or characters file systems refuse.
fn file_name(stem: &str) -> String {
    let cleaned: String =
        stem.chars()
            .map(|c| {
                if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                    '-'
                } else {
                    c
                }
            })
            .collect();
    let trimmed = cleaned.trim().trim_matches('.');
    if trimmed.is_empty() { "Cairn".into() } else { trimmed.chars().take(120).collect() }
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn file_names_keep_letters_and_drop_separators() {
        assert_eq!(file_name("One-on-one Priya Raman 2026-11-24"), "One-on-one Priya Raman 2026-11-24");
        assert_eq!(file_name("Road/to:Senior?"), "Road-to-Senior-");
        assert_eq!(file_name("  ..  "), "Cairn");
        assert_eq!(file_name("Ревью 评审"), "Ревью 评审");
    }
}
