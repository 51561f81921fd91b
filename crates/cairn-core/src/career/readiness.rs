//! Promotion readiness: for the plan's target level, per topic, which expectations have evidence
//! that counts and which do not yet, and the overall share. A gap becomes a milestone (linked as
//! the plan to show it) or a learning action on a skill in one step.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::ladder::{EvidenceInput, EvidenceItem, EvidenceKind, PlanLadder};
use crate::learning::{ActionStatus, LearningAction, LearningActionInput, LearningKind};
use crate::milestone::{MILESTONE_TITLE_MAX, Milestone, MilestoneInput, MilestoneStatus};
use crate::store::Store;

/// One expectation of the target level and its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReadinessExpectation {
    #[ts(type = "number")]
    pub id: i64,
    pub text: String,
    pub examples: Vec<String>,
    pub evidence: Vec<EvidenceItem>,
    /// At least one piece of evidence counts.
    pub met: bool,
}

/// One topic at the target level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReadinessTopic {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub expectations: Vec<ReadinessExpectation>,
    pub met: u32,
    pub total: u32,
}

/// The whole view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Readiness {
    pub ladder: PlanLadder,
    /// Topics with at least one expectation at the target level, in the framework's order.
    pub topics: Vec<ReadinessTopic>,
    pub met: u32,
    pub total: u32,
    /// Whole-number share of expectations met (0 when there are none).
    pub percent: u32,
}

impl Store {
    /// Readiness for the plan's target level, or `None` when the plan uses no framework.
    pub fn readiness(&self, plan_id: i64) -> Result<Option<Readiness>> {
        let Some(ladder) = self.plan_ladder(plan_id)? else { return Ok(None) };
        let framework = self.get_framework(ladder.framework_id)?;
        let evidence = self.plan_evidence(plan_id)?;
        let mut topics = Vec::new();
        for topic in framework.topics {
            let expectations: Vec<ReadinessExpectation> = topic
                .expectations
                .into_iter()
                .filter(|e| e.level_id == ladder.target_level.id)
                .map(|e| {
                    let evidence: Vec<EvidenceItem> =
                        evidence.iter().filter(|ev| ev.expectation_id == e.id).cloned().collect();
                    let met = evidence.iter().any(|ev| ev.counts);
                    ReadinessExpectation { id: e.id, text: e.text, examples: e.examples, evidence, met }
                })
                .collect();
            if expectations.is_empty() {
                continue;
            }
            let met = expectations.iter().filter(|e| e.met).count() as u32;
            topics.push(ReadinessTopic {
                id: topic.id,
                name: topic.name,
                total: expectations.len() as u32,
                met,
                expectations,
            });
        }
        let met = topics.iter().map(|t| t.met).sum();
        let total = topics.iter().map(|t| t.total).sum();
        Ok(Some(Readiness { ladder, topics, met, total, percent: percent(met, total) }))
    }

    /// Turns a gap into a planned milestone "Show: …", linked to the expectation so it counts once
    /// it is done.
    pub fn milestone_for_gap(&self, plan_id: i64, expectation_id: i64) -> Result<Milestone> {
        let text = self.expectation_text(plan_id, expectation_id)?;
        self.atomically("plan a milestone for the gap", || {
            let milestone = self.create_milestone(
                plan_id,
                &MilestoneInput {
                    title: clip(&format!("Show: {text}"), MILESTONE_TITLE_MAX),
                    due_date: String::new(),
                    status: MilestoneStatus::Planned,
                    completed_date: String::new(),
                    skill_id: None,
                    stretch_id: None,
                    evidence: String::new(),
                    cycle_date_id: None,
                },
            )?;
            self.link_evidence(
                plan_id,
                &EvidenceInput { expectation_id, kind: EvidenceKind::Milestone, ref_id: milestone.id },
            )?;
            Ok(milestone)
        })
    }

    /// Turns a gap into a learning action (learning by doing) on one of the plan's skills.
    pub fn learning_action_for_gap(&self, plan_id: i64, expectation_id: i64, skill_id: i64) -> Result<LearningAction> {
        let text = self.expectation_text(plan_id, expectation_id)?;
        let skill = self.get_skill(skill_id)?;
        if skill.plan_id != plan_id {
            return Err(Error::validation("skillId", "Choose a skill of this plan."));
        }
        self.create_learning_action(
            skill_id,
            &LearningActionInput {
                title: clip(&text, crate::learning::ACTION_TITLE_MAX),
                kind: LearningKind::Experience,
                due_date: String::new(),
                status: ActionStatus::Planned,
            },
        )
    }

    /// The text of an expectation of the plan's framework.
    fn expectation_text(&self, plan_id: i64, expectation_id: i64) -> Result<String> {
        let ladder = self
            .plan_ladder(plan_id)?
            .ok_or_else(|| Error::validation("expectationId", "Choose a framework for this plan first."))?;
        self.conn
            .query_row(
                "SELECT e.text FROM expectation e JOIN framework_topic t ON t.id = e.topic_id \
                 WHERE e.id = ?1 AND t.framework_id = ?2",
                rusqlite::params![expectation_id, ladder.framework_id],
                |r| r.get(0),
            )
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => {
                    Error::validation("expectationId", "Choose an expectation of this plan's framework.")
                }
                e => Error::storage("read the expectation", e),
            })
    }
}

pub(crate) fn percent(part: u32, whole: u32) -> u32 {
    if whole == 0 { 0 } else { (f64::from(part) * 100.0 / f64::from(whole)).round() as u32 }
}

/// At most `max` characters, cut at a word with "…".
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max - 1).collect();
    // Cut inside a word: drop that word's start (unless the cut already falls between words).
    let at_word_end = text.chars().nth(max - 1).is_some_and(char::is_whitespace);
    let cut = if at_word_end { cut.as_str() } else { cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head) };
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_and_survives_zero() {
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(3, 3), 100);
    }

    #[test]
    fn clip_cuts_at_a_word() {
        assert_eq!(clip("short", 10), "short");
        assert_eq!(clip("Leads writing small and medium proposals", 20), "Leads writing small…");
        assert_eq!(clip("Leads writing smaller and medium proposals", 20), "Leads writing…");
        assert!(clip(&"x".repeat(300), 200).chars().count() <= 200);
    }
}
