//! What the document tests share: a store on a pinned day, and poppler to read the PDFs back.
// Each test file uses a different subset of these.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use cairn_core::{FixedClock, Store};
use chrono::{NaiveDate, TimeZone, Utc};

pub const TODAY: &str = "2026-11-21";

pub fn today() -> NaiveDate {
    NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap()
}

pub fn store() -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 21, 9, 30, 0).unwrap()));
    (Store::open_with_clock(dir.path().join("cairn.db"), clock).unwrap(), dir)
}

/// Runs a poppler tool on the PDF and returns what it printed.
pub fn poppler(tool: &str, pdf: &[u8], extra: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("doc.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new(tool)
        .args(extra)
        .arg(&file)
        .args(if tool == "pdftotext" { vec!["-"] } else { vec![] })
        .output()
        .unwrap_or_else(|e| panic!("{tool} is needed for these tests (poppler-utils; ./dev test installs it): {e}"));
    assert!(out.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

pub fn text_of(pdf: &[u8]) -> String {
    // One line per paragraph is easier to search than the layout's line breaks.
    poppler("pdftotext", pdf, &[]).split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn pages(pdf: &[u8]) -> usize {
    let info = poppler("pdfinfo", pdf, &[]);
    let line = info.lines().find(|l| l.starts_with("Pages:")).unwrap();
    line.trim_start_matches("Pages:").trim().parse().unwrap()
}

/// Saves the PDF under artifacts/documents so a person can look at it (pdftoppm makes PNGs).
pub fn keep(name: &str, pdf: &[u8]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts/documents");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), pdf).unwrap();
}
