//! Mentees: the people the person mentors in a plan (marked as mentees on the map, or with a
//! goal or session in the plan), their own goals, and mentoring at a glance for the dashboard.
//! When a session is due follows the check-in rule of the map: a session counts as contact.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::dates::optional_date;
use crate::error::{Error, Result, StorageResultExt};
use crate::mentoring::MentoringSession;
use crate::stakeholder::{CheckIn, CheckInState, Stakeholder};
use crate::store::Store;
use crate::text::required_line;
use crate::text_enum::text_enum;
use crate::undo::Deleted;

/// Longest goal, in characters.
pub const MENTEE_GOAL_MAX: usize = 300;

/// Where a mentee's goal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    Open,
    Met,
    Dropped,
}

text_enum!(GoalStatus { Open => "open", Met => "met", Dropped => "dropped" });

/// A goal the mentee is working on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MenteeGoal {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    #[ts(type = "number")]
    pub stakeholder_id: i64,
    pub text: String,
    pub target_date: Option<NaiveDate>,
    pub status: GoalStatus,
    /// The day it was marked met.
    pub met_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a person fills in for a goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MenteeGoalInput {
    pub text: String,
    #[serde(default)]
    pub target_date: String,
    pub status: GoalStatus,
}

/// A mentee as the Mentoring screen shows them: the person, their goals, the sessions (newest
/// first), how far they have come and whether a session is due (the map's check-in rule).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Mentee {
    pub person: Stakeholder,
    pub goals: Vec<MenteeGoal>,
    pub sessions: Vec<MentoringSession>,
    pub goals_met: u32,
    pub goals_open: u32,
    pub check_in: CheckIn,
}

/// Mentoring at a glance, for the dashboard.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MentoringGlance {
    pub mentees: u32,
    pub sessions_this_quarter: u32,
    pub goals_met: u32,
    pub goals_total: u32,
    /// Mentees whose next session is overdue by the map's cadence.
    pub overdue: u32,
}

const GOAL_COLUMNS: &str = "id, plan_id, stakeholder_id, text, target_date, status, met_on, created_at, updated_at";

fn goal_from_row(r: &Row<'_>) -> rusqlite::Result<MenteeGoal> {
    Ok(MenteeGoal {
        id: r.get(0)?,
        plan_id: r.get(1)?,
        stakeholder_id: r.get(2)?,
        text: r.get(3)?,
        target_date: r.get(4)?,
        status: r.get(5)?,
        met_on: r.get(6)?,
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
    })
}

impl Store {
    pub(crate) fn mentee_person(&self, stakeholder_id: i64) -> Result<Stakeholder> {
        self.get_stakeholder(stakeholder_id)
            .map_err(|_| Error::validation("stakeholderId", "Choose a mentee from your stakeholder map."))
    }

    /// Everyone mentored in this plan: the people on the map marked as mentees and anyone with a
    /// goal or a session in the plan, by name.
    pub fn list_mentees(&self, plan_id: i64) -> Result<Vec<Mentee>> {
        self.require_plan(plan_id)?;
        let goals = self.plan_mentee_goals(plan_id)?;
        let sessions = self.list_mentoring_sessions(plan_id)?;
        let people = self.stakeholders_where(
            "s.relationship = 'mentee' OR s.id IN (SELECT stakeholder_id FROM mentee_goal WHERE plan_id = ?1) \
             OR s.id IN (SELECT stakeholder_id FROM mentoring_session WHERE plan_id = ?1)",
            [plan_id],
        )?;
        Ok(people
            .into_iter()
            .map(|person| {
                let goals: Vec<MenteeGoal> = goals.iter().filter(|g| g.stakeholder_id == person.id).cloned().collect();
                let mut sessions: Vec<MentoringSession> =
                    sessions.iter().filter(|s| s.stakeholder_id == Some(person.id)).cloned().collect();
                sessions.reverse();
                let count = |status| goals.iter().filter(|g| g.status == status).count() as u32;
                Mentee {
                    goals_met: count(GoalStatus::Met),
                    goals_open: count(GoalStatus::Open),
                    check_in: person.check_in,
                    person,
                    goals,
                    sessions,
                }
            })
            .collect())
    }

    /// Mentoring at a glance: mentees, sessions held since `quarter_start`, goals met of all set
    /// (dropped ones left out).
    pub(crate) fn mentoring_glance(&self, plan_id: i64, quarter_start: NaiveDate) -> Result<MentoringGlance> {
        let today = self.clock.today();
        let mentees = self.list_mentees(plan_id)?;
        Ok(MentoringGlance {
            mentees: mentees.len() as u32,
            sessions_this_quarter: mentees
                .iter()
                .flat_map(|m| &m.sessions)
                .filter(|s| s.date >= quarter_start && s.date <= today)
                .count() as u32,
            goals_met: mentees.iter().map(|m| m.goals_met).sum(),
            goals_total: mentees
                .iter()
                .map(|m| m.goals.iter().filter(|g| g.status != GoalStatus::Dropped).count() as u32)
                .sum(),
            overdue: mentees.iter().filter(|m| m.check_in.state == CheckInState::Overdue).count() as u32,
        })
    }

    pub(crate) fn plan_mentee_goals(&self, plan_id: i64) -> Result<Vec<MenteeGoal>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {GOAL_COLUMNS} FROM mentee_goal WHERE plan_id = ?1 \
                 ORDER BY status <> 'open', coalesce(target_date, '9999'), id"
            ))
            .or_storage("read the mentees' goals")?;
        let rows = stmt.query_map([plan_id], goal_from_row).or_storage("read the mentees' goals")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the mentees' goals")
    }

    fn get_mentee_goal(&self, id: i64) -> Result<MenteeGoal> {
        self.conn
            .query_row(&format!("SELECT {GOAL_COLUMNS} FROM mentee_goal WHERE id = ?1"), [id], goal_from_row)
            .optional()
            .or_storage("read the goal")?
            .ok_or(Error::NotFound { what: "Goal", id })
    }

    fn valid_goal(&self, input: &MenteeGoalInput) -> Result<(String, Option<NaiveDate>)> {
        Ok((
            required_line("text", "The goal", &input.text, MENTEE_GOAL_MAX)?,
            optional_date("targetDate", "target date", &input.target_date)?,
        ))
    }

    /// Adds a goal for a mentee in this plan.
    pub fn create_mentee_goal(&self, plan_id: i64, stakeholder_id: i64, input: &MenteeGoalInput) -> Result<MenteeGoal> {
        let (text, target) = self.valid_goal(input)?;
        self.require_plan(plan_id)?;
        self.mentee_person(stakeholder_id)?;
        let met_on = (input.status == GoalStatus::Met).then(|| self.clock.today());
        self.conn
            .execute(
                "INSERT INTO mentee_goal (plan_id, stakeholder_id, text, target_date, status, met_on, created_at, \
                 updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![plan_id, stakeholder_id, text, target, input.status, met_on, self.clock.now()],
            )
            .or_storage("save the goal")?;
        self.get_mentee_goal(self.conn.last_insert_rowid())
    }

    /// Changes a goal; marking it met records the day (kept if it was met already).
    pub fn update_mentee_goal(&self, id: i64, input: &MenteeGoalInput) -> Result<MenteeGoal> {
        let (text, target) = self.valid_goal(input)?;
        let current = self.get_mentee_goal(id)?;
        let met_on = match input.status {
            GoalStatus::Met => Some(current.met_on.unwrap_or_else(|| self.clock.today())),
            _ => None,
        };
        self.conn
            .execute(
                "UPDATE mentee_goal SET text = ?1, target_date = ?2, status = ?3, met_on = ?4, updated_at = ?5 \
                 WHERE id = ?6",
                params![text, target, input.status, met_on, self.clock.now(), id],
            )
            .or_storage("save the goal")?;
        self.get_mentee_goal(id)
    }

    pub fn delete_mentee_goal(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("mentee_goal", "Goal", "delete the goal", id)
    }
}
