//! A plan held against a framework: the person's current and target level on it, and the evidence
//! (wins, feedback, milestones, stretch assignments, mentoring sessions, visibility records,
//! answered feedback requests, feedback given) linked to its expectations.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::framework::FrameworkLevel;
use crate::milestone::MilestoneStatus;
use crate::store::Store;
use crate::stretch::StretchStatus;
use crate::text_enum::text_enum;
use crate::undo::Deleted;

/// The framework a plan uses and where the person stands on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanLadder {
    #[ts(type = "number")]
    pub plan_id: i64,
    #[ts(type = "number")]
    pub framework_id: i64,
    pub framework_name: String,
    pub current_level: FrameworkLevel,
    pub target_level: FrameworkLevel,
}

/// What a person chooses: a framework and two of its levels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanLadderInput {
    #[ts(type = "number")]
    pub framework_id: i64,
    #[ts(type = "number")]
    pub current_level_id: i64,
    #[ts(type = "number")]
    pub target_level_id: i64,
}

/// What a piece of evidence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    Win,
    Feedback,
    Milestone,
    Stretch,
    MentoringSession,
    Visibility,
    FeedbackRequest,
    FeedbackGiven,
}

// The stored words are the tables' names: `link_evidence` checks the row's plan by them.
text_enum!(EvidenceKind {
    Win => "win",
    Feedback => "feedback",
    Milestone => "milestone",
    Stretch => "stretch",
    MentoringSession => "mentoring_session",
    Visibility => "visibility",
    FeedbackRequest => "feedback_request",
    FeedbackGiven => "feedback_given",
});

impl EvidenceKind {
    fn column(self) -> &'static str {
        match self {
            EvidenceKind::Win => "win_id",
            EvidenceKind::Feedback => "feedback_id",
            EvidenceKind::Milestone => "milestone_id",
            EvidenceKind::Stretch => "stretch_id",
            EvidenceKind::MentoringSession => "mentoring_session_id",
            EvidenceKind::Visibility => "visibility_id",
            EvidenceKind::FeedbackRequest => "feedback_request_id",
            EvidenceKind::FeedbackGiven => "feedback_given_id",
        }
    }

    fn label(self) -> &'static str {
        match self {
            EvidenceKind::Win => "Win",
            EvidenceKind::Feedback => "Feedback",
            EvidenceKind::Milestone => "Milestone",
            EvidenceKind::Stretch => "Stretch assignment",
            EvidenceKind::MentoringSession => "Mentoring session",
            EvidenceKind::Visibility => "Visibility record",
            EvidenceKind::FeedbackRequest => "Feedback request",
            EvidenceKind::FeedbackGiven => "Feedback given",
        }
    }
}

/// A link from an expectation to something in the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceInput {
    #[ts(type = "number")]
    pub expectation_id: i64,
    pub kind: EvidenceKind,
    #[ts(type = "number")]
    pub ref_id: i64,
}

/// One piece of evidence as shown: what it is, its title and date, and whether it counts yet (a
/// milestone or stretch assignment counts once it is done, a feedback request once answered, a
/// session or a talk once its day has come; until then it is the plan to show it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceItem {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub expectation_id: i64,
    pub kind: EvidenceKind,
    #[ts(type = "number")]
    pub ref_id: i64,
    pub title: String,
    pub date: Option<NaiveDate>,
    pub counts: bool,
    /// The mentee of a mentoring session: documents show initials unless the person ticks names.
    pub mentee: Option<String>,
}

/// Whether the person `{who}` is mentored in the plan `?1` (documents name mentees by initials):
/// marked as a mentee on the map, or with a goal or session in the plan.
const MENTEE: &str = "({who} IS NOT NULL AND ((SELECT relationship FROM stakeholder WHERE id = {who}) = 'mentee' \
                      OR EXISTS (SELECT 1 FROM mentee_goal WHERE plan_id = ?1 AND stakeholder_id = {who}) \
                      OR EXISTS (SELECT 1 FROM mentoring_session WHERE plan_id = ?1 AND stakeholder_id = {who})))";

impl Store {
    /// The plan's framework and levels, if it is held against one.
    pub fn plan_ladder(&self, plan_id: i64) -> Result<Option<PlanLadder>> {
        self.require_plan(plan_id)?;
        let row: Option<(i64, String, i64, i64)> = self
            .conn
            .query_row(
                "SELECT pf.framework_id, f.name, pf.current_level_id, pf.target_level_id \
                 FROM plan_framework pf JOIN framework f ON f.id = pf.framework_id WHERE pf.plan_id = ?1",
                [plan_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()
            .or_storage("read the plan's framework")?;
        let Some((framework_id, framework_name, current, target)) = row else { return Ok(None) };
        let levels = self.framework_levels(framework_id)?;
        let level = |id: i64| {
            levels.iter().find(|l| l.id == id).cloned().ok_or(Error::NotFound { what: "Framework level", id })
        };
        Ok(Some(PlanLadder {
            plan_id,
            framework_id,
            framework_name,
            current_level: level(current)?,
            target_level: level(target)?,
        }))
    }

    /// Holds the plan against a framework, from the current to the target level (the target at or
    /// above the current one). Evidence linked to another framework's expectations is removed.
    pub fn set_plan_ladder(&self, plan_id: i64, input: &PlanLadderInput) -> Result<PlanLadder> {
        self.require_plan(plan_id)?;
        let levels = self.framework_levels(input.framework_id)?;
        if levels.is_empty() {
            return Err(Error::validation("frameworkId", "Choose one of your imported frameworks."));
        }
        let position = |id: i64, field: &'static str| {
            levels
                .iter()
                .find(|l| l.id == id)
                .map(|l| l.position)
                .ok_or_else(|| Error::validation(field, "Choose a level of this framework."))
        };
        let current = position(input.current_level_id, "currentLevelId")?;
        let target = position(input.target_level_id, "targetLevelId")?;
        if target < current {
            return Err(Error::validation("targetLevelId", "The target level cannot be below the current level."));
        }
        self.atomically("choose the plan's framework", || {
            let fail = |e| Error::storage("choose the plan's framework", e);
            self.conn
                .execute(
                    "INSERT INTO plan_framework (plan_id, framework_id, current_level_id, target_level_id) \
                     VALUES (?1, ?2, ?3, ?4) ON CONFLICT (plan_id) DO UPDATE SET framework_id = ?2, \
                     current_level_id = ?3, target_level_id = ?4",
                    params![plan_id, input.framework_id, input.current_level_id, input.target_level_id],
                )
                .map_err(fail)?;
            self.conn
                .execute(
                    "DELETE FROM evidence WHERE plan_id = ?1 AND expectation_id NOT IN \
                     (SELECT e.id FROM expectation e JOIN framework_topic t ON t.id = e.topic_id \
                      WHERE t.framework_id = ?2)",
                    params![plan_id, input.framework_id],
                )
                .map_err(fail)?;
            Ok(())
        })?;
        self.plan_ladder(plan_id)?.ok_or(Error::NotFound { what: "Plan framework", id: plan_id })
    }

    /// The plan is no longer held against a framework; its evidence links go too.
    pub fn clear_plan_ladder(&self, plan_id: i64) -> Result<()> {
        self.require_plan(plan_id)?;
        self.atomically("stop using the framework", || {
            let fail = |e| Error::storage("stop using the framework", e);
            self.conn.execute("DELETE FROM evidence WHERE plan_id = ?1", [plan_id]).map_err(fail)?;
            self.conn.execute("DELETE FROM plan_framework WHERE plan_id = ?1", [plan_id]).map_err(fail)?;
            Ok(())
        })
    }

    /// Links a win, piece of feedback, milestone or stretch assignment of the plan to an
    /// expectation of the plan's framework. Linking twice is one link.
    pub fn link_evidence(&self, plan_id: i64, input: &EvidenceInput) -> Result<EvidenceItem> {
        let ladder = self.plan_ladder(plan_id)?.ok_or_else(|| {
            Error::validation("expectationId", "Choose a framework for this plan before linking evidence.")
        })?;
        let in_framework: bool = self
            .conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM expectation e JOIN framework_topic t ON t.id = e.topic_id \
                 WHERE e.id = ?1 AND t.framework_id = ?2)",
                params![input.expectation_id, ladder.framework_id],
                |r| r.get(0),
            )
            .or_storage("link the evidence")?;
        if !in_framework {
            return Err(Error::validation("expectationId", "Choose an expectation of this plan's framework."));
        }
        let table = input.kind.as_str();
        let owner: Option<i64> = self
            .conn
            .query_row(&format!("SELECT plan_id FROM {table} WHERE id = ?1"), [input.ref_id], |r| r.get(0))
            .optional()
            .or_storage("link the evidence")?;
        if owner != Some(plan_id) {
            return Err(Error::validation(
                "refId",
                format!("Choose a {} of this plan.", input.kind.label().to_lowercase()),
            ));
        }
        let column = input.kind.column();
        self.conn
            .execute(
                &format!(
                    "INSERT INTO evidence (expectation_id, plan_id, {column}, created_at) \
                     SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS \
                     (SELECT 1 FROM evidence WHERE expectation_id = ?1 AND {column} = ?3)"
                ),
                params![input.expectation_id, plan_id, input.ref_id, self.clock.now()],
            )
            .or_storage("link the evidence")?;
        self.plan_evidence(plan_id)?
            .into_iter()
            .find(|e| e.expectation_id == input.expectation_id && e.kind == input.kind && e.ref_id == input.ref_id)
            .ok_or(Error::NotFound { what: "Evidence", id: input.ref_id })
    }

    /// Removes one evidence link (the win or milestone itself stays).
    pub fn unlink_evidence(&self, evidence_id: i64) -> Result<Deleted> {
        self.delete_undoable("evidence", "Evidence", "remove the evidence", evidence_id)
    }

    /// Every evidence link of the plan, with what it points at.
    pub fn plan_evidence(&self, plan_id: i64) -> Result<Vec<EvidenceItem>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT ev.id, ev.expectation_id, 'win', w.id, w.title, w.date, 'done', NULL \
                   FROM evidence ev JOIN win w ON w.id = ev.win_id WHERE ev.plan_id = ?1 \
                 UNION ALL SELECT ev.id, ev.expectation_id, 'feedback', f.id, \
                   CASE WHEN f.from_name = '' THEN f.said ELSE f.from_name || ': ' || f.said END, f.date, 'done', NULL \
                   FROM evidence ev JOIN feedback f ON f.id = ev.feedback_id WHERE ev.plan_id = ?1 \
                 UNION ALL SELECT ev.id, ev.expectation_id, 'milestone', m.id, m.title, \
                   coalesce(m.completed_date, m.due_date), m.status, NULL \
                   FROM evidence ev JOIN milestone m ON m.id = ev.milestone_id WHERE ev.plan_id = ?1 \
                 UNION ALL SELECT ev.id, ev.expectation_id, 'stretch', s.id, s.title, coalesce(s.end_date, s.start_date), s.status, NULL \
                   FROM evidence ev JOIN stretch s ON s.id = ev.stretch_id WHERE ev.plan_id = ?1 \
                 UNION ALL SELECT ev.id, ev.expectation_id, 'mentoring_session', m.id, \
                   CASE WHEN m.topics = '' THEN 'Mentoring session' ELSE m.topics END, m.date, \
                   CASE WHEN m.date <= ?2 THEN 'done' ELSE 'planned' END, coalesce(sh.name, m.mentee_name) \
                   FROM evidence ev JOIN mentoring_session m ON m.id = ev.mentoring_session_id \
                   LEFT JOIN stakeholder sh ON sh.id = m.stakeholder_id WHERE ev.plan_id = ?1 \
                 UNION ALL SELECT ev.id, ev.expectation_id, 'visibility', v.id, v.title, v.date, \
                   CASE WHEN v.date <= ?2 THEN 'done' ELSE 'planned' END, NULL \
                   FROM evidence ev JOIN visibility v ON v.id = ev.visibility_id WHERE ev.plan_id = ?1 \
                 UNION ALL SELECT ev.id, ev.expectation_id, 'feedback_request', r.id, \
                   CASE WHEN {mentee_r} THEN 'Asked about ' || r.topic \
                        ELSE 'Asked ' || coalesce(sh.name, r.person_name) || ' about ' || r.topic END, \
                   coalesce(f.date, r.asked_on, r.due_date), \
                   CASE WHEN r.status = 'answered' THEN 'done' ELSE r.status END, \
                   CASE WHEN {mentee_r} THEN sh.name END \
                   FROM evidence ev JOIN feedback_request r ON r.id = ev.feedback_request_id \
                   LEFT JOIN feedback f ON f.id = r.feedback_id LEFT JOIN stakeholder sh ON sh.id = r.stakeholder_id \
                   WHERE ev.plan_id = ?1 \
                 UNION ALL SELECT ev.id, ev.expectation_id, 'feedback_given', g.id, \
                   CASE WHEN {mentee_g} THEN g.about \
                        ELSE 'Feedback to ' || coalesce(sh.name, g.person_name) || ': ' || g.about END, \
                   g.date, 'done', CASE WHEN {mentee_g} THEN sh.name END \
                   FROM evidence ev JOIN feedback_given g ON g.id = ev.feedback_given_id \
                   LEFT JOIN stakeholder sh ON sh.id = g.stakeholder_id WHERE ev.plan_id = ?1 \
                 ORDER BY 2, 6 DESC, 1",
                mentee_r = MENTEE.replace("{who}", "r.stakeholder_id"),
                mentee_g = MENTEE.replace("{who}", "g.stakeholder_id"),
            ))
            .or_storage("read the evidence")?;
        let rows = stmt
            .query_map(params![plan_id, self.clock.today()], |r| {
                let kind: EvidenceKind = r.get(2)?;
                let status: String = r.get(6)?;
                let counts = match kind {
                    EvidenceKind::Win | EvidenceKind::Feedback => true,
                    EvidenceKind::Milestone => status == MilestoneStatus::Done.as_str(),
                    EvidenceKind::Stretch => status == StretchStatus::Done.as_str(),
                    EvidenceKind::FeedbackGiven => true,
                    // Computed in the query: held, given, answered.
                    EvidenceKind::MentoringSession | EvidenceKind::Visibility | EvidenceKind::FeedbackRequest => {
                        status == "done"
                    }
                };
                let title: String = r.get(4)?;
                Ok(EvidenceItem {
                    id: r.get(0)?,
                    expectation_id: r.get(1)?,
                    kind,
                    ref_id: r.get(3)?,
                    title: title.split_whitespace().collect::<Vec<_>>().join(" "),
                    date: r.get(5)?,
                    counts,
                    mentee: r.get(7)?,
                })
            })
            .or_storage("read the evidence")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the evidence")
    }
}
