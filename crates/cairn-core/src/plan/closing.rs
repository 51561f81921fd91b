//! Closing a plan, and continuing it. A plan ends with an outcome (promoted, not yet, changed
//! direction, paused) and a short retrospective; closed, it is read-only (the schema refuses any
//! change to it, migration 19) and still exports. "Continue in a new plan" starts a plan, its
//! window validated as usual, with the old plan's skills at their current levels, its open
//! milestones re-dated by the person, its open learning actions and its review cycle ahead.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::cycle::CycleDateInput;
use crate::dates::optional_date;
use crate::error::{Error, Result, StorageResultExt};
use crate::learning::{ActionStatus, LearningActionInput};
use crate::milestone::{MilestoneInput, MilestoneStatus};
use crate::plan::{Plan, PlanInput, PlanStatus};
use crate::skill::SkillInput;
use crate::store::Store;
use crate::text::optional_text;
use crate::text_enum::text_enum;

/// Longest answer of the retrospective, in characters.
pub const RETRO_TEXT_MAX: usize = 4000;

/// How a plan ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Promoted,
    NotYet,
    ChangedDirection,
    Paused,
}

text_enum!(Outcome {
    Promoted => "promoted",
    NotYet => "not_yet",
    ChangedDirection => "changed_direction",
    Paused => "paused",
});

/// What worked, what did not, what to do differently.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Retrospective {
    #[serde(default)]
    pub worked: String,
    #[serde(default)]
    pub did_not_work: String,
    #[serde(default)]
    pub differently: String,
}

/// Closing a plan (or changing how it was closed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CloseInput {
    pub outcome: Outcome,
    #[serde(default)]
    pub retrospective: Retrospective,
}

/// An open milestone carried into the new plan, with its new date ("" for none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CarriedMilestone {
    #[ts(type = "number")]
    pub milestone_id: i64,
    #[serde(default)]
    pub due_date: String,
}

/// The new plan that continues an old one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContinueInput {
    pub plan: PlanInput,
    /// The old plan's open milestones to carry, each re-dated; those left out stay behind.
    #[serde(default)]
    pub milestones: Vec<CarriedMilestone>,
}

impl Retrospective {
    fn validated(&self) -> Result<Retrospective> {
        Ok(Retrospective {
            worked: optional_text("worked", "What worked", &self.worked, RETRO_TEXT_MAX)?,
            did_not_work: optional_text("didNotWork", "What did not work", &self.did_not_work, RETRO_TEXT_MAX)?,
            differently: optional_text(
                "differently",
                "What you would do differently",
                &self.differently,
                RETRO_TEXT_MAX,
            )?,
        })
    }
}

impl Store {
    /// Closes a plan with its outcome and retrospective; closing it again changes those only.
    pub fn close_plan(&self, id: i64, input: &CloseInput) -> Result<Plan> {
        let plan = self.get_plan(id)?;
        let r = input.retrospective.validated()?;
        let closed_on = plan.closed_on.unwrap_or(self.clock.today());
        self.conn
            .execute(
                "UPDATE plan SET closed_on = ?1, outcome = ?2, worked = ?3, did_not_work = ?4, differently = ?5, \
                 status = 'completed', revision = revision + 1, updated_at = ?6 WHERE id = ?7",
                params![closed_on, input.outcome, r.worked, r.did_not_work, r.differently, self.clock.now(), id],
            )
            .or_storage("close the plan")?;
        self.get_plan(id)
    }

    /// Opens a closed plan again (its outcome and retrospective are kept, to be revised).
    pub fn reopen_plan(&self, id: i64) -> Result<Plan> {
        self.get_plan(id)?;
        self.conn
            .execute(
                "UPDATE plan SET closed_on = NULL, status = 'active', revision = revision + 1, updated_at = ?1 \
                 WHERE id = ?2",
                params![self.clock.now(), id],
            )
            .or_storage("reopen the plan")?;
        self.get_plan(id)
    }

    /// Refuses a delete of `table`'s row `id` when it belongs to a closed plan. (Inserts and
    /// updates are refused by the schema; deletes are checked here, since an import clears every
    /// table.) Shared rows (people, frameworks) belong to no plan.
    pub(crate) fn refuse_if_closed(&self, table: &str, id: i64) -> Result<()> {
        let sql = match table {
            "skill" | "stretch" | "milestone" | "win" | "feedback" | "one_on_one" | "reflection" | "cycle_date"
            | "monthly_review" | "assessment" | "evidence" | "mentee_goal" | "mentoring_session" | "visibility"
            | "feedback_request" | "feedback_given" => format!("SELECT plan_id FROM {table} WHERE id = ?1"),
            "mentoring_item" => {
                "SELECT m.plan_id FROM mentoring_item i JOIN mentoring_session m ON m.id = i.session_id WHERE i.id = ?1"
                    .into()
            }
            "learning_action" => {
                "SELECT s.plan_id FROM learning_action a JOIN skill s ON s.id = a.skill_id WHERE a.id = ?1".into()
            }
            "agenda_item" | "action_item" => {
                format!("SELECT o.plan_id FROM {table} x JOIN one_on_one o ON o.id = x.one_on_one_id WHERE x.id = ?1")
            }
            _ => return Ok(()),
        };
        let closed: Option<Option<NaiveDate>> = self
            .conn
            .query_row(&format!("SELECT closed_on FROM plan WHERE id = ({sql})"), [id], |r| r.get(0))
            .optional()
            .or_storage("read the plan")?;
        if closed.flatten().is_some() {
            return Err(Error::plan_closed());
        }
        Ok(())
    }

    /// Starts a new plan that continues `id`: its window validated as any plan's; the old plan's
    /// skills at their current levels (their baseline now), the chosen open milestones re-dated,
    /// open learning actions under their skills, the review cycle's dates that fall from the new
    /// start on, and the mentees' open goals (mentoring goes on). All in one transaction; the old
    /// plan then links to the new one.
    pub fn continue_plan(&self, id: i64, input: &ContinueInput) -> Result<Plan> {
        let old = self.get_plan(id)?;
        let milestones = self.list_milestones(id)?;
        let mut carried = Vec::with_capacity(input.milestones.len());
        for c in &input.milestones {
            let m = milestones
                .iter()
                .find(|m| m.id == c.milestone_id && m.status.is_open())
                .ok_or_else(|| Error::validation("milestones", "Carry over only this plan's open milestones."))?;
            optional_date("milestones", &format!("the new date of “{}”", m.title), &c.due_date)?;
            carried.push((m, c.due_date.clone()));
        }
        let skills = self.list_skills(id)?;
        let actions = self.list_learning_actions(id)?;
        let cycle = self.list_cycle_dates(id)?;
        let goals: Vec<_> = self
            .list_mentees(id)?
            .into_iter()
            .flat_map(|m| m.goals)
            .filter(|g| g.status == crate::mentee::GoalStatus::Open)
            .collect();
        self.atomically("continue the plan", || {
            let mut plan_input = input.plan.clone();
            plan_input.status = PlanStatus::Active;
            let new = self.create_plan(&plan_input)?;
            self.conn
                .execute("UPDATE plan SET continued_from = ?1 WHERE id = ?2", params![old.id, new.id])
                .or_storage("continue the plan")?;
            let mut skill_map = std::collections::HashMap::new();
            for s in &skills {
                let copy = self.create_skill(
                    new.id,
                    &SkillInput {
                        name: s.name.clone(),
                        category: s.category,
                        current_level: i64::from(s.current_level),
                        target_level: i64::from(s.target_level.max(s.current_level)),
                        why: s.why.clone(),
                        notes: s.notes.clone(),
                    },
                )?;
                skill_map.insert(s.id, copy.id);
            }
            for a in actions.iter().filter(|a| matches!(a.status, ActionStatus::Planned | ActionStatus::InProgress)) {
                if let Some(skill_id) = skill_map.get(&a.skill_id) {
                    self.create_learning_action(
                        *skill_id,
                        &LearningActionInput {
                            title: a.title.clone(),
                            kind: a.kind,
                            due_date: a.due_date.map(|d| d.to_string()).unwrap_or_default(),
                            status: a.status,
                        },
                    )?;
                }
            }
            let mut cycle_map = std::collections::HashMap::new();
            for d in cycle.iter().filter(|d| d.date >= new.start_date) {
                let copy = self.create_cycle_date(
                    new.id,
                    &CycleDateInput { kind: d.kind, name: d.name.clone(), date: d.date.to_string() },
                )?;
                cycle_map.insert(d.id, copy.id);
            }
            for g in &goals {
                self.create_mentee_goal(
                    new.id,
                    g.stakeholder_id,
                    &crate::mentee::MenteeGoalInput {
                        text: g.text.clone(),
                        target_date: g.target_date.map(|d| d.to_string()).unwrap_or_default(),
                        status: g.status,
                    },
                )?;
            }
            for (m, due) in &carried {
                self.create_milestone(
                    new.id,
                    &MilestoneInput {
                        title: m.title.clone(),
                        due_date: due.clone(),
                        status: if m.status == MilestoneStatus::InProgress {
                            MilestoneStatus::InProgress
                        } else {
                            MilestoneStatus::Planned
                        },
                        completed_date: String::new(),
                        skill_id: m.skill_id.and_then(|s| skill_map.get(&s).copied()),
                        stretch_id: None,
                        cycle_date_id: m.cycle_date_id.and_then(|c| cycle_map.get(&c).copied()),
                        evidence: m.evidence.clone(),
                    },
                )?;
            }
            self.get_plan(new.id)
        })
    }
}
