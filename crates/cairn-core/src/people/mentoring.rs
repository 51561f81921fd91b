//! Mentoring sessions: with a mentee (`mentee.rs`), on a day, with their agenda. A session's agenda
//! comes from the mentee's open goals and what they were to try after the last session, never from
//! the mentor's own plan.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result, StorageResultExt};
use crate::mentee::{GoalStatus, MenteeGoal};
use crate::store::Store;
use crate::text::{optional_text, required_line};
use crate::text_enum::text_enum;
use crate::undo::Deleted;
use crate::window::parse_date;

/// Longest text of a session's fields (topics, notes, what they will try, what I learned).
pub const SESSION_TEXT_MAX: usize = 4000;
/// Longest agenda item of a session.
pub const MENTORING_ITEM_MAX: usize = 500;

/// Why an item is on a session's agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MentoringSource {
    /// One of the mentee's open goals.
    Goal,
    /// What they were going to try after the last session, or an item left open then.
    FollowUp,
    /// Added by the mentor.
    Added,
}

text_enum!(MentoringSource { Goal => "goal", FollowUp => "follow_up", Added => "added" });

/// An agenda item of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MentoringItem {
    #[ts(type = "number")]
    pub id: i64,
    pub source: MentoringSource,
    pub text: String,
    pub done: bool,
    #[ts(type = "number | null")]
    pub goal_id: Option<i64>,
}

/// A mentoring session. `mentee` is the person's current name when they are on the map, else the
/// name kept when the session was held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MentoringSession {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    #[ts(type = "number | null")]
    pub stakeholder_id: Option<i64>,
    pub mentee: String,
    pub date: NaiveDate,
    pub topics: String,
    /// Private: never in a document unless the person ticks it.
    pub notes: String,
    /// What the mentee will try before next time (one per line): next session's follow-ups.
    pub will_try: String,
    /// What the mentor learned.
    pub learned: String,
    pub agenda: Vec<MentoringItem>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Starting a session: with whom and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewMentoringSession {
    #[ts(type = "number")]
    pub stakeholder_id: i64,
    pub date: String,
}

/// The session's own fields as the person edits them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MentoringSessionInput {
    pub date: String,
    #[serde(default)]
    pub topics: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub will_try: String,
    #[serde(default)]
    pub learned: String,
}

/// An agenda item before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MentoringDraft {
    pub source: MentoringSource,
    pub text: String,
    pub goal_id: Option<i64>,
}

/// The agenda of a new session: the mentee's open goals, then each line of what they were to try
/// after the last session, then items of that session left unticked (not repeating a goal).
pub(crate) fn mentoring_agenda(
    goals: &[MenteeGoal],
    last_will_try: &str,
    last_open_items: &[MentoringItem],
) -> Vec<MentoringDraft> {
    let mut items: Vec<MentoringDraft> = goals
        .iter()
        .filter(|g| g.status == GoalStatus::Open)
        .map(|g| MentoringDraft {
            source: MentoringSource::Goal,
            text: match g.target_date {
                Some(d) => format!("Goal: {} (by {d})", g.text),
                None => format!("Goal: {}", g.text),
            },
            goal_id: Some(g.id),
        })
        .collect();
    for line in last_will_try.lines().map(|l| l.trim().trim_start_matches(['-', '*', '•']).trim()) {
        if !line.is_empty() {
            items.push(MentoringDraft {
                source: MentoringSource::FollowUp,
                text: short(&format!("How did it go: {line}")),
                goal_id: None,
            });
        }
    }
    for item in last_open_items.iter().filter(|i| i.source == MentoringSource::Added) {
        items.push(MentoringDraft { source: MentoringSource::FollowUp, text: item.text.clone(), goal_id: None });
    }
    items
}

fn short(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= MENTORING_ITEM_MAX {
        return text;
    }
    let cut: String = text.chars().take(MENTORING_ITEM_MAX - 1).collect();
    format!("{}…", cut.trim_end())
}

const SESSION_COLUMNS: &str = "m.id, m.plan_id, m.stakeholder_id, coalesce(s.name, m.mentee_name), m.date, m.topics, \
                               m.notes, m.will_try, m.learned, m.created_at, m.updated_at";

/// An agenda item from `id, source, text, done, goal_id` starting at column `at`.
fn item_from_row(r: &Row<'_>, at: usize) -> rusqlite::Result<MentoringItem> {
    Ok(MentoringItem {
        id: r.get(at)?,
        source: r.get(at + 1)?,
        text: r.get(at + 2)?,
        done: r.get(at + 3)?,
        goal_id: r.get(at + 4)?,
    })
}

fn session_from_row(r: &Row<'_>) -> rusqlite::Result<MentoringSession> {
    Ok(MentoringSession {
        id: r.get(0)?,
        plan_id: r.get(1)?,
        stakeholder_id: r.get(2)?,
        mentee: r.get(3)?,
        date: r.get(4)?,
        topics: r.get(5)?,
        notes: r.get(6)?,
        will_try: r.get(7)?,
        learned: r.get(8)?,
        agenda: Vec::new(),
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

impl MentoringSessionInput {
    fn validate(&self) -> Result<(NaiveDate, [String; 4])> {
        let date = parse_date("date", "date", &self.date)?;
        let text = |field, label, value: &str| optional_text(field, label, value, SESSION_TEXT_MAX);
        Ok((
            date,
            [
                text("topics", "The topics", &self.topics)?,
                text("notes", "The notes", &self.notes)?,
                text("willTry", "What they will try", &self.will_try)?,
                text("learned", "What you learned", &self.learned)?,
            ],
        ))
    }
}

impl Store {
    /// The agenda a session with this mentee on `date` would start with (nothing stored).
    fn mentoring_drafts(&self, plan_id: i64, stakeholder_id: i64, date: NaiveDate) -> Result<Vec<MentoringDraft>> {
        let goals: Vec<MenteeGoal> =
            self.plan_mentee_goals(plan_id)?.into_iter().filter(|g| g.stakeholder_id == stakeholder_id).collect();
        let last: Option<(i64, String)> = self
            .conn
            .query_row(
                "SELECT id, will_try FROM mentoring_session WHERE plan_id = ?1 AND stakeholder_id = ?2 AND date <= ?3 \
                 ORDER BY date DESC, id DESC LIMIT 1",
                params![plan_id, stakeholder_id, date],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .or_storage("find the last session")?;
        let (will_try, open) = match last {
            Some((id, will_try)) => {
                (will_try, self.session_agenda(id)?.into_iter().filter(|i| !i.done).collect::<Vec<_>>())
            }
            None => (String::new(), Vec::new()),
        };
        Ok(mentoring_agenda(&goals, &will_try, &open))
    }

    /// Starts a session with a mentee, its agenda generated from their open goals and the last
    /// session's follow-ups. One transaction.
    pub fn create_mentoring_session(&self, plan_id: i64, input: &NewMentoringSession) -> Result<MentoringSession> {
        let date = parse_date("date", "date", &input.date)?;
        self.require_plan(plan_id)?;
        let person = self.mentee_person(input.stakeholder_id)?;
        let drafts = self.mentoring_drafts(plan_id, person.id, date)?;
        let id = self.atomically("start the session", || {
            self.conn
                .execute(
                    "INSERT INTO mentoring_session (plan_id, stakeholder_id, mentee_name, date, created_at, updated_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                    params![plan_id, person.id, person.name, date, self.clock.now()],
                )
                .or_storage("start the session")?;
            let id = self.conn.last_insert_rowid();
            for (position, d) in drafts.iter().enumerate() {
                self.conn
                    .execute(
                        "INSERT INTO mentoring_item (session_id, position, source, text, done, goal_id) \
                         VALUES (?1, ?2, ?3, ?4, 0, ?5)",
                        params![id, position as i64 + 1, d.source, d.text, d.goal_id],
                    )
                    .or_storage("write the session's agenda")?;
            }
            Ok(id)
        })?;
        self.get_mentoring_session(id)
    }

    pub fn get_mentoring_session(&self, id: i64) -> Result<MentoringSession> {
        let mut session = self
            .conn
            .query_row(
                &format!(
                    "SELECT {SESSION_COLUMNS} FROM mentoring_session m LEFT JOIN stakeholder s ON s.id = m.stakeholder_id \
                     WHERE m.id = ?1"
                ),
                [id],
                session_from_row,
            )
            .optional()
            .or_storage("read the session")?
            .ok_or(Error::NotFound { what: "Mentoring session", id })?;
        session.agenda = self.session_agenda(id)?;
        Ok(session)
    }

    /// Every session of the plan, oldest first, with their agendas.
    pub fn list_mentoring_sessions(&self, plan_id: i64) -> Result<Vec<MentoringSession>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {SESSION_COLUMNS} FROM mentoring_session m LEFT JOIN stakeholder s ON s.id = m.stakeholder_id \
                 WHERE m.plan_id = ?1 ORDER BY m.date, m.id"
            ))
            .or_storage("read the sessions")?;
        let mut sessions = stmt
            .query_map([plan_id], session_from_row)
            .or_storage("read the sessions")?
            .collect::<rusqlite::Result<Vec<_>>>()
            .or_storage("read the sessions")?;
        let mut items = self
            .conn
            .prepare_cached(
                "SELECT i.session_id, i.id, i.source, i.text, i.done, i.goal_id FROM mentoring_item i \
                 JOIN mentoring_session m ON m.id = i.session_id WHERE m.plan_id = ?1 ORDER BY i.position, i.id",
            )
            .or_storage("read the sessions")?;
        let rows = items
            .query_map([plan_id], |r| Ok((r.get::<_, i64>(0)?, item_from_row(r, 1)?)))
            .or_storage("read the sessions")?;
        let mut by_session: std::collections::HashMap<i64, Vec<MentoringItem>> = std::collections::HashMap::new();
        for row in rows {
            let (session_id, item) = row.or_storage("read the sessions")?;
            by_session.entry(session_id).or_default().push(item);
        }
        for s in &mut sessions {
            s.agenda = by_session.remove(&s.id).unwrap_or_default();
        }
        Ok(sessions)
    }

    fn session_agenda(&self, session_id: i64) -> Result<Vec<MentoringItem>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, source, text, done, goal_id FROM mentoring_item WHERE session_id = ?1 ORDER BY position, id",
            )
            .or_storage("read the session's agenda")?;
        let rows = stmt.query_map([session_id], |r| item_from_row(r, 0)).or_storage("read the session's agenda")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("read the session's agenda")
    }

    /// Saves what happened in a session.
    pub fn update_mentoring_session(&self, id: i64, input: &MentoringSessionInput) -> Result<MentoringSession> {
        let (date, [topics, notes, will_try, learned]) = input.validate()?;
        self.get_mentoring_session(id)?;
        self.conn
            .execute(
                "UPDATE mentoring_session SET date = ?1, topics = ?2, notes = ?3, will_try = ?4, learned = ?5, \
                 updated_at = ?6 WHERE id = ?7",
                params![date, topics, notes, will_try, learned, self.clock.now(), id],
            )
            .or_storage("save the session")?;
        self.get_mentoring_session(id)
    }

    pub fn delete_mentoring_session(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("mentoring_session", "Mentoring session", "delete the session", id)
    }

    /// Adds an item to a session's agenda, at its end.
    pub fn add_mentoring_item(&self, session_id: i64, text: &str) -> Result<MentoringItem> {
        let text = required_line("text", "The item", text, MENTORING_ITEM_MAX)?;
        self.get_mentoring_session(session_id)?;
        self.conn
            .execute(
                "INSERT INTO mentoring_item (session_id, position, source, text, done) \
                 VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM mentoring_item WHERE session_id = ?1), 'added', ?2, 0)",
                params![session_id, text],
            )
            .or_storage("add the item")?;
        let id = self.conn.last_insert_rowid();
        Ok(MentoringItem { id, source: MentoringSource::Added, text, done: false, goal_id: None })
    }

    /// Ticks or unticks an agenda item of a session.
    pub fn set_mentoring_item_done(&self, id: i64, done: bool) -> Result<()> {
        let changed = self
            .conn
            .execute("UPDATE mentoring_item SET done = ?1 WHERE id = ?2", params![done, id])
            .or_storage("tick the item")?;
        if changed == 0 {
            return Err(Error::NotFound { what: "Agenda item", id });
        }
        Ok(())
    }

    pub fn delete_mentoring_item(&self, id: i64) -> Result<Deleted> {
        self.delete_undoable("mentoring_item", "Agenda item", "remove the item", id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goal(id: i64, text: &str, status: GoalStatus) -> MenteeGoal {
        MenteeGoal {
            id,
            plan_id: 1,
            stakeholder_id: 1,
            text: text.into(),
            target_date: NaiveDate::from_ymd_opt(2027, 1, 15),
            status,
            met_on: None,
            created_at: DateTime::default(),
            updated_at: DateTime::default(),
        }
    }

    #[test]
    fn agenda_takes_open_goals_then_each_line_to_try_then_open_added_items() {
        let goals = [goal(1, "Lead a design review", GoalStatus::Open), goal(2, "Ship alone", GoalStatus::Met)];
        let open = [
            MentoringItem {
                id: 7,
                source: MentoringSource::Added,
                text: "Talk about on-call".into(),
                done: false,
                goal_id: None,
            },
            MentoringItem {
                id: 8,
                source: MentoringSource::Goal,
                text: "Goal: Ship alone".into(),
                done: false,
                goal_id: Some(2),
            },
        ];
        let items = mentoring_agenda(&goals, "- Write the RFC outline\n\n* Pair on the migration\n", &open);
        let texts: Vec<_> = items.iter().map(|i| (i.source, i.text.as_str(), i.goal_id)).collect();
        assert_eq!(
            texts,
            [
                (MentoringSource::Goal, "Goal: Lead a design review (by 2027-01-15)", Some(1)),
                (MentoringSource::FollowUp, "How did it go: Write the RFC outline", None),
                (MentoringSource::FollowUp, "How did it go: Pair on the migration", None),
                (MentoringSource::FollowUp, "Talk about on-call", None),
            ]
        );
    }
}
