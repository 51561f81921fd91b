//! Growth plans: the 6–12 month path from a current level to a target level.

// The plan's parts, each in its own file; the plan itself is below.
pub(crate) mod closing;
pub(crate) mod feedback;
pub(crate) mod feedback_given;
pub(crate) mod feedback_request;
pub(crate) mod learning;
pub(crate) mod milestone;
pub(crate) mod skill;
pub(crate) mod stretch;
pub(crate) mod visibility;
pub(crate) mod win;
pub(crate) mod window;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::store::Store;
use crate::text::{optional_text, required_line};
use crate::text_enum::text_enum;
use crate::window::{PlanWindow, parse_date};
pub use closing::{Outcome, Retrospective};

/// Longest plan title, in characters.
pub const TITLE_MAX: usize = 200;
/// Longest headline goal, in characters.
pub const GOAL_MAX: usize = 2000;
/// Longest level name ("Senior Software Engineer II"), in characters.
pub const LEVEL_MAX: usize = 80;

/// The career track the plan heads along.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Track {
    /// Individual contributor.
    Ic,
    /// Engineering manager.
    Manager,
    /// Tech lead: some people leadership, mostly technical.
    Hybrid,
}

/// Where a plan is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    Draft,
    Active,
    Completed,
    Archived,
}

/// A stored growth plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    #[ts(type = "number")]
    pub id: i64,
    pub title: String,
    /// The one-sentence headline goal ("Lead the payments re-architecture and be promoted to Senior").
    pub goal: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub current_level: String,
    pub target_level: String,
    pub track: Track,
    pub status: PlanStatus,
    /// Bumped on every write; an update names the revision it was based on (optimistic concurrency).
    #[ts(type = "number")]
    pub revision: i64,
    /// When the plan was closed (it is read-only then), with how it ended and the retrospective.
    pub closed_on: Option<NaiveDate>,
    pub outcome: Option<Outcome>,
    pub retrospective: Retrospective,
    /// The plan this one continues.
    #[ts(type = "number | null")]
    pub continued_from: Option<i64>,
    /// The plan that continues this one.
    #[ts(type = "number | null")]
    pub continued_by: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a person fills in to create or edit a plan. Dates come as typed (`YYYY-MM-DD`) so that a
/// bad date is a validation error on its field, not a transport error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanInput {
    pub title: String,
    #[serde(default)]
    pub goal: String,
    pub start_date: String,
    pub end_date: String,
    pub current_level: String,
    pub target_level: String,
    pub track: Track,
    pub status: PlanStatus,
}

/// A [`PlanInput`] that passed every rule.
struct ValidPlan {
    title: String,
    goal: String,
    window: PlanWindow,
    current_level: String,
    target_level: String,
    track: Track,
    status: PlanStatus,
}

impl PlanInput {
    /// Checks every field, reporting the first problem in form order (top to bottom).
    fn validate(&self) -> Result<ValidPlan> {
        let title = required_line("title", "The title", &self.title, TITLE_MAX)?;
        let goal = optional_text("goal", "The headline goal", &self.goal, GOAL_MAX)?;
        let current_level = required_line("currentLevel", "The current level", &self.current_level, LEVEL_MAX)?;
        let target_level = required_line("targetLevel", "The target level", &self.target_level, LEVEL_MAX)?;
        let start = parse_date("startDate", "start date", &self.start_date)?;
        let end = parse_date("endDate", "end date", &self.end_date)?;
        let window = PlanWindow::new(start, end)?;
        Ok(ValidPlan { title, goal, window, current_level, target_level, track: self.track, status: self.status })
    }
}

text_enum!(Track { Ic => "ic", Manager => "manager", Hybrid => "hybrid" });
text_enum!(PlanStatus { Draft => "draft", Active => "active", Completed => "completed", Archived => "archived" });

const COLUMNS: &str = "id, title, goal, start_date, end_date, current_level, target_level, track, status, \
                       revision, created_at, updated_at, closed_on, outcome, worked, did_not_work, differently, \
                       continued_from, (SELECT max(n.id) FROM plan n WHERE n.continued_from = plan.id)";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Plan> {
    Ok(Plan {
        id: row.get(0)?,
        title: row.get(1)?,
        goal: row.get(2)?,
        start_date: row.get(3)?,
        end_date: row.get(4)?,
        current_level: row.get(5)?,
        target_level: row.get(6)?,
        track: row.get(7)?,
        status: row.get(8)?,
        revision: row.get(9)?,
        created_at: row.get(10)?,
        updated_at: row.get(11)?,
        closed_on: row.get(12)?,
        outcome: row.get(13)?,
        retrospective: Retrospective { worked: row.get(14)?, did_not_work: row.get(15)?, differently: row.get(16)? },
        continued_from: row.get(17)?,
        continued_by: row.get(18)?,
    })
}

impl Store {
    /// Creates a plan from validated input.
    pub fn create_plan(&self, input: &PlanInput) -> Result<Plan> {
        let plan = input.validate()?;
        let now = self.clock.now();
        self.conn
            .execute(
                "INSERT INTO plan (title, goal, start_date, end_date, current_level, target_level, track, \
                 status, revision, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1, ?9, ?9)",
                params![
                    plan.title,
                    plan.goal,
                    plan.window.start(),
                    plan.window.end(),
                    plan.current_level,
                    plan.target_level,
                    plan.track,
                    plan.status,
                    now,
                ],
            )
            .or_storage("save the plan")?;
        self.get_plan(self.conn.last_insert_rowid())
    }

    /// Every plan: active first, then drafts, completed and archived; newest window first within each.
    pub fn list_plans(&self) -> Result<Vec<Plan>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM plan ORDER BY \
             CASE status WHEN 'active' THEN 0 WHEN 'draft' THEN 1 WHEN 'completed' THEN 2 ELSE 3 END, \
             start_date DESC, id DESC"
        );
        let mut stmt = self.conn.prepare_cached(&sql).or_storage("read the plans")?;
        let rows = stmt.query_map([], from_row).or_storage("read the plans")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the plans")
    }

    /// One plan by id.
    pub fn get_plan(&self, id: i64) -> Result<Plan> {
        let sql = format!("SELECT {COLUMNS} FROM plan WHERE id = ?1");
        self.conn
            .query_row(&sql, [id], from_row)
            .optional()
            .or_storage("read the plan")?
            .ok_or(Error::NotFound { what: "Plan", id })
    }

    /// Replaces a plan's fields. `revision` is the revision the edit was based on: if the plan changed
    /// since (another window, the CLI), nothing is written and a conflict is reported.
    pub fn update_plan(&self, id: i64, revision: i64, input: &PlanInput) -> Result<Plan> {
        let plan = input.validate()?;
        let changed = self
            .conn
            .execute(
                "UPDATE plan SET title = ?1, goal = ?2, start_date = ?3, end_date = ?4, current_level = ?5, \
                 target_level = ?6, track = ?7, status = ?8, revision = revision + 1, updated_at = ?9 \
                 WHERE id = ?10 AND revision = ?11",
                params![
                    plan.title,
                    plan.goal,
                    plan.window.start(),
                    plan.window.end(),
                    plan.current_level,
                    plan.target_level,
                    plan.track,
                    plan.status,
                    self.clock.now(),
                    id,
                    revision,
                ],
            )
            .or_storage("save the plan")?;
        if changed == 0 {
            // Tell "gone" from "changed meanwhile": get_plan reports not_found for the former.
            let current = self.get_plan(id)?;
            return Err(Error::Conflict(format!(
                "“{}” was changed elsewhere after you opened it (revision {} is now {}). \
                 Nothing was saved: reload the plan and make your edit again.",
                current.title, revision, current.revision
            )));
        }
        self.get_plan(id)
    }

    /// Archives a plan: it leaves the active list but keeps all its history. Archiving an archived
    /// plan changes nothing.
    pub fn archive_plan(&self, id: i64) -> Result<Plan> {
        self.conn
            .execute(
                "UPDATE plan SET status = 'archived', revision = revision + 1, updated_at = ?1 \
                 WHERE id = ?2 AND status <> 'archived'",
                params![self.clock.now(), id],
            )
            .or_storage("archive the plan")?;
        self.get_plan(id)
    }
}
