//! The promotion self-review of a plan: for a period (the plan's window, or since the last
//! promotion decision of its review cycle, unless the person chose one), per framework topic — or
//! per skill when the plan uses no framework — the person's own text, started from a draft made
//! from the period's evidence (`self_review_draft.rs`). Cairn never replaces what the person
//! wrote: once a section is saved, a newer draft is offered beside it, and taken only when asked.

use std::collections::HashSet;

use chrono::{Days, NaiveDate};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::cycle::CycleKind;
use crate::error::{Error, Result, StorageResultExt};
use crate::ladder::EvidenceKind;
use crate::self_review_draft::{Drafted, ReviewEvidence, compose, word_count};
use crate::store::Store;
use crate::text::optional_text;
use crate::window::parse_date;

/// Longest text of one section, in characters (about 3,000 words).
pub const SELF_REVIEW_TEXT_MAX: usize = 20_000;

/// Which part of the review a section is: a topic of the plan's framework or a skill of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "by", content = "id")]
pub enum SectionKey {
    Topic(#[ts(type = "number")] i64),
    Skill(#[ts(type = "number")] i64),
}

/// One section: the person's text (or, until they save one, the draft), the draft from the
/// period's evidence, and what the draft was made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewSection {
    pub key: SectionKey,
    pub name: String,
    pub text: String,
    /// The person saved this text; until then `text` is the draft.
    pub saved: bool,
    /// The draft made now from the period's evidence.
    pub draft: String,
    /// The draft changed since the person's text started from it: offer it beside the text.
    pub newer_draft: bool,
    pub words: u32,
    pub evidence: Vec<ReviewEvidence>,
    /// Expectations of the target level in this topic with no evidence in the period.
    pub without_evidence: Vec<String>,
    /// Feedback in this section's evidence that is not marked quotable: left out of the draft,
    /// for the person to paraphrase or leave out.
    pub unquoted_feedback: u32,
}

/// The self-review of a plan for its period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SelfReview {
    #[ts(type = "number")]
    pub plan_id: i64,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The person chose the period (else it is the default one).
    pub chosen_period: bool,
    /// "Cairn ladder: individual contributor, Senior engineer", or None: sections are skills.
    pub framework: Option<String>,
    pub sections: Vec<ReviewSection>,
    pub words: u32,
}

/// A section before its text: key, name, and the target level's expectations (id, text).
type Head = (SectionKey, String, Vec<(i64, String)>);

/// A record that counts as evidence, with the section it belongs to.
struct Found {
    section: i64,
    kind: EvidenceKind,
    ref_id: i64,
    date: Option<NaiveDate>,
}

impl Store {
    /// The plan's default period: its window, or from the day after the last promotion decision
    /// of its review cycle that has passed, to the window's end.
    pub fn default_review_period(&self, plan_id: i64) -> Result<(NaiveDate, NaiveDate)> {
        let plan = self.get_plan(plan_id)?;
        let today = self.clock.today();
        let decided = self
            .list_cycle_dates(plan_id)?
            .into_iter()
            .filter(|d| d.kind == CycleKind::Decision && d.date < today && d.date >= plan.start_date)
            .map(|d| d.date)
            .max();
        let from = decided.and_then(|d| d.checked_add_days(Days::new(1))).unwrap_or(plan.start_date);
        Ok((from.min(plan.end_date), plan.end_date))
    }

    fn review_period(&self, plan_id: i64) -> Result<(NaiveDate, NaiveDate, bool)> {
        let chosen: Option<(NaiveDate, NaiveDate)> = self
            .conn
            .query_row("SELECT period_from, period_to FROM self_review WHERE plan_id = ?1", [plan_id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .or_storage("read the self-review")?;
        Ok(match chosen {
            Some((from, to)) => (from, to, true),
            None => {
                let (from, to) = self.default_review_period(plan_id)?;
                (from, to, false)
            }
        })
    }

    /// Chooses the period the self-review covers (empty `from` and `to`: back to the default).
    pub fn set_review_period(&self, plan_id: i64, from: &str, to: &str) -> Result<SelfReview> {
        self.require_plan(plan_id)?;
        if from.trim().is_empty() && to.trim().is_empty() {
            self.conn.execute("DELETE FROM self_review WHERE plan_id = ?1", [plan_id]).or_storage("save the period")?;
            return self.self_review(plan_id);
        }
        let from = parse_date("from", "first day of the period", from)?;
        let to = parse_date("to", "last day of the period", to)?;
        if to < from {
            return Err(Error::validation("to", "The period ends before it starts."));
        }
        self.conn
            .execute(
                "INSERT INTO self_review (plan_id, period_from, period_to, updated_at) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (plan_id) DO UPDATE SET period_from = ?2, period_to = ?3, updated_at = ?4",
                params![plan_id, from, to, self.clock.now()],
            )
            .or_storage("save the period")?;
        self.self_review(plan_id)
    }

    /// The self-review for the plan's period (`self_review_between` for another one).
    pub fn self_review(&self, plan_id: i64) -> Result<SelfReview> {
        let (from, to, chosen) = self.review_period(plan_id)?;
        let mut review = self.self_review_between(plan_id, from, to)?;
        review.chosen_period = chosen;
        Ok(review)
    }

    /// The self-review with its drafts made from the evidence dated `from..=to`.
    pub fn self_review_between(&self, plan_id: i64, from: NaiveDate, to: NaiveDate) -> Result<SelfReview> {
        self.require_plan(plan_id)?;
        let readiness = self.readiness(plan_id)?;
        let (framework, heads): (Option<String>, Vec<Head>) = match &readiness {
            Some(r) => {
                let framework = self.get_framework(r.ladder.framework_id)?;
                let heads = framework
                    .topics
                    .iter()
                    .map(|t| {
                        let at_target = t
                            .expectations
                            .iter()
                            .filter(|e| e.level_id == r.ladder.target_level.id)
                            .map(|e| (e.id, e.text.clone()))
                            .collect();
                        (SectionKey::Topic(t.id), t.name.clone(), at_target)
                    })
                    .collect();
                (Some(format!("{}, {}", r.ladder.framework_name, r.ladder.target_level.name)), heads)
            }
            None => {
                let skills = self.list_skills(plan_id)?;
                (None, skills.into_iter().map(|s| (SectionKey::Skill(s.id), s.name, Vec::new())).collect())
            }
        };
        let found = if framework.is_some() { self.topic_evidence(plan_id)? } else { self.skill_evidence(plan_id)? };
        let in_period = |d: Option<NaiveDate>| d.is_some_and(|d| d >= from && d <= to);
        // Expectations with evidence in the period (for the "without evidence" list).
        let evidenced: HashSet<i64> = self
            .plan_evidence(plan_id)?
            .into_iter()
            .filter(|e| e.counts && in_period(e.date))
            .map(|e| e.expectation_id)
            .collect();
        let mut saved = self.saved_sections(plan_id)?;
        let mut sections = Vec::with_capacity(heads.len());
        for (key, name, at_target) in heads {
            let id = match key {
                SectionKey::Topic(id) | SectionKey::Skill(id) => id,
            };
            let mut seen = HashSet::new();
            let mut records: Vec<&Found> = found
                .iter()
                .filter(|f| f.section == id && in_period(f.date) && seen.insert((f.kind, f.ref_id)))
                .collect();
            records.sort_by_key(|f| (f.date, f.ref_id));
            let mut paragraphs: Vec<Drafted> = Vec::new();
            let mut unquoted_feedback = 0;
            for f in records {
                match self.draft_paragraph(f.kind, f.ref_id)? {
                    Some(p) => paragraphs.push(p),
                    None => unquoted_feedback += 1,
                }
            }
            let draft = compose(&name, &paragraphs);
            let (text, is_saved, newer_draft) = match saved.iter().position(|s| s.0 == key) {
                Some(i) => {
                    let (_, text, based_on) = saved.swap_remove(i);
                    let newer = based_on != draft;
                    (text, true, newer)
                }
                None => (draft.clone(), false, false),
            };
            sections.push(ReviewSection {
                key,
                name,
                words: word_count(&text),
                text,
                saved: is_saved,
                draft,
                newer_draft,
                evidence: paragraphs.into_iter().map(|p| p.evidence).collect(),
                without_evidence: at_target
                    .into_iter()
                    .filter(|(e, _)| !evidenced.contains(e))
                    .map(|(_, t)| t)
                    .collect(),
                unquoted_feedback,
            });
        }
        let words = sections.iter().map(|s| s.words).sum();
        Ok(SelfReview { plan_id, from, to, chosen_period: false, framework, sections, words })
    }

    /// Saves the person's text of a section; the draft it started from is kept beside it.
    pub fn save_review_section(&self, plan_id: i64, key: SectionKey, text: &str) -> Result<SelfReview> {
        let text = optional_text("text", "The text", text, SELF_REVIEW_TEXT_MAX)?;
        let draft = self.section_of(plan_id, key)?.draft;
        let (topic, skill) = columns(key);
        self.conn
            .execute(
                "INSERT INTO self_review_section (plan_id, topic_id, skill_id, text, based_on, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
                 ON CONFLICT DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                params![plan_id, topic, skill, text, draft, self.clock.now()],
            )
            .or_storage("save the self-review")?;
        self.self_review(plan_id)
    }

    /// The person's answer to a newer draft: take it (it replaces their text) or keep their text
    /// (the newer draft is no longer offered, until the evidence changes again).
    pub fn settle_review_draft(&self, plan_id: i64, key: SectionKey, take: bool) -> Result<SelfReview> {
        let section = self.section_of(plan_id, key)?;
        if !section.saved {
            return Err(Error::validation("key", "This section has no text of yours yet; the draft is what it shows."));
        }
        let (topic, skill) = columns(key);
        let text = if take { section.draft.clone() } else { section.text };
        self.conn
            .execute(
                "UPDATE self_review_section SET text = ?4, based_on = ?5, updated_at = ?6 \
                 WHERE plan_id = ?1 AND topic_id IS ?2 AND skill_id IS ?3",
                params![plan_id, topic, skill, text, section.draft, self.clock.now()],
            )
            .or_storage("save the self-review")?;
        self.self_review(plan_id)
    }

    fn section_of(&self, plan_id: i64, key: SectionKey) -> Result<ReviewSection> {
        self.self_review(plan_id)?
            .sections
            .into_iter()
            .find(|s| s.key == key)
            .ok_or_else(|| Error::validation("key", "That topic or skill is not part of this plan's self-review."))
    }

    fn saved_sections(&self, plan_id: i64) -> Result<Vec<(SectionKey, String, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT topic_id, skill_id, text, based_on FROM self_review_section WHERE plan_id = ?1")
            .or_storage("read the self-review")?;
        let rows = stmt
            .query_map([plan_id], |r| {
                let key = match r.get::<_, Option<i64>>(0)? {
                    Some(t) => SectionKey::Topic(t),
                    None => SectionKey::Skill(r.get(1)?),
                };
                Ok((key, r.get(2)?, r.get(3)?))
            })
            .or_storage("read the self-review")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the self-review")
    }

    /// Evidence that counts, by the topic of the expectation it is linked to.
    fn topic_evidence(&self, plan_id: i64) -> Result<Vec<Found>> {
        let topic_of: std::collections::HashMap<i64, i64> = {
            let mut stmt = self
                .conn
                .prepare_cached(
                    "SELECT e.id, e.topic_id FROM expectation e JOIN framework_topic t ON t.id = e.topic_id \
                     JOIN plan_framework pf ON pf.framework_id = t.framework_id WHERE pf.plan_id = ?1",
                )
                .or_storage("read the self-review")?;
            let rows = stmt.query_map([plan_id], |r| Ok((r.get(0)?, r.get(1)?))).or_storage("read the self-review")?;
            rows.collect::<rusqlite::Result<_>>().or_storage("read the self-review")?
        };
        Ok(self
            .plan_evidence(plan_id)?
            .into_iter()
            .filter(|e| e.counts)
            .filter_map(|e| {
                let section = *topic_of.get(&e.expectation_id)?;
                Some(Found { section, kind: e.kind, ref_id: e.ref_id, date: e.date })
            })
            .collect())
    }

    /// Without a framework: the records linked to each skill (wins, done stretch assignments and
    /// milestones, past visibility, answered requests about the skill).
    fn skill_evidence(&self, plan_id: i64) -> Result<Vec<Found>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT ws.skill_id, 'win', w.id, w.date FROM win w JOIN win_skill ws ON ws.win_id = w.id \
                   WHERE w.plan_id = ?1 \
                 UNION ALL SELECT ss.skill_id, 'stretch', s.id, coalesce(s.end_date, s.start_date) \
                   FROM stretch s JOIN stretch_skill ss ON ss.stretch_id = s.id \
                   WHERE s.plan_id = ?1 AND s.status = 'done' \
                 UNION ALL SELECT m.skill_id, 'milestone', m.id, m.completed_date FROM milestone m \
                   WHERE m.plan_id = ?1 AND m.skill_id IS NOT NULL AND m.status = 'done' \
                 UNION ALL SELECT vs.skill_id, 'visibility', v.id, v.date \
                   FROM visibility v JOIN visibility_skill vs ON vs.visibility_id = v.id \
                   WHERE v.plan_id = ?1 AND v.date <= ?2 \
                 UNION ALL SELECT r.skill_id, 'feedback_request', r.id, f.date FROM feedback_request r \
                   JOIN feedback f ON f.id = r.feedback_id WHERE r.plan_id = ?1 AND r.skill_id IS NOT NULL",
            )
            .or_storage("read the self-review")?;
        let rows = stmt
            .query_map(params![plan_id, self.clock.today()], |r| {
                Ok(Found { section: r.get(0)?, kind: r.get(1)?, ref_id: r.get(2)?, date: r.get(3)? })
            })
            .or_storage("read the self-review")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the self-review")
    }
}

fn columns(key: SectionKey) -> (Option<i64>, Option<i64>) {
    match key {
        SectionKey::Topic(t) => (Some(t), None),
        SectionKey::Skill(s) => (None, Some(s)),
    }
}
