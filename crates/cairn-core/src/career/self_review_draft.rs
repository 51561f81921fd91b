//! The self-review's draft: what the record holds for one framework topic (or one skill) in a
//! period, told in sentences the person then makes their own. Wins as situation → my part →
//! result with the measured impact, stretch assignments with their outcomes, milestones reached,
//! feedback quoted only when the person marked it quotable, mentoring (mentees by initials) and
//! visibility. The draft is made fresh on every read; the person's text is kept apart from it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::documents::signals::initials;
use crate::error::Result;
use crate::feedback::Feedback;
use crate::feedback_given::GivenContext;
use crate::framework_file::one_line;
use crate::ladder::EvidenceKind;
use crate::store::Store;
use crate::visibility::{Audience, VisibilityKind};

/// One record a topic's draft was made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewEvidence {
    pub kind: EvidenceKind,
    #[ts(type = "number")]
    pub ref_id: i64,
    pub title: String,
    pub date: Option<NaiveDate>,
}

/// "12 Nov 2026", as the draft says a day.
pub(crate) fn day(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

fn sentence(text: &str) -> String {
    let t = one_line(text);
    if t.is_empty() || t.ends_with(['.', '!', '?', '…']) { t } else { format!("{t}.") }
}

/// Feedback the person may quote: “words” — who, when.
fn quote(f: &Feedback) -> String {
    format!("“{}” — {}, {}", one_line(&f.said), f.from, day(f.date))
}

fn visibility_kind(k: VisibilityKind) -> &'static str {
    match k {
        VisibilityKind::Talk => "Talk",
        VisibilityKind::DesignDoc => "Design document",
        VisibilityKind::Post => "Post",
        VisibilityKind::Demo => "Demo",
        VisibilityKind::Presentation => "Presentation",
        VisibilityKind::Workshop => "Workshop",
    }
}

fn audience(a: Audience) -> &'static str {
    match a {
        Audience::Team => "the team",
        Audience::Org => "the organisation",
        Audience::Company => "the company",
        Audience::External => "an audience outside the company",
    }
}

fn context(c: GivenContext) -> &'static str {
    match c {
        GivenContext::CodeReview => "a code review",
        GivenContext::DesignReview => "a design review",
        GivenContext::PeerReview => "a peer review",
        GivenContext::Other => "conversation",
    }
}

/// A drafted paragraph for one record, or None when it has nothing to say in a self-review
/// (feedback the person did not mark quotable).
pub(crate) struct Drafted {
    pub text: String,
    pub evidence: ReviewEvidence,
}

impl Store {
    /// The paragraph for one record, as the person would start writing it.
    pub(crate) fn draft_paragraph(&self, kind: EvidenceKind, ref_id: i64) -> Result<Option<Drafted>> {
        let (text, title, date) = match kind {
            EvidenceKind::Win => {
                let w = self.get_win(ref_id)?;
                let mut lines = vec![format!("{} ({})", sentence(&w.title).trim_end_matches('.'), day(w.date))];
                if !w.situation.is_empty() {
                    lines.push(format!("Situation: {}", sentence(&w.situation)));
                }
                if !w.my_part.is_empty() {
                    lines.push(format!("My part: {}", sentence(&w.my_part)));
                }
                let result = match (w.what_happened.is_empty(), w.impact_summary.is_empty()) {
                    (false, false) => format!("{} {}", sentence(&w.what_happened), sentence(&w.impact_summary)),
                    (false, true) => sentence(&w.what_happened),
                    (true, false) => sentence(&w.impact_summary),
                    (true, true) => String::new(),
                };
                if !result.is_empty() {
                    lines.push(format!("Result: {result}"));
                }
                (lines.join("\n"), w.title, Some(w.date))
            }
            EvidenceKind::Stretch => {
                let s = self.get_stretch(ref_id)?;
                let mut text = format!("Stretch assignment: {}", sentence(&s.title));
                if !s.outcome.is_empty() {
                    text.push_str(&format!("\nOutcome: {}", sentence(&s.outcome)));
                }
                (text, s.title, s.end_date.or(s.start_date))
            }
            EvidenceKind::Milestone => {
                let m = self.get_milestone(ref_id)?;
                let when = m.completed_date.map(|d| format!(" ({})", day(d))).unwrap_or_default();
                let mut text = format!("Reached: {}{when}", sentence(&m.title).trim_end_matches('.'));
                if !m.evidence.is_empty() {
                    text.push_str(&format!("\n{}", sentence(&m.evidence)));
                }
                (text, m.title, m.completed_date.or(m.due_date))
            }
            EvidenceKind::Feedback => {
                let f = self.get_feedback(ref_id)?;
                if !f.quotable {
                    return Ok(None);
                }
                (quote(&f), format!("{}: {}", f.from, one_line(&f.said)), Some(f.date))
            }
            EvidenceKind::MentoringSession => {
                let s = self.get_mentoring_session(ref_id)?;
                let topics = if s.topics.is_empty() { String::new() } else { format!(": {}", sentence(&s.topics)) };
                let who = initials(&s.mentee);
                (
                    format!("Mentoring session with {who} ({}){topics}", day(s.date)),
                    format!("Mentoring {who}"),
                    Some(s.date),
                )
            }
            EvidenceKind::Visibility => {
                let v = self.get_visibility(ref_id)?;
                let size = v.audience_size.map(|n| format!(", {n} people")).unwrap_or_default();
                let mut text = format!(
                    "{}: {} for {}{size} ({})",
                    visibility_kind(v.kind),
                    sentence(&v.title).trim_end_matches('.'),
                    audience(v.audience),
                    day(v.date)
                );
                if !v.outcome.is_empty() {
                    text.push_str(&format!("\nOutcome: {}", sentence(&v.outcome)));
                }
                (text, v.title, Some(v.date))
            }
            EvidenceKind::FeedbackGiven => {
                let g = self.get_feedback_given(ref_id)?;
                let kind =
                    if g.kind == crate::feedback::FeedbackKind::Praise { "praise" } else { "constructive feedback" };
                (
                    format!("Gave {kind} in {} ({}): {}", context(g.context), day(g.date), sentence(&g.about)),
                    g.about,
                    Some(g.date),
                )
            }
            EvidenceKind::FeedbackRequest => {
                let r = self.get_feedback_request(ref_id)?;
                let answer = match r.feedback_id {
                    Some(f) => Some(self.get_feedback(f)?),
                    None => None,
                };
                let date = answer.as_ref().map(|f| f.date).or(r.asked_on);
                let mut text = format!("Asked for feedback on {}", sentence(&r.topic));
                if let Some(f) = answer.filter(|f| f.quotable) {
                    text.push('\n');
                    text.push_str(&quote(&f));
                }
                (text, format!("Asked about {}", r.topic), date)
            }
        };
        Ok(Some(Drafted { text, evidence: ReviewEvidence { kind, ref_id, title, date } }))
    }
}

/// The draft of one topic: an opening line and a paragraph per record, oldest first.
pub(crate) fn compose(name: &str, paragraphs: &[Drafted]) -> String {
    if paragraphs.is_empty() {
        return String::new();
    }
    let mut out = format!("{name}: what I did in this period.");
    for p in paragraphs {
        out.push_str("\n\n");
        out.push_str(&p.text);
    }
    out
}

/// Words as a reviewer counts them: runs of letters or digits.
pub fn word_count(text: &str) -> u32 {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|w| !w.is_empty()).count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("Cut p95 latency — 420 → 252 ms (−40%)."), 7);
        assert_eq!(word_count("I'd say it’s done"), 4);
    }

    #[test]
    fn a_sentence_ends_once() {
        assert_eq!(sentence("  shipped   it "), "shipped it.");
        assert_eq!(sentence("Shipped!"), "Shipped!");
        assert_eq!(sentence(""), "");
    }
}
