//! Stretch assignments: projects outside the comfort zone that exercise named skills, with a
//! sponsor, dates, risks and, in the end, an outcome.

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
pub const STRETCH_TITLE_MAX: usize = 200;
/// Longest description or outcome, in characters.
pub const STRETCH_TEXT_MAX: usize = 4000;
/// Longest risks note, in characters.
pub const STRETCH_RISKS_MAX: usize = 2000;

/// Where a stretch assignment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StretchStatus {
    Proposed,
    Agreed,
    InProgress,
    Done,
    Dropped,
}

text_enum!(StretchStatus {
    Proposed => "proposed",
    Agreed => "agreed",
    InProgress => "in_progress",
    Done => "done",
    Dropped => "dropped",
});

/// A stored stretch assignment with the skills it exercises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Stretch {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    pub title: String,
    pub description: String,
    #[ts(type = "number | null")]
    pub sponsor_id: Option<i64>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub status: StretchStatus,
    pub risks: String,
    pub outcome: String,
    /// Ids of the plan's skills this assignment exercises, ascending.
    #[ts(type = "number[]")]
    pub skill_ids: Vec<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a person fills in for a stretch assignment. Empty dates mean "not set".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StretchInput {
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[ts(type = "number | null")]
    #[serde(default)]
    pub sponsor_id: Option<i64>,
    #[serde(default)]
    pub start_date: String,
    #[serde(default)]
    pub end_date: String,
    pub status: StretchStatus,
    #[serde(default)]
    pub risks: String,
    #[serde(default)]
    pub outcome: String,
    #[ts(type = "number[]")]
    #[serde(default)]
    pub skill_ids: Vec<i64>,
}

struct ValidStretch {
    title: String,
    description: String,
    start_date: Option<NaiveDate>,
    end_date: Option<NaiveDate>,
    risks: String,
    outcome: String,
    skill_ids: Vec<i64>,
}

impl StretchInput {
    fn validate(&self) -> Result<ValidStretch> {
        let title = required_line("title", "The title", &self.title, STRETCH_TITLE_MAX)?;
        let description = optional_text("description", "The description", &self.description, STRETCH_TEXT_MAX)?;
        let start_date = optional_date("startDate", "start date", &self.start_date)?;
        let end_date = optional_date("endDate", "end date", &self.end_date)?;
        if let (Some(start), Some(end)) = (start_date, end_date)
            && end < start
        {
            return Err(Error::validation("endDate", "The end date must not be before the start date."));
        }
        let mut skill_ids = self.skill_ids.clone();
        skill_ids.sort_unstable();
        skill_ids.dedup();
        Ok(ValidStretch {
            title,
            description,
            start_date,
            end_date,
            risks: optional_text("risks", "The risks", &self.risks, STRETCH_RISKS_MAX)?,
            outcome: optional_text("outcome", "The outcome", &self.outcome, STRETCH_TEXT_MAX)?,
            skill_ids,
        })
    }
}

const COLUMNS: &str = "id, plan_id, title, description, sponsor_id, start_date, end_date, status, risks, outcome, \
                       created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Stretch> {
    Ok(Stretch {
        id: row.get(0)?,
        plan_id: row.get(1)?,
        title: row.get(2)?,
        description: row.get(3)?,
        sponsor_id: row.get(4)?,
        start_date: row.get(5)?,
        end_date: row.get(6)?,
        status: row.get(7)?,
        risks: row.get(8)?,
        outcome: row.get(9)?,
        skill_ids: Vec::new(),
        created_at: row.get(10)?,
        updated_at: row.get(11)?,
    })
}

impl Store {
    /// Checks that the sponsor exists and every linked skill belongs to `plan_id`.
    fn check_stretch_links(&self, plan_id: i64, input: &StretchInput, skill_ids: &[i64]) -> Result<()> {
        if let Some(sponsor) = input.sponsor_id {
            self.get_stakeholder(sponsor).map_err(|_| {
                Error::validation("sponsorId", "The sponsor is not on your stakeholder map any more; choose another.")
            })?;
        }
        self.check_plan_skills(plan_id, skill_ids)
    }

    /// Adds a stretch assignment and its skill links in one transaction.
    pub fn create_stretch(&self, plan_id: i64, input: &StretchInput) -> Result<Stretch> {
        let v = input.validate()?;
        self.require_plan(plan_id)?;
        self.check_stretch_links(plan_id, input, &v.skill_ids)?;
        let id = self.atomically("save the assignment", || {
            self.conn.execute(
            "INSERT INTO stretch (plan_id, title, description, sponsor_id, start_date, end_date, status, risks, \
             outcome, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
            params![
                plan_id,
                v.title,
                v.description,
                input.sponsor_id,
                v.start_date,
                v.end_date,
                input.status,
                v.risks,
                v.outcome,
                self.clock.now()
            ],
        )
        .or_storage("save the assignment")?;
            let id = self.conn.last_insert_rowid();
            self.replace_skill_links("stretch_skill", "stretch_id", id, &v.skill_ids)?;
            Ok(id)
        })?;
        self.get_stretch(id)
    }

    /// Replaces a stretch assignment's fields and skill links in one transaction.
    pub fn update_stretch(&self, id: i64, input: &StretchInput) -> Result<Stretch> {
        let v = input.validate()?;
        let current = self.get_stretch(id)?;
        self.check_stretch_links(current.plan_id, input, &v.skill_ids)?;
        self.atomically("save the assignment", || {
            self.conn
                .execute(
                    "UPDATE stretch SET title = ?1, description = ?2, sponsor_id = ?3, start_date = ?4, end_date = ?5, \
             status = ?6, risks = ?7, outcome = ?8, updated_at = ?9 WHERE id = ?10",
                    params![
                        v.title,
                        v.description,
                        input.sponsor_id,
                        v.start_date,
                        v.end_date,
                        input.status,
                        v.risks,
                        v.outcome,
                        self.clock.now(),
                        id
                    ],
                )
                .or_storage("save the assignment")?;
            self.replace_skill_links("stretch_skill", "stretch_id", id, &v.skill_ids)?;
            Ok(())
        })?;
        self.get_stretch(id)
    }

    /// One stretch assignment with its skills.
    pub fn get_stretch(&self, id: i64) -> Result<Stretch> {
        let sql = format!("SELECT {COLUMNS} FROM stretch WHERE id = ?1");
        let mut stretch = self
            .conn
            .query_row(&sql, [id], from_row)
            .optional()
            .or_storage("read the assignment")?
            .ok_or(Error::NotFound { what: "Stretch assignment", id })?;
        stretch.skill_ids = self.linked_skill_ids("stretch_skill", "stretch_id", id)?;
        Ok(stretch)
    }

    /// The plan's stretch assignments, earliest start first (undated last).
    pub fn list_stretches(&self, plan_id: i64) -> Result<Vec<Stretch>> {
        self.require_plan(plan_id)?;
        let sql =
            format!("SELECT {COLUMNS} FROM stretch WHERE plan_id = ?1 ORDER BY start_date IS NULL, start_date, id");
        let mut stmt = self.conn.prepare_cached(&sql).or_storage("read the assignments")?;
        let rows = stmt.query_map([plan_id], from_row).or_storage("read the assignments")?;
        let mut list = rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the assignments")?;
        let mut links = self.linked_skill_ids_in_plan("stretch_skill", "stretch_id", "stretch", plan_id)?;
        for stretch in &mut list {
            stretch.skill_ids = links.remove(&stretch.id).unwrap_or_default();
        }
        Ok(list)
    }

    /// Deletes a stretch assignment; milestones linked to it keep their place, unlinked.
    pub fn delete_stretch(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("stretch", "Stretch assignment", "delete the assignment", id)
    }
}
