//! Learning actions for a skill, tagged by the 70/20/10 idea: most growth comes from experience
//! (stretch work), some from other people (mentoring, feedback, pairing), a little from courses and
//! books. The plan's balance across the three is derived here.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::dates::optional_date;
use crate::error::{Error, Result, StorageResultExt};
use crate::store::Store;
use crate::text::required_line;
use crate::text_enum::text_enum;
use crate::undo::Deleted;

/// Longest action title, in characters.
pub const ACTION_TITLE_MAX: usize = 200;

/// Where the growth comes from (70/20/10).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LearningKind {
    /// On-the-job experience: stretch work, owning something new (the 70).
    Experience,
    /// Learning from people: mentoring, feedback, pairing, shadowing (the 20).
    People,
    /// Formal learning: courses, books, talks (the 10).
    Courses,
}

text_enum!(LearningKind { Experience => "experience", People => "people", Courses => "courses" });

/// Where a learning action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    Planned,
    InProgress,
    Done,
    Dropped,
}

text_enum!(ActionStatus { Planned => "planned", InProgress => "in_progress", Done => "done", Dropped => "dropped" });

/// A stored learning action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LearningAction {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub skill_id: i64,
    pub title: String,
    pub kind: LearningKind,
    pub due_date: Option<NaiveDate>,
    pub status: ActionStatus,
    /// The week of the reflection this was made from (`2026-W49`), if it was.
    pub from_week: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a person fills in for a learning action. An empty `dueDate` means "no date".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LearningActionInput {
    pub title: String,
    pub kind: LearningKind,
    #[serde(default)]
    pub due_date: String,
    pub status: ActionStatus,
}

/// The plan's learning actions by source, dropped ones left out. Percentages are whole numbers that
/// add up to 100 (largest remainder), or all 0 when there is no action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LearningBalance {
    pub experience: u32,
    pub people: u32,
    pub courses: u32,
    pub total: u32,
    pub experience_percent: u32,
    pub people_percent: u32,
    pub courses_percent: u32,
}

impl LearningBalance {
    /// The balance of these counts.
    pub fn from_counts(experience: u32, people: u32, courses: u32) -> Self {
        let total = experience + people + courses;
        let [experience_percent, people_percent, courses_percent] = percentages([experience, people, courses]);
        Self { experience, people, courses, total, experience_percent, people_percent, courses_percent }
    }
}

/// Whole percentages summing to exactly 100: floor each share, then hand the leftover points to the
/// largest remainders (earlier entries win ties, so the result is deterministic).
fn percentages(counts: [u32; 3]) -> [u32; 3] {
    let total: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    if total == 0 {
        return [0; 3];
    }
    let exact: Vec<u64> = counts.iter().map(|&c| u64::from(c) * 100).collect();
    let mut out: [u32; 3] = [0; 3];
    for (slot, share) in out.iter_mut().zip(&exact) {
        *slot = u32::try_from(share / total).unwrap_or(100);
    }
    let mut order = [0usize, 1, 2];
    order.sort_by_key(|&i| std::cmp::Reverse(exact[i] % total));
    let short = 100 - out.iter().sum::<u32>();
    for &i in order.iter().take(short as usize) {
        out[i] += 1;
    }
    out
}

struct ValidAction {
    title: String,
    kind: LearningKind,
    due_date: Option<NaiveDate>,
    status: ActionStatus,
}

impl LearningActionInput {
    fn validate(&self) -> Result<ValidAction> {
        let title = required_line("title", "The action", &self.title, ACTION_TITLE_MAX)?;
        let due_date = optional_date("dueDate", "due date", &self.due_date)?;
        Ok(ValidAction { title, kind: self.kind, due_date, status: self.status })
    }
}

const COLUMNS: &str = "id, skill_id, title, kind, due_date, status, created_at, updated_at, \
                       (SELECT week FROM reflection WHERE id = reflection_id)";
/// The same columns of `learning_action a`, for reads that join the skill.
const COLUMNS_OF_A: &str = "a.id, a.skill_id, a.title, a.kind, a.due_date, a.status, a.created_at, a.updated_at, \
                            (SELECT week FROM reflection WHERE id = a.reflection_id)";

fn from_row(row: &Row<'_>) -> rusqlite::Result<LearningAction> {
    Ok(LearningAction {
        id: row.get(0)?,
        skill_id: row.get(1)?,
        title: row.get(2)?,
        kind: row.get(3)?,
        due_date: row.get(4)?,
        status: row.get(5)?,
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
        from_week: row.get(8)?,
    })
}

impl Store {
    /// Adds a learning action to a skill.
    pub fn create_learning_action(&self, skill_id: i64, input: &LearningActionInput) -> Result<LearningAction> {
        let action = input.validate()?;
        self.get_skill(skill_id)?;
        let now = self.clock.now();
        self.conn
            .execute(
                "INSERT INTO learning_action (skill_id, title, kind, due_date, status, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                params![skill_id, action.title, action.kind, action.due_date, action.status, now],
            )
            .or_storage("save the learning action")?;
        self.get_learning_action(self.conn.last_insert_rowid())
    }

    /// Every learning action of a plan, grouped by skill in the skills' order, undated last.
    pub fn list_learning_actions(&self, plan_id: i64) -> Result<Vec<LearningAction>> {
        self.require_plan(plan_id)?;
        let sql = format!(
            "SELECT {COLUMNS_OF_A} FROM learning_action a JOIN skill s ON s.id = a.skill_id WHERE s.plan_id = ?1 \
             ORDER BY s.position, s.id, a.due_date IS NULL, a.due_date, a.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql).or_storage("read the learning actions")?;
        let rows = stmt.query_map([plan_id], from_row).or_storage("read the learning actions")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the learning actions")
    }

    /// One learning action by id.
    pub fn get_learning_action(&self, id: i64) -> Result<LearningAction> {
        let sql = format!("SELECT {COLUMNS} FROM learning_action WHERE id = ?1");
        self.conn
            .query_row(&sql, [id], from_row)
            .optional()
            .or_storage("read the learning action")?
            .ok_or(Error::NotFound { what: "Learning action", id })
    }

    /// Replaces a learning action's fields.
    pub fn update_learning_action(&self, id: i64, input: &LearningActionInput) -> Result<LearningAction> {
        let action = input.validate()?;
        let changed = self
            .conn
            .execute(
                "UPDATE learning_action SET title = ?1, kind = ?2, due_date = ?3, status = ?4, updated_at = ?5 \
                 WHERE id = ?6",
                params![action.title, action.kind, action.due_date, action.status, self.clock.now(), id],
            )
            .or_storage("save the learning action")?;
        if changed == 0 {
            return Err(Error::NotFound { what: "Learning action", id });
        }
        self.get_learning_action(id)
    }

    /// Deletes a learning action.
    pub fn delete_learning_action(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("learning_action", "Learning action", "delete the learning action", id)
    }

    /// The plan's 70/20/10 balance over its learning actions that are not dropped.
    pub fn learning_balance(&self, plan_id: i64) -> Result<LearningBalance> {
        self.require_plan(plan_id)?;
        let (experience, people, courses) = self
            .conn
            .query_row(
                "SELECT count(*) FILTER (WHERE a.kind = 'experience'), count(*) FILTER (WHERE a.kind = 'people'), \
                        count(*) FILTER (WHERE a.kind = 'courses') \
                 FROM learning_action a JOIN skill s ON s.id = a.skill_id \
                 WHERE s.plan_id = ?1 AND a.status <> 'dropped'",
                [plan_id],
                |r| Ok((r.get::<_, u32>(0)?, r.get::<_, u32>(1)?, r.get::<_, u32>(2)?)),
            )
            .or_storage("count the learning actions")?;
        Ok(LearningBalance::from_counts(experience, people, courses))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_always_add_up_to_one_hundred() {
        assert_eq!(percentages([7, 2, 1]), [70, 20, 10]);
        assert_eq!(percentages([1, 1, 1]), [34, 33, 33]);
        assert_eq!(percentages([2, 1, 0]), [67, 33, 0]);
        assert_eq!(percentages([0, 0, 0]), [0, 0, 0]);
        for a in 0..12 {
            for b in 0..12 {
                for c in 1..12 {
                    assert_eq!(percentages([a, b, c]).iter().sum::<u32>(), 100, "{a} {b} {c}");
                }
            }
        }
    }

    #[test]
    fn an_empty_due_date_means_none_and_a_bad_one_is_a_validation_error() {
        let mut input = LearningActionInput {
            title: "Shadow the on-call lead".into(),
            kind: LearningKind::People,
            due_date: " ".into(),
            status: ActionStatus::Planned,
        };
        assert_eq!(input.validate().map(|v| v.due_date).ok(), Some(None));
        input.due_date = "2026-13-01".into();
        assert_eq!(input.validate().err().and_then(|e| e.field()), Some("dueDate"));
    }
}
