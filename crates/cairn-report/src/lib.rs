//! Cairn's documents: the one-on-one brief and the whole plan, typeset to PDF with Typst used as a
//! library. The data is collected from `cairn-core`, the sections the person chose are kept, and the
//! rest never reaches the document. User text travels as JSON data, never as Typst markup, so a
//! title like `#panic("x")` prints as written.
//!
//! Architecture invariant: no Tauri here; the app and the CLI both call these functions.

#![warn(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod brief;
mod fonts;
mod markdown;
mod plan_doc;
mod section;
mod words;
mod world;

use cairn_core::{Error, Result, Store};
use chrono::NaiveDate;
use typst_layout::PagedDocument;

pub use brief::{BriefRequest, BriefSection, prepare as prepare_brief, preview as preview_brief};
pub use markdown::render as render_plan_markdown;
pub use plan_doc::{PlanSection, prepare as prepare_plan, preview as preview_plan};
pub use section::Preview;

pub use cairn_core::Paper;

/// Typst's name for the paper.
fn paper_name(paper: Paper) -> &'static str {
    match paper {
        Paper::A4 => "a4",
        Paper::UsLetter => "us-letter",
    }
}

/// The plan as a PDF with the chosen sections, and a file name to suggest.
pub fn render_plan(
    store: &Store,
    plan_id: i64,
    today: NaiveDate,
    sections: &[PlanSection],
    paper: Paper,
) -> Result<(Vec<u8>, String)> {
    let (doc, name) = prepare_plan(store, plan_id, today, sections, paper)?;
    Ok((doc.pdf()?, name))
}

/// The one-on-one brief as a PDF with the chosen sections, and a file name to suggest.
pub fn render_brief(
    store: &Store,
    request: &BriefRequest,
    sections: &[BriefSection],
    paper: Paper,
) -> Result<(Vec<u8>, String)> {
    let (doc, name) = prepare_brief(store, request, sections, paper)?;
    Ok((doc.pdf()?, name))
}

/// A document with everything it shows already read from the store: typesetting it (the slow
/// part, up to ~0.6 s for ten years of records) needs neither the store nor its lock, so the app
/// does it while other commands go on.
pub struct Typeset {
    template: &'static str,
    data: serde_json::Value,
    today: NaiveDate,
    action: &'static str,
}

impl Typeset {
    fn new(template: &'static str, data: serde_json::Value, today: NaiveDate, action: &'static str) -> Self {
        Self { template, data, today, action }
    }

    /// The PDF. Typst's memo cache is emptied afterwards: each document is different, so what it
    /// remembered would only grow with every export (BENCHMARKS.md).
    pub fn pdf(&self) -> Result<Vec<u8>> {
        let pdf = typeset(self.template, &self.data, self.today, self.action);
        typst::comemo::evict(0);
        pdf
    }
}

/// Typesets `template` with `data` as `/data.json` into PDF bytes. The same data gives the same
/// bytes: no creation date, a fixed "today", and embedded fonts only.
fn typeset(template: &str, data: &serde_json::Value, today: NaiveDate, action: &'static str) -> Result<Vec<u8>> {
    let json = serde_json::to_vec(data).map_err(|e| Error::document(action, e.to_string()))?;
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
