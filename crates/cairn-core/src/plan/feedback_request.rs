//! Asking for feedback as a practice: a request names whom, about what (a skill, an expectation of
//! the plan's framework, a stretch assignment or a free question) and by when. Logging the answer
//! creates the feedback and links it to its request in one step; a request to someone is on the
//! agenda of the next one-on-one with them, and one falling due is a reminder like a check-in.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::dates::optional_date;
use crate::error::{Error, Result, StorageResultExt};
use crate::feedback::{Feedback, FeedbackInput};
use crate::ladder::{EvidenceInput, EvidenceKind};
use crate::store::Store;
use crate::text::required_line;
use crate::text_enum::text_enum;
use crate::undo::Deleted;

/// Longest free question, in characters.
pub const REQUEST_QUESTION_MAX: usize = 300;
/// Longest name of someone not on the map.
pub const REQUEST_NAME_MAX: usize = 120;

/// What the feedback is asked about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RequestAbout {
    Skill,
    Expectation,
    Stretch,
    Question,
}

text_enum!(RequestAbout { Skill => "skill", Expectation => "expectation", Stretch => "stretch", Question => "question" });

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    /// Not asked yet.
    ToAsk,
    /// Asked, waiting for the answer.
    Asked,
    Answered,
    Declined,
}

text_enum!(RequestStatus { ToAsk => "to_ask", Asked => "asked", Answered => "answered", Declined => "declined" });

impl RequestStatus {
    /// Still waiting on the person or on the giver: it can fall due.
    pub fn is_open(self) -> bool {
        matches!(self, RequestStatus::ToAsk | RequestStatus::Asked)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackRequest {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    #[ts(type = "number | null")]
    pub stakeholder_id: Option<i64>,
    /// Whom: the person's current name on the map, else the name typed.
    pub person: String,
    pub about: RequestAbout,
    #[ts(type = "number | null")]
    pub skill_id: Option<i64>,
    #[ts(type = "number | null")]
    pub expectation_id: Option<i64>,
    #[ts(type = "number | null")]
    pub stretch_id: Option<i64>,
    /// What it is about, in words: the skill's name, the expectation, the assignment or the question.
    pub topic: String,
    pub due_date: Option<NaiveDate>,
    pub status: RequestStatus,
    pub asked_on: Option<NaiveDate>,
    /// The answer, once logged.
    #[ts(type = "number | null")]
    pub feedback_id: Option<i64>,
    /// Open and its date has come.
    pub due: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackRequestInput {
    #[ts(type = "number | null")]
    #[serde(default)]
    pub stakeholder_id: Option<i64>,
    #[serde(default)]
    pub person_name: String,
    pub about: RequestAbout,
    #[ts(type = "number | null")]
    #[serde(default)]
    pub skill_id: Option<i64>,
    #[ts(type = "number | null")]
    #[serde(default)]
    pub expectation_id: Option<i64>,
    #[ts(type = "number | null")]
    #[serde(default)]
    pub stretch_id: Option<i64>,
    #[serde(default)]
    pub question: String,
    #[serde(default)]
    pub due_date: String,
    pub status: RequestStatus,
}

/// A request with the feedback just logged as its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AnsweredRequest {
    pub request: FeedbackRequest,
    pub feedback: Feedback,
}

/// How many requests are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RequestCounts {
    pub to_ask: u32,
    pub asked: u32,
    pub answered: u32,
    pub declined: u32,
}

/// The requests with their counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackRequests {
    pub items: Vec<FeedbackRequest>,
    pub counts: RequestCounts,
}

const COLUMNS: &str = "r.id, r.plan_id, r.stakeholder_id, coalesce(s.name, r.person_name), r.about, r.skill_id, \
                       r.expectation_id, r.stretch_id, \
                       coalesce(CASE r.about WHEN 'skill' THEN (SELECT name FROM skill WHERE id = r.skill_id) \
                                 WHEN 'stretch' THEN (SELECT title FROM stretch WHERE id = r.stretch_id) \
                                 WHEN 'expectation' THEN (SELECT text FROM expectation WHERE id = r.expectation_id) END, \
                                r.topic), \
                       r.due_date, r.status, r.asked_on, r.feedback_id, r.created_at, r.updated_at";
const FROM: &str = "feedback_request r LEFT JOIN stakeholder s ON s.id = r.stakeholder_id";

impl Store {
    fn request_from_row(&self, r: &Row<'_>) -> rusqlite::Result<FeedbackRequest> {
        let due_date: Option<NaiveDate> = r.get(9)?;
        let status: RequestStatus = r.get(10)?;
        Ok(FeedbackRequest {
            id: r.get(0)?,
            plan_id: r.get(1)?,
            stakeholder_id: r.get(2)?,
            person: r.get(3)?,
            about: r.get(4)?,
            skill_id: r.get(5)?,
            expectation_id: r.get(6)?,
            stretch_id: r.get(7)?,
            topic: r.get(8)?,
            due_date,
            status,
            asked_on: r.get(11)?,
            feedback_id: r.get(12)?,
            due: status.is_open() && due_date.is_some_and(|d| d <= self.clock.today()),
            created_at: r.get(13)?,
            updated_at: r.get(14)?,
        })
    }

    /// The words of what a request is about, checked to belong to the plan.
    fn request_topic(&self, plan_id: i64, input: &FeedbackRequestInput) -> Result<(String, [Option<i64>; 3])> {
        let one = |sql: &str, id: Option<i64>, field: &'static str, message: &str| -> Result<(String, i64)> {
            let id = id.ok_or_else(|| Error::validation(field, message))?;
            self.conn
                .query_row(sql, params![id, plan_id], |r| r.get(0))
                .optional()
                .or_storage("read the request's topic")?
                .map(|t: String| (t, id))
                .ok_or_else(|| Error::validation(field, message))
        };
        Ok(match input.about {
            RequestAbout::Skill => {
                let (t, id) = one(
                    "SELECT name FROM skill WHERE id = ?1 AND plan_id = ?2",
                    input.skill_id,
                    "skillId",
                    "Choose one of this plan's skills.",
                )?;
                (t, [Some(id), None, None])
            }
            RequestAbout::Expectation => {
                let (t, id) = one(
                    "SELECT e.text FROM expectation e JOIN framework_topic t ON t.id = e.topic_id \
                     JOIN plan_framework pf ON pf.framework_id = t.framework_id WHERE e.id = ?1 AND pf.plan_id = ?2",
                    input.expectation_id,
                    "expectationId",
                    "Choose an expectation of this plan's framework.",
                )?;
                (t, [None, Some(id), None])
            }
            RequestAbout::Stretch => {
                let (t, id) = one(
                    "SELECT title FROM stretch WHERE id = ?1 AND plan_id = ?2",
                    input.stretch_id,
                    "stretchId",
                    "Choose one of this plan's stretch assignments.",
                )?;
                (t, [None, None, Some(id)])
            }
            RequestAbout::Question => {
                (required_line("question", "The question", &input.question, REQUEST_QUESTION_MAX)?, [None, None, None])
            }
        })
    }

    fn request_person(&self, input: &FeedbackRequestInput) -> Result<String> {
        match input.stakeholder_id {
            Some(id) => self.get_stakeholder(id).map(|s| s.name).map_err(|_| {
                Error::validation("stakeholderId", "That person is not on your stakeholder map any more; pick another.")
            }),
            None => required_line("personName", "Whom to ask", &input.person_name, REQUEST_NAME_MAX),
        }
    }

    /// Records a request for feedback.
    pub fn create_feedback_request(&self, plan_id: i64, input: &FeedbackRequestInput) -> Result<FeedbackRequest> {
        self.require_plan(plan_id)?;
        if input.status == RequestStatus::Answered {
            return Err(Error::validation("status", "Log the answer from the request to mark it answered."));
        }
        let person = self.request_person(input)?;
        let (topic, [skill, expectation, stretch]) = self.request_topic(plan_id, input)?;
        let due = optional_date("dueDate", "date to have it by", &input.due_date)?;
        let asked_on = (input.status != RequestStatus::ToAsk).then(|| self.clock.today());
        self.conn
            .execute(
                "INSERT INTO feedback_request (plan_id, stakeholder_id, person_name, about, skill_id, expectation_id, \
                 stretch_id, topic, due_date, status, asked_on, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
                params![
                    plan_id,
                    input.stakeholder_id,
                    person,
                    input.about,
                    skill,
                    expectation,
                    stretch,
                    topic,
                    due,
                    input.status,
                    asked_on,
                    self.clock.now()
                ],
            )
            .or_storage("save the request")?;
        self.get_feedback_request(self.conn.last_insert_rowid())
    }

    /// Changes a request. Asking records the day; "answered" is reached by logging the answer.
    pub fn update_feedback_request(&self, id: i64, input: &FeedbackRequestInput) -> Result<FeedbackRequest> {
        let current = self.get_feedback_request(id)?;
        if input.status == RequestStatus::Answered && current.feedback_id.is_none() {
            return Err(Error::validation("status", "Log the answer from the request to mark it answered."));
        }
        let person = self.request_person(input)?;
        let (topic, [skill, expectation, stretch]) = self.request_topic(current.plan_id, input)?;
        let due = optional_date("dueDate", "date to have it by", &input.due_date)?;
        let asked_on = match input.status {
            RequestStatus::ToAsk => None,
            _ => Some(current.asked_on.unwrap_or_else(|| self.clock.today())),
        };
        self.conn
            .execute(
                "UPDATE feedback_request SET stakeholder_id = ?1, person_name = ?2, about = ?3, skill_id = ?4, \
                 expectation_id = ?5, stretch_id = ?6, topic = ?7, due_date = ?8, status = ?9, asked_on = ?10, \
                 updated_at = ?11 WHERE id = ?12",
                params![
                    input.stakeholder_id,
                    person,
                    input.about,
                    skill,
                    expectation,
                    stretch,
                    topic,
                    due,
                    input.status,
                    asked_on,
                    self.clock.now(),
                    id
                ],
            )
            .or_storage("save the request")?;
        self.get_feedback_request(id)
    }

    /// Logs the answer to a request: the feedback is created, linked to the request, and the
    /// request is answered, in one transaction. A request about an expectation of the plan's
    /// framework becomes evidence for it.
    pub fn answer_feedback_request(&self, id: i64, answer: &FeedbackInput) -> Result<AnsweredRequest> {
        let request = self.get_feedback_request(id)?;
        if request.feedback_id.is_some() {
            return Err(Error::validation("status", "This request has its answer already."));
        }
        let feedback = self.atomically("log the answer", || {
            let feedback = self.create_feedback(request.plan_id, answer)?;
            self.conn
                .execute(
                    "UPDATE feedback_request SET status = 'answered', feedback_id = ?1, \
                     asked_on = coalesce(asked_on, ?2), updated_at = ?3 WHERE id = ?4",
                    params![feedback.id, feedback.date, self.clock.now(), id],
                )
                .or_storage("log the answer")?;
            if let Some(expectation_id) = request.expectation_id
                && self.plan_ladder(request.plan_id)?.is_some()
            {
                self.link_evidence(
                    request.plan_id,
                    &EvidenceInput { expectation_id, kind: EvidenceKind::FeedbackRequest, ref_id: id },
                )?;
            }
            Ok(feedback)
        })?;
        Ok(AnsweredRequest { request: self.get_feedback_request(id)?, feedback: self.get_feedback(feedback.id)? })
    }

    pub fn get_feedback_request(&self, id: i64) -> Result<FeedbackRequest> {
        self.conn
            .query_row(&format!("SELECT {COLUMNS} FROM {FROM} WHERE r.id = ?1"), [id], |r| self.request_from_row(r))
            .optional()
            .or_storage("read the request")?
            .ok_or(Error::NotFound { what: "Feedback request", id })
    }

    /// The plan's requests: open ones first (soonest due first), then the rest newest first.
    pub fn list_feedback_requests(&self, plan_id: i64) -> Result<FeedbackRequests> {
        self.require_plan(plan_id)?;
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM {FROM} WHERE r.plan_id = ?1 \
                 ORDER BY r.status NOT IN ('to_ask', 'asked'), \
                 CASE WHEN r.status IN ('to_ask', 'asked') THEN coalesce(r.due_date, '9999') END, \
                 r.updated_at DESC, r.id DESC"
            ))
            .or_storage("read the requests")?;
        let items = stmt
            .query_map([plan_id], |r| self.request_from_row(r))
            .or_storage("read the requests")?
            .collect::<rusqlite::Result<Vec<_>>>()
            .or_storage("read the requests")?;
        let mut counts = RequestCounts::default();
        for r in &items {
            match r.status {
                RequestStatus::ToAsk => counts.to_ask += 1,
                RequestStatus::Asked => counts.asked += 1,
                RequestStatus::Answered => counts.answered += 1,
                RequestStatus::Declined => counts.declined += 1,
            }
        }
        Ok(FeedbackRequests { items, counts })
    }

    /// Open requests to one person, for the one-on-one's agenda.
    pub(crate) fn open_requests_to(&self, plan_id: i64, stakeholder_id: i64) -> Result<Vec<FeedbackRequest>> {
        Ok(self
            .list_feedback_requests(plan_id)?
            .items
            .into_iter()
            .filter(|r| r.status.is_open() && r.stakeholder_id == Some(stakeholder_id))
            .collect())
    }

    pub fn delete_feedback_request(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("feedback_request", "Feedback request", "delete the request", id)
    }
}
