//! Milestones: dated, checkable steps of a plan, linked to a skill or a stretch assignment. The
//! plan's timeline is made of them. A SMART hint flags a milestone without a date or without
//! anything measurable in it.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::dates::optional_date;
use crate::error::{Error, Result, StorageResultExt};
use crate::store::Store;
use crate::text::{optional_text, required_line};
use crate::text_enum::text_enum;
use crate::undo::Deleted;

/// Longest title, in characters.
pub const MILESTONE_TITLE_MAX: usize = 200;
/// Longest evidence note, in characters.
pub const MILESTONE_EVIDENCE_MAX: usize = 2000;

/// Where a milestone stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneStatus {
    Planned,
    InProgress,
    Done,
    Missed,
    Dropped,
}

text_enum!(MilestoneStatus {
    Planned => "planned",
    InProgress => "in_progress",
    Done => "done",
    Missed => "missed",
    Dropped => "dropped",
});

impl MilestoneStatus {
    /// Planned or in progress: still something to do.
    pub fn is_open(self) -> bool {
        matches!(self, MilestoneStatus::Planned | MilestoneStatus::InProgress)
    }
}

/// What keeps a milestone from being SMART.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SmartHint {
    /// No due date: nothing says when it should be done.
    NoDate,
    /// Neither title nor evidence says how you will know it is done.
    NotMeasurable,
}

/// A stored milestone with what is derived from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Milestone {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    pub title: String,
    pub due_date: Option<NaiveDate>,
    pub status: MilestoneStatus,
    pub completed_date: Option<NaiveDate>,
    #[ts(type = "number | null")]
    pub skill_id: Option<i64>,
    #[ts(type = "number | null")]
    pub stretch_id: Option<i64>,
    /// The review-cycle date it leads up to.
    #[ts(type = "number | null")]
    pub cycle_date_id: Option<i64>,
    pub evidence: String,
    /// Open and past its due date.
    pub overdue: bool,
    pub smart_hints: Vec<SmartHint>,
    /// The week of the reflection this was made from (`2026-W49`), if it was.
    pub from_week: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a person fills in for a milestone. Empty dates mean "not set"; a milestone marked done
/// without a completed date is completed today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MilestoneInput {
    pub title: String,
    #[serde(default)]
    pub due_date: String,
    pub status: MilestoneStatus,
    #[serde(default)]
    pub completed_date: String,
    #[ts(type = "number | null")]
    #[serde(default)]
    pub skill_id: Option<i64>,
    #[ts(type = "number | null")]
    #[serde(default)]
    pub stretch_id: Option<i64>,
    /// A date of the plan's review cycle this milestone leads up to.
    #[ts(type = "number | null")]
    #[serde(default)]
    pub cycle_date_id: Option<i64>,
    #[serde(default)]
    pub evidence: String,
}

/// Words that name an observable result. A hint, not a rule: it only decides whether Cairn suggests
/// making a milestone measurable.
const OBSERVABLE: &[&str] = &[
    "%", "ship", "launch", "publish", "present", "deliver", "release", "migrate", "lead", "run", "write", "mentor",
    "demo", "complete", "reduce", "increase", "cut", "raise", "p95", "p99", "latency", "promot", "certif", "rfc",
    "agree", "sign-off", "hand ",
];

/// The SMART hints for a milestone's text and date.
pub fn smart_hints(title: &str, evidence: &str, due_date: Option<NaiveDate>) -> Vec<SmartHint> {
    let mut hints = Vec::new();
    if due_date.is_none() {
        hints.push(SmartHint::NoDate);
    }
    let text = format!("{title} {evidence}").to_lowercase();
    let measurable = text.chars().any(|c| c.is_ascii_digit()) || OBSERVABLE.iter().any(|w| text.contains(w));
    if !measurable {
        hints.push(SmartHint::NotMeasurable);
    }
    hints
}

struct ValidMilestone {
    title: String,
    due_date: Option<NaiveDate>,
    completed_date: Option<NaiveDate>,
    evidence: String,
}

impl MilestoneInput {
    fn validate(&self, today: NaiveDate) -> Result<ValidMilestone> {
        let title = required_line("title", "The title", &self.title, MILESTONE_TITLE_MAX)?;
        let due_date = optional_date("dueDate", "due date", &self.due_date)?;
        let mut completed_date = optional_date("completedDate", "completed date", &self.completed_date)?;
        if self.skill_id.is_some() && self.stretch_id.is_some() {
            return Err(Error::validation(
                "stretchId",
                "Link a milestone to a skill or to a stretch assignment, not both.",
            ));
        }
        match self.status {
            MilestoneStatus::Done => {
                let done_on = *completed_date.get_or_insert(today);
                if done_on > today {
                    return Err(Error::validation("completedDate", "The completed date cannot be in the future."));
                }
            }
            // Only a done milestone has a completed date; a reopened one loses it.
            _ => completed_date = None,
        }
        Ok(ValidMilestone {
            title,
            due_date,
            completed_date,
            evidence: optional_text("evidence", "The evidence", &self.evidence, MILESTONE_EVIDENCE_MAX)?,
        })
    }
}

const COLUMNS: &str = "id, plan_id, title, due_date, status, completed_date, skill_id, stretch_id, evidence, \
                       created_at, updated_at, (SELECT week FROM reflection WHERE id = reflection_id), cycle_date_id";

impl Store {
    fn milestone_from_row(&self, row: &Row<'_>) -> rusqlite::Result<Milestone> {
        let title: String = row.get(2)?;
        let due_date: Option<NaiveDate> = row.get(3)?;
        let status: MilestoneStatus = row.get(4)?;
        let evidence: String = row.get(8)?;
        let today = self.clock.today();
        Ok(Milestone {
            id: row.get(0)?,
            plan_id: row.get(1)?,
            overdue: status.is_open() && due_date.is_some_and(|d| d < today),
            smart_hints: smart_hints(&title, &evidence, due_date),
            title,
            due_date,
            status,
            completed_date: row.get(5)?,
            skill_id: row.get(6)?,
            stretch_id: row.get(7)?,
            evidence,
            created_at: row.get(9)?,
            updated_at: row.get(10)?,
            from_week: row.get(11)?,
            cycle_date_id: row.get(12)?,
        })
    }

    /// Checks that a linked skill or stretch assignment belongs to `plan_id`.
    fn check_milestone_links(&self, plan_id: i64, input: &MilestoneInput) -> Result<()> {
        if let Some(skill_id) = input.skill_id
            && !self.get_skill(skill_id).is_ok_and(|s| s.plan_id == plan_id)
        {
            return Err(Error::validation("skillId", "That skill is not part of this plan; pick one from its list."));
        }
        if let Some(stretch_id) = input.stretch_id
            && !self.get_stretch(stretch_id).is_ok_and(|s| s.plan_id == plan_id)
        {
            return Err(Error::validation(
                "stretchId",
                "That stretch assignment is not part of this plan; pick one from its list.",
            ));
        }
        if let Some(cycle_date_id) = input.cycle_date_id
            && !self.get_cycle_date(cycle_date_id).is_ok_and(|d| d.plan_id == plan_id)
        {
            return Err(Error::validation(
                "cycleDateId",
                "That date is not in this plan's review cycle; pick one from its list.",
            ));
        }
        Ok(())
    }

    /// Adds a milestone to a plan.
    pub fn create_milestone(&self, plan_id: i64, input: &MilestoneInput) -> Result<Milestone> {
        let v = input.validate(self.clock.today())?;
        self.require_plan(plan_id)?;
        self.check_milestone_links(plan_id, input)?;
        self.conn
            .execute(
                "INSERT INTO milestone (plan_id, title, due_date, status, completed_date, skill_id, stretch_id, \
                 evidence, created_at, updated_at, cycle_date_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10)",
                params![
                    plan_id,
                    v.title,
                    v.due_date,
                    input.status,
                    v.completed_date,
                    input.skill_id,
                    input.stretch_id,
                    v.evidence,
                    self.clock.now(),
                    input.cycle_date_id
                ],
            )
            .or_storage("save the milestone")?;
        self.get_milestone(self.conn.last_insert_rowid())
    }

    /// Replaces a milestone's fields.
    pub fn update_milestone(&self, id: i64, input: &MilestoneInput) -> Result<Milestone> {
        let v = input.validate(self.clock.today())?;
        let current = self.get_milestone(id)?;
        self.check_milestone_links(current.plan_id, input)?;
        self.conn
            .execute(
                "UPDATE milestone SET title = ?1, due_date = ?2, status = ?3, completed_date = ?4, skill_id = ?5, \
                 stretch_id = ?6, evidence = ?7, updated_at = ?8, cycle_date_id = ?10 WHERE id = ?9",
                params![
                    v.title,
                    v.due_date,
                    input.status,
                    v.completed_date,
                    input.skill_id,
                    input.stretch_id,
                    v.evidence,
                    self.clock.now(),
                    id,
                    input.cycle_date_id
                ],
            )
            .or_storage("save the milestone")?;
        self.get_milestone(id)
    }

    /// One milestone by id.
    pub fn get_milestone(&self, id: i64) -> Result<Milestone> {
        let sql = format!("SELECT {COLUMNS} FROM milestone WHERE id = ?1");
        self.conn
            .query_row(&sql, [id], |row| self.milestone_from_row(row))
            .optional()
            .or_storage("read the milestone")?
            .ok_or(Error::NotFound { what: "Milestone", id })
    }

    /// The plan's milestones in timeline order (undated last).
    pub fn list_milestones(&self, plan_id: i64) -> Result<Vec<Milestone>> {
        self.require_plan(plan_id)?;
        let sql = format!("SELECT {COLUMNS} FROM milestone WHERE plan_id = ?1 ORDER BY due_date IS NULL, due_date, id");
        let mut stmt = self.conn.prepare_cached(&sql).or_storage("read the milestones")?;
        let rows = stmt.query_map([plan_id], |row| self.milestone_from_row(row)).or_storage("read the milestones")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the milestones")
    }

    /// Deletes a milestone.
    pub fn delete_milestone(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("milestone", "Milestone", "delete the milestone", id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn smart_hint_flags_a_milestone_without_a_date_or_a_measurable_outcome() {
        assert_eq!(smart_hints("Get better at design", "", None), [SmartHint::NoDate, SmartHint::NotMeasurable]);
        assert_eq!(smart_hints("Cut p95 latency by 40%", "", None), [SmartHint::NoDate]);
        assert!(smart_hints("Present the RFC at architecture review", "", Some(d("2026-03-01"))).is_empty());
        assert_eq!(smart_hints("Be more visible", "", Some(d("2026-03-01"))), [SmartHint::NotMeasurable]);
    }

    fn input(status: MilestoneStatus, completed: &str) -> MilestoneInput {
        MilestoneInput {
            title: "Ship the search rewrite".into(),
            due_date: "2026-12-01".into(),
            status,
            completed_date: completed.into(),
            skill_id: None,
            stretch_id: None,
            cycle_date_id: None,
            evidence: String::new(),
        }
    }

    #[test]
    fn done_without_a_date_is_done_today_and_reopening_clears_the_date() {
        let today = d("2026-11-21");
        assert_eq!(input(MilestoneStatus::Done, "").validate(today).map(|v| v.completed_date).ok(), Some(Some(today)));
        let reopened = input(MilestoneStatus::InProgress, "2026-11-01").validate(today).map(|v| v.completed_date);
        assert_eq!(reopened.ok(), Some(None));
        let future = input(MilestoneStatus::Done, "2026-11-22").validate(today).err();
        assert_eq!(future.and_then(|e| e.field()), Some("completedDate"));
    }

    #[test]
    fn a_milestone_links_to_a_skill_or_a_stretch_not_both() {
        let mut both = input(MilestoneStatus::Planned, "");
        both.skill_id = Some(1);
        both.stretch_id = Some(2);
        assert_eq!(both.validate(d("2026-11-21")).err().and_then(|e| e.field()), Some("stretchId"));
    }
}
