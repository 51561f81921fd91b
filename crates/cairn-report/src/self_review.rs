//! The self-review laid out: the core's `SelfReviewDocument` (the person's text per topic, what it
//! was drawn from, the expectations without evidence, the period's readiness packet) as the data
//! `typst/self_review.typ` prints, and as Markdown.

use std::fmt::Write;

use cairn_core::{Paper, Result, SelfReviewDocument};
use serde::Serialize;

use crate::markdown::{block, inline, packet};
use crate::plan_doc::{ReadinessData, readiness};
use crate::{Typeset, file_name, paper_name, words};

#[derive(Serialize)]
struct ReviewData {
    title: String,
    paper: &'static str,
    footer: String,
    plan: String,
    period: String,
    basis: String,
    words: String,
    sections: Vec<SectionRow>,
    #[serde(skip_serializing_if = "Option::is_none")]
    packet: Option<ReadinessData>,
}

#[derive(Serialize)]
struct SectionRow {
    name: String,
    paragraphs: Vec<String>,
    words: String,
    drawn_from: Vec<String>,
    without_evidence: Vec<String>,
}

fn basis(doc: &SelfReviewDocument) -> String {
    match &doc.framework {
        Some(f) => format!("Against {f}"),
        None => "By skill (the plan uses no career framework)".into(),
    }
}

fn words_of(n: u32) -> String {
    if n == 1 { "1 word".into() } else { format!("{n} words") }
}

fn stem(doc: &SelfReviewDocument) -> String {
    file_name(&format!("Self-review {} {}", doc.plan.title, doc.to))
}

/// The person's text in paragraphs (blank lines part them; single line breaks stay).
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_owned).collect()
}

pub(crate) fn typeset(doc: &SelfReviewDocument, paper: Paper) -> Result<Typeset> {
    let data = ReviewData {
        title: format!("Self-review: {}", doc.plan.title),
        paper: paper_name(paper),
        footer: format!("Self-review · {} · {}", doc.plan.title, words::period(doc.from, doc.to)),
        plan: doc.plan.title.clone(),
        period: words::period(doc.from, doc.to),
        basis: basis(doc),
        words: words_of(doc.words),
        sections: doc
            .sections
            .iter()
            .map(|s| SectionRow {
                name: s.name.clone(),
                paragraphs: paragraphs(&s.text),
                words: words_of(s.words),
                drawn_from: s
                    .evidence
                    .iter()
                    .map(|e| {
                        let when = e.date.map(|d| format!(", {}", words::day(d))).unwrap_or_default();
                        format!("{}: {}{when}", words::evidence_kind(e.kind), e.title)
                    })
                    .collect(),
                without_evidence: s.without_evidence.clone(),
            })
            .collect(),
        packet: doc.packet.as_ref().map(readiness),
    };
    Typeset::new(
        include_str!("typst/self_review.typ"),
        &data,
        doc.as_of,
        "make the self-review",
        format!("{}.pdf", stem(doc)),
    )
}

/// The self-review as Markdown, and a file name for it.
pub fn render_markdown(doc: &SelfReviewDocument) -> (String, String) {
    let mut md = String::new();
    let _ = writeln!(md, "# Self-review: {}\n", inline(&doc.plan.title));
    let _ = writeln!(md, "{} · {} · {}", words::period(doc.from, doc.to), inline(&basis(doc)), words_of(doc.words));
    for s in &doc.sections {
        let _ = writeln!(md, "\n## {}\n", inline(&s.name));
        if s.text.trim().is_empty() {
            let _ = writeln!(md, "_Nothing written yet._");
        }
        for p in paragraphs(&s.text) {
            let _ = writeln!(md, "{}\n", block(&p));
        }
        if !s.evidence.is_empty() {
            let _ = writeln!(md, "Drawn from:\n");
            for e in &s.evidence {
                let when = e.date.map(|d| format!(", {}", words::day(d))).unwrap_or_default();
                let _ = writeln!(md, "- {}: {}{when}", words::evidence_kind(e.kind), inline(&e.title));
            }
        }
        if !s.without_evidence.is_empty() {
            let _ = writeln!(md, "\nNo evidence yet in this period for:\n");
            for e in &s.without_evidence {
                let _ = writeln!(md, "- {}", inline(e));
            }
        }
    }
    if let Some(r) = &doc.packet {
        packet(&mut md, r, "Readiness packet");
    }
    (md, format!("{}.md", stem(doc)))
}
