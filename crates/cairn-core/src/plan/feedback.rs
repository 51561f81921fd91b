//! Feedback received: who said it and when, praise or constructive, what was said, and what the
//! person does about it. Open feedback is something to discuss in the next one-on-one.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::page::PageRequest;
use crate::store::Store;
use crate::text::{optional_text, required_line};
use crate::text_enum::text_enum;
use crate::undo::Deleted;
use crate::window::parse_date;

/// Longest "what was said", in characters.
pub const FEEDBACK_SAID_MAX: usize = 4000;
/// Longest "what I will do about it", in characters.
pub const FEEDBACK_RESPONSE_MAX: usize = 2000;
/// Longest free-text name of the giver, in characters.
pub const FEEDBACK_FROM_MAX: usize = 120;

/// Praise or constructive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackKind {
    Praise,
    Constructive,
}

text_enum!(FeedbackKind { Praise => "praise", Constructive => "constructive" });

/// What the person has done with the feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackStatus {
    /// Not acted on yet: worth discussing.
    Open,
    /// Being worked on.
    Acting,
    /// Done with.
    Resolved,
}

text_enum!(FeedbackStatus { Open => "open", Acting => "acting", Resolved => "resolved" });

/// A stored piece of feedback. `from` is the stakeholder's current name when linked, else the name
/// kept when it was logged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Feedback {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    pub date: NaiveDate,
    #[ts(type = "number | null")]
    pub stakeholder_id: Option<i64>,
    pub from: String,
    pub kind: FeedbackKind,
    pub said: String,
    /// What the person will do, or did, about it.
    pub response: String,
    pub status: FeedbackStatus,
    /// The person may quote it word for word (in the self-review); else they paraphrase it or
    /// leave it out.
    pub quotable: bool,
    /// The week of the reflection this was made from (`2026-W49`), if it was.
    pub from_week: Option<String>,
    /// What the person asked about, when this answers one of their feedback requests.
    pub answers: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// How much of the plan's feedback is in each state, for the filter buttons.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackCounts {
    pub all: u32,
    pub open: u32,
    pub acting: u32,
    pub resolved: u32,
}

/// A page of the plan's feedback, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackPage {
    pub items: Vec<Feedback>,
    /// How many the status filter keeps, on this page and the others.
    pub matching: u32,
    pub counts: FeedbackCounts,
}

/// What a person fills in for feedback: a stakeholder or a free name (one of the two).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackInput {
    pub date: String,
    #[ts(type = "number | null")]
    #[serde(default)]
    pub stakeholder_id: Option<i64>,
    #[serde(default)]
    pub from_name: String,
    pub kind: FeedbackKind,
    pub said: String,
    #[serde(default)]
    pub response: String,
    pub status: FeedbackStatus,
    #[serde(default)]
    pub quotable: bool,
}

struct ValidFeedback {
    date: NaiveDate,
    from_name: String,
    said: String,
    response: String,
}

impl FeedbackInput {
    fn validate(&self, today: NaiveDate) -> Result<ValidFeedback> {
        let date = parse_date("date", "date", &self.date)?;
        if date > today {
            return Err(Error::validation("date", "Feedback is logged once it was given; the date is in the future."));
        }
        let from_name = if self.stakeholder_id.is_some() {
            String::new()
        } else {
            required_line("fromName", "Who gave it", &self.from_name, FEEDBACK_FROM_MAX)?
        };
        let said = optional_text("said", "What was said", &self.said, FEEDBACK_SAID_MAX)?;
        if said.is_empty() {
            return Err(Error::validation("said", "Write down what was said, in their words if you can."));
        }
        Ok(ValidFeedback {
            date,
            from_name,
            said,
            response: optional_text("response", "What you will do", &self.response, FEEDBACK_RESPONSE_MAX)?,
        })
    }
}

const COLUMNS: &str = "f.id, f.plan_id, f.date, f.stakeholder_id, coalesce(s.name, f.from_name), f.kind, f.said, \
                       f.response, f.status, f.created_at, f.updated_at, \
                       (SELECT week FROM reflection WHERE id = f.reflection_id), \
                       (SELECT topic FROM feedback_request WHERE feedback_id = f.id ORDER BY id LIMIT 1), f.quotable";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Feedback> {
    Ok(Feedback {
        id: row.get(0)?,
        plan_id: row.get(1)?,
        date: row.get(2)?,
        stakeholder_id: row.get(3)?,
        from: row.get(4)?,
        kind: row.get(5)?,
        said: row.get(6)?,
        response: row.get(7)?,
        status: row.get(8)?,
        created_at: row.get(9)?,
        updated_at: row.get(10)?,
        from_week: row.get(11)?,
        answers: row.get(12)?,
        quotable: row.get(13)?,
    })
}

impl Store {
    /// The name to keep with the feedback: the stakeholder's (so it survives their removal from
    /// the map), else the free name typed.
    fn giver_name(&self, input: &FeedbackInput, typed: String) -> Result<String> {
        match input.stakeholder_id {
            Some(id) => self.get_stakeholder(id).map(|s| s.name).map_err(|_| {
                Error::validation("stakeholderId", "That person is not on your stakeholder map any more; pick another.")
            }),
            None => Ok(typed),
        }
    }

    /// Logs feedback received.
    pub fn create_feedback(&self, plan_id: i64, input: &FeedbackInput) -> Result<Feedback> {
        let v = input.validate(self.clock.today())?;
        self.require_plan(plan_id)?;
        let from_name = self.giver_name(input, v.from_name)?;
        self.conn
            .execute(
                "INSERT INTO feedback (plan_id, date, stakeholder_id, from_name, kind, said, response, status, \
                 created_at, updated_at, quotable) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10)",
                params![
                    plan_id,
                    v.date,
                    input.stakeholder_id,
                    from_name,
                    input.kind,
                    v.said,
                    v.response,
                    input.status,
                    self.clock.now(),
                    input.quotable
                ],
            )
            .or_storage("save the feedback")?;
        self.get_feedback(self.conn.last_insert_rowid())
    }

    /// Replaces a piece of feedback.
    pub fn update_feedback(&self, id: i64, input: &FeedbackInput) -> Result<Feedback> {
        let v = input.validate(self.clock.today())?;
        let from_name = self.giver_name(input, v.from_name)?;
        let changed = self
            .conn
            .execute(
                "UPDATE feedback SET date = ?1, stakeholder_id = ?2, from_name = ?3, kind = ?4, said = ?5, \
                 response = ?6, status = ?7, updated_at = ?8, quotable = ?10 WHERE id = ?9",
                params![
                    v.date,
                    input.stakeholder_id,
                    from_name,
                    input.kind,
                    v.said,
                    v.response,
                    input.status,
                    self.clock.now(),
                    id,
                    input.quotable
                ],
            )
            .or_storage("save the feedback")?;
        if changed == 0 {
            return Err(Error::NotFound { what: "Feedback", id });
        }
        self.get_feedback(id)
    }

    /// One piece of feedback by id.
    pub fn get_feedback(&self, id: i64) -> Result<Feedback> {
        let sql = format!(
            "SELECT {COLUMNS} FROM feedback f LEFT JOIN stakeholder s ON s.id = f.stakeholder_id WHERE f.id = ?1"
        );
        self.conn
            .query_row(&sql, [id], from_row)
            .optional()
            .or_storage("read the feedback")?
            .ok_or(Error::NotFound { what: "Feedback", id })
    }

    /// The plan's feedback, newest first.
    pub fn list_feedback(&self, plan_id: i64) -> Result<Vec<Feedback>> {
        self.require_plan(plan_id)?;
        let sql = format!(
            "SELECT {COLUMNS} FROM feedback f LEFT JOIN stakeholder s ON s.id = f.stakeholder_id \
             WHERE f.plan_id = ?1 ORDER BY f.date DESC, f.id DESC"
        );
        let mut stmt = self.conn.prepare_cached(&sql).or_storage("read the feedback")?;
        let rows = stmt.query_map([plan_id], from_row).or_storage("read the feedback")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the feedback")
    }

    /// A page of the plan's feedback, newest first; with `status`, only the feedback in that state.
    pub fn list_feedback_page(
        &self,
        plan_id: i64,
        status: Option<FeedbackStatus>,
        page: &PageRequest,
    ) -> Result<FeedbackPage> {
        page.checked_limit()?;
        self.require_plan(plan_id)?;
        let mut counts = FeedbackCounts::default();
        {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT status, count(*) FROM feedback WHERE plan_id = ?1 GROUP BY status")
                .or_storage("count the feedback")?;
            let rows = stmt
                .query_map([plan_id], |r| Ok((r.get::<_, FeedbackStatus>(0)?, r.get::<_, u32>(1)?)))
                .or_storage("count the feedback")?;
            for row in rows {
                let (s, n) = row.or_storage("count the feedback")?;
                match s {
                    FeedbackStatus::Open => counts.open = n,
                    FeedbackStatus::Acting => counts.acting = n,
                    FeedbackStatus::Resolved => counts.resolved = n,
                }
                counts.all += n;
            }
        }
        let matching = match status {
            None => counts.all,
            Some(FeedbackStatus::Open) => counts.open,
            Some(FeedbackStatus::Acting) => counts.acting,
            Some(FeedbackStatus::Resolved) => counts.resolved,
        };
        let position = match page.through {
            Some(id) => match self.get_feedback(id) {
                // Its place in the list: how much of the kept feedback comes before it.
                Ok(f) if f.plan_id == plan_id && status.is_none_or(|s| s == f.status) => Some(
                    self.conn
                        .prepare_cached(
                            "SELECT count(*) FROM feedback WHERE plan_id = ?1 AND (?2 IS NULL OR status = ?2) \
                             AND (date > ?3 OR (date = ?3 AND id > ?4))",
                        )
                        .and_then(|mut stmt| stmt.query_row(params![plan_id, status, f.date, id], |r| r.get(0)))
                        .or_storage("count the feedback")?,
                ),
                Ok(_) | Err(Error::NotFound { .. }) => None,
                Err(e) => return Err(e),
            },
            None => None,
        };
        let limit = page.limit_through(position)?;
        let sql = format!(
            "SELECT {COLUMNS} FROM feedback f LEFT JOIN stakeholder s ON s.id = f.stakeholder_id \
             WHERE f.plan_id = ?1 AND (?2 IS NULL OR f.status = ?2) ORDER BY f.date DESC, f.id DESC LIMIT ?3 OFFSET ?4"
        );
        let mut stmt = self.conn.prepare_cached(&sql).or_storage("read the feedback")?;
        let rows =
            stmt.query_map(params![plan_id, status, limit, page.offset], from_row).or_storage("read the feedback")?;
        let items = rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the feedback")?;
        Ok(FeedbackPage { items, matching, counts })
    }

    /// The plan's open feedback given on or before `until`, newest first (the agenda's; done and
    /// dropped feedback, most of it after a year, is not read).
    pub(crate) fn open_feedback_until(&self, plan_id: i64, until: NaiveDate) -> Result<Vec<Feedback>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM feedback f LEFT JOIN stakeholder s ON s.id = f.stakeholder_id \
             WHERE f.plan_id = ?1 AND f.status = 'open' AND f.date <= ?2 ORDER BY f.date DESC, f.id DESC"
        );
        let mut stmt = self.conn.prepare_cached(&sql).or_storage("read the feedback")?;
        let rows = stmt.query_map(rusqlite::params![plan_id, until], from_row).or_storage("read the feedback")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the feedback")
    }

    /// Deletes a piece of feedback.
    pub fn delete_feedback(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("feedback", "Feedback", "delete the feedback", id)
    }
}
