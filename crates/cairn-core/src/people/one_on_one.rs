//! One-on-ones: a meeting with one person on a date. Creating one generates its agenda from the
//! plan (see `agenda.rs`) and carries over whatever was left unfinished last time with that person,
//! all in one transaction. Notes, agenda items and action items are edited afterwards.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::agenda::{self, AGENDA_TEXT_MAX, AgendaDraft, AgendaInput, AgendaSource, Unfinished};
use crate::dates::{optional_date, optional_time};
use crate::error::{Error, Result, StorageResultExt};
use crate::stakeholder::Stakeholder;
use crate::store::Store;
use crate::text::{optional_text, required_line};
use crate::text_enum::text_enum;
use crate::undo::Deleted;
use crate::window::parse_date;

/// Longest meeting notes, in characters.
pub const ONE_ON_ONE_NOTES_MAX: usize = 20_000;
/// Longest action-item owner, in characters.
pub const ACTION_OWNER_MAX: usize = 120;

/// Where an action item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ActionItemStatus {
    Open,
    Done,
    Dropped,
}

text_enum!(ActionItemStatus { Open => "open", Done => "done", Dropped => "dropped" });

/// One agenda item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AgendaItem {
    #[ts(type = "number")]
    pub id: i64,
    pub source: AgendaSource,
    pub text: String,
    pub done: bool,
    #[ts(type = "number | null")]
    pub carried_from: Option<i64>,
}

/// One action item: something someone will do after the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionItem {
    #[ts(type = "number")]
    pub id: i64,
    pub text: String,
    /// Who does it ("me", a name); empty when not decided.
    pub owner: String,
    pub status: ActionItemStatus,
    pub due_date: Option<NaiveDate>,
    #[ts(type = "number | null")]
    pub carried_from: Option<i64>,
}

/// A stored one-on-one with its agenda and action items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OneOnOne {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    #[ts(type = "number | null")]
    pub stakeholder_id: Option<i64>,
    /// The person's current name, or the one kept if they left the stakeholder map.
    pub with_name: String,
    pub date: NaiveDate,
    /// The time of day it starts (`10:30`), when set.
    pub time: Option<String>,
    pub notes: String,
    pub agenda: Vec<AgendaItem>,
    pub actions: Vec<ActionItem>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a meeting with someone would start with (see [`Store::agenda_for`]).
#[derive(Debug, Clone)]
pub struct AgendaPreview {
    pub person: Stakeholder,
    /// The day of the previous one-on-one with them in this plan, if any.
    pub previous: Option<NaiveDate>,
    pub agenda: Vec<AgendaDraft>,
    /// Open action items of the previous meeting, carried into the next one.
    pub carried_actions: Vec<ActionItem>,
}

/// Starts a one-on-one: with whom, on which day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewOneOnOne {
    #[ts(type = "number")]
    pub stakeholder_id: i64,
    pub date: String,
    /// `10:30`, or empty for a meeting without a set time.
    #[serde(default)]
    pub time: String,
}

/// The editable fields of a one-on-one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OneOnOneInput {
    pub date: String,
    /// `10:30`, or empty for a meeting without a set time.
    #[serde(default)]
    pub time: String,
    #[serde(default)]
    pub notes: String,
}

/// An agenda item as typed or ticked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AgendaItemInput {
    pub text: String,
    #[serde(default)]
    pub done: bool,
}

/// An action item as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionItemInput {
    pub text: String,
    #[serde(default)]
    pub owner: String,
    pub status: ActionItemStatus,
    #[serde(default)]
    pub due_date: String,
}

fn item_text(value: &str) -> Result<String> {
    required_line("text", "The item", value, AGENDA_TEXT_MAX)
}

const COLUMNS: &str = "o.id, o.plan_id, o.stakeholder_id, coalesce(s.name, o.with_name), o.date, o.notes, \
                       o.created_at, o.updated_at, o.time";

fn meeting_from_row(row: &Row<'_>) -> rusqlite::Result<OneOnOne> {
    Ok(OneOnOne {
        id: row.get(0)?,
        plan_id: row.get(1)?,
        stakeholder_id: row.get(2)?,
        with_name: row.get(3)?,
        date: row.get(4)?,
        notes: row.get(5)?,
        agenda: Vec::new(),
        actions: Vec::new(),
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
        time: row.get(8)?,
    })
}

fn action_from_row(row: &Row<'_>) -> rusqlite::Result<ActionItem> {
    Ok(ActionItem {
        id: row.get(0)?,
        text: row.get(1)?,
        owner: row.get(2)?,
        status: row.get(3)?,
        due_date: row.get(4)?,
        carried_from: row.get(5)?,
    })
}

impl Store {
    /// What a one-on-one with `stakeholder_id` on `date` starts with, without storing anything:
    /// the agenda generated from the plan and what the previous meeting with them left open. The
    /// one-on-one brief uses it for a meeting not started yet.
    pub fn agenda_for(&self, plan_id: i64, stakeholder_id: i64, date: NaiveDate) -> Result<AgendaPreview> {
        let plan = self.get_plan(plan_id)?;
        let person = self
            .get_stakeholder(stakeholder_id)
            .map_err(|_| Error::validation("stakeholderId", "Choose someone from your stakeholder map to meet."))?;
        let previous: Option<(i64, NaiveDate)> = self
            .conn
            .query_row(
                "SELECT id, date FROM one_on_one WHERE plan_id = ?1 AND stakeholder_id = ?2 AND date < ?3 \
                 ORDER BY date DESC, id DESC LIMIT 1",
                params![plan_id, person.id, date],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .or_storage("find the previous one-on-one")?;
        let (unfinished, carried_actions) = match previous {
            Some((id, _)) => (self.unfinished_agenda(id)?, self.open_actions(id)?),
            None => (Vec::new(), Vec::new()),
        };
        let since = previous.map_or(plan.start_date, |(_, d)| d);
        // Read only the rows the agenda can use (years of wins and closed feedback are not).
        let first_new_day = if previous.is_some() { since.succ_opt().unwrap_or(since) } else { since };
        let milestones = self.list_milestones(plan_id)?;
        let wins = self.wins_between_unlinked(plan_id, first_new_day, date)?;
        let feedback = self.open_feedback_until(plan_id, date)?;
        let stakeholders = self.list_stakeholders()?;
        let requests = self.open_requests_to(plan_id, person.id)?;
        let agenda = agenda::generate(&AgendaInput {
            date,
            stakeholder_id: Some(person.id),
            since,
            met_before: previous.is_some(),
            milestones: &milestones,
            wins: &wins,
            feedback: &feedback,
            stakeholders: &stakeholders,
            unfinished: &unfinished,
            requests: &requests,
        });
        Ok(AgendaPreview { person, previous: previous.map(|(_, d)| d), agenda, carried_actions })
    }

    /// Starts a one-on-one with a generated agenda. Unfinished agenda items and open action items of
    /// the previous meeting with the same person (before `date`) are carried over.
    pub fn create_one_on_one(&self, plan_id: i64, input: &NewOneOnOne) -> Result<OneOnOne> {
        let date = parse_date("date", "date", &input.date)?;
        let time = optional_time("time", &input.time)?;
        let AgendaPreview { person, agenda: drafts, carried_actions: open_actions, .. } =
            self.agenda_for(plan_id, input.stakeholder_id, date)?;

        let now = self.clock.now();
        let id = self.atomically("start the one-on-one", || {
            self.conn
                .execute(
                    "INSERT INTO one_on_one (plan_id, stakeholder_id, with_name, date, notes, created_at, updated_at, \
                     time) VALUES (?1, ?2, ?3, ?4, '', ?5, ?5, ?6)",
                    params![plan_id, person.id, person.name, date, now, time],
                )
                .or_storage("start the one-on-one")?;
            let id = self.conn.last_insert_rowid();
            for (position, draft) in drafts.iter().enumerate() {
                self.conn
                    .execute(
                        "INSERT INTO agenda_item (one_on_one_id, position, source, text, done, carried_from) \
                 VALUES (?1, ?2, ?3, ?4, 0, ?5)",
                        params![id, position as i64 + 1, draft.source, draft.text, draft.carried_from],
                    )
                    .or_storage("write the agenda")?;
            }
            for action in &open_actions {
                self.conn
                    .execute(
                        "INSERT INTO action_item (one_on_one_id, text, owner, status, due_date, carried_from) \
                 VALUES (?1, ?2, ?3, 'open', ?4, ?5)",
                        params![id, action.text, action.owner, action.due_date, action.id],
                    )
                    .or_storage("carry over the action items")?;
            }
            Ok(id)
        })?;
        self.get_one_on_one(id)
    }

    fn unfinished_agenda(&self, one_on_one_id: i64) -> Result<Vec<Unfinished>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, text FROM agenda_item WHERE one_on_one_id = ?1 AND done = 0 ORDER BY position")
            .or_storage("read the previous agenda")?;
        let rows = stmt
            .query_map([one_on_one_id], |r| Ok(Unfinished { id: r.get(0)?, text: r.get(1)? }))
            .or_storage("read the previous agenda")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the previous agenda")
    }

    fn open_actions(&self, one_on_one_id: i64) -> Result<Vec<ActionItem>> {
        Ok(self.actions_of(one_on_one_id)?.into_iter().filter(|a| a.status == ActionItemStatus::Open).collect())
    }

    fn actions_of(&self, one_on_one_id: i64) -> Result<Vec<ActionItem>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, text, owner, status, due_date, carried_from FROM action_item WHERE one_on_one_id = ?1 \
                 ORDER BY id",
            )
            .or_storage("read the action items")?;
        let rows = stmt.query_map([one_on_one_id], action_from_row).or_storage("read the action items")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the action items")
    }

    fn agenda_of(&self, one_on_one_id: i64) -> Result<Vec<AgendaItem>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, source, text, done, carried_from FROM agenda_item WHERE one_on_one_id = ?1 \
                 ORDER BY position, id",
            )
            .or_storage("read the agenda")?;
        let rows = stmt
            .query_map([one_on_one_id], |r| {
                Ok(AgendaItem {
                    id: r.get(0)?,
                    source: r.get(1)?,
                    text: r.get(2)?,
                    done: r.get(3)?,
                    carried_from: r.get(4)?,
                })
            })
            .or_storage("read the agenda")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the agenda")
    }

    /// One one-on-one with its agenda and action items.
    pub fn get_one_on_one(&self, id: i64) -> Result<OneOnOne> {
        let sql = format!(
            "SELECT {COLUMNS} FROM one_on_one o LEFT JOIN stakeholder s ON s.id = o.stakeholder_id WHERE o.id = ?1"
        );
        let mut meeting = self
            .conn
            .query_row(&sql, [id], meeting_from_row)
            .optional()
            .or_storage("read the one-on-one")?
            .ok_or(Error::NotFound { what: "One-on-one", id })?;
        meeting.agenda = self.agenda_of(id)?;
        meeting.actions = self.actions_of(id)?;
        Ok(meeting)
    }

    /// The plan's one-on-ones, newest first, each with its items.
    pub fn list_one_on_ones(&self, plan_id: i64) -> Result<Vec<OneOnOne>> {
        self.require_plan(plan_id)?;
        let ids: Vec<i64> = {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT id FROM one_on_one WHERE plan_id = ?1 ORDER BY date DESC, id DESC")
                .or_storage("read the one-on-ones")?;
            let rows = stmt.query_map([plan_id], |r| r.get(0)).or_storage("read the one-on-ones")?;
            rows.collect::<rusqlite::Result<_>>().or_storage("read the one-on-ones")?
        };
        ids.into_iter().map(|id| self.get_one_on_one(id)).collect()
    }

    /// Changes the date or the notes of a one-on-one.
    pub fn update_one_on_one(&self, id: i64, input: &OneOnOneInput) -> Result<OneOnOne> {
        let date = parse_date("date", "date", &input.date)?;
        let time = optional_time("time", &input.time)?;
        let notes = optional_text("notes", "The notes", &input.notes, ONE_ON_ONE_NOTES_MAX)?;
        let changed = self
            .conn
            .execute(
                "UPDATE one_on_one SET date = ?1, notes = ?2, updated_at = ?3, time = ?5 WHERE id = ?4",
                params![date, notes, self.clock.now(), id, time],
            )
            .or_storage("save the one-on-one")?;
        if changed == 0 {
            return Err(Error::NotFound { what: "One-on-one", id });
        }
        self.get_one_on_one(id)
    }

    /// Deletes a one-on-one with its agenda and action items.
    pub fn delete_one_on_one(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("one_on_one", "One-on-one", "delete the one-on-one", id)
    }

    /// Adds an item (an ask, a blocker, a topic) at the end of the agenda.
    pub fn add_agenda_item(&self, one_on_one_id: i64, input: &AgendaItemInput) -> Result<AgendaItem> {
        let text = item_text(&input.text)?;
        self.get_one_on_one(one_on_one_id)?;
        self.conn
            .execute(
                "INSERT INTO agenda_item (one_on_one_id, position, source, text, done) VALUES (?1, \
                 (SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE one_on_one_id = ?1), 'added', ?2, ?3)",
                params![one_on_one_id, text, input.done],
            )
            .or_storage("add the agenda item")?;
        let id = self.conn.last_insert_rowid();
        Ok(AgendaItem { id, source: AgendaSource::Added, text, done: input.done, carried_from: None })
    }

    /// Edits or ticks an agenda item.
    pub fn update_agenda_item(&self, id: i64, input: &AgendaItemInput) -> Result<()> {
        let text = item_text(&input.text)?;
        let changed = self
            .conn
            .execute("UPDATE agenda_item SET text = ?1, done = ?2 WHERE id = ?3", params![text, input.done, id])
            .or_storage("save the agenda item")?;
        if changed == 0 {
            return Err(Error::NotFound { what: "Agenda item", id });
        }
        Ok(())
    }

    /// Removes an agenda item.
    pub fn delete_agenda_item(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("agenda_item", "Agenda item", "delete the agenda item", id)
    }

    /// Adds an action item to a one-on-one.
    pub fn add_action_item(&self, one_on_one_id: i64, input: &ActionItemInput) -> Result<ActionItem> {
        let (text, owner, due_date) = validate_action(input)?;
        self.get_one_on_one(one_on_one_id)?;
        self.conn
            .execute(
                "INSERT INTO action_item (one_on_one_id, text, owner, status, due_date) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![one_on_one_id, text, owner, input.status, due_date],
            )
            .or_storage("add the action item")?;
        let id = self.conn.last_insert_rowid();
        Ok(ActionItem { id, text, owner, status: input.status, due_date, carried_from: None })
    }

    /// Edits an action item.
    pub fn update_action_item(&self, id: i64, input: &ActionItemInput) -> Result<()> {
        let (text, owner, due_date) = validate_action(input)?;
        let changed = self
            .conn
            .execute(
                "UPDATE action_item SET text = ?1, owner = ?2, status = ?3, due_date = ?4 WHERE id = ?5",
                params![text, owner, input.status, due_date, id],
            )
            .or_storage("save the action item")?;
        if changed == 0 {
            return Err(Error::NotFound { what: "Action item", id });
        }
        Ok(())
    }

    /// Removes an action item.
    pub fn delete_action_item(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("action_item", "Action item", "delete the action item", id)
    }
}

fn validate_action(input: &ActionItemInput) -> Result<(String, String, Option<NaiveDate>)> {
    let text = item_text(&input.text)?;
    let owner = optional_text("owner", "The owner", &input.owner, ACTION_OWNER_MAX)?;
    if owner.contains('\n') {
        return Err(Error::validation("owner", "The owner must be a single line."));
    }
    Ok((text, owner, optional_date("dueDate", "due date", &input.due_date)?))
}
