//! Feedback the person gives: in code reviews, design reviews, peer reviews. Giving good feedback
//! is leadership, and a record of it is evidence. The notes are private.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::feedback::FeedbackKind;
use crate::store::Store;
use crate::text::{optional_text, required_line};
use crate::text_enum::text_enum;
use crate::undo::Deleted;
use crate::window::parse_date;

pub const GIVEN_ABOUT_MAX: usize = 200;
pub const GIVEN_NOTES_MAX: usize = 4000;
pub const GIVEN_NAME_MAX: usize = 120;

/// Where the feedback was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GivenContext {
    CodeReview,
    DesignReview,
    PeerReview,
    Other,
}

text_enum!(GivenContext {
    CodeReview => "code_review",
    DesignReview => "design_review",
    PeerReview => "peer_review",
    Other => "other",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackGiven {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    #[ts(type = "number | null")]
    pub stakeholder_id: Option<i64>,
    /// To whom: the person's current name on the map, else the name typed.
    pub to: String,
    pub date: NaiveDate,
    pub context: GivenContext,
    pub kind: FeedbackKind,
    /// What it was about, in a line (shown in documents).
    pub about: String,
    /// Private.
    pub notes: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackGivenInput {
    pub date: String,
    #[ts(type = "number | null")]
    #[serde(default)]
    pub stakeholder_id: Option<i64>,
    #[serde(default)]
    pub person_name: String,
    pub context: GivenContext,
    pub kind: FeedbackKind,
    pub about: String,
    #[serde(default)]
    pub notes: String,
}

const COLUMNS: &str = "g.id, g.plan_id, g.stakeholder_id, coalesce(s.name, g.person_name), g.date, g.context, g.kind, \
                       g.about, g.notes, g.created_at, g.updated_at";
const FROM: &str = "feedback_given g LEFT JOIN stakeholder s ON s.id = g.stakeholder_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<FeedbackGiven> {
    Ok(FeedbackGiven {
        id: r.get(0)?,
        plan_id: r.get(1)?,
        stakeholder_id: r.get(2)?,
        to: r.get(3)?,
        date: r.get(4)?,
        context: r.get(5)?,
        kind: r.get(6)?,
        about: r.get(7)?,
        notes: r.get(8)?,
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

impl Store {
    fn valid_given(&self, input: &FeedbackGivenInput) -> Result<(NaiveDate, String, String, String)> {
        let date = parse_date("date", "date", &input.date)?;
        if date > self.clock.today() {
            return Err(Error::validation("date", "Feedback is logged once it was given; the date is in the future."));
        }
        let person = match input.stakeholder_id {
            Some(id) => self.get_stakeholder(id).map(|s| s.name).map_err(|_| {
                Error::validation("stakeholderId", "That person is not on your stakeholder map any more; pick another.")
            })?,
            None => required_line("personName", "To whom", &input.person_name, GIVEN_NAME_MAX)?,
        };
        Ok((
            date,
            person,
            required_line("about", "What it was about", &input.about, GIVEN_ABOUT_MAX)?,
            optional_text("notes", "The notes", &input.notes, GIVEN_NOTES_MAX)?,
        ))
    }

    pub fn create_feedback_given(&self, plan_id: i64, input: &FeedbackGivenInput) -> Result<FeedbackGiven> {
        self.require_plan(plan_id)?;
        let (date, person, about, notes) = self.valid_given(input)?;
        self.conn
            .execute(
                "INSERT INTO feedback_given (plan_id, stakeholder_id, person_name, date, context, kind, about, notes, \
                 created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![
                    plan_id,
                    input.stakeholder_id,
                    person,
                    date,
                    input.context,
                    input.kind,
                    about,
                    notes,
                    self.clock.now()
                ],
            )
            .or_storage("save the feedback you gave")?;
        self.get_feedback_given(self.conn.last_insert_rowid())
    }

    pub fn update_feedback_given(&self, id: i64, input: &FeedbackGivenInput) -> Result<FeedbackGiven> {
        self.get_feedback_given(id)?;
        let (date, person, about, notes) = self.valid_given(input)?;
        self.conn
            .execute(
                "UPDATE feedback_given SET stakeholder_id = ?1, person_name = ?2, date = ?3, context = ?4, kind = ?5, \
                 about = ?6, notes = ?7, updated_at = ?8 WHERE id = ?9",
                params![
                    input.stakeholder_id,
                    person,
                    date,
                    input.context,
                    input.kind,
                    about,
                    notes,
                    self.clock.now(),
                    id
                ],
            )
            .or_storage("save the feedback you gave")?;
        self.get_feedback_given(id)
    }

    pub fn get_feedback_given(&self, id: i64) -> Result<FeedbackGiven> {
        self.conn
            .query_row(&format!("SELECT {COLUMNS} FROM {FROM} WHERE g.id = ?1"), [id], from_row)
            .optional()
            .or_storage("read the feedback you gave")?
            .ok_or(Error::NotFound { what: "Feedback given", id })
    }

    /// The feedback the person gave in this plan, newest first.
    pub fn list_feedback_given(&self, plan_id: i64) -> Result<Vec<FeedbackGiven>> {
        self.require_plan(plan_id)?;
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM {FROM} WHERE g.plan_id = ?1 ORDER BY g.date DESC, g.id DESC"
            ))
            .or_storage("read the feedback you gave")?;
        let rows = stmt.query_map([plan_id], from_row).or_storage("read the feedback you gave")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the feedback you gave")
    }

    pub fn delete_feedback_given(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("feedback_given", "Feedback given", "delete the feedback you gave", id)
    }
}
